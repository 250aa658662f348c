// The pipeline's claim relation proposals: the pure parts (what a unit counts, the values a bound allows, the rules
// that turn a candidate pair into a proposal) and the directed `updates` / `supports` proposals end to end, ingested
// through the real app into PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeDirectedPair, type QuantityClaimFacts } from '../src/modules/claim-relations/rules-supports-updates.ts';
import { intervalOf, numbersIn, overlaps, quantityKind } from '../src/modules/ingest/claims/quantity-kind.ts';
import { type ClaimFacts, judgePair, proposeRelations } from '../src/modules/ingest/claims/relation-proposals.ts';
import { createTestApp, type TestApp } from './support/app.ts';

describe('quantityKind', () => {
  it.each([
    ['soldiers', 'soldier'],
    ['soldados', 'soldier'],
    ['militares', 'soldier'],
    ['troops', 'soldier'],
    ['%', 'percent'],
    ['deaths', 'death'],
    ['muertos', 'death'],
    ['toneladas', 'ton'],
    ['tons', 'ton'],
    ['Berths', 'berth'],
    ['días', 'day'],
  ])('%s → %s', (unit, kind) => expect(quantityKind(unit)).toBe(kind));

  it('has no kind without a unit', () => {
    expect(quantityKind(null)).toBeNull();
    expect(quantityKind('  ')).toBeNull();
  });
});

describe('intervals and numbers', () => {
  it.each([
    [3500, 'more_than', 1200, 'approximately', false],
    [3500, 'more_than', 4000, 'exact', true],
    [3500, 'more_than', 3500, 'exact', false],
    [50, 'at_least', 50, 'exact', true],
    [100, 'approximately', 95, 'exact', true],
    [10, 'less_than', 12, 'at_most', true],
    [21, 'exact', 25, 'exact', false],
  ] as const)('%d %s and %d %s overlap: %s', (a, boundA, b, boundB, expected) =>
    expect(overlaps(intervalOf(a, boundA), intervalOf(b, boundB))).toBe(expected),
  );

  it('reads numbers whatever their separators', () => {
    expect(numbersIn('Over 3,500 soldiers since 2015')).toEqual(['2015', '3500']);
    expect(numbersIn('Más de 3.500 soldados desde 2015')).toEqual(['2015', '3500']);
    expect(numbersIn('No numbers here')).toEqual([]);
  });
});

describe('the proposal rules', () => {
  const claim = (overrides: Partial<ClaimFacts>): ClaimFacts => ({
    id: 'a',
    articleId: 'article-a',
    language: 'en',
    text: 'More than 3,500 US soldiers have entered Peru since 2015.',
    kind: 'quantity',
    claimant: { type: 'source', id: 'outlet-a' },
    subjectIds: ['peru', 'united-states'],
    value: 3500,
    unit: 'soldiers',
    bound: 'more_than',
    ...overrides,
  });
  const other = (overrides: Partial<ClaimFacts>) =>
    claim({ id: 'b', articleId: 'article-b', text: 'Unos 1.200 soldados entraron al Perú desde 2015.', ...overrides });

  it('different claimants, disjoint values → contradicts; the same claimant → quantifies_differently', () => {
    const a = claim({});
    const b = other({
      claimant: { type: 'source', id: 'outlet-b' },
      value: 1200,
      unit: 'soldados',
      bound: 'approximately',
    });
    expect(judgePair({ via: 'subject', a: 'a', b: 'b' }, a, b)).toMatchObject({
      type: 'contradicts',
      evidence: { rule: 'quantity', unitKind: 'soldier', values: [3500, 1200] },
    });
    expect(judgePair({ via: 'subject', a: 'a', b: 'b' }, a, { ...b, claimant: a.claimant })).toMatchObject({
      type: 'quantifies_differently',
    });
    // Compatible values from different claimants ("more than 3,500" and "4,000"): nothing to propose.
    expect(judgePair({ via: 'subject', a: 'a', b: 'b' }, a, { ...b, value: 4000, bound: 'exact' })).toBeNull();
    // Another kind of quantity, or nothing in common: nothing either.
    expect(judgePair({ via: 'subject', a: 'a', b: 'b' }, a, { ...b, unit: 'deaths' })).toBeNull();
    expect(judgePair({ via: 'subject', a: 'a', b: 'b' }, a, { ...b, subjectIds: ['chile'] })).toBeNull();
  });

  it('near-identical text in the same language with the same numbers → repeats; with other numbers it is not', () => {
    const a = claim({});
    expect(judgePair({ via: 'text', a: 'a', b: 'b', similarity: 0.9 }, a, other({ text: a.text }))).toMatchObject({
      type: 'repeats',
      evidence: { rule: 'same_text', similarity: 0.9 },
    });
    expect(
      judgePair(
        { via: 'text', a: 'a', b: 'b', similarity: 0.9 },
        a,
        other({ text: a.text.replace('3,500', '3,600'), value: 3500 }),
      ),
    ).toBeNull();
  });

  it('one proposal per pair, the smaller id as subject, never within one article', () => {
    const a = claim({ id: 'z' });
    const b = other({ id: 'y', text: a.text });
    const facts = new Map([
      ['z', a],
      ['y', b],
    ]);
    const proposals = proposeRelations(
      [
        { via: 'subject', a: 'z', b: 'y' },
        { via: 'text', a: 'z', b: 'y', similarity: 0.95 },
        { via: 'quote', a: 'y', b: 'z', quote: 'we will' },
      ],
      facts,
    );
    expect(proposals).toEqual([
      { type: 'repeats', subjectClaimId: 'y', objectClaimId: 'z', evidence: { rule: 'same_quote', quote: 'we will' } },
    ]);
    expect(
      proposeRelations(
        [{ via: 'quote', a: 'z', b: 'y', quote: 'x' }],
        new Map([
          ['z', a],
          ['y', { ...b, articleId: a.articleId }],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('the directed rules: updates and supports (pure)', () => {
  // The rules take the pipeline's quantity kinds as a dependency (ingest calls them).
  const judgeDirectedPairWithKinds = (a: QuantityClaimFacts, b: QuantityClaimFacts) =>
    judgeDirectedPair(a, b, quantityKind);
  const fact = (overrides: Partial<QuantityClaimFacts>): QuantityClaimFacts => ({
    id: 'a',
    articleId: 'article-a',
    lineageRootId: 'article-a',
    claimant: { type: 'source', id: 'outlet-a' },
    subjectIds: ['bolivia'],
    value: 21,
    unit: '%',
    bound: 'exact',
    normalisedText: 'bolivia has 21 of the world s lithium resources',
    publishedAt: '2024-03-01T09:00:00.000Z',
    ...overrides,
  });
  const later = (overrides: Partial<QuantityClaimFacts>) =>
    fact({
      id: 'b',
      articleId: 'article-b',
      lineageRootId: 'article-b',
      publishedAt: '2024-03-08T09:00:00.000Z',
      ...overrides,
    });

  it('the same claimant, another value on a later day → the later updates the earlier, whichever is new', () => {
    const expected = {
      type: 'updates',
      subjectClaimId: 'b',
      objectClaimId: 'a',
      evidence: {
        rule: 'quantity_update',
        unitKind: 'percent',
        previous: { claimId: 'a', value: 21 },
        current: { claimId: 'b', value: 23 },
      },
    };
    expect(judgeDirectedPairWithKinds(fact({}), later({ value: 23 }))).toMatchObject(expected);
    expect(judgeDirectedPairWithKinds(later({ value: 23 }), fact({}))).toMatchObject(expected);
    // Spanish units count the same thing.
    expect(judgeDirectedPairWithKinds(fact({ unit: 'por ciento' }), later({ value: 23 }))).toMatchObject({
      type: 'updates',
    });
  });

  it.each([
    ['the same day', { value: 23, publishedAt: '2024-03-01T18:00:00.000Z' }],
    ['an unknown date', { value: 23, publishedAt: null }],
    ['the same value', {}],
    ['another kind of quantity', { value: 23, unit: 'deaths' }],
    ['other subjects', { value: 23, subjectIds: ['chile'] }],
    ['subjects that overlap too little', { value: 23, subjectIds: ['bolivia', 'chile', 'argentina'] }],
    ['the same article', { value: 23, articleId: 'article-a' }],
  ])('no update for %s', (_name, overrides) => {
    expect(judgeDirectedPairWithKinds(fact({}), later(overrides as Partial<QuantityClaimFacts>))).toBeNull();
  });

  it('another claimant, the same quantity in other words → the later supports the earlier', () => {
    const b = later({
      claimant: { type: 'source', id: 'outlet-b' },
      normalisedText: 'according to the survey 21 of the world s lithium resources are in bolivia',
    });
    expect(judgeDirectedPairWithKinds(b, fact({}))).toEqual({
      type: 'supports',
      subjectClaimId: 'b',
      objectClaimId: 'a',
      evidence: {
        rule: 'same_quantity',
        unitKind: 'percent',
        sharedSubjectIds: ['bolivia'],
        subjectJaccard: 1,
        value: 21,
        bound: 'exact',
        claimants: [
          { type: 'source', id: 'outlet-b' },
          { type: 'source', id: 'outlet-a' },
        ],
      },
    });
  });

  it.each([
    ['the same text (copy: repeats)', { normalisedText: 'bolivia has 21 of the world s lithium resources' }],
    ['one lineage (a republication or translation)', { lineageRootId: 'article-a' }],
    ['another value', { value: 25 }],
    ['another bound ("more than 21 %")', { bound: 'more_than' }],
    ['other subjects', { subjectIds: ['chile'] }],
  ])('no support for %s', (_name, overrides) => {
    const b = later({
      claimant: { type: 'entity', id: 'ministry' },
      normalisedText: 'according to the survey 21 of the world s lithium resources are in bolivia',
      ...(overrides as Partial<QuantityClaimFacts>),
    });
    expect(judgeDirectedPairWithKinds(fact({}), b)).toBeNull();
  });
});

describe('ingest proposes updates and supports (real app and database)', () => {
  type Claim = { id: string; text: string; value: number | null; unit: string | null };
  type Relation = {
    type: string;
    subject: { id: string };
    object: { id: string };
    status: string;
    origin: string;
    evidence: Record<string, unknown>;
  };
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Ingests an article and returns its one percentage claim. */
  async function percentClaim(url: string, body: string, publishedAt?: string): Promise<Claim> {
    const article = await t.api
      .post('/v1/articles')
      .send({
        url,
        title: 'Lithium',
        body,
        bodyFormat: 'text',
        language: 'en',
        ...(publishedAt ? { publishedAt } : {}),
      })
      .expect(201);
    const claims = (await t.api.get('/v1/claims').query({ articleId: article.body.id, limit: 100 }).expect(200)).body
      .data as Claim[];
    const percent = claims.filter((claim) => claim.unit === '%');
    expect(percent).toHaveLength(1);
    return percent[0]!;
  }
  const relationsOf = async (claimId: string) =>
    (await t.api.get(`/v1/claims/${claimId}/relations`).query({ limit: 100 }).expect(200)).body.data as Relation[];
  const between = async (a: Claim, b: Claim) =>
    (await relationsOf(a.id)).filter((relation) => [relation.subject.id, relation.object.id].includes(b.id));

  it('one outlet’s figure a week later → updates (later → earlier); the same day → quantifies_differently', async () => {
    const sentence = (value: number) =>
      `Bolivia has ${value}% of the world’s lithium resources, according to the survey.`;
    const first = await percentClaim('https://alpha-outlet.example/lithium-1', sentence(21), '2024-03-01T09:00:00Z');
    const second = await percentClaim('https://alpha-outlet.example/lithium-2', sentence(23), '2024-03-08T09:00:00Z');
    const sameDay = await percentClaim('https://alpha-outlet.example/lithium-3', sentence(24), '2024-03-08T17:00:00Z');

    const [update] = await between(second, first);
    expect(update).toMatchObject({
      type: 'updates',
      subject: { id: second.id },
      object: { id: first.id },
      status: 'proposed',
      origin: 'pipeline',
      evidence: {
        rule: 'quantity_update',
        unitKind: 'percent',
        previous: { claimId: first.id, value: 21 },
        current: { claimId: second.id, value: 23 },
      },
    });
    expect(await between(second, first)).toHaveLength(1);
    // The same claimant the same day: two figures for a reviewer to tell apart, not an update.
    expect((await between(sameDay, second)).map((relation) => relation.type)).toEqual(['quantifies_differently']);
    // …while the first (a week earlier) is updated by this one too.
    expect((await between(sameDay, first)).map((relation) => [relation.type, relation.subject.id])).toEqual([
      ['updates', sameDay.id],
    ]);
  });

  it('another outlet stating the same figure in its own words → supports; copy, other values or other things do not', async () => {
    const original = await percentClaim(
      'https://beta-outlet.example/lithium',
      'Chile holds 41% of the world’s copper reserves, according to the geological survey.',
      '2024-04-01T09:00:00Z',
    );
    const reworded = await percentClaim(
      'https://gamma-outlet.example/copper',
      'According to the geological survey, 41% of the world’s copper reserves are in Chile.',
      '2024-04-03T09:00:00Z',
    );
    const copied = await percentClaim(
      'https://delta-outlet.example/copper',
      'Chile holds 41% of the world’s copper reserves, according to the geological survey.',
      '2024-04-04T09:00:00Z',
    );
    const otherValue = await percentClaim(
      'https://epsilon-outlet.example/copper',
      'Chile holds 45% of the world’s copper reserves, according to the geological survey.',
      '2024-04-05T09:00:00Z',
    );
    const otherCountry = await percentClaim(
      'https://zeta-outlet.example/copper',
      'Peru holds 41% of the world’s copper reserves, according to the geological survey.',
      '2024-04-06T09:00:00Z',
    );

    const [support] = await between(reworded, original);
    expect(support).toMatchObject({
      type: 'supports',
      subject: { id: reworded.id },
      object: { id: original.id },
      status: 'proposed',
      origin: 'pipeline',
      evidence: { rule: 'same_quantity', unitKind: 'percent', value: 41, bound: 'exact' },
    });
    // The identical sentence from another outlet is copy: repeats, not support.
    expect((await between(copied, original)).map((relation) => relation.type)).toEqual(['repeats']);
    // Another value from another outlet: contradicts; nothing supports across values or countries.
    expect((await between(otherValue, original)).map((relation) => relation.type)).toEqual(['contradicts']);
    for (const claim of [otherValue, otherCountry])
      expect((await relationsOf(claim.id)).filter((relation) => relation.type === 'supports')).toEqual([]);
  });
});
