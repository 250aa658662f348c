-- AlterEnum
ALTER TYPE "watch_kind" ADD VALUE 'saved_search';

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL,
    "owner_key_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "query" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_search_matches" (
    "saved_search_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "revision_id" BIGINT NOT NULL,
    "matched_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_search_matches_pkey" PRIMARY KEY ("saved_search_id","article_id")
);

-- CreateIndex
CREATE INDEX "saved_searches_owner_key_id_id_idx" ON "saved_searches"("owner_key_id", "id");

-- CreateIndex
CREATE INDEX "saved_search_matches_saved_search_id_revision_id_idx" ON "saved_search_matches"("saved_search_id", "revision_id");

-- CreateIndex
CREATE INDEX "saved_search_matches_revision_id_idx" ON "saved_search_matches"("revision_id");

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_owner_key_id_fkey" FOREIGN KEY ("owner_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_search_matches" ADD CONSTRAINT "saved_search_matches_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
