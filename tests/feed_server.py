"""Local news feeds on 127.0.0.1 for the watch tests, built from tests/fixtures/watch/stories.yaml.

/wire.xml     RSS 2.0, the whole article in content:encoded; ETag, answers 304 to If-None-Match
/herald.xml   Atom, summaries only (pages fetched); Last-Modified, answers 304 to If-Modified-Since
/courier.xml  RSS, summaries only, syndicated copies with the Courier's boilerplate (pages fetched)
/times.xml    RSS, syndicated copies in full with the Times' boilerplate
/slow.xml     never answers until the server closes (the client's timeout gives up first)
/garbage.xml  bytes that are no feed
/hook         a webhook receiver (POST), for the alert tests
Every request is logged as (method, path, status, headers) in ``FeedServer.log``.
"""

from __future__ import annotations

import threading
from datetime import datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

STORIES = Path(__file__).parent / "fixtures" / "watch" / "stories.yaml"
ETAG = '"wire-2024-06-07"'
LAST_MODIFIED = "Fri, 07 Jun 2024 12:00:00 GMT"
OUTLETS = {"wire": "Global Wire", "herald": "Daily Herald", "courier": "Evening Courier", "times": "Harbour Times"}
GARBAGE = b"\x89PNG\r\n\x1a\n\x00\x00garbage {{{ <not <a <feed \xff\xfe" * 20


def load_stories() -> dict:
    data = yaml.safe_load(STORIES.read_text(encoding="utf-8"))
    originals = {s["key"]: s for s in data["originals"]}
    for copy in data["copies"]:
        source = originals[copy["of"]]["paragraphs"]
        body = source[:-1] if copy["trim"] else source
        plate = data["boilerplate"][copy["feed"]]
        copy["paragraphs"] = plate["before"] + body + plate["after"]
    return {"originals": originals, "copies": {c["key"]: c for c in data["copies"]}}


class FeedServer:
    def __init__(self):
        self.stories = load_stories()
        self.log: list[tuple[str, str, int, dict]] = []
        self.hooks: list[bytes] = []
        self.release = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"

    def __enter__(self) -> FeedServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, name: str) -> str:
        return f"{self.base}/{name}.xml"

    def items(self, feed: str) -> list[dict]:
        pool = self.stories["originals"] if feed in ("wire", "herald") else self.stories["copies"]
        return [s for s in pool.values() if s["feed"] == feed]

    def page_url(self, story: dict) -> str:
        return f"{self.base}/{story['feed']}/{story['key']}.html"

    def hits(self, prefix: str) -> list[tuple[str, str, int, dict]]:
        return [entry for entry in self.log if entry[1].startswith(prefix)]

    # -- documents --------------------------------------------------------------------------
    def rss(self, feed: str, full: bool) -> bytes:
        entries = []
        for s in self.items(feed):
            html = "".join(f"<p>{escape(p)}</p>" for p in s["paragraphs"])
            content = f"<content:encoded><![CDATA[{html}]]></content:encoded>" if full else ""
            entries.append(
                f"<item><title>{escape(s['headline'])}</title><link>{self.page_url(s)}</link>"
                f"<guid>{self.page_url(s)}</guid><pubDate>{_rfc822(s['published'])}</pubDate>"
                f"<description>{escape(s['paragraphs'][0][:160])}...</description>{content}</item>")
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{OUTLETS[feed]}</title><link>{self.base}/{feed}/</link><description>News</description>"
            + "".join(entries) + "</channel></rss>").encode("utf-8")

    def atom(self, feed: str) -> bytes:
        entries = "".join(
            f"<entry><title>{escape(s['headline'])}</title><link href=\"{self.page_url(s)}\"/>"
            f"<id>{self.page_url(s)}</id><published>{_iso(s['published'])}</published>"
            f"<updated>{_iso(s['published'])}</updated><summary>{escape(s['paragraphs'][0][:160])}</summary></entry>"
            for s in self.items(feed))
        return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>{OUTLETS[feed]}</title><id>{self.base}/{feed}/</id><updated>2024-06-07T12:00:00Z</updated>"
                + entries + "</feed>").encode("utf-8")

    def page(self, story: dict) -> bytes:
        outlet = OUTLETS[story["feed"]]
        body = "".join(f"<p>{escape(p)}</p>" for p in story["paragraphs"])
        return (
            f"<!DOCTYPE html><html><head><title>{escape(story['headline'])} | {outlet}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet}\"></head><body>"
            f"<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a>"
            f" <a href=\"/subscribe\">Subscribe</a></nav></header>"
            f"<main><article><h1>{escape(story['headline'])}</h1>"
            f"<p class=\"byline\">By staff writers</p>{body}</article>"
            f"<aside><h2>Most read</h2><ul><li><a href=\"/a\">Markets close higher</a></li>"
            f"<li><a href=\"/b\">Weather warning for the weekend</a></li></ul></aside></main>"
            f"<footer><p>&copy; 2024 {outlet}. Terms of use. Privacy policy.</p></footer></body></html>"
        ).encode()

    # -- HTTP -------------------------------------------------------------------------------
    def route(self, path: str, headers) -> tuple[int, dict[str, str], bytes]:
        if path == "/wire.xml":
            if headers.get("If-None-Match") == ETAG:
                return 304, {"ETag": ETAG}, b""
            return 200, {"ETag": ETAG, "Content-Type": "application/rss+xml"}, self.rss("wire", full=True)
        if path == "/herald.xml":
            if headers.get("If-Modified-Since") == LAST_MODIFIED:
                return 304, {}, b""
            return 200, {"Last-Modified": LAST_MODIFIED, "Content-Type": "application/atom+xml"}, self.atom("herald")
        if path == "/courier.xml":
            return 200, {"Content-Type": "application/rss+xml"}, self.rss("courier", full=False)
        if path == "/times.xml":
            return 200, {"Content-Type": "application/rss+xml"}, self.rss("times", full=True)
        if path == "/garbage.xml":
            return 200, {"Content-Type": "application/rss+xml"}, GARBAGE
        if path == "/slow.xml":
            self.release.wait(60)  # released when the test ends; the client's timeout is shorter
            return 200, {}, b""
        feed, _, name = path.strip("/").partition("/")
        story = self.stories["originals" if feed in ("wire", "herald") else "copies"].get(name.removesuffix(".html"))
        if story is not None and story["feed"] == feed:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, self.page(story)
        return 404, {}, b"not found"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                status, headers, body = server.route(self.path, self.headers)
                server.log.append(("GET", self.path, status, dict(self.headers)))
                self._answer(status, headers, body)

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                server.hooks.append(self.rfile.read(length))
                server.log.append(("POST", self.path, 204, dict(self.headers)))
                self._answer(204, {}, b"")

            def _answer(self, status, headers, body):
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (the slow feed)

            def log_message(self, *args):
                pass

        return Handler


def _when(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _rfc822(value) -> str:
    return format_datetime(_when(value), usegmt=True)


def _iso(value) -> str:
    return _when(value).strftime("%Y-%m-%dT%H:%M:%SZ")
