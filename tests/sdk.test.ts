import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSdkSchema, schemaPath } from '../sdk/generate.ts';
import {
  type components,
  createClient,
  createRepresentationClient,
  type MeridianClient,
  type Problem,
  ProblemError,
  unwrap,
} from '../sdk/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';

// The generated SDK against the live server, over HTTP: nothing here reaches the app except through the client.

let t: TestApp;
let baseUrl: string;
let reader: MeridianClient;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  reader = createClient({ baseUrl });
});
afterAll(() => t.close());

describe('the generated SDK', () => {
  it('is generated from the committed OpenAPI document (run `npm run sdk` after `npm run openapi`)', async () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(await renderSdkSchema());
  });

  it('lists articles and pages through them with the cursor', async () => {
    const all = await unwrap(reader.GET('/v1/articles', { params: { query: { limit: 100, sort: 'ingested' } } }));
    expect(all.data.length).toBeGreaterThan(1);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        reader.GET('/v1/articles', { params: { query: { limit: 1, sort: 'ingested', cursor } } }),
      );
      seen.push(...page.data.map((article) => article.id));
      cursor = page.page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(all.data.map((article) => article.id));
  });

  it('creates a source and an article with a write key, and reads the article back as ninjs', async () => {
    const writer = createClient({ baseUrl, apiKey: await t.createKey(['write']) });
    const source = await unwrap(
      writer.POST('/v1/sources', { body: { name: 'SDK Wire', homepage: 'https://sdk-wire.example/', kind: 'wire' } }),
    );
    const peru = await unwrap(reader.GET('/v1/entities/{idOrSlug}', { params: { path: { idOrSlug: 'peru' } } }));
    const body = 'Peru signed the agreement on Monday.';
    const article = await unwrap(
      writer.POST('/v1/articles', {
        body: {
          url: 'https://sdk-wire.example/peru-agreement',
          title: 'Peru signs',
          body,
          language: 'en',
          sourceId: source.id,
          mentions: [{ entityId: peru.id, field: 'body', start: 0, end: 4, method: 'manual', confidence: 1 }],
        },
      }),
    );
    expect(article.sourceId).toBe(source.id);
    const read = await unwrap(reader.GET('/v1/articles/{id}', { params: { path: { id: article.id } } }));
    expect(read.body).toBe(body);
    // A representation client asks for ninjs and is typed by the document's schema for that media type: no cast.
    const ninjsReader = createRepresentationClient({ baseUrl }, 'application/ninjs+json');
    const ninjs = await ninjsReader.GET('/v1/articles/{id}', { params: { path: { id: article.id } } });
    expect(ninjs.response.headers.get('content-type')).toMatch(/^application\/ninjs\+json/);
    const asNinjs: components['schemas']['NinjsArticle'] | undefined = ninjs.data;
    expect(asNinjs?.uri).toBe(`urn:uuid:${article.id}`);
    expect(asNinjs?.places.map((place) => place.literal)).toEqual(['peru']);
    const linked = await unwrap(
      createRepresentationClient({ baseUrl }, 'application/ld+json').GET('/v1/articles/{id}', {
        params: { path: { id: article.id } },
      }),
    );
    const newsArticle: components['schemas']['NewsArticleJsonLd'] = linked;
    expect(newsArticle.mentions.map((node) => node.sameAs)).toEqual([['http://www.wikidata.org/entity/Q419']]);
  });

  it('sends query booleans as true and false', async () => {
    const admin = createClient({ baseUrl, apiKey: await t.createKey(['admin']) });
    const revoked = await unwrap(admin.POST('/v1/keys', { body: { name: 'sdk revoked', scopes: ['read'] } }));
    await admin.DELETE('/v1/keys/{id}', { params: { path: { id: revoked.id } } });
    const listed = async (includeRevoked: boolean) =>
      (await unwrap(admin.GET('/v1/keys', { params: { query: { includeRevoked, limit: 100 } } }))).data.map(
        (key) => key.id,
      );
    expect(await listed(true)).toContain(revoked.id);
    expect(await listed(false)).not.toContain(revoked.id);
  });

  it('searches with filters and facets', async () => {
    const result = await unwrap(
      reader.GET('/v1/search', {
        params: {
          query: {
            q: 'lithium',
            language: ['en', 'es'],
            facets: ['source', 'language', 'date'],
            dateInterval: 'month',
          },
        },
      }),
    );
    expect(result.articles?.data.length).toBeGreaterThan(0);
    expect(result.articles?.total.value).toBe(result.articles?.data.length);
    const languages = result.facets?.language?.buckets ?? [];
    expect(languages.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.facets?.counted);
    expect(result.facets?.source?.buckets.length).toBeGreaterThan(0);
  });

  it("reads an entity's timeline", async () => {
    const timeline = await unwrap(
      reader.GET('/v1/entities/{idOrSlug}/timeline', {
        params: { path: { idOrSlug: 'peru' }, query: { from: '2023-05-22', to: '2023-06-18', interval: 'week' } },
      }),
    );
    expect(timeline.entity.slug).toBe('peru');
    expect(timeline.data.length).toBe(4);
    expect(timeline.data.reduce((sum, bucket) => sum + bucket.mentions, 0)).toBeGreaterThan(0);
  });

  it('receives typed problem+json errors', async () => {
    const { data, error, response } = await reader.GET('/v1/articles', { params: { query: { limit: 500 } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    const problem: Problem | undefined = error;
    expect(problem?.code).toBe('validation_failed');
    expect(problem?.errors?.[0]?.field).toBe('limit');

    const anonymousWrite = reader.POST('/v1/sources', { body: { name: 'No key', kind: 'other' } });
    const thrown = await unwrap(anonymousWrite).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).status).toBe(401);
    expect((thrown as ProblemError).problem.code).toBe('unauthorized');

    const missing = await reader.GET('/v1/claims/{id}', {
      params: { path: { id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' } },
    });
    expect(missing.error?.code).toBe('not_found');
  });
});
