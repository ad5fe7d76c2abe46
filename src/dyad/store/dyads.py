"""Dyad relations: how two actors (or one and everyone) dealt with each other over time, and the
relation graph of all actors in a period.

Actors are rolled up to *units* (view ``actor_units``): a state is itself, a person or
organisation with a country stands for that country. Only asserted events count by default.
QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.

Both queries read pre-aggregated tables (migration 004): ``dyad_days`` holds the events of each
unit with each other unit per day, seen from both ends, sorted by (unit, other, day) so that one
pair's rows lie together; ``dyad_edges`` holds each unordered pair per day, sorted by day, for
the graph of a period. The writer adds every new article's events in its own transaction
(``add_article``); ``compact`` sums and re-sorts the rows appended since the last compaction
(``dyad ingest`` calls it at the end). A store whose ``events`` were filled by other means than
the writer is detected (``summarised``) and answered from ``events`` directly, more slowly, until
``rebuild`` is run on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from dyad.errors import InputError, StoreError
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
        FROM dyad_days WHERE {" AND ".join(where)} GROUP BY ALL ORDER BY period"""
    return store.query(sql, params)


_UNIT_EVENTS = """
    SELECT e.id, e.goldstein, e.quad_class, su.unit AS su, tu.unit AS tu,
           coalesce(e.event_date, a.published) AS day
    FROM events e JOIN articles a ON a.id = e.article_id
    JOIN actor_units su ON su.actor_id = e.source
    JOIN actor_units tu ON tu.actor_id = e.target
    WHERE {where}"""


def _events_where(period: Period) -> tuple[list[str], list]:
    where, params = _filters(period, "coalesce(e.event_date, a.published)", "e.modality")
    return ["e.quad_class IS NOT NULL", *where], params


def _timeseries_from_events(store: Store, a: str, b: str | None, by: str, period: Period) -> list[dict]:
    where, params = _events_where(period)
    if b:
        where.append("((su.unit = ? AND tu.unit = ?) OR (su.unit = ? AND tu.unit = ?))")
        params += [a, b, b, a]
    else:
        where.append("(su.unit = ? OR tu.unit = ?) AND su.unit <> tu.unit")
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


def add_article(con: duckdb.DuckDBPyConnection, article_id: str) -> None:
    add_articles(con, [article_id])


def add_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Add newly stored articles' events to the aggregates; runs inside the writer's
    transaction, once per article (the writer never stores an article twice).

    Reads the articles' few rows through their indexes and appends one row per event end (the
    same sums as ``rebuild``; ``compact`` adds rows of one key together): a few milliseconds
    whatever the size of the store, where one INSERT ... SELECT over the views joins every article.
    """
    if not article_ids:
        return
    marks = ", ".join("?" * len(article_ids))
    events = con.execute(
        "SELECT e.source, e.target, coalesce(e.event_date, a.published), e.quad_class, e.modality, e.goldstein "
        f"FROM (SELECT * FROM events WHERE article_id IN ({marks})) e JOIN articles a ON a.id = e.article_id",
        article_ids,
    ).fetchall()
    units = _units(con, {e[i] for e in events for i in (0, 1)} - {None})
    days, edges = [], []
    for source, target, day, quad, modality, goldstein in events:
        su, tu = units.get(source), units.get(target)
        if su is None or tu is None or quad is None:
            continue
        weight = (1, int(goldstein is not None), goldstein)
        days.append((su, tu, True, day, quad, modality, *weight))
        if su != tu:
            days.append((tu, su, False, day, quad, modality, *weight))
            edges.append((day, min(su, tu), max(su, tu), quad, modality, 1, goldstein))
    _values(con, "dyad_days", days)
    _values(con, "dyad_edges", edges)
    con.execute("UPDATE dyad_summary SET events = events + ?", [len(events)])


def _units(con, actor_ids: set[str]) -> dict[str, str]:
    if not actor_ids:
        return {}
    marks = ", ".join("?" * len(actor_ids))  # a literal list: 10x faster here than unnest(?)
    rows = con.execute(
        f"SELECT actor_id, unit FROM actor_units WHERE actor_id IN ({marks})", sorted(actor_ids)
    )
    return dict(rows.fetchall())


def _values(con, table: str, rows: list[tuple]) -> None:
    if rows:
        marks = ", ".join(["(" + ", ".join("?" * len(rows[0])) + ")"] * len(rows))
        con.execute(f"INSERT INTO {table} VALUES {marks}", [v for row in rows for v in row])


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
            f"CREATE TABLE {table}_sorted AS SELECT {columns} FROM {table} GROUP BY ALL ORDER BY {order}"
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
