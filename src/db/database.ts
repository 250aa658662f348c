import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { seedFixture } from '../seed/seed.ts';
import { createDatabaseClient } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { applyMigrations } from './migrate.ts';

export type PreparedDatabase = {
  url: string;
  /** Stops the embedded PostgreSQL if this process started one; a no-op for an external database. */
  stop: () => Promise<void>;
};

/**
 * Makes the database ready to serve: the external one named by DATABASE_URL, or else the embedded one.
 * Applies pending migrations and, when enabled, seeds the fixture article into an empty database.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<PreparedDatabase> {
  let url = config.databaseUrl;
  let stop = async () => {};
  if (url === undefined) {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedPostgres.dataDir,
      port: config.embeddedPostgres.port,
      database: 'meridian',
      log: (line) => logger.debug({ component: 'embedded-postgres' }, line),
      warn: (message) => logger.warn({ component: 'embedded-postgres' }, message),
    });
    url = embedded.url;
    stop = embedded.stop;
    logger.info(
      { port: config.embeddedPostgres.port, dataDir: config.embeddedPostgres.dataDir },
      'embedded PostgreSQL started',
    );
  }

  try {
    await applyMigrations(url, (line) => logger.debug({ component: 'migrate' }, line));
    logger.info('database migrations applied');
    if (config.seedFixture) {
      const database = createDatabaseClient(url, 2);
      try {
        const { seeded } = await seedFixture(database);
        if (seeded) logger.info('fixture article seeded');
      } finally {
        await database.$disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
