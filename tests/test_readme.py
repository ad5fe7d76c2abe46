"""The README's examples, run as written, so that they cannot drift from what dyad does.

Every ``dyad ...`` line of the README's code blocks is run through the command line's runner, with
its placeholders filled in (ARTICLE.txt, news.duckdb, DIR_OR_FILE, a|b|c choices: each one); the
abridged JSON of the stdin example must be part of what dyad prints; the demo's first lines and
counts must be what ``dyad demo`` prints; every HTTP address and every Python call it names must
answer. Lines that start a server, a feed watcher, a Ray cluster or a quality gate are listed in SKIP with where
they are tested instead.
"""

from __future__ import annotations

import json
import re
import shlex
from importlib import resources

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import dyad
from dyad.cli import app
from dyad.web import create_app

from .conftest import KINU, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SKIP = {
    "dyad serve": "serves until stopped: its HTTP examples are run below through the app",
    "--engine ray": "tests/test_ray.py",
    "--workers": "tests/test_executors.py",
    "dyad eval": "the quality-gate tests of each extractor",
    "dyad watch": "reads feeds from the network until stopped: tests/test_watch.py runs it on local feeds",
}
runner = CliRunner()


def code_blocks(kind: str = "") -> list[str]:
    """The README's fenced blocks of one kind ("" for plain ones), in order."""
    blocks, current, lang = [], None, ""
    for line in README.splitlines():
        if line.startswith("```"):
            if current is None:
                current, lang = [], line[3:].strip()
            else:
                if lang == kind:
                    blocks.append("\n".join(current) + "\n")
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def dyad_lines() -> list[str]:
    lines = []
    for block in code_blocks():
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("dyad "):
                lines.append(line)
    return lines


@pytest.fixture(scope="module")
def sample():
    with resources.as_file(resources.files("dyad.data").joinpath("sample")) as folder:
        yield folder


@pytest.fixture(scope="module")
def places(tmp_path_factory, sample):
    """What the README's placeholders stand for here."""
    tmp = tmp_path_factory.mktemp("readme")
    (tmp / "out").mkdir()
    return {"ARTICLE.txt": str(KINU), "BATCH.jsonl": str(sample / "articles.jsonl"),
            "FILES_OR_FOLDERS_OR_JSONL...": str(sample), "corpus/": str(sample),
            "news.duckdb": str(tmp / "news.duckdb"), "DIR_OR_FILE": f"{tmp / 'out'}/"}


def expand(line: str, places: dict) -> list[list[str]]:
    """The argument lists of one README line: placeholders filled, each a|b|c choice on its own."""
    words = [places.get(w, w) for w in shlex.split(line)[1:]]
    runs = [[]]
    for word in words:
        choices = word.split("|") if "|" in word and not word.startswith("http") else [word]
        runs = [run + [choice] for run in runs for choice in choices]
    return runs


@pytest.fixture(scope="module")
def news(places):
    """The store the README builds with its ingest line."""
    ingest = next(line for line in dyad_lines() if line.startswith("dyad ingest FILES"))
    for args in expand(ingest, places):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
    return places["news.duckdb"]


def test_every_dyad_line_of_the_readme_runs(news, places):
    ran = 0
    for line in dyad_lines():
        if any(mark in line for mark in SKIP):
            continue
        for args in expand(line, places):
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (line, args, result.output[-2000:])
            assert "Traceback" not in result.output
            ran += 1
    assert ran >= 15  # analyze x3, ingest, actors, events x2, quotes, dyads, export x6


def test_the_stdin_example_prints_what_the_readme_shows():
    command = next(b for b in code_blocks() if "| dyad analyze -" in b)
    text = re.search(r"echo '(.*)' \|", command, re.S).group(1)
    published = re.search(r"--published (\S+)", command).group(1)
    result = runner.invoke(app, ["analyze", "-", "--published", published], input=text + "\n")
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    shown = json.loads(code_blocks("json")[0])
    for key in ("schema_version", "published", "segments", "sentences"):
        assert got[key] == shown[key], key
    assert got["text"].startswith(shown["text"].rstrip("."))
    for kind in ("actors", "events", "quotes", "times", "places"):
        for item in shown[kind]:  # each abridged item is in the output with every field it shows
            assert any(shows(item, found) for found in got[kind]), (kind, item)


def shows(shown, got) -> bool:
    """Whether ``got`` has everything ``shown`` has (an abridged copy: extra fields are fine)."""
    if isinstance(shown, dict):
        return isinstance(got, dict) and all(k in got and shows(v, got[k]) for k, v in shown.items())
    if isinstance(shown, list):
        return isinstance(got, list) and len(shown) == len(got) and all(map(shows, shown, got))
    return shown == got


def test_the_demo_prints_what_the_readme_shows(tmp_path):
    shown = next(b for b in code_blocks() if b.startswith("Stored "))
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "dyad-demo.duckdb"), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert shown.splitlines()[0].split(" 0 already")[0] in result.output  # Stored 12 new article(s), ...
    counts = dict(re.findall(r"│ (\w+)\s+│ (\d+)\s+│", shown))
    printed = dict(re.findall(r"│ (\w+)\s+│ (\d+)\s+│", result.output))
    assert counts and {k: printed.get(k) for k in counts} == counts


def test_every_http_address_of_the_readme_answers(news):
    addresses = sorted(set(re.findall(r"`(/[a-z]+(?:/ID)?\.(?:json|csv)[^`]*)`", README)))
    assert "/dyads.json?actor=PRK&with=RUS&by=month" in addresses
    with TestClient(create_app(news, read_only=True)) as client:
        article = client.get("/articles.json", params={"limit": 1}).json()["rows"][0]["id"]
        for address in addresses:
            if "NAME" in address:
                continue
            response = client.get(address.replace("/ID.", f"/{article}."))
            assert response.status_code == 200, (address, response.text)


def test_every_python_call_of_the_readme_answers(news):
    python = README[README.index("- **Python** (notebooks)"):README.index("- **One name per concept**")]
    calls = re.findall(r"`store\.(\w+\([^`]*\))`", python)
    assert len(calls) >= 8
    with dyad.open(news) as store:
        for call in calls:
            assert eval(f"store.{call}", {"store": store}) is not None, call  # noqa: S307 - the README's own text
