"""An unincorporated community of local US news named with its word ("in the Bremen community"),
which GeoNames' towns lack or know only far away: a village at the county or town the article
names before it (mentions.py ``_community_villages``). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a name the gazetteer knows only abroad (a suburb of Wellington, a town of Yorkshire)
        (
            "CULLMAN COUNTY, Ala. (WXYZ) — Two barns burned late Monday in the Kelburn community, and"
            " firefighters from three departments answered the call.",
            "Kelburn",
            (34.15, -86.83),
        ),
        (
            "LIMESTONE COUNTY, Ala. — A mobile home burned early Sunday in the Morley community, the"
            " county fire coordinator said.",
            "Morley",
            (34.79, -86.94),
        ),
        # a name the gazetteer does not know at all
        (
            "In Prentiss County, crews spent Thursday clearing fallen trees from roads in the Tuscola"
            " Hollow community, the road manager said.",
            "Tuscola Hollow",
            (34.62, -88.52),
        ),
    ],
)
def test_a_community_at_its_county(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 40, found[word]


def test_no_village_of_a_people(analyse_places):
    text = "Leaders of the Somali community in Hennepin County met with the sheriff on Tuesday."
    found = names(analyse_places(text))
    assert "Hennepin County" in found, found
    assert "Somali" not in found or haversine_km(*found["Somali"], 45.0, -93.4) > 1000, found


def test_no_community_without_a_local_place_before(analyse_places):
    # no county or town of a local story before it: left to the other finders
    text = "The Morley community has long argued over the new stadium, the newspaper said."
    found = names(analyse_places(text))
    assert "Morley" not in found or haversine_km(*found["Morley"], 34.79, -86.94) > 500, found
