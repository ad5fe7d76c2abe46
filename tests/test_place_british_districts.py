"""Britain's local-government districts and informal regions that the packages lack (England's
districts named after no town: "Breckland", "Wealden"), some of them borne by a foreign place
("South Holland", a Dutch province; "Cumberland", towns of the US and Canada; "North Wales", a
town of Pennsylvania): rows of ``composed_regions.tsv``, so that a British story's context finds
them. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def points(article: Article) -> dict[str, tuple[str, float, float]]:
    return {article.text[m.start : m.end]: (p.country, p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Farmers near Holbeach and Crowland asked the council to widen the lanes that cross"
            " South Holland before the potato harvest begins.",
            "South Holland",
            (52.79, -0.05),
        ),
        (
            "Planners in Workington want to hear where new homes should go in the Cumberland area over"
            " the next fifteen years.",
            "Cumberland",
            (54.66, -3.2),
        ),
        (
            "Coastguards from Holyhead and Llandudno searched the beaches of North Wales for a missing"
            " kayaker overnight.",
            "North Wales",
            (53.1, -3.8),
        ),
    ],
)
def test_a_british_district_in_a_british_story(analyse_places, text, word, point):
    found = points(analyse_places(text))
    assert word in found, found
    country, lat, lon = found[word]
    assert country == "GBR", found[word]
    assert haversine_km(lat, lon, *point) < 80, found[word]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Police in South Holland, a suburb south of Chicago, closed two streets after a water main broke.",
         "South Holland", "USA"),
        ("The mayor of Cumberland, Md., said the city would repave roads near Frostburg this summer.",
         "Cumberland", "USA"),
        ("Rotterdam and The Hague are the largest cities of South Holland, the most populous Dutch province.",
         "South Holland", "NLD"),
    ],
)
def test_a_namesake_abroad_stays_abroad(analyse_places, text, word, country):
    found = points(analyse_places(text))
    assert word in found, found
    assert found[word][0] == country, found[word]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Householders in Breckland were warned that collections around Watton would slip by a day"
            " after the holiday.",
            "Breckland",
            (52.55, 0.8),
        ),
        ("Wealden District Council has approved a new car park for shoppers in Crowborough.", "Wealden", (50.96, 0.2)),
        ("Walkers in Mole Valley found the footbridge near Dorking closed for repairs.", "Mole Valley", (51.26, -0.33)),
    ],
)
def test_an_english_district_no_town_names(analyse_places, text, word, point):
    found = points(analyse_places(text))
    assert word in found, found
    country, lat, lon = found[word]
    assert country == "GBR", found[word]
    assert haversine_km(lat, lon, *point) < 40, found[word]
