"""Forces one state sends to another to help it are military aid to it (CAMEO 074), not a show of force
(154) nor military cooperation (062); a deployment with no helping purpose keeps its code. Sentences
invented after news of troops sent abroad to back an ally's war."""

import pytest

AID = [
    ("Belarus sent 2,000 soldiers to Russia to support Moscow's campaign, officials said on Monday.", ("BLR", "RUS")),
    ("The agency said on Friday that Chad has decided to deploy 1,500 soldiers to assist Mali in its fight.", ("TCD", "MLI")),
    ("Lithuania criticised Belarus's deployment of soldiers to Russia to bolster its offensive in the south.", ("BLR", "RUS")),
    ("The State Department said Belarus has sent about 3,000 troops to Russia for training.", ("BLR", "RUS")),
]


@pytest.mark.parametrize("text,pair", AID)
def test_forces_sent_to_help_a_state_are_military_aid(code_roots, text, pair):
    found = code_roots(text)
    assert (*pair, "07") in found, found
    assert (*pair, "15") not in found and (*pair, "06") not in found, found


GUARDS = [
    ("Russia sent troops into Ukraine on Monday.", ("RUS", "UKR", "15")),
    ("Beijing sent warships to the Taiwan Strait on Monday.", ("CHN", "", "15")),
]


@pytest.mark.parametrize("text,triple", GUARDS)
def test_forces_sent_with_no_helping_purpose_keep_their_code(code_roots, text, triple):
    found = code_roots(text)
    assert triple in found, found
    assert not any(r == "07" for *_, r in found), found
