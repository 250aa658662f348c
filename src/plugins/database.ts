import fp from 'fastify-plugin';
import { type Database, openDatabase, type PoolStats, type SqlPool } from '../db/client.ts';
import { createTransactions, type Transactions } from '../db/transaction.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    /** The pool under `db`, for repositories' plain SQL. */
    sql: SqlPool;
    /** The pool's current usage, for metrics. */
    databasePoolStats: () => PoolStats;
    /** The one transaction helper every write goes through (src/db/transaction.ts). */
    transactions: Transactions;
  }
}

/** The Prisma client, its pool and the transaction helper over both, one per app, closed when the app closes (after in-flight requests drain). */
export default fp<{ databaseUrl: string; poolMax: number; statementTimeoutMs: number; poolTimeoutMs: number }>(
  async (app, options) => {
    const { db, pool, stats, close } = openDatabase(options.databaseUrl, options.poolMax, {
      statementTimeoutMs: options.statementTimeoutMs,
      poolTimeoutMs: options.poolTimeoutMs,
    });
    app.decorate('db', db);
    app.decorate('sql', pool);
    app.decorate('databasePoolStats', stats);
    app.decorate('transactions', createTransactions({ db, pool }));
    app.addHook('onClose', close);
  },
  { name: 'database' },
);
