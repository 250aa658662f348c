-- meridian_cooccurrence_apply (20261203070941_entity_cooccurrences) recounted the touched articles' mentions with
-- `article_id IN (…)`; during a bulk import the statistics of `mentions` lag far behind its size and the planner chose a
-- sequential scan of the whole table for every batch of 250 articles (39,243 rows read for 4,278 wanted at 2,000
-- stored articles, so the per-batch cost grew with the corpus). Same function, the recount through the index.

CREATE OR REPLACE FUNCTION meridian_cooccurrence_apply(p_articles uuid[], p_entities uuid[], p_deltas int[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zero_entities uuid[];
  zero_others uuid[];
BEGIN
  WITH change AS (
    SELECT c.article_id, c.entity_id, sum(c.delta)::int AS delta
    FROM unnest(p_articles, p_entities, p_deltas) AS c(article_id, entity_id, delta)
    GROUP BY c.article_id, c.entity_id
  ),
  after_state AS (
    -- Per touched article through the (article_id, entity_id, …) index: a LATERAL join cannot turn into a scan of
    -- the whole table, which the planner chose with stale statistics during a bulk import (mentions grow faster than
    -- autovacuum analyzes them), making each batch's recount cost grow with the table.
    SELECT t.article_id, m.entity_id, m.n
    FROM (SELECT DISTINCT article_id FROM change) t
    CROSS JOIN LATERAL (
      SELECT x.entity_id, count(*)::int AS n FROM mentions x WHERE x.article_id = t.article_id GROUP BY x.entity_id
    ) m
  ),
  before_state AS (
    SELECT coalesce(a.article_id, c.article_id) AS article_id, coalesce(a.entity_id, c.entity_id) AS entity_id,
           coalesce(a.n, 0) - coalesce(c.delta, 0) AS n
    FROM after_state a FULL JOIN change c ON c.article_id = a.article_id AND c.entity_id = a.entity_id
  ),
  pairs AS (
    SELECT x.entity_id, y.entity_id AS other_id, 1 AS articles, y.n AS mentions
    FROM after_state x JOIN after_state y ON y.article_id = x.article_id
    UNION ALL
    SELECT x.entity_id, y.entity_id, -1, -y.n
    FROM before_state x JOIN before_state y ON y.article_id = x.article_id
    WHERE x.n > 0 AND y.n > 0
  ),
  delta AS (
    SELECT entity_id, other_id, sum(articles)::int AS articles, sum(mentions)::int AS mentions
    FROM pairs
    GROUP BY entity_id, other_id
    HAVING sum(articles) <> 0 OR sum(mentions) <> 0
  ),
  upserted AS (
    -- In key order, so that concurrent writers lock shared rows in the same order (no deadlock between them).
    INSERT INTO entity_cooccurrences AS t (entity_id, other_id, articles, mentions)
    SELECT entity_id, other_id, articles, mentions FROM delta ORDER BY entity_id, other_id
    ON CONFLICT (entity_id, other_id) DO UPDATE
      SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions
    RETURNING t.entity_id, t.other_id, t.articles
  )
  SELECT array_agg(entity_id), array_agg(other_id) INTO zero_entities, zero_others FROM upserted WHERE articles = 0;

  IF zero_entities IS NOT NULL THEN
    DELETE FROM entity_cooccurrences t
    USING unnest(zero_entities, zero_others) AS z(entity_id, other_id)
    WHERE t.entity_id = z.entity_id AND t.other_id = z.other_id AND t.articles = 0;
  END IF;
END;
$$;
