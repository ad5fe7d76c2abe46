-- dyad store, schema version 2: one merged event per real-world event, with every report of it.
-- How an actor rolls up for dyads and merging: a state is itself; a person or organisation
-- with a country stands for that country; anything else stands for itself.
CREATE VIEW actor_units AS
SELECT id AS actor_id,
       CASE WHEN kind = 'state' THEN id
            WHEN country IS NOT NULL AND kind IN ('person', 'organization') THEN country
            ELSE id END AS unit
FROM actors;

CREATE TABLE merged_events (
    id VARCHAR PRIMARY KEY,            -- 'm-' + the id of the first report
    block VARCHAR NOT NULL,            -- unordered unit pair | CAMEO root | polarity: the blocking key
    root VARCHAR, cameo VARCHAR, plover VARCHAR,
    source VARCHAR, target VARCHAR,    -- actor ids of the first report (direction as first reported)
    source_unit VARCHAR, target_unit VARCHAR,
    goldstein DOUBLE, quad_class INTEGER,
    event_date DATE,                   -- the day of the first report (or its publication day)
    first_date DATE, last_date DATE,   -- the range of days the reports give
    n_reports INTEGER NOT NULL DEFAULT 0, n_articles INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event_sources (           -- each report of a merged event, its details kept as reported
    merged_id VARCHAR NOT NULL, event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
    source VARCHAR, target VARCHAR, cameo VARCHAR, modality VARCHAR,
    date_value VARCHAR, event_date DATE, place_id VARCHAR, published DATE
);
CREATE INDEX merged_block ON merged_events(block);  -- DuckDB scans by one column: the block
CREATE INDEX event_sources_merged ON event_sources(merged_id);
CREATE INDEX event_sources_article ON event_sources(article_id);
