-- Discovery: fuzzy entity lookup, geographic filters and related articles.

-- CreateIndex
CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "entities_latitude_longitude_idx" ON "entities"("latitude", "longitude");

-- Written by hand from here (Prisma models neither functions nor expression indexes, and ignores both when it diffs).

-- Accent-insensitive name lookup (GET /v1/entities?q=) matches pg_trgm operators on the accent-folded name, so the
-- trigram indexes must be built over that same expression. unaccent(text) is only STABLE (it finds its dictionary
-- through search_path); naming the schema and the dictionary makes the result depend on the argument alone, so the
-- wrapper can be IMMUTABLE and be used in an index. pg_trgm lower-cases by itself, so no lower() is needed.
-- The full-text search migration defines the same function and indexes (same names, same definitions): OR REPLACE
-- and IF NOT EXISTS make this migration leave them as they are when that one ran first, so both features share one
-- function and one pair of indexes.
CREATE OR REPLACE FUNCTION "meridian_unaccent"(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;

CREATE INDEX IF NOT EXISTS "entities_name_unaccent_trgm_idx" ON "entities" USING GIN (public.meridian_unaccent("name") gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "entity_aliases_name_unaccent_trgm_idx" ON "entity_aliases" USING GIN (public.meridian_unaccent("name") gin_trgm_ops);
