"""A killed ingest never leaves half an article, and a re-run completes without duplicates.

The kills land at points defined by progress, not by time: `dyad ingest` writes `ingest: N done`
to a pipe after each article's batch is committed, and the test kills the process when N reaches
a chosen number, so the test holds on a fast machine and on a slow one."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys

import duckdb

from .conftest import KINU

TABLES = ("articles", "article_actors", "mentions", "events", "quotes", "times", "place_mentions")
KILLS = int(os.environ.get("DYAD_KILL_ROUNDS", "10"))


def write_corpus(path, n=24):
    base = KINU.read_text(encoding="utf-8").split("\n\n")
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = f"Report {i}. " + "\n\n".join(base[(i % 4) * 2 : (i % 4) * 2 + 2])
            out.write(json.dumps({"id": f"doc-{i}", "text": text, "published": "2023-11-05"}) + "\n")


def run_ingest(corpus, db, kill_at=None) -> int:
    """Run an ingest; with ``kill_at``, SIGKILL it once it says that many articles are done.
    Returns how many it said were done."""
    cmd = [sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = 0
    for line in proc.stderr:
        found = re.match(r"ingest: (\d+) done", line)
        done = int(found.group(1)) if found else done
        if kill_at is not None and done >= kill_at:
            proc.send_signal(signal.SIGKILL)
            break
    proc.stderr.close()
    code = proc.wait(timeout=600)
    assert kill_at is not None or code == 0
    return done


def per_article(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {}
        for table in TABLES:
            col = "id" if table == "articles" else "article_id"
            for article_id, n in con.execute(f"SELECT {col}, count(*) FROM {table} GROUP BY 1").fetchall():
                rows.setdefault(article_id, {})[table] = n
        return rows
    finally:
        con.close()


def test_sigkill_mid_ingest_leaves_whole_articles_only(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    reference = tmp_path / "ref.duckdb"
    run_ingest(corpus, reference)
    expected = per_article(reference)
    assert len(expected) == 24

    db = tmp_path / "killed.duckdb"
    rng = random.Random(7)
    stored_after_kill = []
    for _ in range(KILLS):
        kill_at = rng.randint(1, len(expected) - 4)  # articles said done (new or already stored)
        said = run_ingest(corpus, db, kill_at=kill_at)
        stored = per_article(db) if db.exists() else {}
        for article_id, counts in stored.items():
            assert counts == expected[article_id], f"article {article_id} is partly stored"
        assert said >= kill_at and len(stored) >= said  # what was said done was committed
        stored_after_kill.append(len(stored))
    assert min(stored_after_kill) < len(expected), "no kill landed before the ingest finished"
    run_ingest(corpus, db)
    assert per_article(db) == expected
