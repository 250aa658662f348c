import fp from 'fastify-plugin';
import { type Database, openDatabase, type SqlPool } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    /** The pool under `db`, for repositories' plain SQL. */
    sql: SqlPool;
  }
}

/** The Prisma client and its pool, one per app, closed when the app closes (after in-flight requests drain). */
export default fp<{ databaseUrl: string; poolMax: number }>(
  async (app, options) => {
    const { db, pool, close } = openDatabase(options.databaseUrl, options.poolMax);
    app.decorate('db', db);
    app.decorate('sql', pool);
    app.addHook('onClose', close);
  },
  { name: 'database' },
);
