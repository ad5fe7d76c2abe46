"""Exports: GDELT 2.0 rows, PLOVER records, Parquet and CSV tables, the GEXF graph, the CLI."""

import csv
import json
from xml.etree import ElementTree as ET

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.errors import InputError
from dyad.store import Store
from dyad.store.export import GDELT_COLUMNS, export
from tests.test_api import XSS_NAME, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("export") / "e.duckdb")


@pytest.fixture
def store(db):
    with Store(db, read_only=True) as s:
        yield s


def test_gdelt_rows_have_the_61_columns(store, tmp_path):
    export(store, "gdelt", tmp_path / "events.tsv")
    with (tmp_path / "events.tsv").open(encoding="utf-8") as fh:
        rows = [dict(zip(GDELT_COLUMNS, line, strict=True)) for line in csv.reader(fh, delimiter="\t")]
    assert len(GDELT_COLUMNS) == 61 and len(rows) == 6
    meeting = next(r for r in rows if r["GlobalEventID"] == "a1-e0")
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"]) == ("20230913", "202309", "2023")
    assert (meeting["Actor1Code"], meeting["Actor1CountryCode"], meeting["Actor2Code"]) == (
        "PRKGOV",
        "PRK",
        "RUSGOV",
    )
    assert (meeting["EventCode"], meeting["EventRootCode"], meeting["QuadClass"]) == ("040", "04", "1")
    assert meeting["NumArticles"] == "2"  # the same meeting is reported by a2 as well
    assert meeting["ActionGeo_FullName"] == "Vostochny Cosmodrome" and meeting["ActionGeo_Lat"] == "51.88"
    assert meeting["SOURCEURL"] == "https://example.org/a1"


def test_plover_records(store, tmp_path):
    assert "6 record(s)" in export(store, "plover", tmp_path / "events.jsonl")
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    missile = next(r for r in records if r["event_id"] == "a3-e0")
    assert (missile["event_type"], missile["source_actor"], missile["target_actor"]) == (
        "ASSAULT",
        "PRK",
        "JPN",
    )
    assert missile["event_date"] == "2023-10-20" and missile["event_text"].startswith("North Korea fired")


def test_parquet_and_csv_hold_every_table(store, tmp_path):
    export(store, "parquet", tmp_path / "pq")
    names = {p.stem for p in (tmp_path / "pq").iterdir()}
    assert {"articles", "events", "actors", "quotes", "merged_events", "event_sources"} <= names
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 6
    export(store, "csv", tmp_path / "it's csv")  # a quote in the path does not break COPY
    with (tmp_path / "it's csv" / "actors.csv").open(encoding="utf-8") as fh:
        assert XSS_NAME in {row["name"] for row in csv.DictReader(fh)}


def test_gexf_graph_is_valid_xml_with_weights(store, tmp_path):
    export(store, "gexf", tmp_path / "g.gexf")
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(tmp_path / "g.gexf").getroot()
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert labels["PRK"] == "North Korea" and labels["evil-group"] == XSS_NAME
    weights = {(e.get("source"), e.get("target")): e.get("weight") for e in root.iterfind(".//g:edge", ns)}
    assert weights[("PRK", "RUS")] == "1"  # two reports of one meeting: one event


def test_unknown_format_and_the_cli(db, store, tmp_path):
    with pytest.raises(InputError):
        export(store, "xls", tmp_path / "x")
    result = CliRunner().invoke(
        app, ["export", "--format", "gdelt", "--out", str(tmp_path / "g.tsv"), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "g.tsv").read_text().splitlines()) == 6
