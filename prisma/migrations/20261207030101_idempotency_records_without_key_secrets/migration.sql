-- Written by hand: no schema change. Until now the response of POST /v1/keys — the new key's full secret — was kept in
-- plain text in idempotency_records for an Idempotency-Key replay (up to IDEMPOTENCY_TTL_HOURS). The app keeps no body
-- for it any more (the route setting `secretInResponse`, src/plugins/idempotency.ts); this forgets what was kept. The
-- status and Location stay, so a retry after the upgrade is told what was created (409 secret_not_replayable), as
-- one after a new request would be.
UPDATE "idempotency_records" SET "response_body" = NULL WHERE "method" = 'POST' AND "path" ~ '^/v1/keys/?($|\?)';
