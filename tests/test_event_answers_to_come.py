"""An answer told as to come in the passive, or as what another's act "will meet": "any incursion would
be met with a firm response", "new tariffs will meet a strong response", said by a speaker, is the
speaker's threat (130) against the owner of the act answered. An answer told as given is no threat.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hanoi said any Chinese incursion near the reefs would be met with a firm response.", ("VNM", "CHN", "130")),
        ("Ottawa said the new Indian tariffs will meet a strong response.", ("CAN", "IND", "130")),
    ],
)
def test_answer_to_come_is_a_threat(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert not any(s == expected[1] and c.startswith("13") for s, _, c in found), found  # not the answered's


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnamese plan was met with a swift response from Beijing.",  # an answer given
        "The Peruvian proposal was met with criticism from Quito.",
    ],
)
def test_answer_given_is_no_threat(state_events, text):
    found = state_events(text)
    assert not any(c.startswith("13") or c.startswith("04") for _, _, c in found), found
