// Review of what the ingest pipeline proposed: entities, mentions and claims accepted, corrected or rejected, with
// If-Match, audit and scopes like any other write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let counter = 0;
const ingest = (body: string, overrides: Record<string, unknown> = {}) =>
  t.api
    .post('/v1/articles')
    .send({
      url: `https://review.example.org/${Date.now()}-${++counter}`,
      title: `Review ${counter}`,
      body,
      bodyFormat: 'text',
      language: 'en',
      ...overrides,
    })
    .expect(201);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function proposedEntity(name: string) {
  const found = await t.api.get('/v1/entities').query({ status: 'proposed', name }).expect(200);
  expect(found.body.data, name).toHaveLength(1);
  return found.body.data[0] as { id: string; slug: string; version: number; status: string; name: string };
}

describe('entity review', () => {
  it('accepts a proposed entity, after which the gazetteer links it', async () => {
    await ingest(
      'Marisol Wankamayo, the harbour master, inspected the new terminal. Marisol Wankamayo said the cranes were ready.',
    );
    const entity = await proposedEntity('Wankamayo');
    expectProblem(
      await t.api.post(`/v1/entities/${entity.id}/review`).set('if-match', '"99"').send({ action: 'accept' }),
      412,
      'precondition_failed',
    );
    const accepted = await t.api
      .post(`/v1/entities/${entity.id}/review`)
      .set('if-match', `"${entity.version}"`)
      .send({ action: 'accept' })
      .expect(200);
    expect(accepted.body).toMatchObject({ id: entity.id, status: 'accepted', version: entity.version + 1 });
    expect(accepted.headers.etag).toBe(`"${entity.version + 1}"`);

    const later = await ingest('A week later Marisol Wankamayo opened the second terminal.', { language: 'en' });
    const mentions = await t.api
      .get('/v1/mentions')
      .query({ articleId: later.body.id, entityId: entity.id })
      .expect(200);
    expect(mentions.body.data).toHaveLength(1);
    expect(mentions.body.data[0]).toMatchObject({
      surface: 'Marisol Wankamayo',
      method: 'gazetteer',
      status: 'accepted',
    });
    const audit = await t.api.get('/v1/audit').query({ resourceType: 'entities', resourceId: entity.id }).expect(200);
    expect(audit.body.data.map((event: { route: string; status: number }) => `${event.route} ${event.status}`)).toEqual(
      expect.arrayContaining(['/v1/entities/:idOrSlug/review 200', '/v1/entities/:idOrSlug/review 412']),
    );
  });

  it('corrects a proposed entity with PATCH, then accepts it', async () => {
    await ingest('Officials of the Lurigancho Harbour Authority met Alvaro Quenta. Alvaro Quenta signed the lease.');
    const entity = await proposedEntity('Quenta');
    const patched = await t.api
      .patch(`/v1/entities/${entity.id}`)
      .set('if-match', `"${entity.version}"`)
      .send({ description: 'Port operator executive.', aliases: [{ name: 'A. Quenta' }] })
      .expect(200);
    expect(patched.body.status).toBe('proposed');
    const accepted = await t.api.post(`/v1/entities/${entity.id}/review`).send({ action: 'accept' }).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      description: 'Port operator executive.',
      aliases: [{ name: 'A. Quenta', language: null }],
    });
  });

  it('rejects a proposed entity with its unreviewed mentions, and never proposes the name again', async () => {
    const first = await ingest(
      'Alvaro Mendelbrot, the port director, praised the deal. Alvaro Mendelbrot said it was historic.',
    );
    const entity = await proposedEntity('Mendelbrot');
    const rejected = await t.api.post(`/v1/entities/${entity.id}/review`).send({ action: 'reject' }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    const mentions = await t.api.get('/v1/mentions').query({ entityId: entity.id }).expect(200);
    expect(mentions.body.data.length).toBeGreaterThan(0);
    for (const mention of mentions.body.data) expect(mention.status).toBe('rejected');

    const again = await ingest('Alvaro Mendelbrot, the port director, spoke again on Friday about the deal.');
    const later = await t.api.get('/v1/mentions').query({ articleId: again.body.id, entityId: entity.id }).expect(200);
    expect(later.body.data).toHaveLength(0);
    const stillOne = await t.api.get('/v1/entities').query({ name: 'Mendelbrot' }).expect(200);
    expect(stillOne.body.data).toHaveLength(1);
    expect(first.body.id).not.toBe(again.body.id);
  });

  it('refuses unknown actions and entities, and needs the write scope', async () => {
    const entity = (await t.api.get('/v1/entities/peru').expect(200)).body;
    expectFieldError(await t.api.post(`/v1/entities/${entity.id}/review`).send({ action: 'maybe' }), 'action');
    expectProblem(await t.api.post('/v1/entities/no-such-entity/review').send({ action: 'accept' }), 404, 'not_found');
    const reader = await t.createKey(['read']);
    expectProblem(
      await t.anonymous
        .post(`/v1/entities/${entity.id}/review`)
        .set('authorization', `Bearer ${reader}`)
        .send({ action: 'accept' }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.anonymous.post(`/v1/entities/${entity.id}/review`).send({ action: 'accept' }),
      401,
      'unauthorized',
    );
  });
});

describe('mention review', () => {
  it('lists the review queue, corrects a mention’s offsets and entity, and accepts or rejects mentions', async () => {
    const article = await ingest(
      'Reporters met Ximena Huarcaya-Loayza in Lima. Ximena Huarcaya-Loayza runs the port of Callao.',
    );
    const queue = await t.api
      .get('/v1/mentions')
      .query({ articleId: article.body.id, status: 'proposed', method: 'ner' })
      .expect(200);
    expect(queue.body.data.length).toBeGreaterThan(0);
    const mention = queue.body.data[0];
    const fetched = await t.api.get(`/v1/mentions/${mention.id}`).expect(200);
    expect(fetched.headers.etag).toBe(`"${mention.version}"`);

    const peru = (await t.api.get('/v1/entities/peru').expect(200)).body;
    const corrected = await t.api
      .patch(`/v1/mentions/${mention.id}`)
      .set('if-match', String(fetched.headers.etag))
      .send({ entityId: peru.id, start: mention.start, end: mention.start + 6, confidence: 0.9 })
      .expect(200);
    expect(corrected.body).toMatchObject({
      entity: { id: peru.id },
      start: mention.start,
      end: mention.start + 6,
      surface: mention.surface.slice(0, 6),
      confidence: 0.9,
      version: mention.version + 1,
    });
    expectProblem(
      await t.api
        .patch(`/v1/mentions/${mention.id}`)
        .set('if-match', String(fetched.headers.etag))
        .send({ confidence: 0.1 }),
      412,
      'precondition_failed',
    );
    expectFieldError(await t.api.patch(`/v1/mentions/${mention.id}`).send({ end: 1_000_000 }), 'end');
    expectFieldError(
      await t.api.patch(`/v1/mentions/${mention.id}`).send({ entityId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }),
      'entityId',
      422,
      'unprocessable',
    );

    const accepted = await t.api.post(`/v1/mentions/${mention.id}/review`).send({ action: 'accept' }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    const other = queue.body.data[1] ?? queue.body.data[0];
    const rejected = await t.api.post(`/v1/mentions/${other.id}/review`).send({ action: 'reject' }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    const stillProposed = await t.api
      .get('/v1/mentions')
      .query({ articleId: article.body.id, status: 'proposed' })
      .expect(200);
    expect(stillProposed.body.data.map((item: { id: string }) => item.id)).not.toContain(mention.id);
  });
});

describe('claim review', () => {
  const text =
    'Bolivia has 21% of the world’s lithium resources, according to the survey. “We will build the plant this year,” said the minister.';

  it('accepts, corrects and rejects extracted claims, separately from their verdict', async () => {
    const article = await ingest(text);
    const proposed = await t.api
      .get('/v1/claims')
      .query({ articleId: article.body.id, method: 'auto', reviewStatus: 'proposed' })
      .expect(200);
    expect(proposed.body.data.length).toBeGreaterThanOrEqual(2);
    const [first, second] = proposed.body.data;

    const corrected = await t.api
      .patch(`/v1/claims/${first.id}`)
      .set('if-match', `"${first.version}"`)
      .send({ text: 'Bolivia holds 21% of the world’s lithium resources.' })
      .expect(200);
    expect(corrected.body).toMatchObject({ reviewStatus: 'proposed', method: 'auto', status: 'unverified' });
    const accepted = await t.api
      .post(`/v1/claims/${first.id}/review`)
      .set('if-match', `"${corrected.body.version}"`)
      .send({ action: 'accept' })
      .expect(200);
    expect(accepted.body).toMatchObject({
      reviewStatus: 'accepted',
      status: 'unverified',
      text: 'Bolivia holds 21% of the world’s lithium resources.',
    });

    const rejected = await t.api.post(`/v1/claims/${second.id}/review`).send({ action: 'reject' }).expect(200);
    expect(rejected.body.reviewStatus).toBe('rejected');
    const remaining = await t.api
      .get('/v1/claims')
      .query({ articleId: article.body.id, reviewStatus: 'proposed' })
      .expect(200);
    expect(remaining.body.data.map((claim: { id: string }) => claim.id)).not.toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
    const acceptedList = await t.api.get('/v1/claims').query({ reviewStatus: 'accepted', method: 'auto' }).expect(200);
    expect(acceptedList.body.data.map((claim: { id: string }) => claim.id)).toContain(first.id);
  });

  it('refuses to review a claim entered by hand', async () => {
    const manual = await t.api.get('/v1/claims').query({ method: 'manual', limit: 1 }).expect(200);
    expect(manual.body.data[0]).toMatchObject({ method: 'manual', reviewStatus: 'accepted', confidence: 1 });
    expectProblem(
      await t.api.post(`/v1/claims/${manual.body.data[0].id}/review`).send({ action: 'reject' }),
      409,
      'conflict',
    );
  });
});
