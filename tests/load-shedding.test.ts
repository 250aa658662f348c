import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectProblem } from './support/problems.ts';

/** Polls until the pressure sampler has run (it samples every `sampleIntervalMs`). */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('load shedding', () => {
  let t: TestApp;
  beforeAll(async () => {
    // An absurd heap threshold: every sample finds the process "overloaded".
    t = await createTestApp({
      config: {
        pressure: {
          maxEventLoopDelayMs: 0,
          maxEventLoopUtilization: 0,
          maxHeapUsedBytes: 1,
          maxRssBytes: 0,
          sampleIntervalMs: 100,
        },
      },
    });
  });
  afterAll(() => t.close());

  it('answers 503 problem+json `overloaded` with Retry-After instead of doing the work', async () => {
    const response = await eventually(
      () => t.api.get('/v1/articles'),
      (r) => r.status === 503,
    );
    const body = expectProblem(response, 503, 'overloaded');
    expect(body.detail).toContain('heap');
    expect(response.headers['retry-after']).toBe('5');
    expectProblem(await t.api.post('/v1/sources').send({ name: 'Shed' }), 503, 'overloaded');
  });

  it('reports it on /readyz, while /healthz and /metrics still answer', async () => {
    expectProblem(await t.anonymous.get('/readyz'), 503, 'overloaded');
    expect((await t.anonymous.get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    await t.api.get('/metrics').expect(200);
  });
});

describe('no load shedding under the thresholds', () => {
  it('serves normally with realistic thresholds', async () => {
    const t = await createTestApp({
      config: {
        pressure: {
          maxEventLoopDelayMs: 0,
          maxEventLoopUtilization: 0,
          maxHeapUsedBytes: 8 * 1024 ** 3,
          maxRssBytes: 0,
          sampleIntervalMs: 100,
        },
      },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await t.api.get('/v1/articles').expect(200);
      await t.anonymous.get('/readyz').expect(200);
    } finally {
      await t.close();
    }
  });
});
