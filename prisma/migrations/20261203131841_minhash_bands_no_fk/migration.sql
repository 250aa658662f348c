-- An article's 32 LSH band rows without a foreign key: each band row's FK check looked up and locked its article,
-- 32 times per imported article — 40–65 % of the band insert's time (bench/ingest-results.md). The bands are only
-- ever written in the transaction that creates their article (src/modules/ingest/ingest.repository.ts), and the
-- near-duplicate query joins articles, so the FK guarded nothing the writer does not; deleting an article's bands
-- with it (the FK's ON DELETE CASCADE) is now done by statement-level triggers: DELETE through the article_id index,
-- TRUNCATE (which cascaded to this table through the FK) by truncating it too.

-- DropForeignKey
ALTER TABLE "article_minhash_bands" DROP CONSTRAINT "article_minhash_bands_article_id_fkey";

CREATE FUNCTION "meridian_articles_delete_minhash_bands"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      TRUNCATE public.article_minhash_bands;
    ELSE
      DELETE FROM public.article_minhash_bands b USING old_rows o WHERE b.article_id = o.id;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "articles_minhash_bands_delete" AFTER DELETE ON "articles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_articles_delete_minhash_bands"();

CREATE TRIGGER "articles_minhash_bands_truncate" AFTER TRUNCATE ON "articles"
  FOR EACH STATEMENT EXECUTE FUNCTION "meridian_articles_delete_minhash_bands"();
