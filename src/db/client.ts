import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { ReadReplicaConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { openReadReplicas, type ReadReplicas } from './replicas.ts';

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
  options: { statementTimeoutMs?: number; poolTimeoutMs?: number; readReplicas?: ReadReplicaConfig } = {},
): {
  db: Database;
  pool: SqlPool;
  /** The primary's client and pool: the transaction helper writes there (the same as `db` and `pool` without replicas). */
  primary: { db: Database; pool: SqlPool };
  /** Null without DATABASE_READ_URLS. */
  replicas: ReadReplicas | null;
  stats: () => PoolStats;
  close: () => Promise<void>;
} {
  const statementTimeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  const poolOptions = {
    max: poolMax,
    connectionTimeoutMillis: options.poolTimeoutMs ?? connectionTimeoutMillis,
    ...statementTimeout,
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, ...poolOptions });
  // An idle connection the server closed (restart, failover) is dropped from the pool, and the next query opens a new
  // one; without a listener its 'error' event would crash the process. Errors of queries reach their callers as usual.
  pool.on('error', () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  const urls = options.readReplicas?.urls ?? [];
  const replicas =
    options.readReplicas && urls.length > 0 ? openReadReplicas(pool, options.readReplicas, poolOptions) : null;
  // With replicas, the client the repositories read through sends each query where its request's reads go.
  const routedDb = replicas ? new PrismaClient({ adapter: new PrismaPg(replicas.routing) }) : db;
  return {
    db: routedDb,
    pool: replicas?.routing ?? pool,
    primary: { db, pool },
    replicas,
    stats: () => {
      const replicaStats = replicas?.poolStats() ?? { total: 0, idle: 0, waiting: 0 };
      return {
        total: pool.totalCount + replicaStats.total,
        idle: pool.idleCount + replicaStats.idle,
        waiting: pool.waitingCount + replicaStats.waiting,
      };
    },
    close: async () => {
      if (routedDb !== db) await routedDb.$disconnect();
      await db.$disconnect();
      await replicas?.close();
      await pool.end();
    },
  };
}
