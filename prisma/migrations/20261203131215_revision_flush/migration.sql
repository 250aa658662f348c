-- Bulk writers record revisions in one statement instead of one commit-time trigger call per row.
--
-- meridian_revision_record (the deferred per-row trigger, 20261203070226_history) costs a few dozen microseconds per
-- noted resource: at 5 claims per imported article it was the second largest database cost of a bulk import
-- (bench/ingest-results.md). meridian_revision_flush() records, set-based, every pending resource of the transaction
-- that is being CREATED (it exists and has no revision yet; nothing was deleted) with exactly the revision the trigger
-- would record at commit: action `created`, revision greatest(1, version), the state meridian_resource_state returns,
-- the actor of `meridian.actor`. Its pending rows are deleted, so the commit-time trigger calls queued for them find
-- nothing pending and return at once (the early exit below; before it, a pending row was only ever deleted by its own
-- call, so the exit changes nothing for other writers). Everything else (updates, deletes, merges, resources that
-- already have revisions) stays with the trigger. A write after the flush notes the resource again and the trigger
-- records it at commit as a further revision — callers flush right before COMMIT. Concurrent writers still serialise
-- on the revision_pending key: the deleted-but-uncommitted key blocks another transaction's insert until commit.

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
        IF survivor IS NOT NULL THEN
          next_action := 'merged';
          current_state := current_state || jsonb_build_object('merged_into', survivor);
        END IF;
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

CREATE FUNCTION "meridian_revision_flush"() RETURNS integer
  LANGUAGE plpgsql
  AS $$
  DECLARE
    actor jsonb := nullif(current_setting('meridian.actor', true), '')::jsonb;
    recorded integer;
  BEGIN
    WITH claims_taken AS (
      DELETE FROM public.revision_pending p
      USING public.claims c
      WHERE p.resource_type = 'claim' AND p.resource_id = c.id AND p.old_state IS NULL
        AND NOT EXISTS (SELECT 1 FROM public.revisions r WHERE r.resource_type = 'claim' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    ),
    entities_taken AS (
      DELETE FROM public.revision_pending p
      USING public.entities e
      WHERE p.resource_type = 'entity' AND p.resource_id = e.id AND p.old_state IS NULL
        AND NOT EXISTS (SELECT 1 FROM public.revisions r WHERE r.resource_type = 'entity' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    ),
    states AS (
      -- The same states as meridian_resource_state('claim' | 'entity', id), for the whole set at once.
      SELECT 'claim' AS resource_type, c.id AS resource_id, c.version,
             (to_jsonb(c) - 'search') || jsonb_build_object('subject_ids', coalesce(
               (SELECT jsonb_agg(x.entity_id ORDER BY x.entity_id) FROM public.claim_subjects x WHERE x.claim_id = c.id),
               '[]'::jsonb)) AS state
      FROM claims_taken t JOIN public.claims c ON c.id = t.resource_id
      UNION ALL
      SELECT 'entity', e.id, e.version,
             to_jsonb(e) || jsonb_build_object('aliases', coalesce(
               (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = e.id),
               '[]'::jsonb))
      FROM entities_taken t JOIN public.entities e ON e.id = t.resource_id
    )
    INSERT INTO public.revisions (resource_type, resource_id, revision, action, state, changed_fields,
                                  actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    SELECT s.resource_type, s.resource_id, greatest(1, s.version), 'created', s.state, '{}',
           (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
           pg_current_xact_id()::text::bigint, clock_timestamp()
    FROM states s
    ORDER BY s.resource_type, s.resource_id;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
  END
  $$;
