"""The directed relation network: who acted on whom, how often, and how (QuadClass, Goldstein).

Edges go from the source of an event to its target. Like the dyad series, they count events, not
reports: a merged event (``dyad.store.merge``) counts once, in the direction of its first report,
as asserted when any article asserts it; events not merged (a store filled by plain SQL) count one
by one. ``level="state"`` rolls people and organisations up to their country (view
``actor_units``); ``level="actor"`` keeps each actor.

The same data feeds the dashboard's network, ``dyad.open(...).graph()`` (a networkx DiGraph) and
the GEXF and GraphML exports (written by networkx).
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.errors import InputError
from dyad.store.db import Store
from dyad.store.dyads import Period, resolve_unit, summarised
from dyad.store.exports.geo import country_points
from dyad.store.queries import date_range

LEVELS = ("state", "actor")

# Every counted event once, with its actors, their units, day, QuadClass, modality and CAMEO code.
_COUNTED = """
    SELECT m.source AS sa, m.target AS ta, m.source_unit AS su, m.target_unit AS tu, m.event_date AS day,
           m.quad_class, mm.modality, m.goldstein, m.cameo
    FROM merged_events m JOIN merged_event_modality mm ON mm.merged_id = m.id
    UNION ALL
    SELECT e.source, e.target, su.unit, tu.unit, coalesce(e.event_date, a.published), e.quad_class, e.modality,
           e.goldstein, e.cameo
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actor_units su ON su.actor_id = e.source LEFT JOIN actor_units tu ON tu.actor_id = e.target
    WHERE e.id NOT IN (SELECT event_id FROM event_sources)"""


@dataclass(slots=True)
class Scope:
    """What the network shows: a period and modalities, a CAMEO prefix, one actor's ego network."""

    period: Period
    level: str = "state"
    cameo: str | None = None
    ego: str | None = None  # an actor id or unit: only its edges
    min_events: int = 1


_COUNTS = """count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   round(coalesce(sum(goldstein), 0), 2) AS goldstein_sum"""


def edges(store: Store, scope: Scope) -> list[dict]:
    """Directed edges with their counts per QuadClass and Goldstein sum, busiest first. States
    with no CAMEO filter are read from the dyad aggregates (``dyad_days``), the rest from events."""
    fast = scope.level == "state" and not scope.cameo and summarised(store)
    rows = _edges_from_days(store, scope) if fast else _edges_from_events(store, scope)
    for edge in rows:
        edge["quad_class"] = _main_quad(edge)
    return rows


def _edges_from_days(store: Store, scope: Scope) -> list[dict]:
    where, params = ["outgoing", "unit <> other"], []
    if scope.period.modalities:
        where.append(f"modality IN ({', '.join('?' * len(scope.period.modalities))})")
        params += list(scope.period.modalities)
    date_range(where, params, scope.period, "day")
    if scope.ego:
        where.append("(unit = ? OR other = ?)")
        params += [scope.ego, scope.ego]
    n = "CAST(coalesce(sum(events){}, 0) AS BIGINT)".format
    return store.query(
        f"""SELECT unit AS source, other AS target, {n("")} AS events,
                   {n(" FILTER (WHERE quad_class = 1)")} AS verbal_coop,
                   {n(" FILTER (WHERE quad_class = 2)")} AS material_coop,
                   {n(" FILTER (WHERE quad_class = 3)")} AS verbal_conflict,
                   {n(" FILTER (WHERE quad_class = 4)")} AS material_conflict,
                   round(coalesce(sum(goldstein_sum), 0), 2) AS goldstein_sum
            FROM dyad_days WHERE {' AND '.join(where)}
            GROUP BY ALL HAVING sum(events) >= ? ORDER BY events DESC, source, target""",
        [*params, scope.min_events])


def _edges_from_events(store: Store, scope: Scope) -> list[dict]:
    src, tgt = ("su", "tu") if scope.level == "state" else ("sa", "ta")
    where, params = [f"{src} IS NOT NULL", f"{tgt} IS NOT NULL", f"{src} <> {tgt}", "quad_class IS NOT NULL"], []
    if scope.period.modalities:
        where.append(f"modality IN ({', '.join('?' * len(scope.period.modalities))})")
        params += list(scope.period.modalities)
    date_range(where, params, scope.period, "day")
    if scope.cameo:
        where.append("cameo LIKE ? || '%'")
        params.append(scope.cameo)
    if scope.ego:
        where.append(f"({src} = ? OR {tgt} = ?)")
        params += [scope.ego, scope.ego]
    return store.query(
        f"""SELECT {src} AS source, {tgt} AS target, {_COUNTS}
            FROM ({_COUNTED}) WHERE {' AND '.join(where)}
            GROUP BY ALL HAVING count(*) >= ? ORDER BY events DESC, source, target""",
        [*params, scope.min_events])


def _main_quad(edge: dict) -> int:
    """The QuadClass most of an edge's events have (the more conflictual one on a tie)."""
    counts = [edge["verbal_coop"], edge["material_coop"], edge["verbal_conflict"], edge["material_conflict"]]
    return max(range(4), key=lambda i: (counts[i], i)) + 1


def nodes(store: Store, found: list[dict]) -> list[dict]:
    """The ends of ``found`` with their name, kind, country and events (in and out)."""
    weight: dict[str, list[int]] = {}
    for edge in found:
        weight.setdefault(edge["source"], [0, 0])[0] += edge["events"]
        weight.setdefault(edge["target"], [0, 0])[1] += edge["events"]
    if not weight:
        return []
    known = {r["id"]: r for r in store.query(
        "SELECT id, name, kind, country FROM actors WHERE id IN (SELECT unnest(?))", [sorted(weight)])}
    countries = country_points()  # a state no article named itself (only its people): the gazetteer's name
    return [{"id": key, "name": known.get(key, {}).get("name") or (countries.get(key) or (key,))[0],
             "kind": known.get(key, {}).get("kind") or ("state" if key.isupper() and len(key) == 3 else None),
             "country": known.get(key, {}).get("country") or (key if key.isupper() and len(key) == 3 else None),
             "events": out + into, "out_events": out, "in_events": into}
            for key, (out, into) in sorted(weight.items(), key=lambda kv: (-sum(kv[1]), kv[0]))]


def ego(store: Store, name: str, level: str) -> str:
    """The node an actor id, code or name is at this level: its unit (state) or its own id."""
    if level == "state":
        return resolve_unit(store, name)
    row = store.con.execute(
        "SELECT id FROM actors WHERE lower(id) = lower($1) OR lower(code) = lower($1) OR lower(name) = lower($1) "
        "ORDER BY (kind = 'state') DESC, id LIMIT 1", [name]).fetchone()
    if row is None:
        raise InputError(f"No actor called {name!r} in the store.", "List them with `dyad actors`.")
    return row[0]


def network(store: Store, scope: Scope) -> dict:
    """{"nodes", "edges"} of the directed network in ``scope``."""
    found = edges(store, scope)
    return {"nodes": nodes(store, found), "edges": found}


def digraph(data: dict):
    """A networkx DiGraph of ``network()``'s nodes and edges, their fields as attributes."""
    import networkx as nx

    graph = nx.DiGraph()
    for node in data["nodes"]:
        graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id" and v is not None})
    for edge in data["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target") and v is not None}
        graph.add_edge(edge["source"], edge["target"], weight=edge["events"], **attrs)
    return graph
