-- Reference knowledge through time: when an entity existed (a state that ceased to exist, an organisation wound up)
-- and its ISO 3166-3 code; what kind of name each alias is and when it named the entity. The column is new, so the
-- unique index on iso_3166_3 cannot meet duplicates.
-- CreateEnum
CREATE TYPE "alias_kind" AS ENUM ('name', 'abbreviation', 'demonym', 'metonym', 'former_name');

-- AlterTable
ALTER TABLE "entities" ADD COLUMN     "iso_3166_3" CHAR(4),
ADD COLUMN     "valid_from" DATE,
ADD COLUMN     "valid_to" DATE;

-- AlterTable
ALTER TABLE "entity_aliases" ADD COLUMN     "kind" "alias_kind" NOT NULL DEFAULT 'name',
ADD COLUMN     "valid_from" DATE,
ADD COLUMN     "valid_to" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "entities_iso_3166_3_key" ON "entities"("iso_3166_3");

-- Invariants Prisma cannot express.
ALTER TABLE "entities" ADD CONSTRAINT "entities_validity_check" CHECK ("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to");
ALTER TABLE "entities" ADD CONSTRAINT "entities_iso_3166_3_check" CHECK ("iso_3166_3" ~ '^[A-Z]{4}$');
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_validity_check" CHECK ("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to");

-- An entity's aliases are folded into its recorded state (revisions): with their kind and dates from now on.
CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
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
               (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language, 'kind', x.kind, 'valid_from', x.valid_from, 'valid_to', x.valid_to) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = e.id),
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
