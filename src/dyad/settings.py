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
    ("fetch_allow_hosts", "", "Comma-separated hosts that may be fetched even on local or private addresses."),
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
    fetch_allow_hosts: str


@lru_cache(maxsize=1)
def settings() -> Settings:
    values = {}
    for name, default, _help in SETTINGS:
        raw = os.environ.get(f"DYAD_{name.upper()}")
        values[name] = type(default)(raw) if raw is not None else default
    return Settings(**values)


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings)]
