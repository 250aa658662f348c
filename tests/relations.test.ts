// The place hierarchy end to end: relations stored with the reference entities they join, an article's inferred
// countries (stored with it, shown on it, kept consistent on update, review and delete), `country=` filters and the
// country facet reading them, and the relations endpoints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin } from './support/global-setup.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const uniqueUrl = () => `https://wire.example.net/hierarchy-${Date.now()}-${++counter}`;

async function ingest(body: string, title = 'Dock strike') {
  const response = await t.api
    .post('/v1/articles')
    .query({ ner: 'false' })
    .send({ url: uniqueUrl(), title, body, bodyFormat: 'text', language: 'en', publishedAt: '2024-03-02T08:00:00Z' })
    .expect(201);
  return response.body as { id: string; ingest: { mentions: number; inferredCountries: number } };
}

type Country = {
  country: { slug: string; isoAlpha2: string | null };
  how: string;
  mentions: number;
  confidence: number | null;
  via: { name: string; type: string }[];
};

async function countriesOf(articleId: string): Promise<Country[]> {
  return (await t.api.get(`/v1/articles/${articleId}`).query({ include: 'countries' }).expect(200)).body.countries;
}

async function searchIds(query: Record<string, string>): Promise<string[]> {
  const response = await t.api.get('/v1/search').query(query).expect(200);
  return response.body.articles.data.map((hit: { id: string }) => hit.id);
}

describe('an article naming only Rotterdam', () => {
  let article: { id: string; ingest: { mentions: number; inferredCountries: number } };
  beforeAll(async () => {
    article = await ingest('Dockworkers in Rotterdam walked out on Tuesday over automation plans.');
  });

  it('is stored with the Netherlands inferred from Rotterdam', async () => {
    expect(article.ingest).toMatchObject({ mentions: 1, inferredCountries: 1 });
    const countries = await countriesOf(article.id);
    expect(countries).toEqual([
      {
        country: expect.objectContaining({ slug: 'netherlands', isoAlpha2: 'NL', type: 'country' }),
        how: 'inferred',
        mentions: 0,
        confidence: null,
        via: [expect.objectContaining({ name: 'Rotterdam', type: 'place' })],
      },
    ]);
  });

  it('is found by country=NL in search, in /v1/articles and in exports, and not by country=PE', async () => {
    expect(await searchIds({ country: 'NL' })).toContain(article.id);
    expect(await searchIds({ country: 'nl', q: 'automation' })).toEqual([article.id]);
    expect(await searchIds({ country: 'PE' })).not.toContain(article.id);
    const listed = await t.api.get('/v1/articles').query({ country: 'NL', limit: 100 }).expect(200);
    expect(listed.body.data.map((row: { id: string }) => row.id)).toContain(article.id);
    const exported = await t.api.get('/v1/exports/articles').query({ country: 'NL' }).expect(200);
    expect(exported.text).toContain(article.id);
  });

  it('is counted under the Netherlands in the country facet', async () => {
    const response = await t.api.get('/v1/search').query({ q: 'automation', facets: 'country' }).expect(200);
    expect(response.body.facets.country.buckets).toEqual([
      expect.objectContaining({ slug: 'netherlands', isoAlpha2: 'NL', count: 1 }),
    ]);
  });

  it('stored Rotterdam with its located_in relations to South Holland and the Netherlands', async () => {
    const rotterdam = (await t.api.get('/v1/entities').query({ name: 'Rotterdam', type: 'place' }).expect(200)).body
      .data[0];
    expect(rotterdam).toMatchObject({ name: 'Rotterdam', type: 'place' });
    const response = await t.api
      .get(`/v1/entities/${rotterdam.slug}/relations`)
      .query({ direction: 'outgoing' })
      .expect(200);
    const edges = response.body.data.map((relation: { type: string; object: { name: string }; source: unknown }) => [
      relation.type,
      relation.object.name,
      relation.source,
    ]);
    expect(edges).toEqual(
      expect.arrayContaining([
        [
          'located_in',
          'Netherlands',
          { kind: 'reference', dataset: 'places/cities.csv', articleId: null, apiKeyId: null, evidence: null },
        ],
        ['located_in', 'South Holland', expect.objectContaining({ kind: 'reference', dataset: 'places/cities.csv' })],
      ]),
    );
    expect(edges).toHaveLength(2);
    // The region was stored with its own relation to the country.
    const region = response.body.data.find(
      (relation: { object: { name: string } }) => relation.object.name === 'South Holland',
    );
    const regionRelations = await t.api
      .get(`/v1/entities/${region.object.id}/relations`)
      .query({ direction: 'outgoing', type: 'located_in' })
      .expect(200);
    expect(regionRelations.body.data.map((relation: { object: { slug: string } }) => relation.object.slug)).toEqual([
      'netherlands',
    ]);
  });

  it('keeps its countries when the article is updated', async () => {
    const current = await t.api.get(`/v1/articles/${article.id}`).expect(200);
    await t.api
      .patch(`/v1/articles/${article.id}`)
      .set('if-match', String(current.headers.etag))
      .send({ title: 'Rotterdam dock strike' })
      .expect(200);
    expect((await countriesOf(article.id)).map((country) => country.country.isoAlpha2)).toEqual(['NL']);
    expect(await searchIds({ country: 'NL' })).toContain(article.id);
  });
});

describe('inferred countries follow the article and its mentions', () => {
  it('a deleted article leaves no inferred countries behind', async () => {
    const article = await ingest('Container traffic through Rotterdam slowed.', 'Rotterdam traffic');
    expect(await searchIds({ country: 'NL', q: 'container' })).toEqual([article.id]);
    await t.api.delete(`/v1/articles/${article.id}`).expect(204);
    expect(await searchIds({ country: 'NL', q: 'container' })).toEqual([]);
    const rows = await t.app.db.articleInferredEntity.count({ where: { articleId: article.id } });
    expect(rows).toBe(0);
  });

  it('a rejected mention takes the inference it supported with it', async () => {
    const article = await ingest('Farmers blocked roads around Bavaria with tractors.', 'Tractor protest');
    expect((await countriesOf(article.id)).map((country) => country.country.isoAlpha2)).toEqual(['DE']);
    const mentions = await t.api.get('/v1/mentions').query({ articleId: article.id }).expect(200);
    expect(mentions.body.data).toHaveLength(1);
    await t.api.post(`/v1/mentions/${mentions.body.data[0].id}/review`).send({ action: 'reject' }).expect(200);
    expect(await countriesOf(article.id)).toEqual([]);
    expect(await searchIds({ country: 'DE', q: 'tractors' })).toEqual([]);
  });

  it('a merge moves the relations and the inferences to the surviving entity', async () => {
    const article = await ingest('Cranes at Rotterdam stood idle for a week.', 'Idle cranes');
    const rotterdam = (await t.api.get('/v1/entities').query({ name: 'Rotterdam', type: 'place' }).expect(200)).body
      .data[0];
    const survivor = (await t.api.post('/v1/entities').send({ type: 'place', name: 'Rotterdam City' }).expect(201))
      .body;
    const merged = await t.api.post(`/v1/entities/${rotterdam.id}/merge`).send({ into: survivor.id }).expect(200);
    expect(merged.body.moved.relations).toBe(2);
    const relations = await t.api
      .get(`/v1/entities/${survivor.id}/relations`)
      .query({ direction: 'outgoing' })
      .expect(200);
    expect(relations.body.data.map((relation: { object: { name: string } }) => relation.object.name).sort()).toEqual([
      'Netherlands',
      'South Holland',
    ]);
    const [netherlands] = await countriesOf(article.id);
    expect(netherlands).toMatchObject({ country: { isoAlpha2: 'NL' }, via: [{ id: survivor.id }] });
    expect(await searchIds({ country: 'NL', q: 'cranes' })).toEqual([article.id]);
  });

  it('shows a country named by its demonym only as such, with the lower confidence', async () => {
    const article = await ingest('Peruvian troops arrived at the border crossing.', 'Troops arrive');
    const [peru] = await countriesOf(article.id);
    expect(peru).toMatchObject({ country: { isoAlpha2: 'PE' }, how: 'demonym', mentions: 1, via: [] });
    expect(peru!.confidence).toBeLessThan(0.9);
    const named = await ingest('Peru and its Peruvian troops held Arequipa.', 'Peru holds');
    const [again] = await countriesOf(named.id);
    expect(again).toMatchObject({
      country: { isoAlpha2: 'PE' },
      how: 'mentioned',
      // "Peru" and "Peruvian" in the body, "Peru" in the title (titles are linked too).
      mentions: 3,
      via: [expect.objectContaining({ name: 'Arequipa' })],
    });
  });

  it('infers the countries of a structured article from the stored relations', async () => {
    const source = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body;
    const iquitos = (await t.api.get('/v1/entities/iquitos').expect(200)).body;
    const response = await t.api
      .post('/v1/articles')
      .send({
        url: uniqueUrl(),
        title: 'River traffic',
        body: 'Boats left Iquitos at dawn.',
        language: 'en',
        sourceId: source.id,
        mentions: [{ entityId: iquitos.id, start: 11, end: 18 }],
      })
      .expect(201);
    const countries = await countriesOf(response.body.id);
    expect(countries).toEqual([
      expect.objectContaining({
        country: expect.objectContaining({ slug: 'peru' }),
        how: 'inferred',
        via: [expect.objectContaining({ slug: 'iquitos' })],
      }),
    ]);
  });

  it('ignores a common-word city without its country: "Nice" is not France', async () => {
    const article = await ingest('Nice weather brought crowds to the beaches.', 'Weather');
    expect(article.ingest.mentions).toBe(0);
    expect(await countriesOf(article.id)).toEqual([]);
  });
});

describe('the seeded fixture', () => {
  it('states that Chancay and the other places it names lie in Peru, with the evidence', async () => {
    const response = await t.api.get('/v1/entities/chancay/relations').expect(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({
        type: 'located_in',
        subject: expect.objectContaining({ slug: 'chancay', type: 'port' }),
        object: expect.objectContaining({ slug: 'peru' }),
        status: 'accepted',
        source: expect.objectContaining({ kind: 'article', dataset: null }),
      }),
    ]);
    const { articleId, evidence } = response.body.data[0].source;
    const article = (await t.api.get(`/v1/articles/${articleId}`).expect(200)).body;
    expect(
      Array.from(article.body as string)
        .slice(evidence.start, evidence.end)
        .join(''),
    ).toBe('The port of Chancay is the largest in Peru');
    const inPeru = await t.api
      .get('/v1/relations')
      .query({ object: 'peru', type: 'located_in', limit: 100 })
      .expect(200);
    const subjects = inPeru.body.data.map((relation: { subject: { slug: string } }) => relation.subject.slug);
    expect(subjects).toEqual(
      expect.arrayContaining(['chancay', 'callao', 'lima', 'iquitos', 'pucusana', 'cusco-region']),
    );
    const countries = await countriesOf(articleId);
    const peru = countries.find((country) => country.country.isoAlpha2 === 'PE')!;
    expect(peru.how).toBe('mentioned');
    expect(peru.via.map((place) => place.name)).toEqual(expect.arrayContaining(['Port of Chancay', 'Iquitos', 'Lima']));
  });

  it('states that Dina Boluarte heads Peru from 2022-12-07 and that the lithium triangle lies in its three countries', async () => {
    const head = await t.api.get('/v1/entities/dina-boluarte/relations').query({ type: 'head_of' }).expect(200);
    expect(head.body.data).toEqual([
      expect.objectContaining({
        object: expect.objectContaining({ slug: 'peru' }),
        startDate: '2022-12-07',
        startPrecision: 'day',
        endDate: null,
        source: expect.objectContaining({ kind: 'article' }),
      }),
    ]);
    const { articleId, evidence } = head.body.data[0].source;
    const body = Array.from((await t.api.get(`/v1/articles/${articleId}`).expect(200)).body.body as string);
    expect(body.slice(evidence.start, evidence.end).join('')).toBe('the Peruvian president, Dina Boluarte');
    // Not before she took office.
    const before = await t.api.get('/v1/entities/peru/neighbors').query({ type: 'head_of', as_of: '2022-12-06' });
    expect(before.body.data).toEqual([]);

    const triangle = await t.api.get('/v1/entities/lithium-triangle/neighbors').query({ direction: 'outgoing' });
    expect(triangle.body.data.map((row: { entity: { slug: string } }) => row.entity.slug).sort()).toEqual([
      'argentina',
      'bolivia',
      'chile',
    ]);
    const countries = await countriesOf(articleId);
    for (const code of ['AR', 'BO', 'CL'])
      expect(countries.find((country) => country.country.isoAlpha2 === code)?.via.map((place) => place.name)).toEqual([
        'Lithium Triangle',
      ]);
  });
});

describe('GET /v1/relations', () => {
  let ids: { first: string; second: string; third: string };
  beforeAll(async () => {
    const create = async (name: string) =>
      (await t.api.post('/v1/entities').send({ type: 'country', name }).expect(201)).body.id as string;
    const [union, russia, ukraine] = [
      await create('Union Test'),
      await create('Russia Test'),
      await create('Ukraine Test'),
    ];
    const relation = async (subject: string, object: string, startDate: string, endDate?: string) =>
      (
        await t.api
          .post('/v1/relations')
          .send({
            type: 'successor_of',
            subject,
            object,
            startDate,
            ...(endDate ? { endDate, endPrecision: 'year' } : {}),
          })
          .expect(201)
      ).body as { id: string };
    const first = await relation(russia, union, '1991-12-26');
    const second = await relation(ukraine, union, '1991-08-24', '1999-06-30');
    const third = await relation(ukraine, russia, '2000-01-01');
    ids = { first: first.id, second: second.id, third: third.id };
  });

  it('filters by type and validity date (as_of), bounds inclusive', async () => {
    const on = async (date: string) =>
      (await t.api.get('/v1/relations').query({ type: 'successor_of', as_of: date }).expect(200)).body.data.map(
        (relation: { id: string }) => relation.id,
      );
    expect(await on('1991-09-01')).toEqual([ids.second]);
    expect(await on('1991-12-26')).toEqual([ids.first, ids.second]);
    expect(await on('1999-12-31')).toEqual([ids.first, ids.second]);
    expect(await on('2005-06-01')).toEqual([ids.first, ids.third]);
    expect(await on('1980-01-01')).toEqual([]);
  });

  it('filters by subject and object (id or slug) and direction under the entity', async () => {
    const byId = await t.api.get('/v1/relations').query({ subject: 'ukraine-test' }).expect(200);
    expect(byId.body.data.map((relation: { id: string }) => relation.id)).toEqual([ids.second, ids.third]);
    const both = await t.api.get('/v1/entities/russia-test/relations').expect(200);
    expect(both.body.data.map((relation: { id: string }) => relation.id)).toEqual([ids.first, ids.third]);
    const incoming = await t.api.get('/v1/entities/russia-test/relations').query({ direction: 'incoming' }).expect(200);
    expect(incoming.body.data.map((relation: { id: string }) => relation.id)).toEqual([ids.third]);
    const one = await t.api.get(`/v1/relations/${ids.second}`).expect(200);
    expect(one.body).toMatchObject({
      id: ids.second,
      type: 'successor_of',
      subject: { slug: 'ukraine-test' },
      object: { slug: 'union-test' },
      startDate: '1991-08-24',
      startPrecision: 'day',
      endDate: '1999-12-31',
      endPrecision: 'year',
      source: { kind: 'manual', dataset: null, articleId: null, evidence: null },
      share: null,
      version: 1,
    });
  });

  it('pages with keyset cursors, every relation once', async () => {
    const seen: string[] = [];
    let url: string | null = '/v1/relations?type=successor_of&limit=1';
    while (url) {
      const response: {
        body: { data: { id: string }[]; page: { next: string | null } };
        headers: Record<string, string>;
      } = await t.api.get(url).expect(200);
      seen.push(...response.body.data.map((relation: { id: string }) => relation.id));
      if (response.body.page.next) expect(response.headers.link).toContain('rel="next"');
      url = response.body.page.next;
    }
    expect(seen).toEqual([ids.first, ids.second, ids.third]);
  });

  it('records relations in the change feed', async () => {
    const response = await t.api.get('/v1/changes').query({ types: 'relation', limit: 100 }).expect(200);
    const events = response.body.data.filter((event: { id: string }) => event.id === ids.third);
    expect(events).toEqual([
      expect.objectContaining({ type: 'relation', action: 'created', location: `/v1/relations/${ids.third}` }),
    ]);
  });

  it('records a change to a relation as an update, not as its deletion', async () => {
    // Relations change outside the API too (reference loaders, merges moving an entity's relations): the revision
    // triggers must still find the relation's state (prisma/migrations/…_claim_reviews restores its case).
    await admin(t.databaseUrl, (client) =>
      client.query(`UPDATE relations SET status = 'rejected', version = version + 1 WHERE id = $1`, [ids.third]),
    );
    const response = await t.api.get('/v1/changes').query({ types: 'relation', limit: 100 }).expect(200);
    const actions = response.body.data
      .filter((event: { id: string }) => event.id === ids.third)
      .map((event: { action: string; changedFields: string[] }) => [event.action, event.changedFields]);
    expect(actions).toEqual([
      ['created', []],
      ['updated', ['status']],
    ]);
  });

  it.each([
    ['/v1/relations?as_of=2023-13-01', 'as_of'],
    ['/v1/relations?as_of=yesterday', 'as_of'],
    ['/v1/relations?type=neighbour_of', 'type.0'],
    ['/v1/relations?status=maybe', 'status.0'],
    ['/v1/relations?limit=0', 'limit'],
    ['/v1/relations?subject=Not%20A%20Slug!', 'subject'],
    ['/v1/entities/peru/relations?direction=sideways', 'direction'],
    ['/v1/relations/not-a-uuid', 'id'],
  ])('%s is a 400 naming %s', async (url, field) => {
    expectFieldError(await t.api.get(url), field);
  });

  it('answers 404 for an unknown relation or entity, 422 for an unknown entity in a filter, and refuses foreign cursors', async () => {
    expectProblem(await t.api.get('/v1/relations/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d'), 404, 'not_found');
    expectProblem(await t.api.get('/v1/entities/atlantis/relations'), 404, 'not_found');
    expectFieldError(await t.api.get('/v1/relations?object=atlantis'), 'object', 422, 'unprocessable');
    const first = await t.api.get('/v1/relations?limit=1').expect(200);
    expectFieldError(
      await t.api
        .get('/v1/entities/peru/relations')
        .query({ direction: 'incoming', cursor: first.body.page.nextCursor }),
      'cursor',
      400,
      'invalid_cursor',
    );
  });

  it('refuses, in the database, relations that contradict themselves', async () => {
    const [a, b] = [ids.first, ids.second];
    const row = await t.app.db.relation.findUniqueOrThrow({ where: { id: a } });
    const other = await t.app.db.relation.findUniqueOrThrow({ where: { id: b } });
    const base = { type: 'part_of' as const, sourceKind: 'manual' as const };
    await expect(
      t.app.db.relation.create({ data: { ...base, subjectId: row.subjectId, objectId: row.subjectId } }),
    ).rejects.toThrow(/relations_not_self_check/);
    await expect(
      t.app.db.relation.create({
        data: {
          ...base,
          subjectId: row.subjectId,
          objectId: other.subjectId,
          startDate: new Date('2000-01-01'),
          startPrecision: 'day',
          endDate: new Date('1999-01-01'),
          endPrecision: 'day',
        },
      }),
    ).rejects.toThrow(/relations_dates_check/);
    await expect(
      t.app.db.relation.create({ data: { ...base, subjectId: row.subjectId, objectId: other.subjectId, share: 0.5 } }),
    ).rejects.toThrow(/relations_share_check/);
    await expect(
      t.app.db.relation.create({
        data: { ...base, sourceKind: 'reference', subjectId: row.subjectId, objectId: other.subjectId },
      }),
    ).rejects.toThrow(/relations_source_check/);
    // One row per type, subject, object and start — an unknown start included.
    await t.app.db.relation.create({ data: { ...base, subjectId: row.subjectId, objectId: other.subjectId } });
    await expect(
      t.app.db.relation.create({ data: { ...base, subjectId: row.subjectId, objectId: other.subjectId } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe('the OpenAPI document', () => {
  it('describes the relations operations and the article’s countries', () => {
    const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../openapi/openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.paths['/v1/relations']?.get?.operationId).toBe('listRelations');
    expect(document.paths['/v1/relations/{id}']?.get?.operationId).toBe('getRelation');
    expect(document.paths['/v1/entities/{idOrSlug}/relations']?.get?.operationId).toBe('listEntityRelations');
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Relation', 'RelationType', 'RelationSource', 'ArticleCountry']),
    );
  });
});
