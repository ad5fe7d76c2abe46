"""The Python API for notebooks: ``dyad.open(path)`` and DataFrames of what the store holds.

Tables come back as pandas DataFrames when pandas is installed, else as pyarrow Tables (pandas
is not a dependency of dyad)::

    import dyad
    db = dyad.open("dyad.duckdb")
    db.events(actor="PRK", cameo="04")
    db.dyads("PRK", "RUS", by="month")
"""

from __future__ import annotations

import builtins
from pathlib import Path

import pyarrow as pa

from dyad.errors import StoreError
from dyad.store import dyads as dyad_queries
from dyad.store import queries
from dyad.store.db import Store
from dyad.store.queries import Filters, Page


def frame(rows: list[dict]):
    """Rows as a pandas DataFrame when pandas is installed, else a pyarrow Table."""
    try:
        import pandas as pd
    except ImportError:
        return pa.Table.from_pylist(rows)
    return pd.DataFrame(rows)


class Dataset:
    """A read-only view of one store; each method returns a table."""

    def __init__(self, path: str | Path):
        if not Path(path).is_file():
            raise StoreError(f"No database at {path}.", "Run `dyad ingest PATH` or `dyad demo` first.")
        self.store = Store(path, read_only=True)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def events(
        self,
        actor: str | None = None,
        between: tuple[str, str] | None = None,
        since: str | None = None,
        until: str | None = None,
        cameo: str | None = None,
        modality: str | None = None,
        limit: int = 100_000,
    ):
        f = Filters(actor=actor, between=between, since=since, until=until, cameo=cameo, modality=modality)
        return frame(queries.event_page(self.store, f, Page(limit=limit))["rows"])

    def quotes(
        self,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int = 100_000,
    ):
        f = Filters(actor=speaker, since=since, until=until)
        return frame(queries.quote_page(self.store, f, Page(limit=limit, q=text))["rows"])

    def actors(self, name: str | None = None, limit: int = 100_000):
        return frame(queries.actor_page(self.store, Filters(), Page(limit=limit, q=name))["rows"])

    def dyads(
        self,
        a: str,
        b: str | None = None,
        by: str = "month",
        since: str | None = None,
        until: str | None = None,
        modalities: tuple[str, ...] | None = ("asserted",),
    ):
        period = dyad_queries.Period(since=since, until=until, modalities=modalities)
        return frame(dyad_queries.timeseries(self.store, a, b, by, period))

    def graph(self, since: str | None = None, until: str | None = None) -> dict:
        """Nodes and edges of the relation graph, as two tables."""
        data = dyad_queries.graph(self.store, dyad_queries.Period(since=since, until=until))
        return {"nodes": frame(data["nodes"]), "edges": frame(data["edges"])}

    def sql(self, query: str, params: builtins.list | tuple = ()):
        """Any read-only SQL over the store."""
        return frame(self.store.query(query, params))


def open(path: str | Path = "dyad.duckdb") -> Dataset:  # noqa: A001 - mirrors the built-in on purpose
    """Open a store for reading; close it with ``.close()`` or use it in a ``with`` block."""
    return Dataset(path)
