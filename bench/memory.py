"""Peak resident memory (RSS) per worker process, and of the parent (the one writer).

    .venv/bin/python bench/memory.py [--workers 2] [--limit N]

Runs ``dyad ingest --workers N`` through the library on the real-text corpus into a DuckDB file
under /tmp and reads each process's peak RSS (Linux VmHWM) before the pool stops.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import articles, machine, peak_rss_mib, texts, words

from dyad.run.ingest import IngestReport, record, stored_ids
from dyad.run.local import WorkerPool
from dyad.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    corpus = texts(args.limit)
    print(f"machine: {machine()}\ncorpus: {len(corpus)} articles, {words(corpus):,} words")
    report = IngestReport()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "memory.duckdb") as store:
        with WorkerPool(args.workers, 16, stored_ids(store)) as pool:
            stamp = pool.versions()
            for article in pool.analyse(articles(corpus)):
                record(report, store, article, stamp)
            peaks = {pid: peak_rss_mib(pid) for pid in pool.pids()}
    print(f"stored {report.stored}, failed {len(report.failed)}\n")
    print(f"{'process':24} {'peak RSS':>10}")
    for pid, peak in peaks.items():
        print(f"{'worker ' + str(pid):24} {peak:6.0f} MiB")
    print(f"{'parent (the one writer)':24} {peak_rss_mib():6.0f} MiB")


if __name__ == "__main__":
    main()
