import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sources', () => {
  it('lists the fixture’s two sources and gets one by slug and by id', async () => {
    const list = await t.api.get('/v1/sources').expect(200);
    const names = list.body.data.map((source: { name: string }) => source.name);
    expect(names).toEqual(expect.arrayContaining(['Misión Verdad', 'Orinoco Tribune']));

    const bySlug = await t.api.get('/v1/sources/orinoco-tribune').expect(200);
    expect(bySlug.body).toMatchObject({ slug: 'orinoco-tribune', country: 'VE', language: 'en' });
    const byId = await t.api.get(`/v1/sources/${bySlug.body.id}`).expect(200);
    expect(byId.body).toEqual(bySlug.body);
  });

  it('creates, updates and deletes a source', async () => {
    const created = await t.api
      .post('/v1/sources')
      .send({
        name: 'Agência Brasil',
        homepage: 'https://agenciabrasil.ebc.com.br/',
        country: 'BR',
        language: 'pt-BR',
        kind: 'public_broadcaster',
      })
      .expect(201);
    expect(created.body).toMatchObject({ slug: 'agencia-brasil', kind: 'public_broadcaster' });
    expect(created.headers.location).toBe(`/v1/sources/${created.body.id}`);

    const updated = await t.api
      .patch(`/v1/sources/${created.body.id}`)
      .send({ homepage: null, kind: 'government' })
      .expect(200);
    expect(updated.body).toMatchObject({ homepage: null, kind: 'government', name: 'Agência Brasil' });

    await t.api.delete('/v1/sources/agencia-brasil').expect(204);
    expectProblem(await t.api.get('/v1/sources/agencia-brasil'), 404, 'not_found');
  });

  it('refuses a duplicate slug with 409 naming the existing source', async () => {
    const response = await t.api.post('/v1/sources').send({ name: 'Orinoco Tribune' });
    const problem = expectFieldError(response, 'slug', 409, 'conflict');
    expect(problem.location).toMatch(/^\/v1\/sources\//);
  });

  it.each([
    ['only direction marks', '\u200F\u200E\u061C'],
    ['a Cyrillic name', 'ТАСС'],
    ['only punctuation', '!!!'],
  ])(
    'creates a source whose name (%s) makes no slug, with a generated one (found by the fuzzer: was a 500 after the insert)',
    async (_, name) => {
      const created = await t.api.post('/v1/sources').send({ name }).expect(201);
      expect(created.body.slug).toMatch(/^source-[a-z0-9]+$/);
      expect((await t.api.get(`/v1/sources/${created.body.slug}`).expect(200)).body.name).toBe(name);
      await t.api.delete(`/v1/sources/${created.body.id}`).expect(204);
    },
  );

  it('refuses to delete a source that still has articles', async () => {
    expectProblem(await t.api.delete('/v1/sources/orinoco-tribune'), 409, 'in_use');
    await t.api.get('/v1/sources/orinoco-tribune').expect(200);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'X', kind: 'tabloid' }, 'kind'],
    [{ name: 'X', country: 'Peru' }, 'country'],
    [{ name: 'X', homepage: 'ftp://example.org' }, 'homepage'],
    [{ name: 'X', language: 'english language' }, 'language'],
    [{ name: 'X', id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }, 'id'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{}, 'name'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    expectFieldError(await t.api.post('/v1/sources').send(body), field);
  });

  it('refuses a limit out of range and a bad filter value', async () => {
    expectFieldError(await t.api.get('/v1/sources?limit=0'), 'limit');
    expectFieldError(await t.api.get('/v1/sources?limit=101'), 'limit');
    expectFieldError(await t.api.get('/v1/sources?kind=tabloid'), 'kind');
    expectFieldError(await t.api.get('/v1/sources?colour=red'), 'colour');
  });
});
