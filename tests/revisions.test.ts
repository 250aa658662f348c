import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Revision = { revision: number; action: string; changedFields: string[]; actor: { keyPrefix: string } | null; requestId: string | null; recordedAt: string };

/** The prefix of a key secret `mk_<prefix>_<secret>`. */
const prefixOf = (secret: string) => secret.split('_')[1];

describe('revisions', () => {
  it('records create, update and delete of an entity with the key and request that made them', async () => {
    const writer = await t.createKey(['write']);
    const created = await t.anonymous
      .post('/v1/entities')
      .set('authorization', `Bearer ${writer}`)
      .set('x-request-id', 'create-paita')
      .send({ type: 'port', name: 'Puerto de Paita', aliases: [{ name: 'Paita', language: null }] })
      .expect(201);
    const id = created.body.id as string;
    await t.anonymous
      .patch(`/v1/entities/${id}`)
      .set('authorization', `Bearer ${writer}`)
      .set('x-request-id', 'rename-paita')
      .send({ description: 'Port in Piura.', aliases: [{ name: 'Paita', language: null }, { name: 'Port of Paita', language: 'en' }] })
      .expect(200);

    const list = await t.api.get(`/v1/entities/${id}/revisions`).expect(200);
    const revisions = list.body.data as Revision[];
    expect(revisions.map((r) => [r.revision, r.action])).toEqual([
      [2, 'updated'],
      [1, 'created'],
    ]);
    expect(revisions[0]?.changedFields).toEqual(['aliases', 'description']);
    expect(revisions[0]).toMatchObject({ actor: { keyPrefix: prefixOf(writer) }, requestId: 'rename-paita' });
    expect(revisions[1]).toMatchObject({ actor: { keyPrefix: prefixOf(writer) }, requestId: 'create-paita', changedFields: [] });

    const oldest = await t.api.get(`/v1/entities/${id}/revisions?order=oldest&limit=1`).expect(200);
    expect(oldest.body.data.map((r: Revision) => r.revision)).toEqual([1]);
    const second = await t.api.get(`/v1/entities/${id}/revisions?order=oldest&limit=1&cursor=${oldest.body.page.nextCursor}`).expect(200);
    expect(second.body.data.map((r: Revision) => r.revision)).toEqual([2]);
    expect(second.body.page.nextCursor).toBeNull();

    const first = await t.api.get(`/v1/entities/${id}/revisions/1`).expect(200);
    expect(first.body.state).toMatchObject({ id, name: 'Puerto de Paita', description: null, version: 1, aliases: [{ name: 'Paita', language: null }] });

    await t.anonymous.delete(`/v1/entities/${id}`).set('authorization', `Bearer ${writer}`).expect(204);
    await t.api.get(`/v1/entities/${id}`).expect(404);
    const afterDelete = await t.api.get(`/v1/entities/${id}/revisions`).expect(200);
    expect(afterDelete.body.data[0]).toMatchObject({ revision: 3, action: 'deleted', actor: { keyPrefix: prefixOf(writer) } });
    const deleted = await t.api.get(`/v1/entities/${id}/revisions/3`).expect(200);
    expect(deleted.body.state).toMatchObject({ id, description: 'Port in Piura.', version: 2 });
  });

  it('reads an article, entity and claim as they were with ?as_of=, in the same representation as GET', async () => {
    const source = (await t.api.get('/v1/sources?limit=1').expect(200)).body.data[0];
    const article = await t.api
      .post('/v1/articles')
      .send({ url: 'https://example.org/history/as-of', title: 'First title', body: 'Peru and Bolivia signed a lithium accord.', language: 'en', sourceId: source.id })
      .expect(201);
    const peru = (await t.api.get('/v1/entities/peru').expect(200)).body;
    const claim = await t.api
      .post('/v1/claims')
      .send({ articleId: article.body.id, text: 'Peru and Bolivia signed a lithium accord.', claimant: { type: 'source', id: source.id }, subjectIds: [peru.id], kind: 'event', evidence: { start: 0, end: 41 } })
      .expect(201);
    const articleV1 = (await t.api.get(`/v1/articles/${article.body.id}/revisions`).expect(200)).body.data[0] as Revision;
    const claimV1 = (await t.api.get(`/v1/claims/${claim.body.id}/revisions`).expect(200)).body.data[0] as Revision;

    await t.api.patch(`/v1/articles/${article.body.id}`).send({ title: 'Second title' }).expect(200);
    await t.api.patch(`/v1/claims/${claim.body.id}`).send({ status: 'verified' }).expect(200);

    const before = await t.api.get(`/v1/articles/${article.body.id}?as_of=${articleV1.recordedAt}`).expect(200);
    expect(before.body).toEqual(article.body);
    const now = await t.api.get(`/v1/articles/${article.body.id}?as_of=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`).expect(200);
    expect(now.body).toMatchObject({ title: 'Second title', version: 2 });
    const current = await t.api.get(`/v1/articles/${article.body.id}`).expect(200);
    expect(now.body).toEqual(current.body);

    const claimBefore = await t.api.get(`/v1/claims/${claim.body.id}?as_of=${claimV1.recordedAt}`).expect(200);
    expect(claimBefore.body).toEqual(claim.body);
    expect(claimBefore.body).toMatchObject({ status: 'unverified', subjects: [{ id: peru.id, name: 'Peru', slug: 'peru' }] });

    const peruNow = await t.api.get(`/v1/entities/peru?as_of=${encodeURIComponent(new Date().toISOString())}`).expect(200);
    expect(peruNow.body).toEqual(peru);

    const beforeCreation = new Date(new Date(articleV1.recordedAt).getTime() - 1).toISOString();
    const missing = expectProblem(await t.api.get(`/v1/articles/${article.body.id}?as_of=${beforeCreation}`), 404, 'not_found');
    expect(missing.detail).toContain(beforeCreation);

    await t.api.delete(`/v1/claims/${claim.body.id}`).expect(204);
    const gone = new Date(Date.now() + 1000).toISOString();
    expectProblem(await t.api.get(`/v1/claims/${claim.body.id}?as_of=${gone}`), 404, 'not_found');
    await t.api.get(`/v1/claims/${claim.body.id}?as_of=${claimV1.recordedAt}`).expect(200);
  });

  it('refuses bad timestamps, as_of with include, and revisions that do not exist', async () => {
    expectFieldError(await t.api.get('/v1/entities/peru?as_of=yesterday'), 'as_of');
    expectFieldError(await t.api.get('/v1/entities/peru?as_of=2026-13-01T00:00:00Z'), 'as_of');
    expectFieldError(await t.api.get(`/v1/entities/peru?as_of=${new Date().toISOString()}&include=roles`), 'include');
    expectFieldError(await t.api.get('/v1/entities/peru/revisions/0'), 'revision');
    expectFieldError(await t.api.get('/v1/entities/peru/revisions?order=sideways'), 'order');
    expectProblem(await t.api.get('/v1/entities/peru/revisions/999'), 404, 'not_found');
    expectProblem(await t.api.get('/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d/revisions'), 404, 'not_found');
    expectProblem(await t.api.get('/v1/entities/no-such-entity/revisions'), 404, 'not_found');
    const peru = await t.api.get('/v1/entities/peru/revisions?order=oldest&limit=1').expect(200);
    const other = await t.api.get('/v1/entities/bolivia/revisions').expect(200);
    expect(other.body.data.length).toBeGreaterThan(0);
    expectFieldError(await t.api.get(`/v1/entities/bolivia/revisions?order=oldest&cursor=${peru.body.page.nextCursor ?? 'x'}`), 'cursor', 400, 'invalid_cursor');
  });

  it('records revisions of every write path, including plain SQL without an actor', async () => {
    await t.app.db.$executeRaw`UPDATE sources SET name = name || ' (renamed)', version = version + 1 WHERE slug = (SELECT slug FROM sources ORDER BY id LIMIT 1)`;
    const [row] = await t.app.db.$queryRaw<{ action: string; changed_fields: string[]; actor_key_prefix: string | null }[]>`
      SELECT action, changed_fields, actor_key_prefix FROM revisions WHERE resource_type = 'source' ORDER BY id DESC LIMIT 1`;
    expect(row).toEqual({ action: 'updated', changed_fields: ['name'], actor_key_prefix: null });
  });
});
