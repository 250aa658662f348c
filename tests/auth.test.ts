import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccess } from '../src/plugins/auth.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let readKey: string;
let writeKey: string;
beforeAll(async () => {
  t = await createTestApp();
  readKey = await t.createKey(['read']);
  writeKey = await t.createKey(['write']);
});
afterAll(() => t.close());

const sampleId = '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d';
const concrete = (url: string) => url.replace(/:(id|idOrSlug|code)\b/g, sampleId);

describe('API keys', () => {
  it('every write route — now and any added later — refuses a missing, an invalid and an under-scoped key', async () => {
    // POSTs that only read (batch matching, reconciliation) declare `read` access and are checked with the reads.
    const writes = t.app.routeTable.filter(
      (route) =>
        !['GET', 'HEAD', 'OPTIONS'].includes(route.method) &&
        !['public', 'read'].includes(routeAccess(route.method, route.access)),
    );
    expect(writes.length).toBeGreaterThanOrEqual(14);
    for (const route of writes) {
      const call = (key?: string) => {
        const request = t.anonymous[route.method.toLowerCase() as 'post'](concrete(route.url)).send({});
        return key ? request.set('authorization', `Bearer ${key}`) : request;
      };
      const where = `${route.method} ${route.url}`;
      const missing = await call();
      expect(missing.status, where).toBe(401);
      expect(missing.headers['www-authenticate'], where).toMatch(/^Bearer/);
      expect((await call('mk_notarealkey1_' + 'x'.repeat(43))).status, where).toBe(401);
      expect((await call('garbage')).status, where).toBe(401);
      expect((await call(readKey)).status, where).toBe(403);
      if (routeAccess(route.method, route.access) === 'admin') expect((await call(writeKey)).status, where).toBe(403);
    }
  });

  it('lets reads through without a key by default, but checks a key that is sent', async () => {
    await t.anonymous.get('/v1/articles').expect(200);
    expectProblem(await t.anonymous.get('/v1/articles').set('authorization', 'Bearer nonsense'), 401, 'unauthorized');
    await t.anonymous.get('/v1/articles').set('authorization', `Bearer ${readKey}`).expect(200);
  });

  it('requires a key for reads when configured so; probes and docs stay public', async () => {
    const keyed = await createTestApp({ readsRequireKey: true });
    try {
      expectProblem(await keyed.anonymous.get('/v1/articles'), 401, 'unauthorized');
      await keyed.api.get('/v1/articles').expect(200);
      // A POST that only reads is a read: a key is needed here, any scope will do.
      const batch = { queries: [{ name: 'Peru' }] };
      expectProblem(await keyed.anonymous.post('/v1/entities/match').send(batch), 401, 'unauthorized');
      const keyedReader = await keyed.createKey(['read']);
      await keyed.anonymous
        .post('/v1/entities/match')
        .set('authorization', `Bearer ${keyedReader}`)
        .send(batch)
        .expect(200);
      await keyed.anonymous.get('/healthz').expect(200);
      await keyed.anonymous.get('/openapi.json').expect(200);
      await keyed.anonymous.get('/problems/unauthorized').expect(200);
    } finally {
      await keyed.close();
    }
  });

  it('accepts a write key for writes and stops accepting it once revoked', async () => {
    const created = await t.anonymous
      .post('/v1/sources')
      .set('authorization', `Bearer ${writeKey}`)
      .send({ name: 'Keyed Source' })
      .expect(201);
    expect(created.body.slug).toBe('keyed-source');
    const prefix = writeKey.slice(3, 15);
    const listed = await t.api.get('/v1/keys?limit=100').expect(200);
    const entry = listed.body.data.find((key: { prefix: string }) => key.prefix === prefix);
    expect(entry).toMatchObject({ scopes: ['write'], revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toMatch(/secret/i);
    await t.api.delete(`/v1/keys/${entry.id}`).expect(204);
    expectProblem(
      await t.anonymous.post('/v1/sources').set('authorization', `Bearer ${writeKey}`).send({ name: 'Too Late' }),
      401,
      'unauthorized',
    );
    const all = await t.api.get('/v1/keys?limit=100&includeRevoked=true').expect(200);
    expect(all.body.data.find((key: { id: string }) => key.id === entry.id).revokedAt).not.toBeNull();
  });

  it('creates keys through the admin API, showing the secret once', async () => {
    const created = await t.api
      .post('/v1/keys')
      .send({ name: 'via api', scopes: ['write'] })
      .expect(201);
    expect(created.body.secret).toMatch(/^mk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    await t.anonymous
      .post('/v1/sources')
      .set('authorization', `Bearer ${created.body.secret}`)
      .send({ name: 'Via Api Key' })
      .expect(201);
    const read = await t.api.get('/v1/keys?limit=100').expect(200);
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret);
  });

  it('refuses mass assignment: read-only fields in a body are rejected, not ignored', async () => {
    const article = (await t.api.get('/v1/articles?limit=1').expect(200)).body.data[0];
    for (const field of ['id', 'createdAt', 'updatedAt', 'version', 'contentHash', 'ingestedAt']) {
      const response = await t.api
        .patch(`/v1/articles/${article.id}`)
        .send({ [field]: field === 'version' ? 99 : 'x' });
      expect(response.status, field).toBe(400);
      expect(
        response.body.errors.map((error: { field: string }) => error.field),
        field,
      ).toContain(field);
    }
  });
});

describe('audit log', () => {
  it('records applied and refused writes with the key, resource and outcome, for admins only', async () => {
    const created = await t.api.post('/v1/sources').send({ name: 'Audited Source' }).expect(201);
    await t.anonymous.delete(`/v1/sources/${created.body.id}`).expect(401);
    await t.api.patch(`/v1/sources/${created.body.id}`).send({ kind: 'wire' }).expect(200);
    const events = await t.api.get(`/v1/audit?resourceType=sources&resourceId=${created.body.id}`).expect(200);
    const summary = events.body.data.map((event: { method: string; status: number; apiKey: unknown }) => [
      event.method,
      event.status,
      event.apiKey !== null,
    ]);
    expect(summary).toEqual([
      ['PATCH', 200, true],
      ['DELETE', 401, false],
      ['POST', 201, true],
    ]);
    expect(events.body.data[0]).toMatchObject({ route: '/v1/sources/:idOrSlug', resourceType: 'sources' });
    const refused = await t.api.get('/v1/audit?outcome=refused').expect(200);
    expect(refused.body.data.every((event: { status: number }) => event.status >= 400)).toBe(true);
    expectProblem(await t.anonymous.get('/v1/audit').set('authorization', `Bearer ${readKey}`), 403, 'forbidden');
  });

  it('refuses a resourceId with a NUL or another control character with a 400 naming it (found by the fuzzer: was a 500)', async () => {
    for (const resourceId of ['\u0000', 'abc\u0000', 'a\u0007b']) {
      expectFieldError(await t.api.get('/v1/audit').query({ resourceId }), 'resourceId');
    }
  });
});
