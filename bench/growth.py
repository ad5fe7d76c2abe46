"""Does ingest time grow linearly with the corpus? Times 1x, 2x and 4x the corpus.

    .venv/bin/python bench/growth.py [--limit 25] [--writer-copies 4]

Part 1, end to end: analyse and store 1x, 2x, 4x the corpus (copies get distinct URLs, so each is
a new article) in one process into a fresh DuckDB file under /tmp.
Part 2, the store writer alone: the corpus analysed once, then written ``k`` times (k = C, 2C, 4C
copies) into a fresh store, to see whether writing slows down as the tables grow.
A ratio of 1.00 per article means linear.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import tempfile
import time
from pathlib import Path

from common import articles, machine, texts, words

from dyad.clean.stage import article_id
from dyad.run.analysis import default_pipeline, versions
from dyad.run.ingest import ingest
from dyad.store import Store
from dyad.store.writer import write_articles

WRITE_BATCH = 16  # articles per transaction, as ``dyad ingest`` writes


def end_to_end(corpus, times: int, db: Path) -> tuple[float, int]:
    docs = [a for k in range(1, times + 1) for a in articles(corpus, copy=k)]
    with Store(db) as store:
        start = time.perf_counter()
        report = ingest(docs, store)
        seconds = time.perf_counter() - start
    for source, reason in report.failed[:3]:
        print(f"  failed {source}: {reason}")
    return seconds, report.stored


def writer_only(analysed, copies: int, db: Path) -> tuple[float, int]:
    stamp, stored = versions(), 0
    with Store(db) as store:
        start = time.perf_counter()
        twins = [twin_of(article, k) for k in range(copies) for article in analysed]
        for i in range(0, len(twins), WRITE_BATCH):
            outcome = write_articles(store, twins[i : i + WRITE_BATCH], stamp)
            stored += sum(result == "stored" for result in outcome.values())
        return time.perf_counter() - start, stored


def twin_of(article, k: int):
    """A copy of an analysed article under another URL (so another id), with events of its own
    (the ids of events derive from the article's): stored, merged and summarised anew."""
    twin = copy.copy(article)
    twin.url = f"https://bench.invalid/w{k}/{article.id}"
    twin.id = article_id(twin.text, twin.url)
    twin.events = [dataclasses.replace(e, id=f"{twin.id}-{e.id}") for e in article.events]
    return twin


def show(label: str, rows: list[tuple[int, float, int]]) -> None:
    base = rows[0][1] / rows[0][2]
    print(f"\n{label}\n{'size':>6} {'articles':>9} {'seconds':>8} {'ms/article':>11} {'vs 1x':>6}")
    for size, sec, n in rows:
        print(f"{size:5}x {n:9} {sec:8.1f} {1000 * sec / n:11.1f} {sec / n / base:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--writer-copies", type=int, default=4)
    args = parser.parse_args()
    corpus = texts(args.limit)
    print(f"machine: {machine()}\ncorpus (1x): {len(corpus)} articles, {words(corpus):,} words")
    analysed = [a for a in default_pipeline().run(articles(corpus)) if not a.problems]  # also warms up
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(k, *end_to_end(corpus, k, Path(tmp) / f"e{k}.duckdb")) for k in (1, 2, 4)]
        show("end to end (analyse + store, one process)", rows)
        c = args.writer_copies
        rows = [(k, *writer_only(analysed, k * c, Path(tmp) / f"w{k}.duckdb")) for k in (1, 2, 4)]
        show(f"store writer alone (1x = {c} copies of the analysed corpus)", rows)


if __name__ == "__main__":
    main()
