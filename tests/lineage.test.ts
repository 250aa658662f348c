// Reverse lineage: an article's derivatives, the chain of originals above it and the graph of its group, over the
// seeded pair (Misión Verdad's Spanish original, Orinoco Tribune's English translation) and articles made here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxLineageDepth } from '../src/modules/lineage/lineage.schemas.ts';
import { ORIGINAL_URL, TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let original: string;
let translation: string;
let orinocoId: string;
let misionVerdadId: string;
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

type Lineage = { originalId: string; kind: 'republication' | 'translation' | 'rewrite' } | null;

async function article(sourceId: string, lineage: Lineage, title = 'Lineage') {
  const response = await t.api
    .post('/v1/articles')
    .send({
      url: `https://lineage.example/${unique()}`,
      title,
      body: `Peru authorised the entry of US troops. (${unique()})`,
      language: 'en',
      sourceId,
      ...(lineage ? { lineage } : {}),
    })
    .expect(201);
  return response.body.id as string;
}

async function derivedFrom(originalId: string, kind: NonNullable<Lineage>['kind'], sourceId = orinocoId) {
  return article(sourceId, { originalId, kind });
}

beforeAll(async () => {
  t = await createTestApp();
  const articles = (await t.api.get('/v1/articles?limit=100').expect(200)).body.data as { id: string; url: string }[];
  original = articles.find((row) => row.url === ORIGINAL_URL)!.id;
  translation = articles.find((row) => row.url === TRANSLATION_URL)!.id;
  orinocoId = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
  misionVerdadId = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id;
});
afterAll(() => t.close());

describe('GET /v1/articles/{id}/derivatives', () => {
  it('lists the seeded translation under the Spanish original, with its kind, similarity and outlet', async () => {
    const response = await t.api.get(`/v1/articles/${original}/derivatives`).expect(200);
    expect(response.body.data).toContainEqual({
      article: {
        id: translation,
        url: TRANSLATION_URL,
        title: expect.any(String),
        language: 'en',
        publishedAt: '2023-06-05T04:00:00.000Z',
        source: { id: orinocoId, slug: 'orinoco-tribune', name: 'Orinoco Tribune' },
      },
      kind: 'translation',
      similarity: null,
      duplicate: false,
    });
    expect(response.body.page).toEqual({ limit: 20, nextCursor: null, next: null });
  });

  it('lists nothing under an article nothing derives from', async () => {
    const response = await t.api.get(`/v1/articles/${translation}/derivatives`).expect(200);
    expect(response.body.data).toEqual([]);
  });

  it('pages through the derivatives by id, with a Link header, and filters by kind', async () => {
    const root = await article(misionVerdadId, null);
    const made = [
      await derivedFrom(root, 'republication'),
      await derivedFrom(root, 'translation'),
      await derivedFrom(root, 'republication'),
    ];
    // A grandchild is a derivative of its own original, not of the root.
    await derivedFrom(made[0]!, 'rewrite');
    const first = await t.api.get(`/v1/articles/${root}/derivatives?limit=2`).expect(200);
    expect(first.body.data.map((row: { article: { id: string } }) => row.article.id)).toEqual(made.slice(0, 2));
    expect(first.headers.link).toBe(`<${first.body.page.next}>; rel="next"`);
    const second = await t.api.get(first.body.page.next).expect(200);
    expect(second.body.data.map((row: { article: { id: string } }) => row.article.id)).toEqual(made.slice(2));
    expect(second.body.page.nextCursor).toBeNull();

    const translations = await t.api.get(`/v1/articles/${root}/derivatives?kind=translation`).expect(200);
    expect(translations.body.data.map((row: { article: { id: string } }) => row.article.id)).toEqual([made[1]]);
  });

  it('marks an identical body found at ingest as a duplicate with similarity 1', async () => {
    const body = `The Peruvian Congress authorised the entry of foreign troops for training in ${unique()}.`;
    const first = await t.api
      .post('/v1/articles')
      .send({
        url: `https://lineage.example/raw/${unique()}`,
        title: 'First',
        body,
        bodyFormat: 'text',
        language: 'en',
      })
      .expect(201);
    const copy = await t.api
      .post('/v1/articles')
      .send({ url: `https://copies.example/raw/${unique()}`, title: 'Copy', body, bodyFormat: 'text', language: 'en' })
      .expect(201);
    expect(copy.body.duplicateOf).toBe(first.body.id);
    const response = await t.api.get(`/v1/articles/${first.body.id}/derivatives`).expect(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({
        article: expect.objectContaining({ id: copy.body.id }),
        kind: 'republication',
        similarity: 1,
        duplicate: true,
      }),
    ]);
  });

  it.each([
    ['an unknown article', '/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d/derivatives', 404, 'not_found', null],
    ['an id that is no UUID', '/v1/articles/nope/derivatives', 400, 'validation_failed', 'id'],
    ['an unknown kind', '/v1/articles/{original}/derivatives?kind=copy', 400, 'validation_failed', 'kind'],
    ['a limit over 100', '/v1/articles/{original}/derivatives?limit=101', 400, 'validation_failed', 'limit'],
    ['a foreign cursor', '/v1/articles/{original}/derivatives?cursor=abc', 400, 'invalid_cursor', 'cursor'],
  ])('refuses %s', async (_name, url, status, code, field) => {
    const response = await t.api.get(url.replace('{original}', original));
    if (field) expectFieldError(response, field, status, code);
    else expectProblem(response, status, code);
  });
});

describe('GET /v1/articles/{id}/lineage', () => {
  it('follows the seeded translation to the Spanish original', async () => {
    const response = await t.api.get(`/v1/articles/${translation}/lineage`).expect(200);
    expect(response.body).toMatchObject({
      article: { id: translation, source: { slug: 'orinoco-tribune' } },
      chain: [{ article: { id: original, language: 'es', source: { slug: 'mision-verdad' } }, kind: 'translation' }],
      root: { id: original, url: ORIGINAL_URL },
      complete: true,
      stoppedBy: null,
    });
  });

  it('names the article itself as the root when it derives from none', async () => {
    const response = await t.api.get(`/v1/articles/${original}/lineage`).expect(200);
    expect(response.body).toMatchObject({ chain: [], root: { id: original }, complete: true, stoppedBy: null });
  });

  it('walks several generations, nearest original first, each step with the link that leads to it', async () => {
    const republication = await derivedFrom(translation, 'republication');
    const rewrite = await derivedFrom(republication, 'rewrite', misionVerdadId);
    const response = await t.api.get(`/v1/articles/${rewrite}/lineage`).expect(200);
    expect(
      response.body.chain.map((step: { article: { id: string }; kind: string }) => [step.article.id, step.kind]),
    ).toEqual([
      [republication, 'rewrite'],
      [translation, 'republication'],
      [original, 'translation'],
    ]);
    expect(response.body.root.id).toBe(original);
  });

  it('stops at a loop of hand-made links instead of following it forever', async () => {
    const a = await article(orinocoId, null, 'Loop A');
    const b = await derivedFrom(a, 'republication');
    await t.api
      .patch(`/v1/articles/${a}`)
      .send({ lineage: { originalId: b, kind: 'republication' } })
      .expect(200);
    const response = await t.api.get(`/v1/articles/${a}/lineage`).expect(200);
    expect(response.body).toMatchObject({
      article: { id: a },
      chain: [{ article: { id: b } }],
      root: { id: b },
      complete: false,
      stoppedBy: 'cycle',
    });
    const graph = await t.api.get(`/v1/articles/${a}/lineage/graph`).expect(200);
    expect(graph.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([a, b].sort());
    expect(graph.body.edges).toHaveLength(2);
  });

  it(`stops after ${maxLineageDepth} steps`, async () => {
    let id = await article(misionVerdadId, null, 'Deep root');
    const ids = [id];
    for (let step = 0; step < maxLineageDepth + 2; step++) {
      id = await derivedFrom(id, 'republication');
      ids.push(id);
    }
    const response = await t.api.get(`/v1/articles/${id}/lineage`).expect(200);
    expect(response.body.chain).toHaveLength(maxLineageDepth);
    expect(response.body).toMatchObject({ complete: false, stoppedBy: 'depth' });
    expect(response.body.root.id).toBe(ids[ids.length - 1 - maxLineageDepth]);
  }, 60_000);

  it.each([
    ['lineage', 404, 'not_found'],
    ['lineage/graph', 404, 'not_found'],
  ])('answers 404 for the %s of an unknown article', async (path, status, code) => {
    expectProblem(await t.api.get(`/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d/${path}`), status, code);
  });

  it('refuses an id that is no UUID', async () => {
    expectFieldError(await t.api.get('/v1/articles/not-a-uuid/lineage'), 'id');
  });
});

describe('GET /v1/articles/{id}/lineage/graph', () => {
  it('answers the same group, rooted at the first known original, from any of its articles', async () => {
    const root = await article(misionVerdadId, null, 'Group root');
    const translated = await derivedFrom(root, 'translation');
    const republished = await derivedFrom(translated, 'republication');
    const sibling = await derivedFrom(root, 'republication');
    const unrelated = await article(orinocoId, null, 'Unrelated');

    const graphs = await Promise.all(
      [root, translated, republished, sibling].map(
        async (id) => (await t.api.get(`/v1/articles/${id}/lineage/graph`).expect(200)).body,
      ),
    );
    for (const graph of graphs) expect(graph).toEqual(graphs[0]);
    const graph = graphs[0];
    expect(graph.root).toBe(root);
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.map((node: { id: string; depth: number }) => [node.id, node.depth])).toEqual([
      [root, 0],
      ...[
        [translated, 1],
        [sibling, 1],
      ].sort(),
      [republished, 2],
    ]);
    expect(graph.nodes.map((node: { id: string }) => node.id)).not.toContain(unrelated);
    expect(graph.nodes[0].source).toEqual({ id: misionVerdadId, slug: 'mision-verdad', name: 'Misión Verdad' });
    expect(
      graph.edges.map((edge: { from: string; to: string; kind: string }) => [edge.from, edge.to, edge.kind]).sort(),
    ).toEqual(
      [
        [translated, root, 'translation'],
        [republished, translated, 'republication'],
        [sibling, root, 'republication'],
      ].sort(),
    );
  });

  it('holds the seeded pair', async () => {
    const graph = (await t.api.get(`/v1/articles/${translation}/lineage/graph`).expect(200)).body;
    expect(graph.root).toBe(original);
    expect(graph.edges).toContainEqual({
      from: translation,
      to: original,
      kind: 'translation',
      similarity: null,
      duplicate: false,
    });
  });
});
