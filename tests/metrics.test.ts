import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectProblem } from './support/problems.ts';

/** The value of one sample line (`name{labels} value`) in Prometheus text, or 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.lastIndexOf('}'));
    const present = labelText.split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('metrics', () => {
  it('counts requests and their latency per route pattern, method and status class — never per raw URL', async () => {
    const before = (await t.api.get('/metrics').expect(200)).text;
    const article = (await t.api.get('/v1/articles?limit=1').expect(200)).body.data[0];
    await t.api.get(`/v1/articles/${article.id}`).expect(200);
    await t.api.get(`/v1/articles/${article.id}`).expect(200);
    await t.api.get('/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d').expect(404);
    await t.api.get('/v1/articles?limit=0').expect(400);
    const response = await t.api.get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = response.text;

    const route = '/v1/articles/:id';
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('http_requests_total', { method: 'GET', route, status_class: '2xx' })).toBe(2);
    expect(delta('http_requests_total', { method: 'GET', route, status_class: '4xx' })).toBe(1);
    expect(delta('http_request_duration_seconds_count', { method: 'GET', route, status_class: '2xx' })).toBe(2);
    expect(
      delta('http_request_duration_seconds_bucket', { method: 'GET', route, status_class: '2xx', le: '+Inf' }),
    ).toBe(2);
    expect(delta('http_request_errors_total', { method: 'GET', route, status: '404' })).toBe(1);
    expect(delta('http_request_errors_total', { method: 'GET', route: '/v1/articles', status: '400' })).toBe(1);
    expect(after).not.toContain(article.id);
  });

  it('labels unknown routes as one series, whatever the URL', async () => {
    await t.api.get('/v1/no-such-thing-1').expect(404);
    await t.api.get('/v1/no-such-thing-2').expect(404);
    const text = (await t.api.get('/metrics').expect(200)).text;
    expect(sample(text, 'http_requests_total', { route: '(unmatched)', status_class: '4xx' })).toBeGreaterThanOrEqual(
      2,
    );
    expect(text).not.toContain('no-such-thing');
  });

  it('reports the database pool and the process default metrics', async () => {
    const text = (await t.api.get('/metrics').expect(200)).text;
    expect(sample(text, 'db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'db_pool_connections', { state: 'total' })).toBeLessThanOrEqual(5);
    expect(text).toMatch(/^db_pool_connections\{state="idle"\} \d+$/m);
    expect(text).toMatch(/^db_pool_connections\{state="waiting"\} \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('needs the admin scope by default', async () => {
    expectProblem(await t.anonymous.get('/metrics'), 401, 'unauthorized');
    const writeKey = await t.createKey(['write']);
    expectProblem(await t.anonymous.get('/metrics').set('authorization', `Bearer ${writeKey}`), 403, 'forbidden');
  });

  it('is open when configured public (METRICS_PUBLIC=true)', async () => {
    const open = await createTestApp({ config: { metricsPublic: true } });
    try {
      const response = await open.anonymous.get('/metrics').expect(200);
      expect(response.text).toContain('http_requests_total');
    } finally {
      await open.close();
    }
  });
});
