"""Read queries over the store. Every value from the user goes in as a parameter, never as SQL."""

from __future__ import annotations

from dataclasses import dataclass

from dyad.store.db import Store


@dataclass(slots=True)
class Filters:
    actor: str | None = None  # an actor id, code or name (case-insensitive)
    between: tuple[str, str] | None = None  # a pair of actors, either direction
    since: str | None = None  # YYYY-MM-DD, on the event date (or publication date)
    until: str | None = None
    cameo: str | None = None  # a code prefix: "04" matches 040-046
    modality: str | None = None
    limit: int = 100


def _actor_match(column: str) -> str:
    return (
        f"{column} IN (SELECT id FROM actors WHERE lower(id) = lower(?) OR lower(code) = lower(?) "
        f"OR lower(name) = lower(?) OR lower(country) = lower(?) AND kind = 'state')"
    )


def _actor_params(value: str) -> list:
    return [value, value, value, value]


def events(store: Store, f: Filters) -> list[dict]:
    where, params = ["1=1"], []
    if f.actor:
        where.append(f"({_actor_match('e.source')} OR {_actor_match('e.target')})")
        params += _actor_params(f.actor) * 2
    if f.between:
        a, b = f.between
        where.append(
            f"(({_actor_match('e.source')} AND {_actor_match('e.target')}) OR "
            f"({_actor_match('e.source')} AND {_actor_match('e.target')}))"
        )
        params += _actor_params(a) + _actor_params(b) + _actor_params(b) + _actor_params(a)
    if f.cameo:
        where.append("e.cameo LIKE ? || '%'")
        params.append(f.cameo)
    if f.modality:
        where.append("e.modality = ?")
        params.append(f.modality)
    _period(where, params, f, "coalesce(e.event_date, a.published)")
    sql = f"""
        SELECT e.id, coalesce(e.date_value, '') AS date, e.cameo, e.plover, e.goldstein, e.quad_class,
               e.modality, src.name AS source, tgt.name AS target, e.source AS source_id,
               e.target AS target_id, pl.name AS place, e.article_id, e.evidence_start, e.evidence_end,
               substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors src ON src.id = e.source LEFT JOIN actors tgt ON tgt.id = e.target
        LEFT JOIN places pl ON pl.id = e.place_id
        WHERE {' AND '.join(where)}
        ORDER BY coalesce(e.event_date, a.published), e.id LIMIT ?"""
    return store.query(sql, [*params, f.limit])


def quotes(store: Store, f: Filters) -> list[dict]:
    where, params = ["1=1"], []
    if f.actor:
        where.append(_actor_match("q.speaker"))
        params += _actor_params(f.actor)
    _period(where, params, f, "a.published")
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


def _period(where: list[str], params: list, f: Filters, column: str) -> None:
    if f.since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(f.until)


def counts(store: Store) -> dict[str, int]:
    tables = ("articles", "actors", "mentions", "events", "quotes", "times", "places")
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
