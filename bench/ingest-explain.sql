-- Where a batch's database time goes: re-inserts copies of 250 stored articles (new ids and URLs) with their mentions
-- and claims, each INSERT under EXPLAIN ANALYZE (which times every trigger), then the claims' revisions as an import
-- records them (meridian_revision_flush(), then the commit-time triggers, which SET CONSTRAINTS ALL IMMEDIATE fires
-- inside the transaction), then rolls everything back; later blocks time the same work with parts switched off, and
-- the revisions by the commit-time trigger alone. Run it on a database an
-- import filled (bench/ingest-run.sh with KEEP_DB=1):
--   psql -h 127.0.0.1 -U postgres -d bench_ingest_NNN -f bench/ingest-explain.sql
\timing on
BEGIN;
SELECT set_config('meridian.actor', '{"operation":"import"}', true);
CREATE TEMP TABLE copy_map ON COMMIT DROP AS
  SELECT id AS old_id, gen_random_uuid() AS new_id FROM (SELECT id FROM articles ORDER BY id LIMIT 250) a;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO articles (id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash, updated_at)
  SELECT m.new_id, a.url || '#copy', a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.source_id, a.content_hash, a.minhash, now()
  FROM copy_map m JOIN articles a ON a.id = m.old_id;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO article_minhash_bands (band, key, article_id)
  SELECT b.band, b.key, m.new_id FROM copy_map m JOIN article_minhash_bands b ON b.article_id = m.old_id;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, confidence, status, updated_at)
  SELECT gen_random_uuid(), m.new_id, x.entity_id, x.start, x."end", x.surface, x.method, x.confidence, x.status, now()
  FROM copy_map m JOIN mentions x ON x.article_id = m.old_id;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO claims (id, article_id, text, quote, claimant_entity_id, claimant_source_id, kind, value, unit, modality, evidence_start, evidence_end,
                    status, method, confidence, review_status, updated_at)
  SELECT gen_random_uuid(), m.new_id, c.text, c.quote, c.claimant_entity_id, c.claimant_source_id, c.kind, c.value, c.unit, c.modality, c.evidence_start,
         c.evidence_end, c.status, c.method, c.confidence, c.review_status, now()
  FROM copy_map m JOIN claims c ON c.article_id = m.old_id;
SELECT count(*) AS pending_revisions FROM revision_pending;
-- The claims' revisions as an import records them: one set-based statement before COMMIT …
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT meridian_revision_flush();
-- … after which the deferred per-claim trigger calls find nothing pending (SET CONSTRAINTS ALL IMMEDIATE fires them).
SET CONSTRAINTS ALL IMMEDIATE;
ROLLBACK;

-- For comparison, the same revisions recorded by the commit-time trigger alone (one call per claim).
BEGIN;
SELECT set_config('meridian.actor', '{"operation":"import"}', true);
CREATE TEMP TABLE copy_map ON COMMIT DROP AS
  SELECT id AS old_id, gen_random_uuid() AS new_id FROM (SELECT id FROM articles ORDER BY id LIMIT 250) a;
ALTER TABLE articles DISABLE TRIGGER USER;
INSERT INTO articles (id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash, updated_at)
  SELECT m.new_id, a.url || '#copy', a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.source_id, a.content_hash, a.minhash, now()
  FROM copy_map m JOIN articles a ON a.id = m.old_id;
INSERT INTO claims (id, article_id, text, quote, claimant_entity_id, claimant_source_id, kind, value, unit, modality, evidence_start, evidence_end,
                    status, method, confidence, review_status, updated_at)
  SELECT gen_random_uuid(), m.new_id, c.text, c.quote, c.claimant_entity_id, c.claimant_source_id, c.kind, c.value, c.unit, c.modality, c.evidence_start,
         c.evidence_end, c.status, c.method, c.confidence, c.review_status, now()
  FROM copy_map m JOIN claims c ON c.article_id = m.old_id;
SET CONSTRAINTS ALL IMMEDIATE;
ROLLBACK;

-- The same article insert with the search trigger off: what the tsvector costs.
BEGIN;
ALTER TABLE articles DISABLE TRIGGER articles_search_update;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO articles (id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash, updated_at)
  SELECT gen_random_uuid(), a.url || '#copy', a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.source_id, a.content_hash, a.minhash, now()
  FROM (SELECT * FROM articles ORDER BY id LIMIT 250) a;
ROLLBACK;
-- The same with every trigger off (indexes and constraints only).
BEGIN;
ALTER TABLE articles DISABLE TRIGGER USER;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO articles (id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash, updated_at)
  SELECT gen_random_uuid(), a.url || '#copy', a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.source_id, a.content_hash, a.minhash, now()
  FROM (SELECT * FROM articles ORDER BY id LIMIT 250) a;
ROLLBACK;
BEGIN;
ALTER TABLE mentions DISABLE TRIGGER USER;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO mentions (id, article_id, entity_id, start, "end", surface, method, confidence, status, updated_at)
  SELECT gen_random_uuid(), x.article_id, x.entity_id, x.start + 100000, x."end" + 100000, x.surface, x.method, x.confidence, x.status, now()
  FROM mentions x WHERE x.article_id IN (SELECT id FROM articles ORDER BY id LIMIT 250);
ROLLBACK;
BEGIN;
ALTER TABLE claims DISABLE TRIGGER USER;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
INSERT INTO claims (id, article_id, text, quote, claimant_entity_id, claimant_source_id, kind, value, unit, modality, evidence_start, evidence_end,
                    status, method, confidence, review_status, updated_at)
  SELECT gen_random_uuid(), c.article_id, c.text, c.quote, c.claimant_entity_id, c.claimant_source_id, c.kind, c.value, c.unit, c.modality, c.evidence_start,
         c.evidence_end, c.status, c.method, c.confidence, c.review_status, now()
  FROM claims c WHERE c.article_id IN (SELECT id FROM articles ORDER BY id LIMIT 250);
ROLLBACK;
