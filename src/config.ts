import 'dotenv/config';
import { getHeapStatistics } from 'node:v8';
import { z } from 'zod';

// The one place that reads process.env. Everything else receives the parsed, typed Config.
const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Comma-separated streaming replicas of DATABASE_URL; empty: every query goes to DATABASE_URL.
  DATABASE_READ_URLS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url.length > 0),
    )
    .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/ }))),
  DATABASE_READ_MAX_LAG_MS: z.coerce.number().int().min(0).default(10_000),
  DATABASE_READ_MAX_LAG_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  DATABASE_READ_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  DATABASE_READ_CHECK_INTERVAL_MS: z.coerce.number().int().min(50).default(1000),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).default('.data/postgres'),
  SEED_FIXTURE: z.stringbool().default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SHUTDOWN_READINESS_DELAY_MS: z.coerce.number().int().min(0).default(0),
  READS_REQUIRE_KEY: z.stringbool().default(false),
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(24),
  RATE_LIMIT_READ_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WRITE_MAX: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  CORS_ORIGINS: z.string().default(''),
  MAX_URL_LENGTH: z.coerce.number().int().min(256).max(65_536).default(4096),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  DB_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  BODY_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().min(0).default(1000),
  PRESSURE_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0),
  // Past 90% of V8's heap limit the process is near an out-of-memory crash: shedding is better.
  PRESSURE_MAX_HEAP_USED_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(Math.floor(getHeapStatistics().heap_size_limit * 0.9)),
  PRESSURE_MAX_RSS_BYTES: z.coerce.number().int().min(0).default(0),
  METRICS_PUBLIC: z.stringbool().default(false),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 ** 3),
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(250),
  IMPORT_BATCH_MAX_WAIT_MS: z.coerce.number().int().min(0).default(250),
  IMPORT_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(1000).default(3),
  // The linker's DEFAULT_MIN_PROPOSAL_CONFIDENCE (tests/ner.test.ts checks they agree).
  NER_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
  PUSH_IN_PROCESS: z.stringbool().default(true),
  PUSH_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(250),
  PUSH_DISPATCH_BATCH: z.coerce.number().int().min(1).max(5000).default(500),
  PUSH_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(64),
  PUSH_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  PUSH_DRAIN_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  // Default: half of DATABASE_POOL_MAX (at least 1), the rest left to requests, imports and the dispatcher.
  PUSH_DRAIN_CONNECTIONS: z.coerce.number().int().min(1).max(200).optional(),
  PUSH_STALE_WORKER_MS: z.coerce.number().int().min(500).default(30_000),
  PUSH_STREAM_MAX: z.coerce.number().int().min(0).default(100),
  PUSH_STREAM_POLL_MS: z.coerce.number().int().min(10).default(500),
  PUSH_STREAM_HEARTBEAT_MS: z.coerce.number().int().min(100).default(15_000),
  PUSH_STREAM_MAX_MS: z.coerce.number().int().min(100).default(300_000),
  WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(0).default(10_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(6 * 3_600_000),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(50),
  WEBHOOK_DISABLE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(24 * 3_600_000),
  WEBHOOK_SECRET_GRACE_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
});

/** Requests per window and client (API key, else IP), reads and writes counted apart; 0 turns a budget off. */
export type RateLimitConfig = {
  readMax: number;
  writeMax: number;
  windowMs: number;
  redisUrl?: string;
  /** The prefix of the rate-limit counters' keys in Redis (tests give each app its own). */
  redisNamespace: string;
};
/** How long the parts of an exchange may take (0: no limit where allowed). */
export type TimeoutConfig = {
  /** From a request's arrival to the start of its response (503 response_timeout); 0 turns it off. */
  requestMs: number;
  /** To receive the request line and headers (408 request_timeout). */
  headersMs: number;
  /** To receive the whole request; for long-running routes (streamed imports), the longest pause in its body (408). */
  bodyMs: number;
};
/** Streaming replicas that serve the reads which tolerate replication lag (src/db/replicas.ts). */
export type ReadReplicaConfig = {
  /** Connection URLs of the replicas; empty: no replicas, every query goes to the primary. */
  urls: string[];
  /** A replica further behind the primary than this (time, bytes of WAL) leaves rotation until it catches up; 0: no limit. */
  maxLagMs: number;
  maxLagBytes: number;
  /** How long a read that sends a consistency token waits for a replica to replay that far before it goes to the primary. */
  waitMs: number;
  /** How often each replica's health and lag are measured. */
  checkIntervalMs: number;
};
/** Thresholds above which requests are shed with 503; 0 turns a check off. */
export type PressureConfig = {
  maxEventLoopDelayMs: number;
  maxEventLoopUtilization: number;
  maxHeapUsedBytes: number;
  maxRssBytes: number;
  sampleIntervalMs?: number;
};

/** Push delivery: the change-feed dispatcher, the delivery workers and the rules of outbound requests (see README, "Webhooks and watches"). */
export type PushConfig = {
  /** Run the dispatcher and the delivery workers inside the API process (else run `npm run worker`). */
  inProcess: boolean;
  dispatchIntervalMs: number;
  dispatchBatch: number;
  /** Endpoints drained at once per process (one job each). */
  workerConcurrency: number;
  /** Requests in flight at once to one endpoint, and deliveries read per statement by its drain. */
  endpointConcurrency: number;
  drainBatch: number;
  /**
   * The process's drains use at most this many of the app's pooled connections at once (reads and outcome records);
   * the others wait in the process rather than in the pool, ahead of the import's and the dispatcher's transactions.
   */
  drainConnections: number;
  /** A job-queue worker silent this long is taken as dead and its jobs are retried by others. */
  staleWorkerMs: number;
  /** GET /v1/changes/stream: streams open at once (one more gets 429), how often each polls the feed, how often an idle
   * one sends a heartbeat comment, and how long one lasts before it closes (the client resumes with Last-Event-ID). */
  stream: { max: number; pollMs: number; heartbeatMs: number; maxMs: number };
  /** Hosts exempt from the private-address (SSRF) check, e.g. `127.0.0.1` for a local test receiver. */
  allowedHosts: string[];
  timeoutMs: number;
  maxResponseBytes: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  disableAfterFailures: number;
  disableAfterMs: number;
  secretGraceMs: number;
};

export type Config = {
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  readReplicas: ReadReplicaConfig;
  embeddedPostgres: { port: number; dataDir: string };
  seedFixture: boolean;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /**
   * On SIGTERM, how long /readyz answers 503 while every other request is still served, before the drain begins: a
   * load balancer polling /readyz stops sending in that time. 0: the drain begins at once. Counts in SHUTDOWN_TIMEOUT_MS.
   */
  shutdownReadinessDelayMs: number;
  /** Writes always need a key; reads only when this is set. */
  readsRequireKey: boolean;
  idempotencyTtlHours: number;
  rateLimit: RateLimitConfig;
  /** Origins allowed to call the API from a browser; empty: no CORS headers at all. */
  corsOrigins: string[];
  /** Longest accepted request target (path and query string), in characters. */
  maxUrlLength: number;
  /** PostgreSQL statement_timeout of every pooled connection; 0 turns it off. */
  statementTimeoutMs: number;
  /** How long a request waits for a pooled database connection (or for a new one to open) before a 503. */
  poolTimeoutMs: number;
  /** Request and connection time limits; see src/plugins/timeouts.ts. */
  timeouts: TimeoutConfig;
  pressure: PressureConfig;
  /** Serve /metrics without a key; otherwise it needs the admin scope. */
  metricsPublic: boolean;
  /** The largest NDJSON body POST /v1/imports reads (it streams; the JSON body limit does not apply). */
  importMaxBytes: number;
  /** Lines per import transaction, and how long a partly filled batch may wait before it is written. */
  importBatch: { size: number; maxWaitMs: number };
  /** Worker threads that prepare import lines; 0: on the main thread. */
  importWorkers: number;
  /** Exports streaming at once (each holds a pooled connection while it streams); one more is answered 503. */
  exportMaxConcurrent: number;
  /** A name NER or the patterns find is proposed only when its confidence in the article reaches this (0–1). */
  nerMinConfidence: number;
  push: PushConfig;
};

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a .env file or compose file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = EnvironmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  const env = parsed.data;
  // Replicas of the embedded PostgreSQL cannot exist: it is started by this process, and only for one node.
  if (env.DATABASE_READ_URLS.length > 0 && env.DATABASE_URL === undefined)
    throw new Error(
      'Invalid configuration in the environment:\n  DATABASE_READ_URLS: needs DATABASE_URL (the primary)',
    );
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    readReplicas: {
      urls: env.DATABASE_READ_URLS,
      maxLagMs: env.DATABASE_READ_MAX_LAG_MS,
      maxLagBytes: env.DATABASE_READ_MAX_LAG_BYTES,
      waitMs: env.DATABASE_READ_WAIT_MS,
      checkIntervalMs: env.DATABASE_READ_CHECK_INTERVAL_MS,
    },
    embeddedPostgres: { port: env.EMBEDDED_POSTGRES_PORT, dataDir: env.EMBEDDED_POSTGRES_DIR },
    seedFixture: env.SEED_FIXTURE,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    shutdownReadinessDelayMs: env.SHUTDOWN_READINESS_DELAY_MS,
    readsRequireKey: env.READS_REQUIRE_KEY,
    idempotencyTtlHours: env.IDEMPOTENCY_TTL_HOURS,
    rateLimit: {
      readMax: env.RATE_LIMIT_READ_MAX,
      writeMax: env.RATE_LIMIT_WRITE_MAX,
      windowMs: env.RATE_LIMIT_WINDOW_MS,
      redisUrl: env.REDIS_URL,
      redisNamespace: 'meridian:ratelimit:',
    },
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    maxUrlLength: env.MAX_URL_LENGTH,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    poolTimeoutMs: env.DB_POOL_TIMEOUT_MS,
    timeouts: { requestMs: env.REQUEST_TIMEOUT_MS, headersMs: env.HEADERS_TIMEOUT_MS, bodyMs: env.BODY_TIMEOUT_MS },
    pressure: {
      maxEventLoopDelayMs: env.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: env.PRESSURE_MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes: env.PRESSURE_MAX_HEAP_USED_BYTES,
      maxRssBytes: env.PRESSURE_MAX_RSS_BYTES,
    },
    metricsPublic: env.METRICS_PUBLIC,
    importMaxBytes: env.IMPORT_MAX_BYTES,
    importBatch: { size: env.IMPORT_BATCH_SIZE, maxWaitMs: env.IMPORT_BATCH_MAX_WAIT_MS },
    importWorkers: env.IMPORT_WORKERS,
    exportMaxConcurrent: env.EXPORT_MAX_CONCURRENT,
    nerMinConfidence: env.NER_MIN_CONFIDENCE,
    push: {
      inProcess: env.PUSH_IN_PROCESS,
      dispatchIntervalMs: env.PUSH_DISPATCH_INTERVAL_MS,
      dispatchBatch: env.PUSH_DISPATCH_BATCH,
      workerConcurrency: env.PUSH_WORKER_CONCURRENCY,
      endpointConcurrency: env.PUSH_ENDPOINT_CONCURRENCY,
      drainBatch: env.PUSH_DRAIN_BATCH,
      drainConnections: Math.min(
        env.DATABASE_POOL_MAX,
        env.PUSH_DRAIN_CONNECTIONS ?? Math.max(1, Math.floor(env.DATABASE_POOL_MAX / 2)),
      ),
      staleWorkerMs: env.PUSH_STALE_WORKER_MS,
      stream: {
        max: env.PUSH_STREAM_MAX,
        pollMs: env.PUSH_STREAM_POLL_MS,
        heartbeatMs: env.PUSH_STREAM_HEARTBEAT_MS,
        maxMs: env.PUSH_STREAM_MAX_MS,
      },
      allowedHosts: env.WEBHOOK_ALLOWED_HOSTS.split(',')
        .map((host) =>
          host
            .trim()
            .replace(/^\[|\]$/g, '')
            .toLowerCase(),
        )
        .filter((host) => host.length > 0),
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      maxResponseBytes: env.WEBHOOK_MAX_RESPONSE_BYTES,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: env.WEBHOOK_RETRY_MAX_MS,
      disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
      disableAfterMs: env.WEBHOOK_DISABLE_AFTER_MS,
      secretGraceMs: env.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000,
    },
  };
}
