import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

let t: TestApp;
const received: { path: string; body: string }[] = [];
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ path: request.url ?? '/', body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(204).end();
  });
});
let receiverUrl = '';
let source = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  t = await createTestApp({
    config: {
      push: { ...testConfig().push, inProcess: true, dispatchIntervalMs: 50, allowedHosts: ['127.0.0.1'] },
    },
  });
  source = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
});
afterAll(async () => {
  await t.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let serial = 0;
const article = (title: string, body: string) =>
  t.api
    .post('/v1/articles')
    .send({ url: `https://example.org/saved-${++serial}`, title, body, language: 'en', sourceId: source })
    .expect(201)
    .then((response) => response.body.id as string);

describe('saved searches', () => {
  it('validates the query with the search schema and refuses unknown entities', async () => {
    const unknown = await t.api
      .post('/v1/saved-searches')
      .send({ name: 'x', query: { entity: ['no-such-entity'] } })
      .expect(422);
    expect(unknown.body.errors[0]).toMatchObject({ location: 'body', field: 'query.entity' });
    const badFilter = await t.api
      .post('/v1/saved-searches')
      .send({ name: 'x', query: { sort: 'newest' } })
      .expect(400);
    expect(badFilter.body.code).toBe('validation_failed');
    const noName = await t.api
      .post('/v1/saved-searches')
      .send({ query: { q: 'x' } })
      .expect(400);
    expect(noName.body.errors[0].field).toBe('name');
  });

  it('runs, records new matching articles with when they started to match, and resumes from a cursor', async () => {
    const saved = await t.api
      .post('/v1/saved-searches')
      .send({ name: 'Lithium', query: { q: 'lithium', language: 'en' } })
      .expect(201);
    expect(saved.headers.location).toBe(`/v1/saved-searches/${saved.body.id}`);
    expect(saved.body.query).toMatchObject({ q: 'lithium', language: ['en'] });
    const first = await article('Lithium deal signed', 'Bolivia signed a lithium deal.');
    await article('Copper prices', 'Chile exported copper.');
    const page = await waitFor(async () => {
      const response = await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).expect(200);
      return response.body.data.length > 0 ? response.body : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const settled = (await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).expect(200)).body;
    expect(settled.data.map((match: { articleId: string }) => match.articleId)).toEqual([first]);
    expect(Date.parse(settled.data[0].matchedAt)).toBeGreaterThan(Date.now() - 60_000);
    const cursor = page.page.nextCursor as string;
    const empty = await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).query({ cursor }).expect(200);
    expect(empty.body.data).toEqual([]);
    expect(empty.body.page.nextCursor).toBe(cursor);
    const second = await article('More lithium', 'Chile expands lithium mining.');
    const since = await waitFor(async () => {
      const response = await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).query({ cursor }).expect(200);
      return response.body.data.length > 0 ? response.body.data : undefined;
    });
    expect(since.map((match: { articleId: string }) => match.articleId)).toEqual([second]);

    const results = await t.api.get(`/v1/saved-searches/${saved.body.id}/results`).expect(200);
    const ids = results.body.data.map((hit: { id: string }) => hit.id);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
    expect(results.body.total.value).toBeGreaterThanOrEqual(2);
  });

  it('delivers new matches through a watch of the saved search', async () => {
    const saved = await t.api
      .post('/v1/saved-searches')
      .send({ name: 'Chancay port', query: { q: 'chancay' } })
      .expect(201);
    const watch = await t.api.post('/v1/watches').send({ kind: 'saved_search', targetId: saved.body.id }).expect(201);
    await t.api
      .post('/v1/webhooks')
      .send({ url: `${receiverUrl}/saved`, watchIds: [watch.body.id] })
      .expect(201);
    const matching = await article('Chancay opens', 'The port of Chancay opened.');
    await article('Callao news', 'The port of Callao expanded.');
    const delivered = await waitFor(() => received.find((entry) => entry.path === '/saved'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bodies = received.filter((entry) => entry.path === '/saved').map((entry) => JSON.parse(entry.body));
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(delivered.body)).toMatchObject({
      type: 'article.created',
      data: { id: matching, watchIds: [watch.body.id] },
    });
  });

  it('belongs to its key: another key gets 404 and cannot watch it', async () => {
    const saved = await t.api
      .post('/v1/saved-searches')
      .send({ name: 'Mine', query: { q: 'port' } })
      .expect(201);
    const other = await t.createKey(['write']);
    await t.anonymous.get(`/v1/saved-searches/${saved.body.id}`).set('authorization', `Bearer ${other}`).expect(404);
    await t.anonymous
      .get(`/v1/saved-searches/${saved.body.id}/results`)
      .set('authorization', `Bearer ${other}`)
      .expect(404);
    const watch = await t.anonymous
      .post('/v1/watches')
      .set('authorization', `Bearer ${other}`)
      .send({ kind: 'saved_search', targetId: saved.body.id })
      .expect(422);
    expect(watch.body.errors[0].field).toBe('targetId');
    await t.api.delete(`/v1/saved-searches/${saved.body.id}`).expect(204);
    await t.api.get(`/v1/saved-searches/${saved.body.id}`).expect(404);
  });
});
