import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectProblem } from './support/problems.ts';

const redisUrl = 'redis://127.0.0.1:6379';
const windowMs = 60_000;

describe('rate limits (in memory)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimit: { readMax: 3, writeMax: 2, windowMs } } });
  });
  afterAll(() => t.close());

  it('counts reads per client address, announces the budget and answers 429 problem+json with Retry-After once spent', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.anonymous.get('/v1/sources').expect(200);
      expect(response.headers['ratelimit-limit']).toBe('3');
      expect(Number(response.headers['ratelimit-reset'])).toBeGreaterThan(0);
      remaining.push(String(response.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await t.anonymous.get('/v1/articles');
    const body = expectProblem(refused, 429, 'rate_limited');
    expect(body.detail).toContain('3 read requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(windowMs / 1000);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    // The problem type resolves, and probes, docs and problem types are never counted.
    await t.anonymous.get('/problems/rate_limited').expect(200);
    await t.anonymous.get('/healthz').expect(200);
    await t.anonymous.get('/readyz').expect(200);
    await t.anonymous.get('/openapi.json').expect(200);
  });

  it('gives each API key its own budget, and writes a budget apart from reads', async () => {
    const key = await t.createKey(['write']);
    const keyed = (request: ReturnType<TestApp['anonymous']['get']>) => request.set('authorization', `Bearer ${key}`);
    for (let i = 0; i < 3; i++) await keyed(t.anonymous.get('/v1/sources')).expect(200);
    expectProblem(await keyed(t.anonymous.get('/v1/sources')), 429, 'rate_limited');
    // The write budget of the same key is untouched by its reads.
    const first = await keyed(t.anonymous.post('/v1/sources')).send({ name: 'Budget One' }).expect(201);
    expect(first.headers['ratelimit-limit']).toBe('2');
    expect(first.headers['ratelimit-remaining']).toBe('1');
    await keyed(t.anonymous.post('/v1/sources')).send({ name: 'Budget Two' }).expect(201);
    const refused = await keyed(t.anonymous.post('/v1/sources')).send({ name: 'Budget Three' });
    expectProblem(refused, 429, 'rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    // The refused write was not applied.
    const listed = await t.api.get('/v1/sources?limit=100').expect(200);
    expect(listed.body.data.map((source: { name: string }) => source.name)).not.toContain('Budget Three');
    // Another key still has its whole budget.
    await t.api.get('/v1/sources').expect(200);
  });

  it('documents 429 on every rate-limited operation', async () => {
    const document = (await t.anonymous.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const exempt = new Set(['/healthz', '/readyz', '/metrics', '/problems/{code}']);
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (exempt.has(path)) expect(operation.responses['429'], `${method} ${path}`).toBeUndefined();
        else {
          expect(operation.responses['429'], `${method} ${path}`).toBeDefined();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(25);
  });
});

describe('rate limits shared through Redis', () => {
  const namespace = `meridian-test:${randomBytes(6).toString('hex')}:`;
  const redis = new Redis(redisUrl);
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const rateLimit = { readMax: 4, writeMax: 4, windowMs, redisUrl, redisNamespace: namespace };
    [first, second] = await Promise.all([
      createTestApp({ config: { rateLimit } }),
      createTestApp({ config: { rateLimit } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    const keys = await redis.keys(`${namespace}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('two app instances sharing Redis see one budget per client', async () => {
    await first.anonymous.get('/v1/sources').expect(200);
    await second.anonymous.get('/v1/sources').expect(200);
    await first.anonymous.get('/v1/sources').expect(200);
    const last = await second.anonymous.get('/v1/sources').expect(200);
    expect(last.headers['ratelimit-remaining']).toBe('0');
    expectProblem(await first.anonymous.get('/v1/sources'), 429, 'rate_limited');
    expectProblem(await second.anonymous.get('/v1/sources'), 429, 'rate_limited');
    const counters = await redis.keys(`${namespace}*`);
    expect(counters).toHaveLength(1);
    expect(counters[0]).toMatch(new RegExp(`^${namespace}read:ip:`));
    expect(Number(await redis.get(counters[0] as string))).toBe(6);
  });
});

describe('rate limits when Redis is unreachable', () => {
  it('fails open: requests are served, and a warning is logged', async () => {
    const lines: string[] = [];
    const t = await createTestApp({
      config: { rateLimit: { readMax: 1, writeMax: 1, windowMs, redisUrl: 'redis://127.0.0.1:1' } },
      logger: { level: 'warn', stream: { write: (line: string) => lines.push(line) } },
    });
    try {
      for (let i = 0; i < 3; i++) await t.anonymous.get('/v1/sources').expect(200);
      const warnings = lines
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .filter((entry) => entry.level === 40);
      expect(warnings.map((entry) => entry.msg)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/unreachable at start/),
          expect.stringMatching(/rate limit store \(Redis\) unreachable/),
        ]),
      );
    } finally {
      await t.close();
    }
  });

  it('fails open when Redis goes away while serving, and counts again when it is back', async () => {
    // A TCP relay in front of Redis stands in for the network: closing it cuts Redis off mid-flight.
    const sockets = new Set<net.Socket>();
    let accepting = true;
    const relay = net.createServer((client) => {
      if (!accepting) return client.destroy();
      const upstream = net.connect(6379, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const { port } = relay.address() as net.AddressInfo;
    const namespace = `meridian-test:${randomBytes(6).toString('hex')}:`;
    const lines: string[] = [];
    const t = await createTestApp({
      config: {
        rateLimit: {
          readMax: 2,
          writeMax: 2,
          windowMs,
          redisUrl: `redis://127.0.0.1:${port}`,
          redisNamespace: namespace,
        },
      },
      logger: { level: 'warn', stream: { write: (line: string) => lines.push(line) } },
    });
    const redis = new Redis(redisUrl);
    try {
      await t.anonymous.get('/v1/sources').expect(200);
      await t.anonymous.get('/v1/sources').expect(200);
      expectProblem(await t.anonymous.get('/v1/sources'), 429, 'rate_limited');

      accepting = false;
      for (const socket of sockets) socket.destroy();
      for (let i = 0; i < 3; i++) await t.anonymous.get('/v1/sources').expect(200);
      const warnings = lines
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .filter((entry) => entry.level === 40);
      expect(warnings.map((entry) => entry.msg)).toContainEqual(
        expect.stringMatching(/rate limit store \(Redis\) unreachable/),
      );

      // Redis back (the counters survived there): the spent budget applies again.
      accepting = true;
      const refused = await (async () => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const response = await t.anonymous.get('/v1/sources');
          if (response.status === 429 || Date.now() > deadline) return response;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      })();
      expectProblem(refused, 429, 'rate_limited');
    } finally {
      await t.close();
      relay.close();
      for (const socket of sockets) socket.destroy();
      const keys = await redis.keys(`${namespace}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });
});
