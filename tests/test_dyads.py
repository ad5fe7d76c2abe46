"""Dyad relations, the relation graph, the `dyad dyads` command and the notebook API."""

import json

import pyarrow as pa
import pytest
from typer.testing import CliRunner

import dyad
from dyad.cli import app
from dyad.errors import InputError
from dyad.store import Store
from dyad.store.dyads import Period, graph, resolve_unit, timeseries
from tests.test_api import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("dyads") / "d.duckdb")


@pytest.fixture(scope="module")
def store(db):
    with Store(db, read_only=True) as s:
        yield s


def test_people_roll_up_to_their_state(store):
    assert resolve_unit(store, "Kim Jong-un") == resolve_unit(store, "kim-jong-un") == "PRK"
    assert resolve_unit(store, "north korea") == "PRK"
    with pytest.raises(InputError):
        resolve_unit(store, "Atlantis")


def test_a_pair_by_month_counts_both_directions(store):
    (row,) = timeseries(store, "PRK", "RUS", by="month")
    assert row["period"] == "2023-09-01" and row["events"] == 1  # two articles, one meeting
    assert (row["from_actor"], row["to_actor"], row["verbal_coop"]) == (1, 0, 1)  # as first reported
    assert row["goldstein_sum"] == 1.0 and row["goldstein_mean"] == 1.0
    reverse = timeseries(store, "RUS", "PRK", by="month")[0]
    assert (reverse["from_actor"], reverse["to_actor"]) == (0, 1)


def test_one_actor_against_everyone_counts_asserted_events_only(store):
    rows = timeseries(store, "PRK", by="month")
    assert [(r["period"], r["events"]) for r in rows] == [("2023-09-01", 2), ("2023-10-01", 2)]
    assert rows[1]["material_conflict"] == 1 and rows[0]["verbal_conflict"] == 1
    every = timeseries(store, "PRK", by="month", period=Period(modalities=None))
    assert every[1]["events"] == 3  # the denied retaliation counts only when asked for


def test_periods_by_day_and_a_date_range(store):
    days = timeseries(store, "PRK", by="day", period=Period(since="2023-09-14", until="2023-09-30"))
    assert [(r["period"], r["events"]) for r in days] == [("2023-09-14", 1)]  # the meeting was on the 13th
    with pytest.raises(InputError):
        timeseries(store, "PRK", by="fortnight")


def test_graph_balance_of_cooperation_and_conflict(store):
    data = graph(store)
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    assert edges[("PRK", "RUS")]["events"] == 1 and edges[("PRK", "RUS")]["balance"] == 1.0
    assert edges[("JPN", "PRK")]["balance"] == -1.0 and edges[("JPN", "PRK")]["conflict"] == 1
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["PRK"]["events"] == 4 and nodes["PRK"]["name"] == "North Korea"
    assert graph(store, Period(since="2030-01-01")) == {"nodes": [], "edges": []}


def test_cli_dyads_prints_json_and_csv(db):
    runner = CliRunner()
    result = runner.invoke(
        app, ["dyads", "--actor", "PRK", "--with", "RUS", "--db", str(db), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["events"] == 1
    result = runner.invoke(
        app, ["dyads", "--actor", "PRK", "--by", "year", "--db", str(db), "--format", "csv"]
    )
    assert result.stdout.splitlines()[1].startswith("2023-01-01,4,")
    missing = runner.invoke(app, ["dyads", "--actor", "Atlantis", "--db", str(db)])
    assert missing.exit_code == 2 and "dyad actors" in missing.stderr


def test_notebook_api_returns_tables(db):
    with dyad.open(db) as data:
        events, quotes, actors = data.events(actor="PRK"), data.quotes(), data.actors()
        series = data.dyads("PRK", "RUS", by="month")
    if isinstance(events, pa.Table):
        events, quotes, actors, series = (t.to_pylist() for t in (events, quotes, actors, series))
    else:  # pandas is installed
        events, quotes, actors, series = (t.to_dict("records") for t in (events, quotes, actors, series))
    assert len(events) == 6 and quotes[0]["speaker"] == "Vladimir Putin"
    assert {a["id"] for a in actors} >= {"PRK", "kim-jong-un"} and series[0]["events"] == 1
