// The PostgreSQL job queue (graphile-worker, chosen over pg-boss by measurement: bench/push-results.md). Jobs live in
// the `graphile_worker` schema of the same database, so a service enqueues them in the transaction that records why
// (delivery rows and the drain of their endpoint commit together or not at all: `enqueueSql` below).
//
// graphile-worker releases a job locked by a worker that died only after four hours. Each process therefore records
// its workers in `job_workers` with a heartbeat; any process that finds a worker silent for `staleWorkerMs` releases
// that worker's jobs (graphile's forceUnlockWorkers) so another worker retries them within seconds of a kill -9.
import { EventEmitter } from 'node:events';
import { Logger, makeWorkerUtils, type Runner, run, runMigrations } from 'graphile-worker';
import pg from 'pg';

export type JobHandler = (payload: unknown) => Promise<void>;

export type JobQueueOptions = {
  databaseUrl: string;
  /** Jobs run at once in this process. */
  concurrency: number;
  /** A worker not seen for this long is taken as dead and its jobs are released. */
  staleWorkerMs: number;
  tasks: Record<string, JobHandler>;
  onError: (error: unknown) => void;
};

/**
 * SQL that enqueues a job inside the caller's transaction: `$1` task, `$2` payload (json), `$3` run at, `$4` job key,
 * also its named queue (jobs of one key run one at a time), `$5` job key mode ('replace' or 'preserve_run_at').
 */
export const enqueueSql =
  'SELECT graphile_worker.add_job($1::text, $2::json, queue_name := $4::text, run_at := $3::timestamptz, job_key := $4::text, max_attempts := 25, job_key_mode := $5::text)';

/** Installs or upgrades the queue's own schema (idempotent; graphile-worker serialises concurrent callers). */
export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: quietLogger(() => {}) });
}

function quietLogger(onError: (error: unknown) => void): Logger {
  // graphile-worker logs through its own logger; only its errors matter here, and they carry no payloads or secrets.
  return new Logger(() => (level, message) => {
    if (level === 'error') onError(new Error(message));
  });
}

/** Starts workers for `tasks`; `stop` waits for running jobs to finish (graceful) and releases the connections. */
export async function startJobQueue(options: JobQueueOptions): Promise<{ stop: () => Promise<void> }> {
  // With the local queue the pool only fetches and completes jobs in batches (handlers use the app's own pool): a few
  // connections serve any concurrency.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: Math.min(options.concurrency, 8) + 3 });
  // A connection that breaks (database restart) must not crash the process: report it, the pool replaces it.
  pool.on('error', options.onError);
  pool.on('connect', (client) => client.on('error', options.onError));
  const workerIds = new Set<string>();
  const events = new EventEmitter();
  // Jobs are locked in the name of the worker pool (graphile-worker ≥ 0.17 fetches them in batches per pool) or of a
  // single worker: both kinds of id are recorded.
  events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => workerIds.add(workerPool.id));
  events.on('pool:release', ({ workerPool }: { workerPool: { id: string } }) => workerIds.delete(workerPool.id));
  events.on('worker:create', ({ worker }: { worker: { workerId: string } }) => workerIds.add(worker.workerId));
  events.on('worker:release', ({ worker }: { worker: { workerId: string } }) => workerIds.delete(worker.workerId));
  const utils = await makeWorkerUtils({ pgPool: pool, logger: quietLogger(options.onError) });

  async function heartbeat() {
    if (workerIds.size > 0)
      await pool.query(
        `INSERT INTO job_workers (worker_id, seen_at) SELECT unnest($1::text[]), now()
         ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
        [[...workerIds]],
      );
    const { rows } = await pool.query<{ worker_id: string }>(
      `DELETE FROM job_workers WHERE seen_at < now() - make_interval(secs => $1::double precision / 1000) AND NOT (worker_id = ANY($2::text[]))
       RETURNING worker_id`,
      [options.staleWorkerMs, [...workerIds]],
    );
    if (rows.length > 0) await utils.forceUnlockWorkers(rows.map((row) => row.worker_id));
  }

  const runner: Runner = await run({
    pgPool: pool,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    // Jobs are fetched for the whole pool in batches (one query locks up to `concurrency` of them, released like any
    // pool's locks when the process dies: the heartbeat above) and completed in batches: at hundreds of deliveries a
    // second, one get-job and one complete-job statement per job were most of the queue's cost.
    preset: {
      worker: {
        localQueue: { size: Math.max(2, options.concurrency) },
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
      },
    },
    events: events as never,
    logger: quietLogger(options.onError),
    taskList: Object.fromEntries(
      Object.entries(options.tasks).map(([name, handler]) => [name, (payload: unknown) => handler(payload)]),
    ),
  });
  const beat = () => heartbeat().catch(options.onError);
  await beat();
  const timer = setInterval(beat, Math.max(200, Math.floor(options.staleWorkerMs / 3)));
  timer.unref();

  return {
    stop: async () => {
      clearInterval(timer);
      await runner.stop();
      await pool.query('DELETE FROM job_workers WHERE worker_id = ANY($1::text[])', [[...workerIds]]).catch(() => {});
      await utils.release();
      await pool.end();
    },
  };
}
