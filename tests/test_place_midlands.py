"""The Midlands named bare: in a British story England's Midlands, in an Irish one Ireland's
Midland Region, and Zimbabwe's province only in a story of Zimbabwe (the gazetteer knew only
that one, so a British weather story put its Midlands in Africa). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float, str | None]]:
    return {
        article.text[m.start : m.end]: (p.lat, p.lon, p.country) for p in article.places for m in p.mentions
    }


@pytest.mark.parametrize(
    ("text", "point", "country"),
    [
        (
            "Storm warnings for Lancashire and Midlands: the Met Office said rain would reach Derby and"
            " Leicester by the evening.",
            (52.6, -1.6),
            "GBR",
        ),
        (
            "Council leaders across the Midlands met in Nottingham on Monday to discuss bus services in England.",
            (52.6, -1.6),
            "GBR",
        ),
        (
            "Gardaí in the Midlands are searching for a van stolen in Mullingar, Co Westmeath, on Tuesday.",
            (53.2, -7.6),
            "IRL",
        ),
    ],
)
def test_midlands_of_the_story_country(analyse_places, text, point, country):
    found = names(analyse_places(text))
    assert "Midlands" in found, found
    lat, lon, iso3 = found["Midlands"]
    assert iso3 == country, found
    assert haversine_km(lat, lon, *point) < 161, found["Midlands"]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a story of Zimbabwe keeps its province
        "Farmers in the Midlands of Zimbabwe say seed prices rose again this year, officials in Harare said.",
        "Cholera cases rose in Zimbabwe's Manicaland and Midlands provinces, the health ministry in Harare said.",
    ],
)
def test_midlands_of_zimbabwe_stays(analyse_places, text):
    found = names(analyse_places(text))
    assert "Midlands" in found, found
    assert found["Midlands"][2] == "ZWE", found


def test_east_midlands_unchanged(analyse_places):
    # guard: the named English regions keep their own points
    found = names(
        analyse_places("Flood warnings remain in the East Midlands and South Yorkshire, the agency said.")
    )
    assert haversine_km(*found["East Midlands"][:2], 52.95, -1.0) < 80, found
