import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
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

  it('records as new matches only articles recorded after the search was saved, however late the dispatcher reads them', async () => {
    // Hold the dispatcher's lock: the article below is written before the search is saved and read after.
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('meridian.webhook-dispatch'))`);
    try {
      const before = await article('Cobalt before', 'Congo mined cobaltbefore ore.');
      const saved = await t.api
        .post('/v1/saved-searches')
        .send({ name: 'Cobalt', query: { q: 'cobaltbefore', language: 'en' } })
        .expect(201);
      const after = await article('Cobalt after', 'Zambia mined cobaltbefore ore too.');
      await holder.query('COMMIT');
      const matches = await waitFor(async () => {
        const response = await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).expect(200);
        return response.body.data.length > 0 ? response.body.data : undefined;
      });
      await t.app.pushDispatcher.dispatchAll();
      const settled = (await t.api.get(`/v1/saved-searches/${saved.body.id}/matches`).expect(200)).body.data;
      expect(matches.length).toBeGreaterThan(0);
      expect(settled.map((match: { articleId: string }) => match.articleId)).toEqual([after]);
      expect(settled.map((match: { articleId: string }) => match.articleId)).not.toContain(before);
    } finally {
      await holder.end();
    }
  });

  it('records the new articles GET /v1/search selects, filter by filter, also for a search saved before compilation', async () => {
    const countries = (await t.api.get('/v1/entities').query({ type: 'country', limit: 100 }).expect(200)).body.data;
    const country = countries.find(
      (entity: { identifiers: { isoAlpha2?: string | null } }) => entity.identifiers.isoAlpha2,
    ) as { id: string; name: string; identifiers: { isoAlpha2: string } };
    const person = (await t.api.post('/v1/entities').send({ type: 'person', name: 'Ada Quarry' }).expect(201)).body;
    const wire = (await t.api.post('/v1/sources').send({ name: 'Second Wire' }).expect(201)).body;
    const queries: Record<string, unknown>[] = [
      { q: 'zinc' },
      { q: '"zinc smelter"' },
      { q: 'zin*' },
      { q: 'zinc -smelter' },
      { q: 'zinc OR tin' },
      { q: 'zinc', language: ['es'] },
      { source: [wire.slug] },
      { q: 'zinc', entity: [person.id] },
      { anyEntity: [person.id, country.id] },
      { country: [country.identifiers.isoAlpha2] },
      { entityType: ['person'] },
      { q: 'zinc', publishedFrom: '2024-01-01', publishedTo: '2024-06-30' },
      { q: 'zinc', publishedTo: '2024-03-01T00:00:00Z' },
      { q: 'zinc', claimStatus: ['unverified'] },
    ];
    const saved: string[] = [];
    for (const [index, query] of queries.entries())
      saved.push(
        (
          await t.api
            .post('/v1/saved-searches')
            .send({ name: `filter ${index}`, query })
            .expect(201)
        ).body.id,
      );
    // As if saved before the compiled columns existed: the dispatcher compiles it before matching.
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query(
      `UPDATE saved_searches SET compiled_at = NULL, has_text_query = false, tsquery_english = NULL,
         tsquery_spanish = NULL, tsquery_simple = NULL WHERE id = $1`,
      [saved[3]],
    );
    await client.end();
    const sentinel = (
      await t.api
        .post('/v1/saved-searches')
        .send({ name: 'sentinel', query: { q: 'sentinelword' } })
        .expect(201)
    ).body.id;

    const write = (fields: Record<string, unknown>) =>
      t.api
        .post('/v1/articles')
        .send({ url: `https://example.org/filters-${++serial}`, language: 'en', sourceId: source, ...fields })
        .expect(201)
        .then((response) => response.body.id as string);
    const mention = (body: string, name: string, entityId: string) => ({
      entityId,
      start: body.indexOf(name),
      end: body.indexOf(name) + name.length,
    });
    const smelterBody = 'The zinc smelter of Ada Quarry opened in March.';
    const mineBody = 'La mina de zinc de Ada Quarry cerró en mayo.';
    const tinBody = `Tin exports rose in ${country.name} this winter.`;
    const created = [
      await write({
        title: 'Zinc smelter opens',
        body: smelterBody,
        publishedAt: '2024-03-01T00:00:00Z',
        mentions: [mention(smelterBody, 'Ada Quarry', person.id)],
      }),
      await write({
        title: 'Mina de zinc',
        body: mineBody,
        language: 'es',
        publishedAt: '2024-05-10T12:00:00Z',
        mentions: [mention(mineBody, 'Ada Quarry', person.id)],
      }),
      await write({
        title: 'Tin exports',
        body: tinBody,
        sourceId: wire.id,
        publishedAt: '2023-12-01T00:00:00Z',
        mentions: [mention(tinBody, country.name, country.id)],
      }),
      await write({ title: 'Zinc prices', body: 'Zinc prices fell again.' }),
      await write({ title: 'Copper report', body: 'Copper sentinelword.', publishedAt: '2024-07-01T00:00:00Z' }),
    ];
    const idsOf = (data: { articleId?: string; id?: string }[]) =>
      data.map((item) => (item.articleId ?? item.id) as string).filter((id) => created.includes(id));
    // Dispatch follows the feed's order: once the last article is matched, every earlier one has been tested.
    await waitFor(async () => {
      const response = await t.api.get(`/v1/saved-searches/${sentinel}/matches`).expect(200);
      return response.body.data.length > 0;
    });
    const expected: string[][] = [];
    for (const id of saved) {
      const matched = (await t.api.get(`/v1/saved-searches/${id}/matches`).query({ limit: 100 }).expect(200)).body;
      const searched = (await t.api.get(`/v1/saved-searches/${id}/results`).query({ limit: 100 }).expect(200)).body;
      expected.push(idsOf(searched.data).sort());
      expect(idsOf(matched.data).sort()).toEqual(idsOf(searched.data).sort());
    }
    // Each filter selects some of the new articles and leaves others out (the claim status one aside: the articles'
    // claims are whatever extraction found), so every comparison above could have failed.
    for (const ids of expected.slice(0, -1)) {
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(created.length);
    }
    expect(expected[12]).toEqual([created[0]]);
    expect(expected[5]).toEqual([created[1]]);
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
