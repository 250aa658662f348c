import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';

// The README's GET examples with literal URLs must keep working as written against the seeded store.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/^curl -s '(http:\/\/127\.0\.0\.1:3000(\/[^']*))'$/gm)].map(
  (match) => match[2] as string,
);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('README examples', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.filter((path) => !path.includes('limit=500')))('GET %s answers 200 with data', async (path) => {
    const response = await t.api.get(path);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // A list has `data`; a search has a section per type (its examples all find articles); anything else is one object.
    const items = Array.isArray(response.body.data)
      ? response.body.data
      : Array.isArray(response.body.articles?.data)
        ? response.body.articles.data
        : [response.body];
    expect(items.length).toBeGreaterThan(0);
  });

  it('shows the validation problem it documents', async () => {
    const response = await t.api.get('/v1/articles?limit=500').expect(400);
    expect(readme).toContain(`"detail":"${response.body.detail}"`);
    expect(readme).toContain(JSON.stringify(response.body.errors));
  });
});
