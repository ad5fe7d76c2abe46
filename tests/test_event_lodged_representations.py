"""A state that has lodged (solemn) representations with or to another complains officially (114), as
one that lodged a protest; the one they were lodged with is the target. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has lodged solemn representations with Canada over its recent moves, the ministry said.",
        "China has lodged stern representations to Australia, a spokesperson said on Friday.",
    ],
)
def test_representations_lodged_are_a_complaint(state_events, text):
    events = state_events(text)
    assert any(s == "CHN" and t in ("CAN", "AUS") and c == "114" for s, t, c in events), events


def test_other_things_lodged(state_events):
    # guards: a protest lodged is still a complaint; a guest lodged in a hotel is no event
    assert ("CAN", "CHN", "114") in state_events("Canada lodged a protest with China on Friday.")
    assert not any(c == "114" for _, _, c in state_events("The Canadian delegation was lodged in a hotel in Beijing."))
