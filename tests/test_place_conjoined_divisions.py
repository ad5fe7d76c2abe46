"""A division whose name joins two names with "and" ("Dumfries and Galloway", "Perth and
Kinross", districts.tsv): the whole name is the division, though spaCy splits it into a town and
a person or an organisation ("Galloway Council"), also before "Council" or "Police"; and once it
is found, the story lies in its country. Sentences written for the test."""

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
            "Snow closed several hill roads in Dumfries and Galloway overnight and schools stayed shut.",
            "Dumfries and Galloway",
            (55.03, -3.90),
        ),
        (
            "A spokeswoman for Dumfries and Galloway Council said the bins would be collected on Monday.",
            "Dumfries and Galloway",
            (55.03, -3.90),
        ),
    ],
)
def test_a_conjoined_division_is_found_whole(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 120, found[word]


def test_the_division_puts_a_town_of_its_country(analyse_places):
    # Dumfries of Scotland, not Dumfries in Virginia, once the region is read whole
    found = names(
        analyse_places(
            "The community hall was flooded on Tuesday night. Trains to Dumfries were cancelled, "
            "and Dumfries and Galloway Council opened a rest centre."
        )
    )
    assert "Dumfries" in found, found
    assert haversine_km(*found["Dumfries"], 55.07, -3.61) < 40, found["Dumfries"]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # guards: two towns joined by "and" stay two towns; a division spaCy reads whole keeps it
        (
            "Perth and Kinross Council has approved plans for a new primary school near the river.",
            "Perth and Kinross",
            (56.55, -3.65),
        ),
        ("Trains between Perth and Inverness were delayed by a fallen tree.", "Inverness", (57.48, -4.22)),
        ("Flights from Glasgow and Aberdeen were cancelled because of fog.", "Aberdeen", (57.14, -2.10)),
    ],
)
def test_other_pairs_are_unchanged(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 120, found[word]


def test_a_firm_of_two_surnames_is_no_place(analyse_places):
    found = names(analyse_places("Shares in Marks and Spencer rose on Tuesday after the results."))
    assert not any(" and " in w for w in found), found
