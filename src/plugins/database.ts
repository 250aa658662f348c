import fp from 'fastify-plugin';
import type { ReadReplicaConfig } from '../config.ts';
import { type Database, openDatabase, type PoolStats, type SqlPool } from '../db/client.ts';
import { type Notifications, openNotifications } from '../db/notifications.ts';
import type { ReadReplicas } from '../db/replicas.ts';
import { createTransactions, type Transactions } from '../db/transaction.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Reads through it go to the server the request's reads were sent to (a replica for lag-tolerant GETs, else the primary). */
    db: Database;
    /** The pool under `db`, for repositories' plain SQL. */
    sql: SqlPool;
    /** The pools' current usage (the primary's and the replicas'), for metrics. */
    databasePoolStats: () => PoolStats;
    /** The one transaction helper every write goes through (src/db/transaction.ts); always on the primary. */
    transactions: Transactions;
    /** The read replicas (DATABASE_READ_URLS) and their monitor; null without them. */
    readReplicas: ReadReplicas | null;
    /** Signals to and from the other API nodes on the same primary (LISTEN/NOTIFY). */
    notifications: Notifications;
  }
}

/** The Prisma client, its pool and the transaction helper over both, one per app, closed when the app closes (after in-flight requests drain). */
export default fp<{
  databaseUrl: string;
  poolMax: number;
  statementTimeoutMs: number;
  poolTimeoutMs: number;
  readReplicas?: ReadReplicaConfig;
}>(
  async (app, options) => {
    const { db, pool, primary, replicas, stats, close } = openDatabase(options.databaseUrl, options.poolMax, {
      statementTimeoutMs: options.statementTimeoutMs,
      poolTimeoutMs: options.poolTimeoutMs,
      ...(options.readReplicas ? { readReplicas: options.readReplicas } : {}),
    });
    app.decorate('db', db);
    app.decorate('sql', pool);
    app.decorate('databasePoolStats', stats);
    app.decorate('transactions', createTransactions(primary));
    app.decorate('readReplicas', replicas);
    const notifications = openNotifications(options.databaseUrl);
    app.decorate('notifications', notifications);
    app.addHook('onClose', async () => {
      await notifications.close();
      await close();
    });
    // The first measurement before the first request, so replicas that are well serve from the start.
    await replicas?.check();
  },
  { name: 'database' },
);
