"""Ingest: read sources, analyse them in batches, and hand each article to the one writer.

The analysis runs in this process (``workers=1``) or in worker processes (``workers>1``, see
``dyad.run.local``); either way this process is the only one that writes to DuckDB. With
workers, articles already in the store are skipped right after cleaning, so a re-run after an
interruption only analyses what is missing. At the end the dyad aggregates are compacted
when the ingest appended many rows to them (``dyad.store.dyads.compact``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dyad.analysis import analyze_many, versions
from dyad.article import Article
from dyad.errors import StoreError
from dyad.store import Store
from dyad.store.dyads import compact
from dyad.store.writer import has_article, write_article


@dataclass(slots=True)
class IngestReport:
    stored: int = 0
    already: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    @property
    def seen(self) -> int:
        return self.stored + self.already + len(self.failed)


def ingest(
    articles: Iterable[Article],
    store: Store,
    batch_size: int = 16,
    progress: Callable[[Article], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    if workers > 1:
        return ingest_parallel(articles, store, batch_size, progress, workers)
    report = IngestReport()
    stamp = versions()
    for article in analyze_many(articles, batch_size=batch_size):
        record(report, store, article, stamp)
        if progress is not None:
            progress(article)
    compact(store)
    return report


def ingest_parallel(
    articles: Iterable[Article],
    store: Store,
    batch_size: int,
    progress: Callable[[Article], None] | None,
    workers: int,
) -> IngestReport:
    from dyad.run.local import WorkerPool

    report = IngestReport()
    with WorkerPool(workers, batch_size, stored_ids(store)) as pool:
        stamp = pool.versions()
        for article in pool.analyse(articles):
            record(report, store, article, stamp)
            if progress is not None:
                progress(article)
    compact(store)
    return report


def stored_ids(store: Store) -> frozenset[str]:
    return frozenset(row[0] for row in store.con.execute("SELECT id FROM articles").fetchall())


def record(report: IngestReport, store: Store, article: Article, stamp: dict) -> None:
    source = str(article.source_id if article.source_id is not None else article.id)
    if article.problems:
        report.failed.append((source, "; ".join(p.reason for p in article.problems)))
        return
    try:
        if has_article(store, article.id) or not write_article(store, article, stamp):
            report.already += 1
        else:
            report.stored += 1
    except StoreError as exc:
        report.failed.append((source, str(exc)))
