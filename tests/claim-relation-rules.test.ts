// The pure parts of the pipeline's claim relation proposals: what a unit counts, the values a bound allows, and the
// rules that turn a candidate pair into a proposal. No database.
import { describe, expect, it } from 'vitest';
import { intervalOf, numbersIn, overlaps, quantityKind } from '../src/modules/ingest/claims/quantity-kind.ts';
import { type ClaimFacts, judgePair, proposeRelations } from '../src/modules/ingest/claims/relation-proposals.ts';

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
