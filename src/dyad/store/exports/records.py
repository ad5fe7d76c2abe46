"""The events the exports write: one record per event, however many articles report it.

An event told by several articles is one merged event (``dyad.store.merge``): it is written once,
with the details of its first report (actors, codes, date, place, evidence) and the counts of all
its reports (``n_reports``: mentions, ``n_articles``, ``n_sources``: distinct outlets) and the ids
of its articles. Events not merged (a store filled by plain SQL) are written each on its own.
An event has the days its text gives (``day``, ``day_end``: the first and last day its date
covers, ISO), else its article's publication date; an event with neither is left out (``undated`` counts them). Filters are those of ``dyad events``.
"""

from __future__ import annotations

from dyad.store.db import Store
from dyad.store.queries import Filters, event_filters

_SELECT = """
    WITH reports AS (
        SELECT s.merged_id, count(*) AS n_reports, count(DISTINCT s.article_id) AS n_articles,
               count(DISTINCT coalesce(a.outlet, a.url, a.id)) AS n_sources,
               list(DISTINCT s.article_id ORDER BY s.article_id) AS article_ids
        FROM event_sources s JOIN articles a ON a.id = s.article_id GROUP BY s.merged_id)
    SELECT e.*, a.published, a.url, a.outlet, a.title, a.ingested_at, a.segments,
           substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
           src.name AS source_name, src.code AS source_code, src.country AS source_country,
           src.kind AS source_kind, src.sector AS source_sector, src.wikidata AS source_wikidata,
           tgt.name AS target_name, tgt.code AS target_code, tgt.country AS target_country,
           tgt.kind AS target_kind, tgt.sector AS target_sector, tgt.wikidata AS target_wikidata,
           p.name AS place_name, p.country AS place_country, p.lat, p.lon, p.geonameid, p.kind AS place_kind,
           coalesce(e.date_start, e.event_date, a.published) AS day,
           coalesce(e.date_end, e.event_date, a.published) AS day_end, coalesce(es.merged_id, e.id) AS record_id,
           coalesce(r.n_reports, 1) AS n_reports,
           coalesce(nullif(mev.num_articles, 0), r.n_articles, 1) AS n_articles,  -- syndicated copies counted
           coalesce(nullif(mev.num_sources, 0), r.n_sources, 1) AS n_sources, coalesce(r.article_ids, [e.article_id]) AS article_ids,
           mev.last_date
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors src ON src.id = e.source LEFT JOIN actors tgt ON tgt.id = e.target
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN event_sources es ON es.event_id = e.id
    LEFT JOIN reports r ON r.merged_id = es.merged_id LEFT JOIN merged_events mev ON mev.id = es.merged_id
    WHERE {where} AND (es.merged_id IS NULL OR es.merged_id = 'm-' || e.id)"""


def event_records(store: Store, filters: Filters | None = None) -> tuple[list[dict], int]:
    """(records with a day, how many were left out for having none), in order of day."""
    where, params = event_filters(filters or Filters(limit=None))
    rows = store.query(_SELECT.format(where=" AND ".join(where)) + " ORDER BY day, e.id", params)
    dated = [r for r in rows if r["day"] is not None]
    return dated, len(rows) - len(dated)


def article_texts(store: Store, ids: set[str]) -> dict[str, str]:
    """The cleaned text of each article (for AvgTone)."""
    if not ids:
        return {}
    return dict(store.con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))",
                                  [sorted(ids)]).fetchall())
