-- A synthetic claim corpus for the similar-claims benchmark (bench/claims-similar.ts; results in
-- bench/claims-similar-results.md). Run on a migrated, seeded database:
--   psql "$DATABASE_URL" -v claims=100000 -f bench/claims-similar-data.sql
-- It writes :claims claims over :claims/5 articles (half English, half Spanish, from the seeded sources), each claim a
-- sentence drawn from English or Spanish templates with random subjects among the stored entities (skewed: a few
-- entities are in many claims, as countries are), a claimant (the article's source, or an entity one time in four)
-- and, one time in three, a quantity. The texts are synthetic: they exercise the indexes and the scoring's cost,
-- not its quality (the quality set is the fixture's real pairs, see the results file).
\set ON_ERROR_STOP on
SELECT set_config('meridian.bench_claims', :'claims', false);

BEGIN;
-- The revision triggers would record every generated row; a benchmark corpus needs no history.
SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE bench_entities AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM entities WHERE status = 'accepted';
CREATE TEMP TABLE bench_sources AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM sources;

INSERT INTO articles (id, url, title, body, language, source_id, content_hash, published_at, updated_at, search)
SELECT gen_random_uuid(), 'https://bench.example/claims/' || g, 'Bench article ' || g, 'Bench body ' || g,
       CASE WHEN g % 2 = 0 THEN 'en' ELSE 'es' END,
       (SELECT id FROM bench_sources WHERE n = 1 + g % (SELECT count(*) FROM bench_sources)),
       encode(sha256(('bench' || g)::bytea), 'hex'), now() - (g || ' minutes')::interval, now(), NULL
FROM generate_series(1, current_setting('meridian.bench_claims')::int / 5) AS g;

CREATE TEMP TABLE bench_articles AS
  SELECT row_number() OVER (ORDER BY id) AS n, id, language, source_id FROM articles WHERE url LIKE 'https://bench.example/claims/%';

-- Words for the templates (English, Spanish).
CREATE TEMP TABLE words (lang text, slot text, options text[]);
INSERT INTO words VALUES
  ('en', 'actor', ARRAY['The government', 'The ministry of defence', 'Congress', 'The army', 'Police', 'The president', 'The opposition', 'Officials', 'The central bank', 'Protesters']),
  ('en', 'verb', ARRAY['authorized', 'announced', 'rejected', 'approved', 'denied', 'confirmed', 'suspended', 'reported', 'criticised', 'signed']),
  ('en', 'object', ARRAY['the entry of foreign troops', 'a new lithium contract', 'the state of emergency', 'military exercises', 'the trade agreement', 'the port concession', 'new sanctions', 'the election results', 'a loan from China', 'the mining law']),
  ('en', 'place', ARRAY['in Lima', 'in La Paz', 'in Caracas', 'in Bogotá', 'in Quito', 'in Santiago', 'near the border', 'in the Andes', 'in the Amazon', 'in the capital']),
  ('en', 'unit', ARRAY['soldiers', 'deaths', 'tons', 'people', 'ships', 'million dollars', 'percent', 'detainees', 'kilometres', 'berths']),
  ('es', 'actor', ARRAY['El gobierno', 'El ministerio de defensa', 'El Congreso', 'El ejército', 'La policía', 'El presidente', 'La oposición', 'Los funcionarios', 'El banco central', 'Los manifestantes']),
  ('es', 'verb', ARRAY['autorizó', 'anunció', 'rechazó', 'aprobó', 'negó', 'confirmó', 'suspendió', 'informó', 'criticó', 'firmó']),
  ('es', 'object', ARRAY['el ingreso de tropas extranjeras', 'un nuevo contrato de litio', 'el estado de emergencia', 'ejercicios militares', 'el acuerdo comercial', 'la concesión del puerto', 'nuevas sanciones', 'los resultados electorales', 'un préstamo de China', 'la ley minera']),
  ('es', 'place', ARRAY['en Lima', 'en La Paz', 'en Caracas', 'en Bogotá', 'en Quito', 'en Santiago', 'cerca de la frontera', 'en los Andes', 'en la Amazonía', 'en la capital']),
  ('es', 'unit', ARRAY['soldados', 'muertos', 'toneladas', 'personas', 'buques', 'millones de dólares', 'por ciento', 'detenidos', 'kilómetros', 'muelles']);

CREATE TEMP TABLE bench_claims AS
SELECT gen_random_uuid() AS id, g,
       a.id AS article_id, a.language, a.source_id,
       (g % 3 = 0) AS is_quantity,
       (10 + (hashint8(g) & 4095)) AS value,
       (hashint8(g * 7) & 65535) AS r
FROM generate_series(1, current_setting('meridian.bench_claims')::int) AS g
JOIN bench_articles a ON a.n = 1 + g % (SELECT count(*) FROM bench_articles);

-- The search vector is written here as the claims_search_update trigger (off under the replica role) would write it.
INSERT INTO claims (id, article_id, text, claimant_entity_id, claimant_source_id, kind, value, unit, bound, modality,
                    evidence_start, evidence_end, status, method, confidence, review_status, updated_at, search)
SELECT id, article_id, text, claimant_entity_id, claimant_source_id, kind, value, unit, bound,
       'asserted', 0, 10, 'unverified', 'auto', 0.7, 'proposed', now(), claims_search_vector(text, NULL, language)
FROM (
SELECT c.id, c.article_id, c.language,
       CASE WHEN c.is_quantity THEN
         (SELECT options[1 + c.r % 10] FROM words WHERE lang = c.language AND slot = 'actor') ||
         CASE WHEN c.language = 'en' THEN ' reported ' ELSE ' informó ' END ||
         to_char(c.value, 'FM999G999') || ' ' ||
         (SELECT options[1 + (c.r / 10) % 10] FROM words WHERE lang = c.language AND slot = 'unit') || ' ' ||
         (SELECT options[1 + (c.r / 100) % 10] FROM words WHERE lang = c.language AND slot = 'place') ||
         CASE WHEN c.language = 'en' THEN ' since ' ELSE ' desde ' END || (2000 + c.r % 24) || '.'
       ELSE
         (SELECT options[1 + c.r % 10] FROM words WHERE lang = c.language AND slot = 'actor') || ' ' ||
         (SELECT options[1 + (c.r / 10) % 10] FROM words WHERE lang = c.language AND slot = 'verb') || ' ' ||
         (SELECT options[1 + (c.r / 100) % 10] FROM words WHERE lang = c.language AND slot = 'object') || ' ' ||
         (SELECT options[1 + (c.r / 1000) % 10] FROM words WHERE lang = c.language AND slot = 'place') || '.'
       END AS text,
       CASE WHEN c.r % 4 = 0 THEN (SELECT id FROM bench_entities WHERE n = 1 + (c.r / 7) % (SELECT count(*) FROM bench_entities)) END AS claimant_entity_id,
       CASE WHEN c.r % 4 = 0 THEN NULL ELSE c.source_id END AS claimant_source_id,
       CASE WHEN c.is_quantity THEN 'quantity' ELSE 'event' END::claim_kind AS kind,
       CASE WHEN c.is_quantity THEN c.value END AS value,
       CASE WHEN c.is_quantity THEN (SELECT options[1 + (c.r / 10) % 10] FROM words WHERE lang = c.language AND slot = 'unit') END AS unit,
       CASE WHEN c.is_quantity THEN 'exact' END::quantity_bound AS bound
FROM bench_claims c) generated;

-- One to three subjects per claim; the first among the 20 most frequent entities half of the time (skew).
INSERT INTO claim_subjects (claim_id, entity_id)
SELECT DISTINCT c.id, e.id
FROM bench_claims c
CROSS JOIN LATERAL generate_series(0, c.r % 3) AS k
JOIN bench_entities e ON e.n = 1 + CASE WHEN k = 0 AND c.r % 2 = 0 THEN (c.r / 3) % 20
                                       ELSE hashint8(c.g * 31 + k) & 65535 END % (SELECT count(*) FROM bench_entities);
COMMIT;

ANALYZE claims;
ANALYZE claim_subjects;
ANALYZE articles;
SELECT count(*) AS claims FROM claims;
