-- Issue 13 (footprint): a created revision is written without a copy of its state. At 100k articles `revisions` was
-- 756 MB of the 3,019 MB database, ~600 MB of it the state of `created` revisions — full article bodies, claims,
-- stories — identical to the live row until something edits it (bench/RESULTS.md, "Where the bytes go at 100k").
--
-- 1. The table becomes `revision_records`, its `state` NULL for a created revision whose resource has not changed
--    since (CHECK: only a created revision may lack its state). `revisions` is now a view over it that reads a missing
--    state from meridian_resource_state(type, id): valid because no later revision exists (2. captures the state
--    before any change), and consistent because the view reads the revision and the live row in one snapshot. Every
--    reader that selects `state FROM revisions` — the API, webhooks, scripts, psql — keeps reading the state it read
--    before, with nothing to remember. Readers that need no state (the change feed) read revision_records.
-- 2. The first change of such a resource captures its state into the created revision BEFORE the change applies:
--    row-level BEFORE UPDATE OR DELETE triggers on every resource table (from resource_types) and BEFORE INSERT OR
--    UPDATE OR DELETE on the tables folded into a state (entity_aliases → entity, claim_subjects → claim), BEFORE
--    TRUNCATE on all of them. The capture is meridian_resource_state itself, called before the row changes, so it is
--    exactly the state a reader was served until then. Its cost is one probe of revision_records' (type, id, revision)
--    index per changed row (relations: one per type they hold); inserts into resource tables pay nothing. A resource
--    created earlier in the same transaction and recorded at commit (entities, claims, stories, reviews) has no
--    revision yet: the probe finds nothing. One recorded at once by its insert statement (articles, sources, relations,
--    claim relations) or by a flush has one: its state as inserted (or flushed) is captured, as it used to be stored.
-- 3. The writers of created revisions (meridian_revision_created, meridian_revision_by_type, meridian_revision_flush,
--    meridian_story_revision_flush, meridian_revision_record) write no state. meridian_revision_record is restated
--    from 20261207161000_story_redirects (its latest definition): it reads revision_records and refuses to record a
--    change after a created revision whose state was not captured (a missed capture would otherwise rewrite history).
-- 4. Existing created states equal to their resource's current state, on the resource's latest revision, are cleared:
--    exact by construction (jsonb equality with what the view will compute). The space returns after VACUUM FULL
--    (or pg_repack) of revision_records; plain VACUUM makes it reusable for new rows.
-- A future table folded into a state (a state_expression that reads another table) needs the same capture trigger:
-- tests/revisions-lazy-state.test.ts fails for a table named in a state_expression without one.
-- A schema change that alters what a state holds (a column added to a resource table, a changed state_expression)
-- shows in the created revisions read from the live row: call meridian_revision_capture_all(types) first to keep them.
-- Written by hand: Prisma does not model views, CHECK constraints, functions or triggers.

-- The capture of one resource: a probe of the (type, id, revision) index that finds nothing unless the resource's latest
-- revision is a created one without its state, then (once per resource) the state written into it. The state is
-- computed by an assignment, not inside the UPDATE: plpgsql keeps a simple expression's function call set up for the
-- transaction, while an UPDATE that calls meridian_resource_state set the SQL function up again on every call
-- (~0.5 ms per captured row, measured). The UPDATE checks `state IS NULL` again: a concurrent transaction may have
-- captured it meanwhile, and then its capture stands (it could not have changed the resource before capturing).
CREATE FUNCTION "meridian_revision_capture_one"(kind text, key uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    missing bigint;
    captured jsonb;
  BEGIN
    SELECT r.id INTO missing FROM public.revision_records r
      WHERE r.resource_type = kind AND r.resource_id = key AND r.state IS NULL;
    IF missing IS NOT NULL THEN
      captured := public.meridian_resource_state(kind, key);
      UPDATE public.revision_records r SET state = captured WHERE r.id = missing AND r.state IS NULL;
    END IF;
  END
  $$;

-- The capture, for a row of a resource table: TG_ARGV are the resource types kept in this table (relations: two).
CREATE FUNCTION "meridian_revision_capture"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    kind text;
  BEGIN
    FOREACH kind IN ARRAY TG_ARGV LOOP
      PERFORM public.meridian_revision_capture_one(kind, OLD.id);
    END LOOP;
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END
  $$;

-- The capture, for a row of a table folded into its parent's state: TG_ARGV[0] the parent's type, TG_ARGV[1] the
-- column holding its id. A row that moves to another parent changes both.
CREATE FUNCTION "meridian_revision_capture_parent"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    old_parent uuid;
    new_parent uuid;
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      old_parent := (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
      PERFORM public.meridian_revision_capture_one(TG_ARGV[0], old_parent);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      new_parent := (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
      IF new_parent IS DISTINCT FROM old_parent THEN
        PERFORM public.meridian_revision_capture_one(TG_ARGV[0], new_parent);
      END IF;
      RETURN NEW;
    END IF;
    RETURN OLD;
  END
  $$;

-- Every missing state of the given types, captured now: before a TRUNCATE (no row triggers fire), and for a migration
-- that is about to change what these types' states hold.
CREATE FUNCTION "meridian_revision_capture_all"(types text[]) RETURNS integer
  LANGUAGE plpgsql
  AS $$
  DECLARE
    captured integer;
  BEGIN
    UPDATE public.revision_records r SET state = public.meridian_resource_state(r.resource_type, r.resource_id)
      WHERE r.resource_type = ANY(types) AND r.state IS NULL;
    GET DIAGNOSTICS captured = ROW_COUNT;
    RETURN captured;
  END
  $$;

CREATE FUNCTION "meridian_revision_capture_truncate"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM public.meridian_revision_capture_all(TG_ARGV);
    RETURN NULL;
  END
  $$;

-- The triggers, first (they lock the resource tables before revisions is renamed, the order writers take them in).
DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT t.table_name, array_agg(t.resource_type::text ORDER BY t.resource_type) AS types
    FROM resource_types t GROUP BY t.table_name ORDER BY t.table_name
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON public.%I FOR EACH ROW EXECUTE FUNCTION public.meridian_revision_capture(%s)',
                   entry.table_name || '_revision_capture', entry.table_name,
                   (SELECT string_agg(quote_literal(x), ', ') FROM unnest(entry.types) AS x));
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION public.meridian_revision_capture_truncate(%s)',
                   entry.table_name || '_revision_capture_truncate', entry.table_name,
                   (SELECT string_agg(quote_literal(x), ', ') FROM unnest(entry.types) AS x));
  END LOOP;
END
$$;

CREATE TRIGGER "entity_aliases_revision_capture" BEFORE INSERT OR UPDATE OR DELETE ON "entity_aliases"
  FOR EACH ROW EXECUTE FUNCTION "meridian_revision_capture_parent"('entity', 'entity_id');
CREATE TRIGGER "entity_aliases_revision_capture_truncate" BEFORE TRUNCATE ON "entity_aliases"
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_capture_truncate"('entity');
CREATE TRIGGER "claim_subjects_revision_capture" BEFORE INSERT OR UPDATE OR DELETE ON "claim_subjects"
  FOR EACH ROW EXECUTE FUNCTION "meridian_revision_capture_parent"('claim', 'claim_id');
CREATE TRIGGER "claim_subjects_revision_capture_truncate" BEFORE TRUNCATE ON "claim_subjects"
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_capture_truncate"('claim');

-- 1. The table and the view.
ALTER TABLE "revisions" RENAME TO "revision_records";
ALTER SEQUENCE "revisions_id_seq" RENAME TO "revision_records_id_seq";
ALTER INDEX "revisions_pkey" RENAME TO "revision_records_pkey";
ALTER INDEX "revisions_resource_type_resource_id_revision_key" RENAME TO "revision_records_resource_type_resource_id_revision_key";
ALTER INDEX "revisions_resource_type_resource_id_recorded_at_idx" RENAME TO "revision_records_resource_type_resource_id_recorded_at_idx";
ALTER INDEX "revisions_transaction_id_id_idx" RENAME TO "revision_records_transaction_id_id_idx";
ALTER TABLE "revision_records" ALTER COLUMN "state" DROP NOT NULL;
ALTER TABLE "revision_records" ADD CONSTRAINT "revision_records_state_check" CHECK ("state" IS NOT NULL OR "action" = 'created');

CREATE VIEW "revisions" AS
  SELECT r.id, r.resource_type, r.resource_id, r.revision, r.action,
         coalesce(r.state, public.meridian_resource_state(r.resource_type, r.resource_id)) AS state,
         r.changed_fields, r.actor_key_id, r.actor_key_prefix, r.request_id, r.operation, r.transaction_id, r.recorded_at
  FROM public.revision_records r;

-- 3. The writers.
CREATE OR REPLACE FUNCTION "meridian_revision_created"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    actor jsonb := nullif(current_setting('meridian.actor', true), '')::jsonb;
  BEGIN
    EXECUTE format(
      'INSERT INTO public.revision_records (resource_type, resource_id, revision, action, changed_fields,
                                            actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
       SELECT %1$L, n.id,
              greatest(coalesce(n.version, 1), coalesce((SELECT max(r.revision) FROM public.revision_records r WHERE r.resource_type = %1$L AND r.resource_id = n.id), 0) + 1),
              ''created'', ''{}'',
              ($1 ->> ''keyId'')::uuid, left($1 ->> ''keyPrefix'', 16), left($1 ->> ''requestId'', 128), left($1 ->> ''operation'', 20),
              pg_current_xact_id()::text::bigint, clock_timestamp()
       FROM new_rows n', TG_ARGV[0])
      USING actor;
    RETURN NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION "meridian_revision_by_type"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    entry record;
    actor jsonb := nullif(current_setting('meridian.actor', true), '')::jsonb;
  BEGIN
    FOR entry IN
      SELECT r.resource_type, coalesce(r.row_filter, 'true') AS row_filter, r.state_expression
      FROM public.resource_types r WHERE r.table_name = TG_TABLE_NAME ORDER BY r.resource_type
    LOOP
      IF TG_OP = 'INSERT' THEN
        EXECUTE format(
          'INSERT INTO public.revision_records (resource_type, resource_id, revision, action, changed_fields,
                                                actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
           SELECT %1$L, t.id,
                  greatest(coalesce(t.version, 1), coalesce((SELECT max(v.revision) FROM public.revision_records v WHERE v.resource_type = %1$L AND v.resource_id = t.id), 0) + 1),
                  ''created'', ''{}'',
                  ($1 ->> ''keyId'')::uuid, left($1 ->> ''keyPrefix'', 16), left($1 ->> ''requestId'', 128), left($1 ->> ''operation'', 20),
                  pg_current_xact_id()::text::bigint, clock_timestamp()
           FROM new_rows t WHERE %2$s', entry.resource_type, entry.row_filter)
          USING actor;
      ELSIF TG_OP = 'DELETE' THEN
        -- Keep the deleted row, for a resource deleted before it ever had a revision.
        EXECUTE format(
          'INSERT INTO public.revision_pending (resource_type, resource_id, old_state) SELECT %1$L, t.id, %3$s FROM old_rows t WHERE %2$s
           ON CONFLICT (resource_type, resource_id) DO UPDATE SET old_state = excluded.old_state',
          entry.resource_type, entry.row_filter, entry.state_expression);
      ELSE
        EXECUTE format(
          'INSERT INTO public.revision_pending (resource_type, resource_id)
           SELECT %1$L, t.id FROM old_rows t WHERE %2$s UNION SELECT %1$L, t.id FROM new_rows t WHERE %2$s
           ON CONFLICT DO NOTHING', entry.resource_type, entry.row_filter);
      END IF;
    END LOOP;
    RETURN NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION "meridian_revision_flush"() RETURNS integer
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
        AND NOT EXISTS (SELECT 1 FROM public.revision_records r WHERE r.resource_type = 'claim' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    ),
    entities_taken AS (
      DELETE FROM public.revision_pending p
      USING public.entities e
      WHERE p.resource_type = 'entity' AND p.resource_id = e.id AND p.old_state IS NULL
        AND NOT EXISTS (SELECT 1 FROM public.revision_records r WHERE r.resource_type = 'entity' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    ),
    created AS (
      SELECT 'claim' AS resource_type, c.id AS resource_id, c.version
      FROM claims_taken t JOIN public.claims c ON c.id = t.resource_id
      UNION ALL
      SELECT 'entity', e.id, e.version
      FROM entities_taken t JOIN public.entities e ON e.id = t.resource_id
    )
    INSERT INTO public.revision_records (resource_type, resource_id, revision, action, changed_fields,
                                         actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    SELECT s.resource_type, s.resource_id, greatest(1, s.version), 'created', '{}',
           (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
           pg_current_xact_id()::text::bigint, clock_timestamp()
    FROM created s
    ORDER BY s.resource_type, s.resource_id;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
  END
  $$;

CREATE OR REPLACE FUNCTION "meridian_story_revision_flush"() RETURNS integer
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
        AND NOT EXISTS (SELECT 1 FROM public.revision_records r WHERE r.resource_type = 'story' AND r.resource_id = p.resource_id)
      RETURNING p.resource_id
    )
    INSERT INTO public.revision_records (resource_type, resource_id, revision, action, changed_fields,
                                         actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    SELECT 'story', t.id, greatest(1, t.version), 'created', '{}',
           (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
           pg_current_xact_id()::text::bigint, clock_timestamp()
    FROM taken k JOIN public.stories t ON t.id = k.resource_id
    ORDER BY t.id;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
  END
  $$;

CREATE OR REPLACE FUNCTION "meridian_revision_record"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    deleted_state jsonb;
    current_state jsonb;
    previous public.revision_records%ROWTYPE;
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
    SELECT * INTO previous FROM public.revision_records r
      WHERE r.resource_type = NEW.resource_type AND r.resource_id = NEW.resource_id ORDER BY r.revision DESC LIMIT 1;

    IF current_state IS NULL THEN
      -- Created and deleted in one transaction, or already recorded as gone: nothing to record.
      IF (previous.id IS NULL AND deleted_state IS NULL) OR previous.action IN ('deleted', 'merged') THEN
        RETURN NULL;
      END IF;
      IF previous.id IS NOT NULL AND previous.state IS NULL THEN
        -- A change the capture triggers missed: recording it would make the created revision read the wrong state.
        RAISE EXCEPTION 'meridian: the state of % % revision % was not captured before the change', NEW.resource_type, NEW.resource_id, previous.revision;
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
      IF previous.state IS NULL THEN
        RAISE EXCEPTION 'meridian: the state of % % revision % was not captured before the change', NEW.resource_type, NEW.resource_id, previous.revision;
      END IF;
      IF current_state = previous.state THEN
        RETURN NULL;
      END IF;
      next_action := 'updated';
      SELECT coalesce(array_agg(k ORDER BY k), '{}') INTO changed
        FROM (SELECT jsonb_object_keys(current_state) UNION SELECT jsonb_object_keys(previous.state)) AS keys(k)
        WHERE k NOT IN ('version', 'created_at', 'updated_at') AND current_state -> k IS DISTINCT FROM previous.state -> k;
    END IF;

    actor := nullif(current_setting('meridian.actor', true), '')::jsonb;
    INSERT INTO public.revision_records (resource_type, resource_id, revision, action, state, changed_fields,
                                         actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
    VALUES (
      NEW.resource_type, NEW.resource_id,
      greatest(coalesce(previous.revision, 0) + 1, CASE WHEN next_action IN ('created', 'updated') THEN (current_state ->> 'version')::int ELSE 0 END),
      next_action, CASE WHEN next_action = 'created' THEN NULL ELSE current_state END, changed,
      (actor ->> 'keyId')::uuid, left(actor ->> 'keyPrefix', 16), left(actor ->> 'requestId', 128), left(actor ->> 'operation', 20),
      pg_current_xact_id()::text::bigint, clock_timestamp());
    RETURN NULL;
  END
  $$;

-- 4. Existing created states that the view would compute identically: cleared. Only on a resource's latest revision
-- (a state may be missing only while no later revision exists). The table is locked by the rename above until this
-- migration commits, so no writer can change a resource between the comparison and the update.
UPDATE "revision_records" r SET "state" = NULL
WHERE r."action" = 'created' AND r."state" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "revision_records" l
                  WHERE l."resource_type" = r."resource_type" AND l."resource_id" = r."resource_id" AND l."revision" > r."revision")
  AND r."state" = meridian_resource_state(r."resource_type", r."resource_id");
