import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';
import { expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations', () => {
  it('reports liveness and readiness with the migrations applied', async () => {
    expect((await t.api.get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await t.api.get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'reachable', migrations: { pending: [] } });
    expect(ready.body.migrations.applied).toBeGreaterThan(0);
  });

  it('returns a request id, and echoes a caller’s sane one', async () => {
    const minted = await t.api.get('/healthz');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.api.get('/healthz').set('x-request-id', 'trace-abc.123');
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await t.api.get('/healthz').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('resolves problem type URIs to their description', async () => {
    const problem = expectProblem(await t.api.get('/v1/articles?limit=0'), 400, 'validation_failed');
    const type = await t.api.get((problem as unknown as { type: string }).type).expect(200);
    expect(type.body).toMatchObject({ code: 'validation_failed', status: 400, title: 'The request is not valid' });
    expectProblem(await t.api.get('/problems/no_such_code'), 400, 'validation_failed');
  });

  it('answers unknown routes with a problem', async () => {
    const body = expectProblem(await t.api.get('/v1/nothing-here'), 404, 'route_not_found');
    expect(body.detail).toContain('/v1/nothing-here');
  });

  it.each([
    ['an array', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['an object', `${'{"name":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`],
  ])(
    'refuses a body of %s nested far too deep with a 400, not a stack overflow (found by the fuzzer)',
    async (_, body) => {
      const response = await t.api.post('/v1/sources').set('content-type', 'application/json').send(body);
      expectProblem(response, 400, 'validation_failed');
    },
  );

  it.each([
    ['invalid UTF-8 (a lone surrogate)', '/v1/articles/%ED%A0%80/related'],
    ['a truncated escape', '/v1/entities/a%E0%A4'],
    ['a parameter over 200 characters', `/v1/sources/${'a'.repeat(250)}`],
  ])('answers a path with %s with a 400 problem, not the router’s own JSON (found by the fuzzer)', async (_, url) => {
    const body = expectProblem(await t.api.get(url), 400, 'validation_failed');
    expect(body.errors?.[0]?.location).toBe('params');
  });

  it('answers 503 from /readyz when the database is unreachable', async () => {
    const { buildApp } = await import('../src/app.ts');
    const app = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024, databasePoolMax: 1 }),
      databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
      logger: false,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toBe('5');
      const list = await app.inject({ method: 'GET', url: '/v1/articles' });
      expect(list.statusCode).toBe(503);
      expect(list.json()).toMatchObject({ code: 'service_unavailable' });
    } finally {
      await app.close();
    }
  });
});
