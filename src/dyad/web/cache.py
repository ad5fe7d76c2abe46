"""Read results cached per store version: the store changes only through the server's one writer,
which bumps ``StoreOwner.version`` after each commit, so a result computed at one version stays
right until the next write. Entries are the page context and its JSON, least recently used first
out. A request reads the version before its cursor's first query, so it can only ever cache data
at least as new as its key."""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime
from decimal import Decimal


def to_json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, default=_plain, separators=(",", ":")).encode()


def _plain(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


class ResultCache:
    """Results by key, each tagged with the store version it was computed at.

    A result of the current version is served as it is. A result of an older version is served as
    it is while it is younger than ``stale_seconds``; up to three times that age it is still served
    while one recomputation runs in the background (so an ingest running next to the readers
    neither makes them wait nor keeps the CPU busy recomputing after every write); an older one, or
    a missing one, is computed by the first request that asks while others asking for the same key
    wait for that result (no stampede after a write). ``stale_seconds=0`` makes every answer
    exact. ``clock`` gives the seconds ages are measured in (``time.monotonic``)."""

    def __init__(self, size: int = 256, stale_seconds: float = 0.0,
                 clock: Callable[[], float] = time.monotonic):
        self.size = size
        self.stale_seconds = stale_seconds
        self._clock = clock
        self._entries: OrderedDict[tuple, tuple[int, float, dict, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[tuple, Future] = {}

    def get(self, key: tuple, version: int, compute: Callable[[], dict],
            refresh: Callable[[], tuple[int, dict]] | None = None) -> tuple[dict, bytes]:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                age = self._clock() - found[1]
                if found[0] == version or age < self.stale_seconds:
                    return found[2], found[3]
                if refresh is not None and age < 3 * self.stale_seconds:
                    self._refresh_later(key, refresh)
                    return found[2], found[3]
            pending = self._pending.get(key)
            mine = pending is None
            if mine:
                pending = self._pending[key] = Future()
        if not mine:
            return pending.result()
        return self._compute(key, version, compute, pending)

    def _compute(self, key, version, compute, pending: Future) -> tuple[dict, bytes]:
        return self._settle(key, pending, lambda: (version, compute()))

    def _refresh_later(self, key: tuple, refresh: Callable[[], tuple[int, dict]]) -> None:
        """Recompute in the background, once per key at a time (called with the lock held)."""
        if key in self._pending:
            return
        pending = self._pending[key] = Future()

        def run() -> None:
            try:
                self._settle(key, pending, refresh)
            except BaseException:  # noqa: S110 - the next request recomputes in the foreground
                pass

        threading.Thread(target=run, name="dyad-cache-refresh", daemon=True).start()

    def _settle(self, key: tuple, pending: Future, produce: Callable[[], tuple[int, dict]]) -> tuple[dict, bytes]:
        """Run ``produce``, keep its result and hand it (or its error) to whoever waits."""
        try:
            version, context = produce()
            entry = (version, self._clock(), context, to_json(context))
        except BaseException as exc:
            with self._lock:
                del self._pending[key]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._pending[key]
            self._store(key, entry)
        pending.set_result(entry[2:])
        return entry[2], entry[3]

    def _store(self, key: tuple, entry) -> None:
        current = self._entries.get(key)
        if current is None or current[0] <= entry[0]:
            self._entries[key] = entry
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
