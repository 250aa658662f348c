-- A story merged into another by hand (POST /v1/stories/{id}/merge) is recorded as `merged` with `merged_into`, as
-- a merged entity is, instead of `deleted`: the merge writes a redirect (the merged story's id → the survivor) before
-- it moves the articles, the story is removed when its last article leaves, and the revision trigger reads the
-- redirect at commit. Earlier redirects that pointed at a merged story follow it to the survivor.
-- meridian_revision_record is restated from 20261203131215_revision_flush (its latest definition) with that one
-- branch added; nothing else changes.

CREATE TABLE "story_redirects" (
    "id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_redirects_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "story_redirects_target_id_idx" ON "story_redirects"("target_id");

CREATE OR REPLACE FUNCTION "meridian_revision_record"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    deleted_state jsonb;
    current_state jsonb;
    previous public.revisions%ROWTYPE;
    next_action text;
    changed text[];
    actor jsonb;
    survivor uuid;
  BEGIN
    DELETE FROM public.revision_pending p WHERE p.resource_type = NEW.resource_type AND p.resource_id = NEW.resource_id
      RETURNING p.old_state INTO deleted_state;
    -- Already recorded by meridian_revision_flush() earlier in this transaction (nothing pending): nothing to do.
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    current_state := public.meridian_resource_state(NEW.resource_type, NEW.resource_id);
    SELECT * INTO previous FROM public.revisions r
      WHERE r.resource_type = NEW.resource_type AND r.resource_id = NEW.resource_id ORDER BY r.revision DESC LIMIT 1;

    IF current_state IS NULL THEN
      -- Created and deleted in one transaction, or already recorded as gone: nothing to record.
      IF (previous.id IS NULL AND deleted_state IS NULL) OR previous.action IN ('deleted', 'merged') THEN
        RETURN NULL;
      END IF;
      current_state := coalesce(previous.state, deleted_state);
      next_action := 'deleted';
      changed := '{}';
      IF NEW.resource_type = 'entity' THEN
        SELECT d.target_id INTO survivor FROM public.entity_redirects d WHERE d.id = NEW.resource_id;
      ELSIF NEW.resource_type = 'story' THEN
        SELECT d.target_id INTO survivor FROM public.story_redirects d WHERE d.id = NEW.resource_id;
      END IF;
      IF survivor IS NOT NULL THEN
        next_action := 'merged';
        current_state := current_state || jsonb_build_object('merged_into', survivor);
      END IF;
    ELSIF previous.id IS NULL OR previous.action IN ('deleted', 'merged') THEN
      next_action := 'created';
      changed := '{}';
    ELSE
      IF current_state = previous.state THEN
        RETURN NULL;
      END IF;
      next_action := 'updated';
      SELECT coalesce(array_agg(k ORDER BY k), '{}') INTO changed
        FROM (SELECT jsonb_object_keys(current_state) UNION SELECT jsonb_object_keys(previous.state)) AS keys(k)
        WHERE k NOT IN ('version', 'created_at', 'updated_at') AND current_state -> k IS DISTINCT FROM previous.state -> k;
    END IF;

    actor := nullif(current_setting('meridian.actor', true), '')::jsonb;
    INSERT INTO public.revisions (resource_type, resource_id, revision, action, state, changed_fields,
                                  actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    VALUES (
      NEW.resource_type, NEW.resource_id,
      greatest(coalesce(previous.revision, 0) + 1, CASE WHEN next_action IN ('created', 'updated') THEN (current_state ->> 'version')::int ELSE 0 END),
      next_action, current_state, changed,
      (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
      pg_current_xact_id()::text::bigint, clock_timestamp());
    RETURN NULL;
  END
  $$;
