-- Issue 16, one model of the knowledge graph: roles (a person's terms in office) become relations — `holds_position`
-- with the office as `title` — and the state function of revisions becomes table-driven. Written by hand: Prisma does
-- not model CHECK constraints, partial indexes, views, functions or triggers.

-- CreateTable
CREATE TABLE "resource_types" (
    "resource_type" VARCHAR(20) NOT NULL,
    "table_name" VARCHAR(63) NOT NULL,
    "row_filter" VARCHAR(500),
    "state_expression" TEXT NOT NULL DEFAULT 'to_jsonb(t)',

    CONSTRAINT "resource_types_pkey" PRIMARY KEY ("resource_type")
);

-- AlterTable
ALTER TABLE "relations" ADD COLUMN "title" VARCHAR(300),
ALTER COLUMN "object_id" DROP NOT NULL;

-- 1. meridian_resource_state, generated from resource_types. Three migrations restated the whole function to add one
-- case each, and a merge nearly dropped `role`; now a new resource type is a row. Every change to the table rebuilds
-- the function as the same plain CASE of single-row lookups it always was (no dynamic SQL per call: it runs once per
-- written resource at commit). `t` is the row; `row_filter` lets two types share a table.
CREATE FUNCTION "meridian_resource_state_build"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    cases text;
  BEGIN
    SELECT string_agg(format('WHEN %L THEN (SELECT %s FROM public.%I t WHERE t.id = key%s)',
                             r.resource_type, r.state_expression, r.table_name,
                             CASE WHEN r.row_filter IS NULL THEN '' ELSE ' AND (' || r.row_filter || ')' END),
                      E'\n      ' ORDER BY r.resource_type)
      INTO cases FROM public.resource_types r;
    EXECUTE format('CREATE OR REPLACE FUNCTION public.meridian_resource_state(kind text, key uuid) RETURNS jsonb LANGUAGE sql STABLE AS %L',
                   E'SELECT CASE kind\n      ' || coalesce(cases, 'WHEN NULL THEN NULL::jsonb') || E'\n    END');
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "resource_types_state_build" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "resource_types"
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_resource_state_build"();

-- The states of 20261207092000_claim_relations, unchanged, except `role`: now a relation with a title.
INSERT INTO "resource_types" ("resource_type", "table_name", "row_filter", "state_expression") VALUES
  ('article', 'articles', NULL, $s$to_jsonb(t) - 'search'$s$),
  ('source', 'sources', NULL, 'to_jsonb(t)'),
  ('relation', 'relations', 't.title IS NULL', 'to_jsonb(t)'),
  ('role', 'relations', 't.title IS NOT NULL', 'to_jsonb(t)'),
  ('claim_review', 'claim_reviews', NULL, 'to_jsonb(t)'),
  ('claim_relation', 'claim_relations', NULL, 'to_jsonb(t)'),
  ('story', 'stories', NULL, 'to_jsonb(t)'),
  ('entity', 'entities', NULL, $s$to_jsonb(t) || jsonb_build_object('aliases', coalesce(
          (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language, 'kind', x.kind, 'valid_from', x.valid_from, 'valid_to', x.valid_to) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = t.id),
          '[]'::jsonb))$s$),
  ('claim', 'claims', NULL, $s$(to_jsonb(t) - 'search') || jsonb_build_object('subject_ids', coalesce(
          (SELECT jsonb_agg(s.entity_id ORDER BY s.entity_id) FROM public.claim_subjects s WHERE s.claim_id = t.id),
          '[]'::jsonb))$s$);

-- 2. Revision triggers for a table that holds more than one resource type (relations: `relation` and `role`): the same
-- two steps as meridian_revision_created / meridian_revision_note (20261203070226_history), each row under the type
-- whose row_filter it matches. A row that moves between types is noted under both: the one it left records it as
-- deleted at commit, the one it joined as created.
CREATE FUNCTION "meridian_revision_by_type"() RETURNS trigger
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
          'INSERT INTO public.revisions (resource_type, resource_id, revision, action, state, changed_fields,
                                         actor_key_id, actor_key_prefix, request_id, operation, transaction_id, recorded_at)
           SELECT %1$L, t.id,
                  greatest(coalesce(t.version, 1), coalesce((SELECT max(v.revision) FROM public.revisions v WHERE v.resource_type = %1$L AND v.resource_id = t.id), 0) + 1),
                  ''created'', %3$s, ''{}'',
                  ($1 ->> ''keyId'')::uuid, left($1 ->> ''keyPrefix'', 16), left($1 ->> ''requestId'', 128), left($1 ->> ''operation'', 20),
                  pg_current_xact_id()::text::bigint, clock_timestamp()
           FROM new_rows t WHERE %2$s', entry.resource_type, entry.row_filter, entry.state_expression)
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

DROP TRIGGER "relations_revision_insert" ON "relations";
DROP TRIGGER "relations_revision_update" ON "relations";
DROP TRIGGER "relations_revision_delete" ON "relations";

-- 3. Roles into relations. A role is `holds_position` (the relation type whose ends a role already had: a person, and
-- an organization, country or untyped entity), its office the title; it keeps its id (links and ETags stay valid) and
-- its version. Dates were days. The API wrote roles, the ingest store reference officials: neither recorded which,
-- so they come over as `manual` with no key (what the seed and scripts write). An office with no organization keeps
-- a null object: only a titled row may have one. An office in the holder itself (possible only between two untyped
-- entities) loses its organization rather than break "no entity related to itself".
ALTER TABLE "relations" ADD CONSTRAINT "relations_title_check" CHECK (
  "title" IS NULL OR ("type" IN ('holds_position', 'head_of') AND length(btrim("title")) > 0));
ALTER TABLE "relations" ADD CONSTRAINT "relations_object_check" CHECK ("object_id" IS NOT NULL OR "title" IS NOT NULL);

-- Roles were never unique; relations are, per (type, subject, object, start). Roles stay as they were: the identity
-- holds among relations without a title (a role and the untitled relation an article states may both exist).
DROP INDEX "relations_type_subject_id_object_id_start_date_key";
CREATE UNIQUE INDEX "relations_type_subject_id_object_id_start_date_key" ON "relations"("type", "subject_id", "object_id", "start_date") NULLS NOT DISTINCT WHERE "title" IS NULL;

INSERT INTO "relations" ("id", "type", "subject_id", "object_id", "title", "start_date", "start_precision", "end_date",
                         "end_precision", "source_kind", "status", "version", "created_at", "updated_at")
SELECT o."id", 'holds_position', o."person_id", nullif(o."organization_id", o."person_id"), o."title",
       o."start_date", CASE WHEN o."start_date" IS NULL THEN NULL ELSE 'day'::"date_precision" END,
       o."end_date", CASE WHEN o."end_date" IS NULL THEN NULL ELSE 'day'::"date_precision" END,
       'manual', 'accepted', o."version", o."created_at", o."updated_at"
FROM "roles" o
ORDER BY o."id";

-- The move is a revision of each role (operation `role_to_relation`; changed: the columns renamed or added, a column
-- that is new and null is not a change): its history before it stays under resource type `role`, and so does
-- everything after it. A role written before roles had revisions gets its first one here.
INSERT INTO "revisions" ("resource_type", "resource_id", "revision", "action", "state", "changed_fields", "operation",
                         "transaction_id", "recorded_at")
SELECT 'role', r."id",
       greatest(coalesce(p."revision", 0) + 1, r."version"),
       CASE WHEN p."id" IS NULL OR p."action" IN ('deleted', 'merged') THEN 'created' ELSE 'updated' END,
       to_jsonb(r),
       CASE WHEN p."id" IS NULL OR p."action" IN ('deleted', 'merged') THEN '{}'::text[] ELSE (
         SELECT coalesce(array_agg(k ORDER BY k), '{}')
         FROM (SELECT jsonb_object_keys(to_jsonb(r)) UNION SELECT jsonb_object_keys(p."state")) AS keys(k)
         WHERE k NOT IN ('version', 'created_at', 'updated_at')
           AND coalesce(to_jsonb(r) -> k, 'null') IS DISTINCT FROM coalesce(p."state" -> k, 'null')) END,
       'role_to_relation', pg_current_xact_id()::text::bigint, clock_timestamp()
FROM "relations" r
LEFT JOIN LATERAL (
  SELECT v.* FROM "revisions" v WHERE v."resource_type" = 'role' AND v."resource_id" = r."id" ORDER BY v."revision" DESC LIMIT 1
) p ON TRUE
WHERE r."title" IS NOT NULL
ORDER BY r."id";

CREATE TRIGGER "relations_revision_insert" AFTER INSERT ON "relations" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_by_type"();
CREATE TRIGGER "relations_revision_update" AFTER UPDATE ON "relations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_by_type"();
CREATE TRIGGER "relations_revision_delete" AFTER DELETE ON "relations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_by_type"();

DROP TABLE "roles";

-- 4. `roles` as a view over the titled relations, in the old columns, for SQL written against the table (the ingest
-- store's reference officials insert through it, reports read it). Updates and deletes pass through to relations (a
-- simple view); an insert becomes a `holds_position` relation. The API reads and writes relations directly.
CREATE VIEW "roles" AS
  SELECT "id", "subject_id" AS "person_id", "title", "object_id" AS "organization_id", "start_date", "end_date",
         "version", "created_at", "updated_at"
  FROM "relations" WHERE "title" IS NOT NULL;

CREATE FUNCTION "meridian_roles_insert"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO public.relations (id, type, subject_id, object_id, title, start_date, start_precision, end_date,
                                  end_precision, source_kind, version, created_at, updated_at)
    VALUES (
      coalesce(NEW.id, encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid),
      'holds_position', NEW.person_id, NEW.organization_id, NEW.title,
      NEW.start_date, CASE WHEN NEW.start_date IS NULL THEN NULL ELSE 'day'::public.date_precision END,
      NEW.end_date, CASE WHEN NEW.end_date IS NULL THEN NULL ELSE 'day'::public.date_precision END,
      'manual', coalesce(NEW.version, 1), coalesce(NEW.created_at, now()), coalesce(NEW.updated_at, now()));
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "roles_insert" INSTEAD OF INSERT ON "roles" FOR EACH ROW EXECUTE FUNCTION "meridian_roles_insert"();
