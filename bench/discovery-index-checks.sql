-- Each discovery index against the plan without it (dropped inside a transaction that is rolled back).
--   psql -d <scratch with fixture + bench/discovery-data.sql> -f bench/discovery-index-checks.sql
\echo '== A. fuzzy match step over 40k aliases, with the expression index on meridian_unaccent(name)'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.entity_id FROM entity_aliases a
WHERE public.meridian_unaccent(a.name) % public.meridian_unaccent('Estados Unidos') OR public.meridian_unaccent(a.name) %> public.meridian_unaccent('Estados Unidos');
BEGIN;
DROP INDEX entity_aliases_name_unaccent_trgm_idx;
\echo '== B. the same without it: the raw-name trigram index cannot serve the folded expression'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.entity_id FROM entity_aliases a
WHERE public.meridian_unaccent(a.name) % public.meridian_unaccent('Estados Unidos') OR public.meridian_unaccent(a.name) %> public.meridian_unaccent('Estados Unidos');
ROLLBACK;

\echo '== C. near (100 km of Callao) with the box prefilter and the (latitude, longitude) index'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id FROM entities e
WHERE e.latitude BETWEEN -12.95 AND -11.15 AND e.longitude BETWEEN -78.07 AND -76.23
  AND round((2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(e.latitude - -12.05) / 2), 2)
      + cos(radians(-12.05)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - -77.15) / 2), 2)))))::numeric, 3) <= 100;
BEGIN;
DROP INDEX entities_latitude_longitude_idx;
\echo '== D. the same box prefilter without the index'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id FROM entities e
WHERE e.latitude BETWEEN -12.95 AND -11.15 AND e.longitude BETWEEN -78.07 AND -76.23
  AND round((2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(e.latitude - -12.05) / 2), 2)
      + cos(radians(-12.05)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - -77.15) / 2), 2)))))::numeric, 3) <= 100;
\echo '== E. no prefilter at all: haversine on every row'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id FROM entities e
WHERE round((2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(e.latitude - -12.05) / 2), 2)
      + cos(radians(-12.05)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - -77.15) / 2), 2)))))::numeric, 3) <= 100;
ROLLBACK;

\echo '== F. related articles, title candidates, with the trigram index on titles'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.id FROM articles a WHERE a.title % (SELECT title FROM articles WHERE url = 'https://bench.example.org/19');
BEGIN;
DROP INDEX articles_title_trgm_idx;
\echo '== G. the same without it'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.id FROM articles a WHERE a.title % (SELECT title FROM articles WHERE url = 'https://bench.example.org/19');
ROLLBACK;
