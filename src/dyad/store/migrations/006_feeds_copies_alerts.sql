-- dyad store, schema version 6: live monitoring (dyad watch).
-- Syndicated copies: an article that is a near-duplicate of one stored before it (another outlet
-- reprinting a wire story) is stored as a copy of that original, not analysed again; merged events
-- count every copy. See dyad.store.syndication.

-- GDELT's NumArticles (every article reporting the event, copies included) and NumSources
-- (distinct outlets among them), kept by the writer next to n_reports and n_articles.
ALTER TABLE merged_events ADD COLUMN num_articles INTEGER DEFAULT 0;
ALTER TABLE merged_events ADD COLUMN num_sources INTEGER DEFAULT 0;

CREATE TABLE article_copies (          -- a copy points at its original (never at another copy)
    article_id VARCHAR PRIMARY KEY, original_id VARCHAR NOT NULL, similarity DOUBLE
);
CREATE INDEX article_copies_original ON article_copies(original_id);

-- MinHash signature of each article's body, and its LSH band keys to find near-duplicates.
CREATE TABLE article_signatures (article_id VARCHAR PRIMARY KEY, signature BLOB);
CREATE TABLE article_bands (key BIGINT NOT NULL, article_id VARCHAR NOT NULL);
CREATE INDEX article_bands_key ON article_bands(key);

-- Feeds read by dyad watch: conditional-request validators and the backoff after failures.
CREATE TABLE feeds (
    url VARCHAR PRIMARY KEY, title VARCHAR, etag VARCHAR, last_modified VARCHAR,
    checked_at TIMESTAMP, ok_at TIMESTAMP, failures INTEGER DEFAULT 0, retry_at TIMESTAMP,
    last_error VARCHAR
);

-- What each alert rule has fired for, so that an event fires a rule once.
CREATE TABLE alerts_fired (
    rule VARCHAR NOT NULL, merged_id VARCHAR NOT NULL, fired_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (rule, merged_id)
);

-- The source (outlet) of each article, as NumSources counts them: its outlet, else its URL's host,
-- else the article itself.
CREATE VIEW article_sources AS
SELECT id AS article_id,
       coalesce(nullif(lower(trim(outlet)), ''),
                nullif(lower(regexp_extract(url, '^[A-Za-z]+://([^/?#:]+)', 1)), ''), id) AS source
FROM articles;

-- Every article that reports a merged event: the articles of its reports and their copies.
CREATE VIEW merged_event_articles AS
SELECT DISTINCT merged_id, article_id FROM event_sources
UNION
SELECT s.merged_id, c.article_id FROM event_sources s JOIN article_copies c ON c.original_id = s.article_id;

UPDATE merged_events m SET num_articles = c.num_articles, num_sources = c.num_sources
FROM (SELECT r.merged_id, count(DISTINCT r.article_id) AS num_articles, count(DISTINCT s.source) AS num_sources
      FROM merged_event_articles r JOIN article_sources s ON s.article_id = r.article_id
      GROUP BY r.merged_id) c
WHERE m.id = c.merged_id;
