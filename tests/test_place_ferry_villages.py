"""A village the gazetteer lacks that a ferry, its terminal or its slip is named after ("the
Kilbrannan ferry", "Toftness ferry terminal in Unst"), in a local story: at the place named right
after it, else at the story's town (mentions.py ``_ferry_villages``). Not an operator's name written
with inner capitals, nor a person's. Sentences written for the test."""

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
            "Drivers heading from Oban to Fort William and Ballachulish face delays after the Kilbrannan"
            " ferry broke down on Monday.",
            "Kilbrannan",
            (56.5, -5.3),
        ),
        (
            "Resurfacing of the Toftness ferry terminal in Unst will start next week, the council said.",
            "Toftness",
            (60.75, -0.88),
        ),
    ],
)
def test_the_village_of_a_ferry(analyse_places, text, word, point):
    found = points(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 80, found[word]


def test_an_operator_or_a_persons_ferry_is_no_village(analyse_places):
    """Guard: an operator written with inner capitals and a person's name before "ferry" stay
    unplaced."""
    text = (
        "Crews in Oban, Fort William and Ballachulish said the NorthIsle ferry was late, and skipper"
        " Angus Morrison said the Morrison ferry would sail."
    )
    found = points(analyse_places(text))
    assert not {"NorthIsle", "Morrison", "Isle"} & set(found), found
