// Reconciliation: the W3C Reconciliation Service API spoken as OpenRefine 3.x speaks it (GET the manifest, POST
// form-encoded `queries=` batches, suggest, preview), POST /v1/entities/match over the fixture's entities, and the
// human judgements both honour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin } from './support/global-setup.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const slug of ['peru', 'dina-boluarte', 'pedro-castillo', 'chancay', 'bolivia', 'callao', 'port-of-callao']) {
    const response = await t.api.get(`/v1/entities/${slug}`).redirects(1);
    if (response.status === 200) ids[slug] = response.body.id;
  }
});
afterAll(() => t.close());

/** What OpenRefine sends: an HTML form whose `queries` field is the batch as JSON. */
function openRefinePost(queries: unknown) {
  return t.anonymous
    .post('/v1/reconcile')
    .type('form')
    .send({ queries: JSON.stringify(queries) });
}

type MatchCandidate = {
  entityId: string;
  name: string;
  type: string;
  score: number;
  match: boolean;
  features: Record<string, unknown>;
};
type MatchResult = { id: string | null; name: string; queryKey: string; candidates: MatchCandidate[] };

async function match(queries: object[], limit?: number): Promise<MatchResult[]> {
  const response = await t.anonymous
    .post('/v1/entities/match')
    .send({ queries, ...(limit ? { limit } : {}) })
    .expect(200);
  return response.body.results;
}

describe('the W3C reconciliation API, as OpenRefine uses it', () => {
  it('serves the manifest with types, properties, view, preview and suggest built on the URL it was reached at', async () => {
    const response = await t.anonymous.get('/v1/reconcile').set('host', 'meridian.example:8080').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const manifest = response.body;
    expect(manifest.versions).toContain('0.2');
    expect(manifest.name).toEqual(expect.any(String));
    expect(manifest.identifierSpace).toBe('http://meridian.example:8080/v1/entities/');
    expect(manifest.defaultTypes).toContainEqual({ id: 'country', name: 'Country' });
    expect(manifest.defaultTypes).toContainEqual({ id: 'person', name: 'Person' });
    expect(manifest.view.url).toBe('http://meridian.example:8080/v1/entities/{{id}}');
    expect(manifest.preview).toMatchObject({ url: 'http://meridian.example:8080/v1/reconcile/preview?id={{id}}' });
    expect(manifest.suggest.entity).toEqual({
      service_url: 'http://meridian.example:8080',
      service_path: '/v1/reconcile/suggest/entity',
    });
    expect(manifest.batchSize).toBe(100);
  });

  it('answers a form-encoded batch with candidates, scores, types and match flags', async () => {
    const response = await openRefinePost({
      q0: { query: 'Peru', type: 'country', limit: 3 },
      q1: { query: 'Boluarte', type: 'person' },
      q2: { query: 'Chancay megaport', properties: [{ pid: 'country', v: 'PE' }] },
      q3: { query: 'Republica del Peru', type: 'country', properties: [{ pid: 'wikidata', v: 'Q419' }] },
      q4: { query: 'Atlantis' },
    }).expect(200);
    const body = response.body;
    expect(Object.keys(body).sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(body.q0.result[0]).toMatchObject({
      id: ids.peru,
      name: 'Peru',
      type: [{ id: 'country', name: 'Country' }],
      score: 100,
      match: true,
    });
    expect(body.q0.result.length).toBeLessThanOrEqual(3);
    // A strict type keeps only persons.
    expect(body.q1.result.map((candidate: { type: { id: string }[] }) => candidate.type[0]?.id)).toEqual(
      body.q1.result.map(() => 'person'),
    );
    expect(body.q1.result[0]).toMatchObject({ id: ids['dina-boluarte'], name: 'Dina Boluarte' });
    // A surname alone is close, not certain: it is no match to link unreviewed.
    expect(body.q1.result[0].match).toBe(false);
    expect(body.q1.result[0].score).toBeLessThan(90);
    // An alias ("Chancay megaport") in the country asked for.
    expect(body.q2.result[0]).toMatchObject({ id: ids.chancay, name: 'Port of Chancay', match: true, score: 100 });
    expect(body.q2.result[0].features).toContainEqual({ id: 'country', value: 1 });
    // The Wikidata id agrees: a match whatever the spelling.
    expect(body.q3.result[0]).toMatchObject({ id: ids.peru, match: true, score: 100 });
    expect(body.q3.result[0].features).toContainEqual({ id: 'identifier', value: 1 });
    expect(body.q4.result).toEqual([]);
  });

  it('takes the batch as JSON too, wrapped in `queries` or bare, and weighs a `should` type instead of filtering', async () => {
    const wrapped = await t.anonymous
      .post('/v1/reconcile')
      .send({ queries: { a: { query: 'Callao', type: 'port', type_strict: 'should' } } })
      .expect(200);
    const names = wrapped.body.a.result.map((candidate: { name: string }) => candidate.name);
    expect(names).toContain('Port of Callao');
    expect(names).toContain('Callao');
    expect(wrapped.body.a.result[0].name).toBe('Port of Callao');
    const bare = await t.anonymous
      .post('/v1/reconcile')
      .send({ a: { query: 'Bolivia' } })
      .expect(200);
    expect(bare.body.a.result[0]).toMatchObject({ id: ids.bolivia, match: true });
  });

  it('suggests entities, types and properties by prefix', async () => {
    const entities = await t.anonymous.get('/v1/reconcile/suggest/entity').query({ prefix: 'boli' }).expect(200);
    expect(entities.body.result[0]).toMatchObject({
      id: ids.bolivia,
      name: 'Bolivia',
      notable: [{ id: 'country', name: 'Country' }],
    });
    const accented = await t.anonymous.get('/v1/reconcile/suggest/entity').query({ prefix: 'Perú', type: 'country' });
    expect(accented.body.result.map((hit: { name: string }) => hit.name)).toEqual(['Peru']);
    // With the parameters OpenRefine's widget adds, a page size and a cursor: the second of the "c" countries.
    const paged = await t.anonymous
      .get('/v1/reconcile/suggest/entity')
      .query({ prefix: 'c', type: 'country', type_strict: 'should', spell: 'always', limit: 1, cursor: 1 })
      .expect(200);
    expect(paged.body.result).toEqual([expect.objectContaining({ name: 'China' })]);
    const types = await t.anonymous.get('/v1/reconcile/suggest/type').query({ prefix: 'pe' }).expect(200);
    expect(types.body.result).toEqual([{ id: 'person', name: 'Person' }]);
    const properties = await t.anonymous.get('/v1/reconcile/suggest/property').query({ prefix: 'coun' }).expect(200);
    expect(properties.body.result).toEqual([expect.objectContaining({ id: 'country', name: 'Country' })]);
  });

  it('previews an entity as a small HTML card that escapes what it shows and may be framed', async () => {
    const created = await t.api
      .post('/v1/entities')
      .send({ type: 'organization', name: 'Acme <script>alert(1)</script> & Co', description: '"quoted" <b>bold</b>' })
      .expect(201);
    const response = await t.anonymous.get('/v1/reconcile/preview').query({ id: created.body.id }).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.text).not.toMatch(/<script|<b>/);
    expect(response.text).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(response.text).toContain('&quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;');
    expect(response.text).toContain(`/v1/entities/${created.body.id}`);
    expectProblem(
      await t.anonymous.get('/v1/reconcile/preview').query({ id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }),
      404,
      'not_found',
    );
  });

  it.each([
    ['a form field that is not JSON', { queries: '{q0:' }, 'queries'],
    ['a query without its name', { queries: JSON.stringify({ q0: { type: 'country' } }) }, 'queries.q0.query'],
    ['an unknown type', { queries: JSON.stringify({ q0: { query: 'Peru', type: 'planet' } }) }, 'queries.q0.type'],
    [
      'an unknown property',
      { queries: JSON.stringify({ q0: { query: 'Peru', properties: [{ pid: 'P17', v: 'PE' }] } }) },
      'queries.q0.properties.0.pid',
    ],
    [
      'a country no entity has',
      { queries: JSON.stringify({ q0: { query: 'Lima', properties: [{ pid: 'country', v: 'XX' }] } }) },
      'queries.q0.properties.0.v',
    ],
    [
      'a malformed birth date',
      { queries: JSON.stringify({ q0: { query: 'Boluarte', properties: [{ pid: 'birthDate', v: '1962-13' }] } }) },
      'queries.q0.properties.0.v',
    ],
    ['an empty batch', { queries: '{}' }, 'queries'],
    ['a data extension request', { extend: JSON.stringify({ ids: ['x'], properties: [{ id: 'country' }] }) }, 'extend'],
    [
      'more queries than the batch size',
      {
        queries: JSON.stringify(
          Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { query: 'Peru' }])),
        ),
      },
      'queries',
    ],
  ])('refuses %s with a problem naming the field', async (_name, form, field) => {
    expectFieldError(await t.anonymous.post('/v1/reconcile').type('form').send(form), field);
  });
});

describe('POST /v1/entities/match', () => {
  it('ranks the fixture’s entities for a batch, with scores and the features that explain them', async () => {
    const results = await match([
      { id: 'r1', name: 'PERÚ', type: 'country' },
      { id: 'r2', name: 'Dina Boluarte', type: 'person', country: 'PE' },
      { name: 'Chancay port', type: 'port', country: 'PE' },
      { name: 'Dina Bolaurte' },
      { name: 'Peru', type: 'organization' },
      { name: 'Pedro Castillo', country: 'US' },
    ]);
    expect(results).toHaveLength(6);
    const [peru, boluarte, chancay, typo, asOrganization, castillo] = results as [
      MatchResult,
      MatchResult,
      MatchResult,
      MatchResult,
      MatchResult,
      MatchResult,
    ];
    expect(peru).toMatchObject({ id: 'r1', name: 'PERÚ', queryKey: 'peru' });
    expect(peru.candidates[0]).toMatchObject({
      entityId: ids.peru,
      score: 1,
      match: true,
      features: { name: 1, matchedName: 'Peru', alias: false, type: 'agrees', country: null, identifier: null },
    });
    expect(boluarte.candidates[0]).toMatchObject({
      entityId: ids['dina-boluarte'],
      match: true,
      features: { type: 'agrees', country: 'agrees' },
    });
    expect(chancay.candidates[0]).toMatchObject({
      entityId: ids.chancay,
      match: true,
      features: { name: 1, alias: true, matchedName: 'Chancay Port', country: 'agrees' },
    });
    // A typo finds the person, scored by trigram similarity, and is not a match to link unreviewed.
    expect(typo.candidates[0]).toMatchObject({ entityId: ids['dina-boluarte'], match: false });
    expect(typo.candidates[0]!.score).toBeGreaterThan(0.3);
    expect(typo.candidates[0]!.score).toBeLessThan(0.9);
    // Peru is a country: asked for an organization, its score halves.
    const country = asOrganization.candidates.find((candidate) => candidate.entityId === ids.peru);
    expect(country).toMatchObject({ score: 0.5, match: false, features: { type: 'differs' } });
    // Pedro Castillo held office in Peru, not the United States.
    expect(castillo.candidates[0]).toMatchObject({
      entityId: ids['pedro-castillo'],
      score: 0.5,
      match: false,
      features: { country: 'differs' },
    });
  });

  it('flags no match when two entities share the name, until the country tells them apart', async () => {
    const peruvian = await t.api.post('/v1/entities').send({ type: 'place', name: 'Santa Rosa' }).expect(201);
    await t.api.post('/v1/entities').send({ type: 'place', name: 'Santa Rosa', slug: 'santa-rosa-2' }).expect(201);
    // Only the first lies in Peru (entity writes take no relations: set as the reference data would).
    await admin(t.databaseUrl, (client) =>
      client.query(
        `INSERT INTO relations (id, type, subject_id, object_id, source_kind, source_dataset, updated_at)
         VALUES (gen_random_uuid(), 'located_in', $1, $2, 'reference', 'test', now())`,
        [peruvian.body.id, ids.peru],
      ),
    );
    const [ambiguous, placed] = await match([{ name: 'Santa Rosa' }, { name: 'Santa Rosa', country: 'PE' }]);
    // Both score 1 (the fixture's Santa Lucía comes after them); neither is safe to link.
    expect(ambiguous!.candidates.slice(0, 2).map((candidate) => candidate.score)).toEqual([1, 1]);
    expect(ambiguous!.candidates.filter((candidate) => candidate.match)).toEqual([]);
    expect(placed!.candidates[0]).toMatchObject({
      entityId: peruvian.body.id,
      score: 1,
      match: true,
      features: { country: 'agrees' },
    });
    expect(placed!.candidates[1]).toMatchObject({ score: 0.9, match: false, features: { country: 'unknown' } });
  });

  it('makes an agreeing identifier a match whatever the name, and a differing one a strong doubt', async () => {
    const [byWikidata, conflicting] = await match([
      { name: 'La presidenta', identifiers: { wikidata: 'Q106474688' } },
      { name: 'Peru', identifiers: { wikidata: 'Q96' } },
    ]);
    expect(byWikidata!.candidates[0]).toMatchObject({
      entityId: ids['dina-boluarte'],
      score: 1,
      match: true,
      features: { identifier: 'agrees' },
    });
    expect(conflicting!.candidates[0]).toMatchObject({
      entityId: ids.peru,
      score: 0.3,
      match: false,
      features: { identifier: 'differs' },
    });
  });

  it('compares a person’s birth date as precisely as the query gives it', async () => {
    const person = await t.api.post('/v1/entities').send({ type: 'person', name: 'Marisol Quispe Ttito' }).expect(201);
    // Entity writes do not take validFrom (the reference data sets it): set the birth date as the data load would.
    await admin(t.databaseUrl, (client) =>
      client.query(`UPDATE entities SET valid_from = '1971-04-09' WHERE id = $1`, [person.body.id]),
    );
    const [sameYear, sameDay, otherYear] = await match([
      { name: 'Marisol Quispe Ttito', birthDate: '1971' },
      { name: 'Marisol Quispe Ttito', birthDate: '1971-04-09' },
      { name: 'Marisol Quispe Ttito', birthDate: '1980-04-09' },
    ]);
    expect(sameYear!.candidates[0]).toMatchObject({ entityId: person.body.id, features: { birthDate: 'agrees' } });
    expect(sameDay!.candidates[0]).toMatchObject({ score: 1, match: true });
    expect(otherYear!.candidates[0]).toMatchObject({ score: 0.5, match: false, features: { birthDate: 'differs' } });
  });

  it.each([
    ['no queries', { queries: [] }, 'queries'],
    ['more than 100 queries', { queries: Array.from({ length: 101 }, () => ({ name: 'Peru' })) }, 'queries'],
    ['an empty name', { queries: [{ name: '  ' }] }, 'queries.0.name'],
    ['an unknown type', { queries: [{ name: 'Peru', type: 'planet' }] }, 'queries.0.type'],
    ['a lower-case country code', { queries: [{ name: 'Lima', country: 'pe' }] }, 'queries.0.country'],
    ['an impossible birth date', { queries: [{ name: 'Boluarte', birthDate: '1962-02-30' }] }, 'queries.0.birthDate'],
    [
      'a malformed Wikidata id',
      { queries: [{ name: 'Peru', identifiers: { wikidata: '419' } }] },
      'queries.0.identifiers.wikidata',
    ],
    ['an unknown field', { queries: [{ name: 'Peru', nickname: 'x' }] }, 'queries.0.nickname'],
    ['a limit above 25', { queries: [{ name: 'Peru' }], limit: 26 }, 'limit'],
  ])('refuses %s with a problem naming the field', async (_name, body, field) => {
    expectFieldError(await t.anonymous.post('/v1/entities/match').send(body), field);
  });
});

describe('human judgements', () => {
  it('never proposes a pair judged no_match again, and puts a judged match first with match=true', async () => {
    const before = await match([{ name: 'D. Boluarte' }]);
    expect(before[0]!.candidates.map((candidate) => candidate.entityId)).toContain(ids['dina-boluarte']);

    const rejected = await t.api
      .post('/v1/entities/match/judgements')
      .send({ query: 'D. Boluarte', entityId: ids['dina-boluarte'], decision: 'no_match' })
      .expect(201);
    expect(rejected.headers.location).toBe(`/v1/entities/match/judgements/${rejected.body.id}`);
    expect(rejected.body).toMatchObject({ query: 'D. Boluarte', queryKey: 'd boluarte', decision: 'no_match' });

    // The same key, spelled otherwise: still never proposed, in both APIs.
    const after = await match([{ name: 'd boluarte' }, { name: 'Dina Boluarte' }]);
    expect(after[0]!.candidates.map((candidate) => candidate.entityId)).not.toContain(ids['dina-boluarte']);
    expect(after[1]!.candidates[0]!.entityId).toBe(ids['dina-boluarte']);
    const reconciled = await openRefinePost({ q0: { query: 'D Boluarte' } }).expect(200);
    expect(reconciled.body.q0.result.map((candidate: { id: string }) => candidate.id)).not.toContain(
      ids['dina-boluarte'],
    );

    // A judged match comes first with match=true, above a better name match.
    await t.api
      .post('/v1/entities/match/judgements')
      .send({ query: 'la presidenta', entityId: ids['pedro-castillo'], decision: 'match' })
      .expect(201);
    const judged = await match([{ name: 'La Presidenta' }]);
    expect(judged[0]!.candidates[0]).toMatchObject({
      entityId: ids['pedro-castillo'],
      score: 1,
      match: true,
      features: { judgement: 'match' },
    });

    // Judging the pair again replaces the decision.
    const replaced = await t.api
      .post('/v1/entities/match/judgements')
      .send({ query: 'La presidenta', entityId: ids['pedro-castillo'], decision: 'no_match' })
      .expect(200);
    expect(replaced.headers['content-location']).toBe(`/v1/entities/match/judgements/${replaced.body.id}`);
    expect(replaced.body.query).toBe('la presidenta');
    const none = await match([{ name: 'La Presidenta' }]);
    expect(none[0]!.candidates.map((candidate) => candidate.entityId)).not.toContain(ids['pedro-castillo']);

    const listed = await t.anonymous.get('/v1/entities/match/judgements').query({ query: 'LA PRESIDENTA' }).expect(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: replaced.body.id, decision: 'no_match' })]);
    await t.anonymous.get(`/v1/entities/match/judgements/${rejected.body.id}`).expect(200);

    // Withdrawn, the decision no longer counts: Dina Boluarte is proposed for "D. Boluarte" again.
    await t.api.delete(`/v1/entities/match/judgements/${rejected.body.id}`).expect(204);
    expectProblem(await t.anonymous.get(`/v1/entities/match/judgements/${rejected.body.id}`), 404, 'not_found');
    expectProblem(await t.api.delete(`/v1/entities/match/judgements/${rejected.body.id}`), 404, 'not_found');
    const again = await match([{ name: 'D. Boluarte' }]);
    expect(again[0]!.candidates.map((candidate) => candidate.entityId)).toContain(ids['dina-boluarte']);
  });

  it('keeps a decision when its entity is merged into another: it moves to the survivor', async () => {
    const duplicate = await t.api.post('/v1/entities').send({ type: 'port', name: 'Chancay Terminal' }).expect(201);
    await t.api
      .post('/v1/entities/match/judgements')
      .send({ query: 'Terminal Portuario de Chancay', entityId: duplicate.body.id, decision: 'match' })
      .expect(201);
    await t.api.post(`/v1/entities/${duplicate.body.id}/merge`).send({ into: 'chancay' }).expect(200);
    const [result] = await match([{ name: 'Terminal Portuario de Chancay' }]);
    expect(result!.candidates[0]).toMatchObject({
      entityId: ids.chancay,
      match: true,
      features: { judgement: 'match' },
    });
  });

  it('records the decision through the write path: key, request id and audit event', async () => {
    const key = await t.createKey(['write']);
    const response = await t.anonymous
      .post('/v1/entities/match/judgements')
      .set('authorization', `Bearer ${key}`)
      .set('x-request-id', 'judgement-audit-1')
      .send({ query: 'Castillo Terrones', entityId: ids['pedro-castillo'], decision: 'match' })
      .expect(201);
    const audit = await t.api.get('/v1/audit').query({ limit: 100 }).expect(200);
    expect(audit.body.data).toContainEqual(
      expect.objectContaining({ requestId: 'judgement-audit-1', status: 201, method: 'POST' }),
    );
    expect(response.body.decision).toBe('match');
  });

  it('needs a key with the write scope to judge; matching needs none', async () => {
    const body = { query: 'Peru', entityId: ids.peru, decision: 'match' };
    expectProblem(await t.anonymous.post('/v1/entities/match/judgements').send(body), 401, 'unauthorized');
    const readKey = await t.createKey(['read']);
    expectProblem(
      await t.anonymous.post('/v1/entities/match/judgements').set('authorization', `Bearer ${readKey}`).send(body),
      403,
      'forbidden',
    );
    await t.anonymous
      .post('/v1/entities/match')
      .send({ queries: [{ name: 'Peru' }] })
      .expect(200);
  });

  it.each([
    [
      'an unknown entity',
      { query: 'Peru', entityId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d', decision: 'match' },
      'entityId',
      422,
      'unprocessable',
    ],
    [
      'a decision that is neither',
      { query: 'Peru', entityId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d', decision: 'maybe' },
      'decision',
      400,
      'validation_failed',
    ],
    [
      'a name of punctuation only',
      { query: '¿?', entityId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d', decision: 'match' },
      'query',
      400,
      'validation_failed',
    ],
  ])('refuses %s', async (_name, body, field, status, code) => {
    expectFieldError(await t.api.post('/v1/entities/match/judgements').send(body), field, status, code);
  });
});
