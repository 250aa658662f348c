// Relations ingest proposes where the text states them plainly: the pure reader of the words between two mentions,
// and the store writing them as `proposed`, with the article and the words as evidence, reviewable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePointSlice, statedRelations } from '../src/modules/ingest/relations/stated-relations.ts';
import { createTestApp, type TestApp } from './support/app.ts';

const spans = (text: string, ...names: [string, string][]) =>
  names.map(([surface, entityId]) => {
    const start = Array.from(text.slice(0, text.indexOf(surface))).length;
    return { start, end: start + Array.from(surface).length, entityId };
  });

describe('statedRelations (pure)', () => {
  it.each([
    ['Dina Boluarte, the president of Peru, spoke.', ['Dina Boluarte', 'p'], ['Peru', 'c'], 'head_of', 'p', 'c'],
    ['Gabriel Boric, President of Chile, said so.', ['Gabriel Boric', 'p'], ['Chile', 'c'], 'head_of', 'p', 'c'],
    [
      'Rishi Sunak, the prime minister of the United Kingdom, left.',
      ['Rishi Sunak', 'p'],
      ['United Kingdom', 'c'],
      'head_of',
      'p',
      'c',
    ],
    [
      'the port of Chancay, operated by Cosco Shipping, opened.',
      ['Chancay', 'port'],
      ['Cosco Shipping', 'org'],
      'operates',
      'org',
      'port',
    ],
    ['Callao (run by DP World) grew.', ['Callao', 'port'], ['DP World', 'org'], 'operates', 'org', 'port'],
  ] as const)('reads "%s"', (text, first, second, type, subjectId, objectId) => {
    const [a, b] = spans(text, [...first], [...second]);
    expect(statedRelations(codePointSlice(text), [b!, a!])).toEqual([
      { type, subjectId, objectId, evidenceStart: a!.start, evidenceEnd: b!.end },
    ]);
  });

  it('counts offsets in code points, past characters outside the BMP', () => {
    const text = '🇵🇪 Dina Boluarte, the president of Peru, spoke.';
    const [person, country] = spans(text, ['Dina Boluarte', 'p'], ['Peru', 'c']);
    expect(person!.start).toBe(3);
    expect(statedRelations(codePointSlice(text), [person!, country!])).toEqual([
      { type: 'head_of', subjectId: 'p', objectId: 'c', evidenceStart: 3, evidenceEnd: country!.end },
    ]);
  });

  it.each([
    ['Dina Boluarte and the president of Peru met.', ['Dina Boluarte', 'p'], ['Peru', 'c']],
    ['Dina Boluarte, who criticised the president of Peru, left.', ['Dina Boluarte', 'p'], ['Peru', 'c']],
    ['Chancay, not operated by Cosco, opened.', ['Chancay', 'port'], ['Cosco', 'org']],
  ] as const)('proposes nothing for "%s"', (text, first, second) => {
    expect(statedRelations(codePointSlice(text), spans(text, [...first], [...second]))).toEqual([]);
  });
});

describe('ingest proposes the relations an article states', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stores "X, the president of Y" as a proposed head_of with the article and its words, reviewable', async () => {
    const body = 'Lima — Dina Boluarte, the president of Peru, met envoys from Chile on Monday to discuss lithium.';
    const article = await t.api
      .post('/v1/articles')
      .query({ ner: 'false' })
      .send({
        url: `https://wire.example.net/stated-${Date.now()}`,
        title: 'Envoys',
        body,
        bodyFormat: 'text',
        language: 'en',
        publishedAt: '2024-03-02T08:00:00Z',
      })
      .expect(201);
    const proposed = await t.api
      .get('/v1/relations')
      .query({ subject: 'dina-boluarte', type: 'head_of', status: 'proposed' })
      .expect(200);
    expect(proposed.body.data).toEqual([
      expect.objectContaining({
        object: expect.objectContaining({ slug: 'peru' }),
        status: 'proposed',
        source: expect.objectContaining({ kind: 'article', articleId: article.body.id }),
      }),
    ]);
    const { evidence } = proposed.body.data[0].source;
    const stored = (await t.api.get(`/v1/articles/${article.body.id}`).expect(200)).body.body as string;
    expect(Array.from(stored).slice(evidence.start, evidence.end).join('')).toBe(
      'Dina Boluarte, the president of Peru',
    );
    const accepted = await t.api
      .post(`/v1/relations/${proposed.body.data[0].id}/review`)
      .send({ action: 'accept' })
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
  });

  it('proposes nothing between entity types the relation does not join', async () => {
    const before = (await t.api.get('/v1/relations').query({ status: 'proposed', limit: 100 }).expect(200)).body.data
      .length;
    await t.api
      .post('/v1/articles')
      .query({ ner: 'false' })
      .send({
        url: `https://wire.example.net/stated-none-${Date.now()}`,
        title: 'Chile',
        body: 'Chile, the president of Peru said, would sign. Lima, operated by Dina Boluarte, is a city.',
        bodyFormat: 'text',
        language: 'en',
      })
      .expect(201);
    const after = (await t.api.get('/v1/relations').query({ status: 'proposed', limit: 100 }).expect(200)).body.data
      .length;
    expect(after).toBe(before);
  });
});
