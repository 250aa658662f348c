import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Revision = {
  revision: number;
  action: string;
  changedFields: string[];
  actor: { keyPrefix: string } | null;
  requestId: string | null;
  recordedAt: string;
};

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
      .send({
        description: 'Port in Piura.',
        aliases: [
          { name: 'Paita', language: null },
          { name: 'Port of Paita', language: 'en' },
        ],
      })
      .expect(200);

    const list = await t.api.get(`/v1/entities/${id}/revisions`).expect(200);
    const revisions = list.body.data as Revision[];
    expect(revisions.map((r) => [r.revision, r.action])).toEqual([
      [2, 'updated'],
      [1, 'created'],
    ]);
    expect(revisions[0]?.changedFields).toEqual(['aliases', 'description']);
    expect(revisions[0]).toMatchObject({ actor: { keyPrefix: prefixOf(writer) }, requestId: 'rename-paita' });
    expect(revisions[1]).toMatchObject({
      actor: { keyPrefix: prefixOf(writer) },
      requestId: 'create-paita',
      changedFields: [],
    });

    const oldest = await t.api.get(`/v1/entities/${id}/revisions?order=oldest&limit=1`).expect(200);
    expect(oldest.body.data.map((r: Revision) => r.revision)).toEqual([1]);
    const second = await t.api
      .get(`/v1/entities/${id}/revisions?order=oldest&limit=1&cursor=${oldest.body.page.nextCursor}`)
      .expect(200);
    expect(second.body.data.map((r: Revision) => r.revision)).toEqual([2]);
    expect(second.body.page.nextCursor).toBeNull();

    const first = await t.api.get(`/v1/entities/${id}/revisions/1`).expect(200);
    expect(first.body.state).toMatchObject({
      id,
      name: 'Puerto de Paita',
      description: null,
      version: 1,
      aliases: [{ name: 'Paita', language: null }],
    });

    await t.anonymous.delete(`/v1/entities/${id}`).set('authorization', `Bearer ${writer}`).expect(204);
    await t.api.get(`/v1/entities/${id}`).expect(404);
    const afterDelete = await t.api.get(`/v1/entities/${id}/revisions`).expect(200);
    expect(afterDelete.body.data[0]).toMatchObject({
      revision: 3,
      action: 'deleted',
      actor: { keyPrefix: prefixOf(writer) },
    });
    const deleted = await t.api.get(`/v1/entities/${id}/revisions/3`).expect(200);
    expect(deleted.body.state).toMatchObject({ id, description: 'Port in Piura.', version: 2 });
  });

  it('reads an article, entity and claim as they were with ?as_of=, in the same representation as GET', async () => {
    const source = (await t.api.get('/v1/sources?limit=1').expect(200)).body.data[0];
    const article = await t.api
      .post('/v1/articles')
      .send({
        url: 'https://example.org/history/as-of',
        title: 'First title',
        body: 'Peru and Bolivia signed a lithium accord.',
        language: 'en',
        sourceId: source.id,
      })
      .expect(201);
    const peru = (await t.api.get('/v1/entities/peru').expect(200)).body;
    const claim = await t.api
      .post('/v1/claims')
      .send({
        articleId: article.body.id,
        text: 'Peru and Bolivia signed a lithium accord.',
        claimant: { type: 'source', id: source.id },
        subjectIds: [peru.id],
        kind: 'event',
        evidence: { start: 0, end: 41 },
      })
      .expect(201);
    const articleV1 = (await t.api.get(`/v1/articles/${article.body.id}/revisions`).expect(200)).body
      .data[0] as Revision;
    const claimV1 = (await t.api.get(`/v1/claims/${claim.body.id}/revisions`).expect(200)).body.data[0] as Revision;

    await t.api.patch(`/v1/articles/${article.body.id}`).send({ title: 'Second title' }).expect(200);
    await t.api.patch(`/v1/claims/${claim.body.id}`).send({ status: 'verified' }).expect(200);

    const before = await t.api.get(`/v1/articles/${article.body.id}?as_of=${articleV1.recordedAt}`).expect(200);
    expect(before.body).toEqual(article.body);
    const now = await t.api
      .get(`/v1/articles/${article.body.id}?as_of=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`)
      .expect(200);
    expect(now.body).toMatchObject({ title: 'Second title', version: 2 });
    const current = await t.api.get(`/v1/articles/${article.body.id}`).expect(200);
    expect(now.body).toEqual(current.body);

    const claimBefore = await t.api.get(`/v1/claims/${claim.body.id}?as_of=${claimV1.recordedAt}`).expect(200);
    expect(claimBefore.body).toEqual(claim.body);
    expect(claimBefore.body).toMatchObject({
      status: 'unverified',
      subjects: [{ id: peru.id, name: 'Peru', slug: 'peru' }],
    });

    const peruNow = await t.api
      .get(`/v1/entities/peru?as_of=${encodeURIComponent(new Date().toISOString())}`)
      .expect(200);
    expect(peruNow.body).toEqual(peru);

    const beforeCreation = new Date(new Date(articleV1.recordedAt).getTime() - 1).toISOString();
    const missing = expectProblem(
      await t.api.get(`/v1/articles/${article.body.id}?as_of=${beforeCreation}`),
      404,
      'not_found',
    );
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
    expectFieldError(
      await t.api.get(`/v1/entities/bolivia/revisions?order=oldest&cursor=${peru.body.page.nextCursor ?? 'x'}`),
      'cursor',
      400,
      'invalid_cursor',
    );
  });

  it('records revisions of every write path, including plain SQL without an actor', async () => {
    await t.app.db
      .$executeRaw`UPDATE sources SET name = name || ' (renamed)', version = version + 1 WHERE slug = (SELECT slug FROM sources ORDER BY id LIMIT 1)`;
    const [row] = await t.app.db.$queryRaw<
      { action: string; changed_fields: string[]; actor_key_prefix: string | null }[]
    >`
      SELECT action, changed_fields, actor_key_prefix FROM revisions WHERE resource_type = 'source' ORDER BY id DESC LIMIT 1`;
    expect(row).toEqual({ action: 'updated', changed_fields: ['name'], actor_key_prefix: null });
  });

  it('records the same revisions with meridian_revision_flush() as the commit-time trigger does, and leaves updates to the trigger', async () => {
    const db = t.app.db;
    type Row = {
      resource_type: string;
      resource_id: string;
      revision: number;
      action: string;
      state: Record<string, unknown>;
      changed_fields: string[];
      actor_key_prefix: string | null;
      request_id: string | null;
      operation: string | null;
    };
    // One transaction that creates an entity with an alias and a claim with subjects (copies of stored ones, new ids),
    // with or without the flush before COMMIT.
    const createBoth = async (flush: boolean) => {
      const [ids] = await db.$queryRaw<
        { entity: string; claim: string }[]
      >`SELECT gen_random_uuid()::text AS entity, gen_random_uuid()::text AS claim`;
      let flushed: number | null = null;
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('meridian.actor', '{"keyId":null,"keyPrefix":"flushkey","requestId":"flush-test","operation":"import"}', true)`;
        await tx.$executeRaw`
          INSERT INTO entities SELECT (jsonb_populate_record(e, jsonb_build_object('id', ${ids!.entity}::text, 'slug', 'flush-' || ${ids!.entity}::text,
            'wikidata_id', null, 'iso_alpha2', null, 'iso_alpha3', null, 'unlocode', null, 'reference_key', null))).*
          FROM entities e WHERE e.slug = 'peru'`;
        await tx.$executeRaw`INSERT INTO entity_aliases (id, entity_id, name, language, updated_at) VALUES (${uuidv7()}::uuid, ${ids!.entity}::uuid, 'Flushland', 'en', now()), (${uuidv7()}::uuid, ${ids!.entity}::uuid, 'Flushlandia', 'es', now())`;
        await tx.$executeRaw`
          INSERT INTO claims SELECT (jsonb_populate_record(c, jsonb_build_object('id', ${ids!.claim}::text))).*
          FROM claims c WHERE c.id = (SELECT id FROM claims ORDER BY id LIMIT 1)`;
        await tx.$executeRaw`INSERT INTO claim_subjects (claim_id, entity_id) VALUES (${ids!.claim}::uuid, ${ids!.entity}::uuid)`;
        if (flush)
          flushed = (await tx.$queryRaw<{ recorded: number }[]>`SELECT meridian_revision_flush() AS recorded`)[0]!
            .recorded;
      });
      const rows = await db.$queryRaw<Row[]>`
        SELECT resource_type, resource_id::text, revision, action, state, changed_fields, actor_key_prefix, request_id, operation
        FROM revisions WHERE resource_id IN (${ids!.entity}::uuid, ${ids!.claim}::uuid) ORDER BY resource_type`;
      // Everything but the ids (and the times and slug derived from them) must be the same either way.
      const comparable = rows.map(({ resource_id: _id, state, ...row }) => {
        const { id: _i, slug: _s, created_at: _c, updated_at: _u, subject_ids, ...rest } = state;
        return { ...row, state: rest, subjects: Array.isArray(subject_ids) ? subject_ids.length : null };
      });
      return { ids: ids!, rows, comparable, flushed };
    };

    const byTrigger = await createBoth(false);
    const byFlush = await createBoth(true);
    expect(byFlush.flushed).toBe(2);
    expect(byTrigger.rows).toHaveLength(2);
    expect(byFlush.comparable).toEqual(byTrigger.comparable);
    expect(byFlush.rows.find((row) => row.resource_type === 'claim')?.state.subject_ids).toEqual([byFlush.ids.entity]);
    expect(byFlush.rows.find((row) => row.resource_type === 'entity')?.state.aliases).toEqual([
      { name: 'Flushland', language: 'en', kind: 'name', valid_from: null, valid_to: null },
      { name: 'Flushlandia', language: 'es', kind: 'name', valid_from: null, valid_to: null },
    ]);
    expect(byFlush.comparable[0]).toMatchObject({
      action: 'created',
      revision: 1,
      actor_key_prefix: 'flushkey',
      operation: 'import',
    });

    // An update is not the flush's: it records nothing, and the trigger records the update at commit. A write after
    // the flush is recorded at commit as a further revision.
    let flushed: number | null = null;
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE entities SET description = 'First change', version = version + 1 WHERE id = ${byFlush.ids.entity}::uuid`;
      flushed = (await tx.$queryRaw<{ recorded: number }[]>`SELECT meridian_revision_flush() AS recorded`)[0]!.recorded;
    });
    expect(flushed).toBe(0);
    const claimId = byFlush.ids.claim;
    const [ids] = await db.$queryRaw<{ claim: string }[]>`SELECT gen_random_uuid()::text AS claim`;
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO claims SELECT (jsonb_populate_record(c, jsonb_build_object('id', ${ids!.claim}::text))).* FROM claims c WHERE c.id = ${claimId}::uuid`;
      await tx.$queryRaw`SELECT meridian_revision_flush()`;
      await tx.$executeRaw`UPDATE claims SET text = text || ' (edited)', version = version + 1 WHERE id = ${ids!.claim}::uuid`;
    });
    const later = await db.$queryRaw<
      { resource_id: string; revision: number; action: string; changed_fields: string[] }[]
    >`
      SELECT resource_id::text, revision, action, changed_fields FROM revisions
      WHERE resource_id IN (${byFlush.ids.entity}::uuid, ${ids!.claim}::uuid) ORDER BY resource_id, revision`;
    expect(later).toEqual(
      [
        { resource_id: byFlush.ids.entity, revision: 1, action: 'created', changed_fields: [] },
        { resource_id: byFlush.ids.entity, revision: 2, action: 'updated', changed_fields: ['description'] },
        { resource_id: ids!.claim, revision: 1, action: 'created', changed_fields: [] },
        { resource_id: ids!.claim, revision: 2, action: 'updated', changed_fields: ['text'] },
      ].sort((a, b) => a.resource_id.localeCompare(b.resource_id) || a.revision - b.revision),
    );
  });
});
