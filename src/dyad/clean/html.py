"""HTML to main text and metadata, with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from dyad.errors import EmptyDocument


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise EmptyDocument("The HTML page has no main text that could be extracted.")
    date = (doc.date or None) and str(doc.date)[:10]
    return Extracted(doc.text, doc.title or None, date, doc.sitename or None, doc.url or url)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)
