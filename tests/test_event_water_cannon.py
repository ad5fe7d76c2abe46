"""A water cannon fired, shot or hit with at boats is force short of an armed attack: CAMEO 175 (use tactics of
violent repression, which names water cannons), as "used water cannon" already was, not an attack with arms
(190, 194). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indonesian navy fired a water cannon at a Malaysian fishing boat on Monday.", ("IDN", "MYS", "175")),
        ("Chinese coast guard cutters fired water cannons on three Philippine trawlers near the atoll.", ("CHN", "PHL", "175")),
        ("In May, Indonesian patrol ships shot a water cannon at a Malaysian trawler near the reef.", ("IDN", "MYS", "175")),
    ],
)
def test_water_cannon_fired_at_boats(state_events, text, expected):
    assert expected in state_events(text)


def test_hit_with_a_water_cannon(state_events):
    found = state_events("A Vietnamese trawler was hit with a water cannon near the atoll, officials in Hanoi said.")
    assert [c for s, t, c in found if t == "VNM"] == ["175"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army fired artillery rounds at the village on Monday.", "194"),  # guard: arms stay an attack
        ("Rebels fired missiles at the Vietnamese base on Monday.", "195"),
        ("Police used water cannon to disperse the crowd in Hanoi.", "175"),  # as before
        ("The gunman shot a Vietnamese diplomat on Monday.", "190"),
        ("The shell hit a Vietnamese patrol boat on Monday.", "190"),
    ],
)
def test_other_weapons_unchanged(state_events, text, expected):
    assert expected in [c for s, t, c in state_events(text)]
