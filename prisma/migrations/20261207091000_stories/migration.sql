-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "story_id" UUID;

-- CreateTable
CREATE TABLE "stories" (
    "id" UUID NOT NULL,
    "representative_id" UUID,
    "title" VARCHAR(1000) NOT NULL DEFAULT '',
    "first_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_activity" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "article_count" INTEGER NOT NULL DEFAULT 0,
    "independent_source_count" INTEGER NOT NULL DEFAULT 0,
    "language_counts" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stories_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stories_last_activity_id_idx" ON "stories"("last_activity" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_story_id_id_idx" ON "articles"("story_id", "id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stories" ADD CONSTRAINT "stories_representative_id_fkey" FOREIGN KEY ("representative_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Everything below is written by hand: Prisma does not model CHECK constraints, functions or triggers.
--
-- Stories. The ingest store places each new article (src/modules/stories/stories.assignment.ts) and hand merges and
-- splits move articles (src/modules/stories/stories.service.ts); everything a story says about its articles — the
-- counts, the first and last times, the representative and its title — is derived here, by triggers on articles, so
-- every write path (the API, imports, scripts, the seed, deletes) keeps it right:
--   1. a BEFORE INSERT row trigger gives an article written without a story (a structured create, the seed, a script)
--      its original's story, else a story of its own, and creates the story an ingested article starts;
--   2. statement-level AFTER triggers recompute the stories the statement touched (one call per statement, however
--      many rows) and delete those left without articles.

ALTER TABLE "stories" ADD CONSTRAINT "stories_counts_check" CHECK (
  "article_count" >= 0 AND "independent_source_count" >= 0 AND "independent_source_count" <= "article_count");

-- Recomputes the given stories from their articles; deletes the ones left empty. An article counts as independent
-- when it derives (original_id, else duplicate_of_id) from no article of the same story; independent articles of one
-- outlet count once. The representative is the earliest independent article (publication time, else ingest time).
CREATE FUNCTION "meridian_story_refresh"(ids uuid[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    WITH members AS (
      SELECT a.story_id, a.id, a.title, a.language, a.source_id,
             coalesce(a.published_at, a.ingested_at) AS seen,
             NOT EXISTS (SELECT 1 FROM public.articles o
                         WHERE o.id = coalesce(a.original_id, a.duplicate_of_id) AND o.story_id = a.story_id) AS independent
      FROM public.articles a WHERE a.story_id = ANY(ids)
    ),
    figures AS (
      SELECT m.story_id, count(*)::int AS article_count, min(m.seen) AS first_seen, max(m.seen) AS last_activity,
             -- A loop of hand-made links leaves no independent article: the story still has one source.
             greatest(1, count(DISTINCT m.source_id) FILTER (WHERE m.independent))::int AS independent_source_count
      FROM members m GROUP BY m.story_id
    ),
    languages AS (
      SELECT l.story_id, jsonb_object_agg(l.language, l.n ORDER BY l.language) AS language_counts
      FROM (SELECT m.story_id, m.language, count(*)::int AS n FROM members m GROUP BY m.story_id, m.language) l
      GROUP BY l.story_id
    ),
    representatives AS (
      SELECT DISTINCT ON (m.story_id) m.story_id, m.id, m.title
      FROM members m ORDER BY m.story_id, m.independent DESC, m.seen, m.id
    )
    UPDATE public.stories s
    SET article_count = f.article_count, first_seen = f.first_seen, last_activity = f.last_activity,
        independent_source_count = f.independent_source_count, language_counts = l.language_counts,
        representative_id = r.id, title = r.title, version = s.version + 1, updated_at = now()
    FROM figures f JOIN languages l USING (story_id) JOIN representatives r USING (story_id)
    WHERE s.id = f.story_id
      AND (s.article_count, s.first_seen, s.last_activity, s.independent_source_count, s.language_counts, s.representative_id, s.title)
          IS DISTINCT FROM (f.article_count, f.first_seen, f.last_activity, f.independent_source_count, l.language_counts, r.id, r.title);
    DELETE FROM public.stories s
    WHERE s.id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM public.articles a WHERE a.story_id = s.id);
  END
  $$;

-- The id of the story an article starts when it is written without one: a UUIDv7 with the article's time and bits
-- of a hash of its id (version 7, variant 10), so the same rows always give the same stories (the bench corpus loads
-- byte-identically) and a story's id is never an article's.
CREATE FUNCTION "meridian_story_id"(article uuid) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT encode(
      set_bit(set_bit(set_bit(set_bit(set_bit(set_bit(
        overlay(decode(md5('story:' || article::text), 'hex') PLACING substring(uuid_send(article) FROM 1 FOR 6) FROM 1 FOR 6),
        55, 0), 54, 1), 53, 1), 52, 1), 71, 1), 70, 0),
      'hex')::uuid
  $$;

-- Step 1: an article written without a story joins its original's (or exact duplicate's), else starts its own; the
-- story an ingested article starts (a new id from stories.assignment.ts) is created here, before the article's row.
CREATE FUNCTION "meridian_story_default"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.story_id IS NULL THEN
      SELECT o.story_id INTO NEW.story_id FROM public.articles o
        WHERE o.id = coalesce(NEW.original_id, NEW.duplicate_of_id);
      IF NEW.story_id IS NULL THEN
        NEW.story_id := public.meridian_story_id(NEW.id);
      END IF;
    END IF;
    INSERT INTO public.stories (id, title, first_seen, last_activity)
      VALUES (NEW.story_id, left(NEW.title, 1000), coalesce(NEW.published_at, now()), coalesce(NEW.published_at, now()))
      ON CONFLICT (id) DO NOTHING;
    RETURN NEW;
  END
  $$;

-- Step 2: the stories a statement touched. Updates only matter when a column the figures read changed.
CREATE FUNCTION "meridian_story_touched"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    touched uuid[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT n.story_id) INTO touched FROM new_rows n WHERE n.story_id IS NOT NULL;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT o.story_id) INTO touched FROM old_rows o WHERE o.story_id IS NOT NULL;
    ELSE
      SELECT array_agg(DISTINCT x.story_id) INTO touched FROM (
        SELECT o.story_id, n.story_id AS other FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.story_id, o.title, o.language, o.source_id, o.published_at, o.original_id, o.duplicate_of_id)
              IS DISTINCT FROM (n.story_id, n.title, n.language, n.source_id, n.published_at, n.original_id, n.duplicate_of_id)
      ) changed CROSS JOIN LATERAL (VALUES (changed.story_id), (changed.other)) AS x(story_id)
      WHERE x.story_id IS NOT NULL;
    END IF;
    IF touched IS NOT NULL THEN
      PERFORM public.meridian_story_refresh(touched);
    END IF;
    RETURN NULL;
  END
  $$;

-- Existing articles: one story per lineage group (an article joins its first known original's story), with the id
-- meridian_story_id gives its first known original.
WITH RECURSIVE roots AS (
  SELECT a.id, a.id AS root FROM "articles" a WHERE coalesce(a.original_id, a.duplicate_of_id) IS NULL
  UNION
  SELECT a.id, r.root FROM "articles" a JOIN roots r ON r.id = coalesce(a.original_id, a.duplicate_of_id)
),
grouped AS (
  SELECT a.id, coalesce((SELECT min(r.root::text)::uuid FROM roots r WHERE r.id = a.id), a.id) AS root FROM "articles" a
),
created AS (
  SELECT DISTINCT g.root, "meridian_story_id"(g.root) AS story_id FROM grouped g
),
inserted AS (
  -- A data-modifying WITH runs once whether read or not; the foreign key is checked at the end of the statement.
  INSERT INTO "stories" ("id") SELECT c.story_id FROM created c
)
UPDATE "articles" a SET "story_id" = c.story_id
FROM grouped g JOIN created c ON c.root = g.root
WHERE a.id = g.id;
SELECT "meridian_story_refresh"(array_agg("id")) FROM "stories";

CREATE TRIGGER "articles_story_default" BEFORE INSERT ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "meridian_story_default"();
CREATE TRIGGER "articles_story_insert" AFTER INSERT ON "articles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_story_touched"();
CREATE TRIGGER "articles_story_update" AFTER UPDATE ON "articles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_story_touched"();
CREATE TRIGGER "articles_story_delete" AFTER DELETE ON "articles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_story_touched"();

-- Stories get revisions and change-feed events like the other resources (the history migration's triggers): resource
-- type `story`, recorded at commit with the actor of the write (a merge or split names its operation).
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_resource_type_check";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role', 'story'));
ALTER TABLE "revision_pending" DROP CONSTRAINT "revision_pending_resource_type_check";
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role', 'story'));

-- The state function with a case for stories (the others as 20261207090500_role_writes left them).
CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'relation' THEN (SELECT to_jsonb(r) FROM public.relations r WHERE r.id = key)
      WHEN 'claim_review' THEN (SELECT to_jsonb(v) FROM public.claim_reviews v WHERE v.id = key)
      WHEN 'role' THEN (SELECT to_jsonb(o) FROM public.roles o WHERE o.id = key)
      WHEN 'story' THEN (SELECT to_jsonb(t) FROM public.stories t WHERE t.id = key)
      WHEN 'entity' THEN (
        SELECT to_jsonb(e) || jsonb_build_object('aliases', coalesce(
          (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language, 'kind', x.kind, 'valid_from', x.valid_from, 'valid_to', x.valid_to) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = e.id),
          '[]'::jsonb))
        FROM public.entities e WHERE e.id = key)
      WHEN 'claim' THEN (
        SELECT (to_jsonb(c) - 'search') || jsonb_build_object('subject_ids', coalesce(
          (SELECT jsonb_agg(s.entity_id ORDER BY s.entity_id) FROM public.claim_subjects s WHERE s.claim_id = c.id),
          '[]'::jsonb))
        FROM public.claims c WHERE c.id = key)
    END
  $$;

CREATE TRIGGER "stories_revision_insert" AFTER INSERT ON "stories" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('story', 'id');
CREATE TRIGGER "stories_revision_update" AFTER UPDATE ON "stories" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('story', 'id');
CREATE TRIGGER "stories_revision_delete" AFTER DELETE ON "stories" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('story', 'id');
