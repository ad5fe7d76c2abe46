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

from dyad.article import Article
from dyad.errors import DamagedStore, StoreError
from dyad.run.analysis import analyze_many, versions
from dyad.store import Store
from dyad.store.dyads import compact
from dyad.store.writer import write_articles


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
    with Recorder(report, store, versions(), batch_size, progress) as recorder:
        for article in analyze_many(articles, batch_size=batch_size):
            recorder.add(article)
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
        with Recorder(report, store, pool.versions(), batch_size, progress) as recorder:
            for article in pool.analyse(articles):
                recorder.add(article)
    compact(store)
    return report


def stored_ids(store: Store) -> frozenset[str]:
    return frozenset(row[0] for row in store.con.execute("SELECT id FROM articles").fetchall())


class Recorder:
    """Hands analysed articles to the writer a batch at a time (one transaction a batch), and
    counts what happened to each: stored, already there, or failed with its reason."""

    def __init__(self, report: IngestReport, store: Store, stamp: dict, size: int,
                 progress: Callable[[Article], None] | None = None):
        self.report, self.store, self.stamp = report, store, stamp
        self.size, self.progress = max(size, 1), progress
        self.pending: list[Article] = []

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc) -> None:
        self.flush()

    def add(self, article: Article) -> None:
        if article.problems:
            self.report.failed.append((source_of(article), "; ".join(p.reason for p in article.problems)))
            self._advance(article)
            return
        self.pending.append(article)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        try:
            outcome = write_articles(self.store, self.pending, self.stamp)
        except DamagedStore:
            raise  # no article can be stored: the run stops with the file's error
        except StoreError as exc:
            outcome = {a.id: str(exc) for a in self.pending}
        for article in self.pending:
            result = outcome.get(article.id, "already")
            if result == "stored":
                self.report.stored += 1
                outcome[article.id] = "already"  # the same article twice in one batch
            elif result == "already":
                self.report.already += 1
            else:
                self.report.failed.append((source_of(article), result))
            self._advance(article)
        self.pending = []

    def _advance(self, article: Article) -> None:
        if self.progress is not None:
            self.progress(article)


def source_of(article: Article) -> str:
    return str(article.source_id if article.source_id is not None else article.id)


def record(report: IngestReport, store: Store, article: Article, stamp: dict) -> None:
    """Write one analysed article now (callers outside the batch path)."""
    with Recorder(report, store, stamp, 1) as recorder:
        recorder.add(article)
