"""Every setting: its name, default and help, in one table. Environment variables DYAD_<NAME>
override the defaults (e.g. DYAD_DB=/data/news.duckdb)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from functools import lru_cache

# (name, default, help) — the docs are generated from this table and a test checks them.
SETTINGS: list[tuple[str, object, str]] = [
    ("db", "dyad.duckdb", "The DuckDB file that ingest writes and queries read."),
    ("max_bytes", 20_000_000, "Largest input file read, in bytes; larger ones are refused as too large."),
    ("max_chars", 2_000_000, "Largest text analysed, in characters, after decoding."),
    ("batch_size", 16, "Documents per spaCy nlp.pipe batch."),
    ("doc_timeout", 30.0, "Seconds one stage may spend on one document before it is given up."),
    ("actors_file", "", "A YAML or CSV file of your own actors, added to the knowledge base."),
    ("fetch_timeout", 15.0, "Seconds allowed to fetch one URL."),
    ("fetch_max_bytes", 5_000_000, "Largest page fetched from a URL, in bytes."),
    ("merge_window_days", 3, "Reports of one event whose dates differ by at most this many days merge."),
    ("fetch_allow_hosts", "", "Comma-separated hosts that may be fetched even on local or private addresses."),
    ("api_token", "", "Bearer token the server's write endpoints require; empty: no writing."),
    ("max_request_bytes", 2_000_000, "Largest request body the server accepts, in bytes (else 413)."),
    ("ingest_timeout", 120.0, "Seconds a write request waits for its article to be analysed and stored."),
    ("cache_stale_seconds", 0.0, "Seconds the server may answer from a result older than the latest write while it recomputes it (for heavy ingest next to readers); 0: always exact."),
    ("ingest_queue", 64, "Write requests that may wait for the server's one writer (else 503)."),
    ("allowed_hosts", "", "Comma-separated host names the server answers to besides its address, localhost and IP addresses (other Host headers: 421, a guard against DNS rebinding)."),
    ("read_timeout", 30.0, "Seconds a client may take to send one request, headers and body (slower ones: 408, closed)."),
    ("feed_backoff", 300.0, "Seconds dyad watch waits before retrying a feed that failed; doubled after each failure in a row, up to 6 hours."),
]


@dataclass(frozen=True)
class Settings:
    db: str
    max_bytes: int
    max_chars: int
    batch_size: int
    doc_timeout: float
    actors_file: str
    fetch_timeout: float
    fetch_max_bytes: int
    merge_window_days: int
    fetch_allow_hosts: str
    api_token: str
    max_request_bytes: int
    ingest_timeout: float
    cache_stale_seconds: float
    ingest_queue: int
    allowed_hosts: str
    read_timeout: float
    feed_backoff: float


@lru_cache(maxsize=1)
def settings() -> Settings:
    values = {}
    for name, default, _help in SETTINGS:
        raw = os.environ.get(f"DYAD_{name.upper()}")
        values[name] = type(default)(raw) if raw is not None else default
    return Settings(**values)


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings)]
