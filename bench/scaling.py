"""Scaling from 1 to N worker processes: throughput and parallel efficiency.

    .venv/bin/python bench/scaling.py [--limit 100] [--max-workers 2]

For each worker count the pool is started and every worker warmed (model loaded) before the
clock starts; then the corpus is analysed and written by the parent into a fresh DuckDB file
under /tmp, a batch of articles per transaction as ``dyad ingest`` writes. Also measures the plain in-process run (``--workers 1``, no pool) as the reference.
Efficiency = speed-up / workers, where speed-up is against one worker process.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import articles, machine, texts, words

from dyad.analysis import default_pipeline
from dyad.run import local
from dyad.run.ingest import IngestReport, Recorder, ingest
from dyad.store import Store

WRITE_BATCH = 16  # articles per transaction, the default of ``dyad ingest``


def pooled(corpus, workers: int, db: Path) -> float:
    with WorkerPoolWarm(workers) as pool, Store(db) as store:
        stamp, report = pool.versions(), IngestReport()
        start = time.perf_counter()
        with Recorder(report, store, stamp, WRITE_BATCH) as recorder:  # as ``dyad ingest`` writes
            for article in pool.analyse(articles(corpus)):
                recorder.add(article)
        return time.perf_counter() - start


class WorkerPoolWarm(local.WorkerPool):
    """A pool whose workers have all loaded the pipeline before it is used."""

    def __enter__(self):
        super().__enter__()
        # tasks that take a second each, so that every worker has to start and load to share them
        warm = [self._pool.submit(time.sleep, 1.0) for _ in range(self.workers * 3)]
        for future in warm:
            future.result()
        return self


def in_process(corpus, db: Path) -> float:
    list(default_pipeline().run(articles(corpus[:2])))  # load and warm
    with Store(db) as store:
        start = time.perf_counter()
        ingest(articles(corpus), store)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--max-workers", type=int, default=2)
    args = parser.parse_args()
    corpus = texts(args.limit)
    n = len(corpus)
    print(f"machine: {machine()}\ncorpus: {n} articles, {words(corpus):,} words\n")
    with tempfile.TemporaryDirectory() as tmp:
        ref = in_process(corpus, Path(tmp) / "ref.duckdb")
        print(f"{'in process (no pool)':22} {ref:7.1f} s {n / ref:7.2f} articles/s")
        one = None
        for workers in range(1, args.max_workers + 1):
            sec = pooled(corpus, workers, Path(tmp) / f"w{workers}.duckdb")
            one = one or sec
            speedup = one / sec
            print(
                f"{f'{workers} worker process(es)':22} {sec:7.1f} s {n / sec:7.2f} articles/s   "
                f"speed-up {speedup:4.2f}x   efficiency {speedup / workers:4.0%}"
            )


if __name__ == "__main__":
    main()
