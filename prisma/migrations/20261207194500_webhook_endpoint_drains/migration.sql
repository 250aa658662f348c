-- Deliveries are drained per endpoint (one job per endpoint with work, job_key = the endpoint) instead of one job per
-- delivery: the drain reads "the due deliveries of endpoint X, oldest first". Undelivered deliveries are few beside
-- the delivered ones that the log keeps, so the index holds only those (pending or retrying).
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"("webhook_id", "id") WHERE "status" IN ('pending', 'retrying');

-- Jobs of the per-delivery task are dropped: the delivery rows are the durable record, and every process schedules a
-- drain for each endpoint with deliveries left when its queue starts (src/plugins/push.ts).
DO $$
BEGIN
  IF to_regclass('graphile_worker.jobs') IS NOT NULL THEN
    PERFORM graphile_worker.complete_jobs(ARRAY(
      SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'webhook_delivery' AND locked_at IS NULL));
  END IF;
END;
$$;
