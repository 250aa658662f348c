-- Synthetic load for bench/discovery-queries.md: run on a scratch database that holds the seeded fixture.
--   psql -d <scratch> -f bench/discovery-data.sql
-- 20,000 entities (a third with coordinates), 40,000 aliases (half of them accented variants), 5,000 articles over
-- 2020–2025 and about 100,000 mentions whose entities follow a Zipf-like law, plus the fixture's Peru and United
-- States mentioned in 30% and 60% of the generated articles (the "United States counts less" case).
SELECT setseed(0.42);

CREATE TEMP TABLE syllables(s) AS
  SELECT unnest(ARRAY['ka','lo','mi','ra','ven','to','sa','quel','bo','lu','ar','te','din','na','cho','pa','ris','man','gu','el']);

INSERT INTO entities (id, type, name, slug, latitude, longitude, wikidata_id, updated_at)
SELECT gen_random_uuid(),
       (ARRAY['country','person','organization','port','place','event','legal_instrument','commodity','other'])[1 + (i % 9)]::entity_type,
       initcap(n1) || ' ' || initcap(n2),
       'bench-' || i,
       CASE WHEN i % 3 = 0 THEN -90 + 180 * random() END,
       CASE WHEN i % 3 = 0 THEN -180 + 360 * random() END,
       CASE WHEN i % 4 = 0 THEN 'Q' || (900000000 + i) END,
       now()
FROM generate_series(1, 20000) AS i
CROSS JOIN LATERAL (
  SELECT string_agg(s, '' ORDER BY random()) FILTER (WHERE k <= 3) AS n1,
         string_agg(s, '' ORDER BY random()) FILTER (WHERE k > 3) AS n2
  FROM (SELECT s, row_number() OVER (ORDER BY random() + i * 0) AS k FROM syllables LIMIT 5) picked
) names;

INSERT INTO entity_aliases (id, entity_id, name, language, updated_at)
SELECT gen_random_uuid(), e.id, v.name, v.language, now()
FROM entities e
CROSS JOIN LATERAL (VALUES
  (translate(e.name, 'aeiou', 'áéíóú'), 'es'),
  (e.name || ' ' || (ARRAY['Group','Region','Port','Institute','Council'])[1 + abs(hashtext(e.slug)) % 5], 'en')
) AS v(name, language)
WHERE e.slug LIKE 'bench-%';

-- Titles of six words from a vocabulary of 3,000 random letter strings; every 20th article retells the one before
-- (same words but one), so the title-similarity side of related articles has real candidates.
CREATE TEMP TABLE vocabulary AS
  SELECT w AS n, (SELECT string_agg(chr(97 + floor(random() * 26)::int), '') FROM generate_series(1, 4 + (w % 6)) WHERE w > 0) AS word
  FROM generate_series(1, 3000) AS w;

CREATE TEMP TABLE titles AS
  SELECT i, (SELECT initcap(string_agg(word, ' ')) FROM (SELECT word FROM vocabulary WHERE n IN (
      SELECT 1 + floor(random() * 3000)::int + 0 * i FROM generate_series(1, 6))) picked) AS title
  FROM generate_series(1, 5000) AS i;
UPDATE titles t SET title = p.title || ' Again' FROM titles p WHERE t.i % 20 = 0 AND p.i = t.i - 1;

INSERT INTO articles (id, url, title, body, language, published_at, source_id, content_hash, updated_at)
SELECT gen_random_uuid(),
       'https://bench.example.org/' || i,
       titles.title,
       repeat('lorem ipsum ', 50),
       CASE WHEN i % 3 = 0 THEN 'es' ELSE 'en' END,
       timestamptz '2020-01-01' + (random() * 2190) * interval '1 day',
       (SELECT id FROM sources ORDER BY slug LIMIT 1),
       encode(sha256(('bench' || i)::bytea), 'hex'),
       now()
FROM titles;

-- ~20 mentions per article; entity ranks are log-uniform (P(rank r) ~ 1/r, Zipf-like): a few generated entities
-- are in hundreds of articles, most in one or none.
INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, updated_at)
SELECT gen_random_uuid(), picks.article_id, e.id, 0, 5, 'xxxxx', 'gazetteer', now()
FROM (
  SELECT DISTINCT a.id AS article_id, floor(exp(random() * ln(20000)))::int AS rank
  FROM articles a CROSS JOIN generate_series(1, 20) AS k
  WHERE a.url LIKE 'https://bench.example.org/%'
) picks
JOIN entities e ON e.slug = 'bench-' || picks.rank;

INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, updated_at)
SELECT gen_random_uuid(), a.id, e.id, 10, 14, 'Peru', 'gazetteer', now()
FROM articles a, entities e
WHERE a.url LIKE 'https://bench.example.org/%' AND e.slug = 'peru' AND random() < 0.3;

INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, updated_at)
SELECT gen_random_uuid(), a.id, e.id, 20, 33, 'United States', 'gazetteer', now()
FROM articles a, entities e
WHERE a.url LIKE 'https://bench.example.org/%' AND e.slug = 'united-states' AND random() < 0.6;

VACUUM ANALYZE;
SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM entity_aliases) AS aliases,
       (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions;
