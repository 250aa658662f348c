import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createDatabaseClient } from '../src/db/client.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedFixture } from '../src/seed/seed.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';
import { admin } from './support/global-setup.ts';
import { freePort } from './support/ports.ts';
import { expectProblem } from './support/problems.ts';

// Faults the API must survive: the database going away and coming back, SIGTERM in the middle of a bulk write,
// and many writers racing for the same resources.

const root = path.resolve(import.meta.dirname, '..');

describe('when PostgreSQL goes away and comes back', () => {
  // This test stops and starts a PostgreSQL, so it runs its own (whatever TEST_DATABASE_URL points at).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-faults-pg-'));
  let database: EmbeddedDatabase;
  let app: FastifyInstance;
  let adminKey: string;
  let port: number;
  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'meridian', log: () => {} });

  beforeAll(async () => {
    port = await freePort();
    database = await start();
    await applyMigrations(database.url);
    const seeding = createDatabaseClient(database.url, 1);
    await seedFixture(seeding);
    await seeding.$disconnect();
    app = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 5 }),
      databaseUrl: database.url,
      logger: false,
    });
    await app.ready();
    adminKey = (await app.services.keys.create({ name: 'faults', scopes: ['admin'] })).secret;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  const post = (url: string, body: unknown) =>
    app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });

  function expectUnavailable(response: Awaited<ReturnType<typeof get>>) {
    expect(response.statusCode, response.body).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
  }

  it('answers 503 with Retry-After while it is down, keeps running, and recovers within 5 s of its return', async () => {
    expect((await get('/readyz')).statusCode).toBe(200);
    expect((await get('/v1/articles')).statusCode).toBe(200);
    expect((await post('/v1/sources', { name: 'Before The Outage' })).statusCode).toBe(201);

    await database.stop();
    for (let round = 0; round < 2; round += 1) {
      // Twice: the first round meets pooled connections the server killed, the second fresh connection attempts.
      expectUnavailable(await get('/readyz'));
      expectUnavailable(await get('/v1/articles'));
      expectUnavailable(await get('/v1/entities/peru'));
      expectUnavailable(await get('/v1/search?q=peru'));
      expectUnavailable(await post('/v1/sources', { name: `During The Outage ${round}` }));
    }
    expect((await get('/healthz')).statusCode).toBe(200); // the process itself is fine

    database = await start();
    const returned = performance.now();
    let status = 0;
    while (performance.now() - returned < 5_000) {
      status = (await get('/v1/articles')).statusCode;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect(performance.now() - returned).toBeLessThan(5_000);
    expect((await get('/readyz')).statusCode).toBe(200);
    expect((await post('/v1/sources', { name: 'After The Outage' })).statusCode).toBe(201);
    const names = (await get('/v1/sources?limit=100'))
      .json<{ data: { name: string }[] }>()
      .data.map((source) => source.name);
    expect(names).toContain('Before The Outage');
    expect(names).toContain('After The Outage');
    expect(names.filter((name) => name.startsWith('During The Outage'))).toEqual([]);
  }, 90_000);
});

describe('database faults in the error handler', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024, databasePoolMax: 1 }),
      databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
      logger: false,
    });
    // The shapes in which node-postgres, the Prisma driver adapter and Prisma report them (seen in the tests below).
    app.get('/fault/:shape', { config: { access: 'public' } }, async (request) => {
      const shape = (request.params as { shape: string }).shape;
      const errors: Record<string, unknown> = {
        poolTimeout: new Error('timeout exceeded when trying to connect'),
        terminated: new Error('Connection terminated unexpectedly'),
        transactionTimeout: Object.assign(
          new Error('Transaction API error: Unable to start a transaction in the given time.'),
          { code: 'P2028' },
        ),
        adminShutdown: Object.assign(new Error('Invalid invocation'), {
          code: 'P2010',
          meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
        }),
        connectionClosed: Object.assign(new Error('Invalid invocation'), {
          code: 'P1017',
          cause: { kind: 'ConnectionClosed' },
        }),
        deadlock: Object.assign(new Error('deadlock detected'), { code: '40P01' }),
        serialization: Object.assign(new Error('could not serialize access'), { code: '40001' }),
        writeConflict: Object.assign(new Error('Transaction failed due to a write conflict or a deadlock'), {
          code: 'P2034',
        }),
      };
      throw errors[shape];
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it.each([
    'poolTimeout',
    'terminated',
    'transactionTimeout',
    'adminShutdown',
    'connectionClosed',
    'deadlock',
    'serialization',
    'writeConflict',
  ])('answers %s with 503 problem+json and Retry-After, not 500', async (shape) => {
    const response = await app.inject({ method: 'GET', url: `/fault/${shape}` });
    expect(response.statusCode, response.body).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ code: 'service_unavailable' });
  });

  it('still answers an unknown error with 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/fault/unknown' });
    expect(response.statusCode).toBe(500);
  });
});

type Server = { process: ChildProcess; baseUrl: string; logs: string[]; exited: Promise<number | null> };

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SEED_FIXTURE: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_POOL_MAX: '10',
      SHUTDOWN_TIMEOUT_MS: '60000',
      // These tests watch draining, not time limits or shedding: on a busy machine a 400-mention write can outlast the
      // default time limit, and the event loop right after start-up can pass the shedding threshold.
      REQUEST_TIMEOUT_MS: '120000',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${logs.join('')}`)));
  });
  return { process: child, baseUrl, logs, exited };
}

describe('under faults and contention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function entityId(slug: string): Promise<string> {
    return (await t.api.get(`/v1/entities/${slug}`).expect(200)).body.id as string;
  }

  it('SIGTERM during a bulk write: each article is stored whole or not at all, and the process exits 0', async () => {
    const writeKey = await t.createKey(['write']);
    const server = await startServer(t.databaseUrl);
    const sourceId = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id as string;
    const entities = await Promise.all(['peru', 'chile', 'bolivia', 'china'].map(entityId));
    const sentence = 'Peru and Chile, Bolivia and China. ';
    const repeats = 100; // 400 mentions per article
    const body = sentence.repeat(repeats);
    const mentions = Array.from({ length: repeats }, (_, index) => {
      const offset = index * sentence.length;
      return [
        { entityId: entities[0], start: offset, end: offset + 4 },
        { entityId: entities[1], start: offset + 9, end: offset + 14 },
        { entityId: entities[2], start: offset + 16, end: offset + 23 },
        { entityId: entities[3], start: offset + 28, end: offset + 33 },
      ];
    }).flat();
    const run = Date.now().toString(36);
    const count = 30;
    const urls = Array.from({ length: count }, (_, index) => `https://sigterm.example/${run}/${index}`);
    const post = (url: string) =>
      fetch(`${server.baseUrl}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writeKey}` },
        body: JSON.stringify({ url, title: `Bulk ${url}`, body, language: 'en', sourceId, mentions }),
      }).then(
        async (response) => ({
          url,
          status: response.status,
          type: response.headers.get('content-type'),
          id: response.status === 201 ? ((await response.json()) as { id: string }).id : null,
        }),
        (error: unknown) => ({ url, status: 0, type: null, id: null, error }),
      );

    // A first batch (about the pool's size) is let in; once the server has received all of it, SIGTERM; the rest
    // keep arriving while it drains.
    const inFlight = 6;
    const requests = urls.slice(0, inFlight).map(post);
    const received = () => server.logs.join('').split('"msg":"incoming request"').length - 1;
    for (const startedAt = Date.now(); received() < inFlight && Date.now() - startedAt < 30_000; )
      await new Promise((resolve) => setTimeout(resolve, 20));
    server.process.kill('SIGTERM');
    requests.push(...urls.slice(inFlight).map(post));
    const results = await Promise.all(requests);
    expect(await server.exited, server.logs.join('')).toBe(0);

    for (const result of results) {
      // Finished (201), or refused cleanly: the connection was refused/closed, or a 503 problem while closing.
      expect([0, 201, 503], JSON.stringify(result)).toContain(result.status);
      if (result.status === 503) expect(result.type).toMatch(/^application\/problem\+json/);
    }
    expect(
      results.filter((result) => result.status === 201).length,
      `${results.map((result) => result.status).join(',')}\n${server.logs.join('')}`,
    ).toBeGreaterThan(0);
    const stored = await admin(t.databaseUrl, (client) =>
      client.query<{ id: string; url: string; body_length: number; mentions: string }>(
        `SELECT a.id::text, a.url, char_length(a.body) AS body_length, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions
         FROM articles a WHERE a.url LIKE $1`,
        [`https://sigterm.example/${run}/%`],
      ),
    );
    const byUrl = new Map(stored.rows.map((row) => [row.url, row]));
    for (const result of results.filter((candidate) => candidate.status === 201))
      expect(byUrl.get(result.url)?.id).toBe(result.id);
    for (const row of stored.rows) {
      expect(row.body_length).toBe(body.length);
      expect(Number(row.mentions), row.url).toBe(mentions.length);
    }
  }, 180_000);

  it('SIGTERM while a request is still arriving: that request finishes, the next one on the same connection gets a 503 problem', async () => {
    const server = await startServer(t.databaseUrl);
    const { hostname, port } = new URL(server.baseUrl);
    const socket = net.connect(Number(port), hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
    });
    // Half a request body: the connection is busy, so the drain does not close it.
    const body = JSON.stringify({ name: 'Arriving during shutdown' });
    socket.write(
      `POST /v1/sources HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.process.kill('SIGTERM');
    for (
      const startedAt = Date.now();
      !server.logs.join('').includes('shutting down') && Date.now() - startedAt < 10_000;
    )
      await new Promise((resolve) => setTimeout(resolve, 20));
    // The rest of the body, then a second request pipelined on the same connection.
    socket.write(`${body.slice(5)}GET /v1/sources HTTP/1.1\r\nHost: test\r\n\r\n`);
    await new Promise((resolve) => socket.once('close', resolve));
    expect(await server.exited, server.logs.join('')).toBe(0);

    const responses = received.split(/(?=HTTP\/1\.1 )/);
    expect(responses, received).toHaveLength(2);
    // The first request ran to its end (no key: 401, as a problem).
    expect(responses[0]).toMatch(/^HTTP\/1\.1 401 /);
    // The second was refused as a problem, with Retry-After, and the connection closed.
    expect(responses[1]).toMatch(/^HTTP\/1\.1 503 /);
    expect(responses[1]).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(responses[1]).toMatch(/\r\nretry-after: \d+/i);
    expect(responses[1]).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(responses[1]!.slice(responses[1]!.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 503,
      code: 'service_unavailable',
    });
  }, 120_000);

  async function raceIfMatch(url: string, bodyFor: (writer: number) => object, writers = 50) {
    const etag = (await t.api.get(url).expect(200)).headers.etag as string;
    const responses = await Promise.all(
      Array.from({ length: writers }, (_, writer) => t.api.patch(url).set('if-match', etag).send(bodyFor(writer))),
    );
    const statuses = responses.map((response) => response.status);
    expect(
      statuses.filter((status) => status === 200),
      statuses.join(','),
    ).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(writers - 1);
    for (const response of responses.filter((candidate) => candidate.status === 412))
      expectProblem(response, 412, 'precondition_failed');
    return { winner: responses.findIndex((response) => response.status === 200), etag };
  }

  it.each([
    [
      'an entity',
      '/v1/entities/japan',
      (writer: number) => ({ description: `written by writer ${writer}` }),
      'description',
    ],
    ['a source', '/v1/sources/orinoco-tribune', (writer: number) => ({ name: `Orinoco Tribune ${writer}` }), 'name'],
  ])(
    '50 concurrent If-Match PATCHes of %s: exactly one wins per version, the rest get 412',
    async (_, url, bodyFor, field) => {
      const before = (await t.api.get(url).expect(200)).body as Record<string, unknown> & { version: number };
      const { winner } = await raceIfMatch(url, bodyFor);
      const after = (await t.api.get(url).expect(200)).body as Record<string, unknown> & { version: number };
      expect(after.version).toBe(before.version + 1);
      expect(after[field]).toBe((bodyFor(winner) as Record<string, unknown>)[field]);
    },
    60_000,
  );

  it('50 concurrent If-Match PATCHes of a claim: exactly one wins', async () => {
    const claim = (await t.api.get('/v1/claims?limit=1').expect(200)).body.data[0] as { id: string; version: number };
    const { winner } = await raceIfMatch(`/v1/claims/${claim.id}`, (writer) => ({
      text: `Claim text as written by writer ${writer}.`,
    }));
    const after = (await t.api.get(`/v1/claims/${claim.id}`).expect(200)).body as { version: number; text: string };
    expect(after.version).toBe(claim.version + 1);
    expect(after.text).toBe(`Claim text as written by writer ${winner}.`);
  }, 60_000);

  it('writers that re-read and retry on 412 lose no update: every write lands, one version each', async () => {
    const url = '/v1/entities/france';
    const before = (await t.api.get(url).expect(200)).body as { version: number };
    const writers = 12; // each retries until it wins: about writers²/2 attempts in all
    const successes: number[] = [];
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (;;) {
          const current = await t.api.get(url).expect(200);
          const description = `${(current.body.description as string | null) ?? ''}[${writer}]`;
          const response = await t.api
            .patch(url)
            .set('if-match', current.headers.etag as string)
            .send({ description });
          if (response.status === 200) {
            successes.push(writer);
            return;
          }
          expectProblem(response, 412, 'precondition_failed');
        }
      }),
    );
    const after = (await t.api.get(url).expect(200)).body as { version: number; description: string };
    expect(successes).toHaveLength(writers);
    expect(after.version).toBe(before.version + writers);
    // Each writer appended its mark to what it had read; a lost update would drop someone's mark.
    const marks = [...after.description.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(marks).toEqual(successes);
  }, 120_000);

  it('50 concurrent creates of the same slug or URL: one 201, the rest 409, one row', async () => {
    const run = Date.now().toString(36);
    const sourceId = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id as string;
    const cases = [
      {
        url: '/v1/sources',
        body: { name: `Race Source ${run}` },
        table: 'sources',
        column: 'name',
        value: `Race Source ${run}`,
      },
      {
        url: '/v1/entities',
        body: { type: 'place', name: `Race Place ${run}`, slug: `race-place-${run}` },
        table: 'entities',
        column: 'slug',
        value: `race-place-${run}`,
      },
      {
        url: '/v1/articles',
        body: {
          url: `https://race.example/${run}`,
          title: 'Race',
          body: 'A body for the race.',
          language: 'en',
          sourceId,
        },
        table: 'articles',
        column: 'url',
        value: `https://race.example/${run}`,
      },
    ];
    for (const race of cases) {
      const responses = await Promise.all(Array.from({ length: 50 }, () => t.api.post(race.url).send(race.body)));
      const statuses = responses.map((response) => response.status);
      expect(
        statuses.filter((status) => status === 201),
        `${race.url}: ${statuses.join(',')}`,
      ).toHaveLength(1);
      for (const response of responses.filter((candidate) => candidate.status !== 201))
        expectProblem(response, 409, 'conflict');
      const rows = await admin(t.databaseUrl, (client) =>
        client.query(`SELECT count(*)::int AS n FROM ${race.table} WHERE ${race.column} = $1`, [race.value]),
      );
      expect(rows.rows[0].n).toBe(1);
    }
  }, 120_000);

  it('50 concurrent creates with the same Idempotency-Key: one row, and every completed answer is the same', async () => {
    const run = Date.now().toString(36);
    const key = `race-${run}`;
    const body = { name: `Idempotent Race ${run}` };
    const send = () => t.api.post('/v1/sources').set('idempotency-key', key).send(body);
    const responses = await Promise.all(Array.from({ length: 50 }, send));
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const response of responses) {
      if (response.status === 201) continue;
      // Arrived while the first was still running: told to retry, never a second row or a 5xx.
      expectProblem(response, 409, 'idempotency_in_progress');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    const replay = await send().expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    for (const response of [...created, replay]) expect(response.body).toEqual(created[0]?.body);
    const rows = await admin(t.databaseUrl, (client) =>
      client.query('SELECT count(*)::int AS n FROM sources WHERE name = $1', [body.name]),
    );
    expect(rows.rows[0].n).toBe(1);
  }, 60_000);
});
