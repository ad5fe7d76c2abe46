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


@pytest.mark.parametrize("names", [
    ("Сергей Лавров", "Κυριάκος Μητσοτάκης"),
    ("習近平", "金正恩"),
    ("محمد بن سلمان", "Сергей Шойгу"),
])
def test_names_in_any_script_get_unique_stable_ids(names):
    """A name without Latin letters once got the id "": different people merged into one."""
    from dyad.annotate.actors import _slug

    ids = [_slug(n) for n in names]
    assert all(ids) and len(set(ids)) == len(ids)
    assert ids == [_slug(n) for n in names]  # the same name, the same id, every time
    assert all(i.isascii() for i in ids)


def test_two_articles_about_non_latin_names_keep_two_actors(tmp_path, analyze_text):
    from dyad.store import Store
    from dyad.store.writer import write_article

    articles = [analyze_text(f"{name} met officials in the capital on Monday, the ministry said.",
                             published="2023-11-05") for name in ("Сергей Лавров", "Κυριάκος Μητσοτάκης")]
    with Store(tmp_path / "s.duckdb") as store:
        for a in articles:
            write_article(store, a, {})
        people = store.con.execute("SELECT id, name FROM actors WHERE kind = 'person'").fetchall()
    assert sorted(name for _id, name in people) == ["Κυριάκος Μητσοτάκης", "Сергей Лавров"]
    assert all(actor_id for actor_id, _name in people)


def test_candidate_columns_match_the_tokens():
    """The name and pronoun candidates read from the doc's columns are the token-by-token ones."""
    from dyad.annotate.lexicon import pronouns
    from dyad.annotate.mentions import _name_words, pronoun_candidates
    from dyad.annotate.spacy_stage import SpacyStage
    from dyad.article import Article
    from dyad.clean import CleanStage

    from .conftest import ROOT

    sample = ROOT / "src" / "dyad" / "data" / "sample" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()[:6]]
    names = pronoun_count = 0
    for text in texts:
        article = SpacyStage()(CleanStage()(Article(text=text)))
        doc = article.doc
        flags, starts = _name_words(doc, article.text)
        assert flags == [
            t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() and t.text[1:2].islower() and t.text.isalpha()
            for t in doc
        ]
        assert starts == [t.idx for t in doc]
        expected = [t.i for t in doc if t.lower_ in pronouns() and t.pos_ == "PRON" and not article.in_credit(t.idx)]
        assert [c.span.start for c in pronoun_candidates(article)] == expected
        names, pronoun_count = names + sum(flags), pronoun_count + len(expected)
    assert names > 0 and pronoun_count > 0
