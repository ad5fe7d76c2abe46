"""Where the time goes beyond the spaCy parse: cProfile over every stage after it, and the writer.

    .venv/bin/python bench/hotspots.py [--limit N] [--top 25]

Cleans and parses the corpus first (not profiled), then profiles the remaining stages and the
store writer (DuckDB under /tmp; batches of 16 articles per transaction, as ``dyad ingest``
writes) on the parsed articles, and prints the functions with the most
cumulative and own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

from common import articles, texts

from dyad.pipeline import Pipeline
from dyad.run.analysis import default_pipeline, versions
from dyad.store import Store
from dyad.store.writer import write_articles

WRITE_BATCH = 16


def split(stages: list) -> tuple[Pipeline, list]:
    cut = next(i + 1 for i, s in enumerate(stages) if "doc" in s.assigns)
    return Pipeline(stages[:cut]), stages[cut:]


def parsed(corpus, first: Pipeline) -> list:
    out = []
    for batch in [articles(corpus)[i : i + 16] for i in range(0, len(corpus), 16)]:
        for stage in first.stages:
            batch = stage.batch(batch) if hasattr(stage, "batch") else [stage(a) for a in batch]
        out += batch
    return out


def after_parse(docs: list, rest: list, db: Path) -> None:
    stamp = versions()
    with Store(db) as store:
        pending = []
        for article in docs:
            for stage in rest:
                article = Pipeline._guard(stage, article)
            article.doc = None
            if not article.problems:
                pending.append(article)
            if len(pending) == WRITE_BATCH:
                write_articles(store, pending, stamp)
                pending = []
        write_articles(store, pending, stamp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--callers", action="append", default=[], help="also print who calls these functions")
    args = parser.parse_args()
    first, rest = split(default_pipeline().stages)
    docs = parsed(texts(args.limit), first)
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        profile.runcall(after_parse, docs, rest, Path(tmp) / "profile.duckdb")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    for name in args.callers:
        stats.print_callers(name)


if __name__ == "__main__":
    main()
