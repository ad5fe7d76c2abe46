"""Whatever arrives, the batch goes on: hostile documents, generated here, each get a clear
reason, and every good document in the same batch is stored."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.article import Article
from dyad.clean import clean_article
from dyad.errors import InputError

GOOD = [
    "Japan and South Korea agreed on Monday to resume regular talks between their foreign ministers, "
    "officials in Tokyo said after a meeting in Seoul.",
    "Brazil's president met the leader of Argentina in Buenos Aires on Friday to discuss trade, "
    "according to a statement from his office.",
]
GERMAN = (
    "Der Bundeskanzler traf sich am Montag mit dem französischen Präsidenten in Berlin, um über die "
    "Lage in der Ukraine zu sprechen. Beide Seiten vereinbarten, die Hilfe für das Land auszuweiten "
    "und die Zusammenarbeit der Armeen zu vertiefen. Die Gespräche sollen im kommenden Monat in Paris "
    "fortgesetzt werden, hieß es aus Regierungskreisen."
)


def hostile_corpus(folder):
    """name -> (bytes, words the reason must contain)."""
    docs = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"   \n\n\t  \n", "empty"),
        "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        "archive.txt": (gzip.compress(b"hello world" * 100), "gzip"),
        "nul.txt": (b"abc\x00def\x00" * 100, "binary"),
        "german.txt": (GERMAN.encode(), "English"),
        "numbers.txt": (b"12345 67890 2024 ... 42 -- 7", "no words"),
        "huge.html": (b"<html><body>" + b"<p>filler text</p>" * 3_000_000 + b"</body></html>", "too large"),
        "oneline.txt": (b"word " * 2_100_000, "too large"),
        "nested.html": (b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000
                        + b"</body></html>", "no main text"),
    }
    for name, (data, _why) in docs.items():
        (folder / name).write_bytes(data)
    # documents that must survive: invalid UTF-8, mixed encodings, control characters
    (folder / "latin1.txt").write_bytes(GOOD[0].replace("Seoul", "Seoul café").encode("latin-1"))
    (folder / "mixed.txt").write_bytes(GOOD[1].encode() + b" Caf\xe9 \xff.")
    (folder / "control.txt").write_bytes(("\x07\x1b[31m" + GOOD[0] + "\x0c\x00").encode().replace(b"\x00", b""))
    batch = folder / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD[0]}),
        '{"id": "cut", "text": "North Korea fired a mis',  # truncated
        "not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text", "title": "only a title"}),
        json.dumps({"id": "ok-2", "text": GOOD[1]}),
    ]
    batch.write_text("\n".join(lines) + "\n")
    return {name: why for name, (_data, why) in docs.items()}


def test_hostile_documents_are_reported_and_good_ones_stored(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    expected = hostile_corpus(folder)
    db = tmp_path / "h.duckdb"
    res = subprocess.run([sys.executable, "-m", "dyad.cli", "ingest", str(folder), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 1
    report = " ".join(res.stderr.split())
    for name, why in expected.items():
        line = next((ln for ln in res.stderr.splitlines() if name in ln), "")
        assert why.lower() in " ".join(line.split()).lower() or why.lower() in report.lower(), (name, line)
    for bad in ("batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4", "no-text"):
        assert bad in report
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert stored == 5  # latin1, mixed, control, ok-1, ok-2 (latin1/control differ in text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_cleaning_keeps_offsets_consistent(text):
    try:
        article = clean_article(Article(text=text))
    except InputError:
        return
    last = 0
    for seg in article.segments:
        assert last <= seg.start < seg.end <= len(article.text)
        piece = article.text[seg.start : seg.end]
        assert piece.strip() == piece and piece
        last = seg.end
    assert article.id and article.id == clean_article(Article(text=text)).id


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
                min_size=1, max_size=6))
def test_cleaning_twice_changes_nothing(paragraphs):
    text = "\n\n".join(paragraphs)
    try:
        once = clean_article(Article(text=text))
    except InputError:
        return
    twice = clean_article(Article(text=once.text))
    assert twice.text == once.text
