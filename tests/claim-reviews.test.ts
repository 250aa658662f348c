// Verdicts as reviews: a claim's reviews, each with its reviewer, rating on a declared scale, date, explanation and URL;
// the claim's ClaimReview JSON-LD as Google's guidance asks for it; and ClaimReview JSON-LD imported and matched to
// the stored claims. Over the seeded Orinoco Tribune translation (its claims) and its Misión Verdad original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGINAL_URL, TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

type Claim = { id: string; text: string; articleId: string };

let t: TestApp;
let claims: Claim[];
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

const review = (overrides: Record<string, unknown> = {}) => ({
  reviewer: { name: 'Verificado.pe', url: 'https://verificado.example', type: 'Organization' },
  rating: { value: 4, best: 5, worst: 1, alternateName: 'Mostly true' },
  datePublished: '2023-06-07',
  explanation: 'Legislative Resolution No. 31758 authorised the entry; it names air and sea.',
  url: `https://verificado.example/checks/${unique()}`,
  ...overrides,
});

const claimReview = (claimReviewed: string, overrides: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factchecker.example/${unique()}`,
  claimReviewed,
  datePublished: '2023-06-09T10:00:00-05:00',
  author: { '@type': 'Organization', name: 'Fact Checker', url: 'https://factchecker.example' },
  reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'False' },
  reviewBody: 'The resolution says otherwise.',
  itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: TRANSLATION_URL }] },
  ...overrides,
});

/**
 * What Google's ClaimReview guidance requires of a ClaimReview (developers.google.com/search/docs/appearance/
 * structured-data/factcheck): claimReviewed, reviewRating with alternateName or ratingValue, url, author with a
 * name, datePublished, itemReviewed. Returns the missing ones.
 */
function missingGoogleFields(node: Record<string, unknown>): string[] {
  const missing: string[] = [];
  const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
  const object = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  if (node['@type'] !== 'ClaimReview') missing.push('@type');
  if (!nonEmpty(node.claimReviewed)) missing.push('claimReviewed');
  const rating = object(node.reviewRating);
  if (!rating || (!nonEmpty(rating.alternateName) && typeof rating.ratingValue !== 'number'))
    missing.push('reviewRating.alternateName|ratingValue');
  if (!nonEmpty(node.url) || !/^https?:\/\//.test(String(node.url))) missing.push('url');
  if (!nonEmpty(object(node.author)?.name)) missing.push('author.name');
  if (!nonEmpty(node.datePublished) || Number.isNaN(Date.parse(String(node.datePublished))))
    missing.push('datePublished');
  if (!object(node.itemReviewed)) missing.push('itemReviewed');
  return missing;
}

beforeAll(async () => {
  t = await createTestApp();
  const articles = (await t.api.get('/v1/articles?limit=100').expect(200)).body.data as { id: string; url: string }[];
  const translation = articles.find((row) => row.url === TRANSLATION_URL)!.id;
  claims = (await t.api.get(`/v1/claims?articleId=${translation}&limit=100`).expect(200)).body.data;
  expect(claims.length).toBeGreaterThan(4);
});
afterAll(() => t.close());

describe('POST /v1/claims/{id}/reviews', () => {
  it('records a review with its reviewer, rating, date, explanation, URL and the key that recorded it', async () => {
    const claim = claims[0]!;
    const body = review();
    const response = await t.api.post(`/v1/claims/${claim.id}/reviews`).send(body).expect(201);
    expect(response.headers.location).toBe(`/v1/claim-reviews/${response.body.id}`);
    expect(response.body).toEqual({
      id: expect.any(String),
      claimId: claim.id,
      reviewer: { ...body.reviewer, isKey: false },
      rating: body.rating,
      datePublished: '2023-06-07',
      explanation: body.explanation,
      url: body.url,
      origin: 'submitted',
      createdBy: { keyPrefix: expect.stringMatching(/^\w{12}$/), requestId: response.headers['x-request-id'] },
      createdAt: expect.any(String),
    });
    const read = await t.api.get(`/v1/claim-reviews/${response.body.id}`).expect(200);
    expect(read.body).toEqual(response.body);
  });

  it('keeps several reviews per claim, one per URL, and lists them page by page', async () => {
    const claim = claims[1]!;
    const first = await t.api.post(`/v1/claims/${claim.id}/reviews`).send(review()).expect(201);
    const second = await t.api
      .post(`/v1/claims/${claim.id}/reviews`)
      .send(
        review({
          reviewer: { name: 'Ana Pérez', type: 'Person' },
          rating: { alternateName: 'Needs context' },
          datePublished: '2023-06-08T23:30:00-05:00',
          explanation: undefined,
        }),
      )
      .expect(201);
    expect(second.body).toMatchObject({
      reviewer: { name: 'Ana Pérez', url: null, type: 'Person' },
      rating: { value: null, best: null, worst: null, alternateName: 'Needs context' },
      // The day as written, not the UTC day the instant falls on.
      datePublished: '2023-06-08',
      explanation: null,
    });
    const page = await t.api.get(`/v1/claims/${claim.id}/reviews?limit=1`).expect(200);
    expect(page.body.data.map((row: { id: string }) => row.id)).toEqual([first.body.id]);
    expect(page.headers.link).toContain('cursor=');
    const next = await t.api.get(page.body.page.next).expect(200);
    expect(next.body.data.map((row: { id: string }) => row.id)).toEqual([second.body.id]);
    expect(next.body.page.nextCursor).toBeNull();

    const again = await t.api.post(`/v1/claims/${claim.id}/reviews`).send(review({ url: first.body.url }));
    expect(expectProblem(again, 409, 'conflict').location).toBe(`/v1/claim-reviews/${first.body.id}`);
  });

  it('takes the key that records it as the reviewer when none is named', async () => {
    const claim = claims[1]!;
    const body = review({ reviewer: undefined });
    const created = await t.api.post(`/v1/claims/${claim.id}/reviews`).send(body).expect(201);
    // tests/support/app.ts names the admin key it creates `test admin`.
    expect(created.body.reviewer).toEqual({ name: 'test admin', url: null, type: 'Organization', isKey: true });
    const node = JSON.parse((await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200)).text);
    const mine = node.review.find((item: { url: string }) => item.url === body.url);
    expect(mine.author).toEqual({ '@type': 'Organization', name: 'test admin' });
  });

  it('is audited, and recorded as a revision naming its key and request', async () => {
    const claim = claims[2]!;
    const created = await t.api.post(`/v1/claims/${claim.id}/reviews`).send(review()).expect(201);
    const requestId = created.headers['x-request-id'];
    const audit = await t.api.get(`/v1/audit?resourceType=claims&resourceId=${claim.id}`).expect(200);
    expect(audit.body.data).toContainEqual(
      expect.objectContaining({ route: '/v1/claims/:id/reviews', method: 'POST', status: 201, requestId }),
    );
    const changes = await t.api.get('/v1/changes?types=claim_review&limit=100').expect(200);
    expect(changes.body.data).toContainEqual(
      expect.objectContaining({
        type: 'claim_review',
        id: created.body.id,
        location: `/v1/claim-reviews/${created.body.id}`,
        action: 'created',
        requestId,
      }),
    );
  });

  it.each([
    ['no reviewer name', { reviewer: { type: 'Organization' } }, 'reviewer.name'],
    ['a reviewer of another type', { reviewer: { name: 'X', type: 'Robot' } }, 'reviewer.type'],
    ['an empty rating', { rating: {} }, 'rating'],
    ['a value without its scale', { rating: { value: 3 } }, 'rating.best'],
    ['a value off its scale', { rating: { value: 7, best: 5, worst: 1 } }, 'rating.value'],
    ['a scale upside down', { rating: { value: 3, best: 1, worst: 5 } }, 'rating.worst'],
    ['one end of a scale', { rating: { alternateName: 'False', best: 5 } }, 'rating.worst'],
    ['a rating value that is text', { rating: { value: 'four', best: 5, worst: 1 } }, 'rating.value'],
    ['no date', { datePublished: undefined }, 'datePublished'],
    ['a date that is no date', { datePublished: '7 June 2023' }, 'datePublished'],
    ['no url', { url: undefined }, 'url'],
    ['an ftp url', { url: 'ftp://verificado.example/check' }, 'url'],
    ['an unknown field', { verdict: 'false' }, 'verdict'],
    ['an explanation over 10,000 characters', { explanation: 'x'.repeat(10_001) }, 'explanation'],
  ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
    const response = await t.api.post(`/v1/claims/${claims[0]!.id}/reviews`).send(review(overrides));
    expectFieldError(response, field);
  });

  it('refuses a review published after today with 422', async () => {
    const tomorrowEverywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const response = await t.api
      .post(`/v1/claims/${claims[0]!.id}/reviews`)
      .send(review({ datePublished: tomorrowEverywhere }));
    expectFieldError(response, 'datePublished', 422, 'unprocessable');
  });

  it('answers 404 for an unknown claim and writes nothing', async () => {
    const id = '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d';
    expectProblem(await t.api.post(`/v1/claims/${id}/reviews`).send(review()), 404, 'not_found');
    expectProblem(await t.api.get(`/v1/claims/${id}/reviews`), 404, 'not_found');
    expectProblem(await t.api.get(`/v1/claim-reviews/${id}`), 404, 'not_found');
  });

  it('needs a key with the write scope', async () => {
    const url = `/v1/claims/${claims[0]!.id}/reviews`;
    expectProblem(await t.anonymous.post(url).send(review()), 401, 'unauthorized');
    const reader = await t.createKey(['read']);
    expectProblem(
      await t.anonymous.post(url).set('authorization', `Bearer ${reader}`).send(review()),
      403,
      'forbidden',
    );
    const writer = await t.createKey(['write']);
    await t.anonymous.post(url).set('authorization', `Bearer ${writer}`).send(review()).expect(201);
  });
});

describe('the claim as ClaimReview JSON-LD', () => {
  it('emits one ClaimReview per review, the reviewer as author, first appearance at the lineage root', async () => {
    const claim = claims[3]!;
    const organisation = review({ datePublished: '2023-06-07' });
    const person = review({
      reviewer: { name: 'Ana Pérez', type: 'Person' },
      rating: { alternateName: 'Misleading' },
      datePublished: '2023-06-10',
    });
    for (const body of [organisation, person])
      await t.api.post(`/v1/claims/${claim.id}/reviews`).send(body).expect(201);

    const node = JSON.parse((await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200)).text);
    expect(node.appearance.url).toBe(TRANSLATION_URL);
    // The claim was found in the English translation; it first appeared in the Spanish original.
    expect(node.firstAppearance).toMatchObject({ url: ORIGINAL_URL, inLanguage: 'es' });
    expect(node.review).toHaveLength(2);
    for (const claimReview of node.review) expect(missingGoogleFields(claimReview)).toEqual([]);
    const [latest, earlier] = node.review;
    expect(latest).toMatchObject({
      '@type': 'ClaimReview',
      url: person.url,
      claimReviewed: claim.text,
      datePublished: '2023-06-10',
      author: { '@type': 'Person', name: 'Ana Pérez' },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
      itemReviewed: {
        '@type': 'Claim',
        '@id': `urn:uuid:${claim.id}`,
        appearance: [expect.objectContaining({ url: TRANSLATION_URL })],
        firstAppearance: expect.objectContaining({ url: ORIGINAL_URL }),
      },
    });
    expect(latest.reviewRating.ratingValue).toBeUndefined();
    expect(earlier).toMatchObject({
      author: { '@type': 'Organization', name: 'Verificado.pe', url: 'https://verificado.example' },
      reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      reviewBody: organisation.explanation,
    });
    expect(JSON.stringify(node)).not.toContain('Meridian');
  });

  it('changes its ETag when a review is added, so a conditional GET never answers 304 over new reviews', async () => {
    const claim = claims[2]!;
    const before = await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200);
    const etag = before.headers.etag as string;
    expect(etag).toMatch(/^"\d+-jsonld-[\w-]{16}"$/);
    await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).set('if-none-match', etag).expect(304);
    await t.api.post(`/v1/claims/${claim.id}/reviews`).send(review()).expect(201);
    const after = await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).set('if-none-match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    // The claim itself did not change: its JSON keeps its ETag.
    const plain = await t.api.get(`/v1/claims/${claim.id}`).expect(200);
    expect(etag.startsWith(String(plain.headers.etag).slice(0, -1))).toBe(true);
  });

  it('has no review member for a claim without reviews, whatever its status', async () => {
    // No test here reviews the last claim (they use the first four).
    const claim = claims[claims.length - 1]!;
    expect((await t.api.get(`/v1/claims/${claim.id}/reviews`).expect(200)).body.data).toEqual([]);
    await t.api.patch(`/v1/claims/${claim.id}`).send({ status: 'false' }).expect(200);
    const node = JSON.parse((await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200)).text);
    expect(node.review).toBeUndefined();
  });

  it('the Google check fails a ClaimReview missing what Google requires', () => {
    const complete = {
      '@type': 'ClaimReview',
      claimReviewed: 'x',
      reviewRating: { ratingValue: 1 },
      url: 'https://a.example',
      author: { name: 'A' },
      datePublished: '2023-06-07',
      itemReviewed: {},
    };
    expect(missingGoogleFields(complete)).toEqual([]);
    expect(missingGoogleFields({ ...complete, author: { '@type': 'Organization' } })).toEqual(['author.name']);
    expect(missingGoogleFields({ ...complete, reviewRating: { bestRating: 5 } })).toEqual([
      'reviewRating.alternateName|ratingValue',
    ]);
    expect(missingGoogleFields({ ...complete, url: undefined, itemReviewed: undefined })).toEqual([
      'url',
      'itemReviewed',
    ]);
  });
});

describe('POST /v1/claim-reviews/import', () => {
  it('matches claimReviewed to the claim at the appearance URL and records the review, once', async () => {
    const claim = claims[0]!;
    const item = claimReview(claim.text.toUpperCase().replace(/\./g, ' !'));
    const response = await t.api.post('/v1/claim-reviews/import').send(item).expect(200);
    expect(response.body.summary).toEqual({ imported: 1, alreadyImported: 0, unmatched: 0, invalid: 0 });
    const [outcome] = response.body.items;
    expect(outcome).toMatchObject({
      index: 0,
      outcome: 'imported',
      url: item.url,
      match: { method: 'exact', similarity: 1, scope: 'appearance' },
      reviews: [{ claimId: claim.id, created: true, id: expect.any(String) }],
      errors: [],
    });
    expect(outcome.articleIds).toHaveLength(1);
    const stored = (await t.api.get(`/v1/claim-reviews/${outcome.reviews[0].id}`).expect(200)).body;
    expect(stored).toMatchObject({
      claimId: claim.id,
      reviewer: { name: 'Fact Checker', url: 'https://factchecker.example', type: 'Organization' },
      rating: { value: 1, best: 5, worst: 1, alternateName: 'False' },
      datePublished: '2023-06-09',
      explanation: 'The resolution says otherwise.',
      url: item.url,
      origin: 'imported',
    });

    const again = await t.api.post('/v1/claim-reviews/import').send([item]).expect(200);
    expect(again.body.summary).toEqual({ imported: 0, alreadyImported: 1, unmatched: 0, invalid: 0 });
    expect(again.body.items[0].reviews).toEqual([{ id: stored.id, claimId: claim.id, created: false }]);
  });

  it('reports every item of an array on its own: similar, unmatched, invalid, and not a ClaimReview', async () => {
    const claim = claims[1]!;
    const reworded = claim.text.replace(/\.$/, '').concat(' and more');
    const items = [
      claimReview(reworded),
      claimReview('The moon is made of green cheese, said nobody in Lima.'),
      claimReview(claim.text, { url: undefined, author: { '@type': 'Organization' } }),
      claimReview(claim.text, { reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 5, worstRating: 1 } }),
      { '@type': 'NewsArticle', url: 'https://factchecker.example/article' },
      'not even an object',
    ];
    const response = await t.api.post('/v1/claim-reviews/import').send(items);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.summary).toEqual({ imported: 1, alreadyImported: 0, unmatched: 1, invalid: 4 });
    const [similar, unmatched, incomplete, offScale, article, text] = response.body.items;
    expect(similar).toMatchObject({
      outcome: 'imported',
      match: { method: 'similar', scope: 'appearance' },
      reviews: [{ claimId: claim.id, created: true }],
    });
    expect(similar.match.similarity).toBeGreaterThanOrEqual(0.6);
    expect(unmatched).toMatchObject({ index: 1, outcome: 'unmatched', reviews: [], match: null });
    expect(unmatched.errors[0].field).toBe('claimReviewed');
    expect(incomplete.outcome).toBe('invalid');
    expect(incomplete.errors.map((error: { field: string }) => error.field).sort()).toEqual(['author.name', 'url']);
    expect(offScale).toMatchObject({ outcome: 'invalid', errors: [{ field: 'reviewRating.ratingValue' }] });
    expect(article).toMatchObject({ outcome: 'invalid', errors: [{ field: '@type' }] });
    expect(text).toMatchObject({ index: 5, outcome: 'invalid', errors: [{ field: '@type' }] });
  });

  it('reports a review dated after today as invalid', async () => {
    const response = await t.api
      .post('/v1/claim-reviews/import')
      .send(claimReview(claims[0]!.text, { datePublished: '2999-01-01' }))
      .expect(200);
    expect(response.body.items[0]).toMatchObject({ outcome: 'invalid', errors: [{ field: 'datePublished' }] });
  });

  it('matches among all claims when no appearance URL names a stored article, and reads a @graph', async () => {
    const claim = claims[2]!;
    const item = claimReview(claim.text, {
      itemReviewed: { '@type': 'Claim', appearance: 'https://elsewhere.example/story' },
      author: [{ '@type': ['Person'], name: 'Ana Pérez' }],
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    });
    const response = await t.api
      .post('/v1/claim-reviews/import')
      .send({ '@context': 'https://schema.org', '@graph': [item] })
      .expect(200);
    expect(response.body.items[0]).toMatchObject({
      outcome: 'imported',
      articleIds: [],
      match: { method: 'exact', scope: 'all' },
      reviews: [{ claimId: claim.id }],
    });
    const stored = (await t.api.get(`/v1/claim-reviews/${response.body.items[0].reviews[0].id}`).expect(200)).body;
    expect(stored.reviewer).toEqual({ name: 'Ana Pérez', url: null, type: 'Person', isKey: false });
    expect(stored.rating).toEqual({ value: null, best: null, worst: null, alternateName: 'True' });
  });

  it('takes back what the claim’s JSON-LD emits: a round trip finds the reviews already imported', async () => {
    const claim = claims[3]!;
    const node = JSON.parse((await t.api.get(`/v1/claims/${claim.id}?format=jsonld`).expect(200)).text);
    expect(node.review.length).toBeGreaterThan(0);
    const response = await t.api.post('/v1/claim-reviews/import').send(node.review).expect(200);
    expect(response.body.summary).toEqual({
      imported: 0,
      alreadyImported: node.review.length,
      unmatched: 0,
      invalid: 0,
    });
  });

  it.each([
    ['a string', '"ClaimReview"'],
    ['a number', '42'],
    ['an empty array', '[]'],
    ['more than 100 items', JSON.stringify(Array.from({ length: 101 }, () => ({ '@type': 'ClaimReview' })))],
  ])('refuses %s as the body with 400', async (_name, body) => {
    const response = await t.api.post('/v1/claim-reviews/import').set('content-type', 'application/json').send(body);
    expectProblem(response, 400, 'validation_failed');
  });

  it('refuses a @graph of more than 100 items with 400 naming it', async () => {
    const graph = Array.from({ length: 101 }, () => claimReview('x'));
    expectFieldError(await t.api.post('/v1/claim-reviews/import').send({ '@graph': graph }), '@graph');
  });

  it('needs a key with the write scope', async () => {
    expectProblem(await t.anonymous.post('/v1/claim-reviews/import').send(claimReview('x')), 401, 'unauthorized');
  });
});
