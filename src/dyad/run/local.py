"""Run the pipeline in worker processes on this machine; the parent stays the one writer.

Each worker loads the pipeline, the spaCy model and the gazetteer once (the pool initializer),
takes small chunks of raw Articles (``CHUNK_SIZE``, so that the last chunks do not leave a worker
idle) and runs them through the pipeline, which parses each chunk with ``nlp.pipe``. The
analysed Articles come back to the parent (``doc`` dropped; they pickle). A few chunks per worker
are in flight at a time, so memory stays bounded whatever the size of the corpus. Results come
back in the order they finish, not the input order.

A document that fails carries its Problem and the chunk goes on. A chunk lost because its worker
died (out of memory, a crash in native code) comes back as failed Articles with the reason, the
pool is started again, and the remaining chunks go on.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from dyad.article import Article, Problem
from dyad.errors import DyadError
from dyad.pipeline import Pipeline
from dyad.run.lifeline import end_with_parent

CHUNK_SIZE = 4  # articles per task: small tasks keep every worker busy to the end of the corpus
IN_FLIGHT_PER_WORKER = 4  # tasks queued per worker, so that none waits for the parent


class Analyser:
    """The default pipeline, split after the stage that assigns the article id, so that an
    article already in the store (``skip``) is dropped after cleaning, before the parse."""

    def __init__(self, batch_size: int = 16, skip: frozenset[str] = frozenset()):
        from dyad.run.analysis import default_pipeline

        stages = default_pipeline().stages
        cut = next((i + 1 for i, s in enumerate(stages) if "id" in s.assigns), 0)
        self.first = Pipeline(stages[:cut])
        self.rest = Pipeline(stages[cut:])
        self.batch_size = batch_size
        self.skip = skip

    def __call__(self, articles: list[Article]) -> list[Article]:
        """Every input Article, analysed, failed (with problems) or known (already stored)."""
        cleaned = list(self.first.run(articles, self.batch_size))
        todo = [a for a in cleaned if not self.known(a)]
        analysed = list(self.rest.run(todo, self.batch_size))
        return [a for a in cleaned if self.known(a)] + analysed

    def known(self, article: Article) -> bool:
        return not article.problems and article.id in self.skip


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# -- inside a worker process ----------------------------------------------------------------------
_worker: dict[str, Analyser] = {}


def _start_worker(batch_size: int, skip: frozenset[str], owner: int) -> None:
    from dyad.run.analysis import prepare

    end_with_parent(owner)  # never outlive the forkserver, nor the dyad process that asked for us
    prepare()  # the model and tables, once per worker, before the first chunk
    _worker["analyser"] = Analyser(batch_size, skip)


def _analyse_chunk(chunk: list[Article]) -> list[Article]:
    return _worker["analyser"](chunk)


def _versions() -> dict[str, str]:
    from dyad.run.analysis import versions

    return versions()


# -- in the parent ----------------------------------------------------------------------------------
def _context():
    """forkserver on Linux (workers fork from a clean server that has imported dyad once); spawn
    elsewhere. Never plain fork: the parent may hold DuckDB and Rich threads."""
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dyad.run.forkserver_lifeline", "dyad.run.analysis"])
        return ctx
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """``workers`` processes, each holding the pipeline; use as a context manager."""

    def __init__(self, workers: int, batch_size: int = 16, skip: frozenset[str] = frozenset()):
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.skip = skip
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        from dyad.run.analysis import check_user_data

        check_user_data()  # a bad actors_file: its own error here, not a pool that cannot start
        self._start()
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(
            self.workers,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(self.batch_size, self.skip, os.getpid()),
        )

    def versions(self) -> dict[str, str]:
        """The pipeline and model versions, asked of a worker so that the parent never loads spaCy."""
        try:
            return self._pool.submit(_versions).result()
        except BrokenProcessPool as exc:
            raise DyadError(
                "The worker processes could not start.",
                'Call dyad from a script whose top level is guarded by `if __name__ == "__main__":` '
                "(workers start with forkserver/spawn), check free memory, or run with --workers 1.",
            ) from exc

    def pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring: memory, CPU)."""
        return sorted(getattr(self._pool, "_processes", None) or {})

    def analyse(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analysed Articles in the order they finish; failed ones carry their problems."""
        pending: dict[Future, list[Article]] = {}
        for chunk in chunked(articles, min(self.batch_size, CHUNK_SIZE)):
            yield from (a for a in chunk if a.problems)  # could not be read: nothing to analyse
            live = [a for a in chunk if not a.problems]
            if live:
                pending[self._submit(live)] = live
            while len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _submit(self, chunk: list[Article]) -> Future:
        try:
            return self._pool.submit(_analyse_chunk, chunk)
        except BrokenProcessPool:
            self._restart()
            return self._pool.submit(_analyse_chunk, chunk)

    def _collect(self, pending: dict[Future, list[Article]]) -> Iterator[Article]:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            chunk = pending.pop(future)
            try:
                yield from future.result()
            except BrokenProcessPool:
                self._restart()
                yield from lost(
                    chunk,
                    "its worker process died (out of memory, or a crash in native "
                    "code); run the ingest again to retry it",
                )
            except Exception as exc:  # e.g. a result that cannot be pickled: reported, never silent
                yield from lost(chunk, f"internal error: {type(exc).__name__}: {exc}")

    def _restart(self) -> None:
        if self._pool is not None and getattr(self._pool, "_broken", False):
            self._pool.shutdown(wait=False, cancel_futures=False)
            self._start()


def lost(chunk: list[Article], reason: str) -> Iterator[Article]:
    for article in chunk:
        article.problems.append(Problem("worker", f"The article was not analysed: {reason}."))
        yield article


def analyse_parallel(
    articles: Iterable[Article], workers: int, batch_size: int = 16, skip: frozenset[str] = frozenset()
) -> Iterator[Article]:
    """Analyse in ``workers`` processes; Articles come back in the order they finish."""
    with WorkerPool(workers, batch_size, skip) as pool:
        yield from pool.analyse(articles)
