"""Query speed on a large store: a dyad time series and the relation graph over 10 M events.

    .venv/bin/python bench/queries.py [--events 10000000] [--db /tmp/dyad-bench-queries.duckdb]

Builds (once; --rebuild to redo) a store with the real schema filled by DuckDB SQL over
``range()``: 200 states, 800 people and organisations belonging to them, 1 M articles over
25 years and N events between actors drawn with a skew (a few states dominate, as in the news).
The dyad aggregates (migration 004) are then rebuilt from the events and sorted
(``dyads.rebuild``), as the writer would have kept them. Then times, warm, the median of 5 runs of:
  dyad time series  dyad.store.dyads.timeseries(store, A, B, by="month"): events per month and
                    QuadClass for the busiest pair of states (goal: < 100 ms)
  one against all   dyad.store.dyads.timeseries(store, A, by="week")
  relation graph    dyad.store.dyads.graph(store, Period(one year)) and over all years
and, for comparison, the same series and graph read from ``events`` (the path taken by a store
whose aggregates are not up to date).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from common import machine

from dyad.store import Store, dyads
from dyad.store.dyads import Period, graph, timeseries

FILL = """
INSERT INTO actors SELECT 'S' || lpad(i::VARCHAR, 3, '0'), 'State ' || i, 'state', NULL, NULL,
       'S' || lpad(i::VARCHAR, 3, '0'), NULL FROM range(200) t(i);
INSERT INTO actors SELECT 'P' || i, 'Person ' || i, CASE WHEN i % 4 = 0 THEN 'organization' ELSE 'person' END,
       'S' || lpad((i % 200)::VARCHAR, 3, '0'), NULL, NULL, NULL FROM range(800) t(i);
INSERT INTO articles (id, published, text) SELECT 'a' || i, DATE '2000-01-01' + (i % 9131)::INTEGER, 'x'
       FROM range(1000000) t(i);
INSERT INTO events
SELECT 'e' || i, 'a' || (i % 1000000),
       CASE WHEN s < 200 THEN 'S' || lpad(s::VARCHAR, 3, '0') ELSE 'P' || (s - 200) END,
       CASE WHEN t < 200 THEN 'S' || lpad(t::VARCHAR, 3, '0') ELSE 'P' || (t - 200) END,
       lpad((1 + i % 20)::VARCHAR, 2, '0'), NULL, (i % 21) - 10.0, 1 + (i % 20) // 5,
       CASE WHEN i % 10 = 0 THEN 'reported' ELSE 'asserted' END,
       NULL, NULL, CASE WHEN i % 3 = 0 THEN NULL ELSE DATE '2000-01-01' + ((i * 7) % 9131)::INTEGER END,
       NULL, 0, 10, NULL, NULL, NULL, 0.5
FROM (SELECT i, floor(1000 * pow((hash(i) % 1000003) / 1000003.0, 3))::INTEGER AS s,
             floor(1000 * pow((hash(i + 7919) % 1000003) / 1000003.0, 3))::INTEGER AS t
      FROM range(?) r(i));
"""


def build(db: Path, events: int) -> float:
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(db) as store:
        for statement in FILL.strip().split(";\n"):
            store.con.execute(statement, [events] if "range(?)" in statement else [])
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - start


def aggregate(db: Path) -> float:
    """Fill the dyad aggregates from the events, as the writer keeps them, and sort them."""
    start = time.perf_counter()
    with Store(db) as store:
        dyads.rebuild(store)
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - start


def median_ms(fn, runs: int = 5) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dyad-bench-queries.duckdb"))
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    if args.rebuild or not args.db.exists():
        print(f"built {args.db} with {args.events:,} events in {build(args.db, args.events):.1f} s")
    with Store(args.db, read_only=True) as store:
        fresh = dyads.summarised(store)
    if not fresh:
        print(f"dyad aggregates rebuilt and sorted in {aggregate(args.db):.1f} s")
    with Store(args.db, read_only=True) as store:
        n = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        a, b = store.con.execute(
            "SELECT source, target FROM events WHERE source LIKE 'S%' AND target LIKE 'S%' AND source <> target "
            "GROUP BY ALL ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        series = timeseries(store, a, b, by="month")
        print(
            f"store: {n:,} events; pair {a}-{b}: {sum(r['events'] for r in series):,} events "
            f"over {len(series)} months\n"
        )
        year = Period(since="2010-01-01", until="2010-12-31")
        for label, fn in (
            (f"dyad time series {a}-{b} by month", lambda: timeseries(store, a, b, by="month")),
            ("relation graph, one year", lambda: graph(store, year)),
            ("relation graph, all years", lambda: graph(store)),
            (f"one against all {a} by week", lambda: timeseries(store, a, by="week")),
        ):
            print(f"{label:38} {median_ms(fn):8.1f} ms (median of 5, warm)")
        rows = store.con.execute(
            "SELECT (SELECT count(*) FROM dyad_days), (SELECT count(*) FROM dyad_edges)"
        ).fetchone()
        print(f"\naggregates: {rows[0]:,} rows by unit and day, {rows[1]:,} by pair and day")
        print("read from events instead (aggregates bypassed):")
        for label, fn in (
            (
                "dyad time series, from events",
                lambda: dyads._timeseries_from_events(store, a, b, "month", Period()),
            ),
            ("relation graph one year, from events", lambda: dyads._edges_from_events(store, year, 1)),
        ):
            print(f"{label:38} {median_ms(fn, runs=3):8.1f} ms (median of 3, warm)")


if __name__ == "__main__":
    main()
