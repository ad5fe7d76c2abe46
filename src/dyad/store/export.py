"""Exports of the store for other tools: GDELT 2.0 event rows, PLOVER records, Parquet/CSV tables,
GEXF and GraphML networks (``dyad.store.exports``). Each takes an open Store (read-only will do),
an output path and optional filters (those of ``dyad events``), and returns a line for the user.

``out`` is a file for gdelt, plover, gexf and graphml, and a folder for parquet and csv; a folder
given for a file format (an existing one, or a path ending in /) gets the format's file name.
Existing files are not overwritten unless ``force`` is set.
"""

from __future__ import annotations

from pathlib import Path

from dyad.errors import InputError
from dyad.store.db import Store
from dyad.store.exports import gdelt, networks, plover, tables
from dyad.store.exports.gdelt import GDELT_COLUMNS  # noqa: F401 - the column order, for readers and tests
from dyad.store.queries import Filters

FILES = {"gdelt": "events.gdelt.tsv", "plover": "events.plover.jsonl", "gexf": "network.gexf",
         "graphml": "network.graphml"}
FOLDERS = ("parquet", "csv")
FORMATS = (*FILES, *FOLDERS)


def export(store: Store, fmt: str, out: str | Path, filters: Filters | None = None, force: bool = False) -> str:
    """Write the store in one format; returns a one-line summary for the user."""
    if fmt not in FORMATS:
        raise InputError(f"Unknown export format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.")
    if fmt in FOLDERS:
        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"{folder} is a file; {fmt} export writes a folder.", "Give a folder for --out.")
        _refuse_existing(tables.planned(store, folder, fmt), force)
        return tables.write(store, folder, fmt, filters)
    path = target_file(out, fmt)
    _refuse_existing([path], force)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return gdelt.write(store, path, filters)
    if fmt == "plover":
        return plover.write(store, path, filters)
    return networks.write(store, path, fmt, filters)


def target_file(out: str | Path, fmt: str) -> Path:
    """The file to write: ``out`` itself, or the format's file name inside a folder."""
    path = Path(out)
    if path.is_dir() or str(out).endswith(("/", "\\")):
        return path / FILES[fmt]
    return path


def _refuse_existing(paths: list[Path], force: bool) -> None:
    there = [p for p in paths if p.exists()]
    if there and not force:
        names = ", ".join(str(p) for p in there[:3]) + (f" and {len(there) - 3} more" if len(there) > 3 else "")
        raise InputError(f"Would overwrite {names}.", "Add --force to overwrite, or choose another --out.")
