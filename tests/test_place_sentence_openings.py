"""A sentence that opens with a name the article uses for a place elsewhere, and goes on as a
place's does: its possessive before a word in lower case ("Brodick's ferry terminal"), or a word
of a town's own services after it ("Ballina Gardaí", "Tralee police"): a mention of that place
(mentions.py ``_repeated``, ``_placed_opening``). Not a name opening a sentence as a person's or a
body's. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article


def spans(article: Article) -> dict[int, str]:
    return {m.start: p.name for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ferries to Brodick were cancelled for a third day.\n\nBrodick's ferry terminal will reopen on"
            " Friday, the operator said.",
            "Brodick",
        ),
        (
            "Volunteers in Ballina cleaned the river banks on Saturday.\n\nBallina Gardaí are asking drivers"
            " to slow down near the school.",
            "Ballina",
        ),
    ],
)
def test_a_sentence_opening_with_the_articles_place(analyse_places, text, name):
    article = analyse_places(text)
    second = text.index(name, text.index(name) + 1)
    assert spans(article).get(second) == name, spans(article)


def test_a_sentence_opening_with_a_persons_name_stays_the_persons(analyse_places):
    """Guard: a person's name that begins with the town's ("Ennis Walsh") opening a sentence is no
    mention of the town, as before."""
    text = "Fans travelled from Ennis to the final.\n\nEnnis Walsh scored twice and the police thanked the crowd."
    article = analyse_places(text)
    second = text.index("Ennis", text.index("Ennis") + 1)
    assert second not in spans(article), spans(article)
