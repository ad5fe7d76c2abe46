"""Two towns a hyphen joins before the words of an Irish council's municipal district ("the
Bandon-Kinsale District", "the Athy-Monasterevin Municipal District"): each town, near the other,
whatever the capitalised words after make of the name (mentions.py
``_hyphened_neighbour_towns``). Not two towns far apart. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def points(article: Article) -> dict[int, tuple[float, float]]:
    return {m.start: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        ("Potholes in the Bandon-Kinsale District will cost more to fix this winter.", "Bandon", (51.75, -8.74)),
        ("Potholes in the Bandon-Kinsale District will cost more to fix this winter.", "Kinsale", (51.71, -8.52)),
        (
            "Members of the Athy-Monasterevin Municipal District backed the new playground.",
            "Monasterevin",
            (53.14, -7.07),
        ),
    ],
)
def test_the_towns_of_a_municipal_district(analyse_places, text, word, point):
    found = points(analyse_places(text))
    start = text.index(word)
    assert start in found, found
    assert haversine_km(*found[start], *point) < 30, found[start]


def test_far_towns_joined_before_district_stay_unread(analyse_places):
    """Guard: two towns far apart joined by a hyphen before "District" are no municipal district."""
    text = "Fans of the Bantry-Dundalk District league met on Friday."
    found = points(analyse_places(text))
    assert text.index("Bantry") not in found and text.index("Dundalk") not in found, found
