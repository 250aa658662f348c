-- A change's body is stored once for every endpoint, also when watches fan it out. The only per-endpoint part of a
-- change event is `data.watchIds` (the receiver's watches the change matched): with watch fan-out nearly every
-- delivery had a body of its own (1.3 kB each, ~7,600 per dispatch transaction in the issue's benchmark). The
-- delivery row now carries its watch ids and the body is composed when it is sent (the stored body with
-- `data.watchIds` replaced, serialised by PostgreSQL: the same bytes on every attempt). NULL: the body is sent as
-- stored (plain events, pings, and deliveries recorded before this migration, whose bodies hold their watch ids).
ALTER TABLE "webhook_deliveries" ADD COLUMN "watch_ids" UUID[];
