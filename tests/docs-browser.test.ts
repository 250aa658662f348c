import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';

// The interactive docs in a real browser: Debian's Chromium (playwright-core cannot download its own here) opens
// /docs, finds the operations and sends one request with "Try it out". Missing Chromium is a failure, not a skip:
// .ci/run installs it (apt-get install -y chromium).

const executablePath = '/usr/bin/chromium';
const screenshots = path.resolve(import.meta.dirname, '../test-results');

let t: TestApp;
let browser: BrowserContext;
let baseUrl: string;
let profile: string;

beforeAll(async () => {
  expect(existsSync(executablePath), `${executablePath} is missing: apt-get install -y chromium`).toBe(true);
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  profile = mkdtempSync(path.join(tmpdir(), 'meridian-chromium-'));
  // A fresh profile per run: nothing carries over between runs.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await t?.close();
});

/** Runs a browser step; on failure keeps a screenshot of the page under test-results/ for the CI log. */
async function withScreenshot(page: Page, name: string, step: () => Promise<void>) {
  try {
    await step();
  } catch (error) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  }
}

describe('the docs page in Chromium', () => {
  it('lists the operations and sends a request with "Try it out"', async () => {
    const page = await browser.newPage();
    await withScreenshot(page, 'docs-try-it-out', async () => {
      await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
      await page.locator('.opblock').first().waitFor({ timeout: 60_000 });
      const operations = await page.locator('.opblock .opblock-summary-path').allTextContents();
      for (const route of ['/v1/articles', '/v1/search', '/v1/entities/{idOrSlug}', '/v1/exports/articles']) {
        expect(operations.map((text) => text.replace(/\u200b/g, ''))).toContain(route);
      }

      const operation = page.locator('#operations-Entities-getEntity');
      page.setDefaultTimeout(30_000);
      await operation.locator('.opblock-summary').click();
      await operation.locator('button.try-out__btn').click();
      await operation.locator('input[placeholder="idOrSlug"]').fill('peru');
      await operation.locator('button.execute').click();

      const status = operation.locator('.live-responses-table tr.response .response-col_status').first();
      await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 30_000 }).toBe('200');
      const body = await operation
        .locator('.live-responses-table tr.response .response-col_description pre')
        .first()
        .textContent();
      expect(JSON.parse(body ?? '{}')).toMatchObject({ slug: 'peru', name: 'Peru', identifiers: { wikidata: 'Q419' } });
    });
    await page.close();
  }, 120_000);
});
