-- CreateEnum
CREATE TYPE "review_status" AS ENUM ('accepted', 'proposed', 'rejected');

-- CreateEnum
CREATE TYPE "claim_method" AS ENUM ('manual', 'auto');

-- CreateEnum
CREATE TYPE "import_line_outcome" AS ENUM ('created', 'duplicate', 'rejected');

-- CreateEnum
CREATE TYPE "import_state" AS ENUM ('running', 'completed', 'failed');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "duplicate_of_id" UUID,
ADD COLUMN     "lineage_similarity" DOUBLE PRECISION,
ADD COLUMN     "minhash" INTEGER[];

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "method" "claim_method" NOT NULL DEFAULT 'manual',
ADD COLUMN     "review_status" "review_status" NOT NULL DEFAULT 'accepted';

-- AlterTable
ALTER TABLE "entities" ADD COLUMN     "reference_key" VARCHAR(100),
ADD COLUMN     "status" "review_status" NOT NULL DEFAULT 'accepted';

-- AlterTable
ALTER TABLE "mentions" ADD COLUMN     "status" "review_status" NOT NULL DEFAULT 'accepted',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "article_minhash_bands" (
    "band" SMALLINT NOT NULL,
    "key" INTEGER NOT NULL,
    "article_id" UUID NOT NULL,

    CONSTRAINT "article_minhash_bands_pkey" PRIMARY KEY ("band","key","article_id")
);

-- CreateTable
CREATE TABLE "imports" (
    "id" UUID NOT NULL,
    "state" "import_state" NOT NULL DEFAULT 'running',
    "error" VARCHAR(1000),
    "api_key_id" UUID,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "heartbeat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_lines" (
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "outcome" "import_line_outcome" NOT NULL,
    "article_id" UUID,
    "url" VARCHAR(2048),
    "detail" JSONB,

    CONSTRAINT "import_lines_pkey" PRIMARY KEY ("import_id","line")
);

-- CreateIndex
CREATE INDEX "article_minhash_bands_article_id_idx" ON "article_minhash_bands"("article_id");

-- CreateIndex
CREATE INDEX "import_lines_import_id_outcome_idx" ON "import_lines"("import_id", "outcome");

-- CreateIndex
CREATE INDEX "articles_duplicate_of_id_idx" ON "articles"("duplicate_of_id");

-- CreateIndex
CREATE INDEX "claims_review_status_id_idx" ON "claims"("review_status", "id");

-- CreateIndex
CREATE INDEX "claims_method_id_idx" ON "claims"("method", "id");

-- CreateIndex
CREATE UNIQUE INDEX "entities_reference_key_key" ON "entities"("reference_key");

-- CreateIndex
CREATE INDEX "entities_status_id_idx" ON "entities"("status", "id");

-- CreateIndex
CREATE INDEX "mentions_status_id_idx" ON "mentions"("status", "id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_minhash_bands" ADD CONSTRAINT "article_minhash_bands_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_lines" ADD CONSTRAINT "import_lines_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_lines" ADD CONSTRAINT "import_lines_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Invariants Prisma cannot model (written by hand; Prisma neither generates nor diffs CHECK constraints).
ALTER TABLE "articles" ADD CONSTRAINT "articles_lineage_similarity_check" CHECK ("lineage_similarity" IS NULL OR ("lineage_similarity" BETWEEN 0 AND 1 AND "original_id" IS NOT NULL));
ALTER TABLE "articles" ADD CONSTRAINT "articles_not_own_duplicate_check" CHECK ("duplicate_of_id" <> "id");
-- A MinHash signature has 128 values (near-duplicate.ts SIGNATURE_LENGTH), or none.
ALTER TABLE "articles" ADD CONSTRAINT "articles_minhash_length_check" CHECK ("minhash" IS NULL OR cardinality("minhash") IN (0, 128));
ALTER TABLE "article_minhash_bands" ADD CONSTRAINT "article_minhash_bands_band_check" CHECK ("band" BETWEEN 0 AND 31);
ALTER TABLE "claims" ADD CONSTRAINT "claims_confidence_check" CHECK ("confidence" BETWEEN 0 AND 1);
-- Hand-entered claims are accepted by the person who entered them.
ALTER TABLE "claims" ADD CONSTRAINT "claims_manual_accepted_check" CHECK ("method" <> 'manual' OR "review_status" = 'accepted');
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_version_check" CHECK ("version" >= 1);
ALTER TABLE "entities" ADD CONSTRAINT "entities_reference_key_check" CHECK ("reference_key" ~ '^[a-z_]+:.+$');
ALTER TABLE "imports" ADD CONSTRAINT "imports_bytes_check" CHECK ("bytes" >= 0);
ALTER TABLE "imports" ADD CONSTRAINT "imports_finished_check" CHECK (("state" = 'running') = ("finished_at" IS NULL));
ALTER TABLE "imports" ADD CONSTRAINT "imports_error_check" CHECK ("state" = 'failed' OR "error" IS NULL);
ALTER TABLE "import_lines" ADD CONSTRAINT "import_lines_line_check" CHECK ("line" >= 1);
