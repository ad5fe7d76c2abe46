"""Opening the database and bringing its schema up to date."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import duckdb

from dyad.errors import StoreError


class Store:
    """One DuckDB file. Open it with ``read_only=True`` for queries; one process writes."""

    def __init__(self, path: str | Path = "dyad.duckdb", read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"Cannot open the database {self.path}: {exc}") from exc
        if not read_only:
            migrate(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def query(self, sql: str, params: list | tuple = ()) -> list[dict]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def schema_version(self) -> int:
        return current_version(self.con)


def migrations() -> list[tuple[int, str]]:
    folder = resources.files("dyad.store").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        match = re.match(r"(\d+)_.*\.sql$", item.name)
        if match:
            found.append((int(match.group(1)), item.read_text(encoding="utf-8")))
    return sorted(found)


def current_version(con) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(con) -> int:
    """Apply every migration newer than the database, each in its own transaction."""
    version = current_version(con)
    for number, sql in migrations():
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [number])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"Migration {number} failed on {con}: {exc}") from exc
        version = number
    return version
