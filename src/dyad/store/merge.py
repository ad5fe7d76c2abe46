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
from dyad.store.bulk import insert_rows
from dyad.store.db import Store
from dyad.store.syndication import recount

DEFAULT_WINDOW_DAYS = 3  # overridden by DYAD_MERGE_WINDOW_DAYS
NEGATED = {"negated"}
UNREAL = {"hypothetical", "conditional", "intended", "predicted"}

_REPORTS = """
    SELECT e.id, e.article_id, e.source, e.target, e.cameo, e.plover, e.goldstein, e.quad_class,
           e.modality, e.date_value, e.event_date, e.place_id, a.published,
           su.unit AS source_unit, tu.unit AS target_unit, e.evidence_start
    FROM (SELECT * FROM events WHERE article_id IN ({marks})) e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN actor_units su ON su.actor_id = e.source
    LEFT JOIN actor_units tu ON tu.actor_id = e.target"""

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
    """Attach every unmerged event of one article; runs inside the caller's transaction."""
    return merge_articles(con, [article_id], window)


def merge_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str], window: int | None = None) -> int:
    """Attach every unmerged event of these articles, as if merged one article after the other
    in this order; runs inside the caller's transaction.

    A fixed handful of statements per call, whatever the number of articles and events: their
    reports, the merged events of their blocks within the window, then one write each for new
    merged events, updated counts and the links. Returns the number of reports attached (0 when
    the articles were merged already).
    """
    if not article_ids:
        return 0
    window = window_days() if window is None else window
    marks = ", ".join("?" * len(article_ids))
    touched: dict[str, set[str]] = {}
    for article_id, event_id, merged_id in con.execute(
        f"SELECT article_id, event_id, merged_id FROM event_sources WHERE article_id IN ({marks})", article_ids
    ).fetchall():
        touched.setdefault(article_id, set()).add(merged_id)
        touched.setdefault("", set()).add(event_id)
    done = touched.pop("", set())
    order = {article_id: i for i, article_id in enumerate(article_ids)}
    reports = [r for r in _rows(con, _REPORTS.format(marks=marks), article_ids) if r["id"] not in done]
    if not reports:
        return 0
    reports.sort(key=lambda r: (order[r["article_id"]], r["evidence_start"], r["id"]))
    plan = Plan(_candidates(con, reports, window), window, touched)
    for report in reports:
        plan.attach(report)
    _write(con, plan)
    return len(reports)


class Plan:
    """Where each report goes: an existing merged event or a new one."""

    def __init__(self, candidates: list[tuple[str, str, date]], window: int, touched: dict[str, set[str]]):
        self.by_block: dict[str, list[tuple[str, date]]] = {}
        for merged_id, block, day in candidates:
            self.by_block.setdefault(block, []).append((merged_id, day))
        self.window = window
        self.touched = touched  # article id -> merged events that article already counts for
        self.new: list[list] = []
        self.counts: dict[str, list] = {}  # merged id -> [reports, articles, first day, last day]
        self.links: list[list] = []

    def attach(self, report: dict) -> None:
        day, block = report_day(report), block_key(report)
        touched = self.touched.setdefault(report["article_id"], set())
        merged_id = self.nearest(block, day)
        if merged_id is None:
            merged_id = f"m-{report['id']}"
            self.new.append(_merged_row(merged_id, report, day))
            if day is not None:
                self.by_block.setdefault(block, []).append((merged_id, day))
        else:
            count = self.counts.setdefault(merged_id, [0, 0, day, day])
            count[0] += 1
            count[1] += int(merged_id not in touched)
            count[2], count[3] = _least(count[2], day), _greatest(count[3], day)
        touched.add(merged_id)
        self.links.append(_source_row(merged_id, report))

    def nearest(self, block: str, day: date | None) -> str | None:
        if day is None:
            return None
        near = [(abs((d - day).days), mid) for mid, d in self.by_block.get(block, [])
                if d is not None and abs((d - day).days) <= self.window]
        return min(near)[1] if near else None


def _candidates(con, reports: list[dict], window: int) -> list[tuple[str, str, date]]:
    days = [d for d in map(report_day, reports) if d is not None]
    if not days:
        return []
    blocks = sorted({block_key(r) for r in reports})
    lo, hi = min(days) - timedelta(days=window), max(days) + timedelta(days=window)
    marks = ", ".join("?" * len(blocks))
    return con.execute(
        f"SELECT id, block, event_date FROM merged_events WHERE block IN ({marks}) AND event_date BETWEEN ? AND ?",
        [*blocks, lo, hi],
    ).fetchall()


def _write(con, plan: Plan) -> None:
    if plan.new:
        insert_rows(con, "merged_events", plan.new)
    if plan.counts:
        rows = [[mid, *c] for mid, c in plan.counts.items()]
        marks = ", ".join(["(?, ?, ?, CAST(? AS DATE), CAST(? AS DATE))"] * len(rows))
        con.execute(
            f"""UPDATE merged_events m SET n_reports = m.n_reports + u.r, n_articles = m.n_articles + u.a,
                first_date = least(m.first_date, u.f), last_date = greatest(m.last_date, u.l)
                FROM (VALUES {marks}) AS u(id, r, a, f, l) WHERE m.id = u.id""",
            [v for row in rows for v in row],
        )
    insert_rows(con, "event_sources", plan.links)


def _merged_row(merged_id: str, r: dict, day: date | None) -> list:
    return [merged_id, block_key(r), (r["cameo"] or "")[:2] or None, r["cameo"], r["plover"], r["source"],
            r["target"], r["source_unit"], r["target_unit"], r["goldstein"], r["quad_class"], day, day, day,
            1, 1, 1, 1]  # fmt: skip (num_articles and num_sources: set by syndication.recount)


def _least(a, b):
    return b if a is None else a if b is None else min(a, b)


def _greatest(a, b):
    return b if a is None else a if b is None else max(a, b)


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
        recount(con, [article_id])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"Could not merge the events of article {article_id}: {exc}") from exc
    return attached


def _source_row(merged_id: str, r: dict) -> list:
    return [merged_id, r["id"], r["article_id"], r["source"], r["target"], r["cameo"], r["modality"],
            r["date_value"], r["event_date"], r["place_id"], r["published"]]  # fmt: skip


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
