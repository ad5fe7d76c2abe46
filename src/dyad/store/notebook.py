"""The Python API for notebooks: ``dyad.open(path)`` and tables of what the store holds.

Tables come back as pandas DataFrames when pandas is installed, else as pyarrow Tables (pandas
is not a dependency of dyad); dates are dates. Every method takes the names the command line and
the HTTP API use (``with_`` for ``--with``/``with``, since ``with`` is a Python keyword)::

    import dyad
    db = dyad.open("dyad.duckdb")
    db.events(actor="PRK", cameo="04")      # every matching event (limit=N for fewer)
    db.dyads("PRK", with_="RUS", by="month")
    db.graph()                              # a networkx DiGraph: who acted on whom
"""

from __future__ import annotations

import builtins
from datetime import date
from pathlib import Path

import pyarrow as pa

from dyad.errors import InputError, StoreError
from dyad.store import checks, network, queries
from dyad.store import dyads as dyad_queries
from dyad.store.db import Store
from dyad.store.queries import Filters, Page

DATE_COLUMNS = ("date", "published", "event_date", "first_date", "last_date", "period", "date_start", "date_end")


def frame(rows: list[dict]):
    """Rows as a pandas DataFrame when pandas is installed, else a pyarrow Table; ISO date strings in
    the date columns become dates (a partial date such as '2019-03' has no day: it stays empty)."""
    rows = [_dated(r) for r in rows]
    try:
        import pandas as pd
    except ImportError:
        return pa.Table.from_pylist(rows)
    table = pd.DataFrame(rows)
    for column in DATE_COLUMNS:
        if column in table:
            table[column] = pd.to_datetime(table[column], errors="coerce")
    return table


def _dated(row: dict) -> dict:
    out = dict(row)
    for column in DATE_COLUMNS:
        value = out.get(column)
        if isinstance(value, str):
            if column == "date":  # an event's first day ("2018-09-23/2018-12-20": date_start, date_end)
                value = value[:10]
            out[column] = date.fromisoformat(value) if len(value) == 10 else None
    return out


def _filters(actor=None, between=None, since=None, until=None, cameo=None, modality=None) -> Filters:
    return Filters(actor=actor, between=tuple(between) if between else None, since=_day(since, "since"),
                   until=_day(until, "until"), cameo=checks.cameo_prefix(cameo), modality=checks.modality(modality))


def _day(value: str | date | None, what: str = "since") -> str | None:
    found = checks.iso_date(value, what)
    return found.isoformat() if found else None


class Dataset:
    """A read-only view of one store (``dyad.open(path)``); each method returns a table.

    Methods: ``events``, ``quotes``, ``actors``, ``places``, ``articles``, ``merged``, ``dyads``,
    ``graph``, ``sql``; close it with ``close()`` or use it in a ``with`` block."""

    def __init__(self, path: str | Path):
        if not Path(path).is_file():
            raise StoreError(f"No database at {path}.", "Run `dyad ingest PATH` or `dyad demo` first.")
        self.store = Store(path, read_only=True)

    def close(self) -> None:
        """Close the database file."""
        self.store.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<dyad store {self.store.path}: {queries.counts(self.store)}>"

    def events(self, actor: str | None = None, between: tuple[str, str] | None = None,
               since: str | date | None = None, until: str | date | None = None, cameo: str | None = None,
               modality: str | None = None, limit: int | None = None):
        """Events with their actors, CAMEO and PLOVER codes, modality, date, place and evidence.

        actor: an actor id, code or name (a country code takes in its people); between: two actors,
        either direction; since/until: dates (or ISO strings); cameo: a code or its first digits
        ("04" = consultations); modality: asserted, negated, ...; limit: at most this many rows
        (default: every row)."""
        f = _filters(actor, between, since, until, cameo, modality)
        self._check_actors(actor, *(between or ()))
        return frame(queries.event_page(self.store, f, Page(limit=limit))["rows"])

    def quotes(self, speaker: str | None = None, since: str | date | None = None,
               until: str | date | None = None, text: str | None = None, limit: int | None = None):
        """Quotes and reported speech: speaker, text, direct or not, cue verb, article.

        speaker: an actor id, code or name; text: words the quote contains; limit: default every row."""
        self._check_actors(speaker)
        f = _filters(actor=speaker, since=since, until=until)
        return frame(queries.quote_page(self.store, f, Page(limit=limit, q=text))["rows"])

    def actors(self, name: str | None = None, limit: int | None = None):
        """Actors (id, name, kind, country, sector, CAMEO code, Wikidata id), most mentioned first.

        name: part of a name, or an id or code."""
        return frame(queries.actor_page(self.store, Filters(), Page(limit=limit, q=name))["rows"])

    def places(self, name: str | None = None, limit: int | None = None):
        """Places the articles name (GeoNames id, country, coordinates), most mentioned first."""
        return frame(queries.place_page(self.store, Filters(), Page(limit=limit, q=name))["rows"])

    def articles(self, actor: str | None = None, since: str | date | None = None,
                 until: str | date | None = None, limit: int | None = None):
        """Articles (id, title, outlet, published, URL) with their counts of events and quotes."""
        self._check_actors(actor)
        f = _filters(actor=actor, since=since, until=until)
        return frame(queries.article_page(self.store, f, Page(limit=limit))["rows"])

    def merged(self, actor: str | None = None, cameo: str | None = None, since: str | date | None = None,
               until: str | date | None = None, limit: int | None = None):
        """Events merged across articles, with the dates, places and articles of every report."""
        self._check_actors(actor)
        f = _filters(actor=actor, cameo=cameo, since=since, until=until)
        return frame(queries.merged_page(self.store, f, Page(limit=limit))["rows"])

    def dyads(self, actor: str, with_: str | None = None, by: str = "month", since: str | date | None = None,
              until: str | date | None = None, modality: str | None = "asserted"):
        """Events between ``actor`` and ``with_`` (or everyone) per period, by QuadClass, with
        Goldstein sums; people count for their state. by: day, week, month or year; modality:
        which events count (None: every modality)."""
        period = dyad_queries.Period(since=_day(since), until=_day(until, "until"),
                                     modalities=(checks.modality(modality),) if modality else None)
        return frame(dyad_queries.timeseries(self.store, actor, with_, by, period))

    def graph(self, since: str | date | None = None, until: str | date | None = None, level: str = "state",
              cameo: str | None = None, actor: str | None = None, modality: str | None = "asserted"):
        """The directed network of who acted on whom, as a networkx DiGraph.

        Nodes carry name, kind, country and events; edges (source -> target) carry events, the
        counts per QuadClass, goldstein_sum and weight (= events). level: "state" rolls people up
        to their country, "actor" keeps them; actor: only this actor's edges (an ego network)."""
        return network.digraph(self._network(since, until, level, cameo, actor, modality))

    def graph_tables(self, since: str | date | None = None, until: str | date | None = None,
                     level: str = "state", cameo: str | None = None, actor: str | None = None,
                     modality: str | None = "asserted") -> dict:
        """The same network as ``graph()``, as two tables: {"nodes": ..., "edges": ...}."""
        data = self._network(since, until, level, cameo, actor, modality)
        return {"nodes": frame(data["nodes"]), "edges": frame(data["edges"])}

    def _network(self, since, until, level, cameo, actor, modality) -> dict:
        if level not in network.LEVELS:
            raise InputError(f"{level!r} is not a level.", f"Use one of: {', '.join(network.LEVELS)}.")
        period = dyad_queries.Period(since=_day(since), until=_day(until, "until"),
                                     modalities=(checks.modality(modality),) if modality else None)
        ego = network.ego(self.store, actor, level) if actor else None
        return network.network(self.store, network.Scope(period, level, checks.cameo_prefix(cameo), ego))

    def sql(self, query: str, params: builtins.list | tuple = ()):
        """Any read-only SQL over the store, e.g. ``db.sql("SELECT count(*) AS n FROM events")``."""
        return frame(self.store.query(query, params))

    def _check_actors(self, *names: str | None) -> None:
        for name in names:
            checks.known_actor(self.store, name)


def open(path: str | Path = "dyad.duckdb") -> Dataset:  # noqa: A001 - mirrors the built-in on purpose
    """Open a store for reading; close it with ``.close()`` or use it in a ``with`` block."""
    return Dataset(path)
