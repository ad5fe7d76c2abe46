"""Scaling from 1 to N worker processes: throughput and parallel efficiency.

    .venv/bin/python bench/scaling.py [--limit 100] [--max-workers 2] [--rounds 3]

For each worker count a pool is started and every worker warmed (model loaded) before any clock
starts; then, in each round, the corpus goes through every pool in turn, analysed and written by
the parent into a fresh DuckDB file under /tmp (a batch of articles per transaction, as ``dyad
ingest`` writes). The fastest round of each pool counts: the load on a shared machine comes in
bursts that one round can catch and another not. Also measures the plain in-process run
(``--workers 1``, no pool) once, for reference. Efficiency = speed-up / workers, where speed-up
is against one worker process.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path

from common import articles, machine, texts, words

from dyad.run import local
from dyad.run.analysis import default_pipeline
from dyad.run.ingest import IngestReport, Recorder, ingest
from dyad.store import Store

WRITE_BATCH = 16  # articles per transaction, the default of ``dyad ingest``


def pooled(corpus, pool, db: Path) -> float:
    with Store(db) as store:
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
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    corpus = texts(args.limit)
    n = len(corpus)
    print(f"machine: {machine()}\ncorpus: {n} articles, {words(corpus):,} words\n")
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as pools:
        ref = in_process(corpus, Path(tmp) / "ref.duckdb")
        print(f"{'in process (no pool)':22} {ref:7.1f} s {n / ref:7.2f} articles/s")
        counts = range(1, args.max_workers + 1)
        warm = {w: pools.enter_context(WorkerPoolWarm(w)) for w in counts}
        seconds: dict[int, list[float]] = {w: [] for w in counts}
        for round_ in range(args.rounds):
            for w in counts:
                seconds[w].append(pooled(corpus, warm[w], Path(tmp) / f"w{w}-{round_}.duckdb"))
            print(
                f"round {round_ + 1}: " + ", ".join(f"{w} worker(s) {seconds[w][-1]:.1f} s" for w in counts)
            )
        one = min(seconds[1])
        for w in counts:
            sec = min(seconds[w])
            print(
                f"{f'{w} worker process(es)':22} {sec:7.1f} s {n / sec:7.2f} articles/s   "
                f"speed-up {one / sec:4.2f}x   efficiency {one / sec / w:4.0%}"
            )


if __name__ == "__main__":
    main()
