// Writing relations through the API: create, update (If-Match), review and delete, each with its revision, change
// event and audit; the refusals (unknown entity, self-relation, dates, share, entity types, evidence, duplicates);
// and the located_in relations keeping articles' inferred countries (country=) in step with the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin } from './support/global-setup.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function entity(type: string, name: string): Promise<{ id: string; slug: string }> {
  return (
    await t.api
      .post('/v1/entities')
      .send({ type, name: `${name} ${unique()}` })
      .expect(201)
  ).body;
}

const relation = (body: Record<string, unknown>) => t.api.post('/v1/relations').send(body);

describe('creating a relation', () => {
  it('stores it with its interval, status and the key that asserted it, answers 201 with Location and ETag', async () => {
    const minister = await entity('person', 'Minister');
    const response = await relation({
      type: 'holds_position',
      subject: minister.slug,
      object: 'peru-ministry-of-foreign-affairs',
      startDate: '2023-03-15',
      startPrecision: 'month',
    }).expect(201);
    expect(response.headers.location).toBe(`/v1/relations/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      type: 'holds_position',
      subject: { id: minister.id, type: 'person' },
      object: { slug: 'peru-ministry-of-foreign-affairs' },
      // A month precision stores the month's first day as a start.
      startDate: '2023-03-01',
      startPrecision: 'month',
      endDate: null,
      status: 'accepted',
      source: { kind: 'manual', dataset: null, articleId: null, evidence: null },
      version: 1,
    });
    const keys = await admin(t.databaseUrl, (client) =>
      client.query<{ id: string }>('SELECT source_key_id::text AS id FROM relations WHERE id = $1', [response.body.id]),
    );
    expect(response.body.source.apiKeyId).toBe(keys.rows[0]!.id);
    expect(response.body.source.apiKeyId).not.toBeNull();
    const read = await t.api.get(`/v1/relations/${response.body.id}`).expect(200);
    expect(read.body).toEqual(response.body);
    expect(read.headers.etag).toBe('"1"');
  });

  it('takes an article as its source with the evidence span, checked against the body', async () => {
    const article = (await t.api.get('/v1/articles').query({ limit: 1 }).expect(200)).body.data[0];
    const length = Array.from((await t.api.get(`/v1/articles/${article.id}`).expect(200)).body.body as string).length;
    const company = await entity('organization', 'Port Operator');
    const port = await entity('port', 'Harbour');
    const stated = await relation({
      type: 'operates',
      subject: company.id,
      object: port.id,
      status: 'proposed',
      source: { kind: 'article', articleId: article.id, evidence: { start: 0, end: 10 } },
    }).expect(201);
    expect(stated.body).toMatchObject({
      status: 'proposed',
      source: { kind: 'article', articleId: article.id, evidence: { start: 0, end: 10 }, apiKeyId: null },
    });
    const beyond = await relation({
      type: 'owns',
      subject: company.id,
      object: port.id,
      share: 0.5,
      source: { kind: 'article', articleId: article.id, evidence: { start: 0, end: length + 1 } },
    });
    expectFieldError(beyond, 'source.evidence.end', 422, 'unprocessable');
    const noArticle = await relation({
      type: 'owns',
      subject: company.id,
      object: port.id,
      source: { kind: 'article', articleId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d', evidence: { start: 0, end: 1 } },
    });
    expectFieldError(noArticle, 'source.articleId', 422, 'unprocessable');
  });

  it.each([
    ['an unknown subject', { type: 'located_in', subject: 'no-such-place', object: 'peru' }, 'subject', 422],
    ['a relation to itself', { type: 'allied_with', subject: 'peru', object: 'peru' }, 'object', 422],
    ['a place located in a person', { type: 'located_in', subject: 'lima', object: 'dina-boluarte' }, 'object', 422],
    ['a country as head of state', { type: 'head_of', subject: 'chile', object: 'peru' }, 'subject', 422],
    [
      'an end before the start',
      { type: 'allied_with', subject: 'peru', object: 'chile', startDate: '2020-01-02', endDate: '2020-01-01' },
      'endDate',
      422,
    ],
    ['a share on another type', { type: 'allied_with', subject: 'peru', object: 'chile', share: 0.5 }, 'share', 422],
    ['a share above 1', { type: 'owns', subject: 'peru', object: 'chancay', share: 1.5 }, 'share', 400],
    [
      'a precision without its date',
      { type: 'owns', subject: 'peru', object: 'chancay', endPrecision: 'year' },
      'endPrecision',
      400,
    ],
    ['an unknown type', { type: 'likes', subject: 'peru', object: 'chile' }, 'type', 400],
    ['an unknown field', { type: 'owns', subject: 'peru', object: 'chancay', id: 'x' }, 'id', 400],
  ])('refuses %s, naming the field', async (_name, body, field, status) => {
    const response = await relation(body);
    expectFieldError(
      response,
      field as string,
      status as number,
      status === 400 ? 'validation_failed' : 'unprocessable',
    );
  });

  it('refuses a duplicate (same type, subject, object and start) with 409 and the existing location', async () => {
    const party = await entity('organization', 'Party');
    const first = await relation({
      type: 'member_of',
      subject: 'peru',
      object: party.id,
      startDate: '2001-01-01',
    }).expect(201);
    const again = await relation({ type: 'member_of', subject: 'peru', object: party.slug, startDate: '2001-01-01' });
    const problem = expectProblem(again, 409, 'conflict');
    expect(problem.location).toBe(`/v1/relations/${first.body.id}`);
    // Another start is another relation (a second membership).
    await relation({ type: 'member_of', subject: 'peru', object: party.id, startDate: '2010-01-01' }).expect(201);
  });
});

describe('updating, reviewing and deleting a relation', () => {
  it('ends a term with If-Match, refuses a stale ETag, and records revisions (the change feed) with the key', async () => {
    const person = await entity('person', 'Head');
    const office = await entity('organization', 'Agency');
    const created = await relation({
      type: 'head_of',
      subject: person.id,
      object: office.id,
      startDate: '2021-05-03',
    }).expect(201);
    const url = `/v1/relations/${created.body.id}`;
    const ended = await t.api
      .patch(url)
      .set('if-match', '"1"')
      .send({ endDate: '2023-06-30', endPrecision: 'year' })
      .expect(200);
    expect(ended.body).toMatchObject({ endDate: '2023-12-31', endPrecision: 'year', version: 2 });
    expect(ended.headers.etag).toBe('"2"');
    const stale = await t.api.patch(url).set('if-match', '"1"').send({ startDate: '2021-05-04' });
    expectProblem(stale, 412, 'precondition_failed');
    const before = await t.api.patch(url).send({ endDate: '2020-01-01' });
    expectFieldError(before, 'endDate', 422, 'unprocessable');
    const corrected = await t.api.patch(url).set('if-match', '"2"').send({ startDate: '2021-05-04' }).expect(200);
    expect(corrected.body).toMatchObject({ startDate: '2021-05-04', startPrecision: 'day', version: 3 });

    await t.api.delete(url).set('if-match', '"2"').expect(412);
    await t.api.delete(url).set('if-match', '"3"').expect(204);
    await t.api.get(url).expect(404);

    // The revisions the triggers wrote (what the change feed serves), each with the admin key that made it.
    const revisions = await admin(t.databaseUrl, (client) =>
      client.query<{ action: string; revision: number; key: string | null }>(
        `SELECT action, revision, actor_key_id::text AS key FROM revisions
         WHERE resource_type = 'relation' AND resource_id = $1 ORDER BY id`,
        [created.body.id],
      ),
    );
    expect(revisions.rows.map((row) => [row.action, row.revision])).toEqual([
      ['created', 1],
      ['updated', 2],
      ['updated', 3],
      ['deleted', 4],
    ]);
    expect(new Set(revisions.rows.map((row) => row.key)).size).toBe(1);
    expect(revisions.rows[0]!.key).not.toBeNull();
  });

  it('accepts a proposal through review, and a PATCH can set the status', async () => {
    const company = await entity('organization', 'Holding');
    const port = await entity('port', 'Terminal');
    const proposed = await relation({
      type: 'owns',
      subject: company.id,
      object: port.id,
      share: 0.6,
      status: 'proposed',
    }).expect(201);
    const url = `/v1/relations/${proposed.body.id}`;
    const accepted = await t.api.post(`${url}/review`).set('if-match', '"1"').send({ action: 'accept' }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', share: 0.6, version: 2 });
    const back = await t.api.patch(url).send({ status: 'proposed', share: null }).expect(200);
    expect(back.body).toMatchObject({ status: 'proposed', share: null });
    const listed = await t.api.get('/v1/relations').query({ subject: company.id, status: 'proposed' }).expect(200);
    expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([proposed.body.id]);
    expectFieldError(await t.api.patch(url).send({ type: 'operates' }), 'type');
  });

  it('replays a retried create with the same Idempotency-Key instead of refusing it as a duplicate', async () => {
    const place = await entity('place', 'Retried');
    const body = { type: 'located_in', subject: place.id, object: 'peru' };
    const key = `relation-${unique()}`;
    const first = await t.api.post('/v1/relations').set('idempotency-key', key).send(body).expect(201);
    const again = await t.api.post('/v1/relations').set('idempotency-key', key).send(body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expectProblem(await relation(body), 409, 'conflict');
  });

  it('needs the write scope', async () => {
    const reader = await t.createKey(['read']);
    const response = await t.anonymous
      .post('/v1/relations')
      .set('authorization', `Bearer ${reader}`)
      .send({ type: 'allied_with', subject: 'peru', object: 'chile' });
    expectProblem(response, 403, 'forbidden');
  });
});

describe('located_in relations and the countries of articles', () => {
  async function article(body: string, mentions: { start: number; end: number; entityId: string }[]) {
    const source = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id;
    return (
      await t.api
        .post('/v1/articles')
        .send({
          url: `https://graph.example/${unique()}`,
          title: 'Harbour news',
          body,
          language: 'en',
          sourceId: source,
          publishedAt: '2024-03-02T08:00:00Z',
          mentions,
        })
        .expect(201)
    ).body as { id: string };
  }

  async function inPeru(): Promise<string[]> {
    const listed = await t.api.get('/v1/articles').query({ country: 'PE', limit: 100 }).expect(200);
    return listed.body.data.map((row: { id: string }) => row.id);
  }

  it('a port in a region in Peru counts for country=PE once the relations are written, and not once one ends', async () => {
    const port = await entity('port', 'Quay');
    const region = await entity('place', 'Coast Region');
    const body = 'Cranes arrived at Quay this week.';
    const stored = await article(body, [{ start: 18, end: 22, entityId: port.id }]);
    expect(await inPeru()).not.toContain(stored.id);

    const portIn = await relation({ type: 'located_in', subject: port.id, object: region.id }).expect(201);
    expect(await inPeru()).not.toContain(stored.id);
    const regionIn = await relation({ type: 'located_in', subject: region.id, object: 'peru' }).expect(201);
    expect(await inPeru()).toContain(stored.id);
    const countries = (await t.api.get(`/v1/articles/${stored.id}`).query({ include: 'countries' }).expect(200)).body
      .countries;
    expect(countries).toEqual([
      expect.objectContaining({
        country: expect.objectContaining({ slug: 'peru' }),
        how: 'inferred',
        via: [expect.objectContaining({ id: port.id })],
      }),
    ]);
    const search = await t.api.get('/v1/search').query({ country: 'PE', q: 'cranes' }).expect(200);
    expect(search.body.articles.data.map((hit: { id: string }) => hit.id)).toEqual([stored.id]);

    // The region left Peru before the article's date: the article no longer concerns Peru.
    await t.api.patch(`/v1/relations/${regionIn.body.id}`).send({ endDate: '2020-01-01' }).expect(200);
    expect(await inPeru()).not.toContain(stored.id);
    await t.api.patch(`/v1/relations/${regionIn.body.id}`).send({ endDate: null }).expect(200);
    expect(await inPeru()).toContain(stored.id);
    // A proposed edge does not place anything; deleting an edge removes what rested on it.
    await t.api.patch(`/v1/relations/${portIn.body.id}`).send({ status: 'proposed' }).expect(200);
    expect(await inPeru()).not.toContain(stored.id);
    await t.api.post(`/v1/relations/${portIn.body.id}/review`).send({ action: 'accept' }).expect(200);
    expect(await inPeru()).toContain(stored.id);
    await t.api.delete(`/v1/relations/${portIn.body.id}`).expect(204);
    expect(await inPeru()).not.toContain(stored.id);
  });

  it('an article stored after the relations is placed by them when it is created', async () => {
    const district = await entity('place', 'District');
    await relation({ type: 'located_in', subject: district.id, object: 'lima' }).expect(201);
    const stored = await article('Protests in District today.', [{ start: 12, end: 20, entityId: district.id }]);
    expect(await inPeru()).toContain(stored.id);
  });
});
