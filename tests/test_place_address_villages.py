"""The suburb or village of a street address that no gazetteer knows, as court and police
reports write where people live (mentions.py ``_address_villages``): at the place named after
it, else at the story's town. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # the county after it says where it lies
        (
            "A man (34), of Ferndale Road, Carrowbeg, Co Galway, was fined €500 at the district court on Monday.",
            "Carrowbeg",
            (53.27, -9.05),
        ),
        # none after it: the story's town
        (
            "Gardaí in Limerick arrested a man of Mill Road, Rathcurra on Friday. He appeared before a judge"
            " in Limerick later that day.",
            "Rathcurra",
            (52.66, -8.62),
        ),
    ],
)
def test_the_suburb_of_an_address(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 50, found[word]


def test_no_surname_nor_day_after_a_street(analyse_places):
    text = (
        "Fire Chief Tom Donnelly said crews in Tulsa cleared trees off Harper Road, Donnelly said."
        " The parade in Tulsa goes down Main Street, Saturday at noon."
    )
    found = names(analyse_places(text))
    assert not {"Donnelly", "Saturday"} & set(found), found
