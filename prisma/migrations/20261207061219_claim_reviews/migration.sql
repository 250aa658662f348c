-- CreateEnum
CREATE TYPE "reviewer_type" AS ENUM ('Organization', 'Person');

-- CreateEnum
CREATE TYPE "claim_review_origin" AS ENUM ('submitted', 'imported');

-- CreateTable
CREATE TABLE "claim_reviews" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "reviewer_name" VARCHAR(300) NOT NULL,
    "reviewer_url" VARCHAR(2048),
    "reviewer_type" "reviewer_type" NOT NULL,
    "reviewer_is_key" BOOLEAN NOT NULL DEFAULT false,
    "rating_value" DOUBLE PRECISION,
    "rating_best" DOUBLE PRECISION,
    "rating_worst" DOUBLE PRECISION,
    "rating_alternate_name" VARCHAR(200),
    "date_published" DATE NOT NULL,
    "explanation" VARCHAR(10000),
    "url" VARCHAR(2048) NOT NULL,
    "origin" "claim_review_origin" NOT NULL DEFAULT 'submitted',
    "created_by_key_id" UUID,
    "request_id" VARCHAR(128),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_reviews_claim_id_id_idx" ON "claim_reviews"("claim_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_reviews_claim_id_url_key" ON "claim_reviews"("claim_id", "url");

-- AddForeignKey
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_created_by_key_id_fkey" FOREIGN KEY ("created_by_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Everything below is written by hand: Prisma does not model CHECK constraints, functions or triggers.

-- A rating says something: a value, words, or both; a value lies on its declared scale.
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_rating_check" CHECK (
  ("rating_value" IS NOT NULL OR "rating_alternate_name" IS NOT NULL)
  AND ("rating_best" IS NULL) = ("rating_worst" IS NULL)
  AND ("rating_best" IS NULL OR "rating_worst" < "rating_best")
  AND ("rating_value" IS NULL OR ("rating_best" IS NOT NULL AND "rating_value" BETWEEN "rating_worst" AND "rating_best")));

-- Reviews get revisions like the other resources (the history migration's triggers): resource type `claim_review`,
-- recorded at commit with the actor of the write. They have no version column, so inserts take the commit-time path.
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_resource_type_check";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review'));
ALTER TABLE "revision_pending" DROP CONSTRAINT "revision_pending_resource_type_check";
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation', 'claim_review'));

-- The state function with a case for claim reviews. It also restores the case for relations, which the redefinition
-- in 20261207024451_entity_validity_alias_kinds left out (a relation's update was then recorded as its deletion).
CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'relation' THEN (SELECT to_jsonb(r) FROM public.relations r WHERE r.id = key)
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

CREATE TRIGGER "claim_reviews_revision_insert" AFTER INSERT ON "claim_reviews" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim_review', 'id');
CREATE TRIGGER "claim_reviews_revision_update" AFTER UPDATE ON "claim_reviews" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim_review', 'id');
CREATE TRIGGER "claim_reviews_revision_delete" AFTER DELETE ON "claim_reviews" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('claim_review', 'id');

-- Importing a ClaimReview matches its `claimReviewed` to stored claims by their text normalised (lowercase, accents
-- folded, punctuation and spacing as single spaces: the function below) and pg_trgm similarity; without an appearance
-- that names a stored article the match is over all claims, which this index serves (the `%` operator).
CREATE FUNCTION "meridian_claim_match_text"(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.meridian_unaccent(input)), '[^[:alnum:]]+', ' ', 'g')) $$;
CREATE INDEX "claims_text_match_trgm_idx" ON "claims" USING GIN (public.meridian_claim_match_text("text") gin_trgm_ops);
