-- CreateEnum
CREATE TYPE "relation_type" AS ENUM ('located_in', 'part_of', 'member_of', 'owns', 'operates', 'head_of', 'holds_position', 'allied_with', 'party_to', 'successor_of');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "relation_source_kind" AS ENUM ('reference', 'article', 'manual');

-- CreateEnum
CREATE TYPE "inference_rule" AS ENUM ('located_in', 'demonym');

-- CreateTable
CREATE TABLE "relations" (
    "id" UUID NOT NULL,
    "type" "relation_type" NOT NULL,
    "subject_id" UUID NOT NULL,
    "object_id" UUID NOT NULL,
    "start_date" DATE,
    "start_precision" "date_precision",
    "end_date" DATE,
    "end_precision" "date_precision",
    "source_kind" "relation_source_kind" NOT NULL,
    "source_dataset" VARCHAR(200),
    "source_article_id" UUID,
    "evidence_start" INTEGER,
    "evidence_end" INTEGER,
    "status" "review_status" NOT NULL DEFAULT 'accepted',
    "share" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_inferred_entities" (
    "article_id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "rule" "inference_rule" NOT NULL,
    "evidence_id" UUID NOT NULL,

    CONSTRAINT "article_inferred_entities_pkey" PRIMARY KEY ("article_id","entity_id","rule","evidence_id")
);

-- CreateIndex
CREATE INDEX "relations_subject_id_type_id_idx" ON "relations"("subject_id", "type", "id");

-- CreateIndex
CREATE INDEX "relations_object_id_type_id_idx" ON "relations"("object_id", "type", "id");

-- CreateIndex
CREATE INDEX "relations_type_id_idx" ON "relations"("type", "id");

-- CreateIndex
CREATE INDEX "relations_source_article_id_idx" ON "relations"("source_article_id");

-- CreateIndex
-- NULLS NOT DISTINCT (written by hand): one row per type, subject, object and start, an unknown start included.
CREATE UNIQUE INDEX "relations_type_subject_id_object_id_start_date_key" ON "relations"("type", "subject_id", "object_id", "start_date") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "article_inferred_entities_entity_id_article_id_idx" ON "article_inferred_entities"("entity_id", "article_id");

-- CreateIndex
CREATE INDEX "article_inferred_entities_evidence_id_idx" ON "article_inferred_entities"("evidence_id");

-- AddForeignKey
ALTER TABLE "relations" ADD CONSTRAINT "relations_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relations" ADD CONSTRAINT "relations_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_article_id_fkey" FOREIGN KEY ("source_article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_inferred_entities" ADD CONSTRAINT "article_inferred_entities_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_inferred_entities" ADD CONSTRAINT "article_inferred_entities_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_inferred_entities" ADD CONSTRAINT "article_inferred_entities_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Everything below is written by hand: Prisma does not model CHECK constraints, functions or triggers.

-- Relations: no entity related to itself; a validity interval that does not end before it starts, each date with its
-- precision; the source fields that go with the source kind; a share only for ownership, as a fraction.
ALTER TABLE "relations" ADD CONSTRAINT "relations_not_self_check" CHECK ("subject_id" <> "object_id");
ALTER TABLE "relations" ADD CONSTRAINT "relations_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "relations" ADD CONSTRAINT "relations_start_precision_check" CHECK (("start_date" IS NULL) = ("start_precision" IS NULL));
ALTER TABLE "relations" ADD CONSTRAINT "relations_end_precision_check" CHECK (("end_date" IS NULL) = ("end_precision" IS NULL));
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_check" CHECK (
  CASE "source_kind"
    WHEN 'reference' THEN "source_dataset" IS NOT NULL AND "source_article_id" IS NULL AND "evidence_start" IS NULL AND "evidence_end" IS NULL
    WHEN 'article' THEN "source_dataset" IS NULL AND "source_article_id" IS NOT NULL AND "evidence_start" >= 0 AND "evidence_end" > "evidence_start"
    ELSE "source_dataset" IS NULL AND "source_article_id" IS NULL AND "evidence_start" IS NULL AND "evidence_end" IS NULL
  END);
ALTER TABLE "relations" ADD CONSTRAINT "relations_share_check" CHECK ("share" IS NULL OR ("type" = 'owns' AND "share" BETWEEN 0 AND 1));
ALTER TABLE "relations" ADD CONSTRAINT "relations_version_check" CHECK ("version" >= 1);

-- Revisions and change-feed events for relations, by the triggers of the history migration: a relation has no
-- folded-in children, so inserts take the statement-level fast path (as articles and sources do).
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_resource_type_check";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation'));
ALTER TABLE "revision_pending" DROP CONSTRAINT "revision_pending_resource_type_check";
ALTER TABLE "revision_pending" ADD CONSTRAINT "revision_pending_resource_type_check" CHECK ("resource_type" IN ('article', 'entity', 'claim', 'source', 'relation'));

CREATE OR REPLACE FUNCTION "meridian_resource_state"(kind text, key uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE kind
      WHEN 'article' THEN (SELECT to_jsonb(a) - 'search' FROM public.articles a WHERE a.id = key)
      WHEN 'source' THEN (SELECT to_jsonb(s) FROM public.sources s WHERE s.id = key)
      WHEN 'relation' THEN (SELECT to_jsonb(r) FROM public.relations r WHERE r.id = key)
      WHEN 'entity' THEN (
        SELECT to_jsonb(e) || jsonb_build_object('aliases', coalesce(
          (SELECT jsonb_agg(jsonb_build_object('name', x.name, 'language', x.language) ORDER BY x.id) FROM public.entity_aliases x WHERE x.entity_id = e.id),
          '[]'::jsonb))
        FROM public.entities e WHERE e.id = key)
      WHEN 'claim' THEN (
        SELECT (to_jsonb(c) - 'search') || jsonb_build_object('subject_ids', coalesce(
          (SELECT jsonb_agg(s.entity_id ORDER BY s.entity_id) FROM public.claim_subjects s WHERE s.claim_id = c.id),
          '[]'::jsonb))
        FROM public.claims c WHERE c.id = key)
    END
  $$;

CREATE TRIGGER "relations_revision_insert" AFTER INSERT ON "relations" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_created"('relation');
CREATE TRIGGER "relations_revision_update" AFTER UPDATE ON "relations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('relation', 'id');
CREATE TRIGGER "relations_revision_delete" AFTER DELETE ON "relations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_revision_note"('relation', 'id');

-- An inference stands only while its evidence is mentioned: when a mention is rejected, moved to another entity
-- (a correction, a merge) or deleted, the inferences of its article that rested on the entity it named and that no
-- other live mention of that entity still supports are deleted. Inserts (every bulk import) do not fire it.
CREATE FUNCTION "meridian_inferred_evidence_prune"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM public.article_inferred_entities i
    USING (SELECT DISTINCT o.article_id, o.entity_id FROM old_rows o) AS gone
    WHERE i.article_id = gone.article_id AND i.evidence_id = gone.entity_id
      AND NOT EXISTS (SELECT 1 FROM public.mentions m
                      WHERE m.article_id = i.article_id AND m.entity_id = i.evidence_id AND m.status <> 'rejected');
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "mentions_inferred_prune_update" AFTER UPDATE ON "mentions" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_inferred_evidence_prune"();
CREATE TRIGGER "mentions_inferred_prune_delete" AFTER DELETE ON "mentions" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_inferred_evidence_prune"();

-- Data already stored: a port or place with a UN/LOCODE lies in the country its code starts with (UN/LOCODE's first
-- two letters are the ISO 3166-1 code of the country), when that country is stored; articles mentioning it get the
-- inferred country. This is what `country=` matched on before this migration. Ids are UUIDv7 built in SQL.
INSERT INTO "relations" ("id", "type", "subject_id", "object_id", "source_kind", "source_dataset", "updated_at")
SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
       'located_in', e."id", c."id", 'reference', 'UN/LOCODE', now()
FROM "entities" e JOIN "entities" c ON c."type" = 'country' AND c."iso_alpha2" = left(e."unlocode", 2)
WHERE e."type" IN ('port', 'place') AND e."unlocode" IS NOT NULL
ORDER BY e."id";

INSERT INTO "article_inferred_entities" ("article_id", "entity_id", "rule", "evidence_id")
SELECT DISTINCT m."article_id", r."object_id", 'located_in'::"inference_rule", m."entity_id"
FROM "mentions" m JOIN "relations" r ON r."subject_id" = m."entity_id" AND r."type" = 'located_in'
WHERE m."status" <> 'rejected';
