-- Datelines as article fields, and mentions in the title and the dateline as well as the body: a mention's offsets
-- count code points of its `field`. Existing mentions are all in the body (the default), so the new unique key
-- (which adds the field) cannot find duplicates the old one did not.
-- CreateEnum
CREATE TYPE "mention_field" AS ENUM ('title', 'dateline', 'body');

-- DropIndex
DROP INDEX "mentions_article_id_entity_id_start_end_key";

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "dateline" VARCHAR(300),
ADD COLUMN     "dateline_agency" VARCHAR(100),
ADD COLUMN     "dateline_date" DATE,
ADD COLUMN     "dateline_place" VARCHAR(200);

-- AlterTable
ALTER TABLE "mentions" ADD COLUMN     "field" "mention_field" NOT NULL DEFAULT 'body';

-- CreateIndex
CREATE UNIQUE INDEX "mentions_article_id_entity_id_field_start_end_key" ON "mentions"("article_id", "entity_id", "field", "start", "end");

-- Invariants Prisma cannot model (written by hand).
-- A place, a day or an agency is read from a printed dateline; only the agency may come from a sign-off alone.
ALTER TABLE "articles" ADD CONSTRAINT "articles_dateline_parts_check"
  CHECK (("dateline_place" IS NULL AND "dateline_date" IS NULL) OR "dateline" IS NOT NULL);
