import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Database = PrismaClient;
/** Plain parameterised SQL on the connections Prisma uses, for the few hot reads that skip Prisma (see articles.repository.ts). */
export type SqlPool = Pick<pg.Pool, 'query' | 'connect'>;

/** How long scripts and tests wait for a connection; the app's pool takes DB_POOL_TIMEOUT_MS instead. */
const connectionTimeoutMillis = 5_000;

/** A Prisma client with a pool of its own (scripts, seeding, tests). */
export function createDatabaseClient(databaseUrl: string, poolMax = 10): Database {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolMax, connectionTimeoutMillis });
  return new PrismaClient({ adapter });
}

/** How many connections the pool holds, how many of them are idle, and how many callers wait for one. */
export type PoolStats = { total: number; idle: number; waiting: number };

/**
 * The app's connections: one pg pool shared by the Prisma client and by plain SQL. `close` ends both, Prisma first.
 * `statementTimeoutMs` (0: none) is sent as each connection's statement_timeout, so no single query can hold a
 * connection for longer; PostgreSQL cancels it with SQLSTATE 57014. `poolTimeoutMs` bounds the wait for a connection
 * (a free one, or a new one to open): past it the query fails with "timeout exceeded when trying to connect" (503).
 */
export function openDatabase(
  databaseUrl: string,
  poolMax = 10,
  options: { statementTimeoutMs?: number; poolTimeoutMs?: number } = {},
): { db: Database; pool: SqlPool; stats: () => PoolStats; close: () => Promise<void> } {
  const statementTimeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolMax,
    connectionTimeoutMillis: options.poolTimeoutMs ?? connectionTimeoutMillis,
    ...statementTimeout,
  });
  // An idle connection the server closed (restart, failover) is dropped from the pool, and the next query opens a new
  // one; without a listener its 'error' event would crash the process. Errors of queries reach their callers as usual.
  pool.on('error', () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    pool,
    stats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
