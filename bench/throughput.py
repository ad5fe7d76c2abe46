"""End-to-end throughput on real article texts, against bare spaCy parsing of the same texts.

    .venv/bin/python bench/throughput.py [--limit N] [--batch-size 16]

Prints articles/s and words/s of (1) bare ``nlp.pipe`` with the same model (``load_nlp()``), the
floor; (2) the whole pipeline; (3) the pipeline plus the store writer (DuckDB under /tmp); the
ratios of (2) and (3) to (1), measured in the same run; and the time of each stage and of the
writer across the corpus. One process, models loaded and warmed before the clock starts.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import articles, clock, machine, texts, words

from dyad.analysis import default_pipeline, versions
from dyad.annotate.nlp import load_nlp
from dyad.pipeline import Pipeline
from dyad.store import Store
from dyad.store.writer import write_article


class Timed:
    """A stage that adds its run time to ``times[name]``; keeps the stage's batch method if any."""

    def __init__(self, stage, times: dict):
        self.stage, self.times = stage, times
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns
        if hasattr(stage, "batch"):
            self.batch = self._batch

    def __call__(self, article):
        with clock(self.times, self.name):
            return self.stage(article)

    def _batch(self, batch):
        with clock(self.times, self.name):
            return self.stage.batch(batch)


def bare_parse(corpus, batch_size: int) -> float:
    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe((text for _, text in corpus), batch_size=batch_size):
        pass
    return time.perf_counter() - start


def pipeline_run(corpus, batch_size: int, times: dict, db: Path) -> tuple[float, float, int]:
    """(seconds analysing, seconds analysing and writing, articles stored)."""
    pipeline = Pipeline([Timed(s, times) for s in default_pipeline().stages])
    stamp, stored = versions(), 0
    with Store(db) as store:
        start = time.perf_counter()
        for article in pipeline.run(articles(corpus), batch_size):
            if not article.problems:
                with clock(times, "store writer"):
                    stored += write_article(store, article, stamp)
        total = time.perf_counter() - start
    return total - times.get("store writer", 0.0), total, stored


def warm_up(corpus) -> None:
    load_nlp()
    list(default_pipeline().run(articles(corpus[:4])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    corpus = texts(args.limit)
    n, w = len(corpus), words(corpus)
    print(f"machine: {machine()}\ncorpus: {n} articles, {w:,} words (PolNeAR dev + GeoVirus)")
    warm_up(corpus)
    bare = bare_parse(corpus, args.batch_size)
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        analysed, total, stored = pipeline_run(corpus, args.batch_size, times, Path(tmp) / "bench.duckdb")
    print(f"\n{'':34} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs bare':>8}")
    for label, sec in (
        ("bare nlp.pipe (the floor)", bare),
        ("pipeline", analysed),
        ("pipeline + store writer", total),
    ):
        print(f"{label:34} {sec:8.1f} {n / sec:11.2f} {w / sec:9.0f} {bare / sec:7.2f}x")
    print(f"\nstored {stored} of {n}\n\nper stage, across the corpus:")
    for name, sec in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16} {sec:7.2f} s  {100 * sec / total:5.1f} %")


if __name__ == "__main__":
    main()
