"""Event dates as ISO days: the interval a TimeML value covers, in the JSON, the store, the
filters, the tables and the exports. The articles are written for these tests."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from dyad.article import Actor, Article, Event, Mention, Segment, Span, TimeValue
from dyad.store import Store, queries
from dyad.store.db import migrate, migrations
from dyad.store.queries import Filters
from dyad.store.writer import write_article
from dyad.util.timeml import interval, reading

VERSIONS = {"pipeline": "test", "model": "none"}


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2019-02-27", "2019-02-27", "2019-02-27", "day"),
        ("2019-02-27TEV", "2019-02-27", "2019-02-27", "day"),
        ("2019-02-27T15:00Z", "2019-02-27", "2019-02-27", "day"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2023-W36", "2023-09-04", "2023-09-10", "week"),
        ("2023-W36-WE", "2023-09-09", "2023-09-10", "weekend"),
        ("2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
        ("2018-FA", "2018-09-23", "2018-12-20", "season"),
        ("2018-WI", "2017-12-21", "2018-03-19", "season"),
        ("2019", "2019-01-01", "2019-12-31", "year"),
        ("199X", "1990-01-01", "1999-12-31", "decade"),
        ("198", "1980-01-01", "1989-12-31", "decade"),
        ("20", "2000-01-01", "2099-12-31", "century"),
    ],
)
def test_interval_of_a_value(value, start, end, precision):
    first, last, unit = interval(value)
    assert (first.isoformat(), last.isoformat(), unit) == (start, end, precision)


@pytest.mark.parametrize(
    "value", ["PRESENT_REF", "PAST_REF", "XXXX-10-30", "P3D", "XXXX-WXX-1", "2023-02-30", ""]
)
def test_a_value_naming_no_days_has_no_interval(value):
    assert interval(value) is None
    assert TimeValue(value, "unknown").start is None


@pytest.mark.parametrize(
    ("value", "precision", "words"),
    [
        ("PTXH", "duration", "hours"),
        ("P3D", "duration", "3 days"),
        ("PT1H30M", "duration", "1 hour 30 minutes"),
        ("P1W", "set", "every week"),
        ("2018-FA", "season", "2018-09-23 to 2018-12-20"),
        ("2019-02-27TEV", "day", "2019-02-27 evening"),
        ("2019-02-27T08:00Z", "minute", "2019-02-27 08:00 UTC"),
        ("PRESENT_REF", "unknown", "the present"),
    ],
)
def test_reading_of_a_value(value, precision, words):
    assert reading(value, precision) == words


PRK = Actor("PRK", "North Korea", "state", "PRK", None, "PRK")
USA = Actor("USA", "United States", "state", "USA", None, "USA")


def article(aid: str, value: str | None, published: str = "2023-11-05") -> Article:
    text = f"North Korea criticised the United States ({aid})."
    a = Article(text=text, id=aid, published=published, title=aid)
    a.segments, a.sentences = [Segment("body", 0, len(text))], [Span(0, len(text))]
    for actor in (PRK, USA):
        start = text.index(actor.name)
        a.actors.append(
            Actor(
                actor.id,
                actor.name,
                actor.kind,
                actor.country,
                None,
                actor.code,
                mentions=[Mention(start, start + len(actor.name), actor.name)],
            )
        )
    date_value = TimeValue(value, "season" if value and value.endswith("FA") else "month") if value else None
    a.events = [
        Event(
            f"ev-{aid}",
            PRK.id,
            USA.id,
            "111",
            "ACCUSE",
            -2.0,
            3,
            "asserted",
            Span(0, len(text)),
            trigger=Mention(12, 22, "criticised"),
            date=date_value,
        )
    ]
    return a


def test_the_json_gives_start_end_and_null_when_undated():
    data = article("a", "2018-FA").to_dict()
    assert data["events"][0]["date"] == {
        "value": "2018-FA",
        "precision": "season",
        "start": "2018-09-23",
        "end": "2018-12-20",
        "anchor": None,
    }
    assert article("b", None).to_dict()["events"][0]["date"] is None


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "d.duckdb")
    for a in (  # published far apart: no two are one event told twice
        article("autumn", "2018-FA", published="2019-01-05"),
        article("april", "2018-04", published="2018-06-01"),
        article("undated", None),
        article("now", "PRESENT_REF", published="2023-06-01"),
    ):
        write_article(s, a, VERSIONS)
    yield s
    s.close()


def test_store_rows_carry_iso_dates_and_null_when_undated(store):
    rows = {r["id"]: r for r in queries.events(store, Filters(limit=None))}
    assert rows["ev-autumn"]["date"] == "2018-09-23/2018-12-20"
    assert (rows["ev-autumn"]["date_start"], rows["ev-autumn"]["date_end"]) == (
        date(2018, 9, 23),
        date(2018, 12, 20),
    )
    assert rows["ev-autumn"]["date_value"] == "2018-FA" and rows["ev-autumn"]["date_precision"] == "season"
    assert rows["ev-april"]["date"] == "2018-04-01/2018-04-30"
    assert rows["ev-undated"]["date"] is None and rows["ev-now"]["date"] is None


@pytest.mark.parametrize(
    ("since", "until", "found"),
    [
        ("2018-10-01", "2018-10-31", {"ev-autumn"}),  # inside the season, after April
        ("2018-04-30", "2018-04-30", {"ev-april"}),  # the last day of the month
        ("2018-01-01", "2018-12-31", {"ev-autumn", "ev-april"}),
        ("2023-05-01", "2023-06-30", {"ev-now"}),  # no days of its own: its article's day
    ],
)
def test_since_and_until_match_the_interval(store, since, until, found):
    rows = queries.events(store, Filters(since=since, until=until, limit=None))
    assert {r["id"] for r in rows} == found


def test_cli_json_and_table_show_iso_dates(store, tmp_path):
    from typer.testing import CliRunner

    from dyad.cli import app

    path = store.path
    store.close()
    runner = CliRunner()
    out = runner.invoke(app, ["events", "--db", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    dates = {e["id"]: e["date"] for e in json.loads(out.stdout)}
    assert dates["ev-autumn"] == "2018-09-23/2018-12-20" and dates["ev-undated"] is None
    table = runner.invoke(
        app, ["events", "--db", str(path), "--since", "2018-10-01", "--until", "2018-10-02"]
    )
    assert table.exit_code == 0 and "(season)" in table.stdout and "ev-april" not in table.stdout


def test_article_view_reads_values_for_people(store):
    detail = queries.article_detail(store, "autumn")
    assert detail["events"][0]["date_reading"] == "2018-09-23 to 2018-12-20"


def test_migration_fills_days_of_events_stored_before(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    for number, sql in migrations():
        if number >= 7:
            break
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [number])
    con.execute(
        "INSERT INTO events (id, article_id, date_value) VALUES ('d', 'x', '2019-02-27TEV'), "
        "('m', 'x', '2018-04'), ('y', 'x', '2019'), ('r', 'x', 'PRESENT_REF')"
    )
    migrate(con)
    days = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, date_start, date_end FROM events").fetchall()}
    assert days["d"] == (date(2019, 2, 27), date(2019, 2, 27))
    assert days["m"] == (date(2018, 4, 1), date(2018, 4, 30))
    assert days["y"] == (date(2019, 1, 1), date(2019, 12, 31))
    assert days["r"] == (None, None)


def test_exports_date_events_from_their_first_day(store, tmp_path):
    import csv

    from dyad.store.export import export

    export(store, "plover", tmp_path / "events.jsonl")
    records = {r["id"]: r for r in map(json.loads, (tmp_path / "events.jsonl").read_text().splitlines())}
    april = next(r for key, r in records.items() if key.endswith("april"))
    assert (april["date"], april["enddate"]) == ("2018-04-01", "2018-04-30")
    export(store, "gdelt", tmp_path / "events.tsv")
    with (tmp_path / "events.tsv").open(encoding="utf-8") as fh:
        days = {row[1] for row in csv.reader(fh, delimiter="\t")}
    assert {"20180923", "20180401"} <= days
