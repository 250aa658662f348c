-- Saved searches matched as a set: each search's query and filters compiled once into columns, so the dispatcher tests
-- a batch of new articles against every saved search in one statement (see saved-searches.repository.ts,
-- matchBatch). Rows saved before this migration have compiled_at NULL and are compiled by the dispatcher first.

-- AlterTable
ALTER TABLE "saved_searches" ADD COLUMN     "all_entity_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "any_entity_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "claim_statuses" "claim_status"[] DEFAULT ARRAY[]::"claim_status"[],
ADD COLUMN     "compiled_at" TIMESTAMPTZ(3),
ADD COLUMN     "country_codes" TEXT[],
ADD COLUMN     "entity_types" "entity_type"[] DEFAULT ARRAY[]::"entity_type"[],
ADD COLUMN     "has_text_query" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "matches_nothing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "published_from" TIMESTAMPTZ(3),
ADD COLUMN     "published_to" TIMESTAMPTZ(3),
ADD COLUMN     "published_to_inclusive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "tsquery_english" tsquery,
ADD COLUMN     "tsquery_simple" tsquery,
ADD COLUMN     "tsquery_spanish" tsquery;

-- CreateIndex
CREATE INDEX "saved_searches_uncompiled_idx" ON "saved_searches"("id") WHERE compiled_at IS NULL;
