"""Parquet or CSV tables: one analyst-ready ``events`` table (names, codes, dates, evidence, URL,
outlet, one row per report), and the raw tables of the store under ``raw/`` (articles, actors,
mentions, events, quotes, times, places, ...). Internal tables (the dyad aggregates, the schema
version) are not written. With filters, the events table and the raw ``events`` hold the matching
events only, and the other raw tables are written whole."""

from __future__ import annotations

from pathlib import Path

from dyad.store.db import Store
from dyad.store.queries import Filters, event_filters

INTERNAL = {"dyad_days", "dyad_edges", "dyad_summary", "schema_version"}

ANALYST_EVENTS = """
    SELECT e.id, coalesce(e.date_start, e.event_date, a.published) AS date,
           coalesce(e.date_end, e.event_date, a.published) AS date_end, e.date_value AS date_as_written,
           e.date_precision, src.name AS source, e.source AS source_id, src.code AS source_code,
           src.country AS source_country, e.cameo, e.plover, e.goldstein, e.quad_class, e.modality,
           tgt.name AS target, e.target AS target_id, tgt.code AS target_code, tgt.country AS target_country,
           pl.name AS place, pl.country AS place_country, pl.lat, pl.lon, pl.geonameid,
           e.trigger_text AS trigger,
           substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
           e.evidence_start, e.evidence_end, es.merged_id, e.article_id, a.title AS article_title,
           a.outlet, a.url, a.published
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors src ON src.id = e.source LEFT JOIN actors tgt ON tgt.id = e.target
    LEFT JOIN places pl ON pl.id = e.place_id LEFT JOIN event_sources es ON es.event_id = e.id
    WHERE {where} ORDER BY date, e.id"""


def planned(store: Store, out: Path, fmt: str) -> list[Path]:
    """The files ``write`` would write."""
    return [out / f"events.{fmt}"] + [out / "raw" / f"{name}.{fmt}" for name in raw_tables(store)]


def raw_tables(store: Store) -> list[str]:
    names = store.con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                              "ORDER BY table_name").fetchall()
    return [n for (n,) in names if n not in INTERNAL]


def write(store: Store, out: Path, fmt: str, filters: Filters | None = None) -> str:
    (out / "raw").mkdir(parents=True, exist_ok=True)
    where, params = event_filters(filters or Filters(limit=None))
    _copy(store, ANALYST_EVENTS.format(where=" AND ".join(where)), params, out / f"events.{fmt}", fmt)
    for name in raw_tables(store):
        sql = f'SELECT * FROM "{name}"'
        args: list = []
        if name == "events" and filters:
            sql = (f"SELECT e.* FROM events e JOIN articles a ON a.id = e.article_id "
                   f"WHERE {' AND '.join(where)} ORDER BY e.id")
            args = params
        _copy(store, sql, args, out / "raw" / f"{name}.{fmt}", fmt)
    count = store.con.execute(f"SELECT count(*) FROM ({ANALYST_EVENTS.format(where=' AND '.join(where))})",
                              params).fetchone()[0]
    return f"Wrote events.{fmt} ({count} events) and {len(raw_tables(store))} raw table(s) to {out}/"


def _copy(store: Store, sql: str, params: list, path: Path, fmt: str) -> None:
    option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
    target = str(path).replace("'", "''")  # COPY takes no parameter for its path
    if params:  # COPY takes no parameters either: stage the rows in a temporary view of a prepared query
        rows = store.con.sql(sql, params=params).to_arrow_table()  # a relation: no extra copy
        store.con.register("_dyad_export", rows)
        try:
            store.con.execute(f"COPY (SELECT * FROM _dyad_export) TO '{target}' {option}")
        finally:
            store.con.unregister("_dyad_export")
        return
    store.con.execute(f"COPY ({sql}) TO '{target}' {option}")
