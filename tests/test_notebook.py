"""The Python API a notebook uses: dyad.open(), its documented methods, dates as dates, every row
unless asked for fewer, names shared with the CLI and the API, and the network as a DiGraph."""

from __future__ import annotations

import inspect
from datetime import date

import networkx as nx
import pyarrow as pa
import pytest

import dyad
from dyad.errors import InputError
from tests.test_api import build_store


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    with dyad.open(build_store(tmp_path_factory.mktemp("nb") / "nb.duckdb")) as opened:
        yield opened


def records(table) -> list[dict]:
    return table.to_pylist() if isinstance(table, pa.Table) else table.to_dict("records")


def test_dir_and_docstrings_say_what_there_is(data):
    assert {"open", "analyze", "Dataset"} <= set(dir(dyad))
    public = [n for n, m in inspect.getmembers(type(data), inspect.isfunction) if not n.startswith("_")]
    assert {"events", "quotes", "actors", "places", "articles", "merged", "dyads", "graph", "sql"} <= set(public)
    assert all(inspect.getdoc(getattr(data, n)) for n in public), [n for n in public if not getattr(data, n).__doc__]


def test_dates_are_dates_and_every_row_comes_back(data):
    events = records(data.events())
    assert len(events) == 6  # no page, no cap
    assert all(isinstance(e["date"], date) for e in events)
    assert records(data.events(since=date(2023, 10, 1), limit=1))[0]["date"] == date(2023, 10, 20)
    assert isinstance(records(data.articles())[0]["published"], date)


def test_bad_values_say_what_is_valid(data):
    with pytest.raises(InputError, match="not a CAMEO code"):
        data.events(cameo="XYZ")
    with pytest.raises(InputError, match="ISO date"):
        data.events(since="yesterday")
    with pytest.raises(InputError, match="No actor called 'Narnia'"):
        data.events(actor="Narnia")


def test_with_is_the_other_actor_as_in_the_cli(data):
    series = records(data.dyads("PRK", with_="RUS", by="month"))
    assert series and series[0]["events"] == 1 and isinstance(series[0]["period"], date)


def test_graph_is_a_directed_networkx_graph(data):
    graph = data.graph()
    assert isinstance(graph, nx.DiGraph)
    assert graph.has_edge("PRK", "JPN") and not graph.has_edge("JPN", "PRK")  # Japan did not retaliate
    assert graph.edges["PRK", "JPN"]["material_conflict"] == 1 and graph.nodes["PRK"]["name"] == "North Korea"
    people = data.graph(level="actor", actor="Kim Jong-un")
    assert set(people.edges) == {("kim-jong-un", "vladimir-putin")}
    consults = data.graph(cameo="04")
    assert all(d["quad_class"] == 1 for *_e, d in consults.edges(data=True))
