"""Many rows into one table in one statement, through Arrow: DuckDB's cost per statement, and per
bound parameter, is what a row-by-row or a VALUES insert pays again and again."""

from __future__ import annotations

import pyarrow as pa


def insert_rows(con, table: str, rows: list[tuple] | list[list]) -> None:
    """Rows given in the table's column order."""
    insert(con, table, as_table(con, table, rows))


def as_table(con, table: str, rows: list[tuple] | list[list]) -> pa.Table | None:
    if not rows:
        return None
    names = table_columns(con, table)
    return pa.table({name: list(values) for name, values in zip(names, zip(*rows, strict=True), strict=True)})


def insert(con, table: str, data: pa.Table | None, skip_conflicts: bool = False) -> None:
    if data is None or data.num_rows == 0:
        return
    conflict = " ON CONFLICT DO NOTHING" if skip_conflicts else ""
    # DuckDB reads the Arrow table from this frame's variable of the name the statement gives (its
    # replacement scan): registering a view and dropping it again cost as much as the insert
    # (two more statements, ~0.7 ms). No table or view of the store bears that name.
    _dyad_bulk_rows = data  # noqa: F841
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _dyad_bulk_rows{conflict}")


_COLUMNS: dict[str, list[str]] = {}  # the schema is fixed once migrations have run


def table_columns(con, table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = _read_columns(con, table)
    return _COLUMNS[table]


def _read_columns(con, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [r[0] for r in rows]
