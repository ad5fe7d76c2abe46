"""A red line a speaker says another crossed is the speaker's accusation (112) of each who crossed it;
a border crossed keeps its own codes, and a red line the speaker warns against crossing stays a
warning. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Caracas said Bogota had crossed a red line.", [("VEN", "COL", "112")]),
        ("The Qatari minister said on Monday that Egypt and Jordan had \"crossed every red line\".",
         [("QAT", "EGY", "112"), ("QAT", "JOR", "112")]),
    ],
)
def test_red_line_crossed_is_an_accusation(state_events, text, expected):
    found = state_events(text)
    for item in expected:
        assert item in found, found


def test_a_border_crossed_is_no_accusation(state_events):  # guard
    found = state_events("Officials said Sudanese troops crossed the border into Chad.")
    assert not any(c == "112" for _, _, c in found), found


def test_a_warning_not_to_cross_stays_a_warning(state_events):  # guard
    found = state_events("Caracas warned that Bogota must not cross the red line.")
    assert ("VEN", "COL", "130") in found, found
    assert not any(c == "112" for _, _, c in found), found
