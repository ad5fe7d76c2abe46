"""The command line as a user runs it: analyze (file, stdin, JSONL batch), ingest, queries, demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb

from .conftest import KINU, KINU_GOLD, SHARED


def dyad(*args, input=None, check=True):
    return subprocess.run([sys.executable, "-m", "dyad.cli", *map(str, args)], capture_output=True,
                          text=True, input=input, check=check, timeout=600)


def scorer():
    sys.path.insert(0, str(SHARED / "scripts"))
    try:
        import score
    finally:
        sys.path.pop(0)
    return score


def test_analyze_founding_article_contract_and_quality_gate(tmp_path):
    data = json.loads(dyad("analyze", KINU, "--published", "2023-11-05").stdout)
    assert data["schema_version"] == 1 and data["published"] == "2023-11-05"
    for key in ("id", "text", "segments", "sentences", "actors", "events", "quotes", "times", "places"):
        assert key in data
    for item in data["actors"]:
        assert {"id", "name", "kind", "country", "sector", "code", "roles", "mentions"} <= set(item)
    for event in data["events"]:
        assert {"source", "target", "cameo", "plover", "goldstein", "quad_class", "modality", "date",
                "place", "evidence", "confidence"} <= set(event)
    result = scorer().score(data, json.loads(KINU_GOLD.read_text()))
    assert result["captions"]["found"] == 4
    found = sum(c["found"] for c in result.values())
    assert found >= 70, {k: v["misses"] for k, v in result.items() if v["misses"]}  # pinned floor


def test_analyze_reads_stdin_and_prints_a_table():
    out = dyad("analyze", "-", "--published", "2019-03-01", "--format", "table",
               input="Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.")
    assert "Vladimir Putin" in out.stdout and "Xi Jinping" in out.stdout


def test_analyze_reports_a_missing_file_clearly():
    res = dyad("analyze", "no-such-file.txt", check=False)
    assert res.returncode == 2 and "No such file" in res.stderr


def test_jsonl_batch_echoes_ids_and_reports_bad_lines(tmp_path):
    batch = tmp_path / "batch.jsonl"
    lines = []
    for i in range(1000):
        if i == 3:
            lines.append("{not json")
        elif i == 5:
            lines.append(json.dumps({"id": "empty", "text": "   "}))
        else:
            lines.append(json.dumps({"id": f"n{i}", "text": f"Japan and India held talks in Tokyo on day {i}.",
                                     "published": "2024-05-01"}))
    batch.write_text("\n".join(lines) + "\n")
    res = dyad("analyze", batch, check=False)
    assert res.returncode == 1  # some lines failed
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(out) == 1000
    assert [o["source_id"] for o in out][:3] == ["n0", "n1", "n2"]
    assert "error" in out[3] and "not valid JSON" in out[3]["error"]
    assert out[5]["source_id"] == "empty" and "error" in out[5]
    assert out[999]["source_id"] == "n999" and out[999]["schema_version"] == 1


def test_ingest_is_idempotent_and_reports_broken_documents(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(KINU.read_text())
    (folder / "b.txt").write_text("Iran and Iraq signed a trade deal in Baghdad on Monday, officials said.")
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    db = tmp_path / "news.duckdb"
    first = dyad("ingest", folder, "--db", db, check=False)
    assert first.returncode == 1 and "broken.txt" in first.stderr and "PDF" in first.stderr
    counts = table_counts(db)
    assert counts["articles"] == 2 and counts["events"] > 0
    again = dyad("ingest", folder, "--db", db, check=False)
    assert "0 new" in again.stderr
    assert table_counts(db) == counts


def test_queries_filter_and_format(tmp_path):
    db = tmp_path / "q.duckdb"
    dyad("ingest", KINU, "--db", db)
    events = json.loads(dyad("events", "--db", db, "--actor", "PRK", "--format", "json").stdout)
    assert events and all("PRK" in (e["source_country"], e["target_country"]) for e in events)
    hanoi = json.loads(dyad("events", "--db", db, "--between", "USA", "PRK", "--cameo", "04",
                            "--format", "json").stdout)
    assert any(e["date"] == "2019-02-27" for e in hanoi)
    csv_out = dyad("quotes", "--db", db, "--actor", "kim-chun-sig", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("speaker,") and "Kim Chun-sig" in csv_out
    actors = json.loads(dyad("actors", "--db", db, "--format", "json").stdout)
    assert "Kim Jong-un" in {a["name"] for a in actors}
    none = dyad("events", "--db", db, "--actor", "x' OR '1'='1", "--format", "json", check=False)
    assert none.returncode == 2 and "No actor called" in none.stderr and none.stdout == ""


def test_demo_builds_the_sample_store(tmp_path):
    db = tmp_path / "demo.duckdb"
    res = dyad("demo", "--db", db, "--no-serve")
    assert "Most mentioned actors" in res.stdout
    counts = table_counts(db)
    assert counts["articles"] == 12 and counts["events"] > 10 and counts["quotes"] > 10


def table_counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events", "quotes", "times")}
    finally:
        con.close()


# -- exit codes: 0 all stored, 1 some documents failed, 2 usage or store error, 3 internal error ---------
GOOD = "Iran and Iraq signed a trade deal in Baghdad on Monday, officials said."


def run_cli(*args, input=None):
    from typer.testing import CliRunner

    from dyad.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def test_exit_code_0_when_every_document_is_stored(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    assert run_cli("ingest", tmp_path / "a.txt", "--db", tmp_path / "x.duckdb").exit_code == 0


def test_exit_code_1_when_some_documents_failed(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("   ")
    result = run_cli("ingest", tmp_path, "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1 and "b.txt" in result.output
    assert run_cli("analyze", "-", input="   ").exit_code == 1  # the one document failed


def test_exit_code_2_for_usage_and_store_errors(tmp_path):
    assert run_cli("events", "--limit", "-1", "--db", tmp_path / "x.duckdb").exit_code == 2
    assert run_cli("ingest", "--engine", "nonsense", tmp_path).exit_code == 2
    assert run_cli("events", "--db", tmp_path / "missing.duckdb").exit_code == 2
    (tmp_path / "not-a-db.duckdb").write_bytes(b"this is no database" * 1000)
    result = run_cli("events", "--db", tmp_path / "not-a-db.duckdb")
    assert result.exit_code == 2 and "[E30" in result.output


def test_exit_code_3_for_an_internal_error_in_one_line(tmp_path, monkeypatch):
    from dyad.store import queries

    (tmp_path / "a.txt").write_text(GOOD)
    assert run_cli("ingest", tmp_path / "a.txt", "--db", tmp_path / "x.duckdb").exit_code == 0
    monkeypatch.setattr(queries, "actor_page", lambda *_a: {}["a bug"])
    result = run_cli("actors", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 3, result.output
    assert "[E900] internal error: KeyError" in result.output and "Traceback" not in result.output


def test_exit_codes_are_documented_in_the_readme():
    readme = Path(__file__).parents[1] / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = text[text.index("## Exit codes"):]
    for code, words in ((0, "stored"), (1, "failed"), (2, "usage"), (3, "internal")):
        assert f"| {code} |" in section and words in section


def test_a_document_error_has_one_code_and_its_hint():
    from .test_hostile import GERMAN

    result = run_cli("analyze", "-", input=GERMAN)
    assert result.exit_code == 1
    assert "[E106]" in result.output and "[E000]" not in result.output and "translate" in result.output
    bad_day = run_cli("analyze", "-", "--published", "2022-02-30", input=GOOD)  # an option: a usage error
    assert bad_day.exit_code == 2 and "2022-02-30" in bad_day.output
