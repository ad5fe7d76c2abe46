"""The same events, whichever way a user looks: the CLI, the HTTP API and every export,
on a store built by the real pipeline from the founding article."""

from __future__ import annotations

import csv
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dyad.cli import app
from dyad.run.analysis import analyze, versions
from dyad.store import Store
from dyad.store.export import GDELT_COLUMNS, export
from dyad.store.exports.gdelt import event_id
from dyad.store.writer import write_article
from dyad.web import create_app

from .conftest import KINU


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("agree") / "k.duckdb"
    with Store(path) as store:
        write_article(store, analyze(KINU.read_text(), published="2023-11-05"), versions())
    return path


def stored_ids(db) -> set[str]:
    with Store(db, read_only=True) as store:
        return {r["id"] for r in store.query("SELECT id FROM events")}


def test_cli_api_and_exports_show_the_same_events(db, tmp_path):
    expected = stored_ids(db)
    assert len(expected) >= 8

    cli = CliRunner().invoke(app, ["events", "--db", str(db), "--limit", "1000", "--format", "json"])
    assert cli.exit_code == 0, cli.output
    assert {e["id"] for e in json.loads(cli.stdout)} == expected

    with TestClient(create_app(db, read_only=True)) as client:
        page = client.get("/events.json", params={"limit": 500}).json()
    assert {e["id"] for e in page["rows"]} == expected

    with Store(db, read_only=True) as store:
        export(store, "gdelt", tmp_path / "g.tsv")
        export(store, "plover", tmp_path / "p.jsonl")
        export(store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "events.csv").open() as fh:
        table = list(csv.DictReader(fh))
    assert {row["id"] for row in table} == expected  # the analyst's table: every report
    records = {row["merged_id"] or row["id"]: row for row in table if (row["merged_id"] or row["id"]) in
               (row["merged_id"], row["id"]) and row["merged_id"] in ("", f"m-{row['id']}")}
    with (tmp_path / "g.tsv").open() as fh:
        gdelt = {int(dict(zip(GDELT_COLUMNS, row, strict=True))["GLOBALEVENTID"]) for row in csv.reader(fh, delimiter="\t")}
    assert gdelt == {event_id(r) for r in records}  # GDELT and PLOVER: one record per event
    plover = {json.loads(line)["id"] for line in (tmp_path / "p.jsonl").read_text().splitlines()}
    assert plover <= set(records)
    assert all(records[r]["cameo"] in ("010", "017") for r in set(records) - plover)  # plain statements


def test_the_hanoi_summit_reads_the_same_in_cli_and_api(db):
    cli = CliRunner().invoke(app, ["events", "--db", str(db), "--between", "USA", "PRK", "--cameo", "04",
                                   "--format", "json"])
    from_cli = {(e["id"], e["date"]) for e in json.loads(cli.stdout)}
    with TestClient(create_app(db, read_only=True)) as client:
        rows = client.get("/events.json", params={"between": "USA,PRK", "cameo": "04", "limit": 100}).json()["rows"]
    from_api = {(e["id"], e["date"]) for e in rows}
    assert ("2019-02-27" in {d for _i, d in from_cli}) and from_cli == from_api
