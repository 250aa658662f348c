-- A throwaway synthetic corpus for designing GET /v1/search: EXPLAIN (ANALYZE, BUFFERS) of its query shapes.
-- Not the project's benchmark corpus (bench/ has its own generator); words are pseudo-words with a Zipf-like
-- frequency so that terms of every frequency exist:
--   rank 1 ≈ every article, rank 10 ≈ 77 %, rank 100 ≈ 14 %, rank 1000 ≈ 1.4 %, rank 10000 ≈ 0.15 % of articles.
-- Usage, on a migrated, empty database:
--   psql -v n=100000 -f bench/search-corpus.sql postgresql://postgres@127.0.0.1:5432/search_bench
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE vocab AS
  SELECT k, s1 || s2 || s3 || CASE WHEN k >= 8000 THEN s4 ELSE '' END AS word
  FROM (
    SELECT k,
      (ARRAY['ka','lo','mi','ne','ra','su','ti','ve','do','pa','ri','zo','be','cu','fa','go','ha','ju','le','mo'])[1 + k % 20] AS s1,
      (ARRAY['ran','tel','mos','dix','bun','sar','pol','ver','nak','gim','lor','fet','zun','hab','kel','rud','wen','yop','cas','tro'])[1 + (k / 20) % 20] AS s2,
      (ARRAY['a','o','e','i','u','an','or','el','is','um'])[1 + (k / 400) % 10] AS s3,
      (ARRAY['ta','no','vi','re','ku','sa','mo','li','pe','zu'])[1 + (k / 4000) % 10] AS s4
    FROM generate_series(0, 29999) AS k
  ) AS parts;
ALTER TABLE vocab ADD PRIMARY KEY (k);
ANALYZE vocab;

INSERT INTO sources (id, slug, name, language, kind, updated_at)
  SELECT gen_random_uuid(), 'bench-source-' || i, 'Bench Source ' || i, CASE WHEN i % 5 = 0 THEN 'es' ELSE 'en' END, 'other', now()
  FROM generate_series(1, 50) AS i;

INSERT INTO entities (id, type, name, slug, iso_alpha2, unlocode, updated_at)
  SELECT gen_random_uuid(),
         (ARRAY['country','person','organization','port','place','event','commodity'])[1 + i % 7]::entity_type,
         'Bench Entity ' || i, 'bench-entity-' || i,
         CASE WHEN i % 7 = 0 AND i < 676 * 7 THEN chr(65 + (i / 7) / 26 % 26) || chr(65 + (i / 7) % 26) END,
         CASE WHEN i % 7 IN (3, 4) THEN chr(65 + i % 26) || chr(65 + (i / 26) % 26) || upper(lpad(to_hex(i % 4096), 3, '0')) END,
         now()
  FROM generate_series(1, 5000) AS i
  ON CONFLICT DO NOTHING;

-- Articles: title 8 words, dek 20 words (half of them), body 150 words (~1 KB); 70 % en, 20 % es, 10 % fr.
INSERT INTO articles (id, url, title, dek, body, language, published_at, source_id, content_hash, updated_at)
  SELECT gen_random_uuid(),
         'https://bench.example.org/' || g,
         (SELECT string_agg((SELECT v.word FROM vocab AS v WHERE v.k = r.k), ' ' ORDER BY r.i) FROM (SELECT i, floor(power(30000, random()))::int - 1 AS k FROM generate_series(1, 8) AS i WHERE g > 0) AS r),
         CASE WHEN g % 2 = 0 THEN (SELECT string_agg((SELECT v.word FROM vocab AS v WHERE v.k = r.k), ' ' ORDER BY r.i) FROM (SELECT i, floor(power(30000, random()))::int - 1 AS k FROM generate_series(1, 20) AS i WHERE g > 0) AS r) END,
         (SELECT string_agg((SELECT v.word FROM vocab AS v WHERE v.k = r.k), ' ' ORDER BY r.i) FROM (SELECT i, floor(power(30000, random()))::int - 1 AS k FROM generate_series(1, 150) AS i WHERE g > 0) AS r),
         CASE WHEN g % 10 < 7 THEN 'en' WHEN g % 10 < 9 THEN 'es' ELSE 'fr' END,
         CASE WHEN g % 97 = 0 THEN NULL ELSE timestamptz '2021-01-01' + random() * interval '1800 days' END,
         (SELECT id FROM sources ORDER BY slug OFFSET (g % 50) LIMIT 1),
         md5(g::text) || md5((g + 1)::text),
         now()
  FROM generate_series(1, :n) AS g;

-- Mentions: about 8 distinct entities per article, Zipf-like over the 5000 entities.
CREATE TEMP TABLE entity_pick AS SELECT (row_number() OVER (ORDER BY slug))::int AS k, id FROM entities WHERE slug LIKE 'bench-entity-%';
ALTER TABLE entity_pick ADD PRIMARY KEY (k);
ANALYZE entity_pick;
INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, updated_at)
  SELECT gen_random_uuid(), a.id, pick.entity_id, pick.n * 10, pick.n * 10 + 4, 'xxxx', 'gazetteer', now()
  FROM articles AS a
  CROSS JOIN LATERAL (
    SELECT DISTINCT ON (p.id) r.n, p.id AS entity_id
    FROM (SELECT n, floor(power(5000, random()))::int AS k FROM generate_series(1, 8) AS n WHERE a.id IS NOT NULL) AS r
    JOIN entity_pick AS p USING (k)
    ORDER BY p.id, r.n
  ) AS pick
  WHERE a.url LIKE 'https://bench.example.org/%';

-- Claims: one per article on average, 20 words each.
INSERT INTO claims (id, article_id, text, claimant_source_id, kind, evidence_start, evidence_end, status, updated_at)
  SELECT gen_random_uuid(), a.id,
         (SELECT string_agg((SELECT v.word FROM vocab AS v WHERE v.k = r.k), ' ' ORDER BY r.i) FROM (SELECT i, floor(power(30000, random()))::int - 1 AS k FROM generate_series(1, 20) AS i WHERE a.id IS NOT NULL) AS r),
         a.source_id, 'assessment', 0, 10,
         (ARRAY['unverified','verified','disputed','false','misleading'])[1 + floor(random() * 5)::int]::claim_status,
         now()
  FROM articles AS a
  WHERE a.url LIKE 'https://bench.example.org/%' AND random() < 1.0;

VACUUM ANALYZE;
SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM claims) AS claims,
       pg_size_pretty(pg_total_relation_size('articles')) AS articles_size, pg_size_pretty(pg_relation_size('articles_search_idx')) AS gin_size;
SELECT k, word FROM vocab WHERE k IN (0, 9, 99, 999, 9999) ORDER BY k;
