-- Story placement at ingest, batch-level instead of per article row (bench/ingest-results.md, 2026-12-07).
--
-- 1. The stories an ingest batch starts are created by the batch's article insert itself, in a data-modifying WITH
--    (src/modules/ingest/store/ingest.repository.ts, insertArticles; stories.assignment.ts says which lines start
--    one), so the articles' BEFORE INSERT trigger runs only for an article written without a story (a structured
--    create, the seed, a script), which it still places as before. Creating each story from the row trigger cost an
--    INSERT, and a revision note by the stories' statement trigger, per article.
DROP TRIGGER "articles_story_default" ON "articles";
CREATE TRIGGER "articles_story_default" BEFORE INSERT ON "articles"
  FOR EACH ROW WHEN (NEW.story_id IS NULL) EXECUTE FUNCTION "meridian_story_default"();

-- 2. The first revisions of the stories a batch created, in one statement.
-- An ingest batch starts a story for most of its articles (created as in 1., its figures filled in by the articles'
-- AFTER statement trigger: 20261207091000_stories). Each of those stories was noted in
-- revision_pending and recorded by meridian_revision_record at COMMIT, one call per story: in a bulk import of 2,000
-- articles, ~1,300 calls and most of the batches' COMMIT time (bench/ingest-results.md, 2026-12-07).
-- meridian_story_revision_flush() does for stories what meridian_revision_flush() (20261203131215_revision_flush) does
-- for claims and entities: every pending story of the transaction that is being CREATED (it exists, has no revision
-- yet, nothing was deleted) is recorded set-based with exactly the revision the trigger would record at commit —
-- action `created`, revision greatest(1, version), the state meridian_resource_state('story', id) returns
-- (to_jsonb of the row), the actor of `meridian.actor` — and its pending row is deleted, so the queued commit-time call
-- finds nothing pending and returns at once. Stories that already have revisions (an article joined an older story)
-- stay with the trigger, which records the update with its changed fields. The ingest store calls it after the batch's
-- article insert, the last statement of the batch that writes stories. A separate function rather than a new case of
-- meridian_revision_flush(), so this migration redefines no function other migrations define.

CREATE FUNCTION "meridian_story_revision_flush"() RETURNS integer
  LANGUAGE plpgsql
  AS $$
  DECLARE
    actor jsonb := nullif(current_setting('meridian.actor', true), '')::jsonb;
    recorded integer;
  BEGIN
    WITH taken AS (
      DELETE FROM public.revision_pending p
      USING public.stories t
      WHERE p.resource_type = 'story' AND p.resource_id = t.id AND p.old_state IS NULL
        AND NOT EXISTS (SELECT 1 FROM public.revisions r WHERE r.resource_type = 'story' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    )
    INSERT INTO public.revisions (resource_type, resource_id, revision, action, state, changed_fields,
                                  actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    SELECT 'story', t.id, greatest(1, t.version), 'created', to_jsonb(t), '{}',
           (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
           pg_current_xact_id()::text::bigint, clock_timestamp()
    FROM taken k JOIN public.stories t ON t.id = k.resource_id
    ORDER BY t.id;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
  END
  $$;
