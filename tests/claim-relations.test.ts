// Claim relations: typed links between claims (repeats, supports, contradicts, updates, quantifies_differently) with
// evidence and a review status — recorded through the API (audited, versioned, in the change feed) and proposed by
// the ingest pipeline and the seed. Over the seeded Orinoco Tribune translation's claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

type Claim = { id: string; text: string; articleId: string; value: number | null; unit: string | null };
type Relation = {
  id: string;
  type: string;
  subject: { id: string; articleId: string; text: string };
  object: { id: string; articleId: string; text: string };
  status: string;
  origin: string;
  evidence: Record<string, unknown>;
  note: string | null;
  createdBy: { keyPrefix: string } | null;
  version: number;
};

let t: TestApp;
let claims: Claim[];

beforeAll(async () => {
  t = await createTestApp();
  const articles = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
  const translation = articles.body.data.find((article: { url: string }) => article.url === TRANSLATION_URL);
  claims = (await t.api.get('/v1/claims').query({ articleId: translation.id, limit: 100 }).expect(200)).body.data;
  expect(claims.length).toBeGreaterThanOrEqual(6);
});
afterAll(() => t.close());

const sorted = (a: string, b: string) => (a < b ? [a, b] : [b, a]);

describe('POST /v1/claim-relations', () => {
  it('stores a symmetric relation once, the smaller claim id as subject, whatever the order sent', async () => {
    const [a, b] = [claims[0]!, claims[1]!];
    const [first, second] = sorted(a.id, b.id);
    const response = await t.api
      .post('/v1/claim-relations')
      .send({ type: 'contradicts', subjectClaimId: second, objectClaimId: first, note: 'Test pair.' })
      .expect(201);
    const relation = response.body as Relation;
    expect(relation).toMatchObject({
      type: 'contradicts',
      subject: { id: first },
      object: { id: second },
      status: 'accepted',
      origin: 'api',
      note: 'Test pair.',
      version: 1,
    });
    expect(relation.createdBy?.keyPrefix).toMatch(/\w+/);
    expect(response.headers.location).toBe(`/v1/claim-relations/${relation.id}`);
    expect(response.headers.etag).toBe('"1"');

    // The same pair in the other order is the same relation: 409 naming it.
    const again = await t.api
      .post('/v1/claim-relations')
      .send({ type: 'contradicts', subjectClaimId: first, objectClaimId: second });
    expect(expectProblem(again, 409, 'conflict').location).toBe(`/v1/claim-relations/${relation.id}`);

    // Another type for the same pair is another relation.
    await t.api
      .post('/v1/claim-relations')
      .send({ type: 'supports', subjectClaimId: second, objectClaimId: first })
      .expect(201);

    const listed = await t.api.get(`/v1/claims/${second}/relations`).query({ type: 'contradicts' }).expect(200);
    expect(listed.body.data.map((item: Relation) => item.id)).toEqual([relation.id]);
  });

  it('keeps the direction of a directed type', async () => {
    const [a, b] = [claims[2]!, claims[3]!];
    const [first, second] = sorted(a.id, b.id);
    const relation = (
      await t.api
        .post('/v1/claim-relations')
        .send({ type: 'updates', subjectClaimId: second, objectClaimId: first, status: 'proposed' })
        .expect(201)
    ).body as Relation;
    expect(relation).toMatchObject({ subject: { id: second }, object: { id: first }, status: 'proposed' });
  });

  it.each([
    [
      'a claim related to itself',
      { type: 'repeats', subjectClaimId: 'self', objectClaimId: 'self' },
      'objectClaimId',
      400,
      'validation_failed',
    ],
    ['an unknown type', { type: 'agrees', subjectClaimId: 'a', objectClaimId: 'b' }, 'type', 400, 'validation_failed'],
    [
      'a subject that is not a uuid',
      { type: 'repeats', subjectClaimId: 'x', objectClaimId: 'b' },
      'subjectClaimId',
      400,
      'validation_failed',
    ],
    [
      'an unknown object claim',
      { type: 'repeats', subjectClaimId: 'a', objectClaimId: '00000000-0000-7000-8000-000000000000' },
      'objectClaimId',
      422,
      'unprocessable',
    ],
    [
      'an unknown field',
      { type: 'repeats', subjectClaimId: 'a', objectClaimId: 'b', weight: 2 },
      'weight',
      400,
      'validation_failed',
    ],
    [
      'evidence that is not an object',
      { type: 'repeats', subjectClaimId: 'a', objectClaimId: 'b', evidence: [1] },
      'evidence',
      400,
      'validation_failed',
    ],
  ])('refuses %s', async (_name, body, field, status, code) => {
    const ids: Record<string, string> = { self: claims[0]!.id, a: claims[4]!.id, b: claims[5]!.id };
    const sent = Object.fromEntries(Object.entries(body).map(([key, value]) => [key, ids[value as string] ?? value]));
    expectFieldError(await t.api.post('/v1/claim-relations').send(sent), field, status, code);
  });

  it('needs a key with the write scope', async () => {
    const body = { type: 'repeats', subjectClaimId: claims[4]!.id, objectClaimId: claims[5]!.id };
    expectProblem(await t.anonymous.post('/v1/claim-relations').send(body), 401, 'unauthorized');
    const reader = await t.createKey(['read']);
    expectProblem(
      await t.anonymous.post('/v1/claim-relations').set('authorization', `Bearer ${reader}`).send(body),
      403,
      'forbidden',
    );
  });
});

describe('PATCH and DELETE /v1/claim-relations/{id}', () => {
  it('reviews a relation with If-Match, records revisions and change-feed events, and deletes it', async () => {
    const [a, b] = [claims[4]!, claims[5]!];
    const created = (
      await t.api
        .post('/v1/claim-relations')
        .send({ type: 'repeats', subjectClaimId: a.id, objectClaimId: b.id, status: 'proposed' })
        .expect(201)
    ).body as Relation;

    expectFieldError(
      await t.api.patch(`/v1/claim-relations/${created.id}`).set('if-match', '"7"').send({ status: 'accepted' }),
      'if-match',
      412,
      'precondition_failed',
    );
    const reviewed = await t.api
      .patch(`/v1/claim-relations/${created.id}`)
      .set('if-match', '"1"')
      .send({ status: 'rejected', note: 'Not the same claim.' })
      .expect(200);
    expect(reviewed.body).toMatchObject({ status: 'rejected', note: 'Not the same claim.', version: 2 });
    expect(reviewed.headers.etag).toBe('"2"');

    // Retyped from a symmetric to a directed type it reads subject → object as stored.
    const retyped = await t.api
      .patch(`/v1/claim-relations/${created.id}`)
      .set('if-match', '"2"')
      .send({ type: 'supports', note: null })
      .expect(200);
    expect(retyped.body).toMatchObject({ type: 'supports', note: null, version: 3, subject: created.subject });

    const fetched = await t.api.get(`/v1/claim-relations/${created.id}`).expect(200);
    expect(fetched.headers.etag).toBe('"3"');
    await t.api.get(`/v1/claim-relations/${created.id}`).set('if-none-match', '"3"').expect(304);

    const feed = await t.api.get('/v1/changes').query({ types: 'claim_relation', limit: 100 }).expect(200);
    const events = feed.body.data.filter((event: { id: string }) => event.id === created.id);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['created', 'updated', 'updated']);
    expect(events[0].location).toBe(`/v1/claim-relations/${created.id}`);
    expect(events[1].changedFields).toEqual(expect.arrayContaining(['status', 'note']));

    const audit = await t.api.get('/v1/audit').query({ resourceType: 'claim-relations', limit: 100 }).expect(200);
    expect(audit.body.data.length).toBeGreaterThanOrEqual(3);

    expectFieldError(
      await t.api.delete(`/v1/claim-relations/${created.id}`).set('if-match', '"1"'),
      'if-match',
      412,
      'precondition_failed',
    );
    await t.api.delete(`/v1/claim-relations/${created.id}`).set('if-match', '"3"').expect(204);
    expectProblem(await t.api.get(`/v1/claim-relations/${created.id}`), 404, 'not_found');
  });

  it('refuses a retype onto a relation the pair already has (409), an unknown relation (404) and bad fields (400)', async () => {
    const [a, b] = [claims[0]!, claims[2]!];
    const one = (
      await t.api
        .post('/v1/claim-relations')
        .send({ type: 'repeats', subjectClaimId: a.id, objectClaimId: b.id })
        .expect(201)
    ).body as Relation;
    await t.api
      .post('/v1/claim-relations')
      .send({ type: 'contradicts', subjectClaimId: a.id, objectClaimId: b.id })
      .expect(201);
    expectProblem(await t.api.patch(`/v1/claim-relations/${one.id}`).send({ type: 'contradicts' }), 409, 'conflict');
    expectProblem(
      await t.api.patch('/v1/claim-relations/00000000-0000-7000-8000-000000000000').send({ status: 'accepted' }),
      404,
      'not_found',
    );
    expectFieldError(await t.api.patch(`/v1/claim-relations/${one.id}`).send({ status: 'maybe' }), 'status');
    expectFieldError(
      await t.api.patch(`/v1/claim-relations/${one.id}`).send({ subjectClaimId: a.id }),
      'subjectClaimId',
    );
  });
});

describe('GET /v1/claims/{id}/relations', () => {
  it('404 for an unknown claim; 400 for a bad filter', async () => {
    expectProblem(await t.api.get('/v1/claims/00000000-0000-7000-8000-000000000000/relations'), 404, 'not_found');
    expectFieldError(await t.api.get(`/v1/claims/${claims[0]!.id}/relations`).query({ status: 'maybe' }), 'status.0');
  });

  it('pages with a cursor', async () => {
    const claimId = claims[0]!.id;
    const first = await t.api.get(`/v1/claims/${claimId}/relations`).query({ limit: 1 }).expect(200);
    expect(first.body.data).toHaveLength(1);
    expect(first.body.page.nextCursor).toEqual(expect.any(String));
    const second = await t.api
      .get(`/v1/claims/${claimId}/relations`)
      .query({ limit: 1, cursor: first.body.page.nextCursor })
      .expect(200);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
  });
});

describe('proposed by the pipeline', () => {
  const relationsOf = async (claimId: string, query: Record<string, string> = {}) =>
    (
      await t.api
        .get(`/v1/claims/${claimId}/relations`)
        .query({ limit: 100, ...query })
        .expect(200)
    ).body.data as Relation[];

  it('the seed: the constructed article’s “about 1,200 soldiers” contradicts “more than 3,500 soldiers”', async () => {
    const troops = claims.find((claim) => claim.value === 3500 && claim.unit === 'soldiers')!;
    const [relation] = await relationsOf(troops.id, { type: 'contradicts', status: 'proposed' });
    expect(relation).toMatchObject({ type: 'contradicts', status: 'proposed', origin: 'pipeline', createdBy: null });
    const other = relation!.subject.id === troops.id ? relation!.object : relation!.subject;
    expect(other.text).toBe('About 1,200 US soldiers have entered Peru since 2015.');
    expect(relation!.evidence).toMatchObject({
      rule: 'quantity',
      unitKind: 'soldier',
      sameClaimant: false,
    });
    expect([...(relation!.evidence.values as number[])].sort((a, b) => a - b)).toEqual([1200, 3500]);
  });

  it('the seed: the Spanish original’s claims repeat the English republication’s, across languages', async () => {
    const authorised = claims.find((claim) => claim.text.startsWith('On 31 May 2023 the Peruvian government'))!;
    const [repeat] = await relationsOf(authorised.id, { type: 'repeats' });
    const other = repeat!.subject.id === authorised.id ? repeat!.object : repeat!.subject;
    expect(other.text).toMatch(/^El 31 de mayo de 2023 el gobierno peruano autorizó/);
    expect(repeat!.evidence).toMatchObject({ rule: 'same_text', lineage: true, numbers: ['2023', '31'] });
    expect((repeat!.evidence.languages as string[]).sort()).toEqual(['en', 'es']);
    // Unrelated claims of the republication are not proposed as repeats of the Spanish ones.
    const deployment = claims.find((claim) => claim.text.includes('were to be deployed in Lima'))!;
    expect(await relationsOf(deployment.id, { type: 'repeats' })).toEqual([]);
  });

  async function ingest(url: string, body: string) {
    const article = await t.api
      .post('/v1/articles')
      .send({ url, title: 'Claim relations', body, bodyFormat: 'text', language: 'en' })
      .expect(201);
    return (await t.api.get('/v1/claims').query({ articleId: article.body.id, limit: 100 }).expect(200)).body
      .data as Claim[];
  }

  it('ingest: the same quote in two articles → repeats; different values of one quantity → by rule', async () => {
    const quote = '“We will open the lithium plant in Uyuni before the end of this year,” said the minister.';
    const first = await ingest(
      'https://first-outlet.example/lithium-plant',
      `Bolivia has 21% of the world’s lithium resources, according to the survey. ${quote}`,
    );
    const second = await ingest(
      'https://second-outlet.example/lithium-plant',
      `Bolivia has 25% of the world’s lithium resources, according to the survey. ${quote}`,
    );
    const third = await ingest(
      'https://first-outlet.example/lithium-plant-update',
      'Bolivia has 23% of the world’s lithium resources, according to the survey.',
    );
    const quoted = (list: Claim[]) => list.find((claim) => (claim as { quote?: string }).quote)!;
    const share = (list: Claim[]) => list.find((claim) => claim.unit === '%')!;
    expect(quoted(first) && quoted(second) && share(first) && share(second) && share(third)).toBeTruthy();

    const repeats = await relationsOf(quoted(second).id, { type: 'repeats' });
    expect(repeats).toHaveLength(1);
    expect(repeats[0]).toMatchObject({ status: 'proposed', origin: 'pipeline', evidence: { rule: 'same_quote' } });
    expect([repeats[0]!.subject.id, repeats[0]!.object.id].sort()).toEqual(
      [quoted(first).id, quoted(second).id].sort(),
    );

    // 21 % and 25 % from two outlets: no number is both → contradicts.
    const contradicts = await relationsOf(share(second).id, { type: 'contradicts' });
    expect(contradicts.map((relation) => [relation.subject.id, relation.object.id].sort())).toContainEqual(
      [share(first).id, share(second).id].sort(),
    );
    // 21 % and 23 % from the same outlet (the same claimant): quantifies_differently.
    const differently = await relationsOf(share(third).id, { type: 'quantifies_differently' });
    expect(differently.map((relation) => [relation.subject.id, relation.object.id].sort())).toContainEqual(
      [share(first).id, share(third).id].sort(),
    );
    expect(differently[0]!.evidence).toMatchObject({ rule: 'quantity', unitKind: 'percent', sameClaimant: true });
  });

  it('never proposes again a pair a reviewer rejected', async () => {
    const troops = claims.find((claim) => claim.value === 3500 && claim.unit === 'soldiers')!;
    const [relation] = await relationsOf(troops.id, { type: 'contradicts' });
    await t.api
      .patch(`/v1/claim-relations/${relation!.id}`)
      .set('if-match', `"${relation!.version}"`)
      .send({ status: 'rejected' })
      .expect(200);
    // The same article again under another URL: its claim is new, the pair with the rejected one is not proposed…
    const again = await ingest(
      'https://third-outlet.example/troops',
      'About 1,200 soldiers of the United States have entered Peru since 2015, according to this count.',
    );
    expect(again.length).toBeGreaterThan(0);
    // …and the rejected relation is still the only one between the original pair.
    const after = await relationsOf(troops.id, { type: 'contradicts' });
    expect(after.find((item) => item.id === relation!.id)).toMatchObject({ status: 'rejected' });
  });
});
