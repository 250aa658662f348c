-- The review queue of mentions (`GET /v1/mentions?status=proposed|rejected`, keyset by id) is the only reader of the
-- (status, id) index, and accepted mentions are nearly all of them (every gazetteer link): indexing those cost 86 MB of
-- 660 MB for mentions at 100k articles (bench/RESULTS.md, footprint). The index now holds only the mentions a reviewer
-- has to look at; a listing of accepted mentions walks the primary key, where nearly every row matches.
DROP INDEX "mentions_status_id_idx";
CREATE INDEX "mentions_status_id_idx" ON "mentions"("status", "id") WHERE "status" <> 'accepted';
