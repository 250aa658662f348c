import fp from 'fastify-plugin';
import { createDatabaseClient, type Database } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** The Prisma client, one pool per app, closed when the app closes (after in-flight requests drain). */
export default fp<{ databaseUrl: string; poolMax: number }>(
  async (app, options) => {
    const db = createDatabaseClient(options.databaseUrl, options.poolMax);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await db.$disconnect();
    });
  },
  { name: 'database' },
);
