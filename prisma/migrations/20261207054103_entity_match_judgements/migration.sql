-- CreateEnum
CREATE TYPE "match_decision" AS ENUM ('match', 'no_match');

-- CreateTable
CREATE TABLE "entity_match_judgements" (
    "id" UUID NOT NULL,
    "query_key" VARCHAR(300) NOT NULL,
    "query_name" VARCHAR(300) NOT NULL,
    "entity_id" UUID NOT NULL,
    "decision" "match_decision" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entity_match_judgements_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "entity_match_judgements_entity_id_idx" ON "entity_match_judgements"("entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "entity_match_judgements_query_key_entity_id_key" ON "entity_match_judgements"("query_key", "entity_id");

-- AddForeignKey
ALTER TABLE "entity_match_judgements" ADD CONSTRAINT "entity_match_judgements_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
