"""The command line as an analyst meets it, through Typer's runner: what a folder ingest takes,
dates and choices checked with the valid values in the message, counts when rows are cut, the
columns of the event table, and a clear word when a server owns the database."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.ingest.sources import read_sources
from dyad.store.db import _open_error
from tests.test_api import build_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("cli") / "cli.duckdb")


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_a_folder_ingest_takes_articles_and_reports_what_it_skips(tmp_path):
    (tmp_path / "README.md").write_text("# My corpus\n\n| a | b |")
    (tmp_path / "notes.md").write_text("notes")
    (tmp_path / ".hidden.txt").write_text("Japan and India held talks.")
    (tmp_path / "one.txt").write_text("Japan and India held talks in Tokyo.")
    (tmp_path / "two.html").write_text("<p>Iran and Iraq signed a deal.</p>")
    skipped: list[str] = []
    taken = [a.source_id for a in read_sources([str(tmp_path)], skipped)]
    assert sorted(p.rsplit("/", 1)[-1] for p in taken) == ["one.txt", "two.html"]
    assert sorted(p.rsplit("/", 1)[-1] for p in skipped) == [".hidden.txt", "README.md", "notes.md"]
    named = [a.source_id for a in read_sources([str(tmp_path / "notes.md")])]
    assert named == [str(tmp_path / "notes.md")]  # a file named on its own is read


def test_the_sample_folder_gives_only_articles():
    from importlib import resources

    with resources.as_file(resources.files("dyad.data").joinpath("sample")) as folder:
        skipped: list[str] = []
        ids = [a.source_id for a in read_sources([str(folder)], skipped)]
    assert len(ids) == 12 and all("sample-" in i for i in ids)
    assert [s.rsplit("/", 1)[-1] for s in skipped] == ["README.md"]


@pytest.mark.parametrize("option, value", [("--since", "yesterday"), ("--since", "01-01-2023"),
                                           ("--until", "2023-13-01")])
def test_dates_are_iso_or_a_clear_usage_error(db, option, value):
    res = run("events", "--db", db, option, value)
    assert res.exit_code == 2 and "ISO date" in res.output and "Traceback" not in res.output


def test_analyze_checks_its_date_and_format():
    res = run("analyze", "-", "--published", "05/11/2023")
    assert res.exit_code == 2 and "ISO date" in res.output
    res = run("analyze", "-", "--format", "xml")
    assert res.exit_code == 2 and "json" in res.output and "table" in res.output


def test_unknown_values_are_errors_listing_the_choices(db):
    res = run("events", "--db", db, "--cameo", "XYZ")
    assert res.exit_code == 2 and "04 Consult" in res.output
    res = run("events", "--db", db, "--modality", "foo")
    assert res.exit_code == 2 and "asserted" in res.output
    res = run("events", "--db", db, "--actor", "Narnia")
    assert res.exit_code == 2 and "No actor called 'Narnia'" in res.output
    res = run("events", "--db", db, "--actor", "Vladimir Putn")
    assert res.exit_code == 2 and "Vladimir Putin" in res.output  # a near name is suggested
    assert run("events", "--db", db, "--cameo", "04", "--format", "json").exit_code == 0


def test_rows_cut_say_so_and_json_csv_are_whole(db):
    res = run("events", "--db", db, "--limit", "2")
    assert res.exit_code == 0 and "Showing 2 of 6 events" in res.output
    every = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert len(every) == 6
    csv_lines = run("events", "--db", db, "--format", "csv").stdout.strip().splitlines()
    assert len(csv_lines) == 7  # a header and every row, not a default page
    assert len(json.loads(run("events", "--db", db, "--format", "json", "--limit", "0").stdout)) == 6
    res = run("events", "--db", db, "--all")
    assert "Showing" not in res.output


def test_the_event_table_shows_readable_columns(db):
    res = run("events", "--db", db, "--limit", "0")
    header = res.stdout.split("\n")[:4]
    for name in ("date", "source", "action", "target", "modality", "evidence"):
        assert name in "".join(header)
    assert "040 Consult" in res.stdout and "quad_class" not in res.stdout
    picked = json.loads(run("events", "--db", db, "--format", "json", "--columns", "id,cameo,plover").stdout)
    assert set(picked[0]) == {"id", "cameo", "plover"}
    bad = run("events", "--db", db, "--columns", "date,nonsense")
    assert bad.exit_code == 2 and "nonsense" in bad.output and "goldstein" in bad.output


def test_help_shows_choices_and_no_completion_install():
    top = run("--help").output
    assert "--install-completion" not in top
    assert "table|json|csv" in run("events", "--help").output
    dyads_help = run("dyads", "--help").output
    assert "day|week|month|year" in dyads_help and "asserted|" in dyads_help


def test_a_database_held_by_the_server_is_named(tmp_path):
    """A real second process holds the lock; the message names it and points to the HTTP API."""
    path = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
                               "sys.stdin.read()", str(path), "serve", "--port", "8123"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        import duckdb

        with pytest.raises(duckdb.Error) as raised:
            duckdb.connect(str(path), read_only=True)
        error = _open_error(str(path), raised.value)
        assert error.code == "E301" and f"PID {holder.pid}" in str(error)
        assert "http://127.0.0.1:8123/events.json" in error.hint
        res = run("events", "--db", path)
        assert res.exit_code == 2 and "E301" in res.output and "Traceback" not in res.output
    finally:
        holder.stdin.close()
        holder.wait()
