"""``dyad serve --watch``: the feeds read in a thread of the server, which owns the store.

DuckDB lets one process write, so the watcher cannot run beside the server in another process;
here it writes on a cursor of the server's own connection (``dyad.web.owner``), each round in its
transactions, and tells the owner after each round so that cached pages are recomputed. Each
round is logged to stderr, the same report ``dyad watch`` prints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import duckdb

from dyad.errors import DyadError
from dyad.monitor.alerts import Rule, check
from dyad.monitor.watch import WatchReport, watch_once


class Watcher:
    def __init__(self, owner, urls: list[str], every_seconds: float, rules: list[Rule],
                 report: Callable[[WatchReport], None] | None = None, log: Callable[[str], None] = print):
        self.owner, self.urls, self.every, self.rules = owner, urls, every_seconds, rules
        self.report, self.log = report or (lambda _r: None), log
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="dyad-watch", daemon=True)

    def start(self) -> Watcher:
        self.thread.start()
        return self

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                self.round()
            except (DyadError, duckdb.Error) as exc:  # e.g. a write conflict: said, tried again next round
                self.log(f"Watching the feeds failed this round: {exc}")
            self.stop.wait(self.every)

    def round(self) -> WatchReport:
        with self.owner.cursor() as store:
            result = watch_once(store, self.urls)
            if self.rules:
                check(store, self.rules)
        self.owner.changed()
        self.report(result)
        return result

    def close(self, timeout: float = 5.0) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(timeout)
