-- Per-entity daily aggregates, so that an entity's timeline (GET /v1/entities/{id}/timeline) and its article count
-- over a date range read one row per day instead of every mention of a very common entity (144k mentions for the
-- United States at 100k articles; 1.4M at 1M).
-- entity_mention_days(entity_id, day, articles, mentions): `day` is the UTC date of the article's publication time;
-- `articles` = how many articles published that day mention the entity, `mentions` = how many mentions they hold.
-- Undated articles are not counted (a timeline has no bucket for them). An article has one publication day, so summing
-- days gives exact week, month and range counts of distinct articles.
-- Kept exact by triggers, like entity_cooccurrences:
-- - statement-level triggers on `mentions` (insert, update, delete, truncate) recount each touched (article, entity)
--   after the statement, derive the count before it (after − change) and add the difference at the article's day;
-- - a row trigger BEFORE DELETE on `articles` removes the article's whole contribution while its mentions are still
--   there (the cascade that deletes them then finds no article row, and the mention triggers skip those rows);
-- - a row trigger AFTER UPDATE OF published_at on `articles` moves the article's contribution to its new day.
-- No foreign keys and no CHECK, for the reasons given in the entity_cooccurrences migration; tests compare the table
-- with a full recount after creates, updates, deletes, a merge and bulk SQL (tests/discovery.test.ts).

CREATE TABLE "entity_mention_days" (
    "entity_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "articles" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL,

    CONSTRAINT "entity_mention_days_pkey" PRIMARY KEY ("entity_id","day")
);

-- Adds signed (entity, day) differences; rows that reach zero are deleted. In key order, so concurrent writers lock
-- shared rows (the United States on a busy day) in the same order.
CREATE OR REPLACE FUNCTION meridian_entity_days_add(p_entities uuid[], p_days date[], p_articles int[], p_mentions int[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zero_entities uuid[];
  zero_days date[];
BEGIN
  WITH delta AS (
    SELECT d.entity_id, d.day, sum(d.articles)::int AS articles, sum(d.mentions)::int AS mentions
    FROM unnest(p_entities, p_days, p_articles, p_mentions) AS d(entity_id, day, articles, mentions)
    GROUP BY d.entity_id, d.day
    HAVING sum(d.articles) <> 0 OR sum(d.mentions) <> 0
  ),
  upserted AS (
    INSERT INTO entity_mention_days AS t (entity_id, day, articles, mentions)
    SELECT entity_id, day, articles, mentions FROM delta ORDER BY entity_id, day
    ON CONFLICT (entity_id, day) DO UPDATE
      SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions
    RETURNING t.entity_id, t.day, t.mentions
  )
  SELECT array_agg(entity_id), array_agg(day) INTO zero_entities, zero_days FROM upserted WHERE mentions = 0;

  IF zero_entities IS NOT NULL THEN
    DELETE FROM entity_mention_days t
    USING unnest(zero_entities, zero_days) AS z(entity_id, day)
    WHERE t.entity_id = z.entity_id AND t.day = z.day AND t.mentions = 0;
  END IF;
END;
$$;

-- Applies a set of mention changes (article, entity, +1 inserted / −1 deleted) of articles that exist and are dated.
CREATE OR REPLACE FUNCTION meridian_entity_days_apply(p_articles uuid[], p_entities uuid[], p_deltas int[]) RETURNS void
LANGUAGE sql AS $$
  WITH change AS (
    SELECT c.article_id, c.entity_id, sum(c.delta)::int AS delta
    FROM unnest(p_articles, p_entities, p_deltas) AS c(article_id, entity_id, delta)
    GROUP BY c.article_id, c.entity_id
    HAVING sum(c.delta) <> 0
  ),
  counted AS (
    SELECT c.entity_id, (a.published_at AT TIME ZONE 'UTC')::date AS day, c.delta,
           (SELECT count(*)::int FROM mentions m WHERE m.article_id = c.article_id AND m.entity_id = c.entity_id) AS after_n
    FROM change c JOIN articles a ON a.id = c.article_id
    WHERE a.published_at IS NOT NULL
  )
  SELECT meridian_entity_days_add(
    array_agg(entity_id), array_agg(day),
    array_agg((after_n > 0)::int - (after_n - delta > 0)::int), array_agg(delta))
  FROM counted
  HAVING count(*) > 0;
$$;

CREATE OR REPLACE FUNCTION meridian_mentions_entity_days() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM meridian_entity_days_apply(array_agg(article_id), array_agg(entity_id), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM meridian_entity_days_apply(array_agg(article_id), array_agg(entity_id), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM meridian_entity_days_apply(array_agg(c.article_id), array_agg(c.entity_id), array_agg(c.delta))
    FROM (
      SELECT n.article_id, n.entity_id, 1 AS delta FROM new_rows n
      UNION ALL
      SELECT o.article_id, o.entity_id, -1 FROM old_rows o
    ) c
    HAVING count(*) > 0;
  ELSIF TG_OP = 'TRUNCATE' THEN
    TRUNCATE entity_mention_days;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER mentions_entity_days_insert AFTER INSERT ON mentions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_entity_days();
CREATE TRIGGER mentions_entity_days_update AFTER UPDATE ON mentions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_entity_days();
CREATE TRIGGER mentions_entity_days_delete AFTER DELETE ON mentions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_entity_days();
CREATE TRIGGER mentions_entity_days_truncate AFTER TRUNCATE ON mentions
  FOR EACH STATEMENT EXECUTE FUNCTION meridian_mentions_entity_days();

-- One article's whole contribution at one day, signed: its mentions counted per entity.
CREATE OR REPLACE FUNCTION meridian_entity_days_article(p_article uuid, p_day date, p_sign int) RETURNS void
LANGUAGE sql AS $$
  SELECT meridian_entity_days_add(array_agg(entity_id), array_fill(p_day, ARRAY[count(*)::int]),
                                  array_fill(p_sign, ARRAY[count(*)::int]), array_agg(p_sign * n))
  FROM (SELECT entity_id, count(*)::int AS n FROM mentions WHERE article_id = p_article GROUP BY entity_id) e
  HAVING count(*) > 0;
$$;

CREATE OR REPLACE FUNCTION meridian_articles_entity_days() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.published_at IS NOT NULL THEN
      PERFORM meridian_entity_days_article(OLD.id, (OLD.published_at AT TIME ZONE 'UTC')::date, -1);
    END IF;
    RETURN OLD;
  END IF;
  -- UPDATE OF published_at
  IF (OLD.published_at AT TIME ZONE 'UTC')::date IS DISTINCT FROM (NEW.published_at AT TIME ZONE 'UTC')::date THEN
    IF OLD.published_at IS NOT NULL THEN
      PERFORM meridian_entity_days_article(NEW.id, (OLD.published_at AT TIME ZONE 'UTC')::date, -1);
    END IF;
    IF NEW.published_at IS NOT NULL THEN
      PERFORM meridian_entity_days_article(NEW.id, (NEW.published_at AT TIME ZONE 'UTC')::date, 1);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER articles_entity_days_delete BEFORE DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION meridian_articles_entity_days();
CREATE TRIGGER articles_entity_days_published AFTER UPDATE OF published_at ON articles
  FOR EACH ROW EXECUTE FUNCTION meridian_articles_entity_days();

-- Recomputes the whole table from `mentions` (the backfill below; bulk loaders that disable the triggers call it).
CREATE OR REPLACE FUNCTION meridian_entity_days_rebuild() RETURNS void
LANGUAGE sql AS $$
  TRUNCATE entity_mention_days;
  INSERT INTO entity_mention_days (entity_id, day, articles, mentions)
  SELECT m.entity_id, (a.published_at AT TIME ZONE 'UTC')::date, count(DISTINCT m.article_id)::int, count(*)::int
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE a.published_at IS NOT NULL
  GROUP BY 1, 2
  ORDER BY 1, 2;  -- each entity's days together on disk
$$;

SELECT meridian_entity_days_rebuild();
