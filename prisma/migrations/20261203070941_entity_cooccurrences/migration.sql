-- Pre-aggregated entity co-occurrence, so that GET /v1/entities/{id}/cooccurrences (without a date range) and the
-- prominence of entity lookups read a handful of rows instead of every mention of a very common entity.
-- For each ordered pair (entity_id, other_id) of entities mentioned in the same article: `articles` = how many
-- articles mention both, `mentions` = how many mentions of other_id those articles hold. The diagonal row
-- (other_id = entity_id) holds the entity's own counts: articles that mention it and its mentions.
-- Kept exact by statement-level triggers on `mentions` (insert, update, delete, truncate) that recount the pairs of
-- every article a statement touched, before and after. No foreign keys: rows disappear when their count reaches zero,
-- which the triggers do when an entity's or article's mentions are deleted (cascades fire them too).
-- See bench/cooccurrence.md for the design and the measurements.

-- CreateTable
CREATE TABLE "entity_cooccurrences" (
    "entity_id" UUID NOT NULL,
    "other_id" UUID NOT NULL,
    "articles" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL,

    CONSTRAINT "entity_cooccurrences_pkey" PRIMARY KEY ("entity_id","other_id")
);

-- The co-occurrence list in answer order: the top 20 of an entity are the first index entries of its range
-- (an index-only scan reading a few pages), however many entities it co-occurs with (7,410 for the United States
-- at 100k articles). See bench/cooccurrence.md for the plans with and without it.
CREATE INDEX "entity_cooccurrences_entity_id_articles_mentions_other_id_idx" ON "entity_cooccurrences"("entity_id", "articles" DESC, "mentions" DESC, "other_id");

-- No CHECK on the counts: the trigger adds signed differences with INSERT … ON CONFLICT DO UPDATE, and PostgreSQL
-- checks constraints on the proposed insert row (a negative difference) before it finds the conflict. Rows that
-- reach zero are deleted in the same trigger call; tests compare the table with a full recount.

-- Applies a set of mention changes (article, entity, +1 inserted / -1 deleted): recounts every touched article's
-- (entity, mentions) before and after, and adds the difference of their pair counts.
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
    SELECT m.article_id, m.entity_id, count(*)::int AS n
    FROM mentions m
    WHERE m.article_id IN (SELECT DISTINCT article_id FROM change)
    GROUP BY m.article_id, m.entity_id
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

CREATE OR REPLACE FUNCTION meridian_mentions_cooccurrence() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM meridian_cooccurrence_apply(array_agg(article_id), array_agg(entity_id), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM meridian_cooccurrence_apply(array_agg(article_id), array_agg(entity_id), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM meridian_cooccurrence_apply(array_agg(c.article_id), array_agg(c.entity_id), array_agg(c.delta))
    FROM (
      SELECT n.article_id, n.entity_id, 1 AS delta FROM new_rows n
      UNION ALL
      SELECT o.article_id, o.entity_id, -1 FROM old_rows o
    ) c
    HAVING count(*) > 0;
  ELSIF TG_OP = 'TRUNCATE' THEN
    TRUNCATE entity_cooccurrences;
  END IF;
  RETURN NULL;
END;
$$;

-- Transition tables allow one event per trigger: three triggers, one function.
CREATE TRIGGER mentions_cooccurrence_insert AFTER INSERT ON mentions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_cooccurrence();
CREATE TRIGGER mentions_cooccurrence_update AFTER UPDATE ON mentions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_cooccurrence();
CREATE TRIGGER mentions_cooccurrence_delete AFTER DELETE ON mentions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_cooccurrence();
CREATE TRIGGER mentions_cooccurrence_truncate AFTER TRUNCATE ON mentions
  FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_cooccurrence();

-- Recomputes the whole table from `mentions` (the backfill below; bulk loaders that disable the triggers call it).
CREATE OR REPLACE FUNCTION meridian_cooccurrence_rebuild() RETURNS void
LANGUAGE sql AS $$
  TRUNCATE entity_cooccurrences;
  INSERT INTO entity_cooccurrences (entity_id, other_id, articles, mentions)
  SELECT x.entity_id, y.entity_id, count(*)::int, sum(y.n)::int
  FROM (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY article_id, entity_id) x
  JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY article_id, entity_id) y ON y.article_id = x.article_id
  GROUP BY x.entity_id, y.entity_id
  ORDER BY x.entity_id, y.entity_id;  -- each entity's rows together on disk
$$;

SELECT meridian_cooccurrence_rebuild();
