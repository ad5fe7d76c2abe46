"""A readiness or willingness to act is an intent to act (CAMEO 03x), as "is ready to sign" is: the
noun's infinitive clause is the governed event ("announced his readiness to ratify the treaty"), not the
act itself. Sentences written for these tests."""

from __future__ import annotations


def test_readiness_to_sign_is_an_intent(state_events):
    events = state_events(
        "Georgian Prime Minister Irakli Kobakhidze on Thursday announced his readiness to sign the "
        "border treaty with Armenia."
    )
    assert any(s == "GEO" and t == "ARM" and c.startswith("03") for s, t, c in events), events
    assert not any(c.startswith("05") for _, t, c in events if t == "ARM"), events


def test_willingness_to_sign_a_deal_with_a_state_is_an_intent(state_events):
    events = state_events(
        "Chancellor Friedrich Merz praised Polish President Andrzej Duda's willingness to sign an "
        "energy deal with Germany."
    )
    assert any(s == "POL" and t == "DEU" and c.startswith("03") for s, t, c in events), events
    assert not any(s == "POL" and c.startswith("05") for s, _, c in events), events


def test_the_signing_itself_stays_an_agreement(state_events):
    events = state_events(
        "Georgian Prime Minister Irakli Kobakhidze on Thursday signed the border treaty with Armenia."
    )
    assert any(s == "GEO" and t == "ARM" and c.startswith("05") for s, t, c in events), events
