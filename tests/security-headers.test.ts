import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';

const allowed = 'https://newsroom.example';
const refused = 'https://evil.example';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends helmet headers on API responses, errors included', async () => {
    for (const response of [
      await t.anonymous.get('/v1/articles').expect(200),
      await t.anonymous.get('/v1/nothing').expect(404),
    ]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps the docs page working under its Content-Security-Policy: every script and stylesheet is same-origin and loads', async () => {
    const page = await t.anonymous.get('/docs/').redirects(1).expect(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // No inline script (which script-src 'self' would block): every <script> has a relative src, and each loads.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1];
      expect(src, attributes).toMatch(/^\.\/|^\/docs\//);
      expect(content?.trim()).toBe('');
      await t.anonymous.get(new URL(src as string, 'http://x/docs/').pathname).expect(200);
    }
    for (const [, href] of page.text.matchAll(/<link[^>]+href="([^"]+)"/g)) {
      expect(href).not.toMatch(/^https?:/);
    }
    // The document the page fetches is same-origin (connect-src 'self'); its logo is a data: image (img-src data:).
    const initializer = await t.anonymous.get('/docs/static/swagger-initializer.js').expect(200);
    expect(initializer.text).toContain("url: resolveUrl('./json')");
    expect(csp).toMatch(/img-src 'self' data:/);
  });

  it('renders the docs page in a real browser with no Content-Security-Policy violation', {
    timeout: 90_000,
  }, async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'meridian-csp-'));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${port}/docs/`);
      await page.waitForSelector('.swagger-ui .info .title', { timeout: 60_000 });
      expect(await page.textContent('.swagger-ui .info .title')).toContain('Meridian API');
      await page.waitForSelector('.opblock-tag', { timeout: 30_000 });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const response = await t.anonymous.get('/v1/articles').set('origin', allowed).expect(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS allow-list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: {
        corsOrigins: [allowed, 'https://research.example'],
        rateLimit: { readMax: 100, writeMax: 100, windowMs: 60_000 },
      },
    });
  });
  afterAll(() => t.close());

  it('answers a preflight from an allowed origin, without a key, allowing the API headers', async () => {
    const response = await t.anonymous
      .options('/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d')
      .set('origin', allowed)
      .set('access-control-request-method', 'PATCH')
      .set('access-control-request-headers', 'authorization,content-type,if-match,idempotency-key');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(allowed);
    expect(response.headers['access-control-allow-methods']).toContain('PATCH');
    expect(response.headers['access-control-allow-headers']?.toLowerCase()).toContain('if-match');
    expect(response.headers['access-control-allow-headers']?.toLowerCase()).toContain('idempotency-key');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers.vary).toMatch(/origin/i);
  });

  it('refuses a preflight from another origin: no Access-Control-Allow-Origin', async () => {
    const response = await t.anonymous
      .options('/v1/articles')
      .set('origin', refused)
      .set('access-control-request-method', 'POST');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await t.anonymous.get('/v1/articles').set('origin', refused).expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('exposes ETag, Location, Link, RateLimit-*, Retry-After and idempotency headers to allowed origins', async () => {
    const response = await t.anonymous.get('/v1/articles?limit=1').set('origin', allowed).expect(200);
    expect(response.headers['access-control-allow-origin']).toBe(allowed);
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const exposed = String(response.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        'etag',
        'location',
        'link',
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
        'retry-after',
        'idempotent-replayed',
        'x-request-id',
      ]),
    );
    // The headers it names are really sent.
    expect(response.headers['ratelimit-limit']).toBe('100');
  });
});
