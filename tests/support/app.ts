import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../../src/app.ts';
import { testConfig } from './config.ts';
import { admin, withDatabase } from './global-setup.ts';

export type TestApp = {
  app: FastifyInstance;
  /** Requests made with an admin key (every scope). */
  api: ReturnType<typeof supertest.agent>;
  /** Requests made without a key. */
  anonymous: ReturnType<typeof supertest>;
  /** Creates a key with the given scopes and returns its secret. */
  createKey: (scopes: ('read' | 'write' | 'admin')[]) => Promise<string>;
  databaseUrl: string;
  close: () => Promise<void>;
};

/** Overrides of the test configuration; a rate-limit override keeps the fields it does not name. */
type ConfigOverrides = Omit<Partial<AppOptions['config']>, 'rateLimit'> & {
  rateLimit?: Partial<AppOptions['config']['rateLimit']>;
};

function withOverrides({ rateLimit, ...overrides }: ConfigOverrides): AppOptions['config'] {
  const config = testConfig(overrides);
  return { ...config, rateLimit: { ...config.rateLimit, ...rateLimit } };
}

/** The real app over a private copy of the seeded database, so test files never see each other's writes. */
export async function createTestApp(
  options: {
    readsRequireKey?: boolean;
    /** Overrides of the test configuration (pressure thresholds, CORS origins, …); rate limits are merged field by field. */
    config?: Omit<Partial<AppOptions['config']>, 'rateLimit'> & {
      rateLimit?: Partial<AppOptions['config']['rateLimit']>;
    };
    logger?: AppOptions['logger'];
  } = {},
): Promise<TestApp> {
  const adminUrl = inject('adminDatabaseUrl');
  const database = `meridian_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`));
  const databaseUrl = withDatabase(adminUrl, database);
  const app = await buildApp({
    config: withOverrides({ readsRequireKey: options.readsRequireKey ?? false, ...options.config }),
    databaseUrl,
    logger: options.logger ?? false,
  });
  await app.ready();
  const createKey = async (scopes: ('read' | 'write' | 'admin')[]) =>
    (await app.services.keys.create({ name: `test ${scopes.join('+')}`, scopes })).secret;
  const adminKey = await createKey(['admin']);
  return {
    app,
    api: supertest.agent(app.server).set('authorization', `Bearer ${adminKey}`),
    anonymous: supertest(app.server),
    createKey,
    databaseUrl,
    close: async () => {
      await app.close();
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}
