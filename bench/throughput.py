"""End-to-end throughput on real article texts, against bare spaCy parsing of the same texts.

    .venv/bin/python bench/throughput.py [--limit N] [--batch-size 16] [--cpu]

Prints articles/s and words/s of (1) bare ``nlp.pipe`` of the pinned model exactly as published
(``spacy.load``, every component), the floor; (2) the whole dyad pipeline; (3) end to end: the
same as ``dyad ingest`` in one process, analysis and the store writer (batched transactions,
DuckDB under /tmp); the ratios of (2) and (3) to (1), measured in the same run; and the time of
each stage across the corpus. dyad runs the model's matrix products on numpy's BLAS
(``annotate/matmul.py``), which the published model does not, so (4) bare ``nlp.pipe`` of the same
model on that backend is timed too, and the ratio of (3) to (4) printed: what dyad's own stages
and writer cost on top of the parse they share, whatever the backend. One process, models loaded and warmed before the clock starts.
The machine's load comes in bursts of seconds, so the three are interleaved finely: the corpus is
cut into slices of one batch, each slice goes through the three in turn, and this is repeated
``--rounds`` times; for each slice and each of the three the fastest round counts. A burst then
hits one slice of one run in one round, which another round replaces. Each round's end-to-end
run stores into its own new DuckDB file, slice after slice, as one ingest would.
With ``--cpu`` every figure is CPU time of the process (``time.process_time``, DuckDB's threads
included) instead of wall time: for a machine whose cores other jobs share.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import articles, clock, machine, now, texts, use_cpu_time, words

from dyad.annotate.matmul import use_numpy_matmul
from dyad.annotate.nlp import load_model, load_nlp
from dyad.pipeline import Pipeline
from dyad.run.analysis import default_pipeline, prepare, versions
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
    start = now()
    for _ in nlp.pipe((text for _, text in corpus), batch_size=batch_size):
        pass
    return now() - start


def pipeline_run(corpus, batch_size: int, times: dict) -> float:
    pipeline = Pipeline([Timed(s, times) for s in default_pipeline().stages])
    start = now()
    for _ in pipeline.run(articles(corpus), batch_size):
        pass
    return now() - start


def end_to_end(corpus, batch_size: int, store: Store) -> tuple[float, int]:
    """Seconds and articles stored by ``ingest`` (what ``dyad ingest`` runs)."""
    start = now()
    report = ingest(articles(corpus), store, batch_size=batch_size)
    return now() - start, report.stored


def one_round(models, slices: list, batch_size: int, store: Store, times: dict) -> tuple[dict, int]:
    """Per slice, seconds of each of the four runs; and articles stored."""
    stock, numpy_stock = models
    seconds: dict[str, list[float]] = {"bare": [], "pipeline": [], "end to end": [], "bare numpy": []}
    stored = 0
    for part in slices:
        seconds["bare"].append(bare_parse(stock, part, batch_size))
        seconds["bare numpy"].append(bare_parse(numpy_stock, part, batch_size))
        seconds["pipeline"].append(pipeline_run(part, batch_size, times))
        sec, n = end_to_end(part, batch_size, store)
        seconds["end to end"].append(sec)
        stored += n
    return seconds, stored


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
    parser.add_argument("--rounds", type=int, default=3, help="Repeat the interleaved runs this many times.")
    parser.add_argument("--cpu", action="store_true", help="CPU time of the process instead of wall time.")
    args = parser.parse_args()
    if args.cpu:
        use_cpu_time()
    corpus = texts(args.limit)
    n, w = len(corpus), words(corpus)
    print(f"machine: {machine()}\ncorpus: {n} articles, {w:,} words (PolNeAR dev + GeoVirus)")
    print("clock: " + ("CPU time of this process" if args.cpu else "wall time"))
    stock, numpy_stock = load_model(), load_model()
    use_numpy_matmul(numpy_stock)
    warm_up(stock, corpus)
    list(numpy_stock.pipe(text for _, text in corpus[:4]))
    slices = [corpus[i : i + args.batch_size] for i in range(0, n, args.batch_size)]
    rounds, times = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            with Store(Path(tmp) / f"bench{round_}.duckdb") as store:
                seconds, stored = one_round(
                    (stock, numpy_stock), slices, args.batch_size, store, times if round_ == 0 else {}
                )
            rounds.append(seconds)
            print(f"round {round_ + 1}: " + ", ".join(f"{k} {sum(v):.1f} s" for k, v in seconds.items()))
    best = {k: sum(min(r[k][i] for r in rounds) for i in range(len(slices))) for k in rounds[0]}
    bare = best["bare"]
    print(f"\n{'fastest round per slice':34} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs bare':>8}")
    for label, key in (
        ("bare nlp.pipe (the floor)", "bare"),
        ("pipeline", "pipeline"),
        ("end to end (ingest, one process)", "end to end"),
        ("bare nlp.pipe, numpy matmul", "bare numpy"),
    ):
        sec = best[key]
        print(f"{label:34} {sec:8.1f} {n / sec:11.2f} {w / sec:9.0f} {bare / sec:7.2f}x")
    own = best["bare numpy"] / best["end to end"]
    print(f"end to end vs bare nlp.pipe on the same matmul backend: {own:.2f}x (dyad's own cost)")
    print(f"\nstored {stored} of {n}\n\nper stage, across the corpus (round 1):")
    total = sum(times.values())
    for name, sec in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16} {sec:7.2f} s  {100 * sec / total:5.1f} %")


if __name__ == "__main__":
    main()
