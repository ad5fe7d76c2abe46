""""Brussels" acting (a subject, a party to relations) is the European Union, as "Washington" is the
United States, in any news but Belgium's own; "in Brussels" stays a place in Belgium. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _holder(article, at: int) -> str | None:
    return next((a.id for a in article.actors for m in a.mentions if m.start == at), None)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has frozen the assets of two German firms. On Friday, Brussels blacklisted three Russian generals.",
        "The Kremlin said relations between Moscow and Brussels had never been worse.",
        "Ankara will answer any new tariff, and Brussels knows it, the Turkish trade minister said.",
    ],
)
def test_brussels_acting_is_the_eu(read_actors, text):
    article = read_actors(text)
    assert _holder(article, text.index("Brussels")) == "eu", article.actors


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Belgian unions went on strike on Monday. Brussels announced a pension reform that the unions reject.", "BEL"),
        ("The foreign minister is in Brussels for a meeting of European ministers on Ukraine.", None),
        ("Washington imposed new sanctions on two Russian banks on Monday.", "USA"),
    ],
)
def test_brussels_as_before(read_actors, text, holder):
    name = "Brussels" if "Brussels" in text else "Washington"
    assert _holder(read_actors(text), text.index(name)) == holder


def test_brussels_stays_a_place_in_belgium(analyze_text):
    text = "On Friday, Brussels blacklisted three Russian generals. The foreign minister flew to Brussels."
    article = analyze_text(text, published="2024-05-04")
    assert [(p.name, p.country) for p in article.places if p.name == "Brussels"] == [("Brussels", "BEL")]
    assert any(a.id == "eu" for a in article.actors)
