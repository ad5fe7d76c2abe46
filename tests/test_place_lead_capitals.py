"""British and Irish local papers write a story's first word in capitals ("FIFE Council's
leader said ...", "IRELAND will ..."): where that word is a county's or country's own name, read
as a proper noun, before a verb or a word of a body's name ("Council", "County"), it is a mention
of that place. Sentences written for the test."""

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
            "Team news\n\nMAYO will face Galway in the final at Castlebar on Sunday.",
            "MAYO",
            (53.9, -9.3),
        ),
        (
            "Budget\n\nDONEGAL County Council’s budget was passed at Lifford on Monday.",
            "DONEGAL",
            (54.92, -7.95),
        ),
        (
            "Budget gap grows\n\nFIFE Council’s finance convener said the gap had grown by a third since spring.",
            "FIFE",
            (56.19, -3.19),
        ),
        (
            "Tournament bid\n\nSCOTLAND will host the tournament next summer, the governing body said on Monday.",
            "SCOTLAND",
            (56.5, -4.2),
        ),
        (
            "Flood warning\n\nCEREDIGION County Council teams worked through the night to clear the drains.",
            "CEREDIGION",
            (52.25, -4.1),
        ),
    ],
)
def test_a_place_as_the_lead_word_in_capitals_is_found(analyse_places, text, word, point):
    found = names(analyse_places(text))
    mention = next((name for name in found if name.split()[0] == word), None)  # "CORK County" whole
    assert mention is not None, found
    assert haversine_km(*found[mention], *point) < 120, found[mention]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Derby win\n\nJORDAN Henderson scored twice as the visitors won in Leeds on Saturday.", "JORDAN"),
        ("Council plan\n\nREADING between the lines, the council's plan for Swindon is weak.", "READING"),
        ("Teacher honoured\n\nKERRY Smith, a teacher from Tralee, was honoured at the awards.", "KERRY"),
        ("Road closures\n\nSOME bus routes in Pembrokeshire change next month.", "SOME"),
    ],
)
def test_a_lead_word_in_capitals_that_is_no_place_is_left(analyse_places, text, word):
    assert not any(name.split()[0] == word for name in names(analyse_places(text)))


def test_a_county_already_read_whole_is_kept(analyse_places):
    text = (
        "Homes plan approved\n\nCORK County Council has approved plans for 40 homes on the edge of Midleton."
    )
    found = names(analyse_places(text))
    assert "CORK County" in found, found
