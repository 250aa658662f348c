-- A change's webhook body is stored once, not once per endpoint that receives it. The dispatcher serialises one body
-- per change and set of matched watches; a change going to 100 webhooks wrote it 100 times into webhook_deliveries,
-- and every attempt's update of a delivery row copied it again (a 1-2 kB body inline in the row). Deliveries now
-- point at their body in webhook_payloads; the rows the worker updates hold only the delivery's own state.
-- A body no delivery points at any more (its webhooks deleted) is deleted with the last of them (statement trigger).

CREATE TABLE "webhook_payloads" (
    "id" UUID NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_payloads_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "webhook_deliveries" ADD COLUMN "payload_id" UUID;

-- Existing deliveries keep their own body, under their own id.
INSERT INTO "webhook_payloads" ("id", "body", "created_at")
SELECT "id", "payload", "created_at" FROM "webhook_deliveries";
UPDATE "webhook_deliveries" SET "payload_id" = "id";

ALTER TABLE "webhook_deliveries" ALTER COLUMN "payload_id" SET NOT NULL;
ALTER TABLE "webhook_deliveries" DROP COLUMN "payload";
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_payload_id_fkey"
    FOREIGN KEY ("payload_id") REFERENCES "webhook_payloads"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "webhook_deliveries_payload_id_idx" ON "webhook_deliveries"("payload_id");

CREATE OR REPLACE FUNCTION meridian_webhook_payloads_release() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM webhook_payloads p
  USING (SELECT DISTINCT payload_id FROM old_rows) o
  WHERE p.id = o.payload_id
    AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.payload_id = o.payload_id);
  RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_deliveries_release_payloads AFTER DELETE ON webhook_deliveries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meridian_webhook_payloads_release();
