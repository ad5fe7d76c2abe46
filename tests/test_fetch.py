"""URL fetching refuses local and private networks (SSRF), on every redirect, with limits.
All traffic stays on this machine: the allowed server is a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest

from dyad.errors import TooLarge, UnsupportedInput
from dyad.ingest.fetch import BlockedAddress, fetch, is_public
from dyad.settings import settings

from .web_origin import serve

PAGE = b"<html><body><article><p>" + b"Officials from Chile and Peru met in Lima on Monday. " * 20 + \
    b"</p></article></body></html>"


def routes(port: int) -> dict:
    return {
        "/page": (200, {}, PAGE),
        "/to-private": (302, {"Location": "http://10.1.2.3/secret"}, b""),
        "/to-metadata": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "/to-localhost": (302, {"Location": f"http://localhost:{port}/page"}, b""),
        "/to-page": (302, {"Location": "/page"}, b""),
        "/huge": (200, {}, b"a" * 300_000),
    }


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("DYAD_FETCH_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("DYAD_FETCH_MAX_BYTES", "200000")
    settings.cache_clear()
    with serve(routes) as url:
        yield url
    settings.cache_clear()


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8000/", "http://10.0.0.1/", "http://192.168.1.1/",
    "http://172.16.0.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
    "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
])
def test_local_private_link_local_and_multicast_addresses_are_refused(url):
    settings.cache_clear()
    with pytest.raises(BlockedAddress):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x", "javascript:alert(1)"])
def test_only_http_and_https(url):
    with pytest.raises(UnsupportedInput):
        fetch(url)


def test_allowed_host_is_fetched_and_relative_redirects_followed(server):
    assert b"Chile" in fetch(f"{server}/page").encode()
    assert "Peru" in fetch(f"{server}/to-page")


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata", "/to-localhost"])
def test_redirects_to_private_addresses_are_refused(server, path):
    with pytest.raises(BlockedAddress):
        fetch(server + path)


def test_size_limit(server):
    with pytest.raises(TooLarge):
        fetch(f"{server}/huge")


def test_public_address_check():
    assert is_public("8.8.8.8") and is_public("2606:4700:4700::1111")
    assert not any(map(is_public, ["127.0.0.1", "10.0.0.1", "fe80::1", "ff02::1", "::1", "100.64.0.1"]))
