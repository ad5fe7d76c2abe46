"""England's regions named by their compass words alone ("the North West"), and Northern
Ireland's six counties ("Co Tyrone", "a Fermanagh side"), which the packages lack
(composed_regions.tsv). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Gales are expected across the North West on Sunday, with Lancashire and Merseyside worst hit,"
            " forecasters said.",
            "North West",
            (54.0, -2.6),
        ),
        (
            "Two teenagers from the Co Tyrone town of Strabane were arrested after the crash near Lifford.",
            "Co Tyrone",
            (54.6, -7.1),
        ),
        (
            "A Fermanagh side held on to win by two points in Clones, their manager said on Sunday.",
            "Fermanagh",
            (54.35, -7.6),
        ),
    ],
)
def test_uk_regions_and_ni_counties(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 100, found[word]


def test_north_west_of_south_africa_stays(analyse_places):
    text = "Police in Mahikeng said floods had cut roads across the North West province of South Africa."
    found = names(analyse_places(text))
    assert "North West" in found, found
    assert haversine_km(*found["North West"], -26.1, 25.6) < 300, found


def test_tyrone_of_pennsylvania_stays(analyse_places):
    text = "A Tyrone man was charged Monday after a crash on Route 453 in Blair County, Pa., police said."
    found = names(analyse_places(text))
    assert "Tyrone" in found, found
    assert haversine_km(*found["Tyrone"], 40.67, -78.24) < 50, found
