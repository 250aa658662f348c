import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let sourceId: string;
let counter = 0;
beforeAll(async () => {
  t = await createTestApp();
  sourceId = (await t.api.get('/v1/sources?limit=1').expect(200)).body.data[0].id;
});
afterAll(() => t.close());

type Mention = { start: number; end: number; entity: { id: string } };

async function entity(body: Record<string, unknown>) {
  return (await t.api.post('/v1/entities').send(body).expect(201)).body as {
    id: string;
    slug: string;
    version: number;
  };
}

/** An article whose body names `text` at offset 0, mentioned there by each entity given. */
async function article(text: string, entityIds: string[]) {
  counter += 1;
  const body = `${text} is in the news again.`;
  return (
    await t.api
      .post('/v1/articles')
      .send({
        url: `https://example.org/merge/${counter}`,
        title: `${text} ${counter}`,
        body,
        language: 'en',
        sourceId,
        mentions: entityIds.map((entityId) => ({ entityId, start: 0, end: text.length })),
      })
      .expect(201)
  ).body as { id: string };
}

async function mentionsOf(articleId: string) {
  return ((await t.api.get(`/v1/articles/${articleId}?include=mentions`).expect(200)).body.mentions as Mention[]).map(
    (mention) => mention.entity.id,
  );
}

describe('entity merge', () => {
  it('moves mentions, claims, aliases and roles to the survivor and keeps the old id and slug resolving', async () => {
    const survivor = await entity({
      type: 'organization',
      name: 'Ministry of Energy and Mines',
      slug: 'minem',
      aliases: [{ name: 'MINEM', language: null }],
    });
    const duplicate = await entity({
      type: 'organization',
      name: 'Energy Ministry of Peru',
      description: 'Peru’s ministry for energy and mining.',
      identifiers: { wikidata: 'Q5999001' },
      aliases: [
        { name: 'MINEM', language: null },
        { name: 'Ministerio de Energía y Minas', language: 'es' },
      ],
    });
    const person = await entity({ type: 'person', name: 'Rómulo Mucho' });
    await t.api
      .post('/v1/roles')
      .send({ person: person.id, organization: duplicate.id, title: 'Minister' })
      .expect(201);
    const onlyDuplicate = await article('Energy Ministry of Peru', [duplicate.id]);
    const both = await article('MINEM', [duplicate.id, survivor.id]);
    const claim = await t.api
      .post('/v1/claims')
      .send({
        articleId: onlyDuplicate.id,
        text: 'The ministry approved the concession.',
        claimant: { type: 'entity', id: duplicate.id },
        subjectIds: [duplicate.id],
        kind: 'event',
        evidence: { start: 0, end: 23 },
      })
      .expect(201);

    const merged = await t.api
      .post(`/v1/entities/${duplicate.slug}/merge`)
      .set('if-match', `"${duplicate.version}"`)
      .send({ into: 'minem' })
      .expect(200);
    expect(merged.body.merged).toEqual({ id: duplicate.id, slug: duplicate.slug });
    expect(merged.body.moved).toEqual({
      mentions: 1,
      mentionsDropped: 1,
      claims: 1,
      aliases: 2,
      roles: 1,
      relations: 0,
    });
    expect(merged.body.survivor).toMatchObject({
      id: survivor.id,
      slug: 'minem',
      description: 'Peru’s ministry for energy and mining.',
      identifiers: { wikidata: 'Q5999001' },
    });
    expect(merged.body.survivor.aliases).toEqual(
      expect.arrayContaining([
        { name: 'MINEM', language: null, kind: 'name', validFrom: null, validTo: null },
        { name: 'Ministerio de Energía y Minas', language: 'es', kind: 'name', validFrom: null, validTo: null },
        { name: 'Energy Ministry of Peru', language: null, kind: 'name', validFrom: null, validTo: null },
      ]),
    );
    expect(merged.body.survivor.aliases).toHaveLength(3);

    // The old id and slug redirect, sub-resources and query strings included.
    const byId = await t.api.get(`/v1/entities/${duplicate.id}`).expect(308);
    expect(byId.headers.location).toBe(`/v1/entities/${survivor.id}`);
    expect(byId.body).toEqual({ id: survivor.id, location: `/v1/entities/${survivor.id}` });
    const claims = await t.api.get(`/v1/entities/${duplicate.slug}/claims?as=claimant`).expect(308);
    expect(claims.headers.location).toBe(`/v1/entities/${survivor.id}/claims?as=claimant`);
    const followed = await t.api.get(String(claims.headers.location)).expect(200);
    expect(followed.body.data.map((c: { id: string }) => c.id)).toEqual([claim.body.id]);
    await t.api.get(`/v1/entities/${duplicate.slug}/timeline`).expect(308);

    expect(await mentionsOf(onlyDuplicate.id)).toEqual([survivor.id]);
    expect(await mentionsOf(both.id)).toEqual([survivor.id]);
    const movedClaim = await t.api.get(`/v1/claims/${claim.body.id}`).expect(200);
    expect(movedClaim.body).toMatchObject({
      claimant: { type: 'entity', id: survivor.id },
      subjects: [{ id: survivor.id }],
      version: 2,
    });
    const roles = await t.api.get(`/v1/entities/${survivor.id}/roles`).expect(200);
    expect(roles.body.data.map((role: { person: { id: string } }) => role.person.id)).toEqual([person.id]);

    // History: the merged entity's revisions stay readable, the last one says where it went.
    const history = await t.api.get(`/v1/entities/${duplicate.id}/revisions`).expect(200);
    expect(history.body.data[0]).toMatchObject({ action: 'merged', mergedInto: survivor.id, operation: 'merge' });
    const survivorHistory = await t.api.get(`/v1/entities/${survivor.id}/revisions`).expect(200);
    expect(survivorHistory.body.data[0]).toMatchObject({ action: 'updated', operation: 'merge', revision: 2 });
    expect(survivorHistory.body.data[0].changedFields).toEqual(
      expect.arrayContaining(['aliases', 'description', 'identifiers.wikidata']),
    );
    const audit = await t.api.get('/v1/audit?limit=100').expect(200);
    expect(
      audit.body.data.some(
        (event: { route: string; status: number }) =>
          event.route === '/v1/entities/:idOrSlug/merge' && event.status === 200,
      ),
    ).toBe(true);

    // A merged entity's old id can be the target of a merge too; and a later merge of the survivor carries the redirects along.
    const third = await entity({ type: 'organization', name: 'MINEM Peru' });
    await t.api.post(`/v1/entities/${third.id}/merge`).send({ into: duplicate.id }).expect(200);
    const final = await entity({ type: 'organization', name: 'Ministerio de Energía y Minas del Perú' });
    await t.api.post(`/v1/entities/minem/merge`).send({ into: final.id }).expect(200);
    expect((await t.api.get(`/v1/entities/${duplicate.id}`).expect(308)).headers.location).toBe(
      `/v1/entities/${final.id}`,
    );
    expect((await t.api.get(`/v1/entities/minem`).expect(308)).headers.location).toBe(`/v1/entities/${final.id}`);
  });

  it('refuses merges that cannot be right, naming the field', async () => {
    const a = await entity({ type: 'port', name: 'Port A', identifiers: { unlocode: 'PEAAA' } });
    const b = await entity({ type: 'port', name: 'Port B', identifiers: { unlocode: 'PEBBB' } });
    const place = await entity({ type: 'place', name: 'Place C' });
    const d = await entity({ type: 'port', name: 'Port D' });
    expectFieldError(
      await t.api.post(`/v1/entities/${a.id}/merge`).send({ into: b.id }),
      'identifiers.unlocode',
      409,
      'conflict',
    );
    expectFieldError(
      await t.api.post(`/v1/entities/${a.id}/merge`).send({ into: place.id }),
      'into',
      422,
      'unprocessable',
    );
    expectFieldError(await t.api.post(`/v1/entities/${a.id}/merge`).send({ into: a.slug }), 'into');
    expectFieldError(
      await t.api.post(`/v1/entities/${a.id}/merge`).send({ into: 'no-such-entity' }),
      'into',
      422,
      'unprocessable',
    );
    expectFieldError(await t.api.post(`/v1/entities/${a.id}/merge`).send({ into: 'Not A Slug' }), 'into');
    expectFieldError(await t.api.post(`/v1/entities/${a.id}/merge`).send({}), 'into');
    expectFieldError(
      await t.api.post(`/v1/entities/${a.id}/merge`).set('if-match', '"99"').send({ into: d.id }),
      'if-match',
      412,
      'precondition_failed',
    );
    expectProblem(await t.api.post('/v1/entities/no-such-entity/merge').send({ into: a.id }), 404, 'not_found');
    const reader = await t.createKey(['read']);
    expectProblem(
      await t.anonymous
        .post(`/v1/entities/${a.id}/merge`)
        .set('authorization', `Bearer ${reader}`)
        .send({ into: b.id }),
      403,
      'forbidden',
    );
    // Nothing was written by the refused requests.
    expect((await t.api.get(`/v1/entities/${a.id}`).expect(200)).body.version).toBe(1);
    expect((await t.api.get(`/v1/entities/${d.id}`).expect(200)).body.version).toBe(1);
  });
});

describe('entity split', () => {
  it('creates a new entity and moves the chosen mentions, aliases and claims to it', async () => {
    const chancay = await entity({
      type: 'port',
      name: 'Chancay Port',
      aliases: [
        { name: 'Chancay', language: null },
        { name: 'Distrito de Chancay', language: 'es' },
      ],
    });
    const port = await article('Chancay', [chancay.id]);
    const district = await article('Chancay', [chancay.id]);
    const claim = await t.api
      .post('/v1/claims')
      .send({
        articleId: district.id,
        text: 'Chancay district has 60,000 inhabitants.',
        claimant: { type: 'source', id: sourceId },
        subjectIds: [chancay.id],
        kind: 'quantity',
        evidence: { start: 0, end: 7 },
      })
      .expect(201);

    const split = await t.api
      .post(`/v1/entities/${chancay.id}/split`)
      .set('if-match', `"${chancay.version}"`)
      .send({
        entity: { type: 'place', name: 'Chancay District', slug: 'chancay-district-split' },
        mentions: [{ articleId: district.id, start: 0, end: 7 }],
        aliases: [{ name: 'Distrito de Chancay', language: 'es' }],
        claimIds: [claim.body.id],
      })
      .expect(201);
    const created = split.body.created as { id: string; aliases: unknown[] };
    expect(split.headers.location).toBe(`/v1/entities/${created.id}`);
    expect(split.body.moved).toEqual({ mentions: 1, claims: 1, aliases: 1 });
    expect(created.aliases).toEqual([
      { name: 'Distrito de Chancay', language: 'es', kind: 'name', validFrom: null, validTo: null },
    ]);
    expect(split.body.original).toMatchObject({
      id: chancay.id,
      version: 2,
      aliases: [{ name: 'Chancay', language: null, kind: 'name', validFrom: null, validTo: null }],
    });

    expect(await mentionsOf(port.id)).toEqual([chancay.id]);
    expect(await mentionsOf(district.id)).toEqual([created.id]);
    expect(
      (await t.api.get(`/v1/claims/${claim.body.id}`).expect(200)).body.subjects.map((s: { id: string }) => s.id),
    ).toEqual([created.id]);
    const revisions = await t.api.get(`/v1/entities/${created.id}/revisions`).expect(200);
    expect(revisions.body.data).toEqual([expect.objectContaining({ action: 'created', operation: 'split' })]);
  });

  it('refuses to move what the entity does not have, naming each field, and writes nothing', async () => {
    const lima = await entity({ type: 'place', name: 'Lima Split Test' });
    const other = await article('Lima Split Test', [lima.id]);
    const response = await t.api.post(`/v1/entities/${lima.id}/split`).send({
      entity: { type: 'person', name: 'Lima (surname)' },
      mentions: [{ articleId: other.id, start: 3, end: 9 }],
      aliases: [{ name: 'Ciudad de los Reyes', language: 'es' }],
      claimIds: ['0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d'],
    });
    const problem = expectProblem(response, 422, 'unprocessable');
    expect(problem.errors?.map((error) => error.field)).toEqual(['mentions.0', 'aliases.0', 'claimIds.0']);
    expectFieldError(
      await t.api
        .post(`/v1/entities/${lima.id}/split`)
        .send({ entity: { type: 'person', name: 'X', slug: lima.slug } }),
      'entity.slug',
      409,
      'conflict',
    );
    expectFieldError(
      await t.api.post(`/v1/entities/${lima.id}/split`).send({ entity: { name: 'No type' } }),
      'entity.type',
    );
    expectFieldError(
      await t.api
        .post(`/v1/entities/${lima.id}/split`)
        .send({ entity: { type: 'person', name: 'Y' }, mentions: [{ articleId: 'nope' }] }),
      'mentions.0.articleId',
    );
    expect((await t.api.get(`/v1/entities?name=Lima%20(surname)`).expect(200)).body.data).toEqual([]);
    expect((await t.api.get(`/v1/entities/${lima.id}`).expect(200)).body.version).toBe(1);
  });
});
