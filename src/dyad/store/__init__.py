"""The DuckDB store: schema and migrations, the one writer, queries."""

from dyad.store.db import Store

__all__ = ["Store"]
