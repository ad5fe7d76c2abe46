"""Read queries over the store. Every value from the user goes in as a parameter, never as SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass

from dyad.store.db import Store
from dyad.util.timeml import reading


@dataclass(slots=True)
class Filters:
    actor: str | None = None  # an actor id, code or name (case-insensitive)
    between: tuple[str, str] | None = None  # a pair of actors, either direction
    since: str | None = None  # YYYY-MM-DD, on the event date (or publication date)
    until: str | None = None
    cameo: str | None = None  # a code prefix: "04" matches 040-046
    modality: str | None = None
    limit: int | None = 100
    quad_class: int | None = None  # 1-4
    plover: str | None = None  # a PLOVER event type
    goldstein_min: float | None = None
    goldstein_max: float | None = None
    country: str | None = None  # the source's or the target's country (ISO3)


def _actor_match(column: str) -> str:
    """An actor given by id, code or name; a country code also takes in the people and
    organisations of that country (Kim Jong-un is part of PRK's relations)."""
    return (
        f"{column} IN (SELECT id FROM actors WHERE lower(id) = lower(?) OR lower(code) = lower(?) "
        f"OR lower(name) = lower(?) OR lower(country) = lower(?))"
    )


def _actor_params(value: str) -> list:
    return [value, value, value, value]


def event_filters(f: Filters) -> tuple[list[str], list]:
    """WHERE terms and their parameters for events (``e``, joined with their article ``a``)."""
    where, params = ["1=1"], []
    if f.actor:
        where.append(f"({_actor_match('e.source')} OR {_actor_match('e.target')})")
        params += _actor_params(f.actor) * 2
    if f.between:
        a, b = f.between
        where.append(f"(({_actor_match('e.source')} AND {_actor_match('e.target')}) OR "
                     f"({_actor_match('e.source')} AND {_actor_match('e.target')}))")
        params += _actor_params(a) + _actor_params(b) + _actor_params(b) + _actor_params(a)
    if f.cameo:
        where.append("e.cameo LIKE ? || '%'")
        params.append(f.cameo)
    if f.modality:
        where.append("e.modality = ?")
        params.append(f.modality)
    _event_codes(where, params, f)
    date_range(where, params, f, EVENT_START, EVENT_END)
    return where, params


# An event's days: those its date covers (date_start..date_end, ISO), else its article's day.
EVENT_START = "coalesce(e.date_start, e.event_date, a.published)"
EVENT_END = "coalesce(e.date_end, e.event_date, a.published)"
# The date a person reads: the day, or the ISO-8601 interval "2018-09-23/2018-12-20"; NULL if undated
EVENT_DATE = (
    "CASE WHEN e.date_start IS NULL THEN NULL WHEN e.date_start = e.date_end THEN strftime(e.date_start, '%Y-%m-%d') "
    "ELSE strftime(e.date_start, '%Y-%m-%d') || '/' || strftime(e.date_end, '%Y-%m-%d') END"
)


def _event_codes(where: list[str], params: list, f: Filters) -> None:
    """QuadClass, PLOVER type, Goldstein range and actor country."""
    for value, term in ((f.quad_class, "e.quad_class = ?"), (f.plover, "e.plover = upper(?)"),
                        (f.goldstein_min, "e.goldstein >= ?"), (f.goldstein_max, "e.goldstein <= ?")):
        if value is not None:
            where.append(term)
            params.append(value)
    if f.country:
        where.append("(e.source IN (SELECT id FROM actors WHERE country = upper(?)) "
                     "OR e.target IN (SELECT id FROM actors WHERE country = upper(?)))")
        params += [f.country, f.country]


# The merged event a report belongs to, with GDELT's NumArticles and NumSources (copies counted).
MERGED = """
        LEFT JOIN event_sources es ON es.event_id = e.id LEFT JOIN merged_events m ON m.id = es.merged_id"""


def events(store: Store, f: Filters) -> list[dict]:
    where, params = event_filters(f)
    sql = f"""
        SELECT e.id, {EVENT_DATE} AS date, e.cameo, e.plover, e.goldstein, e.quad_class,
               e.modality, src.name AS source, tgt.name AS target, e.source AS source_id,
               e.target AS target_id, src.country AS source_country, tgt.country AS target_country,
               pl.name AS place, e.trigger_text, e.article_id, e.evidence_start, e.evidence_end,
               substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
               m.id AS merged_id, m.num_articles, m.num_sources,
               e.date_start, e.date_end, e.date_precision, e.date_value
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors src ON src.id = e.source LEFT JOIN actors tgt ON tgt.id = e.target
        LEFT JOIN places pl ON pl.id = e.place_id{MERGED}
        WHERE {' AND '.join(where)}
        ORDER BY {EVENT_START}, e.id LIMIT ?"""
    return store.query(sql, [*params, f.limit])


def quotes(store: Store, f: Filters) -> list[dict]:
    where, params = ["1=1"], []
    if f.actor:
        where.append(_actor_match("q.speaker"))
        params += _actor_params(f.actor)
    date_range(where, params, f, "a.published")
    sql = f"""
        SELECT s.name AS speaker, q.text, q.direct, q.partial, q.cue, ad.name AS addressee,
               a.published, a.title, q.article_id, q.start_char, q.end_char
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN actors s ON s.id = q.speaker LEFT JOIN actors ad ON ad.id = q.addressee
        WHERE {' AND '.join(where)}
        ORDER BY a.published, q.article_id, q.start_char LIMIT ?"""
    return store.query(sql, [*params, f.limit])


def actors(store: Store, f: Filters) -> list[dict]:
    where, params = ["1=1"], []
    if f.actor:
        where.append("(lower(ac.name) LIKE '%' || lower(?) || '%' OR lower(ac.id) = lower(?) OR lower(ac.code) = lower(?))")
        params += [f.actor] * 3
    sql = f"""
        SELECT ac.id, ac.name, ac.kind, ac.country, ac.sector, ac.code,
               count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM actors ac JOIN mentions m ON m.actor_id = ac.id
        WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY mentions DESC, ac.name LIMIT ?"""
    return store.query(sql, [*params, f.limit])


def date_range(where: list[str], params: list, f, column: str, end_column: str | None = None) -> None:
    """Conditions for ``f.since``/``f.until`` (any object with those two) on a date column, or on
    the interval from ``column`` to ``end_column``: it matches when it overlaps since..until."""
    if f.since:
        where.append(f"{end_column or column} >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(f.until)


def counts(store: Store) -> dict[str, int]:
    tables = ("articles", "actors", "mentions", "events", "quotes", "times", "places")
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# -- paged queries for the HTTP API and the dashboard -------------------------------------------
# Each takes Filters plus a Page and returns {"rows", "total", "limit", "offset", "sort"}.
# Sorting goes through a whitelist of column names; anything else is refused.


@dataclass(slots=True)
class Page:
    limit: int = 50
    offset: int = 0
    sort: str | None = None  # a whitelisted column, "-column" for descending
    q: str | None = None  # text search, case-insensitive substring


def _order(page: Page, allowed: dict[str, str], default: str) -> str:
    from dyad.errors import InputError

    if not page.sort:
        return default
    name = page.sort.lstrip("-")
    if name not in allowed:
        raise InputError(f"Cannot sort by {page.sort!r}.", f"Sort by one of: {', '.join(sorted(allowed))}.")
    return f"{allowed[name]} {'DESC' if page.sort.startswith('-') else 'ASC'} NULLS LAST, {default}"


def _paged(store: Store, select: str, where: list[str], params: list, order: str, page: Page,
           grouped: bool = False) -> dict:
    """One page of a query, with the total row count."""
    base = f"{select} WHERE {' AND '.join(where)}" + (" GROUP BY ALL" if grouped else "")
    total = store.con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    rows = store.query(f"{base} ORDER BY {order} LIMIT ? OFFSET ?", [*params, page.limit, page.offset])
    return {"rows": rows, "total": total, "limit": page.limit, "offset": page.offset, "sort": page.sort}


def _search(where: list[str], params: list, q: str | None, *columns: str) -> None:
    if q:
        where.append("(" + " OR ".join(f"{c} ILIKE '%' || ? || '%'" for c in columns) + ")")
        params += [q] * len(columns)


EVENT_SORTS = {"date": EVENT_START, "cameo": "e.cameo", "goldstein": "e.goldstein",
               "source": "src.name", "target": "tgt.name", "modality": "e.modality",
               "confidence": "e.confidence", "quad_class": "e.quad_class"}


def event_page(store: Store, f: Filters, page: Page) -> dict:
    where, params = event_filters(f)
    _search(where, params, page.q, "substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)")
    select = f"""
        SELECT e.id, {EVENT_DATE} AS date, e.cameo, e.plover, e.goldstein, e.quad_class,
               e.modality, src.name AS source, tgt.name AS target, e.source AS source_id,
               e.target AS target_id, src.country AS source_country, tgt.country AS target_country,
               pl.name AS place, e.article_id, a.title AS article_title,
               e.evidence_start, e.evidence_end, e.trigger_start, e.trigger_end, e.trigger_text, e.confidence,
               m.id AS merged_id, m.num_articles, m.num_sources,
               e.date_start, e.date_end, e.date_precision, e.date_value
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors src ON src.id = e.source LEFT JOIN actors tgt ON tgt.id = e.target
        LEFT JOIN places pl ON pl.id = e.place_id""" + MERGED
    order = _order(page, EVENT_SORTS, f"{EVENT_START}, e.id")
    return _with_evidence(store, _paged(store, select, where, params, order, page))


def _with_evidence(store: Store, result: dict) -> dict:
    """Cut the evidence words for the rows of one page only (not for every matching event)."""
    ids = [r["id"] for r in result["rows"]]
    if ids:
        cut = dict(store.con.execute(
            "SELECT e.id, substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) "
            "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN (SELECT unnest(?))", [ids],
        ).fetchall())
        for row in result["rows"]:
            row["evidence"] = cut.get(row["id"])
    return result


QUOTE_SORTS = {"published": "a.published", "speaker": "s.name", "text": "q.text", "direct": "q.direct"}


def quote_page(store: Store, f: Filters, page: Page) -> dict:
    where, params = ["1=1"], []
    if f.actor:
        where.append(_actor_match("q.speaker"))
        params += _actor_params(f.actor)
    date_range(where, params, f, "a.published")
    _search(where, params, page.q, "q.text", "s.name")
    select = """
        SELECT s.name AS speaker, q.speaker AS speaker_id, q.text, q.direct, q.partial, q.cue,
               ad.name AS addressee, a.published, a.title, q.article_id, q.start_char, q.end_char
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN actors s ON s.id = q.speaker LEFT JOIN actors ad ON ad.id = q.addressee"""
    order = _order(page, QUOTE_SORTS, "a.published, q.article_id, q.start_char")
    return _paged(store, select, where, params, order, page)


ACTOR_SORTS = {"name": "ac.name", "kind": "ac.kind", "country": "ac.country", "mentions": "mentions",
               "articles": "articles"}


def actor_page(store: Store, f: Filters, page: Page) -> dict:
    where, params = ["1=1"], []
    if f.actor or page.q:
        value = f.actor or page.q
        where.append("(ac.name ILIKE '%' || ? || '%' OR lower(ac.id) = lower(?) OR lower(ac.code) = lower(?))")
        params += [value] * 3
    select = """
        SELECT ac.id, ac.name, ac.kind, ac.country, ac.sector, ac.code, ac.wikidata,
               coalesce(m.articles, 0) AS articles, coalesce(m.mentions, 0) AS mentions
        FROM actors ac LEFT JOIN (
            SELECT actor_id, count(DISTINCT article_id) AS articles, count(*) AS mentions
            FROM mentions GROUP BY actor_id) m ON m.actor_id = ac.id"""
    order = _order(page, ACTOR_SORTS, "mentions DESC, ac.name")
    return _paged(store, select, where, params, order, page)


PLACE_SORTS = {"name": "p.name", "country": "p.country", "kind": "p.kind", "mentions": "mentions"}


def place_page(store: Store, f: Filters, page: Page) -> dict:
    where, params = ["1=1"], []
    _search(where, params, page.q, "p.name", "p.country")
    select = """
        SELECT p.id, p.name, p.country, p.kind, p.lat, p.lon, p.geonameid,
               count(DISTINCT pm.article_id) AS articles, count(pm.place_id) AS mentions
        FROM places p LEFT JOIN place_mentions pm ON pm.place_id = p.id"""
    order = _order(page, PLACE_SORTS, "mentions DESC, p.name")
    return _paged(store, select, where, params, order, page, grouped=True)


ARTICLE_SORTS = {"published": "a.published", "title": "a.title", "outlet": "a.outlet", "events": "events"}


def article_page(store: Store, f: Filters, page: Page) -> dict:
    where, params = ["1=1"], []
    if f.actor:
        where.append(f"a.id IN (SELECT article_id FROM mentions WHERE {_actor_match('actor_id')})")
        params += _actor_params(f.actor)
    date_range(where, params, f, "a.published")
    _search(where, params, page.q, "a.title", "a.text")
    select = """
        SELECT a.id, a.title, a.outlet, a.published, a.url, length(a.text) AS chars,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
        FROM articles a"""
    order = _order(page, ARTICLE_SORTS, "a.published DESC NULLS LAST, a.id")
    return _paged(store, select, where, params, order, page)


_ARTICLE_PARTS = {  # each read by the article's id alone: an index lookup, no join over a whole table
    "article": "SELECT id, url, title, outlet, published, text, segments FROM articles WHERE id = $1",
    "roles": "SELECT actor_id, roles FROM article_actors WHERE article_id = $1",
    "mentions": "SELECT actor_id, start_char, end_char, text FROM mentions WHERE article_id = $1",
    "events": "SELECT id, source, target, cameo, plover, goldstein, quad_class, modality, date_value, date_precision, "
              "strftime(date_start, '%Y-%m-%d') AS date_start, strftime(date_end, '%Y-%m-%d') AS date_end, place_id, "
              "evidence_start, evidence_end, trigger_start, trigger_end, trigger_text FROM events "
              "WHERE article_id = $1",
    "quotes": "SELECT start_char, end_char, text, direct, speaker, speaker_start, speaker_end, cue FROM quotes "
              "WHERE article_id = $1",
    "times": "SELECT start_char, end_char, text, value, precision FROM times WHERE article_id = $1",
    "places": "SELECT pm.place_id, p.name, p.country, p.lat, p.lon, pm.start_char, pm.end_char, pm.text "
              "FROM (SELECT * FROM place_mentions WHERE article_id = $1) pm LEFT JOIN places p ON p.id = pm.place_id",
}
_ARTICLE_SQL = " UNION ALL ".join(f"SELECT '{k}', to_json(x) FROM ({q}) x" for k, q in _ARTICLE_PARTS.items())
_ARTICLE_ORDER = {"mentions": "start_char", "events": "evidence_start", "quotes": "start_char",
                  "times": "start_char", "places": "start_char"}


def article_detail(store: Store, article_id: str) -> dict | None:
    """One article with its text and every annotation (offsets into the text), read in one query
    (plus one for the actors' names): a page shows one article, so this must be cheap."""
    parts: dict[str, list[dict]] = {k: [] for k in _ARTICLE_PARTS}
    for kind, row in store.con.execute(_ARTICLE_SQL, [article_id]).fetchall():
        parts[kind].append(json.loads(row))
    if not parts["article"]:
        return None
    detail = parts["article"][0]
    detail["segments"] = json.dumps(detail["segments"]) if not isinstance(detail["segments"], str) else detail["segments"]
    for kind, key in _ARTICLE_ORDER.items():
        detail[kind] = sorted(parts[kind], key=lambda r, k=key: (r[k] is None, r[k]))
    roles = [{**r, "roles": r["roles"] if isinstance(r["roles"], str) else json.dumps(r["roles"])}
             for r in parts["roles"]]
    _name_actors(store, detail, roles)
    for time in detail["times"]:
        time["reading"] = reading(time["value"], time["precision"])
    for event in detail["events"]:
        event["date_reading"] = reading(event["date_value"], event["date_precision"]) if event["date_value"] else None
    return detail


def _name_actors(store: Store, detail: dict, roles: list[dict]) -> None:
    ids = {r["actor_id"] for r in roles}
    ids |= {e[k] for e in detail["events"] for k in ("source", "target") if e[k]}
    ids |= {q["speaker"] for q in detail["quotes"] if q["speaker"]}
    actors = {a["id"]: a for a in store.query(
        "SELECT id, name, kind, country, code FROM actors WHERE id IN (SELECT unnest(?))", [sorted(ids)])}
    name = {i: a["name"] for i, a in actors.items()}
    detail["actors"] = sorted(
        ({**actors[r["actor_id"]], "roles": r["roles"]} for r in roles if r["actor_id"] in actors),
        key=lambda a: a["name"])
    for event in detail["events"]:
        event["source_name"], event["target_name"] = name.get(event["source"]), name.get(event["target"])
    for quote in detail["quotes"]:
        quote["speaker_name"] = name.get(quote["speaker"])


def merged_page(store: Store, f: Filters, page: Page) -> dict:
    """Merged events (schema 2) with their reports: dates and places as each source gave them.
    A merged event has the modality it counts under (asserted when any report asserts it), and
    ``q`` finds the words of any of its reports' evidence, or an actor's name."""
    where, params = ["1=1"], []
    if f.actor:
        where.append(f"({_actor_match('m.source')} OR {_actor_match('m.target')} OR m.source_unit = upper(?) "
                     "OR m.target_unit = upper(?))")
        params += _actor_params(f.actor) * 2 + [f.actor, f.actor]
    if f.between:
        a, b = f.between
        where.append(f"(({_merged_end('source')} AND {_merged_end('target')}) OR "
                     f"({_merged_end('source')} AND {_merged_end('target')}))")
        params += _merged_params(a) + _merged_params(b) + _merged_params(b) + _merged_params(a)
    if f.cameo:
        where.append("m.cameo LIKE ? || '%'")
        params.append(f.cameo)
    if f.modality:
        where.append("m.id IN (SELECT merged_id FROM merged_event_modality WHERE modality = ?)")
        params.append(f.modality)
    if page.q:
        where.append("""(src.name ILIKE '%' || ? || '%' OR tgt.name ILIKE '%' || ? || '%' OR m.id IN (
            SELECT s.merged_id FROM event_sources s JOIN events e ON e.id = s.event_id
            JOIN articles a ON a.id = e.article_id
            WHERE substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) ILIKE '%' || ? || '%'))""")
        params += [page.q] * 3
    date_range(where, params, f, "m.event_date")
    select = f"""
        SELECT m.id, m.event_date, m.first_date, m.last_date, m.cameo, m.plover, m.goldstein, m.quad_class,
               src.name AS source, tgt.name AS target, m.source_unit, m.target_unit, m.n_reports, m.n_articles,
               m.num_articles, m.num_sources,
               (SELECT list(DISTINCT {EVENT_DATE} ORDER BY {EVENT_DATE}) FROM event_sources s
                 JOIN events e ON e.id = s.event_id WHERE s.merged_id = m.id AND e.date_start IS NOT NULL) AS dates,
               (SELECT list(DISTINCT p.name ORDER BY p.name) FROM event_sources s JOIN places p ON p.id = s.place_id
                 WHERE s.merged_id = m.id) AS places,
               (SELECT list(DISTINCT s.article_id ORDER BY s.article_id) FROM event_sources s
                 WHERE s.merged_id = m.id) AS articles,
               (SELECT list(coalesce(a.title, a.id) ORDER BY a.id) FROM articles a
                 WHERE a.id IN (SELECT s.article_id FROM event_sources s WHERE s.merged_id = m.id)) AS article_titles
        FROM merged_events m LEFT JOIN actors src ON src.id = m.source LEFT JOIN actors tgt ON tgt.id = m.target"""
    order = _order(page, {"date": "m.event_date", "reports": "m.n_reports", "cameo": "m.cameo"},
                   "m.n_articles DESC, m.event_date, m.id")
    return _paged(store, select, where, params, order, page)


def _merged_end(end: str) -> str:
    return f"({_actor_match('m.' + end)} OR m.{end}_unit = upper(?))"


def _merged_params(value: str) -> list:
    return [*_actor_params(value), value]


def place_events(store: Store, f: Filters) -> list[dict]:
    """Places with coordinates and how many of the matching events happened there (for the map)."""
    where, params = event_filters(f)
    return store.query(
        f"""SELECT p.id, p.name, p.country, p.kind, p.lat, p.lon, count(*) AS events,
                   count(DISTINCT e.article_id) AS articles
            FROM events e JOIN articles a ON a.id = e.article_id JOIN places p ON p.id = e.place_id
            WHERE {' AND '.join(where)} AND p.lat IS NOT NULL AND p.lon IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, p.name""", params)


def quote_speakers(store: Store, f: Filters, limit: int = 50) -> list[dict]:
    """Speakers with how many quotes each, most quoted first."""
    where, params = ["q.speaker IS NOT NULL"], []
    date_range(where, params, f, "a.published")
    return store.query(
        f"""SELECT q.speaker AS id, s.name, count(*) AS quotes FROM quotes q
            JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker
            WHERE {' AND '.join(where)} GROUP BY ALL ORDER BY quotes DESC, s.name LIMIT ?""",
        [*params, limit],
    )

