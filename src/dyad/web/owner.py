"""The server owns the store while it runs.

DuckDB lets one process write, and a read-only connection in another process conflicts with the
writer's lock. So the server opens the database once, read-write (migrations apply and pending
events merge; read-only when asked), and gives each request its own cursor. Every cursor reads a
consistent snapshot (MVCC), so within the process readers never block the one writer and the
writer never blocks readers. ``version`` counts the writes, so caches can key on it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dyad.errors import StoreError
from dyad.store.db import Store
from dyad.store.merge import merge_pending


class CursorStore(Store):
    """A Store over one cursor of the owner's connection; closing it closes only the cursor."""

    def __init__(self, path: str, con) -> None:  # no super().__init__: it would open a connection
        self.path = path
        self.con = con


class StoreOwner:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self.version = 0
        self._store: Store | None = None
        self._lock = threading.Lock()

    def _open(self) -> Store:
        if self._store is None:
            if not Path(self.path).is_file():
                raise StoreError(
                    f"No database at {self.path}.", "Run `dyad ingest PATH` or `dyad demo` first."
                )
            store = Store(self.path, read_only=self.read_only)
            if not self.read_only:
                merge_pending(store)
            self._store = store
        return self._store

    def open(self) -> None:
        """Open now (the server does at start-up, so a locked file fails at once, not per request)."""
        with self._lock:
            self._open()

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        with self._lock:  # the connection hands out cursors one at a time
            cursor = CursorStore(self.path, self._open().con.cursor())
        try:
            yield cursor
        finally:
            cursor.close()

    def changed(self) -> None:
        self.version += 1

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
