"""A town inside the name of a Garda station, district or division ("Carndonagh Garda Station",
"the Tralee Garda Division"): the town lies in Ireland, not at a namesake elsewhere, and is found
though spaCy tags the whole an organisation. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


def test_a_garda_station_town_is_the_irish_namesake(analyse_places):
    # Newport of Co Mayo or Co Tipperary, not the bigger Newports of Wales and England
    article = analyse_places(
        "Witnesses were asked to ring Newport Garda Station. The van was found abandoned near Westport in Co Mayo."
    )
    countries = {article.text[m.start : m.end]: p.country for p in article.places for m in p.mentions}
    assert countries.get("Newport") == "IRL", countries


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Officers from the Killarney Garda Division searched the farm. A man was arrested.",
            "Killarney",
            (52.06, -9.51),
        ),
        (
            "Gardaí at Ballymote Garda station are investigating the break-in at a shop.",
            "Ballymote",
            (54.08, -8.52),
        ),
    ],
)
def test_town_of_a_garda_station_is_found(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 40, found[word]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # guards: a police station of another force keeps its country's town; a Garda station of a
        # town known in Ireland only is unchanged
        (
            "The Milford police station was closed, a spokesman for the Surrey force said.",
            "Milford",
            (51.17, -0.65),
        ),
        ("Witnesses should call Kilkenny Garda Station on the usual number.", "Kilkenny", (52.65, -7.25)),
    ],
)
def test_other_stations_keep_their_towns(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 40, found[word]
