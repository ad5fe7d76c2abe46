"""Child processes end with their parent, however it dies: SIGKILL of `dyad ingest --workers 2`
or of `dyad serve` after an analysis leaves no forkserver, worker or tracker behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import KINU

DEADLINE = 300  # seconds: a bound for a hung test, not a speed assumption (every wait polls)


def group(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def wait_for(condition, what: str):
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting: {what}")


def kill_and_expect_no_orphans(proc: subprocess.Popen) -> None:
    pgid = proc.pid  # start_new_session: the process leads its own group
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    try:
        wait_for(lambda: not group(pgid), "the children of the killed process to end")
    finally:
        for pid in group(pgid):  # never leave them to the next test
            os.kill(pid, signal.SIGKILL)


def test_sigkill_of_a_parallel_ingest_leaves_no_process(tmp_path):
    corpus = tmp_path / "c.jsonl"
    paras = KINU.read_text(encoding="utf-8").split("\n\n")
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Report {i}. " + paras[i % len(paras)]})
                              + "\n" for i in range(400)))
    proc = subprocess.Popen([sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--db",
                             str(tmp_path / "x.duckdb"), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    # the workers are up once the group holds the CLI, the forkserver, its two workers, the tracker
    wait_for(lambda: len(group(proc.pid)) >= 5, "the workers to start")
    kill_and_expect_no_orphans(proc)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sigkill_of_the_server_after_an_analysis_leaves_no_process(tmp_path):
    from .test_api import build_store

    db = build_store(tmp_path / "s.duckdb")
    port = free_port()
    env = {**os.environ, "DYAD_API_TOKEN": "secret"}
    proc = subprocess.Popen([sys.executable, "-m", "dyad.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        wait_for(lambda: _answers(f"http://127.0.0.1:{port}/articles.json"), "the server to answer")
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/analyze", method="POST",
            data=json.dumps({"text": "Japan and South Korea held talks in Tokyo on Monday."}).encode(),
            headers={"Authorization": "Bearer secret", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=DEADLINE) as answer:
            assert answer.status == 200
        assert len(group(proc.pid)) >= 3  # the server, the forkserver and its analysis worker
    finally:
        kill_and_expect_no_orphans(proc)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status == 200
    except OSError:
        return False
