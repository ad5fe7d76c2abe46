"""Islands and peninsulas of Scottish and Irish local news that GeoNames' 500+ list lacks, or keeps
only as "Isle of X", named bare ("the ferry to Unst", "crofters on Tiree", "Sherkin Island"):
features.tsv rows at the island's middle. A name a town of 500+ bears elsewhere ("Lismore") is
the island only with its "Isle of". Sentences written for the test."""

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
            "Gales cancelled the morning sailing to Unst, and crofters on Fetlar were told to expect"
            " bread and milk by Thursday.",
            "Unst",
            (60.75, -0.88),
        ),
        (
            "Gales cancelled the morning sailing to Unst, and crofters on Fetlar were told to expect"
            " bread and milk by Thursday.",
            "Fetlar",
            (60.61, -0.87),
        ),
        (
            "A new doctor will hold a surgery on Tiree every fortnight, the health board for Argyll said.",
            "Tiree",
            (56.5, -6.88),
        ),
        (
            "The walking festival on Knoydart drew hikers from Fort William and Mallaig.",
            "Knoydart",
            (57.05, -5.6),
        ),
        (
            "Pupils from Sherkin Island crossed to Baltimore by boat for the county final.",
            "Sherkin Island",
            (51.47, -9.42),
        ),
    ],
)
def test_an_island_of_local_news(analyse_places, text, word, point):
    found = points(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 60, found[word]


def test_a_towns_name_stays_the_town_without_its_isle(analyse_places):
    """Guard: "Lismore" alone in a story from New South Wales is the town there; "the Isle of
    Lismore" is the island."""
    found = points(analyse_places("Rain closed roads around Lismore and Casino, the NSW emergency service said."))
    assert found["Lismore"][0] < -20, found
    found = points(analyse_places("A new ferry will serve the Isle of Lismore from Port Appin next spring."))
    assert haversine_km(*found["Isle of Lismore"], 56.52, -5.48) < 30, found


def test_a_surname_or_verb_is_no_island(analyse_places):
    """Guard: names kept only with "Isle of" stay persons ("Jenny Harris"), and a verb is no island."""
    found = points(analyse_places("Coach Jenny Harris told fans in Glasgow not to yell at the referee."))
    assert "Harris" not in found and "yell" not in found, found


def test_an_order_opening_a_sentence_is_no_island(analyse_places):
    """Guard: an island's name that is also a verb, opening a sentence as an order, is the verb
    ("Yell if ..."); the tagger reads it as a verb's bare form. A singular noun there stays a name."""
    found = points(analyse_places("Yell if you see smoke, the fire crew told campers near Oban on Sunday."))
    assert "Yell" not in found and "Oban" in found, found
    found = points(analyse_places("Unst lost power for six hours after the storm, the grid operator said."))
    assert "Unst" in found, found
