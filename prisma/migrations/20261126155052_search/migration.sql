-- Full-text search over articles and claims (GET /v1/search).
--
-- Prisma models the two `search` columns (as Unsupported("tsvector")) and their GIN indexes, so `migrate diff`
-- sees no drift. Everything after them is written by hand: Prisma does not model functions, triggers or
-- text search configurations, and ignores them when it diffs.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "search" tsvector;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");

-- CreateIndex
CREATE INDEX "claims_search_idx" ON "claims" USING GIN ("search");

-- Keep the vectors in the table row (compressed) rather than in the TOAST table: matching a frequent term reads the
-- vector of every row it walks, and a TOAST fetch per row made that 3 to 5 times slower (bench/search-design.md).
-- The body, the other large column, is moved out of line first; a vector too big for the row still goes there.
ALTER TABLE "articles" ALTER COLUMN "search" SET STORAGE MAIN;
ALTER TABLE "claims" ALTER COLUMN "search" SET STORAGE MAIN;

-- Accent folding with a fixed result. unaccent(text) is only STABLE because it finds its dictionary through
-- search_path; naming the schema makes the result depend on the argument alone, so the function can be IMMUTABLE
-- and behaves the same in triggers, restores (pg_restore empties search_path) and index expressions.
-- The unaccent extension lives in "public" (the first migration creates it there).
CREATE FUNCTION "meridian_unaccent"(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;

-- The text search configuration for a BCP 47 language tag: English and Spanish stemming by primary subtag
-- ("en", "en-GB", "es-419"), the language-neutral `simple` configuration (lowercase, no stemming, no stop words)
-- for every other language. The API mirrors this mapping in its search documentation.
CREATE FUNCTION "meridian_search_config"(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE lower(split_part(language, '-', 1))
      WHEN 'en' THEN 'pg_catalog.english'::regconfig
      WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
      ELSE 'pg_catalog.simple'::regconfig
    END
  $$;

-- Statistics on each article's configuration, so the planner can estimate "indexed in English and matching q": without
-- them it assumes 0.5 % of rows per configuration and picks plans (and total estimates) a hundred times off.
CREATE STATISTICS "articles_search_config_stats" ON (public.meridian_search_config("language")) FROM "articles";

-- Highlighting runs ts_headline over the stored (accented) text, so it needs configurations that fold accents
-- token by token; they produce the same lexemes as the configuration above applied to meridian_unaccent(text), so
-- "Peru" marks "Perú" in a snippet. They are used for ts_headline only; the indexed vectors use the wrapper.
CREATE TEXT SEARCH CONFIGURATION "meridian_highlight_english" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION "meridian_highlight_english"
  ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION "meridian_highlight_english"
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, simple;

CREATE TEXT SEARCH CONFIGURATION "meridian_highlight_spanish" (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION "meridian_highlight_spanish"
  ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, spanish_stem;
ALTER TEXT SEARCH CONFIGURATION "meridian_highlight_spanish"
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, simple;

CREATE TEXT SEARCH CONFIGURATION "meridian_highlight_simple" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "meridian_highlight_simple"
  ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH public.unaccent, simple;

CREATE FUNCTION "meridian_highlight_config"(language text) RETURNS regconfig
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE lower(split_part(language, '-', 1))
      WHEN 'en' THEN 'public.meridian_highlight_english'::regconfig
      WHEN 'es' THEN 'public.meridian_highlight_spanish'::regconfig
      ELSE 'public.meridian_highlight_simple'::regconfig
    END
  $$;

-- The indexed text of an article: title (weight A) > dek (B) > body (C). Only the first 200,000 characters of the
-- body are indexed: a tsvector holds at most 1 MB, which a 1,000,000-character body of distinct tokens exceeds
-- (and would make the insert fail); 200,000 characters stay far below it whatever the text.
CREATE FUNCTION "articles_search_vector"(title text, dek text, body text, language text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector(config, public.meridian_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector(config, public.meridian_unaccent(coalesce(dek, ''))), 'B')
        || setweight(to_tsvector(config, public.meridian_unaccent(left(coalesce(body, ''), 200000))), 'C')
    FROM (SELECT public.meridian_search_config(coalesce(language, ''))) AS chosen(config)
  $$;

-- A claim's text (A) and quote (B), in its article's language.
CREATE FUNCTION "claims_search_vector"(text text, quote text, language text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector(config, public.meridian_unaccent(coalesce(text, ''))), 'A')
        || setweight(to_tsvector(config, public.meridian_unaccent(coalesce(quote, ''))), 'B')
    FROM (SELECT public.meridian_search_config(coalesce(language, ''))) AS chosen(config)
  $$;

-- Backfill before the triggers exist (they keep an unchanged row's vector, see below). On a large table, run these
-- in batches by id before deploying instead: a single UPDATE rewrites and locks the whole table.
UPDATE "articles" SET "search" = public.articles_search_vector("title", "dek", "body", "language");
UPDATE "claims" AS c SET "search" = public.claims_search_vector(c."text", c."quote", a."language")
  FROM "articles" AS a WHERE a."id" = c."article_id";

-- Triggers, not GENERATED ALWAYS AS: Prisma reads a generated column as drift and emits a failing migration.
-- The vector is recomputed when its inputs change or when anything writes the column itself, so the column can
-- only ever hold what the function computes.
CREATE FUNCTION "articles_search_update"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT'
       OR (NEW."title", NEW."dek", NEW."body", NEW."language") IS DISTINCT FROM (OLD."title", OLD."dek", OLD."body", OLD."language")
       OR NEW."search" IS DISTINCT FROM OLD."search" THEN
      NEW."search" := public.articles_search_vector(NEW."title", NEW."dek", NEW."body", NEW."language");
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "articles_search_update" BEFORE INSERT OR UPDATE ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "articles_search_update"();

CREATE FUNCTION "claims_search_update"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    article_language text;
  BEGIN
    IF TG_OP = 'INSERT'
       OR (NEW."text", NEW."quote", NEW."article_id") IS DISTINCT FROM (OLD."text", OLD."quote", OLD."article_id")
       OR NEW."search" IS DISTINCT FROM OLD."search" THEN
      SELECT a."language" INTO article_language FROM public."articles" AS a WHERE a."id" = NEW."article_id";
      NEW."search" := public.claims_search_vector(NEW."text", NEW."quote", article_language);
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "claims_search_update" BEFORE INSERT OR UPDATE ON "claims"
  FOR EACH ROW EXECUTE FUNCTION "claims_search_update"();

-- A claim is stemmed in its article's language: re-stem an article's claims when that language changes.
CREATE FUNCTION "articles_language_restem_claims"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    UPDATE public."claims" SET "search" = public.claims_search_vector("text", "quote", NEW."language")
      WHERE "article_id" = NEW."id";
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "articles_language_restem_claims" AFTER UPDATE OF "language" ON "articles"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "articles_language_restem_claims"();

-- Accent-insensitive name matching for entities (search's `types=entities`): trigram indexes over the folded names.
-- pg_trgm ignores case itself. Expression indexes are invisible to Prisma's diff, like the functions above.
CREATE INDEX "entities_name_unaccent_trgm_idx" ON "entities" USING GIN (public.meridian_unaccent("name") gin_trgm_ops);
CREATE INDEX "entity_aliases_name_unaccent_trgm_idx" ON "entity_aliases" USING GIN (public.meridian_unaccent("name") gin_trgm_ops);
