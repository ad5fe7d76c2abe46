"""Reading documents into raw Articles. A document that cannot be read becomes an Article that
carries a Problem with the reason, so that the batch goes on and the user is told."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from dyad.article import Article, Problem
from dyad.errors import InputError, TooLarge, UnsupportedInput
from dyad.ingest.decode import decode_bytes
from dyad.settings import settings

# What a folder ingest takes: article files and JSONL batches. Anything else in a folder (a
# README, markdown notes, images, hidden files) is skipped and reported; a file named on its own
# is always read.
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl"}


def failed(source_id, reason: str, stage: str = "load") -> Article:
    return Article(text="", source_id=source_id, problems=[Problem(stage, reason)])


def read_sources(paths: list[str], skipped: list[str] | None = None) -> Iterator[Article]:
    """Every document under the given paths: files, folders (recursively), JSONL files. Files in
    a folder that are not articles (see ``is_article``) go to ``skipped`` (when given), not read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if is_article(child.relative_to(path)):
                    yield from read_file(child)
                elif skipped is not None:
                    skipped.append(str(child))
        elif path.exists():
            yield from read_file(path)
        else:
            yield failed(raw, f"[E104] No such file or folder: {raw}")


def is_article(relative: Path) -> bool:
    """Whether a file found in a folder is taken as an article: a text, HTML or JSONL file, not
    hidden, and not a README (a corpus folder's own documentation)."""
    if any(part.startswith(".") for part in relative.parts):
        return False
    return relative.suffix.lower() in ARTICLE_SUFFIXES and not relative.stem.lower().startswith("readme")


def read_file(path: Path) -> Iterator[Article]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path)
        return
    try:
        yield Article(text=read_text(path), source_id=str(path))
    except InputError as exc:
        yield failed(str(path), str(exc))


def read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > settings().max_bytes:
        raise TooLarge(f"{path} is too large: {size:,} bytes; the limit is {settings().max_bytes:,}.")
    return decode_bytes(path.read_bytes(), str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield from_json_line(line, f"{path}:{number}")


def from_json_line(line: bytes | str, where: str) -> Article:
    """One JSONL record: {"id", "text" or "html", "url", "title", "published", "outlet"}."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return failed(where, f"[E105] Line {where} is not valid JSON: {exc}")
    if not isinstance(record, dict):
        return failed(where, f"[E105] Line {where} is not a JSON object.")
    source_id = record.get("id", where)
    try:
        return from_record(record, source_id)
    except InputError as exc:
        return failed(source_id, str(exc))


def from_record(record: dict, source_id) -> Article:
    body = record.get("text") if record.get("text") is not None else record.get("html")
    if not isinstance(body, str) or not body.strip():
        raise UnsupportedInput("The record has no 'text' or 'html' string.")
    if len(body) > settings().max_chars:
        raise TooLarge(f"The record is too large: {len(body):,} characters; the limit is {settings().max_chars:,}.")
    published = record.get("published")  # checked by the clean stage (a real calendar day)
    return Article(
        text=body,
        url=_opt_str(record.get("url")),
        title=_opt_str(record.get("title")),
        outlet=_opt_str(record.get("outlet")),
        published=str(published) if published else None,
        source_id=source_id,
    )


def _opt_str(value) -> str | None:
    return str(value) if value not in (None, "") else None
