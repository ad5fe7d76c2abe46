"""US towns with a post office of their own that GeoNames' list of places of 500+ people lacks
(the gazetteer takes them from the ZIP codes of the optional ``zipcodes`` package), on sentences
written for the test: found where the story lies by them, never beating a known place elsewhere."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km

pytest.importorskip("zipcodes")


def place_of(article: Article, word: str):
    start = article.text.index(word)
    found = [p for p in article.places for m in p.mentions if m.start <= start < m.end]
    assert found, f"{word!r} not among {[(m.text, m.start) for p in article.places for m in p.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a village of the story's county, called like a bigger town of another state
        (
            "Hail broke windows in Belzoni, Isola and Silver City on Friday, Humphreys County officials said.",
            "Silver City",
            (33.02, -90.46),
        ),
        # a village the story's state names, known to no list of towns but the post office's
        ("Deputies found the stolen truck on a farm road outside Paxico, Kan., on Sunday.", "Paxico", (39.07, -96.17)),
    ],
)
def test_a_post_office_town_of_the_story(analyse_places, text, word, point):
    place = place_of(analyse_places(text), word)
    assert place.country == "USA"
    assert haversine_km(place.lat, place.lon, *point) < 10, (place.name, place.lat, place.lon, place.reason)


def test_a_town_geonames_has_keeps_its_point(analyse_places):
    place = place_of(analyse_places("Firefighters from Hydetown, Pa., helped on Monday."), "Hydetown")
    assert haversine_km(place.lat, place.lon, 41.653, -79.727) < 5


def test_a_post_office_town_never_beats_a_known_city_abroad(analyse_places):
    place = place_of(analyse_places("Ministers met in Dublin on Monday to talk about fishing quotas."), "Dublin")
    assert place.country == "IRL"


def test_a_township_post_office_is_no_town_of_its_state(analyse_places):
    text = "MONROE TOWNSHIP, Mich. – A man from Frenchtown Township was charged with arson, police said."
    article = analyse_places(text)
    assert not any(p.lat < 41.0 and p.lon > -75.0 for p in article.places), [
        (p.name, p.lat, p.lon) for p in article.places
    ]


def test_a_post_office_town_is_no_part_of_a_longer_name(analyse_places):
    # "Hall" is a post office of Montana: "City Hall" stays the building of the story's town
    article = analyse_places("DENVER — Two aides were questioned in a bribery inquiry at City Hall on Friday.")
    place = place_of(article, "City Hall")
    assert haversine_km(place.lat, place.lon, 39.74, -104.98) < 20, (place.name, place.reason)


def test_a_post_office_town_needs_more_than_the_story_country(analyse_places):
    # "Capitol" is a post office of Montana: the building is no town far from the story's city
    article = analyse_places("Nurses rallied at the Capitol in Salt Lake City on Wednesday.")
    assert not any(p.name == "Capitol" and p.kind == "city" for p in article.places), [
        (p.name, p.kind, p.reason) for p in article.places
    ]
