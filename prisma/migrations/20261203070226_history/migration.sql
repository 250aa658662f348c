-- CreateTable
CREATE TABLE "revisions" (
    "id" BIGSERIAL NOT NULL,
    "resource_type" VARCHAR(20) NOT NULL,
    "resource_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "state" JSONB NOT NULL,
    "changed_fields" TEXT[],
    "actor_key_id" UUID,
    "actor_key_prefix" VARCHAR(16),
    "request_id" VARCHAR(128),
    "operation" VARCHAR(20),
    "transaction_id" BIGINT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision_pending" (
    "resource_type" VARCHAR(20) NOT NULL,
    "resource_id" UUID NOT NULL,
    "old_state" JSONB,

    CONSTRAINT "revision_pending_pkey" PRIMARY KEY ("resource_type","resource_id")
);

-- CreateTable
CREATE TABLE "entity_redirects" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "target_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entity_redirects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "revisions_resource_type_resource_id_recorded_at_idx" ON "revisions"("resource_type", "resource_id", "recorded_at");

-- CreateIndex
CREATE INDEX "revisions_transaction_id_id_idx" ON "revisions"("transaction_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_resource_type_resource_id_revision_key" ON "revisions"("resource_type", "resource_id", "revision");

-- CreateIndex
CREATE INDEX "entity_redirects_slug_created_at_idx" ON "entity_redirects"("slug", "created_at");

-- CreateIndex
CREATE INDEX "entity_redirects_target_id_idx" ON "entity_redirects"("target_id");

-- AddForeignKey
ALTER TABLE "entity_redirects" ADD CONSTRAINT "entity_redirects_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Everything below is written by hand: Prisma does not model CHECK constraints, functions or triggers.
--
-- Revisions. Every write to articles, entities, claims and sources — through the API, a script or a bulk import,
-- whether or not it cooperates — is recorded by triggers, one revision per resource and transaction:
--   1. statement-level AFTER triggers (one call per statement, however many rows: cheap on bulk writes) note each
--      written resource in revision_pending; writes to entity_aliases and claim_subjects note their parent, because
--      an entity's aliases and a claim's subjects are part of its representation (they are folded into its state);
--   2. a deferred constraint trigger on revision_pending runs once per noted resource when the transaction
--      commits, reads the resource's final state and appends the revision with the actor the application put in
--      the transaction-local setting `meridian.actor` (src/lib/actor.ts).
-- Mentions are not folded into articles (an article's representation does not embed them unless asked), so bulk
-- mention writes cost nothing here. States are to_jsonb(row): columns added later are recorded without a change here.

ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source'));
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_action_check" CHECK ("action" IN ('created', 'updated', 'deleted', 'merged'));
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_revision_check" CHECK ("revision" >= 1);
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source'));
-- Rows live only inside the transaction that wrote them: nothing to recover after a crash, so no WAL for them.
ALTER TABLE "revision_pending" SET UNLOGGED;

-- The stored state of one resource with its folded-in children, or NULL when it does not exist.
CREATE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'entity' THEN (
        SELECT to_jsonb(e) || jsonb_build_object('aliases', coalesce(
          (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = e.id),
          '[]'::jsonb))
        FROM public.entities e WHERE e.id = key)
      WHEN 'claim' THEN (
        SELECT (to_jsonb(c) - 'search') || jsonb_build_object('subject_ids', coalesce(
          (SELECT jsonb_agg(s.entity_id ORDER BY s.entity_id) FROM public.claim_subjects s WHERE s.claim_id = c.id),
          '[]'::jsonb))
        FROM public.claims c WHERE c.id = key)
    END
  $$;

-- Step 1. TG_ARGV[0]: the resource type; TG_ARGV[1]: the column holding its id (`id` on the resource's own table).
CREATE FUNCTION "meridian_revision_note"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      IF TG_OP = 'DELETE' AND TG_ARGV[1] = 'id' THEN
        -- Keep the deleted row, for a resource deleted before it ever had a revision.
        EXECUTE format(
          'INSERT INTO public.revision_pending (resource_type, resource_id, old_state) SELECT %L, o.id, to_jsonb(o) - ''search'' FROM old_rows o
           ON CONFLICT (resource_type, resource_id) DO UPDATE SET old_state = excluded.old_state', TG_ARGV[0]);
      ELSE
        EXECUTE format(
          'INSERT INTO public.revision_pending (resource_type, resource_id) SELECT DISTINCT %L, o.%I FROM old_rows o ON CONFLICT DO NOTHING',
          TG_ARGV[0], TG_ARGV[1]);
      END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      EXECUTE format(
        'INSERT INTO public.revision_pending (resource_type, resource_id) SELECT DISTINCT %L, n.%I FROM new_rows n ON CONFLICT DO NOTHING',
        TG_ARGV[0], TG_ARGV[1]);
    END IF;
    RETURN NULL;
  END
  $$;

-- Step 2, at commit. Concurrent transactions writing the same resource are serialised by the revision_pending key
-- (the second waits for the first to commit), so revision numbers follow commit order.
CREATE FUNCTION "meridian_revision_record"() RETURNS trigger
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

-- The fast path for inserts into tables with no folded-in children (articles, sources): the new rows are
-- recorded by the statement itself, one INSERT … SELECT per statement, with no commit-time work per row (bulk
-- imports write thousands of articles a second). A later write to the same row in the same transaction is
-- recorded at commit as a further revision.
CREATE FUNCTION "meridian_revision_created"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    actor jsonb := nullif(current_setting('meridian.actor', true), '')::jsonb;
  BEGIN
    EXECUTE format(
      'INSERT INTO public.revisions (resource_type, resource_id, revision, action, state, changed_fields,
                                     actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
       SELECT %1$L, n.id,
              greatest(coalesce(n.version, 1), coalesce((SELECT max(r.revision) FROM public.revisions r WHERE r.resource_type = %1$L AND r.resource_id = n.id), 0) + 1),
              ''created'', to_jsonb(n) - ''search'', ''{}'',
              ($1 ->> ''keyId'')::uuid, left($1 ->> ''keyPrefix'', 16), left($1 ->> ''requestId'', 128), left($1 ->> ''operation'', 20),
              pg_current_xact_id()::text::bigint, clock_timestamp()
       FROM new_rows n', TG_ARGV[0])
      USING actor;
    RETURN NULL;
  END
  $$;

CREATE CONSTRAINT TRIGGER "revision_pending_record" AFTER INSERT ON "revision_pending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "meridian_revision_record"();

CREATE TRIGGER "articles_revision_insert" AFTER INSERT ON "articles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_created"('article');
CREATE TRIGGER "articles_revision_update" AFTER UPDATE ON "articles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('article', 'id');
CREATE TRIGGER "articles_revision_delete" AFTER DELETE ON "articles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('article', 'id');

CREATE TRIGGER "sources_revision_insert" AFTER INSERT ON "sources" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_created"('source');
CREATE TRIGGER "sources_revision_update" AFTER UPDATE ON "sources" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('source', 'id');
CREATE TRIGGER "sources_revision_delete" AFTER DELETE ON "sources" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('source', 'id');

CREATE TRIGGER "entities_revision_insert" AFTER INSERT ON "entities" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'id');
CREATE TRIGGER "entities_revision_update" AFTER UPDATE ON "entities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'id');
CREATE TRIGGER "entities_revision_delete" AFTER DELETE ON "entities" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'id');

CREATE TRIGGER "entity_aliases_revision_insert" AFTER INSERT ON "entity_aliases" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'entity_id');
CREATE TRIGGER "entity_aliases_revision_update" AFTER UPDATE ON "entity_aliases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'entity_id');
CREATE TRIGGER "entity_aliases_revision_delete" AFTER DELETE ON "entity_aliases" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('entity', 'entity_id');

CREATE TRIGGER "claims_revision_insert" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'id');
CREATE TRIGGER "claims_revision_update" AFTER UPDATE ON "claims" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'id');
CREATE TRIGGER "claims_revision_delete" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'id');

CREATE TRIGGER "claim_subjects_revision_insert" AFTER INSERT ON "claim_subjects" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'claim_id');
CREATE TRIGGER "claim_subjects_revision_update" AFTER UPDATE ON "claim_subjects" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'claim_id');
CREATE TRIGGER "claim_subjects_revision_delete" AFTER DELETE ON "claim_subjects" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim', 'claim_id');

-- Resources that exist before this migration get a first revision, so every resource has a history to read.
INSERT INTO "revisions" (resource_type, resource_id, revision, action, state, changed_fields, transaction_id, recorded_at)
SELECT kind, key, greatest(1, coalesce((state ->> 'version')::int, 1)), 'created', state, '{}', pg_current_xact_id()::text::bigint, clock_timestamp()
FROM (
  SELECT 'source' AS kind, id AS key, meridian_resource_state('source', id) AS state FROM "sources"
  UNION ALL SELECT 'entity', id, meridian_resource_state('entity', id) FROM "entities"
  UNION ALL SELECT 'article', id, meridian_resource_state('article', id) FROM "articles"
  UNION ALL SELECT 'claim', id, meridian_resource_state('claim', id) FROM "claims"
) AS existing
ORDER BY kind, key;
