import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('hardening configuration', () => {
  it('has safe defaults: budgets on, no CORS, bounded URLs, a statement timeout, metrics behind admin', () => {
    const config = loadConfig({});
    expect(config.rateLimit).toEqual({
      readMax: 600,
      writeMax: 120,
      windowMs: 60_000,
      redisUrl: undefined,
      redisNamespace: 'meridian:ratelimit:',
    });
    expect(config.corsOrigins).toEqual([]);
    expect(config.maxUrlLength).toBe(4096);
    expect(config.statementTimeoutMs).toBe(5000);
    expect(config.pressure.maxEventLoopDelayMs).toBe(1000);
    expect(config.pressure.maxHeapUsedBytes).toBeGreaterThan(0);
    expect(config.metricsPublic).toBe(false);
    expect(config.poolTimeoutMs).toBe(5000);
    expect(config.timeouts).toEqual({ requestMs: 30_000, headersMs: 10_000, bodyMs: 60_000 });
  });

  it('reads the time limits', () => {
    const config = loadConfig({
      REQUEST_TIMEOUT_MS: '0',
      HEADERS_TIMEOUT_MS: '2000',
      BODY_TIMEOUT_MS: '120000',
      DB_POOL_TIMEOUT_MS: '250',
    });
    expect(config.timeouts).toEqual({ requestMs: 0, headersMs: 2000, bodyMs: 120_000 });
    expect(config.poolTimeoutMs).toBe(250);
  });

  it('reads the variables, splitting the CORS allow-list', () => {
    const config = loadConfig({
      RATE_LIMIT_READ_MAX: '10',
      RATE_LIMIT_WRITE_MAX: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CORS_ORIGINS: ' https://a.example, https://b.example ,',
      MAX_URL_LENGTH: '2048',
      DB_STATEMENT_TIMEOUT_MS: '250',
      PRESSURE_MAX_EVENT_LOOP_UTILIZATION: '0.9',
      PRESSURE_MAX_RSS_BYTES: '1000000000',
      METRICS_PUBLIC: 'true',
    });
    expect(config.rateLimit).toEqual({
      readMax: 10,
      writeMax: 0,
      windowMs: 1000,
      redisUrl: 'redis://127.0.0.1:6379',
      redisNamespace: 'meridian:ratelimit:',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.maxUrlLength).toBe(2048);
    expect(config.statementTimeoutMs).toBe(250);
    expect(config.pressure).toMatchObject({ maxEventLoopUtilization: 0.9, maxRssBytes: 1_000_000_000 });
    expect(config.metricsPublic).toBe(true);
  });

  it.each([
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['RATE_LIMIT_READ_MAX', '-1'],
    ['MAX_URL_LENGTH', '10'],
    ['PRESSURE_MAX_EVENT_LOOP_UTILIZATION', '2'],
    ['HEADERS_TIMEOUT_MS', '0'],
    ['DB_POOL_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%s at start', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
