"""Ordered stages. Each stage takes an Article and returns it, and declares what it needs.

A stage is any object with ``name``, ``requires`` and ``assigns`` (tuples of Article field
names) and ``__call__(article) -> Article``. A stage may also offer ``batch(articles)`` for work
that is cheaper in bulk (the spaCy parse). The pipeline checks the order when it is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dyad.article import Article, Problem
from dyad.errors import DyadError, PipelineError
from dyad.settings import settings
from dyad.util.time_limit import time_limit

PROVIDED = ("text", "id", "url", "title", "outlet", "published", "segments")


class Pipeline:
    def __init__(self, stages: list):
        self.stages = stages
        self._check()

    def _check(self) -> None:
        have = set(PROVIDED)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"Stage '{stage.name}' requires {', '.join(missing)}, which no earlier stage assigns."
                )
            have.update(stage.assigns)

    def __call__(self, article: Article) -> Article:
        return next(iter(self.run([article])))

    def run(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Article]:
        """Yield analysed articles in input order; a failing article carries its Problem."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        live = [a for a in batch if not a.problems]
        for stage in self.stages:
            if hasattr(stage, "batch"):
                live = self._guard_batch(stage, live)
            else:
                live = [a for a in (self._guard(stage, a) for a in live) if not a.problems]
        for article in batch:
            article.doc = None
        return batch

    def _guard_batch(self, stage, articles: list[Article]) -> list[Article]:
        try:
            return list(stage.batch(articles))
        except Exception:
            # fall back to one at a time so that one bad article cannot sink the batch
            return [a for a in (self._guard(stage, a) for a in articles) if not a.problems]

    @staticmethod
    def _guard(stage, article: Article) -> Article:
        try:
            with time_limit(settings().doc_timeout, f"stage '{stage.name}'"):
                return stage(article)
        except DyadError as exc:
            article.problems.append(Problem(stage.name, str(exc), exc.hint, exc.code))
        except Exception as exc:  # a bug in one stage must not lose the batch; it is reported
            article.problems.append(Problem(stage.name, f"internal error: {type(exc).__name__}: {exc}"))
        return article
