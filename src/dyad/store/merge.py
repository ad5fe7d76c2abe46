"""Cross-article event merging: the same event reported by many articles becomes one merged event.

Each stored event (a *report*) is attached to one row of ``merged_events`` through
``event_sources``; the report keeps its own date, place, direction and modality there, so
details on which the articles disagree stay side by side instead of being dropped.

Blocking keeps the cost near-linear: a report is compared only with merged events of the same
block (the unordered pair of actor units, the CAMEO root and the polarity) whose day lies within
``window`` days of its own, found through an index. A unit is the actor rolled up to its state
when the actor is a person or organisation with a country (view ``actor_units``).

Merging is incremental and idempotent: reports already attached are skipped, so running it again
(or after every article) adds nothing twice.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import duckdb

from dyad.errors import StoreError
from dyad.store.db import Store

DEFAULT_WINDOW_DAYS = 3  # overridden by DYAD_MERGE_WINDOW_DAYS
NEGATED = {"negated"}
UNREAL = {"hypothetical", "conditional", "intended", "predicted"}

_REPORTS = """
    SELECT e.id, e.article_id, e.source, e.target, e.cameo, e.plover, e.goldstein, e.quad_class,
           e.modality, e.date_value, e.event_date, e.place_id, a.published,
           su.unit AS source_unit, tu.unit AS target_unit
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actor_units su ON su.actor_id = e.source
    LEFT JOIN actor_units tu ON tu.actor_id = e.target
    WHERE e.article_id = ?
    ORDER BY e.evidence_start, e.id"""

_CANDIDATE = """
    SELECT id FROM merged_events
    WHERE block = ? AND event_date BETWEEN ? AND ?
    ORDER BY abs(date_diff('day', event_date, CAST(? AS DATE))), id LIMIT 1"""

_COUNT = """
    UPDATE merged_events SET n_reports = n_reports + 1, n_articles = n_articles + ?,
        first_date = least(first_date, CAST(? AS DATE)), last_date = greatest(last_date, CAST(? AS DATE))
    WHERE id = ?"""


def window_days() -> int:
    """The merge window in days, from DYAD_MERGE_WINDOW_DAYS or the default."""
    raw = os.environ.get("DYAD_MERGE_WINDOW_DAYS")
    return int(raw) if raw else DEFAULT_WINDOW_DAYS


def polarity(modality: str | None) -> str:
    """A denied event never merges with one that happened, nor a planned one with either."""
    if modality in NEGATED:
        return "neg"
    return "unreal" if modality in UNREAL else "fact"


def block_key(report: dict) -> str:
    pair = "|".join(sorted([report["source_unit"] or "-", report["target_unit"] or "-"]))
    return f"{pair}|{(report['cameo'] or '')[:2]}|{polarity(report['modality'])}"


def report_day(report: dict) -> date | None:
    return report["event_date"] or report["published"]


def merge_article(con: duckdb.DuckDBPyConnection, article_id: str, window: int | None = None) -> int:
    """Attach every unmerged event of one article; runs inside the caller's transaction.

    About two statements per event and three per article. Returns the number of reports
    attached (0 when the article was merged already).
    """
    window = window_days() if window is None else window
    earlier = con.execute("SELECT event_id, merged_id FROM event_sources WHERE article_id = ?", [article_id])
    done = dict(earlier.fetchall())
    touched = set(done.values())  # merged events this article already counts for
    reports = [r for r in _rows(con, _REPORTS, [article_id]) if r["id"] not in done]
    links = []
    for report in reports:
        merged_id = _find(con, report, window)
        if merged_id is None:
            merged_id = _found(con, report)
        else:
            _count(con, merged_id, report, new_article=merged_id not in touched)
        touched.add(merged_id)
        links.append(_source_row(merged_id, report))
    _insert_sources(con, links)
    return len(reports)


def merge_pending(store: Store, window: int | None = None) -> int:
    """Merge every article that has unmerged events, one transaction per article."""
    pending = store.con.execute(
        "SELECT DISTINCT article_id FROM events WHERE id NOT IN (SELECT event_id FROM event_sources) "
        "ORDER BY article_id"
    ).fetchall()
    attached = 0
    for (article_id,) in pending:
        attached += _merge_in_transaction(store.con, article_id, window)
    return attached


def _merge_in_transaction(con, article_id: str, window: int | None) -> int:
    con.execute("BEGIN TRANSACTION")
    try:
        attached = merge_article(con, article_id, window)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"Could not merge the events of article {article_id}: {exc}") from exc
    return attached


def _find(con, report: dict, window: int) -> str | None:
    day = report_day(report)
    if day is None:
        return None
    lo, hi = day - timedelta(days=window), day + timedelta(days=window)
    row = con.execute(_CANDIDATE, [block_key(report), lo, hi, day]).fetchone()
    return row[0] if row else None


def _found(con, r: dict) -> str:
    merged_id, day = f"m-{r['id']}", report_day(r)
    con.execute(
        "INSERT INTO merged_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)",
        [merged_id, block_key(r), (r["cameo"] or "")[:2] or None, r["cameo"], r["plover"], r["source"],
         r["target"], r["source_unit"], r["target_unit"], r["goldstein"], r["quad_class"], day, day, day],
    )  # fmt: skip
    return merged_id


def _count(con, merged_id: str, r: dict, new_article: bool) -> None:
    day = report_day(r)
    con.execute(_COUNT, [int(new_article), day, day, merged_id])


def _source_row(merged_id: str, r: dict) -> list:
    return [merged_id, r["id"], r["article_id"], r["source"], r["target"], r["cameo"], r["modality"],
            r["date_value"], r["event_date"], r["place_id"], r["published"]]  # fmt: skip


def _insert_sources(con, rows: list[list]) -> None:
    """All of an article's links in one statement."""
    if not rows:
        return
    marks = ", ".join(["(" + ", ".join("?" * len(rows[0])) + ")"] * len(rows))
    con.execute(f"INSERT INTO event_sources VALUES {marks}", [v for row in rows for v in row])


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
