import 'dotenv/config';
import { z } from 'zod';

// The one place that reads process.env. Everything else receives the parsed, typed Config.
const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).default('.data/postgres'),
  SEED_FIXTURE: z.stringbool().default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  READS_REQUIRE_KEY: z.stringbool().default(false),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().min(1).max(24 * 30).default(24),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(1024 ** 3),
});

export type Config = {
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  embeddedPostgres: { port: number; dataDir: string };
  seedFixture: boolean;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** Writes always need a key; reads only when this is set. */
  readsRequireKey: boolean;
  idempotencyTtlHours: number;
  /** The largest NDJSON body POST /v1/imports reads (it streams; the JSON body limit does not apply). */
  importMaxBytes: number;
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
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    embeddedPostgres: { port: env.EMBEDDED_POSTGRES_PORT, dataDir: env.EMBEDDED_POSTGRES_DIR },
    seedFixture: env.SEED_FIXTURE,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    readsRequireKey: env.READS_REQUIRE_KEY,
    idempotencyTtlHours: env.IDEMPOTENCY_TTL_HOURS,
    importMaxBytes: env.IMPORT_MAX_BYTES,
  };
}
