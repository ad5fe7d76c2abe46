"""Two compass words that share one name ("North and South Korea", "West and South Yorkshire"):
the first is a mention of the country or region it makes with the name, where both names are a
country's or region's own. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        ("Floods reached homes across East and West Sussex on Monday, the agency said.", "East", (50.9, 0.3)),
        (
            "Envoys of North and South Korea met again at the border village on Friday.",
            "North",
            (40.0, 127.0),
        ),
        (
            "Flood alerts were issued for West and South Yorkshire on Monday.",
            "West",
            (53.75, -1.6),
        ),
        ("Farmers in North and South Dakota are waiting for the thaw.", "North", (47.5, -100.5)),
    ],
)
def test_the_first_of_two_compass_words_is_its_place(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 300, found[word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patrols in the East and South China Seas were stepped up, the navy said.", "East"),
        ("The fans walked north and south of the river before the match in Leeds.", "north"),
        ("Officials of North and South Korean firms met in Seoul.", "North"),
        ("Oil exports from the Middle East and North Africa fell in June.", "East"),
    ],
)
def test_compass_words_that_make_no_place_are_left(analyse_places, text, word):
    assert word not in names(analyse_places(text))
