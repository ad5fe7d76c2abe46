"""Exports that existing tools read: GDELT 2.0 rows (column types and codes), PLOVER records (the
manual's field names), Parquet and CSV tables, directed GEXF and GraphML networks, filters, and
what happens when the files are already there."""

import csv
import json
import re

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.errors import InputError
from dyad.store import Store
from dyad.store.export import GDELT_COLUMNS, export
from dyad.store.exports import geo
from dyad.store.exports.gdelt import actor_codes, event_id, fraction_date
from dyad.store.exports.tone import tone
from dyad.store.queries import Filters
from tests.test_api import XSS_NAME, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("export") / "e.duckdb")


@pytest.fixture
def store(db):
    with Store(db, read_only=True) as s:
        yield s


def gdelt_rows(path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [dict(zip(GDELT_COLUMNS, line, strict=True)) for line in csv.reader(fh, delimiter="\t")]


INTEGER = re.compile(r"-?\d+$")
NUMBER = re.compile(r"-?\d+(\.\d+)?$")
TYPES = {  # GDELT 2.0 event codebook: the columns that hold numbers
    "int": ("GLOBALEVENTID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
            "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "Actor1Geo_FeatureID",
            "Actor2Geo_FeatureID", "ActionGeo_FeatureID", "DATEADDED"),
    "float": ("FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
              "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"),
}


def test_gdelt_columns_have_gdelts_types_and_codes(store, tmp_path):
    assert "5 GDELT event record(s)" in export(store, "gdelt", tmp_path / "events.tsv")
    rows = gdelt_rows(tmp_path / "events.tsv")
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    for row in rows:
        for name in TYPES["int"]:
            assert row[name] == "" or INTEGER.match(row[name]), (name, row[name])
        for name in TYPES["float"]:
            assert row[name] == "" or NUMBER.match(row[name]), (name, row[name])
        assert row["GLOBALEVENTID"] and row["AvgTone"] and row["SOURCEURL"].startswith("https://example.org/")
        assert row["Day"] and len(row["DATEADDED"]) == 14
        for geo_type in (row["Actor1Geo_Type"], row["Actor2Geo_Type"], row["ActionGeo_Type"]):
            assert geo_type in ("", "1", "2", "3", "4", "5")
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)


def test_gdelt_meeting_row(store, tmp_path):
    export(store, "gdelt", tmp_path / "events.tsv")
    meeting = next(r for r in gdelt_rows(tmp_path / "events.tsv") if r["EventCode"] == "040")
    assert int(meeting["GLOBALEVENTID"]) == event_id("m-a1-e0")
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"]) == ("20230913", "202309", "2023")
    assert meeting["FractionDate"] == "2023.7753"  # GDELT's 2023 + (9 * 30 + 13) / 365
    assert (meeting["Actor1Code"], meeting["Actor1CountryCode"], meeting["Actor1Type1Code"]) == ("PRKGOV", "PRK", "GOV")
    assert (meeting["Actor2Code"], meeting["Actor2Name"]) == ("RUSGOV", "VLADIMIR PUTIN")
    assert (meeting["EventBaseCode"], meeting["EventRootCode"], meeting["QuadClass"]) == ("040", "04", "1")
    assert (meeting["NumMentions"], meeting["NumArticles"], meeting["NumSources"]) == ("2", "2", "1")  # a2 too
    assert (meeting["Actor1Geo_Type"], meeting["Actor1Geo_CountryCode"]) == ("1", "KN")  # FIPS, not ISO3
    assert meeting["Actor2Geo_CountryCode"] == "RS" and meeting["Actor2Geo_FeatureID"] == "2017370"
    assert (meeting["ActionGeo_FullName"], meeting["ActionGeo_CountryCode"], meeting["ActionGeo_Type"]) == (
        "Vostochny Cosmodrome", "RS", "4")
    assert meeting["ActionGeo_Lat"] == "51.88" and meeting["SOURCEURL"] == "https://example.org/a1"


def test_gdelt_field_rules():
    assert fraction_date(__import__("datetime").date(2019, 2, 27)) == round(2019 + (2 * 30 + 27) / 365, 4)
    assert actor_codes("IGOUNO", None) == {"Code": "IGOUNO", "CountryCode": None, "KnownGroupCode": "UNO",
                                           "Type1Code": "IGO"}
    assert actor_codes("USAGOVMIL", "USA")["Type2Code"] == "MIL"
    assert actor_codes("IGOEUREEC", "ITA")["KnownGroupCode"] == "EEC"  # EUR is a region, not a group
    assert (geo.fips("USA"), geo.fips("GBR"), geo.fips("KOR"), geo.fips("DEU")) == ("US", "UK", "KS", "GM")
    assert geo.geo_type("city", "USA") == 3 and geo.geo_type("city", "FRA") == 4
    assert geo.geo_type("region", "USA") == 2 and geo.geo_type("region", "RUS") == 5
    assert geo.adm1("region", "California", "USA", None) == "USCA"
    assert geo.adm1("city", "Paris", "FRA", 2988507) == "FR11"  # GeoNames admin1 of Paris: Ile-de-France
    assert tone("a good and great friendly deal") > 0 > tone("a terrible, deadly and brutal attack")


def test_plover_records_have_the_manuals_fields(store, tmp_path):
    assert "5 PLOVER record(s)" in export(store, "plover", tmp_path / "events.jsonl")
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    fields = {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc",
              "event_text", "quad_code", "event_scale", "text_info", "cite_info", "coder", "coded_date"}
    for record in records:
        assert fields <= set(record), fields - set(record)
        assert isinstance(record["event"], list) and record["event"][0]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["date"])
        for entity in record["actor"] + record["recipient"]:
            assert set(entity) == {"code", "sector", "entity_text", "identifier_id", "identifier_text"}
        assert set(record["text_info"]) == {"sequence", "start", "end"}
    missile = next(r for r in records if r["id"] == "m-a3-e0")
    assert missile["event"] == ["ASSAULT"] and missile["quad_code"] == 4
    assert (missile["actor"][0]["code"], missile["recipient"][0]["code"]) == ("PRK", "JPN")
    assert missile["date"] == "2023-10-20" and missile["event_text"].startswith("North Korea fired")
    meeting = next(r for r in records if r["id"] == "m-a1-e0")
    assert meeting["actor"][0]["sector"] == ["GOV"] and meeting["cite_info"]["articles"] == ["a1", "a2"]
    assert meeting["mode"] == [] and meeting["context"] == []  # 040 has neither; 043 would be a visit
    assert meeting["event_loc"]["name"] == "Vostochny Cosmodrome"


def test_plover_modes_contexts_and_statements(tmp_path):
    from dyad.store.exports.plover import plover_type

    assert plover_type("043", None) == ("CONSULT", "visit")
    assert plover_type("020", None)[0] == "REQUEST" and plover_type("013", None)[0] == "SUPPORT"
    assert plover_type("010", None) == (None, None)  # a statement to no one is no PLOVER event


def test_tables_an_analyst_events_table_and_raw_tables(store, tmp_path):
    assert "events.parquet (6 events)" in export(store, "parquet", tmp_path / "pq")
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert len(events) == 6
    assert {"date", "source", "cameo", "target", "evidence", "url", "outlet", "article_title"} <= set(events[0])
    raw = {p.stem for p in (tmp_path / "pq" / "raw").iterdir()}
    assert {"articles", "events", "actors", "quotes", "merged_events", "event_sources"} <= raw
    assert not raw & {"dyad_summary", "schema_version", "dyad_days", "dyad_edges"}
    export(store, "csv", tmp_path / "it's csv")  # a quote in the path does not break COPY
    with (tmp_path / "it's csv" / "raw" / "actors.csv").open(encoding="utf-8") as fh:
        assert XSS_NAME in {row["name"] for row in csv.DictReader(fh)}


def test_filtered_exports(store, tmp_path):
    export(store, "csv", tmp_path / "f", Filters(cameo="19", limit=None))
    with (tmp_path / "f" / "events.csv").open(encoding="utf-8") as fh:
        assert {r["cameo"] for r in csv.DictReader(fh)} == {"190"}
    with (tmp_path / "f" / "raw" / "events.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    export(store, "gdelt", tmp_path / "since.tsv", Filters(since="2023-10-01", limit=None))
    assert {r["Day"] for r in gdelt_rows(tmp_path / "since.tsv")} == {"20231020"}


def test_networks_are_directed_and_written_by_networkx(store, tmp_path):
    export(store, "gexf", tmp_path / "g.gexf")
    export(store, "graphml", tmp_path / "g.graphml")
    for graph in (nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")):
        assert graph.is_directed()
        assert graph.has_edge("PRK", "JPN") and not graph.has_edge("JPN", "PRK")  # the negated strike is no edge
        assert graph.has_edge("PRK", "RUS") and graph.edges["PRK", "RUS"]["events"] == 1  # two reports, one event
        assert graph.nodes["evil-group"].get("name", graph.nodes["evil-group"].get("label")) == XSS_NAME


def test_the_cli_writes_into_folders_and_refuses_to_overwrite(db, store, tmp_path):
    with pytest.raises(InputError):
        export(store, "xls", tmp_path / "x")
    run = CliRunner().invoke
    folder = tmp_path / "out"
    folder.mkdir()
    result = run(app, ["export", "--format", "gdelt", "--out", f"{folder}/", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert len((folder / "events.gdelt.tsv").read_text().splitlines()) == 5
    again = run(app, ["export", "--format", "gdelt", "--out", str(folder), "--db", str(db)])
    assert again.exit_code == 2 and "--force" in again.output and "Traceback" not in again.output
    forced = run(app, ["export", "--format", "gdelt", "--out", str(folder), "--db", str(db), "--force"])
    assert forced.exit_code == 0
    filtered = run(app, ["export", "--format", "plover", "--out", str(tmp_path / "p.jsonl"), "--db", str(db),
                         "--actor", "JPN", "--cameo", "19"])
    assert filtered.exit_code == 0
    strikes = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert len(strikes) == 2  # the missile, and Japan not retaliating: a negated event, mode "negation"
    assert {tuple(r["mode"]) for r in strikes} == {(), ("negation",)}
    bad = run(app, ["export", "--format", "csv", "--out", str(tmp_path / "c"), "--db", str(db), "--since", "May 1"])
    assert bad.exit_code == 2 and "ISO date" in bad.output
