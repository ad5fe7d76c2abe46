"""Relevance: animals culled, slaughtered or hunted are no actors, so killing them is no violence
between political actors (sentences written for these tests); killing people stays an event."""

import pytest

from dyad.run.analysis import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Veterinary officials began slaughtering 6,500 hogs at a farm near the capital.",
        "The agriculture ministry ordered troops to kill all poultry in the district.",
    ],
)
def test_killing_animals_is_no_violence(text):
    found = [e.cameo for e in analyze(text).events]
    assert not [c for c in found if c[:2] in ("18", "19", "20")], found


def test_killing_people_stays_violence():
    found = [e.cameo for e in analyze("Soldiers killed three villagers near the border.").events]
    assert any(c.startswith("19") for c in found), found
