"""The directed network (``dyad.store.network``) as GEXF (Gephi) or GraphML, written by networkx:
nodes are actors (rolled up to their states unless ``level="actor"``), edges go from the source of
events to their target, weighted by events, with counts per QuadClass and the Goldstein sum."""

from __future__ import annotations

from pathlib import Path

from dyad.store import network
from dyad.store.db import Store
from dyad.store.dyads import Period
from dyad.store.queries import Filters


def write(store: Store, out: Path, fmt: str, filters: Filters | None = None, level: str = "state") -> str:
    import networkx as nx

    f = filters or Filters(limit=None)
    modalities = (f.modality,) if f.modality else ("asserted",)  # what happened, not what was denied
    scope = network.Scope(Period(since=f.since, until=f.until, modalities=modalities), level, f.cameo,
                          network.ego(store, f.actor, level) if f.actor else None)
    graph = network.digraph(network.network(store, scope))
    if fmt == "gexf":
        nx.write_gexf(graph, out)
    else:
        nx.write_graphml(graph, out)
    return f"Wrote a directed network of {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {out}"
