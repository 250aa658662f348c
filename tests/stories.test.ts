// Stories: the seeded pair as one story, placement at ingest (joins by shared rare entities within the time window,
// a story of its own otherwise), the list and one story, merge and split by hand, and counts kept right on delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGINAL_URL, TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

type Story = {
  id: string;
  title: string;
  articleCount: number;
  independentSourceCount: number;
  languages: Record<string, number>;
  version: number;
  lastActivity: string;
  lineageGraph: string | null;
};

const lithium = [
  'Chile and Bolivia signed a lithium agreement in La Paz on Tuesday, the two governments announced.',
  'The deal covers extraction quotas, export terms and a joint research centre near the Uyuni salt flat.',
  'Bolivia has 21% of the world’s lithium resources, according to the United States Geological Survey.',
].join('\n\n');
const lithiumFollowUp = [
  'Bolivian miners protested in La Paz against the lithium agreement with Chile on Wednesday.',
  'Unions say the quotas for the Uyuni salt flat favour foreign companies over Bolivia’s own state firm.',
  'The government of Chile declined to comment on the protests.',
].join('\n\n');
const congress = [
  'Peru’s Congress voted on Thursday to censure the interior minister in Lima.',
  'Opposition lawmakers accused the minister of failing to control crime in the capital.',
].join('\n\n');

const syllables = ['ba', 'ko', 'ri', 'mu', 'te', 'sa', 'lo', 'ni', 'pe', 'du', 'fa', 'gi', 'vo', 'ze', 'ha', 'ju'];
/** Two paragraphs of made-up lower-case words that differ from call to call: bodies that are no near-duplicates. */
function filler(): string {
  // Park–Miller: exact in doubles (48271 × 2^31 < 2^53).
  let state = ++counter * 7_919 + 1;
  const next = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state;
  };
  const word = () => Array.from({ length: 3 }, () => syllables[next() % syllables.length]).join('');
  return [0, 1].map(() => `${Array.from({ length: 40 }, word).join(' ')}.`).join('\n\n');
}

/** Raw ingest of one article from an outlet at `domain` (`exact`: the body as given, else with filler); the stored article. */
async function ingest(text: string, publishedAt: string, domain: string, title: string, exact = false) {
  const body = exact ? text : `${text}\n\n${filler()}`;
  const response = await t.api
    .post('/v1/articles')
    .send({ url: `https://${domain}/${unique()}`, title, body, bodyFormat: 'text', language: 'en', publishedAt })
    .expect(201);
  return response.body as { id: string; story: { id: string; href: string }; lineage: unknown; version: number };
}

const story = async (id: string) =>
  (await t.api.get(`/v1/stories/${id}`).expect(200)).body as Story & {
    articles: { data: { id: string; independent: boolean; source: { slug: string } }[] };
  };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the seeded articles', () => {
  it('the Spanish original and its English republication are one story with one independent source', async () => {
    const articles = (await t.api.get('/v1/articles?limit=100').expect(200)).body.data as {
      id: string;
      url: string;
      story: { id: string; href: string };
    }[];
    const original = articles.find((row) => row.url === ORIGINAL_URL)!;
    const translation = articles.find((row) => row.url === TRANSLATION_URL)!;
    expect(translation.story).toEqual({ id: original.story.id, href: `/v1/stories/${original.story.id}` });
    const seeded = await story(original.story.id);
    expect(seeded).toMatchObject({
      articleCount: 2,
      independentSourceCount: 1,
      languages: { en: 1, es: 1 },
      title: expect.stringContaining('Perú'),
      lineageGraph: `/v1/articles/${original.id}/lineage/graph`,
    });
    expect(seeded.articles.data.map((row) => [row.id, row.independent])).toEqual(
      expect.arrayContaining([
        [original.id, true],
        [translation.id, false],
      ]),
    );
  });

  it('include=story embeds the story’s figures', async () => {
    const response = await t.api.get(`/v1/articles?limit=1&include=story`).expect(200);
    expect(response.body.data[0].story).toMatchObject({
      id: expect.any(String),
      articleCount: expect.any(Number),
      independentSourceCount: expect.any(Number),
    });
  });
});

describe('placement at ingest', () => {
  let first: Awaited<ReturnType<typeof ingest>>;

  it('an unrelated article starts a story of its own', async () => {
    first = await ingest(lithium, '2024-05-07T10:00:00Z', 'andes.example', 'Chile and Bolivia sign lithium deal', true);
    const unrelated = await ingest(
      congress,
      '2024-05-07T12:00:00Z',
      'lima.example',
      'Peru’s Congress censures minister',
    );
    expect(unrelated.story.id).not.toBe(first.story.id);
    expect(await story(unrelated.story.id)).toMatchObject({ articleCount: 1, independentSourceCount: 1 });
  });

  it('an article sharing rare entities within the window joins, counting another independent source', async () => {
    const related = await ingest(lithiumFollowUp, '2024-05-08T09:00:00Z', 'altiplano.example', 'Protests in La Paz');
    expect(related.lineage).toBeNull();
    expect(related.story.id).toBe(first.story.id);
    expect(await story(first.story.id)).toMatchObject({
      articleCount: 2,
      independentSourceCount: 2,
      lastActivity: '2024-05-08T09:00:00.000Z',
      title: 'Chile and Bolivia sign lithium deal',
    });
  });

  it('the change feed records a story started at ingest once as created, and an article joining it as an update', async () => {
    type StoryEvent = {
      id: string;
      action: string;
      revision: number;
      changedFields: string[];
      requestId: string | null;
    };
    const events: StoryEvent[] = [];
    for (let after: string | undefined; ; ) {
      const page = (await t.api.get('/v1/changes').query({ types: 'story', limit: 100, after }).expect(200)).body as {
        data: (StoryEvent & { cursor: string })[];
      };
      events.push(...page.data);
      if (page.data.length < 100) break;
      after = page.data.at(-1)!.cursor;
    }
    const ofFirst = events.filter((event) => event.id === first.story.id);
    // The first article's transaction created the story and its figures (one revision), the second joined it.
    expect(ofFirst.map((event) => event.action)).toEqual(['created', 'updated']);
    expect(ofFirst[0]!.revision).toBeLessThan(ofFirst[1]!.revision);
    expect(ofFirst[1]!.revision).toBe((await story(first.story.id)).version);
    expect(ofFirst[0]!.requestId).toEqual(expect.any(String));
    expect(ofFirst[1]!.changedFields).toEqual(expect.arrayContaining(['articleCount', 'lastActivity']));
  });

  it('a related article outside the ±3-day window starts a story of its own', async () => {
    const late = await ingest(lithiumFollowUp, '2024-05-20T09:00:00Z', 'puna.example', 'Protests in La Paz, again');
    expect(late.story.id).not.toBe(first.story.id);
  });

  it('a republication joins its original’s story and does not add an independent source', async () => {
    const copy = await ingest(
      lithium,
      '2024-05-09T10:00:00Z',
      'mirror.example',
      'Chile and Bolivia sign lithium deal',
      true,
    );
    expect(copy.lineage).toMatchObject({ originalId: first.id });
    expect(copy.story.id).toBe(first.story.id);
    expect(await story(first.story.id)).toMatchObject({ articleCount: 3, independentSourceCount: 2 });
  });
});

describe('GET /v1/stories', () => {
  it('lists newest activity first, with filters', async () => {
    const all = (await t.api.get('/v1/stories?limit=100').expect(200)).body.data as Story[];
    const times = all.map((row) => row.lastActivity);
    expect(times).toEqual([...times].sort().reverse());
    const big = (await t.api.get('/v1/stories?min_articles=3').expect(200)).body.data as Story[];
    expect(big.length).toBeGreaterThan(0);
    expect(big.every((row) => row.articleCount >= 3)).toBe(true);
    const may = (await t.api.get('/v1/stories?since=2024-05-01&until=2024-05-10').expect(200)).body.data as Story[];
    expect(may.every((row) => row.lastActivity >= '2024-05-01' && row.lastActivity < '2024-05-11')).toBe(true);
    expect(may.length).toBeGreaterThan(0);
    const spanish = (await t.api.get('/v1/stories?language=es').expect(200)).body.data as Story[];
    expect(spanish.every((row) => (row.languages.es ?? 0) > 0)).toBe(true);
    const peru = (await t.api.get('/v1/stories?country=pe').expect(200)).body.data as Story[];
    expect(peru.some((row) => row.title.includes('Perú'))).toBe(true);
  });

  it('pages with a keyset cursor, every story once', async () => {
    const all = (await t.api.get('/v1/stories?limit=100').expect(200)).body.data as Story[];
    const seen: string[] = [];
    let next: string | null = '/v1/stories?limit=2';
    while (next) {
      const body: { data: Story[]; page: { next: string | null } } = (await t.api.get(next).expect(200)).body;
      seen.push(...body.data.map((row) => row.id));
      next = body.page.next;
    }
    expect(seen).toEqual(all.map((row) => row.id));
  });

  it.each([
    ['min_articles=0', 'min_articles'],
    ['since=yesterday', 'since'],
    ['country=Peru', 'country.0'],
    ['entity=peru', 'entity'],
    ['cursor=abc', 'cursor'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    expectFieldError(
      await t.api.get(`/v1/stories?${query}`),
      field,
      400,
      field === 'cursor' ? 'invalid_cursor' : 'validation_failed',
    );
  });

  it('answers 404 for an unknown story and 400 for a malformed id', async () => {
    expectProblem(await t.api.get('/v1/stories/01a24f9a-eb7a-7c30-98eb-000000000000'), 404, 'not_found');
    expectFieldError(await t.api.get('/v1/stories/nope'), 'id');
  });
});

describe('merge and split by hand', () => {
  let a: Awaited<ReturnType<typeof ingest>>;
  let b: Awaited<ReturnType<typeof ingest>>;

  beforeAll(async () => {
    a = await ingest(lithium, '2025-02-01T10:00:00Z', 'merge-a.example', 'Lithium deal, part one');
    b = await ingest(congress, '2025-02-01T11:00:00Z', 'merge-b.example', 'Congress, part two');
    expect(a.story.id).not.toBe(b.story.id);
  });

  it('refuses a stale If-Match with 412 and writes nothing', async () => {
    const before = await story(a.story.id);
    expectProblem(
      await t.api
        .post(`/v1/stories/${a.story.id}/merge`)
        .set('if-match', `"${before.version + 5}"`)
        .send({ stories: [b.story.id] }),
      412,
      'precondition_failed',
    );
    expect((await story(b.story.id)).articleCount).toBe(1);
  });

  it.each([
    [{ stories: [] }, 'stories', 400, 'validation_failed'],
    [{ stories: ['nope'] }, 'stories.0', 400, 'validation_failed'],
    [{ stories: ['01a24f9a-eb7a-7c30-98eb-000000000000'] }, 'stories[0]', 422, 'unprocessable'],
  ])('refuses %j', async (body, field, status, code) => {
    expectFieldError(await t.api.post(`/v1/stories/${a.story.id}/merge`).send(body), field, status, code);
  });

  it('refuses merging a story with itself, and a merge into an unknown story', async () => {
    expectFieldError(await t.api.post(`/v1/stories/${a.story.id}/merge`).send({ stories: [a.story.id] }), 'stories[0]');
    expectProblem(
      await t.api.post('/v1/stories/01a24f9a-eb7a-7c30-98eb-000000000000/merge').send({ stories: [b.story.id] }),
      404,
      'not_found',
    );
  });

  it('merges: the articles move, the merged story is gone, revisions and the change feed record it', async () => {
    const before = await story(a.story.id);
    const response = await t.api
      .post(`/v1/stories/${a.story.id}/merge`)
      .set('if-match', `"${before.version}"`)
      .send({ stories: [b.story.id] })
      .expect(200);
    expect(response.headers.etag).toBe(`"${response.body.story.version}"`);
    expect(response.body).toMatchObject({
      story: { id: a.story.id, articleCount: 2, independentSourceCount: 2 },
      merged: [b.story.id],
    });
    expectProblem(await t.api.get(`/v1/stories/${b.story.id}`), 404, 'not_found');
    expect((await t.api.get(`/v1/articles/${b.id}`).expect(200)).body.story.id).toBe(a.story.id);

    const changes = (await t.api.get('/v1/changes?types=story&limit=100').expect(200)).body.data as {
      id: string;
      action: string;
      operation: string | null;
    }[];
    expect(changes).toContainEqual(
      expect.objectContaining({ id: b.story.id, action: 'merged', operation: 'merge', mergedInto: a.story.id }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ id: a.story.id, action: 'updated', operation: 'merge' }));
    const moved = (await t.api.get(`/v1/articles/${b.id}/revisions`).expect(200)).body.data;
    expect(moved[0]).toMatchObject({ operation: 'merge', changedFields: expect.arrayContaining(['story']) });
  });

  it('splits: the articles named leave for a new story; ingest later does not undo it', async () => {
    const response = await t.api
      .post(`/v1/stories/${a.story.id}/split`)
      .send({ articles: [b.id] })
      .expect(201);
    const created = response.body.created as Story;
    expect(response.headers.location).toBe(`/v1/stories/${created.id}`);
    expect(response.body.story).toMatchObject({ id: a.story.id, articleCount: 1 });
    expect(created).toMatchObject({ articleCount: 1, title: 'Congress, part two' });
    // A new article close to both, in the window: it joins a story, and neither hand-placed article moves.
    await ingest(`${lithium}\n\n${congress}`, '2025-02-01T12:00:00Z', 'merge-c.example', 'Lithium and Congress');
    expect((await t.api.get(`/v1/articles/${b.id}`).expect(200)).body.story.id).toBe(created.id);
    expect((await t.api.get(`/v1/articles/${a.id}`).expect(200)).body.story.id).toBe(a.story.id);
  });

  it.each([
    [{ articles: [] }, 'articles', 400, 'validation_failed'],
    [{ articles: ['01a24f9a-eb7a-7c30-98eb-000000000000'] }, 'articles[0]', 422, 'unprocessable'],
  ])('refuses a split of %j', async (body, field, status, code) => {
    expectFieldError(await t.api.post(`/v1/stories/${a.story.id}/split`).send(body), field, status, code);
  });

  it('refuses a split of every article, and of an article of another story', async () => {
    const current = await story(a.story.id);
    expectFieldError(
      await t.api
        .post(`/v1/stories/${a.story.id}/split`)
        .send({ articles: current.articles.data.map((row) => row.id) }),
      'articles',
    );
    expectFieldError(
      await t.api.post(`/v1/stories/${a.story.id}/split`).send({ articles: [b.id] }),
      'articles[0]',
      422,
      'unprocessable',
    );
  });

  it('needs the write scope', async () => {
    const reader = await t.createKey(['read']);
    const response = await t.anonymous
      .post(`/v1/stories/${a.story.id}/merge`)
      .set('authorization', `Bearer ${reader}`)
      .send({ stories: [b.story.id] });
    expectProblem(response, 403, 'forbidden');
    expectProblem(
      await t.anonymous.post(`/v1/stories/${a.story.id}/split`).send({ articles: [a.id] }),
      401,
      'unauthorized',
    );
  });
});

describe('deleting articles', () => {
  it('keeps the counts right and drops a story left empty', async () => {
    const first = await ingest(lithium, '2025-06-01T10:00:00Z', 'delete-a.example', 'Lithium deal in June');
    const second = await ingest(lithiumFollowUp, '2025-06-02T10:00:00Z', 'delete-b.example', 'Protests in June');
    expect(second.story.id).toBe(first.story.id);
    expect((await story(first.story.id)).articleCount).toBe(2);
    await t.api.delete(`/v1/articles/${second.id}`).expect(204);
    expect(await story(first.story.id)).toMatchObject({ articleCount: 1, independentSourceCount: 1 });
    await t.api.delete(`/v1/articles/${first.id}`).expect(204);
    expectProblem(await t.api.get(`/v1/stories/${first.story.id}`), 404, 'not_found');
  });
});
