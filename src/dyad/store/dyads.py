"""Dyad relations: how two actors (or one and everyone) dealt with each other over time, and the
relation graph of all actors in a period.

Actors are rolled up to *units* (view ``actor_units``): a state is itself, a person or
organisation with a country stands for that country. Only asserted events count by default.
QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.errors import InputError
from dyad.store.db import Store

PERIODS = ("day", "week", "month", "year")
ASSERTED = ("asserted",)

_UNIT_EVENTS = """
    SELECT e.id, e.goldstein, e.quad_class, su.unit AS su, tu.unit AS tu,
           coalesce(e.event_date, a.published) AS day
    FROM events e JOIN articles a ON a.id = e.article_id
    JOIN actor_units su ON su.actor_id = e.source
    JOIN actor_units tu ON tu.actor_id = e.target
    WHERE {where}"""


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


def _where(period: Period) -> tuple[list[str], list]:
    where, params = ["e.quad_class IS NOT NULL"], []
    if period.modalities:
        where.append(f"e.modality IN ({', '.join('?' * len(period.modalities))})")
        params += list(period.modalities)
    if period.since:
        where.append("coalesce(e.event_date, a.published) >= CAST(? AS DATE)")
        params.append(period.since)
    if period.until:
        where.append("coalesce(e.event_date, a.published) <= CAST(? AS DATE)")
        params.append(period.until)
    return where, params


def timeseries(
    store: Store, actor: str, other: str | None = None, by: str = "month", period: Period | None = None
) -> list[dict]:
    """Events between ``actor`` and ``other`` (or anyone but itself) per day/week/month/year."""
    if by not in PERIODS:
        raise InputError(f"Unknown period {by!r}.", f"Use one of: {', '.join(PERIODS)}.")
    a = resolve_unit(store, actor)
    b = resolve_unit(store, other) if other else None
    where, params = _where(period or Period())
    if b:
        where.append("((su.unit = ? AND tu.unit = ?) OR (su.unit = ? AND tu.unit = ?))")
        params += [a, b, b, a]
    else:
        where.append("(su.unit = ? OR tu.unit = ?) AND su.unit <> tu.unit")
        params += [a, a]
    sql = f"""
        SELECT strftime(date_trunc('{by}', day), '%Y-%m-%d') AS period, count(*) AS events,
               count(*) FILTER (WHERE su = ?) AS from_actor, count(*) FILTER (WHERE tu = ?) AS to_actor,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean
        FROM ({_UNIT_EVENTS.format(where=" AND ".join(where))}) WHERE day IS NOT NULL
        GROUP BY ALL ORDER BY period"""
    return store.query(sql, [a, a, *params])


def graph(store: Store, period: Period | None = None, min_events: int = 1) -> dict:
    """Nodes (units with event counts) and undirected edges with counts and cooperation balance."""
    where, params = _where(period or Period())
    edges = store.query(
        f"""
        SELECT least(su, tu) AS source, greatest(su, tu) AS target, count(*) AS events,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               round(sum(goldstein), 2) AS goldstein_sum
        FROM ({_UNIT_EVENTS.format(where=" AND ".join(where))}) WHERE su <> tu
        GROUP BY ALL HAVING count(*) >= ? ORDER BY events DESC, source, target""",
        [*params, min_events],
    )
    for edge in edges:
        edge["balance"] = round((edge["cooperation"] - edge["conflict"]) / edge["events"], 3)
    return {"nodes": _nodes(store, edges), "edges": edges}


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
