"""The one writer: each article goes in whole, in one transaction, or not at all.

Re-ingesting an article that is already stored adds nothing (ids come from the content or
the URL). Canonical actors and places are shared across articles and inserted once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter

import duckdb
import pyarrow as pa

from dyad.article import Article
from dyad.errors import DamagedStore, StoreError
from dyad.store import bulk
from dyad.store.bulk import as_table
from dyad.store.db import Store, is_damage
from dyad.store.dyads import add_articles
from dyad.store.merge import merge_articles
from dyad.store.syndication import recount, signature_tables


def has_article(store: Store, article_id: str) -> bool:
    return bool(store.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone())


def write_article(store: Store, article: Article, versions: dict[str, str]) -> bool:
    """Store one analysed article; False when it was already there."""
    con = store.con
    tables = {t: as_table(con, t, rows) for t, rows in article_rows(article, versions).items()}
    return write_tables(store, article.id, tables)


def write_tables(store: Store, article_id: str, tables: dict[str, pa.Table | None]) -> bool:
    """One article's rows (Arrow tables by store table), in one transaction with the merge of its
    events; False when the article was already stored. Both the local writer and the loader of
    Ray's Parquet shards come through here."""
    if has_article(store, article_id):
        return False
    try:
        commit_batch(store.con, [article_id], tables)
    except duckdb.Error as exc:
        raise StoreError(f"Could not store article {article_id}: {exc}") from exc
    return True


def write_articles(store: Store, articles: list[Article], versions: dict[str, str]) -> dict[str, str]:
    """Store a batch of analysed articles in one transaction (one insert per table for the whole
    batch: the writer's cost per article falls with the batch). Each article is still whole or
    absent, since the batch commits or rolls back as one. Returns ``{article id: outcome}`` with
    outcome "stored", "already" or the error's message; when the batch fails, its articles are
    written one by one so that one bad article costs only itself."""
    by_id = {a.id: a for a in articles}
    return write_batch(
        store,
        list(by_id),
        lambda fresh: tables_of(store.con, [by_id[i] for i in fresh], versions),
        lambda one: write_article(store, by_id[one], versions),
    )


def write_batch(
    store: Store,
    ids: list[str],
    tables_for: Callable[[list[str]], dict[str, pa.Table | None]],
    write_one: Callable[[str], bool],
) -> dict[str, str]:
    """The batch path shared by ``write_articles`` and the loader of Ray's shards: skip the ids
    already stored, commit the rest in one transaction (``tables_for(fresh ids)``), or, when that
    fails, ``write_one(id)`` each so that a bad article costs only itself."""
    con = store.con
    ids = list(dict.fromkeys(ids))
    stored = _stored_among(con, ids)
    outcome = {i: "already" for i in stored}
    fresh = [i for i in ids if i not in stored]
    if not fresh:
        return outcome
    try:
        commit_batch(con, fresh, tables_for(fresh))
        outcome.update({i: "stored" for i in fresh})
    except (duckdb.Error, pa.ArrowException) as exc:
        if is_damage(exc):
            raise DamagedStore(f"The database {store.path} is damaged: {exc}") from exc
        for one in fresh:
            outcome[one] = _write_alone(write_one, one)
    return outcome


def _write_alone(write_one: Callable[[str], bool], one: str) -> str:
    """One article of a batch that failed: "stored", "already", or the real cause of its failure."""
    try:
        return "stored" if write_one(one) else "already"
    except StoreError as exc:
        return str(exc)
    except (duckdb.Error, pa.ArrowException) as exc:
        return f"[{StoreError.code}] Could not store article {one}: {exc}"


def _stored_among(con, ids: list[str]) -> set[str]:
    marks = ", ".join("?" * len(ids))
    return {r[0] for r in con.execute(f"SELECT id FROM articles WHERE id IN ({marks})", ids).fetchall()}


def tables_of(con, articles: list[Article], versions: dict[str, str]) -> dict[str, pa.Table | None]:
    rows: dict[str, list[tuple]] = {}
    for article in articles:
        for table, part in article_rows(article, versions).items():
            rows.setdefault(table, []).extend(part)
    return {table: as_table(con, table, part) for table, part in rows.items()}


def commit_batch(con, ids: list[str], tables: dict[str, pa.Table | None]) -> None:
    """New articles' rows (Arrow tables by store table), then the merge and the dyad summaries
    of their events, in one transaction; rolled back whole on error. Every write comes through
    here: the local writer's batches, single articles, the loader of Ray's Parquet shards."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, data in {**tables, **signature_tables(con, tables.get("articles"))}.items():
            insert(con, table, first_per_id(data) if table in CANONICAL else data)
        merge_articles(con, ids)  # in order, as if one article after the other
        add_articles(con, ids)
        recount(con, ids)  # NumArticles and NumSources of the merged events they report
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise


def first_per_id(data: pa.Table | None) -> pa.Table | None:
    """One row per id (the first column) of a shared table: articles of one batch may name the
    same actor or place."""
    if data is None:
        return None
    first: dict = {}
    for i, key in enumerate(data.column(0).to_pylist()):
        first.setdefault(key, i)
    return data if len(first) == data.num_rows else data.take(list(first.values()))


CANONICAL = ("actors", "places", "events")  # shared across articles: inserted once


def insert(con, table: str, data: pa.Table | None) -> None:
    """All of one table's rows in one statement; shared tables skip the ids already stored."""
    bulk.insert(con, table, data, skip_conflicts=table in CANONICAL)


def article_rows(a: Article, versions: dict[str, str]) -> dict[str, list[tuple]]:
    return {
        "articles": [(
            a.id, a.url, a.title, a.outlet, a.published, a.text,
            _flat_json(a.segments), _flat_json(a.sentences),
            versions.get("pipeline"), versions.get("model"), datetime.now(UTC).replace(tzinfo=None),
        )],
        "actors": [(x.id, x.name, x.kind, x.country, x.sector, x.code, x.wikidata) for x in a.actors],
        "article_actors": [(a.id, x.id, json.dumps(x.roles), json.dumps(x.aliases)) for x in a.actors],
        "mentions": [
            (a.id, x.id, m.start, m.end, m.text, m.metonym) for x in a.actors for m in x.mentions
        ],
        "events": [_event_row(a.id, e) for e in a.events],
        "quotes": [_quote_row(a.id, q) for q in a.quotes],
        "times": [(a.id, t.start, t.end, t.text, t.value, t.precision) for t in a.times],
        "places": [(p.id, p.name, p.country, p.lat, p.lon, p.kind, p.geonameid) for p in a.places],
        "place_mentions": [(a.id, p.id, m.start, m.end, m.text) for p in a.places for m in p.mentions],
    }


def _flat_json(items: list) -> str:
    """``json.dumps([asdict(x) for x in items])`` for flat dataclasses (Segment, Span: fields of
    str and int, which asdict's deep copy leaves as they are), without asdict's walk."""
    if not items:
        return "[]"
    names, values = _fields_of(type(items[0]))
    return json.dumps([dict(zip(names, values(x), strict=True)) for x in items])


@cache
def _fields_of(cls) -> tuple[tuple[str, ...], attrgetter]:
    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names)
    return names, get if len(names) > 1 else lambda x: (get(x),)


def _event_row(article_id: str, e) -> tuple:
    value = e.date.value if e.date else None
    day = value if value and len(value) == 10 and value[:4].isdigit() and "X" not in value else None
    trig = e.trigger
    return (
        e.id, article_id, e.source, e.target, e.cameo, e.plover, e.goldstein, e.quad_class, e.modality,
        value, e.date.precision if e.date else None, day, e.place,
        e.evidence.start, e.evidence.end,
        trig.start if trig else None, trig.end if trig else None, trig.text if trig else None,
        e.confidence, e.date.start if e.date else None, e.date.end if e.date else None,
    )


def _quote_row(article_id: str, q) -> tuple:
    sm = q.speaker_mention
    return (
        article_id, q.start, q.end, q.text, q.direct, q.partial, q.speaker,
        sm.start if sm else None, sm.end if sm else None, q.cue, q.addressee,
    )
