"""Dyad relations: how two actors (or one and everyone) dealt with each other over time, and the
relation graph of all actors in a period.

Actors are rolled up to *units* (view ``actor_units``): a state is itself, a person or
organisation with a country stands for that country. Only asserted events count by default.
What is counted is events, not reports (migration 005): an event told by several articles is one
merged event (``dyad.store.merge``) and counts once, on the day, direction, QuadClass and
Goldstein score of its first report, and as asserted as soon as any article asserts it.
QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.

Both queries read pre-aggregated tables (migration 004): ``dyad_days`` holds the events of each
unit with each other unit per day, seen from both ends, sorted by (unit, other, day) so that one
pair's rows lie together; ``dyad_edges`` holds each unordered pair per day, sorted by day, for
the graph of a period. The writer adds every new batch's merged events in its own transaction
(``add_articles``); ``compact`` sums and re-sorts the rows appended since the last compaction
(``dyad ingest`` calls it at the end). A store whose ``events`` were filled by other means than
the writer is detected (``summarised``) and answered from ``events`` directly, more slowly, until
``rebuild`` is run on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from dyad.errors import InputError, StoreError
from dyad.store.bulk import insert_rows
from dyad.store.db import Store
from dyad.store.queries import date_range

PERIODS = ("day", "week", "month", "year")
ASSERTED = ("asserted",)
COMPACT_MIN_ROWS = 50_000  # an unsorted tail smaller than this (or a quarter of the table) stays


@dataclass(slots=True)
class Period:
    since: str | None = None  # YYYY-MM-DD
    until: str | None = None
    modalities: tuple[str, ...] | None = ASSERTED  # None: every modality


def resolve_unit(store: Store, name: str) -> str:
    """The unit an actor id, code or name stands for: 'PRK', 'Kim Jong-un' and 'kim-jong-un' give PRK."""
    row = store.con.execute(
        "SELECT u.unit FROM actors ac JOIN actor_units u ON u.actor_id = ac.id "
        "WHERE lower(ac.id) = lower(?) OR lower(ac.code) = lower(?) OR lower(ac.name) = lower(?) "
        "ORDER BY (ac.kind = 'state') DESC, ac.id LIMIT 1",
        [name, name, name],
    ).fetchone()
    if row is None:
        raise InputError(f"No actor called {name!r} in the store.", "List them with `dyad actors`.")
    return row[0]


def _filters(period: Period, day: str, modality: str) -> tuple[list[str], list]:
    """SQL conditions and parameters for a period; ``day`` and ``modality`` name the columns."""
    where, params = [], []
    if period.modalities:
        where.append(f"{modality} IN ({', '.join('?' * len(period.modalities))})")
        params += list(period.modalities)
    date_range(where, params, period, day)
    return where, params


_COUNTS = """
    {n} AS events, {n_from} AS from_actor, {n_to} AS to_actor,
    {n_q1} AS verbal_coop, {n_q2} AS material_coop, {n_q3} AS verbal_conflict, {n_q4} AS material_conflict,
    round(sum({gsum}), 2) AS goldstein_sum, round({gmean}, 2) AS goldstein_mean"""


def timeseries(
    store: Store, actor: str, other: str | None = None, by: str = "month", period: Period | None = None
) -> list[dict]:
    """Events between ``actor`` and ``other`` (or anyone but itself) per day/week/month/year."""
    if by not in PERIODS:
        raise InputError(f"Unknown period {by!r}.", f"Use one of: {', '.join(PERIODS)}.")
    a = resolve_unit(store, actor)
    b = resolve_unit(store, other) if other else None
    period = period or Period()
    if summarised(store):
        return _timeseries_from_days(store, a, b, by, period)
    return _timeseries_from_events(store, a, b, by, period)


def _timeseries_from_days(store: Store, a: str, b: str | None, by: str, period: Period) -> list[dict]:
    where, params = _filters(period, "day", "modality")
    where += ["day IS NOT NULL", "unit = ?", "other = ?" if b else "other <> ?"]
    params += [a, b or a]
    n = "CAST(coalesce(sum(events){}, 0) AS BIGINT)".format
    counts = _COUNTS.format(
        n=n(""),
        n_from=n(" FILTER (WHERE outgoing)"),
        n_to=n(" FILTER (WHERE NOT outgoing OR unit = other)"),
        **{f"n_q{q}": n(f" FILTER (WHERE quad_class = {q})") for q in range(1, 5)},
        gsum="goldstein_sum",
        gmean="sum(goldstein_sum) / nullif(sum(goldstein_n), 0)",
    )
    sql = f"""
        SELECT strftime(date_trunc('{by}', day), '%Y-%m-%d') AS period, {counts}
        FROM dyad_days WHERE {" AND ".join(where)} GROUP BY ALL HAVING sum(events) <> 0 ORDER BY period"""
    return store.query(sql, params)


_UNIT_EVENTS = """
    SELECT goldstein, quad_class, source_unit AS su, target_unit AS tu, day
    FROM dyad_event_units WHERE {where}"""


def _events_where(period: Period) -> tuple[list[str], list]:
    where, params = _filters(period, "day", "modality")
    return ["quad_class IS NOT NULL", *where], params


def _timeseries_from_events(store: Store, a: str, b: str | None, by: str, period: Period) -> list[dict]:
    where, params = _events_where(period)
    if b:
        where.append("((source_unit = ? AND target_unit = ?) OR (source_unit = ? AND target_unit = ?))")
        params += [a, b, b, a]
    else:
        where.append("(source_unit = ? OR target_unit = ?) AND source_unit <> target_unit")
        params += [a, a]
    counts = _COUNTS.format(
        n="count(*)",
        n_from="count(*) FILTER (WHERE su = ?)",
        n_to="count(*) FILTER (WHERE tu = ?)",
        **{f"n_q{q}": f"count(*) FILTER (WHERE quad_class = {q})" for q in range(1, 5)},
        gsum="goldstein",
        gmean="avg(goldstein)",
    )
    sql = f"""
        SELECT strftime(date_trunc('{by}', day), '%Y-%m-%d') AS period, {counts}
        FROM ({_UNIT_EVENTS.format(where=" AND ".join(where))}) WHERE day IS NOT NULL
        GROUP BY ALL ORDER BY period"""
    return store.query(sql, [a, a, *params])


def graph(store: Store, period: Period | None = None, min_events: int = 1) -> dict:
    """Nodes (units with event counts) and undirected edges with counts and cooperation balance."""
    period = period or Period()
    edges = (
        _edges_from_days(store, period, min_events)
        if summarised(store)
        else _edges_from_events(store, period, min_events)
    )
    for edge in edges:
        edge["balance"] = round((edge["cooperation"] - edge["conflict"]) / edge["events"], 3)
    return {"nodes": _nodes(store, edges), "edges": edges}


def _edges_from_days(store: Store, period: Period, min_events: int) -> list[dict]:
    where, params = _filters(period, "day", "modality")
    n = "CAST(coalesce(sum(events){}, 0) AS BIGINT)".format
    return store.query(
        f"""
        SELECT unit_a AS source, unit_b AS target, {n("")} AS events,
               {n(" FILTER (WHERE quad_class IN (1, 2))")} AS cooperation,
               {n(" FILTER (WHERE quad_class IN (3, 4))")} AS conflict,
               round(sum(goldstein_sum), 2) AS goldstein_sum
        FROM dyad_edges {"WHERE " + " AND ".join(where) if where else ""}
        GROUP BY ALL HAVING sum(events) >= ? ORDER BY events DESC, source, target""",
        [*params, min_events],
    )


def _edges_from_events(store: Store, period: Period, min_events: int) -> list[dict]:
    where, params = _events_where(period)
    return store.query(
        f"""
        SELECT least(su, tu) AS source, greatest(su, tu) AS target, count(*) AS events,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               round(sum(goldstein), 2) AS goldstein_sum
        FROM ({_UNIT_EVENTS.format(where=" AND ".join(where))}) WHERE su <> tu
        GROUP BY ALL HAVING count(*) >= ? ORDER BY events DESC, source, target""",
        [*params, min_events],
    )


# -- keeping the aggregates (migration 004) ---------------------------------------------------------
_DAY_ROWS = """
    SELECT unit, other, outgoing, day, quad_class, modality, count(*), count(goldstein), sum(goldstein)
    FROM dyad_event_ends {where} GROUP BY ALL"""
_EDGE_ROWS = """
    SELECT day, least(source_unit, target_unit), greatest(source_unit, target_unit), quad_class, modality,
           count(*), sum(goldstein)
    FROM dyad_event_units WHERE source_unit <> target_unit {also} GROUP BY ALL"""


def add_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Add newly stored (and merged) articles' events to the aggregates; runs inside the writer's
    transaction, after ``merge.merge_articles``, once per article.

    The aggregates count merged events (migration 005): a report that starts a merged event adds
    it; a report that joins one adds nothing, unless it is the first to assert an event counted
    so far as reported (or the like), which moves the event's count to 'asserted' (a row of -1
    under the old modality, +1 under the new; ``compact`` sums them away). A few small statements
    through the indexes per batch, whatever the size of the store.
    """
    if not article_ids:
        return
    marks = ", ".join("?" * len(article_ids))
    reports = con.execute(
        "SELECT merged_id, event_id, article_id, modality FROM event_sources WHERE merged_id IN "
        f"(SELECT merged_id FROM event_sources WHERE article_id IN ({marks}))",
        article_ids,
    ).fetchall()
    batch = set(article_ids)
    moves = _modality_moves(reports, batch)
    days, edges = _count_rows(con, moves)
    insert_rows(con, "dyad_days", days)
    insert_rows(con, "dyad_edges", edges)
    added = con.execute(f"SELECT count(*) FROM events WHERE article_id IN ({marks})", article_ids).fetchone()[0]
    con.execute("UPDATE dyad_summary SET events = events + ?", [added])


def counted_modality(merged_id: str, reports: list[tuple[str, str | None]]) -> str | None:
    """'asserted' when any report asserts the event, else the modality of its first report
    (the one the merged event is named after); ``reports`` are (event id, modality)."""
    if any(modality == "asserted" for _, modality in reports):
        return "asserted"
    return next((modality for event_id, modality in reports if f"m-{event_id}" == merged_id), None)


def _modality_moves(reports: list[tuple], batch: set[str]) -> dict[str, tuple]:
    """Merged id -> (modality counted before this batch or None when new, modality now), for the
    merged events whose count changes."""
    by_event: dict[str, list[tuple]] = {}
    for merged_id, event_id, article_id, modality in reports:
        by_event.setdefault(merged_id, []).append((event_id, article_id, modality))
    moves = {}
    for merged_id, rows in by_event.items():
        earlier = [(e, m) for e, a, m in rows if a not in batch]
        before = counted_modality(merged_id, earlier) if earlier else None
        now = counted_modality(merged_id, [(e, m) for e, _, m in rows])
        if before != now:
            moves[merged_id] = (before, now)
    return moves


def _count_rows(con, moves: dict[str, tuple]) -> tuple[list[tuple], list[tuple]]:
    """Rows of dyad_days and dyad_edges: -1 under the old modality, +1 under the new."""
    if not moves:
        return [], []
    marks = ", ".join("?" * len(moves))
    events = con.execute(
        f"SELECT id, source_unit, target_unit, event_date, quad_class, goldstein FROM merged_events "
        f"WHERE id IN ({marks}) AND quad_class IS NOT NULL AND source_unit IS NOT NULL AND target_unit IS NOT NULL",
        list(moves),
    ).fetchall()
    days, edges = [], []
    for merged_id, su, tu, day, quad, goldstein in events:
        before, now = moves[merged_id]
        for sign, modality in ((-1, before), (1, now)):
            if sign < 0 and before is None:
                continue
            weight = (sign, sign * int(goldstein is not None), None if goldstein is None else sign * goldstein)
            days.append((su, tu, True, day, quad, modality, *weight))
            if su != tu:
                days.append((tu, su, False, day, quad, modality, *weight))
                edges.append((day, min(su, tu), max(su, tu), quad, modality, sign, weight[2]))
    return days, edges


def summarised(store: Store) -> bool:
    """True when the aggregates hold every stored event (false for a store filled by plain SQL,
    or one opened read-only before migration 004)."""
    try:
        row = store.con.execute(
            "SELECT (SELECT events FROM dyad_summary) = (SELECT count(*) FROM events)"
        ).fetchone()
    except duckdb.CatalogException:
        return False
    return bool(row and row[0])


def compact(store: Store, force: bool = False) -> bool:
    """Sum and sort the aggregates when many rows were appended since the last compaction (or
    when ``force``); True when it did. Takes seconds on millions of rows; run it after an ingest."""
    con = store.con
    days, edges, sorted_days, sorted_edges = con.execute(
        "SELECT (SELECT count(*) FROM dyad_days), (SELECT count(*) FROM dyad_edges), sorted_days, sorted_edges "
        "FROM dyad_summary"
    ).fetchone()
    tail = max(days - sorted_days, edges - sorted_edges)
    if not force and (tail < COMPACT_MIN_ROWS or tail * 4 < max(days, edges)):
        return False
    _in_transaction(con, _resort)
    return True


def rebuild(store: Store) -> None:
    """Recompute the aggregates from ``events`` (for a store filled by other means than the writer)."""

    def recompute(con) -> None:
        con.execute("DELETE FROM dyad_days")
        con.execute("DELETE FROM dyad_edges")
        con.execute(f"INSERT INTO dyad_days {_DAY_ROWS.format(where='')}")
        con.execute(f"INSERT INTO dyad_edges {_EDGE_ROWS.format(also='')}")
        con.execute("UPDATE dyad_summary SET events = (SELECT count(*) FROM events)")
        _resort(con)

    _in_transaction(store.con, recompute)


_SORTED = {  # table: (its columns, summed by key; the order that keeps one query's rows together)
    "dyad_days": (
        "unit, other, outgoing, day, quad_class, modality, CAST(sum(events) AS BIGINT) AS events, "
        "CAST(sum(goldstein_n) AS BIGINT) AS goldstein_n, sum(goldstein_sum) AS goldstein_sum",
        "unit, other, day",
    ),
    "dyad_edges": (
        "day, unit_a, unit_b, quad_class, modality, CAST(sum(events) AS BIGINT) AS events, "
        "sum(goldstein_sum) AS goldstein_sum",
        "day, unit_a, unit_b",
    ),
}


def _resort(con) -> None:
    for table, (columns, order) in _SORTED.items():
        con.execute(
            f"CREATE TABLE {table}_sorted AS SELECT {columns} FROM {table} GROUP BY ALL "
            f"HAVING sum(events) <> 0 ORDER BY {order}"  # an event's count moved away sums to 0
        )
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {table}_sorted RENAME TO {table}")
    con.execute(
        "UPDATE dyad_summary SET sorted_days = (SELECT count(*) FROM dyad_days), "
        "sorted_edges = (SELECT count(*) FROM dyad_edges)"
    )


def _in_transaction(con, work) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        work(con)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"Could not update the dyad aggregates: {exc}") from exc


def _nodes(store: Store, edges: list[dict]) -> list[dict]:
    weight: dict[str, int] = {}
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            weight[end] = weight.get(end, 0) + edge["events"]
    if not weight:
        return []
    names = {
        r["id"]: r
        for r in store.query(
            f"SELECT id, name, kind FROM actors WHERE id IN ({', '.join('?' * len(weight))})", list(weight)
        )
    }
    return [
        {
            "id": unit,
            "name": names.get(unit, {}).get("name", unit),
            "kind": names.get(unit, {}).get("kind"),
            "events": n,
        }
        for unit, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
