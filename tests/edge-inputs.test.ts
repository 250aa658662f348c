import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError } from './support/problems.ts';

// Inputs at the edges of what the layers below can represent: dates PostgreSQL or JSON cannot hold, cursors a client
// edited, feed positions beyond a bigint. Each is a 400 naming the parameter, never a 500.

let t: TestApp;
let articleId: string;
let claimId: string;
beforeAll(async () => {
  t = await createTestApp();
  articleId = (await t.api.get('/v1/articles?limit=1').expect(200)).body.data[0].id;
  claimId = (await t.api.get('/v1/claims?limit=1').expect(200)).body.data[0].id;
});
afterAll(() => t.close());

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('dates outside years 0001–9999', () => {
  const outOfRange = [
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+01:00', // year 0 once in UTC
    '9999-12-31T23:00:00-02:00', // year 10000 once in UTC
  ];

  it.each(outOfRange)('as_of=%s on an article, an entity and a claim is a 400 naming as_of', async (value) => {
    for (const path of [`/v1/articles/${articleId}`, '/v1/entities/peru', `/v1/claims/${claimId}`])
      expectFieldError(await t.anonymous.get(`${path}?as_of=${encodeURIComponent(value)}`), 'as_of');
  });

  it.each(['0000-01-01', '0000-12-31'])('roles?at=%s is a 400 naming at', async (value) => {
    expectFieldError(await t.anonymous.get(`/v1/entities/peru/roles?at=${value}`), 'at');
  });

  it.each(['0000-06-01', '0000-06-01T00:00:00Z'])('publishedFrom=%s on lists and search is a 400', async (value) => {
    expectFieldError(await t.anonymous.get(`/v1/articles?publishedFrom=${value}`), 'publishedFrom');
    expectFieldError(await t.anonymous.get(`/v1/search?publishedFrom=${value}`), 'publishedFrom');
  });

  it('still takes the first and last representable days', async () => {
    await t.anonymous.get('/v1/entities/peru/roles?at=0001-01-01').expect(200);
    await t.anonymous.get('/v1/entities/peru/roles?at=9999-12-31').expect(200);
    await t.anonymous.get('/v1/articles?publishedFrom=0001-01-01&publishedTo=9999-12-31T23:59:59Z').expect(200);
  });
});

describe('cursors edited by the client', () => {
  /** A real cursor of the list, from a page of one. */
  async function realCursor(path: string): Promise<Record<string, unknown>> {
    const response = await t.api.get(`${path}${path.includes('?') ? '&' : '?'}limit=1`).expect(200);
    const cursor = response.body.page.nextCursor as string;
    expect(cursor, path).toEqual(expect.any(String));
    return decode(cursor);
  }

  const notNumbers = ['x', '', true, [], {}, '0000-01-01T00:00:00Z', '2023-02-30'];
  const forgedValues = [...notNumbers, 1.5, -1, 1e300, 2 ** 31];

  it.each([
    ['/v1/articles?sort=newest', forgedValues],
    ['/v1/articles?sort=oldest', forgedValues],
    ['/v1/entities/peru/roles', forgedValues],
    // Any score is a place in the ranking (past the end: an empty page); only a score that is no number is refused.
    ['/v1/entities?q=peru', notNumbers],
    ['/v1/entities', forgedValues],
    ['/v1/claims', forgedValues],
    ['/v1/sources', forgedValues],
  ])('%s: every forged value is a 400 invalid_cursor naming cursor', async (path, values) => {
    const real = await realCursor(path);
    const separator = path.includes('?') ? '&' : '?';
    // The real cursor still works.
    await t.api.get(`${path}${separator}limit=1&cursor=${encode(real)}`).expect(200);
    for (const v of values) {
      if (JSON.stringify(v) === JSON.stringify(real.v)) continue;
      const response = await t.api.get(`${path}${separator}limit=1&cursor=${encode({ ...real, v })}`);
      expectFieldError(response, 'cursor', 400, 'invalid_cursor');
    }
    for (const forged of [{ ...real, id: 'not-a-uuid' }, { ...real, o: 'other' }, { v: real.v }, 'plain', 42, null])
      expectFieldError(await t.api.get(`${path}${separator}cursor=${encode(forged)}`), 'cursor', 400, 'invalid_cursor');
  });

  it('a revision cursor with a value beyond an integer is a 400', async () => {
    await t.api.patch('/v1/entities/peru').send({ description: 'one' }).expect(200);
    await t.api.patch('/v1/entities/peru').send({ description: 'two' }).expect(200);
    const real = await realCursor('/v1/entities/peru/revisions');
    for (const v of [2 ** 31, 1.5, -1, 'x'])
      expectFieldError(
        await t.api.get(`/v1/entities/peru/revisions?cursor=${encode({ ...real, v })}`),
        'cursor',
        400,
        'invalid_cursor',
      );
  });
});

describe('the change feed position', () => {
  it.each([
    ['a transaction beyond a bigint', { t: '9223372036854775808', i: '1' }],
    ['a sequence beyond a bigint', { t: '1', i: '9999999999999999999' }],
    ['a negative sequence', { t: '1', i: '-1' }],
    ['numbers instead of strings', { t: 1, i: 1 }],
  ])('after naming %s is a 400 naming after', async (_, position) => {
    expectFieldError(await t.api.get(`/v1/changes?after=${encode(position)}`), 'after', 400, 'invalid_cursor');
  });

  it('the largest bigint is a valid position (nothing after it yet)', async () => {
    const response = await t.api
      .get(`/v1/changes?after=${encode({ t: '9223372036854775807', i: '9223372036854775807' })}`)
      .expect(200);
    expect(response.body.data).toEqual([]);
  });
});

describe('mention spans', () => {
  const body = "Peru's Congress voted on Tuesday, and the President of Peru spoke.";
  let peru: string;
  let sourceId: string;
  beforeAll(async () => {
    peru = (await t.api.get('/v1/entities/peru').expect(200)).body.id;
    sourceId = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id;
  });
  const create = (url: string, mentions: { start: number; end: number }[]) =>
    t.api.post('/v1/articles').send({
      url,
      title: 'Spans',
      body,
      language: 'en',
      sourceId,
      mentions: mentions.map((span) => ({ entityId: peru, ...span })),
    });
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

  it.each([
    [' the', 'starts or ends with a space'],
    ['the', 'a common word'],
    [', ', 'no letter or digit'],
    ['Peru ', 'starts or ends with a space'],
  ])('a mention covering "%s" is a 422 naming the mention', async (text, reason) => {
    const response = await create(`https://spans.example/${encodeURIComponent(text)}`, [at('Peru'), at(text)]);
    const problem = expectFieldError(response, 'mentions.1.start', 422, 'unprocessable');
    expect(problem.errors?.[0]?.message).toContain(reason);
  });

  it('a correction that moves a mention onto " the" is a 422, and the mention stays as it was', async () => {
    const article = (await create('https://spans.example/correct', [at('Peru')]).expect(201)).body;
    const mention = (await t.api.get(`/v1/mentions?articleId=${article.id}`).expect(200)).body.data[0];
    const response = await t.api.patch(`/v1/mentions/${mention.id}`).send(at(' the'));
    expectFieldError(response, 'start', 422, 'unprocessable');
    const after = (await t.api.get(`/v1/mentions/${mention.id}`).expect(200)).body;
    expect(after).toMatchObject({ start: 0, end: 4, surface: 'Peru', version: mention.version });
    // The other Peru in the body is a fine place for it.
    const other = body.lastIndexOf('Peru');
    const moved = await t.api
      .patch(`/v1/mentions/${mention.id}`)
      .send({ start: other, end: other + 4 })
      .expect(200);
    expect(moved.body.surface).toBe('Peru');
  });
});

describe('the NUL character (U+0000), which PostgreSQL text cannot hold', () => {
  it('in the query string of any GET operation that takes one is a 400 naming the parameter', async () => {
    const document = JSON.parse(readFileSync('openapi/openapi.json', 'utf8')) as {
      paths: Record<string, { get?: { parameters?: { in: string }[] } }>;
    };
    const gets = Object.entries(document.paths)
      .filter(([, item]) => item.get?.parameters?.some((parameter) => parameter.in === 'query'))
      .map(([path]) => path);
    expect(gets.length).toBeGreaterThan(40);
    for (const url of gets) {
      const path = url.replace(/\{[A-Za-z]+\}/g, 'peru');
      const response = await t.api.get(`${path}?zz=a%00b`);
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(400);
      expectFieldError(response, 'zz');
    }
    // A route with no query string ignores it, NUL or not.
    expect((await t.api.get('/readyz?zz=a%00b')).status).toBe(200);
  });

  it('in a path parameter is a 400 naming it', async () => {
    expectFieldError(await t.api.get('/v1/entities/pe%00ru'), 'idOrSlug');
    expectFieldError(await t.api.get('/v1/articles/a%00b'), 'id');
  });
});
