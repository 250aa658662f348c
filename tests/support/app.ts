import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { admin, withDatabase } from './global-setup.ts';

export type TestApp = {
  app: FastifyInstance;
  api: ReturnType<typeof supertest>;
  databaseUrl: string;
  close: () => Promise<void>;
};

/** The real app over a private copy of the seeded database, so test files never see each other's writes. */
export async function createTestApp(): Promise<TestApp> {
  const adminUrl = inject('adminDatabaseUrl');
  const database = `meridian_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`));
  const databaseUrl = withDatabase(adminUrl, database);
  const app = await buildApp({
    config: { logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 5 },
    databaseUrl,
    logger: false,
  });
  await app.ready();
  return {
    app,
    api: supertest(app.server),
    databaseUrl,
    close: async () => {
      await app.close();
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}
