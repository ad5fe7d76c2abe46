"""A village no gazetteer has, named after "near to" or a compass word and "of" ("the A489 east
of Llangadfan", "the B976 near to Crathie"), where the tagger took it for a body or a person named
once: a village placed by the story's places, as one after "near" is. Sentences written for the
test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def places(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Gritters from Newtown and Welshpool salted the mountain road east of Llangadfan overnight,"
            " Powys council said.",
            "Llangadfan",
            (52.69, -3.46),
        ),
        (
            "Trees are down on the B976 near to Crathie and the A93 from Aboyne to Ballater road, Police"
            " Scotland said.",
            "Crathie",
            (57.03, -3.20),
        ),
    ],
)
def test_village_after_a_compass_word_or_near_to(analyze_text, text, word, point):
    found = places(analyze_text(text, published="2024-05-01"))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 50, found[word]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # guard: a body named again is no village
        (
            "Protesters gathered west of Harcastle Holdings on Monday. Harcastle Holdings said the gates"
            " would reopen on Friday.",
            "Harcastle Holdings",
        ),
    ],
)
def test_no_village_of_bodies_or_streets(analyze_text, text, absent):
    article = analyze_text(text, published="2024-05-01")
    words = {article.text[m.start : m.end] for p in article.places for m in p.mentions}
    assert absent not in words, words


def test_a_known_town_after_a_compass_word_stays_itself(analyze_text):
    # guard: a town the gazetteer knows is found as before, at its own point
    found = places(
        analyze_text("The crash happened north of Omagh in Co Tyrone on Sunday.", published="2024-05-01")
    )
    assert haversine_km(*found["Omagh"], 54.60, -7.30) < 20, found
