import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabaseClient } from '../../src/db/client.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seedFixture } from '../../src/seed/seed.ts';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database URL on the test server that test files use to create their own databases. */
    adminDatabaseUrl: string;
    /** A migrated, seeded database that every test file clones (CREATE DATABASE … TEMPLATE). */
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the run: the external one named by TEST_DATABASE_URL, or else an embedded one in a
 * temporary folder. Migrations and the fixture are applied once, to a template each test file clones.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-test-pg-'));
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres', log: () => {} });
    adminUrl = embedded.url;
    stopServer = embedded.stop;
  }

  const templateDatabase = `meridian_template_${process.pid}`;
  const templateUrl = withDatabase(adminUrl, templateDatabase);
  await admin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
    await client.query(`CREATE DATABASE ${templateDatabase}`);
  });
  await applyMigrations(templateUrl);
  const database = createDatabaseClient(templateUrl, 1);
  await seedFixture(database);
  await database.$disconnect();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`));
    await stopServer();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
