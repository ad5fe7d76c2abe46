"""A village the gazetteer lacks that a local council, a village hall or a church is named after
("X and Y Town Council", "X community council", "X Village Hall", "X Church"), in a local story:
at the story's town (mentions.py ``_body_villages``). Not a saint's, a person's or a known
place's hall. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def points(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Shoppers in Tredegar, Ebbw Vale and Brynmawr will see longer opening hours, members of"
            " Cwmfelinog and Pantyrhos Town Council were told at a meeting in Abertillery.",
            "Pantyrhos",
            (51.75, -3.2),
        ),
        (
            "A grant from Tredegar and Ebbw Vale businesses will help Abertillery and Cwmdulais community"
            " council repair the bus shelters.",
            "Cwmdulais",
            (51.75, -3.2),
        ),
        (
            "Volunteers from Inverness, Nairn and Dingwall will serve teas in Ardcullen Village Hall on"
            " Saturday afternoon.",
            "Ardcullen",
            (57.5, -4.1),
        ),
    ],
)
def test_the_village_of_a_council_or_hall(analyse_places, text, word, point):
    found = points(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 80, found[word]


def test_a_saints_or_persons_hall_is_no_village(analyse_places):
    text = (
        "Singers from Inverness, Nairn and Dingwall filled the Usher Hall, then sang at St Duthus Church"
        " and in Carnegie Hall."
    )
    found = points(analyse_places(text))
    assert not {"Usher", "Duthus", "Carnegie"} & set(found), found
