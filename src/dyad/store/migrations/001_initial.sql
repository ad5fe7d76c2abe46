-- dyad store, schema version 1. Every row that points at words carries its article and offsets.
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR, title VARCHAR, outlet VARCHAR, published DATE,
    text VARCHAR NOT NULL,
    segments JSON, sentences JSON,
    pipeline_version VARCHAR, model_version VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE actors (              -- canonical across articles
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL, kind VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR, wikidata VARCHAR
);
CREATE TABLE article_actors (      -- what one article says of an actor
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
    roles JSON, aliases JSON,
    PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR, metonym BOOLEAN
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
    source VARCHAR, target VARCHAR,
    cameo VARCHAR, plover VARCHAR, goldstein DOUBLE, quad_class INTEGER, modality VARCHAR,
    date_value VARCHAR, date_precision VARCHAR, event_date DATE,
    place_id VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    confidence DOUBLE
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    text VARCHAR, direct BOOLEAN, partial BOOLEAN,
    speaker VARCHAR, speaker_start INTEGER, speaker_end INTEGER, cue VARCHAR, addressee VARCHAR
);
CREATE TABLE times (
    article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    text VARCHAR, value VARCHAR, precision VARCHAR
);
CREATE TABLE places (              -- canonical across articles
    id VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR, geonameid BIGINT
);
CREATE TABLE place_mentions (
    article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX mentions_article ON mentions(article_id);
