"""Whatever arrives, the batch goes on: hostile documents, generated here, each get a clear
reason, and every good document in the same batch is stored."""

from __future__ import annotations

import gzip
import json
import os
import random
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


NON_LATIN = [  # English news about people whose names are written in their own script
    "Foreign Minister Сергей Лавров met envoys from Africa in Moscow on Tuesday, the ministry said.",
    "Prime Minister Κυριάκος Μητσοτάκης met envoys from Africa in Athens on Tuesday, his office said.",
]


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
    docs |= {  # files a folder holds that are not text: listed as skipped, never passed over silently
        "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "skipped"),
        "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "skipped"),
        "dump.gz": (gzip.compress(b"hello world" * 100), "skipped"),
        # bytes in no encoding that can be told with confidence: refused, not read as junk letters
        "junk.txt": (GOOD[0][:60].encode() + random.Random(1).randbytes(60) + GOOD[0][60:].encode(), "E109"),
    }
    for name, (data, _why) in docs.items():
        (folder / name).write_bytes(data)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # a dot file: not a document
    # documents that must survive: invalid UTF-8, mixed encodings, control characters, UTF-16/32
    (folder / "latin1.txt").write_bytes(GOOD[0].replace("Seoul", "Seoul café").encode("latin-1"))
    (folder / "mixed.txt").write_bytes(GOOD[1].encode() + b" Caf\xe9 \xff.")
    (folder / "control.txt").write_bytes(("\x07\x1b[31m" + GOOD[0] + "\x0c\x00").encode().replace(b"\x00", b""))
    (folder / "utf16.txt").write_bytes(GOOD[0].replace("Monday", "Tuesday").encode("utf-16"))
    (folder / "utf32.txt").write_bytes(GOOD[0].replace("Monday", "Wednesday").encode("utf-32"))
    (folder / "broken-utf8.txt").write_bytes(GOOD[1].replace("Friday", "Sunday").encode() + " José ".encode()
                                             + b"\xff\xfe\xc3(" + " Müller.".encode())
    batch = folder / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD[0]}),
        '{"id": "cut", "text": "North Korea fired a mis',  # truncated
        "not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text", "title": "only a title"}),
        json.dumps({"id": "ok-2", "text": GOOD[1]}),
        json.dumps({"id": "month-13", "text": GOOD[1] + " Again.", "published": "2023-13-45"}),
        json.dumps({"id": "feb-30", "text": GOOD[1] + " Once more.", "published": "2022-02-30"}),
        json.dumps({"id": "ok-3", "text": GOOD[0] + " Later.", "published": "2023-11-05"}),
        json.dumps({"id": "cyrillic", "text": NON_LATIN[0]}),
        json.dumps({"id": "greek", "text": NON_LATIN[1]}),
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
    for bad_day in ("month-13", "feb-30"):
        line = next(ln for ln in res.stderr.splitlines() if f"failed {bad_day}:" in ln)
        assert "[E112]" in line and "calendar day" in line and "aborted" not in line
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    people = con.execute("SELECT id, name FROM actors WHERE kind = 'person'").fetchall()
    names = " ".join(r[0] for r in con.execute("SELECT name FROM actors").fetchall())
    con.close()
    # latin1, mixed, control, utf16, utf32, broken-utf8, ok-1, ok-2, ok-3, cyrillic, greek
    assert stored == 11
    ids = {name: actor_id for actor_id, name in people}
    assert ids["Сергей Лавров"] and ids["Κυριάκος Μητσοτάκης"] and ids["Сергей Лавров"] != ids["Κυριάκος Μητσοτάκης"]
    assert not set(names) & set("˙ţĂ"), names  # broken bytes are U+FFFD, never letters of a code page


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


# The long-text tests check offsets and isolation, not speed: the per-stage time limit (30 s by
# default) is lifted so that a loaded machine cannot fail them.
NO_STAGE_LIMIT = {**os.environ, "DYAD_DOC_TIMEOUT": "0"}


def long_text() -> str:
    """1.2 million characters, more than spaCy takes in one piece (1,000,000): three paragraphs of
    news and a pasted image (a data URI), as scraped pages carry them. Cheap to parse: one token."""
    news = "\n\n".join(g.replace("Monday", "Thursday") for g in GOOD)
    return f"{news}\n\nThe photo: data:image/png;base64,iVBORw0KGgo{'A' * 1_100_000}\n\n{GOOD[0]} It rained."


def test_a_long_text_is_analysed_with_offsets_kept_and_costs_no_other_document(tmp_path):
    text = long_text()
    assert 1_000_000 < len(text) < 2_000_000
    batch = tmp_path / "batch.jsonl"
    records = [{"id": f"good-{i}", "text": f"{GOOD[i % 2]} Item {i}."} for i in range(6)]
    records.insert(3, {"id": "long", "text": text, "published": "2023-11-05"})
    batch.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "long.duckdb"
    res = subprocess.run([sys.executable, "-m", "dyad.cli", "ingest", str(batch), "--db", str(db),
                          "--workers", "2"], capture_output=True, text=True, timeout=600, env=NO_STAGE_LIMIT)
    assert res.returncode == 0, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
        (stored,) = con.execute("SELECT text FROM articles WHERE length(text) > 1000000").fetchone()
        mentions = con.execute("SELECT m.start_char, m.end_char, m.text FROM mentions m JOIN articles a "
                               "ON a.id = m.article_id WHERE length(a.text) > 1000000").fetchall()
    finally:
        con.close()
    assert any(start > 1_000_000 for start, _end, _text in mentions)  # the last paragraph was read
    assert all(stored[start:end] == words for start, end, words in mentions)


def test_analyze_prints_a_long_text_with_offsets_into_it(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(long_text(), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "dyad.cli", "analyze", str(path)], capture_output=True,
                         text=True, timeout=600, env=NO_STAGE_LIMIT)
    assert res.returncode == 0, res.stderr[-2000:]
    data = json.loads(res.stdout)
    spans = [(m["start"], m["end"], m["text"]) for a in data["actors"] for m in a["mentions"]]
    assert spans and all(data["text"][s:e] == t for s, e, t in spans)
    assert max(s for s, _e, _t in spans) > 1_000_000
