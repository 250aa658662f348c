import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { createDatabaseClient } from '../../src/db/client.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seedFixture } from '../../src/seed/seed.ts';
import { testConfig } from '../support/config.ts';
import { admin, withDatabase } from '../support/global-setup.ts';
import { freePort } from '../support/ports.ts';
import { createFuzzContext, formatLine, formatReport, fuzzOperations } from './harness.ts';

// `npm run fuzz -- [--runs 10000] [--seed N] [--operation createArticle] [--path 12:3] [--shrink]`
// Fuzzes every operation of openapi/openapi.json against the real app over a fresh, migrated, seeded database
// (on TEST_DATABASE_URL's server when set, otherwise on an embedded PostgreSQL of its own).

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    operation: { type: 'string' },
    path: { type: 'string' },
    shrink: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('--runs must be a positive integer and --seed an integer');
  process.exit(2);
}

let adminUrl = process.env.TEST_DATABASE_URL;
let stopServer = async () => {};
let dataDir: string | undefined;
if (!adminUrl) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-fuzz-pg-'));
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    log: () => {},
  });
  adminUrl = embedded.url;
  stopServer = embedded.stop;
}
const database = `meridian_fuzz_${randomBytes(6).toString('hex')}`;
await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
const databaseUrl = withDatabase(adminUrl, database);

let exitCode = 1;
try {
  await applyMigrations(databaseUrl);
  const seeding = createDatabaseClient(databaseUrl, 1);
  await seedFixture(seeding);
  await seeding.$disconnect();

  const app = await buildApp({
    config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 5 }),
    databaseUrl,
    logger: false,
  });
  await app.ready();
  try {
    const context = await createFuzzContext(
      app,
      async (scopes) => (await app.services.keys.create({ name: `fuzz ${scopes.join('+')}`, scopes })).secret,
    );
    const operationCount = values.operation ? 1 : context.operations.length;
    const runsPerOperation = Math.ceil(runs / operationCount);
    console.log(`fuzzing ${operationCount} operations, ${runsPerOperation} cases each, seed ${seed}`);
    const started = performance.now();
    const reports = await fuzzOperations(context, {
      seed,
      runsPerOperation,
      only: values.operation,
      path: values.path,
      shrink: values.shrink,
      onReport: (report) => console.log(formatLine(report)),
    });
    console.log(formatReport(reports, { lines: false }));
    console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (reports.length === 0) console.error(`no operation is called ${values.operation}`);
    exitCode = reports.length > 0 && reports.every((report) => !report.failure) ? 0 : 1;
  } finally {
    await app.close();
  }
} finally {
  await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
