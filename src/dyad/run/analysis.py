"""The default pipeline, and one-call analysis of a text or a batch of records."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import lru_cache

from dyad.annotate.actors import ActorStage
from dyad.annotate.nlp import model_version
from dyad.annotate.spacy_stage import SpacyStage
from dyad.article import Article
from dyad.clean import CleanStage
from dyad.extract.events.stage import EventStage
from dyad.extract.places.stage import PlaceStage
from dyad.extract.quotes.stage import QuoteStage
from dyad.extract.times.stage import TimeStage
from dyad.pipeline import Pipeline
from dyad.settings import settings
from dyad.version import __version__


def default_stages() -> list:
    return [CleanStage(), SpacyStage(), ActorStage(), TimeStage(), PlaceStage(), QuoteStage(), EventStage()]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


WARM_UP = 'The president of France met the UN chief in Geneva on Monday, and he said: "Talks went well."'


@lru_cache(maxsize=1)
def prepare() -> None:
    """Load the model and every table the stages read, then keep them out of the garbage
    collector's rounds (``gc.freeze``) for the rest of the process.

    For processes that analyse many articles (ingest, workers, batches). The model, the
    gazetteer and the actor knowledge base are millions of objects that live as long as the
    process; the collector's full rounds scanned them again and again, about a tenth of the
    analysis time (BENCHMARKS.md). What is frozen is never collected: that is only what exists
    now, the tables above and whatever the caller already holds.
    """
    check_user_data()
    default_pipeline()(Article(text=WARM_UP, published="2020-01-01"))
    gc.freeze()


def check_user_data() -> None:
    """Read the user's own data files now (the actors_file setting), so that a missing or bad file
    stops the run with its coded error (KnowledgeFileError, E500) instead of failing every document."""
    from dyad.annotate.knowledge import KnowledgeBase

    if settings().actors_file.strip():
        KnowledgeBase.default()


def versions() -> dict[str, str]:
    return {"pipeline": f"dyad-{__version__}", "model": model_version()}


def analyze(
    text: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Analyse one document (plain text or HTML). Problems are in ``article.problems``."""
    article = Article(text=text, published=published, title=title, url=url, outlet=outlet)
    return default_pipeline()(article)


def analyze_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Article]:
    """Analyse raw Articles in batches, in input order; failed ones carry their problems."""
    prepare()
    return default_pipeline().run(articles, batch_size=batch_size)
