"""A hospital named "Royal <Town> Hospital" is named after its town, as "<Town> Hospital" is:
the town, with the same checks (the article names it or a place near it). Sentences written
for the test."""

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
            "The woman from Accrington is being treated at the Royal Blackburn Hospital, police said.",
            "Blackburn",
            (53.75, -2.48),
        ),
        (
            "A driver from Chorley was flown to Royal Preston Hospital after the crash on the motorway.",
            "Preston",
            (53.76, -2.70),
        ),
        (
            "A boy from Leyland was taken to the Royal Preston Hospital with head injuries.",
            "Preston",
            (53.76, -2.70),
        ),
    ],
)
def test_town_of_a_royal_hospital_is_found(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 30, found[word]


@pytest.mark.parametrize(
    ("text", "far"),
    [
        # guards: a hospital named after a person, not after a town near the story's places
        ("A man from Lisburn was treated at the Royal Albert Hospital in Belfast overnight.", "Albert"),
        ("A girl from Renfrew was later flown to the Royal Alexandra Hospital at Paisley.", "Alexandra"),
    ],
)
def test_a_royal_hospital_named_after_a_person_is_no_far_town(analyse_places, text, far):
    found = names(analyse_places(text))
    assert far not in found, found


def test_a_town_whose_name_begins_with_royal_is_read_whole(analyse_places):
    # guard: "Royal Tunbridge Wells" is the town's own name, found whole as before
    found = names(
        analyse_places("She was moved from Crawley to the Royal Tunbridge Wells Hospital last week.")
    )
    assert "Royal Tunbridge Wells" in found, found
    assert "Tunbridge Wells" not in found, found
