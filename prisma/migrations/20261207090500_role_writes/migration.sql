-- AlterTable
ALTER TABLE "roles" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Everything below is written by hand: Prisma does not model CHECK constraints, functions or triggers.

-- Roles become writable through the API (src/modules/roles): a version for If-Match (roles_dates_check, a term that
-- does not end before it starts, is already there).
ALTER TABLE "roles" ADD CONSTRAINT "roles_version_check" CHECK ("version" >= 1);

-- Roles get revisions and change-feed events like the other resources (the history migration's triggers): resource
-- type `role`; inserts take the statement-level fast path (roles have a version and no folded-in children).
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_resource_type_check";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role'));
ALTER TABLE "revision_pending" DROP CONSTRAINT "revision_pending_resource_type_check";
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role'));

-- The state function of 20261207061219_claim_reviews with a case for roles.
CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'relation' THEN (SELECT to_jsonb(r) FROM public.relations r WHERE r.id = key)
      WHEN 'role' THEN (SELECT to_jsonb(o) FROM public.roles o WHERE o.id = key)
      WHEN 'claim_review' THEN (SELECT to_jsonb(v) FROM public.claim_reviews v WHERE v.id = key)
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

CREATE TRIGGER "roles_revision_insert" AFTER INSERT ON "roles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_created"('role');
CREATE TRIGGER "roles_revision_update" AFTER UPDATE ON "roles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('role', 'id');
CREATE TRIGGER "roles_revision_delete" AFTER DELETE ON "roles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('role', 'id');
