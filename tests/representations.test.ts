import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';

// IPTC's ninjs 2.1 schema as released in iptc/newsinjson (tests/schemas/README.md says which commit and what was checked).
// Its places refer to the GeoJSON schema by URL; offline, that id is bound to geojson/schema's Point, the only geometry emitted.
const ninjsSchema = JSON.parse(readFileSync(new URL('./schemas/ninjs-schema_2.1.json', import.meta.url), 'utf8'));
const { $schema: _draft7, ...pointSchema } = JSON.parse(
  readFileSync(new URL('./schemas/geojson-Point.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(pointSchema);
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', $ref: 'https://geojson.org/schema/Point.json' });
const validateNinjs = ajv.compile(ninjsSchema);

let t: TestApp;
let articleId: string;
let claims: { id: string; status: string }[];
beforeAll(async () => {
  t = await createTestApp();
  const list = await t.api.get('/v1/articles?limit=100').expect(200);
  // The seeded article that mentions people, organisations and places (the Orinoco Tribune piece).
  const withMentions = await Promise.all(
    list.body.data.map(async (article: { id: string }) => ({
      id: article.id,
      count: (await t.api.get(`/v1/articles/${article.id}/entities?limit=100`)).body.data.length,
    })),
  );
  articleId = withMentions.sort((a, b) => b.count - a.count)[0].id;
  claims = (await t.api.get('/v1/claims?limit=100').expect(200)).body.data;
});
afterAll(() => t.close());

describe('articles as IPTC ninjs', () => {
  it.each([
    ['Accept', { accept: 'application/ninjs+json' }, ''],
    ['format=', {}, '?format=ninjs'],
  ])('answers ninjs that validates against the released ninjs 2.1 schema (%s)', async (_how, headers, query) => {
    const response = await t.api.get(`/v1/articles/${articleId}${query}`).set(headers).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ninjs\+json/);
    expect(response.headers.vary).toMatch(/Accept/i);
    const ninjs = JSON.parse(response.text);
    expect(validateNinjs(ninjs), JSON.stringify(validateNinjs.errors)).toBe(true);
    const plain = (await t.api.get(`/v1/articles/${articleId}`).expect(200)).body;
    expect(ninjs.uri).toBe(`urn:uuid:${articleId}`);
    expect(ninjs.headlines[0]).toEqual({ role: 'main', value: plain.title });
    expect(ninjs.bodies[0].value).toBe(plain.body);
    expect(ninjs.language).toBe(plain.language);
    expect(ninjs.altids).toContainEqual({ role: 'url', value: plain.url });
    expect(ninjs.versioncreated).toBe(plain.updatedAt);
    const source = (await t.api.get(`/v1/sources/${plain.sourceId}`).expect(200)).body;
    expect(ninjs.infosources[0].name).toBe(source.name);
    // Every mentioned entity lands in exactly one of the ninjs lists, places with GeoJSON [lng, lat].
    const entities = (await t.api.get(`/v1/articles/${articleId}/entities?limit=100`).expect(200)).body.data as {
      slug: string;
      type: string;
      coordinates: { latitude: number; longitude: number } | null;
      identifiers: { wikidata: string | null };
    }[];
    const listed = [...ninjs.people, ...ninjs.organisations, ...ninjs.places, ...ninjs.events, ...ninjs.subjects].map(
      (item: { literal: string }) => item.literal,
    );
    expect(listed.sort()).toEqual(entities.map((entity) => entity.slug).sort());
    expect(ninjs.people.length).toBeGreaterThan(0);
    expect(ninjs.places.length).toBeGreaterThan(0);
    for (const entity of entities.filter((e) => e.type === 'port' && e.coordinates)) {
      const place = ninjs.places.find((item: { literal: string }) => item.literal === entity.slug);
      expect(place.geojson).toEqual({
        type: 'Point',
        coordinates: [entity.coordinates!.longitude, entity.coordinates!.latitude],
      });
    }
    for (const entity of entities.filter((e) => e.identifiers.wikidata)) {
      const item = [...ninjs.people, ...ninjs.organisations, ...ninjs.places].find(
        (i: { literal: string }) => i.literal === entity.slug,
      );
      if (item) expect(item.uri).toBe(`http://www.wikidata.org/entity/${entity.identifiers.wikidata}`);
    }
  });

  it('is refused by the schema when a required member is missing (the validator is live)', async () => {
    const ninjs = JSON.parse((await t.api.get(`/v1/articles/${articleId}?format=ninjs`).expect(200)).text);
    delete ninjs.uri;
    expect(validateNinjs(ninjs)).toBe(false);
    expect(
      validateNinjs({
        ...ninjs,
        uri: 'urn:uuid:x',
        places: [{ name: 'x', geojson: { type: 'Point', coordinates: [1] } }],
      }),
    ).toBe(false);
  });

  it('gives each representation its own ETag and honours If-None-Match on it', async () => {
    const plain = await t.api.get(`/v1/articles/${articleId}`).expect(200);
    const ninjs = await t.api.get(`/v1/articles/${articleId}?format=ninjs`).expect(200);
    expect(ninjs.headers.etag).not.toBe(plain.headers.etag);
    await t.api
      .get(`/v1/articles/${articleId}?format=ninjs`)
      .set('if-none-match', String(ninjs.headers.etag))
      .expect(304);
    await t.api
      .get(`/v1/articles/${articleId}?format=ninjs`)
      .set('if-none-match', String(plain.headers.etag))
      .expect(200);
  });
});

describe('schema.org JSON-LD', () => {
  it('answers an article as a NewsArticle with about and mentions linked to Wikidata', async () => {
    const response = await t.api.get(`/v1/articles/${articleId}`).set('accept', 'application/ld+json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const article = JSON.parse(response.text);
    expect(article['@context']).toBe('https://schema.org');
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBeTruthy();
    expect(article.publisher['@type']).toBe('NewsMediaOrganization');
    const peru = article.mentions.find((node: { name: string }) => node.name === 'Peru');
    // The same Wikidata URI as ninjs gives (the entity's concept URI, not its web page), so the two join.
    expect(peru).toMatchObject({ '@type': 'Country', sameAs: ['http://www.wikidata.org/entity/Q419'] });
    const ninjs = JSON.parse((await t.api.get(`/v1/articles/${articleId}?format=ninjs`).expect(200)).text);
    expect(ninjs.places.find((place: { name: string }) => place.name === 'Peru').uri).toBe(peru.sameAs[0]);
    // The byline "Misión Verdad" names the outlet the article was republished from: an organisation, not a person.
    expect(article.author).toEqual([
      expect.objectContaining({
        '@type': 'NewsMediaOrganization',
        name: 'Misión Verdad',
        url: 'https://misionverdad.com',
      }),
    ]);
    const articleClaims = (await t.api.get(`/v1/articles/${articleId}/claims?limit=100`).expect(200)).body.data as {
      subjects: { id: string }[];
    }[];
    const subjectIds = new Set(
      articleClaims.flatMap((claim) => claim.subjects.map((subject) => `urn:uuid:${subject.id}`)),
    );
    expect(new Set(article.about.map((node: { '@id': string }) => node['@id']))).toEqual(subjectIds);
  });

  it('answers a claim as a Claim, with one ClaimReview per review of it (its own status is no review)', async () => {
    expect(claims.length).toBeGreaterThan(0);
    const claim = claims[0]!;
    await t.api.patch(`/v1/claims/${claim.id}`).send({ status: 'false' }).expect(200);
    const plain = JSON.parse((await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200)).text);
    expect(plain['@type']).toBe('Claim');
    expect(plain.appearance['@type']).toBe('NewsArticle');
    expect(plain.review).toBeUndefined();
    for (const [name, rating] of [
      ['Verificado.pe', 'False'],
      ['Chequeado', 'Misleading'],
    ] as const)
      await t.api
        .post(`/v1/claims/${claim.id}/reviews`)
        .send({
          reviewer: { name },
          rating: { alternateName: rating },
          datePublished: '2023-06-07',
          url: `https://${name.toLowerCase()}.example/check`,
        })
        .expect(201);
    const reviewed = JSON.parse(
      (await t.api.get(`/v1/claims/${claim.id}`).set('accept', 'application/ld+json').expect(200)).text,
    );
    expect(reviewed.review).toHaveLength(2);
    for (const review of reviewed.review)
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        claimReviewed: reviewed.text,
        author: { '@type': 'Organization', name: expect.stringMatching(/^(Verificado\.pe|Chequeado)$/) },
        reviewRating: { '@type': 'Rating', alternateName: expect.stringMatching(/^(False|Misleading)$/) },
      });
  });

  it.each([
    ['peru', 'Country', true],
    ['dina-boluarte', 'Person', false],
    ['chancay', 'Place', true],
  ])('answers the entity %s as a %s', async (slug, type, hasGeo) => {
    const node = JSON.parse((await t.api.get(`/v1/entities/${slug}?format=jsonld`).expect(200)).text);
    expect(node['@type']).toBe(type);
    expect(node['@context']).toBe('https://schema.org');
    const plain = (await t.api.get(`/v1/entities/${slug}`).expect(200)).body;
    expect(node['@id']).toBe(`urn:uuid:${plain.id}`);
    expect(node.sameAs).toEqual(
      plain.identifiers.wikidata ? [`http://www.wikidata.org/entity/${plain.identifiers.wikidata}`] : undefined,
    );
    expect(node.geo !== undefined).toBe(hasGeo);
  });
});

describe('negotiation', () => {
  it('keeps JSON as the default and for */* and application/json', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/html, application/json;q=0.9', 'application/*']) {
      const request = t.api.get(`/v1/articles/${articleId}`);
      const response = await (accept ? request.set('accept', accept) : request).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.id).toBe(articleId);
    }
  });

  it('prefers the representation with the highest q', async () => {
    const response = await t.api
      .get(`/v1/articles/${articleId}`)
      .set('accept', 'application/json;q=0.5, application/ld+json')
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
  });

  it.each([
    ['/v1/articles/ID', { accept: 'application/xml' }, 'accept'],
    ['/v1/articles/ID?format=xml', {}, 'format'],
    ['/v1/articles/ID', { accept: 'application/json;q=0' }, 'accept'],
    ['/v1/entities/peru?format=ninjs', {}, 'format'],
    ['/v1/claims/CLAIM?format=ninjs', {}, 'format'],
  ])('refuses %s %j with 406 listing the supported representations', async (path, headers, field) => {
    const response = await t.api
      .get(path.replace('ID', articleId).replace('CLAIM', claims[0]!.id))
      .set(headers)
      .expect(406);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('not_acceptable');
    expect(response.body.errors[0].field).toBe(field);
    expect(response.body.supported.map((s: { format: string }) => s.format)).toContain('json');
    expect(response.body.supported.map((s: { mediaType: string }) => s.mediaType)).toContain('application/ld+json');
  });

  it('documents the not_acceptable problem type', async () => {
    const response = await t.api.get('/problems/not_acceptable').expect(200);
    expect(response.body.status).toBe(406);
  });

  it('still answers 404 as problem+json for a representation of a missing resource', async () => {
    const response = await t.api.get('/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d?format=ninjs').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('representations in the OpenAPI document', () => {
  // Each alternative representation is typed in the committed document under its own media type; what the server
  // sends must validate against exactly that schema (references resolve within the document).
  const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));
  const documentAjv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(documentAjv);
  documentAjv.addSchema(document, 'openapi.json');
  const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
  const validatorFor = (path: string, mediaType: string) =>
    documentAjv.compile({
      $ref: `openapi.json#/paths/${escapePointer(path)}/get/responses/200/content/${escapePointer(mediaType)}/schema`,
    });

  async function checkAgainstDocument(path: string, url: string, mediaType: string) {
    const response = await t.api.get(url).set('accept', mediaType).expect(200);
    expect(response.headers['content-type']).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
    const body = JSON.parse(response.text);
    const validate = validatorFor(path, mediaType);
    expect(validate(body), `${url} as ${mediaType}: ${JSON.stringify(validate.errors)}`).toBe(true);
    return body;
  }

  it('types an article as JSON, ninjs and NewsArticle JSON-LD, each by its media type', async () => {
    for (const mediaType of ['application/json', 'application/ninjs+json', 'application/ld+json'])
      await checkAgainstDocument('/v1/articles/{id}', `/v1/articles/${articleId}`, mediaType);
    const newsArticle = await checkAgainstDocument(
      '/v1/articles/{id}',
      `/v1/articles/${articleId}`,
      'application/ld+json',
    );
    expect(newsArticle.isBasedOn['@type']).toBe('NewsArticle');
    // The check is live: a node of a type the document does not list is refused.
    const validate = validatorFor('/v1/articles/{id}', 'application/ld+json');
    expect(validate({ ...newsArticle, mentions: [{ ...newsArticle.mentions[0], '@type': 'Dog' }] })).toBe(false);
    expect(validate({ ...newsArticle, author: [{ '@type': 'Person' }] })).toBe(false);
  });

  it('types a claim as a Claim, with and without its ClaimReviews', async () => {
    const claim = claims[1]!;
    const plain = await checkAgainstDocument('/v1/claims/{id}', `/v1/claims/${claim.id}`, 'application/ld+json');
    expect(plain.review).toBeUndefined();
    await t.api
      .post(`/v1/claims/${claim.id}/reviews`)
      .send({
        reviewer: { name: 'Ana Pérez', type: 'Person', url: 'https://ana.example' },
        rating: { value: 2, best: 5, worst: 1, alternateName: 'Misleading' },
        datePublished: '2023-06-08',
        explanation: 'Context is missing.',
        url: 'https://ana.example/checks/1',
      })
      .expect(201);
    const reviewed = await checkAgainstDocument('/v1/claims/{id}', `/v1/claims/${claim.id}`, 'application/ld+json');
    expect(reviewed.review[0]['@type']).toBe('ClaimReview');
    const validate = validatorFor('/v1/claims/{id}', 'application/ld+json');
    const [review] = reviewed.review;
    expect(
      validate({ ...reviewed, review: [{ ...review, reviewRating: { ...review.reviewRating, ratingValue: 'two' } }] }),
    ).toBe(false);
    expect(validate({ ...reviewed, review: [{ ...review, author: { '@type': 'Robot', name: 'x' } }] })).toBe(false);
    await checkAgainstDocument('/v1/claims/{id}', `/v1/claims/${claim.id}`, 'application/json');
  });

  it('types every kind of entity as schema.org JSON-LD', async () => {
    const entities = (await t.api.get('/v1/entities?limit=100').expect(200)).body.data as {
      slug: string;
      type: string;
    }[];
    const oneOfEachType = [...new Map(entities.map((entity) => [entity.type, entity])).values()];
    expect(oneOfEachType.length).toBeGreaterThan(4);
    for (const entity of oneOfEachType) {
      for (const mediaType of ['application/json', 'application/ld+json'])
        await checkAgainstDocument('/v1/entities/{idOrSlug}', `/v1/entities/${entity.slug}`, mediaType);
    }
  });

  it('makes a byline naming a person a Person, and one naming a known outlet that outlet', async () => {
    const article = (await t.api.get(`/v1/articles/${articleId}`).expect(200)).body;
    const created = await t.api
      .post('/v1/articles')
      .send({
        url: 'https://wire.example.org/byline-person',
        title: 'Bylined',
        body: 'Peru voted.',
        language: 'en',
        sourceId: article.sourceId,
        byline: 'A. Reporter',
      })
      .expect(201);
    const person = await checkAgainstDocument(
      '/v1/articles/{id}',
      `/v1/articles/${created.body.id}`,
      'application/ld+json',
    );
    expect(person.author).toEqual([{ '@type': 'Person', name: 'A. Reporter' }]);
    await t.api.patch(`/v1/articles/${created.body.id}`).send({ byline: 'orinoco tribune' }).expect(200);
    const outlet = await checkAgainstDocument(
      '/v1/articles/{id}',
      `/v1/articles/${created.body.id}`,
      'application/ld+json',
    );
    expect(outlet.author).toEqual([
      expect.objectContaining({ '@type': 'NewsMediaOrganization', name: 'Orinoco Tribune' }),
    ]);
  });
});
