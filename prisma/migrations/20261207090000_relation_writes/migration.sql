-- AlterTable
ALTER TABLE "relations" ADD COLUMN     "source_key_id" UUID;

-- AddForeignKey
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_key_id_fkey" FOREIGN KEY ("source_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Everything below is written by hand: Prisma does not model CHECK constraints.

-- Relations become writable through the API: a `manual` relation records the API key that asserted it (null for the
-- seed and scripts, or once the key is deleted); the other source kinds never carry a key.
ALTER TABLE "relations" DROP CONSTRAINT "relations_source_check";
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_check" CHECK (
  CASE "source_kind"
    WHEN 'reference' THEN "source_dataset" IS NOT NULL AND "source_article_id" IS NULL AND "evidence_start" IS NULL AND "evidence_end" IS NULL AND "source_key_id" IS NULL
    WHEN 'article' THEN "source_dataset" IS NULL AND "source_article_id" IS NOT NULL AND "evidence_start" >= 0 AND "evidence_end" > "evidence_start" AND "source_key_id" IS NULL
    ELSE "source_dataset" IS NULL AND "source_article_id" IS NULL AND "evidence_start" IS NULL AND "evidence_end" IS NULL
  END);
