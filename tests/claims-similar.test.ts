// Similar claims: GET /v1/claims/{id}/similar and GET /v1/claims/similar?text=…, across English and Spanish, scored
// on lexical features (trigram, stems) and language-independent ones (subjects, claimant, numbers). Over the seed: the
// Spanish original's two claims and the English republication's claims of the same sentences are the paraphrase pairs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTextProbes, type QueryTerm } from '../src/modules/claim-similarity/claim-similarity.terms.ts';
import { ORIGINAL_URL, TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

type Claim = { id: string; text: string; subjects: { id: string; slug: string }[] };
type Similar = {
  claim: { id: string; articleId: string; text: string; language: string };
  score: number;
  features: {
    trigram: number;
    stems: number;
    sharedSubjectIds: string[];
    subjectJaccard: number | null;
    sameClaimant: boolean | null;
    sharedNumbers: string[];
    numberJaccard: number | null;
  };
};

let t: TestApp;
let english: Claim[];
let spanish: Claim[];

async function claimsOf(url: string): Promise<Claim[]> {
  const articles = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
  const article = articles.body.data.find((item: { url: string }) => item.url === url);
  return (await t.api.get('/v1/claims').query({ articleId: article.id, limit: 100 }).expect(200)).body.data;
}

beforeAll(async () => {
  t = await createTestApp();
  english = await claimsOf(TRANSLATION_URL);
  spanish = await claimsOf(ORIGINAL_URL);
  expect(spanish).toHaveLength(2);
});
afterAll(() => t.close());

const englishOf = (start: string) => english.find((claim) => claim.text.startsWith(start))!;

describe('GET /v1/claims/{id}/similar', () => {
  // The seed's paraphrase pairs: each Spanish claim and the English claim of the same sentence.
  const pairs = [
    ['El 31 de mayo de 2023', 'On 31 May 2023 the Peruvian government'],
    ['Según la administración de Dina Boluarte', "According to Dina Boluarte's administration"],
  ] as const;

  it.each(pairs)('ranks the English paraphrase of “%s…” first, with the features behind it', async (es, en) => {
    const source = spanish.find((claim) => claim.text.startsWith(es))!;
    const response = await t.api.get(`/v1/claims/${source.id}/similar`).expect(200);
    const results = response.body.data as Similar[];
    expect(results[0]!.claim).toMatchObject({ id: englishOf(en).id, language: 'en' });
    expect(results[0]!.features.sharedSubjectIds.sort()).toEqual(source.subjects.map((subject) => subject.id).sort());
    expect(results[0]!.features.sameClaimant).toBe(true);
    expect(results[0]!.score).toBeGreaterThan(0.5);
    // Best first, never the claim itself, every score at least the default minScore.
    expect(results.map((item) => item.claim.id)).not.toContain(source.id);
    const scores = results.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.2);
    // The runner-up scores clearly lower than the paraphrase.
    if (results[1]) expect(results[1].score).toBeLessThan(results[0]!.score - 0.1);
  });

  it('and the other way round: the English claim finds the Spanish one first', async () => {
    const source = englishOf('On 31 May 2023 the Peruvian government');
    const results = (await t.api.get(`/v1/claims/${source.id}/similar`).query({ limit: 3 }).expect(200)).body
      .data as Similar[];
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]!.claim.text).toMatch(/^El 31 de mayo de 2023/);
    expect(results[0]!.features.sharedNumbers.sort()).toEqual(['2023', '31']);
  });

  it('finds the contradicting constructed claim among the ones similar to “more than 3,500 soldiers”', async () => {
    const source = english.find((claim) => claim.text.startsWith('More than 3,500 US soldiers'))!;
    const results = (await t.api.get(`/v1/claims/${source.id}/similar`).expect(200)).body.data as Similar[];
    const constructed = results.find(
      (item) => item.claim.text === 'About 1,200 US soldiers have entered Peru since 2015.',
    );
    expect(constructed?.features).toMatchObject({ sharedNumbers: ['2015'], sameClaimant: false });
  });

  it.each([
    ['an unknown claim', '00000000-0000-7000-8000-000000000000', {}, 404, 'not_found', null],
    ['a limit above 50', 'first', { limit: 51 }, 400, 'validation_failed', 'limit'],
    ['a minScore above 1', 'first', { minScore: 2 }, 400, 'validation_failed', 'minScore'],
    ['an unknown parameter', 'first', { text: 'x' }, 400, 'validation_failed', 'text'],
  ])('refuses %s', async (_name, id, query, status, code, field) => {
    const response = await t.api.get(`/v1/claims/${id === 'first' ? english[0]!.id : id}/similar`).query(query);
    if (field) expectFieldError(response, field, status, code);
    else expectProblem(response, status, code);
  });
});

describe('GET /v1/claims/similar?text=…', () => {
  it('finds an English claim from a reworded English text', async () => {
    const results = (
      await t.api
        .get('/v1/claims/similar')
        .query({ text: 'Since 2015 more than 3,500 US soldiers entered Peru to fight drug trafficking' })
        .expect(200)
    ).body.data as Similar[];
    expect(results[0]!.claim.text).toMatch(/^More than 3,500 US soldiers have entered Peru since 2015/);
    expect(results[0]!.features).toMatchObject({ subjectJaccard: null, sameClaimant: null });
    expect(results[0]!.features.sharedNumbers.sort()).toEqual(['2015', '3500']);
  });

  it('finds the English claim from a Spanish text once the text’s subjects are named', async () => {
    const source = english.find((claim) => claim.text.startsWith('More than 3,500 US soldiers'))!;
    const text = 'Más de 3.500 soldados estadounidenses han entrado al Perú desde 2015';
    const results = (
      await t.api
        .get('/v1/claims/similar')
        .query({ text, subjectIds: source.subjects.map((subject) => subject.id).join(',') })
        .expect(200)
    ).body.data as Similar[];
    expect(results[0]!.claim.id).toBe(source.id);
    expect(results[0]!.features.subjectJaccard).toBe(1);
  });

  it('finds an English claim from a paraphrase: other words, another order', async () => {
    const text =
      'Peru’s government let American military personnel with weapons into the country by sea and by air on 31 May 2023';
    const results = (await t.api.get('/v1/claims/similar').query({ text }).expect(200)).body.data as Similar[];
    expect(results[0]!.claim.text).toMatch(/^On 31 May 2023 the Peruvian government authorized US military personnel/);
    expect(results[0]!.score).toBeGreaterThan(0.5);
  });

  it('finds the English claim from a Spanish text alone, through the numbers and names both write', async () => {
    const text = 'Desde 2015 entraron al Perú más de 3.500 soldados de Estados Unidos';
    const results = (await t.api.get('/v1/claims/similar').query({ text }).expect(200)).body.data as Similar[];
    expect(results[0]!.claim).toMatchObject({ language: 'en' });
    expect(results[0]!.claim.text).toMatch(/^More than 3,500 US soldiers have entered Peru since 2015/);
    expect(results[0]!.features.sharedNumbers).toEqual(['2015', '3500']);
  });

  it('finds the Spanish claim from an English text alone, below the English one it paraphrases', async () => {
    const text = 'On 31 May 2023 Peru authorised the entry of US military personnel';
    const results = (await t.api.get('/v1/claims/similar').query({ text, limit: 50, minScore: 0 }).expect(200)).body
      .data as Similar[];
    expect(results[0]!.claim.text).toMatch(/^On 31 May 2023 the Peruvian government/);
    const spanish = results.find((item) => item.claim.text.startsWith('El 31 de mayo de 2023'));
    expect(spanish?.features.sharedNumbers).toEqual(['2023', '31']);
    expect(spanish!.score).toBeGreaterThanOrEqual(0.2);
  });

  it.each([
    ['no text', {}, 'text'],
    ['a text of two characters', { text: 'ab' }, 'text'],
    ['a text with a NUL character', { text: 'Peru\u0000troops' }, 'text'],
    ['a subject that is not an id', { text: 'Peru', subjectIds: 'peru' }, 'subjectIds.0'],
  ])('refuses %s', async (_name, query, field) => {
    expectFieldError(await t.api.get('/v1/claims/similar').query(query), field);
  });

  it.each([
    ['tsquery operators and quotes', "O'Neil & Peru | !troops :* (2015) <-> 'x'"],
    ['backslashes', 'Peru\\ soldiers \\\\ 3,500'],
    ['punctuation only', '!!! ??? ...'],
    ['stop words only', 'the of and de la el'],
    ['a very long word', `Peru ${'x'.repeat(3000)}`],
  ])('answers 200 for a text with %s', async (_name, text) => {
    const response = await t.api.get('/v1/claims/similar').query({ text }).expect(200);
    expect(Array.isArray(response.body.data)).toBe(true);
  });

  it('reads without a key and answers nothing for a text like no claim', async () => {
    const response = await t.anonymous.get('/v1/claims/similar').query({ text: 'zzzz qqqq xxxx' }).expect(200);
    expect(response.body.data).toEqual([]);
  });
});

describe('the text probes (pure): which index lookups a text gets', () => {
  const terms = (config: QueryTerm['config'], frequencies: Record<string, number | null>): QueryTerm[] =>
    Object.entries(frequencies).map(([lexeme, frequency]) => ({ config, lexeme, frequency }));

  it('without statistics every word is rare: all words of the text’s language, and any word', () => {
    const probes = planTextProbes(
      [
        ...terms('english', { peru: null, troop: null }),
        ...terms('spanish', { peru: null, the: null, troops: null }),
        ...terms('simple', { peru: null, the: null, troops: null }),
      ],
      { claims: 0, floor: null },
    );
    // English removed the stop word "the": English is the text's language.
    expect(probes).toEqual([
      { query: "'peru' & 'troop'", limit: 40 },
      { query: "'peru' | 'the' | 'troop' | 'troops'", limit: 60 },
    ]);
  });

  it('common words pair up, least common first, within the read budget; rare ones are looked up alone', () => {
    const probes = planTextProbes(
      terms('english', { govern: 0.05, author: 0.03, troop: 0.02, foreign: 0.01, boluart: null }),
      { claims: 1_000_000, floor: 0.0004 },
    );
    expect(probes.map((probe) => probe.query)).toEqual([
      "'boluart' & 'foreign' & 'troop' & 'author' & 'govern'",
      "'boluart'",
      // The pairs of the three least common words cost 10,000, 10,000 and 20,000 entries: the third passes the budget.
      "'foreign' & 'troop'",
      "'foreign' & 'author'",
    ]);
  });

  it('quotes words so that no character is read as a tsquery operator', () => {
    const [probe] = planTextProbes(terms('simple', { "o'neil": null, 'a\\b': null }), { claims: 0, floor: null });
    expect(probe!.query).toBe("'a\\\\b' & 'o''neil'");
  });
});
