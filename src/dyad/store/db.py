"""Opening the database and bringing its schema up to date."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import duckdb

from dyad.errors import DamagedStore, StoreError, StoreInUse

HEADER_BYTES = 3 * 4096  # DuckDB's file header and its two database headers, before the first block
DAMAGE_SIGNS = ("Corrupt database file", "checksum", "Could not read enough bytes",
                "not a valid DuckDB database file")


class Store:
    """One DuckDB file. Open it with ``read_only=True`` for queries; one process writes.

    A file that is damaged (cut short, a corrupted block) is refused with ``DamagedStore`` before
    anything is written to it: a file to be written is first looked at read-only."""

    def __init__(self, path: str | Path = "dyad.duckdb", read_only: bool = False):
        self.path = str(path)
        if not read_only and Path(self.path).is_file() and Path(self.path).stat().st_size > 0:
            _probe(self.path)  # checked whole, then opened for writing
        self.con = connect(self.path, read_only)
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


def _probe(path: str) -> None:
    """Open the file read-only and check it; a file this process already holds open for writing
    was checked when it was first opened (DuckDB refuses a second, read-only, configuration)."""
    try:
        connect(path, read_only=True).close()
    except DamagedStore:
        raise
    except StoreError as exc:
        if "different configuration" not in str(exc):
            raise


def connect(path: str, read_only: bool):
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise store_error(exc, path) from exc
    try:
        check_length(con, path)
    except DamagedStore:
        con.close()
        raise
    return con


def check_length(con, path: str) -> None:
    """A file cut short (a full disk, an interrupted copy) opens, and fails later on the first
    block that is missing: the header says how many blocks the file holds, so check it now."""
    try:
        blocks, block_size = con.execute("SELECT total_blocks, block_size FROM pragma_database_size()").fetchone()
    except duckdb.Error as exc:
        raise store_error(exc, path) from exc
    expected, size = HEADER_BYTES + blocks * block_size, Path(path).stat().st_size
    if size < expected:
        raise DamagedStore(f"The database {path} is damaged: it is cut short ({size:,} of the "
                           f"{expected:,} bytes its header names).")


def store_error(exc: Exception, path: str) -> StoreError:
    """DuckDB's error as dyad's: DamagedStore when it says the file is damaged."""
    if is_damage(exc):
        return DamagedStore(f"The database {path} is damaged or not a DuckDB file: {exc}")
    return _open_error(path, exc)


def is_damage(exc: Exception) -> bool:
    return any(sign in str(exc) for sign in DAMAGE_SIGNS)


def _open_error(path: str, exc: Exception) -> StoreError:
    """Why a database cannot be opened; when another process holds it, which one and what to do."""
    found = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", str(exc))
    if not found:
        return StoreError(f"Cannot open the database {path}: {exc}")
    holder = _command_line(int(found.group(2))) or found.group(1)
    who = f"{holder} (PID {found.group(2)})"
    if " serve" in holder or " demo" in holder:
        base = _server_address(holder.split())
        return StoreInUse(f"The database {path} is owned by a running dyad server: {who}.",
                          "While the server runs, ask it: its HTTP API answers the same queries "
                          f"({base}/events.json?actor=PRK, {base}/docs), and POST {base}/api/ingest stores "
                          "articles. Or stop the server first.")
    return StoreInUse(f"The database {path} is in use by another process: {who}.",
                      "DuckDB lets one process open a file while it writes; wait for it to finish or stop it.")


def _server_address(words: list[str]) -> str:
    """http://HOST:PORT of a `dyad serve` command line (its --host and --port, else the defaults)."""
    given = {"--host": "127.0.0.1", "--port": "8000"}
    for i, word in enumerate(words[:-1]):
        if word in given:
            given[word] = words[i + 1]
    return f"http://{given['--host']}:{given['--port']}"


def _command_line(pid: int) -> str:
    """The command line of a process (Linux /proc), shortened to its program and arguments."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    words = [w for w in raw.decode(errors="replace").split("\0") if w]
    for i, word in enumerate(words):  # python -m dyad.cli serve ... or .venv/bin/dyad serve ...
        if word.endswith(("/dyad", "dyad.cli")) or word == "dyad":
            return " ".join(["dyad", *words[i + 1:]])
    return " ".join(words)


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
