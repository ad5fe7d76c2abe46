"""A boat hit or struck *by* a water cannon, or hit with one *by* a named doer, is force short of an armed
attack (CAMEO 175), by the cannon's owner or the named doer, as "fired a water cannon at" already is.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanoi said its trawlers were hit by Indonesian water cannon on Saturday.", ("IDN", "VNM", "175")),
        ("Vietnam said its fishing boat was struck by a Malaysian water cannon on Friday.", ("MYS", "VNM", "175")),
        ("A Vietnamese trawler was hit with a high-pressure water cannon by the Indonesian navy, officials said.", ("IDN", "VNM", "175")),
    ],
)
def test_passive_water_cannon(state_events, text, expected):
    assert expected in state_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanoi said its patrol boat was hit by an Indonesian shell on Saturday.", "190"),  # guard: arms stay an attack
        ("The Vietnamese base was struck by Indonesian missiles on Monday.", "190"),
    ],
)
def test_other_passive_hits_unchanged(state_events, text, expected):
    assert expected in [c for s, t, c in state_events(text)]
