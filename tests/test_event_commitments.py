"""A state's commitment to another ("underscored Kenya's commitment to the defense of both countries",
"the Russian commitment to defending Belarus") is an expressed intent to cooperate with it (CAMEO
03); a commitment broken ("reneged on his commitment to the people") is none, nor is a commitment to
no one ("its commitment to reform"). Sentences invented after news of alliance pledges."""

import pytest

COMMITTED = [
    ("Kenyan President William Ruto met Tuesday with Uganda's President Yoweri Museveni and Tanzania's President "
     "Samia Suluhu Hassan, during which Ruto underscored Kenya's \"unshakable commitment to the defense\" of both countries.",
     [("KEN", "UGA"), ("KEN", "TZA")]),
    ("At the dinner, Shoigu reaffirmed that the Russian commitment to defending Belarus involved the full range "
     "of military capabilities, his office said.", [("RUS", "BLR")]),
]


@pytest.mark.parametrize("text,pairs", COMMITTED)
def test_a_commitment_to_a_state_is_an_intent_to_cooperate(code_roots, text, pairs):
    found = code_roots(text)
    for source, target in pairs:
        assert any(s[:3] == source and t[:3] == target and r == "03" for s, t, r in found), found


NONE = [
    "President Levy Mwanawasa has reneged on his commitment to the Zambian people for holding elections.",
    "The commitment to reform was welcomed by donors.",
    "Kenyan Defence Minister Aden Duale and Ugandan Defence Minister Jacob Oboth expressed commitment to boosting "
    "the bilateral alliance during the talks in Nairobi.",
]


@pytest.mark.parametrize("text", NONE)
def test_broken_or_aimless_commitments_are_no_intent(code_roots, text):
    found = code_roots(text)
    assert not any(r == "03" and not s for s, _, r in found), found
    assert not any(r == "03" and "commitment to reform" in text for *_, r in found), found
