-- dyad store, schema version 3: indexes for reading one article's rows and one actor's mentions.
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX times_article ON times(article_id);
CREATE INDEX place_mentions_article ON place_mentions(article_id);
CREATE INDEX article_actors_article ON article_actors(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);
