import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('conditional requests', () => {
  it('sends an ETag on single resources and answers If-None-Match with 304', async () => {
    for (const path of ['/v1/entities/peru', '/v1/sources/orinoco-tribune']) {
      const first = await t.api.get(path).expect(200);
      expect(first.headers.etag).toBe(`"${first.body.version}"`);
      const again = await t.api.get(path).set('if-none-match', String(first.headers.etag));
      expect(again.status, path).toBe(304);
      expect(again.text ?? '').toBe('');
      await t.api.get(path).set('if-none-match', '"999"').expect(200);
    }
    // Embedded relations change without the version changing, so an include gets no ETag (never a stale 304).
    const withRoles = await t.api.get('/v1/entities/peru?include=roles').expect(200);
    expect(withRoles.headers.etag).toBeUndefined();
  });

  it('refuses a stale If-Match with 412 on PATCH and DELETE, and applies a current one', async () => {
    const created = await t.api.post('/v1/sources').send({ name: 'Versioned Source' }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    const updated = await t.api
      .patch('/v1/sources/versioned-source')
      .set('if-match', '"1"')
      .send({ kind: 'wire' })
      .expect(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body.version).toBe(2);
    expectFieldError(
      await t.api.patch('/v1/sources/versioned-source').set('if-match', '"1"').send({ kind: 'ngo' }),
      'if-match',
      412,
      'precondition_failed',
    );
    expectProblem(
      await t.api.delete('/v1/sources/versioned-source').set('if-match', '"1"'),
      412,
      'precondition_failed',
    );
    expectProblem(
      await t.api.delete('/v1/sources/versioned-source').set('if-match', 'W/"2"'),
      412,
      'precondition_failed',
    );
    expect((await t.api.get('/v1/sources/versioned-source').expect(200)).body.kind).toBe('wire');
    await t.api.delete('/v1/sources/versioned-source').set('if-match', '"2"').expect(204);
  });

  it('lets exactly one of many concurrent editors with the same If-Match win: no lost update', async () => {
    const claim = (await t.api.get('/v1/claims?limit=1').expect(200)).body.data[0];
    const etag = `"${claim.version}"`;
    const statuses = [
      'verified',
      'disputed',
      'false',
      'misleading',
      'verified',
      'disputed',
      'false',
      'misleading',
      'verified',
      'disputed',
    ];
    const responses = await Promise.all(
      statuses.map((status) => t.api.patch(`/v1/claims/${claim.id}`).set('if-match', etag).send({ status })),
    );
    const codes = responses.map((response) => response.status).sort();
    expect(codes.filter((code) => code === 200)).toHaveLength(1);
    expect(codes.filter((code) => code === 412)).toHaveLength(statuses.length - 1);
    const winner = responses.find((response) => response.status === 200);
    const now = await t.api.get(`/v1/claims/${claim.id}`).expect(200);
    expect(now.body).toMatchObject({ status: winner?.body.status, version: claim.version + 1 });
  });

  it('applies writes without If-Match unconditionally, still counting versions', async () => {
    const entity = (await t.api.get('/v1/entities/lithium').expect(200)).body;
    const updated = await t.api
      .patch('/v1/entities/lithium')
      .send({ description: 'A soft, silvery alkali metal.' })
      .expect(200);
    expect(updated.body.version).toBe(entity.version + 1);
    await t.api.patch('/v1/entities/lithium').set('if-match', '*').send({ description: 'Element 3.' }).expect(200);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and request, and creates one row', async () => {
    const send = () =>
      t.api.post('/v1/sources').set('idempotency-key', 'create-wire-1').send({ name: 'Idempotent Wire' });
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.headers.location).toBe(first.headers.location);
    const all = await t.api.get('/v1/sources?limit=100').expect(200);
    expect(all.body.data.filter((source: { name: string }) => source.name === 'Idempotent Wire')).toHaveLength(1);
  });

  it('refuses the same key with a different body (422), and keeps keys per API key', async () => {
    await t.api.post('/v1/sources').set('idempotency-key', 'k-2').send({ name: 'First Body' }).expect(201);
    expectFieldError(
      await t.api.post('/v1/sources').set('idempotency-key', 'k-2').send({ name: 'Other Body' }),
      'idempotency-key',
      422,
      'idempotency_key_reused',
    );
    const otherKey = await t.createKey(['write']);
    await t.anonymous
      .post('/v1/sources')
      .set('authorization', `Bearer ${otherKey}`)
      .set('idempotency-key', 'k-2')
      .send({ name: 'Other Caller' })
      .expect(201);
  });

  it('replays refusals too, so a retried bad request is answered the same way', async () => {
    const first = await t.api
      .post('/v1/sources')
      .set('idempotency-key', 'dup-1')
      .send({ name: 'Orinoco Tribune' })
      .expect(409);
    const again = await t.api
      .post('/v1/sources')
      .set('idempotency-key', 'dup-1')
      .send({ name: 'Orinoco Tribune' })
      .expect(409);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('never runs concurrent retries twice', async () => {
    const url = `https://example.org/idempotent-${Date.now()}`;
    const sourceId = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
    const body = { url, title: 'Once', body: 'Only once.', language: 'en', sourceId };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => t.api.post('/v1/articles').set('idempotency-key', 'race-1').send(body)),
    );
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    for (const response of responses) expect([201, 409]).toContain(response.status);
    const list = await t.api.get('/v1/articles?limit=100&sort=ingested').expect(200);
    expect(list.body.data.filter((article: { url: string }) => article.url === url)).toHaveLength(1);
  });

  it('refuses a malformed key', async () => {
    expectFieldError(
      await t.api.post('/v1/sources').set('idempotency-key', 'x'.repeat(256)).send({ name: 'Long Key' }),
      'idempotency-key',
    );
  });
});
