-- Similar claims by text take their candidates from the claims' search vectors, one bounded probe per tsquery
-- (src/modules/claim-similarity/claim-similarity.terms.ts). The query is only known at run time, so the planner
-- estimates PostgreSQL's default selectivity for it and, under a LIMIT, prefers reading claims in order until enough
-- match: on 1M claims a probe matching none read the whole table (seconds; measured, bench/claims-similar-results.md).
-- This function runs the probe with sequential and plain index scans off, which leaves the GIN index's bitmap scan:
-- its cost is the posting lists of the query's words (for a conjunction, the shortest one), whatever the table's size.
-- A function with SET clauses is never inlined, so the settings hold for its statement only.
CREATE FUNCTION "meridian_claims_matching"(query tsquery, take integer) RETURNS SETOF uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  SET enable_seqscan = off
  SET enable_indexscan = off
  AS $$ SELECT c.id FROM public.claims c WHERE c.search @@ query LIMIT take $$;

-- The trigram candidate function it replaces (its last caller was the similar-claims text search).
DROP FUNCTION "meridian_claims_similar_text"(text, real, integer);

-- Every probe also reads the index's pending list (fastupdate), which grows to gin_pending_list_limit (4 MB, about
-- 500 pages) between flushes: on the benchmark's freshly loaded 1M claims a probe for absent words took 29 ms reading
-- 304 pages of it, against 0.1 ms once flushed. 256 kB bounds that to 32 pages; inserts flush it more often, in
-- smaller pieces.
ALTER INDEX "claims_search_idx" SET (gin_pending_list_limit = 256);
