"""End-to-end throughput on real article texts, against bare spaCy parsing of the same texts.

    .venv/bin/python bench/throughput.py [--limit N] [--batch-size 16]

Prints articles/s and words/s of (1) bare ``nlp.pipe`` of the pinned model exactly as published
(``spacy.load``, every component), the floor; (2) the whole dyad pipeline; (3) end to end: the
same as ``dyad ingest`` in one process, analysis and the store writer (batched transactions,
DuckDB under /tmp); the ratios of (2) and (3) to (1), measured in the same run; and the time of
each stage across the corpus. One process, models loaded and warmed before the clock starts.
The three runs alternate ``--rounds`` times and the fastest of each counts, so that a burst of
load on the machine does not land on one of them only.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import articles, clock, machine, texts, words

from dyad.analysis import default_pipeline, prepare, versions
from dyad.annotate.nlp import load_model, load_nlp
from dyad.pipeline import Pipeline
from dyad.run.ingest import ingest
from dyad.store import Store


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


def bare_parse(nlp, corpus, batch_size: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe((text for _, text in corpus), batch_size=batch_size):
        pass
    return time.perf_counter() - start


def pipeline_run(corpus, batch_size: int, times: dict) -> float:
    pipeline = Pipeline([Timed(s, times) for s in default_pipeline().stages])
    start = time.perf_counter()
    for _ in pipeline.run(articles(corpus), batch_size):
        pass
    return time.perf_counter() - start


def end_to_end(corpus, batch_size: int, db: Path) -> tuple[float, int]:
    """Seconds and articles stored by ``ingest`` (what ``dyad ingest`` runs) into a new store."""
    with Store(db) as store:
        start = time.perf_counter()
        report = ingest(articles(corpus), store, batch_size=batch_size)
        return time.perf_counter() - start, report.stored


def warm_up(stock, corpus) -> None:
    list(stock.pipe(text for _, text in corpus[:4]))
    load_nlp()
    versions()
    prepare()  # as every ingest does: loads the tables, then gc.freeze()
    list(default_pipeline().run(articles(corpus[:4])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2, help="Alternate the runs this many times.")
    args = parser.parse_args()
    corpus = texts(args.limit)
    n, w = len(corpus), words(corpus)
    print(f"machine: {machine()}\ncorpus: {n} articles, {w:,} words (PolNeAR dev + GeoVirus)")
    stock = load_model()
    warm_up(stock, corpus)
    runs: dict[str, list[float]] = {"bare": [], "pipeline": [], "end to end": []}
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            runs["bare"].append(bare_parse(stock, corpus, args.batch_size))
            runs["pipeline"].append(pipeline_run(corpus, args.batch_size, times if round_ == 0 else {}))
            seconds, stored = end_to_end(corpus, args.batch_size, Path(tmp) / f"bench{round_}.duckdb")
            runs["end to end"].append(seconds)
            print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in runs.items()))
    bare = min(runs["bare"])
    print(
        f"\n{'fastest of ' + str(args.rounds):34} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs bare':>8}"
    )
    for label, key in (
        ("bare nlp.pipe (the floor)", "bare"),
        ("pipeline", "pipeline"),
        ("end to end (ingest, one process)", "end to end"),
    ):
        sec = min(runs[key])
        print(f"{label:34} {sec:8.1f} {n / sec:11.2f} {w / sec:9.0f} {bare / sec:7.2f}x")
    print(f"\nstored {stored} of {n}\n\nper stage, across the corpus (round 1):")
    total = sum(times.values())
    for name, sec in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16} {sec:7.2f} s  {100 * sec / total:5.1f} %")


if __name__ == "__main__":
    main()
