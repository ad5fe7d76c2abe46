"""Fetching one URL over http(s), with size and time limits."""

from __future__ import annotations

import urllib.request
from urllib.parse import urlparse

from dyad.errors import InputError, TooLarge, UnsupportedInput
from dyad.ingest.decode import decode_bytes
from dyad.settings import settings


def fetch(url: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        raise UnsupportedInput(f"Only http and https URLs can be fetched, not {url!r}.")
    limit = settings().fetch_max_bytes
    request = urllib.request.Request(url, headers={"User-Agent": "dyad/0.1 (+news analysis)"})
    try:
        with urllib.request.urlopen(request, timeout=settings().fetch_timeout) as response:  # noqa: S310
            data = response.read(limit + 1)
    except OSError as exc:
        raise InputError(f"Could not fetch {url}: {exc}", "Check the address and the network.") from exc
    if len(data) > limit:
        raise TooLarge(f"{url} is too large: more than {limit:,} bytes.")
    return decode_bytes(data, url)
