-- CreateEnum
CREATE TYPE "webhook_status" AS ENUM ('enabled', 'disabled');

-- CreateEnum
CREATE TYPE "webhook_delivery_status" AS ENUM ('pending', 'retrying', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "watch_kind" AS ENUM ('entity', 'source', 'claim');

-- CreateTable
CREATE TABLE "webhooks" (
    "id" UUID NOT NULL,
    "owner_key_id" UUID NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "description" VARCHAR(500),
    "event_types" TEXT[],
    "watch_ids" UUID[],
    "secret" VARCHAR(100) NOT NULL,
    "previous_secret" VARCHAR(100),
    "previous_secret_expires_at" TIMESTAMPTZ(3),
    "status" "webhook_status" NOT NULL DEFAULT 'enabled',
    "disabled_reason" VARCHAR(1000),
    "disabled_at" TIMESTAMPTZ(3),
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
    "failing_since" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "revision_id" BIGINT,
    "payload" JSONB NOT NULL,
    "status" "webhook_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_latency_ms" INTEGER,
    "last_error" VARCHAR(1000),
    "last_attempt_at" TIMESTAMPTZ(3),
    "next_attempt_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "watches" (
    "id" UUID NOT NULL,
    "owner_key_id" UUID NOT NULL,
    "kind" "watch_kind" NOT NULL,
    "target_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "watches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "push_dispatch_cursors" (
    "name" VARCHAR(50) NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "revision_id" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "push_dispatch_cursors_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "job_workers" (
    "worker_id" VARCHAR(100) NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_workers_pkey" PRIMARY KEY ("worker_id")
);

-- CreateIndex
CREATE INDEX "webhooks_owner_key_id_id_idx" ON "webhooks"("owner_key_id", "id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_webhook_id_id_idx" ON "webhook_deliveries"("webhook_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_revision_id_key" ON "webhook_deliveries"("webhook_id", "revision_id");

-- CreateIndex
CREATE INDEX "watches_kind_target_id_idx" ON "watches"("kind", "target_id");

-- CreateIndex
CREATE INDEX "watches_owner_key_id_id_idx" ON "watches"("owner_key_id", "id");

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_owner_key_id_fkey" FOREIGN KEY ("owner_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "watches" ADD CONSTRAINT "watches_owner_key_id_fkey" FOREIGN KEY ("owner_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Everything below is written by hand: Prisma does not model CHECK constraints.

-- A webhook listens to something: event types, watches, or both.
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_listens_check" CHECK (
  cardinality("event_types") > 0 OR cardinality("watch_ids") > 0);
-- A disabled webhook says why; an enabled one carries no stale reason.
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_disabled_check" CHECK (
  ("status" = 'disabled') = ("disabled_reason" IS NOT NULL));
-- The previous secret is only kept together with the moment it stops being valid.
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_previous_secret_check" CHECK (
  ("previous_secret" IS NULL) = ("previous_secret_expires_at" IS NULL));
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_attempts_check" CHECK ("attempts" >= 0);

-- The dispatcher starts at the end of the change feed as it stands when push delivery is installed: webhooks hear of
-- changes made after they exist, not of the store's whole history.
INSERT INTO "push_dispatch_cursors" ("name", "transaction_id", "revision_id")
SELECT 'webhooks', coalesce(max_row.transaction_id, 0), coalesce(max_row.id, 0)
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (SELECT transaction_id, id FROM "revisions" ORDER BY transaction_id DESC, id DESC LIMIT 1) AS max_row ON true;
