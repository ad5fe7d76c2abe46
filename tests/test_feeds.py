"""Feeds: which feeds the arguments name, what one feed holds, and a server that is no HTTP."""

from __future__ import annotations

import socket
import threading

import pytest

from dyad.errors import InputError, UnsupportedInput
from dyad.ingest.feeds import NotAFeed, feed_urls, fragment_text, parse_feed
from dyad.ingest.fetch import fetch_response
from dyad.settings import settings

OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/>
<outline type="rss" text="B" xmlUrl="https://b.example/atom.xml"/></outline>
<outline text="no feed"/></body></opml>"""


def test_feed_arguments_urls_files_and_opml(tmp_path):
    listed = tmp_path / "feeds.txt"
    listed.write_text("# mine\nhttps://c.example/feed  # a comment\n\nhttps://a.example/rss\n")
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML)
    assert feed_urls(["https://a.example/rss", str(listed), str(opml)]) == [
        "https://a.example/rss", "https://c.example/feed", "https://b.example/atom.xml"]
    listed.write_text("not a url\n")
    with pytest.raises(UnsupportedInput):
        feed_urls([str(listed)])
    with pytest.raises(UnsupportedInput):
        feed_urls([str(tmp_path / "missing.txt")])


def test_a_feed_with_the_whole_article_carries_its_paragraphs():
    paragraph = "<p>" + " ".join(["word"] * 50) + ".</p>"
    rss = ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           "<channel><title>Wire</title><item><title>Full</title><link>https://w.example/1</link>"
           f"<content:encoded><![CDATA[{paragraph * 2}]]></content:encoded></item>"
           "<item><title>Teaser</title><link>https://w.example/2</link><description>Short.</description></item>"
           "<item><title>No link</title></item></channel></rss>").encode()
    feed = parse_feed(rss, "https://w.example/rss")
    assert [i.url for i in feed.items] == ["https://w.example/1", "https://w.example/2"]
    assert feed.items[0].content.count("\n\n") == 1 and feed.items[1].content is None
    assert feed.items[0].outlet == "Wire"


def test_garbage_is_no_feed():
    with pytest.raises(NotAFeed):
        parse_feed(b"\x00\x01 {{ not <xml", "https://x.example/feed")
    with pytest.raises(NotAFeed):
        parse_feed(b"<html><body><p>A web page.</p></body></html>", "https://x.example/")


def test_fragment_text_keeps_paragraphs():
    assert fragment_text("<p>One <b>two</b>.</p><p>Three<br>four</p>") == "One two.\n\nThree\nfour"


def test_a_server_that_answers_no_http_is_an_input_error(monkeypatch):
    listener = socket.create_server(("127.0.0.1", 0))

    def answer():
        conn, _ = listener.accept()
        conn.recv(4096)
        conn.sendall(b"\x16\x03\x01 this is not HTTP\r\n\r\n")
        conn.close()

    threading.Thread(target=answer, daemon=True).start()
    monkeypatch.setenv("DYAD_FETCH_ALLOW_HOSTS", "127.0.0.1")
    settings.cache_clear()
    try:
        with pytest.raises(InputError):
            fetch_response(f"http://127.0.0.1:{listener.getsockname()[1]}/feed")
    finally:
        settings.cache_clear()
        listener.close()
