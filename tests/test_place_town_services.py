"""A town's bare name before a word of its services or officers ("Hillsboro Fire put out",
"Chapman officials asked ..."), which spaCy takes for a person or an organisation: the town
(mentions.py ``_town_service_spans``). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # the whole taken for a person
        (
            "Later that night, Hillsboro Fire put out a blaze near the grain elevator, and Marion County"
            " deputies helped.",
            "Hillsboro",
            (38.35, -97.20),
        ),
        # the bare name taken for an organisation
        (
            "Chapman officials asked drivers to stay away from the bridge, a Dickinson County deputy said.",
            "Chapman",
            (38.97, -97.02),
        ),
    ],
)
def test_a_town_before_its_service(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 25, found[word]


def test_no_town_of_a_person_named_in_full(analyse_places):
    found = names(analyse_places("Mayor Ann Chapman said Chapman officials in Dickinson County were ready."))
    assert "Chapman" not in found, found


def test_no_town_far_from_the_story(analyse_places):
    # a band called like a small town of another state, in a story of one city
    text = "Fans in Mobile lined up on Friday for tickets to see Arcade Fire and Moon Taxi at the bayfront park."
    assert "Arcade" not in names(analyse_places(text))
