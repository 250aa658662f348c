import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Database = PrismaClient;
/** Plain parameterised SQL on the connections Prisma uses, for the few hot reads that skip Prisma (see articles.repository.ts). */
export type SqlPool = Pick<pg.Pool, 'query'>;

const connectionTimeoutMillis = 5_000;

/** A Prisma client with a pool of its own (scripts, seeding, tests). */
export function createDatabaseClient(databaseUrl: string, poolMax = 10): Database {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolMax, connectionTimeoutMillis });
  return new PrismaClient({ adapter });
}

/** The app's connections: one pg pool shared by the Prisma client and by plain SQL. `close` ends both, Prisma first. */
export function openDatabase(databaseUrl: string, poolMax = 10): { db: Database; pool: SqlPool; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax, connectionTimeoutMillis });
  // An idle connection the server closed (restart, failover) is dropped from the pool, and the next query opens a new
  // one; without a listener its 'error' event would crash the process. Errors of queries reach their callers as usual.
  pool.on('error', () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    pool,
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
