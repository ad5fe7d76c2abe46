"""The local executor: `dyad ingest --workers 2` stores exactly what a single process stores,
reports a broken document and stores the rest, and adds nothing when run again."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import duckdb
import pytest

from dyad.run.shards import ORDER

ARTICLES = [
    {
        "id": "a1",
        "published": "2023-03-14",
        "text": (
            "Iran rejects new sanctions\n\n"
            "Iran on Monday rejected the sanctions announced by the United States, calling them illegal. "
            '"We will not bow to pressure," Foreign Minister Hossein Amir-Abdollahian told reporters in Tehran.'
        ),
    },
    {
        "id": "a2",
        "published": "2023-05-02",
        "text": (
            "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, "
            "the South Korean military said. Japan condemned the launch."
        ),
    },
    {
        "id": "a3",
        "published": "2022-11-20",
        "url": "https://example.org/news/trade-deal",
        "text": (
            "China and Russia signed a trade agreement in Beijing on Friday. President Xi Jinping said the "
            "two countries would deepen their cooperation. Russian officials praised the deal."
        ),
    },
    {"id": "unreadable", "text": "   \n\t  "},  # fails when read, before any worker
    {"id": "no-text", "html": "<html><body><script>var x = 1;</script></body></html>"},  # fails in a worker
    {
        "id": "a4",
        "published": "2024-01-09",
        "text": (
            "Germany will send air defence systems to Ukraine, Chancellor Olaf Scholz said on Wednesday.\n\n"
            "Ukrainian President Volodymyr Zelensky thanked Berlin for the help."
        ),
    },
    {
        "id": "a5",
        "published": "2023-08-30",
        "text": (
            "The European Union accused Belarus of using migrants as a weapon. Officials in Brussels said "
            "they would consider further measures against Minsk next month."
        ),
    },
]


def write_corpus(path) -> None:
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")


def dump(db) -> dict[str, list[tuple]]:
    """Every stored row of every table an article writes, sorted; ingest timestamps left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in ORDER:
            cols = "* EXCLUDE (ingested_at)" if table == "articles" else "*"
            out[table] = sorted(con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def run_cli(corpus, db, *options) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "2"]
    env = {**os.environ, "COLUMNS": "200"}  # report lines unwrapped
    return subprocess.run(cmd + list(options), capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("executors")
    corpus = folder / "corpus.jsonl"
    write_corpus(corpus)
    single = run_cli(corpus, folder / "single.duckdb")
    parallel = run_cli(corpus, folder / "parallel.duckdb", "--workers", "2")
    return folder, corpus, single, parallel


def test_two_workers_store_what_one_process_stores(runs):
    folder, _, single, parallel = runs
    one, two = dump(folder / "single.duckdb"), dump(folder / "parallel.duckdb")
    assert len(one["articles"]) == 5
    assert one["events"] and one["quotes"] and one["mentions"]  # a comparison of something
    assert two == one


def test_broken_documents_are_reported_and_the_rest_stored(runs):
    _, _, single, parallel = runs
    for run in (single, parallel):
        assert run.returncode == 1, run.stderr  # a failed document makes the exit status 1
        assert "Stored 5 new article(s), 0 already" in run.stderr
        assert "unreadable: [E102]" in run.stderr
        assert "no-text: [E101]" in run.stderr


def test_running_again_adds_nothing(runs):
    folder, corpus, _, _ = runs
    before = dump(folder / "parallel.duckdb")
    again = run_cli(corpus, folder / "parallel.duckdb", "--workers", "2")
    assert "Stored 0 new article(s), 5 already" in again.stderr, again.stderr
    assert dump(folder / "parallel.duckdb") == before
