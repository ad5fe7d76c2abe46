"""Parquet shards: analysed batches on disk, between the workers and the one store writer.

A shard is one analysed batch: a folder ``<shard-dir>/<name>/`` holding one Parquet file per
store table (the rows of ``dyad.store.writer.article_rows``). Every shard table starts with a
column ``shard_article``, the article the row belongs to, so that canonical rows (actors, places)
travel with their article. The name comes from the article ids in the batch, so the same batch
always gets the same name.

A shard is written to ``<name>.tmp`` and renamed when complete; a loaded shard gets a
``_loaded`` marker. Loading stores the shard's new articles in one transaction (one by one if
that fails) and skips articles that are already stored, so loading a shard twice (a crash
between the commit and the marker) adds nothing.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dyad.article import Article
from dyad.run.ingest import IngestReport
from dyad.store import Store
from dyad.store.writer import article_rows, write_batch, write_tables

ARTICLE = "shard_article"
LOADED = "_loaded"


@dataclass(slots=True)
class Batch:
    """What a worker sends back for one batch: the rows of the articles it analysed, and the
    articles it could not analyse or found already stored."""

    tables: dict[str, pa.Table]
    ids: list[str]
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    known: int = 0  # already in the store, skipped after cleaning

    @property
    def seen(self) -> int:
        return len(self.ids) + len(self.failed) + self.known


def table_columns(store: Store) -> dict[str, list[str]]:
    """Column names of every table an article writes to, read from the store's schema."""
    tables = article_rows(Article(text=""), {}).keys()
    return {t: [row[0] for row in store.con.execute(f"DESCRIBE {t}").fetchall()] for t in tables}


def to_batch(articles: list[Article], stamp: dict, columns: dict[str, list[str]], known: int = 0) -> Batch:
    rows: dict[str, list[tuple]] = {table: [] for table in columns}
    ids, failed = [], []
    for article in articles:
        if article.problems:
            source = str(article.source_id if article.source_id is not None else article.id)
            failed.append((source, "; ".join(p.reason for p in article.problems)))
            continue
        ids.append(article.id)
        for table, table_rows in article_rows(article, stamp).items():
            rows[table] += [(article.id, *row) for row in table_rows]
    tables = {t: to_arrow(rows[t], [ARTICLE, *columns[t]]) for t in columns}
    return Batch(tables, ids, failed, known)


def to_arrow(rows: list[tuple], names: list[str]) -> pa.Table:
    if not rows:
        return pa.table({name: pa.array([], pa.null()) for name in names})
    return pa.table(
        {name: pa.array(list(column)) for name, column in zip(names, zip(*rows, strict=True), strict=True)}
    )


def shard_name(ids: list[str]) -> str:
    return "shard-" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:16]


class ShardFolder:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        for partial in self.path.glob("*.tmp"):  # left by a crash while writing: never loaded
            shutil.rmtree(partial)

    def write(self, batch: Batch) -> Path:
        final = self.path / shard_name(batch.ids)
        if final.exists():
            return final
        partial = final.with_name(final.name + ".tmp")
        partial.mkdir()
        for table, data in batch.tables.items():
            pq.write_table(data, partial / f"{table}.parquet")
        partial.rename(final)
        return final

    def pending(self) -> list[Path]:
        """Complete shards not loaded yet (a run that stopped between writing and loading)."""
        return sorted(
            p
            for p in self.path.glob("shard-*")
            if p.is_dir() and not p.name.endswith(".tmp") and not (p / LOADED).exists()
        )

    def loaded(self) -> list[Path]:
        return sorted(p.parent for p in self.path.glob(f"shard-*/{LOADED}"))


def load_shard(store: Store, shard: Path, report: IngestReport) -> int:
    """Store every article of a shard not stored yet, all in one transaction (one at a time if
    that fails: a bad article costs only itself); returns how many the shard held."""
    tables = {f.stem: pq.read_table(f) for f in sorted(shard.glob("*.parquet"))}
    ids = tables["articles"].column(ARTICLE).to_pylist()
    outcome = write_batch(
        store,
        ids,
        lambda fresh: {t: of_articles(tables.get(t), fresh) for t in ORDER},
        lambda one: store_rows(store, one, tables),
    )
    for article_id in ids:
        result = outcome.get(article_id, "already")
        if result == "stored":
            report.stored += 1
        elif result == "already":
            report.already += 1
        else:
            report.failed.append((article_id, result))
    (shard / LOADED).touch()
    return len(ids)


def store_rows(store: Store, article_id: str, tables: dict[str, pa.Table]) -> bool:
    """One article's rows from a shard, stored (and its events merged) by the one writer path;
    False when the article is already stored."""
    return write_tables(store, article_id, {t: of_article(tables.get(t), article_id) for t in ORDER})


def of_article(data: pa.Table | None, article_id: str) -> pa.Table | None:
    return of_articles(data, [article_id])


def of_articles(data: pa.Table | None, article_ids: list[str]) -> pa.Table | None:
    """The rows of these articles, in the shard's order, without the shard's article column."""
    if data is None or data.num_rows == 0:
        return None
    keep = pc.is_in(data[ARTICLE], value_set=pa.array(article_ids, pa.string()))
    return data.filter(keep).drop_columns([ARTICLE])


ORDER = tuple(article_rows(Article(text=""), {}).keys())
