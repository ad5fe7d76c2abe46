"""RSS and Atom feeds: which feeds to read (URLs, files of URLs, OPML), and what one feed holds.

Parsing is feedparser's (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, and their usual breakages). A feed item
becomes a ``FeedItem``: its link, headline, date, outlet and, when the feed carries the whole
article (``content:encoded`` or Atom content of at least ``FULL_TEXT_WORDS`` words), that text, so
that the page need not be fetched. Fetching and storing are ``dyad.monitor.watch``'s.
"""

from __future__ import annotations

import calendar
import io
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dyad.errors import InputError, UnsupportedInput

FULL_TEXT_WORDS = 80  # feed content this long is the article itself, not a teaser (teasers run 20-60 words)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "pre")


class NotAFeed(InputError):
    code = "E110"
    hint = "Check that the URL is an RSS or Atom feed (not its web page); dyad tries it again later."


@dataclass(slots=True)
class FeedItem:
    url: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    when: float  # seconds since the epoch (0 when the feed gives no date): older items first
    outlet: str | None
    content: str | None  # the article's own text from the feed, when the feed carries it whole
    feed: str


@dataclass(slots=True)
class Feed:
    title: str | None
    items: list[FeedItem]


def feed_urls(args: list[str]) -> list[str]:
    """The feed URLs that arguments name: a URL, an OPML file, or a text file of URLs (one a line,
    # comments allowed). In order, each once."""
    urls: list[str] = []
    for arg in args:
        urls += [arg] if _is_url(arg) else _urls_in_file(Path(arg))
    return list(dict.fromkeys(urls))


def _is_url(text: str) -> bool:
    return urlsplit(text).scheme in ("http", "https")


def _urls_in_file(path: Path) -> list[str]:
    if not path.is_file():
        raise UnsupportedInput(f"{path} is neither a feed URL nor a file of feed URLs.",
                               "Give http(s) feed URLs, a text file with one URL a line, or an OPML file.")
    text = path.read_text(encoding="utf-8", errors="replace")
    if "<opml" in text[:2000].lower():
        return opml_urls(text, path)
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    urls = [line for line in lines if line]
    bad = [u for u in urls if not _is_url(u)]
    if bad:
        raise UnsupportedInput(f"{path} has lines that are not http(s) URLs, e.g. {bad[0]!r}.")
    return urls


def opml_urls(text: str, where: Path | str = "OPML") -> list[str]:
    """Every ``xmlUrl`` of an OPML subscription list (outlines nest in folders)."""
    from lxml import etree

    try:
        root = etree.fromstring(text.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise UnsupportedInput(f"{where} is not valid OPML: {exc}") from exc
    return [u for u in (o.get("xmlUrl") for o in root.iter("outline")) if u and _is_url(u)]


def parse_feed(body: bytes, url: str) -> Feed:
    """The items of one feed document; ``NotAFeed`` when it is none."""
    import feedparser

    # a file object: feedparser then never treats the input as a URL or a path to open itself
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=True, resolve_relative_uris=True,
                              response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no RSS or Atom items"
        raise NotAFeed(f"{url} is not a readable feed: {str(reason)[:200]}.")
    title = (parsed.feed.get("title") or "").strip() or None
    outlet = title or urlsplit(url).hostname
    items = [item for entry in parsed.entries if (item := _item(entry, url, outlet)) is not None]
    return Feed(title, items)


def _item(entry, feed_url: str, outlet: str | None) -> FeedItem | None:
    link = entry.get("link") or (entry.get("id") if _is_url(entry.get("id") or "") else None)
    if not link or not _is_url(link):
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    when = float(calendar.timegm(stamp)) if stamp else 0.0
    published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
    title = (entry.get("title") or "").strip() or None
    return FeedItem(link, title, published, when, outlet, full_text(entry), feed_url)


def full_text(entry) -> str | None:
    """The article's text when the feed carries it whole (paragraphs kept), else None."""
    for content in entry.get("content") or []:
        text = fragment_text(content.get("value") or "")
        if len(text.split()) >= FULL_TEXT_WORDS:
            return text
    return None


def fragment_text(html: str) -> str:
    """An HTML fragment (a feed's content) as plain text, one paragraph per block element."""
    from lxml import html as lxml_html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup; the text is then taken raw
        return re.sub(r"<[^>]+>", " ", html).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
        block.text = "\n\n" + (block.text or "")
    text = root.text_content()
    paras = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)
