"""The clean stage: raw text or HTML in ``Article.text`` becomes the cleaned text with segments.

Paragraphs are kept (joined by a blank line), white space inside a paragraph is folded,
caption paragraphs keep one copy of the caption followed by its credit on a line of its own.
Every later offset points into the cleaned text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from dyad.article import Article, Segment
from dyad.clean.captions import split_caption
from dyad.clean.html import extract_html, looks_like_html
from dyad.clean.language import check_language
from dyad.clean.marks import space_glued_marks
from dyad.errors import BadDate, EmptyDocument, TooLarge
from dyad.settings import settings

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


class CleanStage:
    name = "clean"
    requires = ("text",)
    assigns = ("text", "segments", "id")

    def __call__(self, article: Article) -> Article:
        return clean_article(article)


def clean_article(article: Article) -> Article:
    raw = article.text or ""
    limit = settings().max_chars
    if len(raw) > limit:
        raise TooLarge(f"The document is too large: {len(raw):,} characters; the limit is {limit:,}.")
    if looks_like_html(raw):
        page = extract_html(raw, article.url)
        raw = page.text
        article.title = article.title or page.title
        article.published = article.published or page.published
        article.outlet = article.outlet or page.outlet
        article.url = article.url or page.url
    article.published = publication_day(article.published)
    pieces = _pieces(article.title, raw)
    if not any(kind == "body" or kind == "caption" for kind, _ in pieces):
        raise EmptyDocument("The document has no text after cleaning.")
    article.text, article.segments = _assemble(pieces)
    check_language(article.text)
    article.id = article.id or article_id(article.text, article.url)
    return article


def publication_day(value: str | None) -> str | None:
    """The publication date as YYYY-MM-DD (a time after it is dropped); an impossible day
    ("2023-13-45", "2022-02-30") is refused here, before anything is computed from it."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    try:
        if len(value) < 10 or (len(value) > 10 and value[10] not in "T "):
            raise ValueError(value)
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise BadDate(f"The publication date {value!r} is not a calendar day (YYYY-MM-DD).") from None


def article_id(text: str, url: str | None = None) -> str:
    """Stable id: from the URL where given, else from the cleaned text."""
    basis = url.strip() if url else text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text).replace("\t", " ")


def paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", normalise_text(text))
    if len(blocks) == 1 and text.count("\n") > 3:
        blocks = text.split("\n")  # one paragraph per line (feeds, copied pages)
    return [space_glued_marks(re.sub(r"\s+", " ", b).strip()) for b in blocks if b.strip()]


def _pieces(title: str | None, raw: str) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    paras = paragraphs(raw)
    if title and title.strip():
        title = re.sub(r"\s+", " ", title).strip()
        if paras and paras[0] == title:
            paras = paras[1:]
        pieces.append(("title", title))
    for para in paras:
        caption = split_caption(para)
        if caption:
            pieces += [("caption", caption.caption), ("credit", caption.credit)]
        else:
            pieces.append(("body", para))
    return pieces


def _assemble(pieces: list[tuple[str, str]]) -> tuple[str, list[Segment]]:
    out: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for i, (kind, text) in enumerate(pieces):
        if i:
            sep = "\n" if kind == "credit" else "\n\n"
            out.append(sep)
            pos += len(sep)
        segments.append(Segment(kind, pos, pos + len(text)))
        out.append(text)
        pos += len(text)
    return "".join(out), segments
