"""Shared fixtures: the founding article, the shared data folder, one spaCy load per session, one
places stage per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KINU = SHARED / "reference" / "kinu-interview.txt"
KINU_GOLD = SHARED / "reference" / "kinu-interview.gold.json"


@pytest.fixture(scope="session")
def kinu_article():
    """The founding article analysed once for the whole session (published 2023-11-05)."""
    from dyad.run.analysis import analyze

    return analyze(KINU.read_text(encoding="utf-8"), published="2023-11-05")


@pytest.fixture(scope="session")
def analyze_text():
    from dyad.run.analysis import analyze

    return analyze


@pytest.fixture(scope="module")
def read_actors():
    """A function that cleans, parses and reads the actors of one text (published 2024-03-01)."""
    from dyad.annotate.actors import Reader
    from dyad.annotate.knowledge import KnowledgeBase
    from dyad.annotate.spacy_stage import SpacyStage
    from dyad.article import Article
    from dyad.clean import CleanStage

    spacy_stage = SpacyStage()

    def run(text: str) -> Article:
        article = spacy_stage(CleanStage()(Article(text=text, published="2024-03-01")))
        article.actors = Reader(article, KnowledgeBase.default()).read()
        return article

    return run


@pytest.fixture(scope="session")
def place_stage():
    """The places stage, built once for the session."""
    from dyad.extract.places.stage import PlaceStage

    return PlaceStage()


@pytest.fixture(scope="session")
def analyse_places(place_stage):
    """A function that parses one text as an article body (or the segments given, with the
    actors given) and runs the places stage on it."""
    from dyad.annotate.nlp import load_nlp
    from dyad.article import Article, Segment

    def run(text: str, segments=None, actors=()) -> Article:
        body = segments or [Segment("body", 0, len(text))]
        article = Article(text=text, segments=body, actors=list(actors))
        article.doc = load_nlp()(text)
        return place_stage(article)

    return run


@pytest.fixture(scope="session")
def state_events(analyze_text):
    """A function that analyses one text (published 2023-08-28 unless given) and lists its events
    as (source's country, target's country, CAMEO code)."""

    def run(text: str, published: str = "2023-08-28") -> list[tuple]:
        article = analyze_text(text, published=published)
        country = {a.id: a.country for a in article.actors}
        return [(country.get(e.source), country.get(e.target), e.cameo) for e in article.events]

    return run


@pytest.fixture(scope="session")
def code_roots(analyze_text):
    """A function that analyses one text (published 2024-05-04 unless given) and lists its events as
    (source's actor code, target's actor code, CAMEO root), "" where an actor or its code is missing."""

    def run(text: str, published: str = "2024-05-04") -> list[tuple[str, str, str]]:
        article = analyze_text(text, published=published)
        codes = {a.id: a.code or "" for a in article.actors}
        return [(codes.get(e.source, ""), codes.get(e.target, ""), e.cameo[:2]) for e in article.events]

    return run
