// The matcher's pure parts: the name key judgements are stored under, partial birth dates, and the match flag's
// threshold and lead (the integration tests in reconcile.test.ts cover the rest through the API).
import { describe, expect, it } from 'vitest';
import {
  type CandidateEntity,
  matchLead,
  matchThreshold,
  nameKey,
  parsePartialDate,
  rank,
  score,
} from '../src/modules/reconcile/reconcile.scoring.ts';

const entity = (id: string, name: string, overrides: Partial<CandidateEntity> = {}): CandidateEntity => ({
  id,
  type: 'person',
  name,
  countryIds: [],
  countryCodes: [],
  birthDate: null,
  identifiers: { wikidata: null, isoAlpha2: null, isoAlpha3: null, unlocode: null },
  ...overrides,
});

describe('nameKey', () => {
  it.each([
    ['Perú', 'peru'],
    ['  PERU. ', 'peru'],
    ['D. Boluarte', 'd boluarte'],
    ['São Tomé & Príncipe', 'sao tome principe'],
    ['Ｐｅｒｕ', 'peru'],
    ['¿?', ''],
  ])('folds %j to %j', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('parsePartialDate', () => {
  it.each([
    ['1962', { year: 1962 }],
    ['1962-05', { year: 1962, month: 5 }],
    ['1962-05-31', { year: 1962, month: 5, day: 31 }],
  ])('reads %s', (text, date) => expect(parsePartialDate(text)).toEqual(date));
  it.each(['1962-13', '1962-02-30', '62', '1962-5-1', 'May 1962'])('refuses %s', (text) =>
    expect(parsePartialDate(text)).toBeNull(),
  );
});

describe('the match flag', () => {
  const query = { key: 'marisol quispe', identifiers: {} };
  const scored = (id: string, similarity: number) =>
    score(query, entity(id, `name ${id}`), [{ name: `name ${id}`, alias: false, similarity }], false);

  it(`goes to the top candidate at ${matchThreshold} or more with a lead of ${matchLead}`, () => {
    const [first, second] = rank([scored('b', 0.7), scored('a', 0.95)], 5);
    expect(first).toMatchObject({ entity: { id: 'a' }, score: 0.95, match: true });
    expect(second).toMatchObject({ entity: { id: 'b' }, match: false });
  });

  it('counts a lead of exactly 0.1 as enough (scores are compared as the 4-decimal numbers they are)', () => {
    expect(rank([scored('a', 0.95), scored('b', 0.85)], 5)[0]?.match).toBe(true);
  });

  it('is withheld when the runner-up is close, or the best is below the threshold', () => {
    expect(rank([scored('a', 0.95), scored('b', 0.9)], 5).map((candidate) => candidate.match)).toEqual([false, false]);
    expect(rank([scored('a', 0.85)], 5)[0]?.match).toBe(false);
  });

  it('caps a similarity below 1: only an equal key scores 1', () => {
    expect(scored('a', 1).score).toBe(0.99);
    const exact = score(
      query,
      entity('x', 'Marisol Quispe'),
      [{ name: 'MARISOL QUISPE', alias: true, similarity: 1 }],
      false,
    );
    expect(exact).toMatchObject({ score: 1, features: { name: 1, alias: true } });
  });

  it('ranks a judged match first even above a better name, and keeps the limit', () => {
    const judged = score(query, entity('j', 'Someone Else'), [], true);
    const ranked = rank([scored('a', 0.95), judged, scored('b', 0.5)], 2);
    expect(ranked.map((candidate) => candidate.entity.id)).toEqual(['j', 'a']);
    expect(ranked[0]).toMatchObject({ score: 1, match: true, features: { judgement: 'match', name: 0 } });
  });
});
