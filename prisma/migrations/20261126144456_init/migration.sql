-- Extensions (written by hand: the `postgresqlExtensions` preview feature would repeat them in every migration).
-- unaccent and pg_trgm back accent-insensitive and fuzzy name search.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('state_affiliated', 'public_broadcaster', 'independent', 'commercial', 'wire', 'government', 'ngo', 'academic', 'other');

-- CreateEnum
CREATE TYPE "entity_type" AS ENUM ('country', 'person', 'organization', 'port', 'place', 'event', 'legal_instrument', 'commodity', 'other');

-- CreateEnum
CREATE TYPE "lineage_kind" AS ENUM ('republication', 'translation', 'rewrite');

-- CreateEnum
CREATE TYPE "mention_method" AS ENUM ('manual', 'gazetteer', 'ner');

-- CreateEnum
CREATE TYPE "claim_kind" AS ENUM ('quantity', 'event', 'attribution', 'policy', 'assessment', 'prediction');

-- CreateEnum
CREATE TYPE "claim_modality" AS ENUM ('asserted', 'reported', 'speculative');

-- CreateEnum
CREATE TYPE "claim_status" AS ENUM ('unverified', 'verified', 'disputed', 'false', 'misleading');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "homepage" VARCHAR(2048),
    "country" CHAR(2),
    "language" VARCHAR(35),
    "kind" "source_kind" NOT NULL DEFAULT 'other',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "title" VARCHAR(1000) NOT NULL,
    "dek" VARCHAR(2000),
    "byline" VARCHAR(500),
    "body" TEXT NOT NULL,
    "language" VARCHAR(35) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "modified_at" TIMESTAMPTZ(3),
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source_id" UUID NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "original_id" UUID,
    "lineage_kind" "lineage_kind",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entities" (
    "id" UUID NOT NULL,
    "type" "entity_type" NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "wikidata_id" VARCHAR(20),
    "iso_alpha2" CHAR(2),
    "iso_alpha3" CHAR(3),
    "unlocode" CHAR(5),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity_aliases" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "language" VARCHAR(35),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entity_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "organization_id" UUID,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentions" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" VARCHAR(500) NOT NULL,
    "method" "mention_method" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mentions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "text" VARCHAR(4000) NOT NULL,
    "quote" VARCHAR(4000),
    "claimant_entity_id" UUID,
    "claimant_source_id" UUID,
    "kind" "claim_kind" NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" VARCHAR(100),
    "modality" "claim_modality" NOT NULL DEFAULT 'asserted',
    "evidence_start" INTEGER NOT NULL,
    "evidence_end" INTEGER NOT NULL,
    "status" "claim_status" NOT NULL DEFAULT 'unverified',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_subjects" (
    "claim_id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,

    CONSTRAINT "claim_subjects_pkey" PRIMARY KEY ("claim_id","entity_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_slug_key" ON "sources"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "articles_url_key" ON "articles"("url");

-- CreateIndex
CREATE INDEX "articles_source_id_id_idx" ON "articles"("source_id", "id");

-- CreateIndex
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at", "id");

-- CreateIndex
CREATE INDEX "articles_language_id_idx" ON "articles"("language", "id");

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_original_id_idx" ON "articles"("original_id");

-- CreateIndex
CREATE UNIQUE INDEX "entities_slug_key" ON "entities"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "entities_wikidata_id_key" ON "entities"("wikidata_id");

-- CreateIndex
CREATE UNIQUE INDEX "entities_iso_alpha2_key" ON "entities"("iso_alpha2");

-- CreateIndex
CREATE UNIQUE INDEX "entities_iso_alpha3_key" ON "entities"("iso_alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "entities_unlocode_key" ON "entities"("unlocode");

-- CreateIndex
CREATE INDEX "entities_type_id_idx" ON "entities"("type", "id");

-- CreateIndex
CREATE INDEX "entities_name_idx" ON "entities"("name");

-- CreateIndex
CREATE INDEX "entities_name_trgm_idx" ON "entities" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "entity_aliases_name_idx" ON "entity_aliases"("name");

-- CreateIndex
CREATE INDEX "entity_aliases_name_trgm_idx" ON "entity_aliases" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "entity_aliases_entity_id_name_language_key" ON "entity_aliases"("entity_id", "name", "language");

-- CreateIndex
CREATE INDEX "roles_person_id_start_date_idx" ON "roles"("person_id", "start_date");

-- CreateIndex
CREATE INDEX "roles_organization_id_idx" ON "roles"("organization_id");

-- CreateIndex
CREATE INDEX "mentions_entity_id_article_id_idx" ON "mentions"("entity_id", "article_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentions_article_id_entity_id_start_end_key" ON "mentions"("article_id", "entity_id", "start", "end");

-- CreateIndex
CREATE INDEX "claims_article_id_id_idx" ON "claims"("article_id", "id");

-- CreateIndex
CREATE INDEX "claims_claimant_entity_id_id_idx" ON "claims"("claimant_entity_id", "id");

-- CreateIndex
CREATE INDEX "claims_claimant_source_id_id_idx" ON "claims"("claimant_source_id", "id");

-- CreateIndex
CREATE INDEX "claims_status_id_idx" ON "claims"("status", "id");

-- CreateIndex
CREATE INDEX "claims_kind_id_idx" ON "claims"("kind", "id");

-- CreateIndex
CREATE INDEX "claim_subjects_entity_id_claim_id_idx" ON "claim_subjects"("entity_id", "claim_id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_original_id_fkey" FOREIGN KEY ("original_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_entity_id_fkey" FOREIGN KEY ("claimant_entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_source_id_fkey" FOREIGN KEY ("claimant_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants Prisma cannot model (written by hand; Prisma neither generates nor diffs CHECK constraints).

-- A mention is body[start, end) of its article and equals `surface`. Offsets count characters (code points), as
-- char_length does.
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_offsets_check" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_surface_length_check" CHECK (char_length("surface") = "end" - "start");
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_confidence_check" CHECK ("confidence" BETWEEN 0 AND 1);

-- The evidence is body[evidence_start, evidence_end) of the claim's article.
ALTER TABLE "claims" ADD CONSTRAINT "claims_evidence_offsets_check" CHECK ("evidence_start" >= 0 AND "evidence_end" > "evidence_start");
-- A claim has exactly one claimant: an entity, or else a source speaking for itself.
ALTER TABLE "claims" ADD CONSTRAINT "claims_one_claimant_check" CHECK (num_nonnulls("claimant_entity_id", "claimant_source_id") = 1);

ALTER TABLE "roles" ADD CONSTRAINT "roles_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");

ALTER TABLE "entities" ADD CONSTRAINT "entities_latitude_check" CHECK ("latitude" BETWEEN -90 AND 90);
ALTER TABLE "entities" ADD CONSTRAINT "entities_longitude_check" CHECK ("longitude" BETWEEN -180 AND 180);
ALTER TABLE "entities" ADD CONSTRAINT "entities_iso_alpha2_check" CHECK ("iso_alpha2" ~ '^[A-Z]{2}$');
ALTER TABLE "entities" ADD CONSTRAINT "entities_iso_alpha3_check" CHECK ("iso_alpha3" ~ '^[A-Z]{3}$');
-- UN/LOCODE without the space: country code, then a three-character location code.
ALTER TABLE "entities" ADD CONSTRAINT "entities_unlocode_check" CHECK ("unlocode" ~ '^[A-Z]{2}[A-Z0-9]{3}$');
ALTER TABLE "entities" ADD CONSTRAINT "entities_wikidata_id_check" CHECK ("wikidata_id" ~ '^Q[1-9][0-9]*$');

-- An article is not its own original, and names a lineage kind exactly when it names an original.
ALTER TABLE "articles" ADD CONSTRAINT "articles_not_own_original_check" CHECK ("original_id" <> "id");
ALTER TABLE "articles" ADD CONSTRAINT "articles_lineage_check" CHECK (("original_id" IS NULL) = ("lineage_kind" IS NULL));
-- sha256, lowercase hex.
ALTER TABLE "articles" ADD CONSTRAINT "articles_content_hash_check" CHECK ("content_hash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "sources" ADD CONSTRAINT "sources_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
