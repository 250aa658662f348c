import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let article: { id: string; body: string };
let boliviaId: string;
let lithiumId: string;
let sourceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const list = await t.api.get('/v1/articles?language=en&publishedTo=2023-12-31').expect(200);
  article = list.body.data[0];
  boliviaId = (await t.api.get('/v1/entities/bolivia').expect(200)).body.id;
  lithiumId = (await t.api.get('/v1/entities/lithium').expect(200)).body.id;
  sourceId = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id;
});
afterAll(() => t.close());

function span(text: string) {
  const start = article.body.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + text.length };
}

describe('claims', () => {
  it('creates a claim, reads it with its article, updates its status and deletes it', async () => {
    const evidence = span('Bolivia has 30% of the world’s lithium reserves');
    const created = await t.api
      .post('/v1/claims')
      .send({
        articleId: article.id,
        text: 'Bolivia holds 30% of the world’s lithium reserves.',
        claimant: { type: 'source', id: sourceId },
        subjectIds: [boliviaId, lithiumId, boliviaId],
        kind: 'quantity',
        value: 30,
        unit: '%',
        modality: 'reported',
        evidence,
      })
      .expect(201);
    expect(created.headers.location).toBe(`/v1/claims/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: 'unverified',
      value: 30,
      unit: '%',
      evidence,
      claimant: { type: 'source', id: sourceId, name: 'Misión Verdad' },
    });
    expect(created.body.subjects.map((s: { id: string }) => s.id).sort()).toEqual([boliviaId, lithiumId].sort());

    const read = await t.api.get(`/v1/claims/${created.body.id}?include=article`).expect(200);
    expect(read.body.article).toMatchObject({ id: article.id });

    const updated = await t.api
      .patch(`/v1/claims/${created.body.id}`)
      .send({ status: 'disputed', subjectIds: [boliviaId] })
      .expect(200);
    expect(updated.body.status).toBe('disputed');
    expect(updated.body.subjects).toHaveLength(1);

    await t.api.delete(`/v1/claims/${created.body.id}`).expect(204);
    expectProblem(await t.api.get(`/v1/claims/${created.body.id}`), 404, 'not_found');
  });

  it('keeps how a value bounds the quantity, refuses a bound without a value, and clears it with the value', async () => {
    const evidence = span('Bolivia has 30% of the world’s lithium reserves');
    const base = {
      articleId: article.id,
      text: 'Bolivia holds about 30% of the lithium.',
      claimant: { type: 'source', id: sourceId },
      kind: 'quantity',
      evidence,
    };
    const created = await t.api
      .post('/v1/claims')
      .send({ ...base, value: 30, unit: '%', bound: 'approximately' })
      .expect(201);
    expect(created.body).toMatchObject({ value: 30, bound: 'approximately' });

    expectFieldError(await t.api.post('/v1/claims').send({ ...base, bound: 'at_least' }), 'bound');
    expectFieldError(await t.api.post('/v1/claims').send({ ...base, value: 30, bound: 'roughly' }), 'bound');

    const atLeast = await t.api.patch(`/v1/claims/${created.body.id}`).send({ bound: 'at_least' }).expect(200);
    expect(atLeast.body.bound).toBe('at_least');
    const cleared = await t.api.patch(`/v1/claims/${created.body.id}`).send({ value: null }).expect(200);
    expect(cleared.body).toMatchObject({ value: null, bound: null });
    expectFieldError(await t.api.patch(`/v1/claims/${created.body.id}`).send({ bound: 'exact' }), 'bound');
    expect((await t.api.get(`/v1/claims/${created.body.id}`).expect(200)).body.bound).toBeNull();
    await t.api.delete(`/v1/claims/${created.body.id}`).expect(204);
  });

  it('seeds the fixture’s quantities with their bounds (“at least 50 dead”, “up to 9,000 tons”, “over 3,500 soldiers”)', async () => {
    const quantities = (await t.api.get(`/v1/claims?kind=quantity&limit=100`).expect(200)).body.data as {
      value: number;
      bound: string;
    }[];
    const boundOf = (value: number) => quantities.find((claim) => claim.value === value)?.bound;
    expect([boundOf(50), boundOf(9000), boundOf(3500), boundOf(30)]).toEqual([
      'at_least',
      'at_most',
      'more_than',
      'exact',
    ]);
  });

  it('filters by article, claimant, subject, status and kind', async () => {
    const inArticle = await t.api.get(`/v1/claims?articleId=${article.id}&limit=100`).expect(200);
    expect(inArticle.body.data.length).toBeGreaterThanOrEqual(15);
    const viaArticle = await t.api.get(`/v1/articles/${article.id}/claims?limit=100`).expect(200);
    expect(viaArticle.body.data.map((c: { id: string }) => c.id)).toEqual(
      inArticle.body.data.map((c: { id: string }) => c.id),
    );

    const quantities = await t.api.get('/v1/claims?kind=quantity&limit=100').expect(200);
    expect(quantities.body.data.length).toBeGreaterThan(0);
    expect(quantities.body.data.every((c: { kind: string }) => c.kind === 'quantity')).toBe(true);

    const about = await t.api.get(`/v1/claims?subjectId=${boliviaId}`).expect(200);
    expect(
      about.body.data.every((c: { subjects: { id: string }[] }) => c.subjects.some((s) => s.id === boliviaId)),
    ).toBe(true);

    const bySource = await t.api.get(`/v1/claims?claimantId=${sourceId}&status=unverified&limit=100`).expect(200);
    expect(bySource.body.data.every((c: { claimant: { id: string } }) => c.claimant.id === sourceId)).toBe(true);
  });

  it('refuses evidence outside the body and quotes not in it', async () => {
    const base = { articleId: article.id, text: 'x', claimant: { type: 'source', id: sourceId }, kind: 'event' };
    expectFieldError(
      await t.api.post('/v1/claims').send({ ...base, evidence: { start: 0, end: article.body.length + 1 } }),
      'evidence.end',
    );
    expectFieldError(await t.api.post('/v1/claims').send({ ...base, evidence: { start: 10, end: 5 } }), 'evidence.end');
    expectFieldError(
      await t.api.post('/v1/claims').send({ ...base, evidence: { start: 0, end: 5 }, quote: 'words nobody wrote' }),
      'quote',
    );
  });

  it('answers 422 for a missing article, claimant or subject, and writes nothing', async () => {
    const missing = '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d';
    const base = {
      articleId: article.id,
      text: 'Unique claim text 4711',
      claimant: { type: 'source', id: sourceId },
      kind: 'event',
      evidence: { start: 0, end: 5 },
    };
    expectFieldError(
      await t.api.post('/v1/claims').send({ ...base, articleId: missing }),
      'articleId',
      422,
      'unprocessable',
    );
    expectFieldError(
      await t.api.post('/v1/claims').send({ ...base, claimant: { type: 'entity', id: missing } }),
      'claimant.id',
      422,
      'unprocessable',
    );
    expectFieldError(
      await t.api.post('/v1/claims').send({ ...base, subjectIds: [boliviaId, missing] }),
      'subjectIds.1',
      422,
      'unprocessable',
    );
    const all = await t.api.get(`/v1/claims?articleId=${article.id}&limit=100`).expect(200);
    expect(all.body.data.map((c: { text: string }) => c.text)).not.toContain(base.text);
  });

  it.each([
    [{ kind: 'rumour' }, 'kind'],
    [{ status: 'true' }, 'status'],
    [{ modality: 'certain' }, 'modality'],
    [{ claimant: { type: 'person', id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' } }, 'claimant.type'],
    [{ value: 'thirty' }, 'value'],
    [{ subjectIds: ['bolivia'] }, 'subjectIds.0'],
    [{ text: '' }, 'text'],
  ])('refuses %j with a 400 naming %s', async (overrides, field) => {
    const body = {
      articleId: article.id,
      text: 'x',
      claimant: { type: 'source', id: sourceId },
      kind: 'event',
      evidence: { start: 0, end: 5 },
      ...overrides,
    };
    expectFieldError(await t.api.post('/v1/claims').send(body), field);
  });

  it('refuses bad filters', async () => {
    expectFieldError(await t.api.get('/v1/claims?status=maybe'), 'status');
    expectFieldError(await t.api.get('/v1/claims?articleId=abc'), 'articleId');
    expectFieldError(await t.api.get('/v1/entities/bolivia/claims?as=object'), 'as');
  });
});
