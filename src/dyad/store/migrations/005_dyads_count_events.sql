-- dyad store, schema version 5: the dyad summaries count events, not reports.
-- An event told by several articles is one merged event (migration 002). The time series and the
-- relation graph now count it once: on the day, direction, QuadClass and Goldstein score of its
-- first report, and as 'asserted' when any article asserts it (else with its first report's
-- modality). Events not merged (a store filled by plain SQL) count one by one.
-- See dyad.store.dyads.add_articles: the writer keeps the summaries the same way.

DROP VIEW dyad_event_ends;
DROP VIEW dyad_event_units;

-- The modality a merged event counts under.
CREATE VIEW merged_event_modality AS
SELECT merged_id,
       CASE WHEN bool_or(modality = 'asserted') THEN 'asserted'
            ELSE any_value(modality) FILTER (WHERE 'm-' || event_id = merged_id) END AS modality
FROM event_sources GROUP BY merged_id;

-- Every event with a QuadClass and both actors known, by unit, with its day: merged events once,
-- unmerged reports each.
CREATE VIEW dyad_event_units AS
SELECT m.source_unit, m.target_unit, m.event_date AS day, m.quad_class, mm.modality, m.goldstein
FROM merged_events m JOIN merged_event_modality mm ON mm.merged_id = m.id
WHERE m.quad_class IS NOT NULL AND m.source_unit IS NOT NULL AND m.target_unit IS NOT NULL
UNION ALL
SELECT su.unit, tu.unit, coalesce(e.event_date, a.published), e.quad_class, e.modality, e.goldstein
FROM events e JOIN articles a ON a.id = e.article_id
JOIN actor_units su ON su.actor_id = e.source
JOIN actor_units tu ON tu.actor_id = e.target
WHERE e.quad_class IS NOT NULL AND e.id NOT IN (SELECT event_id FROM event_sources);

-- Each event seen from both of its ends (once when both ends are the same unit).
CREATE VIEW dyad_event_ends AS
SELECT source_unit AS unit, target_unit AS other, TRUE AS outgoing, day, quad_class, modality, goldstein
FROM dyad_event_units
UNION ALL
SELECT target_unit, source_unit, FALSE, day, quad_class, modality, goldstein
FROM dyad_event_units WHERE source_unit <> target_unit;

DELETE FROM dyad_days;
DELETE FROM dyad_edges;
INSERT INTO dyad_days
SELECT unit, other, outgoing, day, quad_class, modality, count(*), count(goldstein), sum(goldstein)
FROM dyad_event_ends GROUP BY ALL ORDER BY unit, other, day;
INSERT INTO dyad_edges
SELECT day, least(source_unit, target_unit), greatest(source_unit, target_unit), quad_class, modality,
       count(*), sum(goldstein)
FROM dyad_event_units WHERE source_unit <> target_unit GROUP BY ALL ORDER BY 1, 2, 3;
UPDATE dyad_summary SET events = (SELECT count(*) FROM events),
       sorted_days = (SELECT count(*) FROM dyad_days), sorted_edges = (SELECT count(*) FROM dyad_edges);
