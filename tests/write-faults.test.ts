// The write path under database faults: PostgreSQL killed between the statements of a write — right before its
// COMMIT, or right after PostgreSQL acknowledged it but before the app heard so — and connections broken at random
// COMMITs under concurrent retried writes. A write whose COMMIT succeeded is never written twice by its retry, its
// retry replays the first response exactly, and it always has its audit event; a write whose COMMIT did not happen
// leaves nothing, and its retry writes it once.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createDatabaseClient } from '../src/db/client.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedFixture } from '../src/seed/seed.ts';
import { testConfig } from './support/config.ts';
import { admin } from './support/global-setup.ts';
import { type PgProxy, startPgProxy } from './support/pg-proxy.ts';
import { freePort } from './support/ports.ts';

// This file stops and starts a PostgreSQL, so it runs its own (whatever TEST_DATABASE_URL points at), and reaches it
// through a proxy that can break a connection at a chosen COMMIT (tests/support/pg-proxy.ts).
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-write-faults-pg-'));
let port = 0;
let database: EmbeddedDatabase;
let proxy: PgProxy;
let app: FastifyInstance;
let adminKey: string;
let run = 0;

/** Starts (or restarts) this file's PostgreSQL; the package rejects with nothing when it exits early, so say why. */
async function start(): Promise<EmbeddedDatabase> {
  const log: string[] = [];
  try {
    return await startEmbeddedPostgres({ dataDir, port, database: 'meridian', log: (line) => log.push(line) });
  } catch (error) {
    throw new Error(`PostgreSQL did not start on port ${port}: ${log.slice(-5).join(' | ')}`, { cause: error });
  }
}

beforeAll(async () => {
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    try {
      database = await start();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await applyMigrations(database.url);
  const seeding = createDatabaseClient(database.url, 1);
  await seedFixture(seeding);
  await seeding.$disconnect();
  proxy = await startPgProxy({ host: '127.0.0.1', port });
  app = await buildApp({
    config: testConfig(),
    databaseUrl: proxy.url(database.url),
    logger: false,
  });
  await app.ready();
  adminKey = (await app.services.keys.create({ name: 'write faults', scopes: ['admin'] })).secret;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await proxy?.close();
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (url: string, body: unknown, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });

/** Retries as a client would: on 503 (the database is away) and 409 in progress (the first attempt's claim). */
async function retried(send: () => Promise<LightMyRequestResponse>, within = 30_000) {
  const started = Date.now();
  for (;;) {
    const response = await send();
    const retryable =
      response.statusCode === 503 ||
      (response.statusCode === 409 && response.json<{ code: string }>().code === 'idempotency_in_progress');
    if (!retryable || Date.now() - started > within) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const query = <Row>(text: string, values: unknown[] = []) =>
  admin(database.url, async (client) => (await client.query(text, values)).rows as Row[]);

function expectUnavailable(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ code: 'service_unavailable' });
  // No Location or ETag of a resource the client must not believe exists.
  expect(response.headers.location).toBeUndefined();
  expect(response.headers.etag).toBeUndefined();
}

/** The write, the retry after PostgreSQL comes back, and what the database holds for the first request. */
async function killedAt(
  when: 'before' | 'after',
  url: string,
  body: object,
  locate: (response: LightMyRequestResponse) => Promise<string[]>,
) {
  run += 1;
  const idempotencyKey = `killed-${when}-${run}-${Date.now()}`;
  const first = `first-${when}-${run}`;
  const cut = proxy.cutNextCommit(when, () => database.stop());
  const answered = await post(url, body, { 'idempotency-key': idempotencyKey, 'x-request-id': first });
  await cut;
  expectUnavailable(answered);
  database = await start();
  const retry = await retried(() =>
    post(url, body, { 'idempotency-key': idempotencyKey, 'x-request-id': `retry-${when}-${run}` }),
  );
  const rows = await locate(retry);
  const firstEvents = await query<{ status: number }>('SELECT status FROM audit_events WHERE request_id = $1', [first]);
  const stored = await query<{ status: number | null; response_body: string | null }>(
    'SELECT status, response_body FROM idempotency_records WHERE key = $1',
    [idempotencyKey],
  );
  return { retry, rows, firstRequestId: first, firstEvents, stored };
}

const sources = (name: string) => async () =>
  (await query<{ id: string }>('SELECT id::text FROM sources WHERE name = $1', [name])).map((row) => row.id);
const articles = (url: string) => async () =>
  (await query<{ id: string }>('SELECT id::text FROM articles WHERE url = $1', [url])).map((row) => row.id);

describe('PostgreSQL killed right after it acknowledged a COMMIT the app never heard of', () => {
  it.each([
    ['a source (a Prisma transaction)', '/v1/sources', () => ({ name: `Committed Source ${run}` }), 'name'],
    [
      'a raw article (the ingest store’s batch transaction)',
      '/v1/articles?ner=false',
      () => ({
        url: `https://write-faults.example/committed/${run}`,
        title: 'Committed',
        body: 'Peru and Chile signed a port agreement in Lima on Tuesday.',
        bodyFormat: 'text',
        language: 'en',
      }),
      'url',
    ],
  ])(
    '%s: the client gets 503; its retry replays the first response exactly; one row, one audit event',
    async (_, url, bodyOf, field) => {
      const body = bodyOf() as Record<string, string>;
      const locate = field === 'name' ? sources(body.name as string) : articles(body.url as string);
      const { retry, rows, firstRequestId, firstEvents, stored } = await killedAt('after', url, body, locate);

      expect(retry.statusCode, retry.body).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(rows).toHaveLength(1);
      expect(retry.json<{ id: string }>().id).toBe(rows[0]);
      expect(retry.headers.location).toMatch(new RegExp(`/${rows[0]}$`));
      // The body replayed is the one the first request produced and committed with its write.
      expect(stored).toEqual([{ status: 201, response_body: retry.body }]);
      // The first request's audit event committed with its write, and says it was applied.
      expect(firstEvents).toEqual([{ status: 201 }]);
      const revisions = await query<{ action: string; request_id: string }>(
        'SELECT action, request_id FROM revisions WHERE resource_id = $1::uuid ORDER BY id',
        [rows[0]],
      );
      expect(revisions).toEqual([{ action: 'created', request_id: firstRequestId }]);
    },
    120_000,
  );
});

describe('PostgreSQL killed right before a COMMIT reached it', () => {
  it('the client gets 503, nothing is written, and its retry writes once', async () => {
    const body = { name: `Uncommitted Source ${run + 1}` };
    const { retry, rows, firstEvents, stored } = await killedAt('before', '/v1/sources', body, sources(body.name));
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(rows).toEqual([retry.json<{ id: string }>().id]);
    expect(stored).toEqual([{ status: 201, response_body: retry.body }]);
    // The first request wrote nothing, its audit event included: the database was gone when it answered.
    expect(firstEvents).toEqual([]);
  }, 120_000);
});

describe('connections broken at random COMMITs under concurrent retried writes', () => {
  it('writes everything exactly once, with one audit event per committed write', async () => {
    // Wait for the pool to reconnect after the kills above.
    expect((await retried(() => app.inject({ method: 'GET', url: '/readyz' }))).statusCode).toBe(200);
    const batch = `random-${Date.now().toString(36)}`;
    const writes = Array.from({ length: 60 }, (_, index) =>
      index % 3 === 2
        ? {
            url: '/v1/articles?ner=false',
            body: {
              url: `https://write-faults.example/${batch}/${index}`,
              title: `Random ${index}`,
              body: `Peru and Bolivia met in Lima for round ${index} of the talks.`,
              bodyFormat: 'text',
              language: 'en',
            },
          }
        : { url: '/v1/sources', body: { name: `${batch} source ${index}` } },
    );
    proxy.cutCommitsAtRandom(0.3);
    const before = { ...proxy.cuts };
    const answers: { index: number; status: number; id: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < writes.length) {
          const index = next++;
          const write = writes[index]!;
          const response = await retried(() => post(write.url, write.body, { 'idempotency-key': `${batch}-${index}` }));
          answers.push({ index, status: response.statusCode, id: response.json<{ id: string }>().id });
        }
      }),
    );
    proxy.cutCommitsAtRandom(0);
    const cuts = { before: proxy.cuts.before - before.before, after: proxy.cuts.after - before.after };
    expect(cuts.before, JSON.stringify(cuts)).toBeGreaterThan(0);
    expect(cuts.after, JSON.stringify(cuts)).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status !== 201)).toEqual([]);

    const stored = await query<{ id: string; key: string }>(
      `SELECT id::text, name AS key FROM sources WHERE name LIKE $1
       UNION ALL SELECT id::text, url AS key FROM articles WHERE url LIKE $2`,
      [`${batch} source %`, `https://write-faults.example/${batch}/%`],
    );
    expect(stored).toHaveLength(writes.length);
    expect(new Set(stored.map((row) => row.id))).toEqual(new Set(answers.map((answer) => answer.id)));
    // Every committed write (its creation revision names its request) has that request's audit event, applied.
    const unaudited = await query<{ resource_id: string }>(
      `SELECT r.resource_id::text FROM revisions r
       WHERE r.resource_id = ANY($1::uuid[]) AND r.action = 'created'
         AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.request_id = r.request_id AND e.status = 201)`,
      [stored.map((row) => row.id)],
    );
    expect(unaudited).toEqual([]);
    const created = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM revisions WHERE resource_id = ANY($1::uuid[]) AND action = 'created'`,
      [stored.map((row) => row.id)],
    );
    expect(created[0]?.n).toBe(writes.length);
    console.info(`write faults: ${writes.length} writes, COMMITs cut ${JSON.stringify(cuts)}`);
  }, 300_000);
});
