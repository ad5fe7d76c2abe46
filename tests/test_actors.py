"""Actors, roles and coreference: the founding article and short articles where the same
problems take other forms (tests/fixtures/articles, each with its expectations)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import KINU_GOLD, SHARED

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SCORE = SHARED / "scripts" / "score.py"


def score(article, gold: dict) -> dict:
    """Run the project's scorer (../shared/scripts/score.py) on an analysed article."""
    sys.path.insert(0, str(SCORE.parent))
    try:
        import score as scorer
    finally:
        sys.path.pop(0)
    return scorer.score(article.to_dict(), gold)


@pytest.mark.parametrize("category", ["actors", "not_actors", "person_mentions"])
def test_founding_article_actor_categories_complete(kinu_article, category):
    result = score(kinu_article, json.loads(KINU_GOLD.read_text()))[category]
    assert result["found"] == result["required"], result["misses"]


def test_two_kims_are_two_actors_with_their_own_countries(kinu_article):
    by_name = {a.name: a for a in kinu_article.actors}
    assert by_name["Kim Jong-un"].country == "PRK"
    assert by_name["Kim Chun-sig"].country == "KOR"
    assert by_name["Kim Chun-sig"].code == "KOREDU"  # from the institute he heads
    assert any("Korea Institute for National Unification" in r for r in by_name["Kim Chun-sig"].roles)
    assert any(r.startswith("former") for r in by_name["Kim Chun-sig"].roles)


def test_credits_never_produce_actors(kinu_article):
    credits = [s for s in kinu_article.segments if s.kind == "credit"]
    for actor in kinu_article.actors:
        for m in actor.mentions:
            assert not any(c.start <= m.start < c.end for c in credits), (actor.name, m.text)


def test_mentions_point_at_their_words(kinu_article):
    for actor in kinu_article.actors:
        for m in actor.mentions:
            assert kinu_article.text[m.start : m.end] == m.text


def test_former_president_is_not_the_government_today(kinu_article):
    trump = next(a for a in kinu_article.actors if a.name == "Donald Trump")
    assert trump.roles and all(r.startswith("former") for r in trump.roles)  # published 2023-11-05


def test_capital_as_place_is_not_an_actor_mention(kinu_article):
    seoul = [m for a in kinu_article.actors for m in a.mentions if m.text == "Seoul"]
    assert seoul == []  # "his office in Seoul" is a place
    washington = [m for a in kinu_article.actors if a.id == "USA" for m in a.mentions if m.text == "Washington"]
    assert washington and washington[0].metonym  # "relations with Washington" is the state


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_hard_cases_in_other_articles(analyze_text, name):
    gold = json.loads((FIXTURES / f"{name}.expect.json").read_text())
    article = analyze_text((FIXTURES / f"{name}.txt").read_text(), published=gold["published"])
    result = score(article, gold)
    misses = {cat: r["misses"] for cat, r in result.items() if r["misses"]}
    assert not misses
