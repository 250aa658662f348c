-- CreateEnum
CREATE TYPE "claim_relation_type" AS ENUM ('repeats', 'supports', 'contradicts', 'updates', 'quantifies_differently');

-- CreateEnum
CREATE TYPE "claim_relation_origin" AS ENUM ('pipeline', 'api');

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" UUID NOT NULL,
    "type" "claim_relation_type" NOT NULL,
    "subject_claim_id" UUID NOT NULL,
    "object_claim_id" UUID NOT NULL,
    "status" "review_status" NOT NULL DEFAULT 'proposed',
    "origin" "claim_relation_origin" NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "note" VARCHAR(2000),
    "created_by_key_id" UUID,
    "request_id" VARCHAR(128),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_relations_subject_claim_id_type_id_idx" ON "claim_relations"("subject_claim_id", "type", "id");

-- CreateIndex
CREATE INDEX "claim_relations_object_claim_id_type_id_idx" ON "claim_relations"("object_claim_id", "type", "id");

-- CreateIndex
CREATE INDEX "claim_relations_status_id_idx" ON "claim_relations"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_type_subject_claim_id_object_claim_id_key" ON "claim_relations"("type", "subject_claim_id", "object_claim_id");

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_subject_claim_id_fkey" FOREIGN KEY ("subject_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_object_claim_id_fkey" FOREIGN KEY ("object_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_created_by_key_id_fkey" FOREIGN KEY ("created_by_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Everything below is written by hand: Prisma does not model CHECK constraints, functions, triggers or expression indexes.

-- No claim relates to itself. The symmetric types (repeats, contradicts, quantifies_differently) are stored once per
-- pair, in one order: the smaller claim id is the subject, so (a, b) and (b, a) are the same row and the unique index
-- above covers both. supports and updates are directed: the subject supports / updates the object.
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_not_self_check" CHECK ("subject_claim_id" <> "object_claim_id");
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_symmetric_order_check" CHECK (
  "type" NOT IN ('repeats', 'contradicts', 'quantifies_differently') OR "subject_claim_id" < "object_claim_id");
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_evidence_check" CHECK (jsonb_typeof("evidence") = 'object');
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_version_check" CHECK ("version" >= 1);
-- The pipeline writes no key; a relation made through the API names the key that made it (until that key is deleted).
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_origin_check" CHECK ("origin" = 'api' OR "created_by_key_id" IS NULL);

-- Revisions and change-feed events: resource type `claim_relation`. The row has a version and no folded-in children,
-- so inserts take the statement-level fast path (as relations do).
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_resource_type_check";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role', 'story', 'claim_relation'));
ALTER TABLE "revision_pending" DROP CONSTRAINT "revision_pending_resource_type_check";
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review', 'role', 'story', 'claim_relation'));

CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'relation' THEN (SELECT to_jsonb(r) FROM public.relations r WHERE r.id = key)
      WHEN 'role' THEN (SELECT to_jsonb(o) FROM public.roles o WHERE o.id = key)
      WHEN 'claim_review' THEN (SELECT to_jsonb(v) FROM public.claim_reviews v WHERE v.id = key)
      WHEN 'claim_relation' THEN (SELECT to_jsonb(l) FROM public.claim_relations l WHERE l.id = key)
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

CREATE TRIGGER "claim_relations_revision_insert" AFTER INSERT ON "claim_relations" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_created"('claim_relation');
CREATE TRIGGER "claim_relations_revision_update" AFTER UPDATE ON "claim_relations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim_relation', 'id');
CREATE TRIGGER "claim_relations_revision_delete" AFTER DELETE ON "claim_relations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim_relation', 'id');

-- Candidate lookups for the pipeline's proposals and for similar claims, each an index probe (never a scan of all
-- claims). The same quote in two articles: equality on the normalised quote (a hash index: quotes run to 4,000
-- characters, past a btree entry's limit). The text trigram index (claims_text_match_trgm_idx), the search vectors'
-- GIN index, claim_subjects (entity_id, claim_id) and the claimant indexes already exist.
CREATE INDEX "claims_quote_match_hash_idx" ON "claims" USING hash (public.meridian_claim_match_text("quote")) WHERE "quote" IS NOT NULL;
-- The same claim text in two articles (the pipeline's same-language same_text rule): equality on the normalised text,
-- a hash probe. A trigram search at ingest read tens of thousands of rows per claim on templated wire copy (a bulk
-- import of 2,000 synthetic articles spent over 30 s on one batch's lookup); near-identical wording is found on
-- demand by /v1/claims/{id}/similar instead.
CREATE INDEX "claims_text_match_hash_idx" ON "claims" USING hash (public.meridian_claim_match_text("text"));

-- Claims whose normalised text is trigram-similar to a text, at a threshold of the caller's choosing: pg_trgm's `%`
-- reads its threshold from a setting, set here for this call's transaction and put back after, so the index scan
-- itself applies it (a higher threshold reads far fewer rows than the default 0.3 and a filter after it).
CREATE FUNCTION "meridian_claims_similar_text"(query text, threshold real, take integer)
  RETURNS TABLE (id uuid, similarity real)
  LANGUAGE plpgsql STABLE
  AS $$
  DECLARE
    normalised text := public.meridian_claim_match_text(query);
    -- Unknown (null) until pg_trgm's library is loaded in this session; 0.3 is its default.
    previous text := coalesce(current_setting('pg_trgm.similarity_threshold', true), '0.3');
  BEGIN
    IF normalised = '' THEN RETURN; END IF;
    PERFORM set_config('pg_trgm.similarity_threshold', threshold::text, true);
    RETURN QUERY
      SELECT c.id, public.similarity(public.meridian_claim_match_text(c.text), normalised)
      FROM public.claims c
      WHERE public.meridian_claim_match_text(c.text) OPERATOR(public.%) normalised
      ORDER BY 2 DESC, c.id
      LIMIT take;
    PERFORM set_config('pg_trgm.similarity_threshold', previous, true);
  END
  $$;
