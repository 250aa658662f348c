import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

const maxUrlLength = 1024;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { maxUrlLength, statementTimeoutMs: 500, bodyLimitBytes: 4096 } });
});
afterAll(() => t.close());

describe('request bounds', () => {
  it('refuses a URL longer than MAX_URL_LENGTH with 414, naming the longest query parameter', async () => {
    await t.api.get(`/v1/search?q=${'a'.repeat(900)}`).expect(200);
    const response = await t.api.get(`/v1/search?types=articles&q=${'a'.repeat(maxUrlLength)}`);
    const body = expectFieldError(response, 'q', 414, 'uri_too_long');
    expect(body.errors?.[0]?.location).toBe('querystring');
    expect(body.detail).toContain(String(maxUrlLength));
    // Also on writes and unknown routes, before any other work.
    expectProblem(
      await t.api.post(`/v1/sources?x=${'b'.repeat(maxUrlLength)}`).send({ name: 'Never' }),
      414,
      'uri_too_long',
    );
    expectProblem(await t.anonymous.get(`/v1/${'c'.repeat(maxUrlLength)}`), 414, 'uri_too_long');
  });

  it('refuses a body over the configured size with 413 problem+json', async () => {
    const response = await t.api.post('/v1/sources').send({ name: 'Big', description: 'x'.repeat(5000) });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('bounds the number of filter values, repeated or comma-separated, naming the parameter', async () => {
    const slugs = Array.from({ length: 21 }, (_, i) => `entity-${i}`);
    expectFieldError(await t.api.get(`/v1/search?entity=${slugs.join(',')}`), 'entity');
    expectFieldError(await t.api.get(`/v1/search?${slugs.map((slug) => `entity=${slug}`).join('&')}`), 'entity');
    expectFieldError(
      await t.api.get(`/v1/search?language=${Array.from({ length: 21 }, () => 'es').join(',')}`),
      'language',
    );
    await t.api.get(`/v1/search?language=${Array.from({ length: 20 }, () => 'es').join(',')}`).expect(200);
  });

  it('bounds include= to one level and each name once', async () => {
    const article = (await t.api.get('/v1/articles?limit=1').expect(200)).body.data[0];
    await t.api.get(`/v1/articles/${article.id}?include=source,original,mentions,claims`).expect(200);
    expectFieldError(await t.api.get(`/v1/articles/${article.id}?include=source.original`), 'include');
    expectFieldError(await t.api.get(`/v1/articles/${article.id}?include=source,source`), 'include');
    expectFieldError(
      await t.api.get(`/v1/articles?include=${Array.from({ length: 50 }, () => 'claims').join(',')}`),
      'include',
    );
    expectFieldError(await t.api.get('/v1/claims?include=article,article'), 'include');
  });

  it('bounds the length of free-text queries, naming the parameter', async () => {
    expectFieldError(await t.api.get(`/v1/search?q=${'a'.repeat(1001)}`), 'q');
    expectFieldError(await t.api.get(`/v1/entities?q=${'a'.repeat(201)}`), 'q');
    expectFieldError(await t.api.get(`/v1/entities?name=${'a'.repeat(201)}`), 'name');
  });
});

describe('statement timeout', () => {
  it('gives every pooled connection the configured statement_timeout', async () => {
    const { rows } = await t.app.sql.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(rows[0]?.statement_timeout).toBe('500ms');
  });

  it('answers 503 query_timeout with Retry-After when a query runs too long, and serves again afterwards', async () => {
    // A competing transaction holds the sources table, so the route's query waits until the timeout cancels it.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const response = await t.anonymous.get('/v1/sources');
      expect(Date.now() - started).toBeLessThan(5000);
      const body = expectProblem(response, 503, 'query_timeout');
      expect(body.detail).not.toMatch(/select|sources|statement_timeout/i);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      await t.anonymous.get('/problems/query_timeout').expect(200);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await t.anonymous.get('/v1/sources').expect(200);
  });

  it('answers 503 service_unavailable, not 500, when no pooled connection frees up in time', async () => {
    const small = await createTestApp({ config: { databasePoolMax: 1 } });
    // Hold the pool's only connection, as a burst of slow requests would.
    const held = await (small.app.sql as pg.Pool).connect();
    try {
      const response = await small.anonymous.get('/v1/sources');
      expectProblem(response, 503, 'service_unavailable');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      held.release();
    }
    await small.anonymous.get('/v1/sources').expect(200);
    await small.close();
  });

  it('cancels slow plain SQL on the shared pool too', async () => {
    await expect(t.app.sql.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
  });
});
