-- dyad store, schema version 4: events summed per pair of actor units and day, kept by the writer,
-- so that a dyad time series or the relation graph reads a few thousand rows instead of every event.
-- See dyad.store.dyads: the writer adds each new article's events (dyads.add_article) in its
-- transaction; dyads.compact re-sorts the tables after large ingests.

-- Every event with a QuadClass and both actors known, by unit, with its day.
CREATE VIEW dyad_event_units AS
SELECT e.article_id, su.unit AS source_unit, tu.unit AS target_unit,
       coalesce(e.event_date, a.published) AS day, e.quad_class, e.modality, e.goldstein
FROM events e JOIN articles a ON a.id = e.article_id
JOIN actor_units su ON su.actor_id = e.source
JOIN actor_units tu ON tu.actor_id = e.target
WHERE e.quad_class IS NOT NULL;

-- Each event seen from both of its ends (once when both ends are the same unit).
CREATE VIEW dyad_event_ends AS
SELECT article_id, source_unit AS unit, target_unit AS other, TRUE AS outgoing, day, quad_class, modality, goldstein
FROM dyad_event_units
UNION ALL
SELECT article_id, target_unit, source_unit, FALSE, day, quad_class, modality, goldstein
FROM dyad_event_units WHERE source_unit <> target_unit;

-- Time series: sorted by (unit, other, day) when compacted, so one pair's rows lie together.
CREATE TABLE dyad_days (
    unit VARCHAR, other VARCHAR, outgoing BOOLEAN,   -- outgoing: unit was the source
    day DATE, quad_class INTEGER, modality VARCHAR,
    events BIGINT, goldstein_n BIGINT, goldstein_sum DOUBLE
);
-- Relation graph: unordered pairs of different units, sorted by day when compacted.
CREATE TABLE dyad_edges (
    day DATE, unit_a VARCHAR, unit_b VARCHAR,       -- unit_a < unit_b
    quad_class INTEGER, modality VARCHAR,
    events BIGINT, goldstein_sum DOUBLE
);
-- How many rows of `events` the two tables summarise (a store filled by other means than the
-- writer is detected and read from `events`), and how many of their rows are in sorted order.
CREATE TABLE dyad_summary (events BIGINT, sorted_days BIGINT, sorted_edges BIGINT);

INSERT INTO dyad_days
SELECT unit, other, outgoing, day, quad_class, modality, count(*), count(goldstein), sum(goldstein)
FROM dyad_event_ends GROUP BY ALL ORDER BY unit, other, day;
INSERT INTO dyad_edges
SELECT day, least(source_unit, target_unit), greatest(source_unit, target_unit), quad_class, modality,
       count(*), sum(goldstein)
FROM dyad_event_units WHERE source_unit <> target_unit GROUP BY ALL ORDER BY 1, 2, 3;
INSERT INTO dyad_summary
SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM dyad_days), (SELECT count(*) FROM dyad_edges);
