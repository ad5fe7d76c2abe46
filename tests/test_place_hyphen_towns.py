"""Small towns a hyphen joins, as local news names neighbours' shared area or service ("the
X-Y fire district", "the X-Y area"): each town, near the other (mentions.py
``_hyphened_neighbour_towns``; resolve.py lists the two as neighbours). Sentences written for
the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def place_of(article: Article, word: str, nth: int = 0):
    start = article.text.index(word)
    for _ in range(nth):
        start = article.text.index(word, start + 1)
    found = [p for p in article.places for m in p.mentions if m.start <= start < m.end]
    assert found, f"{word!r} not among {[(m.text, m.start) for p in article.places for m in p.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # two small towns of one fire district, one called like a bigger town elsewhere
        ("Firefighters from Allen-Admire and Lyon County answered a call on Sunday.", "Allen", (38.65, -96.19)),
        ("Firefighters from Allen-Admire and Lyon County answered a call on Sunday.", "Admire", (38.62, -96.10)),
        # one known village of the pair; the other is on no list of towns
        (
            "A trailer was overturned in the Dennis-Pleasantfork area, Tishomingo County deputies said.",
            "Dennis",
            (34.56, -88.23),
        ),
    ],
)
def test_towns_a_hyphen_joins(analyse_places, text, word, point):
    place = place_of(analyse_places(text), word)
    assert haversine_km(place.lat, place.lon, *point) < 25, (place.name, place.lat, place.lon, place.reason)


@pytest.mark.parametrize(
    "text",
    [
        # people's double names and a debate named for two men
        "Sheila Jackson-Lee spoke at the Lincoln-Douglas debate night in Denver on Friday.",
        # two towns far apart are no shared area
        "The Dalhart-Kalispell bus run was cancelled, officials in Denver said on Friday.",
    ],
)
def test_no_towns_of_a_hyphen_without_neighbours(analyse_places, text):
    article = analyse_places(text)
    names = {article.text[m.start : m.end] for p in article.places for m in p.mentions}
    assert not names & {"Lee", "Douglas", "Dalhart", "Kalispell"}, names
