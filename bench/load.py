"""Load test of `dyad serve`: reads under concurrency while articles are ingested through the API.

    .venv/bin/python bench/load.py [--events 100000] [--seconds 60] [--clients 8] [--db PATH]

1. Builds (once; --rebuild to redo) a store with the real schema filled by DuckDB SQL over
   ``range()``: 200 states and 1,800 people and organisations belonging to them, one article per
   5 events (texts cycled from the sample corpus, dates over two years), N events between actors
   drawn with a skew (a few dominate, as in the news), two mentions per event, quotes, times,
   places and place mentions, and one merged event per event, so nothing waits to be merged.
2. Starts `dyad serve` on 127.0.0.1 (a free port) in a subprocess, with a random api_token.
3. For --seconds, one client posts the sample articles (with fresh ids) to POST /api/ingest, one
   after the other, while --clients threads hit the read endpoints (events with filters, dyads,
   graph, quotes, actors, one article) as fast as they are answered.
4. Prints requests/s, p50/p99 latency and errors per endpoint and overall (goal: p99 < 200 ms,
   no errors). Only loopback traffic.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from importlib import resources
from pathlib import Path

import httpx
from common import machine

from dyad.store import Store, dyads

STATES, OTHERS = 200, 1800
FILL = """
CREATE TEMP TABLE sample AS SELECT row_number() OVER () - 1 AS k, text, title FROM read_json_auto(?);
INSERT INTO actors SELECT 'S' || lpad(i::VARCHAR, 3, '0'), 'State ' || i, 'state', NULL, NULL,
       'S' || lpad(i::VARCHAR, 3, '0'), NULL FROM range(200) t(i);
INSERT INTO actors SELECT 'P' || i, CASE WHEN i % 4 = 0 THEN 'Organisation ' ELSE 'Person ' END || i,
       CASE WHEN i % 4 = 0 THEN 'organization' ELSE 'person' END,
       'S' || lpad(floor(200 * pow((hash(i) % 10007) / 10007.0, 2))::INTEGER::VARCHAR, 3, '0'),
       NULL, NULL, NULL FROM range(1800) t(i);
CREATE TEMP TABLE pick AS SELECT i AS n, CASE WHEN s < 200 THEN 'S' || lpad(s::VARCHAR, 3, '0')
       ELSE 'P' || (s - 200) END AS actor
       FROM (SELECT i, floor(2000 * pow((hash(i * 31) % 1000003) / 1000003.0, 3))::INTEGER AS s
             FROM range(? * 3) r(i));
INSERT INTO articles SELECT 'a' || i, 'https://example.org/news/' || i, s.title || ' (' || i || ')',
       'Outlet ' || (i % 40), DATE '2022-01-01' + (hash(i) % 730)::INTEGER, s.text, '[]', '[]',
       'synthetic', 'none', current_timestamp
       FROM range(? // 5) t(i) JOIN sample s ON s.k = i % (SELECT count(*) FROM sample);
INSERT INTO events
SELECT 'e' || i, 'a' || (i // 5), src.actor, tgt.actor, c.cameo, c.plover, c.goldstein, c.quad,
       CASE WHEN i % 10 < 7 THEN 'asserted' WHEN i % 10 = 7 THEN 'reported' WHEN i % 10 = 8 THEN 'negated'
            ELSE 'predicted' END,
       strftime(a.published - (i % 3)::INTEGER, '%Y-%m-%d'), 'day', a.published - (i % 3)::INTEGER,
       CASE WHEN i % 3 = 0 THEN 'pl' || (hash(i) % 300) END,
       40 * (i % 5), 40 * (i % 5) + 160, 40 * (i % 5) + 20, 40 * (i % 5) + 26, 'talked', 0.5 + (i % 5) / 10
FROM range(?) r(i)
JOIN pick src ON src.n = 3 * i JOIN pick tgt ON tgt.n = 3 * i + 1
JOIN articles a ON a.id = 'a' || (i // 5)
JOIN (VALUES ('010', 'AGREE', 0.0, 1), ('036', 'CONSULT', 4.0, 1), ('040', 'CONSULT', 1.0, 1),
             ('043', 'CONSULT', 2.8, 1), ('051', 'SUPPORT', 3.4, 1), ('070', 'AID', 7.0, 2),
             ('112', 'ACCUSE', -2.0, 3), ('122', 'REQUEST', -2.0, 3), ('130', 'THREATEN', -4.4, 3),
             ('173', 'COERCE', -5.0, 4), ('190', 'ASSAULT', -10.0, 4), ('020', 'REQUEST', 3.0, 1))
     c(cameo, plover, goldstein, quad) ON c.cameo = ['010', '036', '040', '040', '043', '051', '070', '112',
                                                     '122', '130', '173', '190', '020'][(1 + hash(i) % 13)::BIGINT]
WHERE src.actor <> tgt.actor;
INSERT INTO mentions SELECT article_id, source, evidence_start, evidence_start + 8, 'Someone', false FROM events
       UNION ALL SELECT article_id, target, evidence_start + 40, evidence_start + 48, 'Somebody', false FROM events;
INSERT INTO article_actors SELECT DISTINCT article_id, actor_id, '[]', '[]' FROM mentions;
INSERT INTO quotes SELECT 'a' || (i % (? // 5)), 300, 420, substr(s.text, 301, 120), i % 2 = 0, false,
       p.actor, 280, 290, 'said', NULL
       FROM range(? // 3) r(i) JOIN pick p ON p.n = 3 * i + 2
       JOIN sample s ON s.k = (i % (? // 5)) % (SELECT count(*) FROM sample);
INSERT INTO times SELECT article_id, evidence_start + 100, evidence_start + 107, 'Tuesday', date_value, 'day'
       FROM events WHERE hash(id) % 2 = 0;
INSERT INTO places SELECT 'pl' || i, 'Place ' || i, 'S' || lpad((i % 200)::VARCHAR, 3, '0'),
       (hash(i) % 18000) / 100.0 - 90, (hash(i * 7) % 36000) / 100.0 - 180, 'city', NULL FROM range(300) t(i);
INSERT INTO place_mentions SELECT article_id, place_id, evidence_start + 60, evidence_start + 66, 'Placet'
       FROM events WHERE place_id IS NOT NULL;
INSERT INTO merged_events
SELECT 'm-' || e.id, least(su.unit, tu.unit) || '|' || greatest(su.unit, tu.unit) || '|' || left(e.cameo, 2)
       || '|' || CASE e.modality WHEN 'negated' THEN 'neg' WHEN 'predicted' THEN 'unreal' ELSE 'fact' END,
       left(e.cameo, 2), e.cameo, e.plover, e.source, e.target, su.unit, tu.unit, e.goldstein, e.quad_class,
       e.event_date, e.event_date, e.event_date, 1, 1
FROM events e JOIN actor_units su ON su.actor_id = e.source JOIN actor_units tu ON tu.actor_id = e.target;
INSERT INTO event_sources SELECT 'm-' || e.id, e.id, e.article_id, e.source, e.target, e.cameo, e.modality,
       e.date_value, e.event_date, e.place_id, a.published FROM events e JOIN articles a ON a.id = e.article_id
"""


def sample_path() -> Path:
    return Path(str(resources.files("dyad.data").joinpath("sample/articles.jsonl")))


def sample_records() -> list[dict]:
    return [
        json.loads(line) for line in sample_path().read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def build(db: Path, events: int) -> float:
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(db) as store:
        for statement in FILL.strip().split(";\n"):
            marks = statement.count("?")
            params = [str(sample_path())] if "read_json_auto" in statement else [events] * marks
            store.con.execute(statement, params)
        dyads.rebuild(store)  # the dyad and graph summaries the writer keeps for ingested articles
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, token: str, log: Path) -> subprocess.Popen:
    env = {**os.environ, "DYAD_API_TOKEN": token}
    command = [
        sys.executable,
        "-m",
        "dyad.cli",
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"dyad serve exited with {server.returncode}; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/actors.json?limit=1", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"dyad serve did not answer within 120 s; see {log}")


def read_requests(articles: int) -> list[tuple[str, str, dict]]:
    """(endpoint name, path, params) with weights by repetition."""
    return [
        ("events", "/events.json", {}),
        ("events?actor", "/events.json", {"actor": "S001"}),
        ("events?actor", "/events.json", {"actor": "Person 7"}),
        ("events?pair", "/events.json", {"pair": "S000,S002"}),
        (
            "events?code+modality",
            "/events.json",
            {"code": "04", "modality": "asserted", "sort": "-goldstein"},
        ),
        ("events?period", "/events.json", {"since": "2022-06-01", "until": "2022-08-31", "offset": 100}),
        ("events?q", "/events.json", {"q": "president"}),
        ("dyads", "/dyads.json", {"actor": "S000", "other": "S001", "by": "month"}),
        ("dyads", "/dyads.json", {"actor": "S003", "by": "week"}),
        ("graph", "/graph.json", {}),
        ("graph", "/graph.json", {"since": "2023-01-01", "modality": "any", "min_events": 3}),
        ("quotes", "/quotes.json", {}),
        ("quotes", "/quotes.json", {"actor": "S000"}),
        ("actors", "/actors.json", {}),
        ("actors", "/actors.json", {"q": "Person 1", "sort": "name"}),
        ("article", "/articles/{id}.json", {}),
        ("article", "/articles/{id}.json", {}),
    ]


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []

    def add(self, name: str, seconds: float, ok: bool, why: str = "") -> None:
        with self.lock:
            self.times[name].append(seconds)
            if not ok:
                self.errors[name] += 1
                if len(self.samples) < 5:
                    self.samples.append(f"{name}: {why[:200]}")


def reader(base: str, stop: float, tally: Tally, articles: int, seed: int) -> None:
    rng = random.Random(seed)
    plan = read_requests(articles)
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.monotonic() < stop:
            name, path, params = rng.choice(plan)
            path = path.replace("{id}", f"a{rng.randrange(articles)}")
            _timed(tally, name, lambda p=path, q=params: client.get(p, params=q))


def ingester(base: str, stop: float, tally: Tally, token: str, records: list[dict]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120, headers=headers) as client:
        n = 0
        while time.monotonic() < stop:
            record = records[n % len(records)]
            body = {k: record[k] for k in ("text", "title", "published", "outlet") if record.get(k)}
            body["id"] = f"load-{os.getpid()}-{n}"
            _timed(tally, "POST /api/ingest", lambda b=body: client.post("/api/ingest", json=b))
            n += 1


def _timed(tally: Tally, name: str, call) -> None:
    start = time.perf_counter()
    try:
        response = call()
        ok, why = response.status_code == 200, f"{response.status_code} {response.text}"
    except httpx.HTTPError as exc:
        ok, why = False, repr(exc)
    tally.add(name, time.perf_counter() - start, ok, why)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(tally: Tally, seconds: float) -> list[str]:
    lines = [
        "| endpoint | requests | req/s | p50 ms | p99 ms | max ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    reads: list[float] = []
    for name in sorted(tally.times, key=lambda n: (n.startswith("POST"), n)):
        times = tally.times[name]
        if not name.startswith("POST"):
            reads += times
        lines.append(_row(name, times, tally.errors[name], seconds))
    errors = sum(n for name, n in tally.errors.items() if not name.startswith("POST"))
    lines.append(_row("**all reads**", reads, errors, seconds))
    return lines


def _row(name: str, times: list[float], errors: int, seconds: float) -> str:
    return (
        f"| {name} | {len(times)} | {len(times) / seconds:.1f} | {pct(times, 0.5):.1f} | "
        f"{pct(times, 0.99):.1f} | {1000 * max(times):.1f} | {errors} |"
    )


def warm(base: str, token: str, records: list[dict], articles: int) -> None:
    """One of each read and one ingest (it starts the server's analysis worker) before the clock."""
    with httpx.Client(base_url=base, timeout=120) as client:
        for _name, path, params in read_requests(articles):
            client.get(path.replace("{id}", "a0"), params=params).raise_for_status()
        body = {"text": records[0]["text"], "id": f"warm-{os.getpid()}"}
        client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {token}"}).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0, help="Length of the run (at most 120).")
    parser.add_argument("--clients", type=int, default=8, help="Concurrent read clients.")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "dyad-bench-load.duckdb")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--no-ingest", action="store_true", help="Reads only (to tell their cost from the ingest's)."
    )
    args = parser.parse_args()
    seconds = min(args.seconds, 120.0)
    if args.rebuild or not args.db.exists():
        print(f"building {args.events:,} events into {args.db} ...", flush=True)
        print(f"  built in {build(args.db, args.events):.1f} s", flush=True)
    with Store(args.db, read_only=True) as store:
        counts = {
            t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events")
        }
        # the synthetic articles a0 .. aN-1 (articles ingested by earlier runs have other ids)
        counts["articles"] = store.con.execute(
            "SELECT count(*) FROM articles WHERE regexp_full_match(id, 'a[0-9]+')").fetchone()[0]
    token, port = secrets.token_urlsafe(24), free_port()
    log = args.db.with_suffix(".serve.log")
    server = start_server(args.db, port, token, log)
    base = f"http://127.0.0.1:{port}"
    records = sample_records()
    try:
        warm(base, token, records, counts["articles"])
        tally = Tally()
        stop = time.monotonic() + seconds
        threads = (
            []
            if args.no_ingest
            else [threading.Thread(target=ingester, args=(base, stop, tally, token, records))]
        )
        threads += [
            threading.Thread(target=reader, args=(base, stop, tally, counts["articles"], seed))
            for seed in range(args.clients)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"\n{machine()}")
    print(
        f"store: {counts['events']:,} events in {counts['articles']:,} articles; {args.clients} read clients "
        f"and {0 if args.no_ingest else 1} ingest client for {elapsed:.0f} s against dyad serve on 127.0.0.1\n"
    )
    print("\n".join(report(tally, elapsed)))
    if tally.samples:
        print("\nerrors, first few:\n  " + "\n  ".join(tally.samples))
    reads = [t for name, ts in tally.times.items() if not name.startswith("POST") for t in ts]
    print(
        f"\ngoal p99 < 200 ms with no errors: {'met' if pct(reads, 0.99) < 200 and not tally.samples else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
