import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooccurrenceRecount, differences, entityDaysRecount, entityDaysStored } from './support/aggregates.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let sourceId: string;
let fixtureArticleId: string;

type Hit = { id: string; slug: string; name: string; type: string; score?: number; distanceKm?: number };
type Page = { data: Hit[]; page: { next: string | null } };

beforeAll(async () => {
  t = await createTestApp();
  sourceId = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
  fixtureArticleId = (await t.api.get(`/v1/articles?sourceId=${sourceId}`).expect(200)).body.data[0].id;
});
afterAll(() => t.close());

const slugs = (body: Page) => body.data.map((hit) => hit.slug);
const lookup = async (query: string) => (await t.api.get(`/v1/entities?${query}`).expect(200)).body as Page;

async function createEntity(body: Record<string, unknown>): Promise<Hit> {
  return (await t.api.post('/v1/entities').send(body).expect(201)).body;
}

/** An article whose body names each entity once, in order ("A and B and C."), with a mention on each name. */
async function createArticle(
  title: string,
  entities: { id: string; name: string }[],
  publishedAt = '2024-05-01T12:00:00Z',
) {
  let body = '';
  const mentions = entities.map((entity, index) => {
    if (index > 0) body += ' and ';
    const start = Array.from(body).length;
    body += entity.name;
    return { entityId: entity.id, start, end: start + Array.from(entity.name).length };
  });
  body += '.';
  const url = `https://discovery.example.org/${randomUUID()}`;
  return (
    await t.api
      .post('/v1/articles')
      .send({ url, title, body, language: 'en', sourceId, publishedAt, mentions })
      .expect(201)
  ).body as { id: string };
}

/** Walks every page from `first`, returning every item in order. */
async function walk(first: string): Promise<Hit[]> {
  const items: Hit[] = [];
  for (let next: string | null = first; next; ) {
    const page: Page = (await t.api.get(next).expect(200)).body;
    items.push(...page.data);
    next = page.page.next;
  }
  return items;
}

function haversineKm(a: [number, number], b: [number, number]) {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b[0] - a[0]) / 2) ** 2 +
    Math.cos(radians(a[0])) * Math.cos(radians(b[0])) * Math.sin(radians(b[1] - a[1]) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

describe('fuzzy entity lookup (q)', () => {
  it.each([
    ['Dina Bolaurte', 'dina-boluarte'],
    ['Boluarte', 'dina-boluarte'],
    ['Peru', 'peru'],
    ['Perú', 'peru'],
    ['PERU', 'peru'],
    ['Estados Unidos', 'united-states'],
    ['Pentagono', 'us-department-of-defense'],
    ['chancai', 'chancay'],
  ])('finds %s as %s first', async (q, slug) => {
    const body = await lookup(`q=${encodeURIComponent(q)}`);
    expect(body.data[0]?.slug, JSON.stringify(body.data.map((h) => [h.slug, h.score]))).toBe(slug);
  });

  it('scores every hit from 0 to 1, best first, accents ignored', async () => {
    const plain = await lookup('q=Peru&limit=100');
    const accented = await lookup(`q=${encodeURIComponent('Perú')}&limit=100`);
    expect(plain.data.length).toBeGreaterThan(1);
    const scores = plain.data.map((hit) => hit.score as number);
    for (const score of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(accented.data.map((hit) => [hit.slug, hit.score])).toEqual(plain.data.map((hit) => [hit.slug, hit.score]));
    // Names that merely contain the word score lower than the exact name.
    expect(plain.data.map((hit) => hit.slug)).toContain('congress-of-peru');
    expect(scores[0]).toBeGreaterThan(scores[1] as number);
  });

  it('breaks a tie in name similarity by prominence (mention count)', async () => {
    const quiet = await createEntity({ type: 'place', name: 'Zorvath Harbour', slug: 'zorvath-harbour-quiet' });
    const busy = await createEntity({ type: 'place', name: 'Zorvath Harbour', slug: 'zorvath-harbour-busy' });
    await createArticle('Harbour news', [{ id: busy.id, name: 'Zorvath Harbour' }]);
    const body = await lookup('q=Zorvath%20Harbour');
    expect(slugs(body)).toEqual([busy.slug, quiet.slug]);
    expect(body.data[0]?.score).toBeGreaterThan(body.data[1]?.score as number);
  });

  it('combines with type and pages through the ranking with a cursor', async () => {
    const organizations = await lookup('q=Peru&type=organization&limit=100');
    expect(organizations.data.length).toBeGreaterThan(2);
    expect(organizations.data.every((hit) => hit.type === 'organization')).toBe(true);
    expect(slugs(organizations)).not.toContain('peru');

    const all = await lookup('q=Peru&limit=100');
    const walked = await walk('/v1/entities?q=Peru&limit=2');
    expect(walked.map((hit) => hit.slug)).toEqual(slugs(all));
    const spaced = await walk('/v1/entities?q=Estados%20Unidos&limit=1');
    expect(spaced.map((hit) => hit.slug)).toEqual(slugs(await lookup('q=Estados%20Unidos&limit=100')));
    expect(spaced.length).toBeGreaterThan(1);
  });

  it('embeds roles on request, as the plain list does', async () => {
    const body = await lookup('q=Boluarte&include=roles');
    expect(body.data[0]).toMatchObject({
      slug: 'dina-boluarte',
      roles: expect.arrayContaining([expect.objectContaining({ startDate: '2022-12-07' })]),
    });
  });

  it('answers an empty page when nothing is close, and treats SQL as text', async () => {
    expect((await lookup('q=Xylophonic%20Quasar')).data).toEqual([]);
    const before = (await walk('/v1/entities?limit=100')).length;
    expect((await lookup(`q=${encodeURIComponent("'; DROP TABLE entities; --")}`)).data).toEqual(expect.any(Array));
    expect((await lookup(`q=${encodeURIComponent("Peru' OR '1'='1")}`)).data.length).toBeLessThan(before);
    expect((await walk('/v1/entities?limit=100')).length).toBe(before);
  });

  it('refuses a cursor whose sort value was tampered with', async () => {
    const cursor = Buffer.from(
      JSON.stringify({ o: 'entities:score', v: '1; DROP TABLE x', id: randomUUID() }),
    ).toString('base64url');
    expectFieldError(await t.api.get(`/v1/entities?q=Peru&cursor=${cursor}`), 'cursor', 400, 'invalid_cursor');
    const idCursor = Buffer.from(JSON.stringify({ o: 'entities:id', v: null, id: randomUUID() })).toString('base64url');
    expectFieldError(await t.api.get(`/v1/entities?q=Peru&cursor=${idCursor}`), 'cursor', 400, 'invalid_cursor');
  });
});

describe('lookup by identifier', () => {
  it.each([
    ['wikidata=Q419', 'peru'],
    ['wikidata=q419', 'peru'],
    ['wikidata=Q30', 'united-states'],
    ['iso=PE', 'peru'],
    ['iso=PER', 'peru'],
    ['iso=pe', 'peru'],
    ['iso=USA', 'united-states'],
    ['unlocode=PECHY', 'chancay'],
    ['unlocode=PE%20CHY', 'chancay'],
    ['unlocode=PE+CHY', 'chancay'],
    ['unlocode=pecll', 'port-of-callao'],
  ])('%s finds exactly %s', async (query, slug) => {
    expect(slugs(await lookup(query))).toEqual([slug]);
  });

  it('answers an empty page for an unknown identifier and combines with other filters', async () => {
    expect((await lookup('wikidata=Q999999999')).data).toEqual([]);
    expect((await lookup('iso=PE&type=port')).data).toEqual([]);
    expect(slugs(await lookup('iso=PE&type=country&q=Peru'))).toEqual(['peru']);
  });
});

describe('geographic lookup', () => {
  const callao: [number, number] = [-12.05, -77.15];

  it('orders by great-circle distance within the radius and says how far each is', async () => {
    const body = await lookup('near=-12.05,-77.15&radius_km=100');
    expect(slugs(body)).toEqual(['port-of-callao', 'lima', 'chancay']);
    const lima = (await t.api.get('/v1/entities/lima').expect(200)).body.coordinates;
    const chancay = (await t.api.get('/v1/entities/chancay').expect(200)).body.coordinates;
    expect(body.data.map((hit) => hit.distanceKm)).toEqual([
      0,
      expect.closeTo(haversineKm(callao, [lima.latitude, lima.longitude]), 2),
      expect.closeTo(haversineKm(callao, [chancay.latitude, chancay.longitude]), 2),
    ]);
    expect(body.data.every((hit) => hit.score === undefined)).toBe(true);
  });

  it('cuts off at the radius (default 100 km) and pages in distance order', async () => {
    expect(slugs(await lookup('near=-12.05,-77.15&radius_km=30'))).toEqual(['port-of-callao', 'lima']);
    expect(slugs(await lookup('near=-12.05,-77.15'))).toEqual(['port-of-callao', 'lima', 'chancay']);
    expect(slugs(await lookup('near=-12.05,-77.15&radius_km=300'))).toContain('peru');
    expect((await walk('/v1/entities?near=-12.05,-77.15&radius_km=300&limit=1')).map((hit) => hit.slug)).toEqual(
      slugs(await lookup('near=-12.05,-77.15&radius_km=300&limit=100')),
    );
    expect(slugs(await lookup('near=-12.05,-77.15&radius_km=100&type=port'))).toEqual(['port-of-callao', 'chancay']);
  });

  it('keeps the entities inside a bounding box given in GeoJSON order', async () => {
    const inside = await lookup('bbox=-78,-13,-76,-11&limit=100');
    expect(slugs(inside).sort()).toEqual(['chancay', 'lima', 'port-of-callao']);
    // Swapping longitude and latitude describes another place entirely.
    expect((await lookup('bbox=-13,-78,-11,-76')).data).toEqual([]);
  });

  it('handles boxes and circles that cross the antimeridian', async () => {
    const east = await createEntity({
      type: 'place',
      name: 'Eastern Atoll',
      coordinates: { latitude: -17, longitude: 179.5 },
    });
    const west = await createEntity({
      type: 'place',
      name: 'Western Atoll',
      coordinates: { latitude: -17, longitude: -179.5 },
    });
    await createEntity({ type: 'place', name: 'Far Atoll', coordinates: { latitude: -17, longitude: 170 } });
    expect(slugs(await lookup('bbox=179,-20,-179,-15')).sort()).toEqual([east.slug, west.slug].sort());
    const near = await lookup('near=-17,180&radius_km=100');
    expect(slugs(near).sort()).toEqual([east.slug, west.slug].sort());
    for (const hit of near.data) expect(hit.distanceKm).toBeCloseTo(haversineKm([-17, 180], [-17, 179.5]), 2);
  });
});

describe('entity timeline', () => {
  it('zero-fills day buckets and sums to the mentions in the range', async () => {
    const mentionsOfPeru = (
      await t.api.get(`/v1/articles/${fixtureArticleId}/entities?limit=100`).expect(200)
    ).body.data.find((entity: { slug: string }) => entity.slug === 'peru').mentions.length;
    const body = (await t.api.get('/v1/entities/peru/timeline?from=2023-06-01&to=2023-06-10&interval=day').expect(200))
      .body;
    expect(body.entity.slug).toBe('peru');
    expect(body.data.map((bucket: { start: string }) => bucket.start)).toEqual(
      Array.from({ length: 10 }, (_, index) => `2023-06-${String(index + 1).padStart(2, '0')}`),
    );
    expect(body.data[4]).toEqual({ start: '2023-06-05', end: '2023-06-06', mentions: mentionsOfPeru, articles: 1 });
    expect(body.data.filter((bucket: { mentions: number }) => bucket.mentions > 0)).toHaveLength(1);
    expect(body.totals).toEqual({ mentions: mentionsOfPeru, articles: 1 });
    expect(body.data.reduce((sum: number, bucket: { mentions: number }) => sum + bucket.mentions, 0)).toBe(
      mentionsOfPeru,
    );
  });

  it('buckets by ISO week and by month, in UTC', async () => {
    const entity = await createEntity({ type: 'place', name: 'Timeline Town' });
    const ref = [{ id: entity.id, name: 'Timeline Town' }];
    await createArticle('June piece', ref, '2023-06-14T12:00:00Z');
    // 23:30 in Lima on June 30 is July 1 in UTC.
    await createArticle('Late-night piece', [...ref, ...ref], '2023-06-30T23:30:00-05:00');
    const months = (
      await t.api.get(`/v1/entities/${entity.slug}/timeline?from=2023-05-20&to=2023-08-02&interval=month`).expect(200)
    ).body;
    expect(months.data).toEqual([
      { start: '2023-05-01', end: '2023-06-01', mentions: 0, articles: 0 },
      { start: '2023-06-01', end: '2023-07-01', mentions: 1, articles: 1 },
      { start: '2023-07-01', end: '2023-08-01', mentions: 2, articles: 1 },
      { start: '2023-08-01', end: '2023-09-01', mentions: 0, articles: 0 },
    ]);
    const weeks = (
      await t.api.get(`/v1/entities/${entity.slug}/timeline?from=2023-06-14&to=2023-07-02&interval=week`).expect(200)
    ).body;
    expect(weeks.data.map((bucket: { start: string }) => bucket.start)).toEqual([
      '2023-06-12',
      '2023-06-19',
      '2023-06-26',
    ]);
    expect(weeks.data.map((bucket: { mentions: number }) => bucket.mentions)).toEqual([1, 0, 2]);
    for (const bucket of weeks.data) expect(new Date(`${bucket.start}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('defaults to the 30 days up to the newest mention', async () => {
    const body = (await t.api.get('/v1/entities/chancay/timeline').expect(200)).body;
    expect(body.interval).toBe('day');
    expect(body.data).toHaveLength(30);
    expect(body.data.at(-1)).toMatchObject({ start: '2023-06-05', mentions: 3, articles: 1 });
  });
});

describe('co-occurring entities', () => {
  it('counts the articles in common, most first', async () => {
    const body = (await t.api.get('/v1/entities/chancay/cooccurrences?limit=100').expect(200)).body;
    expect(body.entity.slug).toBe('chancay');
    expect(body.articles).toBe(1);
    expect(body.data[0]).toEqual({ entity: expect.objectContaining({ slug: 'peru' }), articles: 1, mentions: 12 });
    expect(body.data.map((row: { entity: { slug: string } }) => row.entity.slug)).not.toContain('chancay');
    const countries = (await t.api.get('/v1/entities/chancay/cooccurrences?type=country&limit=2').expect(200)).body;
    expect(countries.data.map((row: { entity: { slug: string } }) => row.entity.slug)).toEqual([
      'peru',
      'united-states',
    ]);
  });

  it('counts each shared article once and honours the date range', async () => {
    const hub = await createEntity({ type: 'place', name: 'Hubville' });
    const often = await createEntity({ type: 'place', name: 'Oftenburg' });
    const once = await createEntity({ type: 'place', name: 'Oncetown' });
    const names = (entity: Hit) => ({ id: entity.id, name: entity.name });
    await createArticle('First', [names(hub), names(often), names(often)], '2023-01-10T00:00:00Z');
    await createArticle('Second', [names(hub), names(often), names(once)], '2023-02-10T00:00:00Z');
    const all = (await t.api.get(`/v1/entities/${hub.slug}/cooccurrences`).expect(200)).body;
    expect(all.articles).toBe(2);
    expect(all.data).toEqual([
      { entity: expect.objectContaining({ slug: often.slug }), articles: 2, mentions: 3 },
      { entity: expect.objectContaining({ slug: once.slug }), articles: 1, mentions: 1 },
    ]);
    const february = (
      await t.api.get(`/v1/entities/${hub.slug}/cooccurrences?from=2023-02-01&to=2023-02-28`).expect(200)
    ).body;
    expect(february.articles).toBe(1);
    expect(february.data.map((row: { articles: number }) => row.articles)).toEqual([1, 1]);
  });
});

describe('pre-aggregated co-occurrence (entity_cooccurrences, kept by triggers on mentions)', () => {
  type Row = { entity_id: string; other_id: string; articles: number; mentions: number };

  /**
   * Rows of the tables that differ from a recount over `mentions`, both ways (empty when the tables are exact):
   * entity_cooccurrences, then entity_mention_days.
   */
  async function drift(): Promise<{ stored: Row[]; recounted: Row[]; days: unknown[] }> {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const stored = await client.query<Row>(
        `SELECT entity_id, other_id, articles, mentions FROM entity_cooccurrences EXCEPT ${cooccurrenceRecount}`,
      );
      const recounted = await client.query<Row>(
        `${cooccurrenceRecount} EXCEPT SELECT entity_id, other_id, articles, mentions FROM entity_cooccurrences`,
      );
      const days = await client.query(differences(entityDaysStored, entityDaysRecount));
      return { stored: stored.rows, recounted: recounted.rows, days: days.rows };
    } finally {
      await client.end();
    }
  }

  const pairs = async (slug: string) =>
    (await t.api.get(`/v1/entities/${slug}/cooccurrences?limit=100`).expect(200)).body as {
      articles: number;
      data: { entity: { slug: string }; articles: number; mentions: number }[];
    };

  it('holds exactly the recount of the seeded fixture', async () => {
    expect(await drift()).toEqual({ stored: [], recounted: [], days: [] });
  });

  it('follows article create, update and delete through the API', async () => {
    const names = (entity: Hit) => ({ id: entity.id, name: entity.name });
    const alpha = await createEntity({ type: 'place', name: 'Alphaport' });
    const beta = await createEntity({ type: 'place', name: 'Betaville' });
    const gamma = await createEntity({ type: 'place', name: 'Gammaton' });

    const first = await createArticle(
      'Alpha and beta',
      [names(alpha), names(beta), names(beta)],
      '2022-03-01T00:00:00Z',
    );
    const second = await createArticle(
      'Alpha, beta and gamma',
      [names(alpha), names(beta), names(gamma)],
      '2022-04-01T00:00:00Z',
    );
    let body = await pairs(alpha.slug);
    expect(body.articles).toBe(2);
    expect(body.data).toEqual([
      { entity: expect.objectContaining({ slug: beta.slug }), articles: 2, mentions: 3 },
      { entity: expect.objectContaining({ slug: gamma.slug }), articles: 1, mentions: 1 },
    ]);
    expect((await pairs(beta.slug)).data).toEqual([
      { entity: expect.objectContaining({ slug: alpha.slug }), articles: 2, mentions: 2 },
      { entity: expect.objectContaining({ slug: gamma.slug }), articles: 1, mentions: 1 },
    ]);

    // An update that leaves the mentions alone changes nothing; a date change only matters to ranged queries.
    await t.api
      .patch(`/v1/articles/${first.id}`)
      .send({ title: 'Alpha and beta, revised', publishedAt: '2021-01-01T00:00:00Z' })
      .expect(200);
    expect((await pairs(alpha.slug)).data.map((row) => [row.entity.slug, row.articles, row.mentions])).toEqual([
      [beta.slug, 2, 3],
      [gamma.slug, 1, 1],
    ]);
    expect(
      (await t.api.get(`/v1/entities/${alpha.slug}/cooccurrences?from=2022-01-01`).expect(200)).body.articles,
    ).toBe(1);

    // Deleting an article takes its pairs away; a pair only it held disappears.
    await t.api.delete(`/v1/articles/${second.id}`).expect(204);
    body = await pairs(alpha.slug);
    expect(body.articles).toBe(1);
    expect(body.data).toEqual([{ entity: expect.objectContaining({ slug: beta.slug }), articles: 1, mentions: 2 }]);
    expect((await pairs(gamma.slug)).data).toEqual([]);
    expect((await pairs(gamma.slug)).articles).toBe(0);

    // Deleting an entity (its mentions cascade) removes it from everyone's list.
    await t.api.delete(`/v1/entities/${beta.id}`).expect(204);
    expect((await pairs(alpha.slug)).data).toEqual([]);
    expect((await pairs(alpha.slug)).articles).toBe(1);
    expect(await drift()).toEqual({ stored: [], recounted: [], days: [] });
  });

  it('stays exact when mentions are moved to another entity or removed in bulk by SQL', async () => {
    const names = (entity: Hit) => ({ id: entity.id, name: entity.name });
    const left = await createEntity({ type: 'place', name: 'Leftham' });
    const right = await createEntity({ type: 'place', name: 'Rightham' });
    const merged = await createEntity({ type: 'place', name: 'Mergeham' });
    await createArticle('Left and right', [names(left), names(right), names(merged)]);
    await createArticle('Left and merged', [names(left), names(merged), names(merged)]);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      // A merge: every mention of one entity now points at another (one UPDATE statement, several articles).
      await client.query('UPDATE mentions SET entity_id = $1 WHERE entity_id = $2', [right.id, merged.id]);
      expect(await drift()).toEqual({ stored: [], recounted: [], days: [] });
      expect((await pairs(left.slug)).data).toEqual([
        { entity: expect.objectContaining({ slug: right.slug }), articles: 2, mentions: 4 },
      ]);
      await client.query('DELETE FROM mentions WHERE entity_id = $1', [left.id]);
      expect(await drift()).toEqual({ stored: [], recounted: [], days: [] });
    } finally {
      await client.end();
    }
    expect((await pairs(right.slug)).data).toEqual([]);
    expect((await pairs(right.slug)).articles).toBe(2);
  });
});

describe('per-entity days (entity_mention_days, kept by triggers on mentions and articles)', () => {
  const days = async (entityId: string) => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (
        await client.query<{ day: string; articles: number; mentions: number }>(
          "SELECT to_char(day, 'YYYY-MM-DD') AS day, articles, mentions FROM entity_mention_days WHERE entity_id = $1 ORDER BY day",
          [entityId],
        )
      ).rows;
    } finally {
      await client.end();
    }
  };
  const exact = async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (await client.query(differences(entityDaysStored, entityDaysRecount))).rows;
    } finally {
      await client.end();
    }
  };

  it('moves with the publication date, counts an article once a day, drops deleted and undated articles', async () => {
    const port = await createEntity({ type: 'port', name: 'Daysport' });
    const other = await createEntity({ type: 'place', name: 'Daysville' });
    const named = { id: port.id, name: port.name };
    const also = { id: other.id, name: other.name };
    // Two mentions in one article: one article, two mentions that day. A second article late the same UTC day.
    const first = await createArticle('Daysport twice', [named, named, also], '2021-06-01T00:30:00Z');
    const second = await createArticle('Daysport once', [named], '2021-06-01T23:59:59Z');
    expect(await days(port.id)).toEqual([{ day: '2021-06-01', articles: 2, mentions: 3 }]);

    // 2021-06-02T01:00:00+05:00 is still 1 June in UTC: nothing moves. A real change of day moves the whole article.
    await t.api.patch(`/v1/articles/${second.id}`).send({ publishedAt: '2021-06-02T01:00:00+05:00' }).expect(200);
    expect(await days(port.id)).toEqual([{ day: '2021-06-01', articles: 2, mentions: 3 }]);
    await t.api.patch(`/v1/articles/${first.id}`).send({ publishedAt: '2021-07-15T10:00:00Z' }).expect(200);
    expect(await days(port.id)).toEqual([
      { day: '2021-06-01', articles: 1, mentions: 1 },
      { day: '2021-07-15', articles: 1, mentions: 2 },
    ]);
    expect(await days(other.id)).toEqual([{ day: '2021-07-15', articles: 1, mentions: 1 }]);

    // An undated article counts nowhere, until it gets a date.
    await t.api.patch(`/v1/articles/${second.id}`).send({ publishedAt: null }).expect(200);
    expect(await days(port.id)).toEqual([{ day: '2021-07-15', articles: 1, mentions: 2 }]);
    await t.api.patch(`/v1/articles/${second.id}`).send({ publishedAt: '2021-07-15T20:00:00Z' }).expect(200);
    expect(await days(port.id)).toEqual([{ day: '2021-07-15', articles: 2, mentions: 3 }]);

    // The timeline reads them: a month bucket sums the days.
    const timeline = (
      await t.api.get(`/v1/entities/${port.slug}/timeline?interval=month&from=2021-06-01&to=2021-07-31`).expect(200)
    ).body;
    expect(
      timeline.data.map((b: { start: string; articles: number; mentions: number }) => [
        b.start,
        b.articles,
        b.mentions,
      ]),
    ).toEqual([
      ['2021-06-01', 0, 0],
      ['2021-07-01', 2, 3],
    ]);

    // Deleting an article takes its contribution away before its mentions go (the cascade finds no article row).
    await t.api.delete(`/v1/articles/${first.id}`).expect(204);
    expect(await days(port.id)).toEqual([{ day: '2021-07-15', articles: 1, mentions: 1 }]);
    expect(await days(other.id)).toEqual([]);
    expect(await exact()).toEqual([]);
  });

  it('stays exact under SQL that moves, deletes and truncates mentions', async () => {
    const a = await createEntity({ type: 'place', name: 'Sqlham' });
    const b = await createEntity({ type: 'place', name: 'Sqlford' });
    await createArticle(
      'Sqlham and Sqlford',
      [
        { id: a.id, name: a.name },
        { id: b.id, name: b.name },
      ],
      '2020-01-01T00:00:00Z',
    );
    await createArticle('Sqlham again', [{ id: a.id, name: a.name }], '2020-01-02T00:00:00Z');
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('UPDATE mentions SET entity_id = $1 WHERE entity_id = $2', [b.id, a.id]);
      expect(await exact()).toEqual([]);
      expect(await days(b.id)).toEqual([
        { day: '2020-01-01', articles: 1, mentions: 2 },
        { day: '2020-01-02', articles: 1, mentions: 1 },
      ]);
      await client.query('DELETE FROM mentions WHERE entity_id = $1 AND start = 0', [b.id]);
      expect(await exact()).toEqual([]);
      await client.query('BEGIN');
      await client.query('TRUNCATE mentions');
      expect((await client.query('SELECT count(*)::int AS n FROM entity_mention_days')).rows).toEqual([{ n: 0 }]);
      await client.query('ROLLBACK');
      expect(await exact()).toEqual([]);
    } finally {
      await client.end();
    }
  });
});

describe('related articles', () => {
  it('ranks by shared entities, a rare one weighing more than a common one', async () => {
    const common = await createEntity({ type: 'country', name: 'Bigland' });
    const rare = await createEntity({ type: 'port', name: 'Tinyport' });
    const big = { id: common.id, name: 'Bigland' };
    const tiny = { id: rare.id, name: 'Tinyport' };
    const article = await createArticle('Cargo arrives at the quay', [big, tiny]);
    const both = await createArticle('Ministers sign a treaty', [big, tiny]);
    // Created before rareOnly: were the weights equal, the id tie-break would put it first.
    const commonOnly = await createArticle('Elections are coming', [big]);
    const rareOnly = await createArticle('Weather warning for fishermen', [tiny]);
    for (const title of ['Budget debate', 'Football final', 'Museum reopens']) await createArticle(title, [big]);

    const body = (await t.api.get(`/v1/articles/${article.id}/related?limit=50`).expect(200)).body;
    expect(body.article.id).toBe(article.id);
    const ids = body.data.map((row: { article: { id: string } }) => row.article.id);
    expect(ids.indexOf(both.id)).toBe(0);
    expect(ids.indexOf(rareOnly.id)).toBeLessThan(ids.indexOf(commonOnly.id));
    expect(ids).not.toContain(article.id);

    const scores = body.data.map((row: { score: number }) => row.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const first = body.data[0];
    expect(first.entityScore).toBe(1);
    expect(first.sharedEntities.map((entity: { slug: string }) => entity.slug)).toEqual([rare.slug, common.slug]);
    expect(first.sharedEntities[0].weight).toBeGreaterThan(first.sharedEntities[1].weight);
    const rareRow = body.data.find((row: { article: { id: string } }) => row.article.id === rareOnly.id);
    expect(rareRow.sharedEntities.map((entity: { slug: string }) => entity.slug)).toEqual([rare.slug]);
  });

  it('finds articles with a similar title even without shared entities', async () => {
    const one = await createArticle('Lithium prices surge in the Andes', []);
    const two = await createArticle('Lithium prices surge again in the Andes', []);
    const body = (await t.api.get(`/v1/articles/${one.id}/related`).expect(200)).body;
    expect(body.data[0]).toMatchObject({ article: { id: two.id }, entityScore: 0, sharedEntities: [] });
    expect(body.data[0].titleSimilarity).toBeGreaterThan(0.5);
  });
});

describe('refused input', () => {
  it.each([
    ['/v1/entities?q=x', 'q'],
    ['/v1/entities?q=%25%25%25', 'q'],
    [`/v1/entities?q=${'a'.repeat(201)}`, 'q'],
    ['/v1/entities?q=peru&q=chile', 'q'],
    ['/v1/entities?q=pe%00ru', 'q'],
    ['/v1/entities?name=pe%00ru', 'name'],
    ['/v1/entities?wikidata=419', 'wikidata'],
    ['/v1/entities?wikidata=Q0', 'wikidata'],
    ['/v1/entities?iso=PERU', 'iso'],
    ['/v1/entities?iso=P1', 'iso'],
    ['/v1/entities?unlocode=PE-CHY', 'unlocode'],
    ['/v1/entities?unlocode=PECHYX', 'unlocode'],
    ['/v1/entities?near=abc', 'near'],
    ['/v1/entities?near=-12.05', 'near'],
    ['/v1/entities?near=-12.05,-77.15,3', 'near'],
    ['/v1/entities?near=91,0', 'near'],
    ['/v1/entities?near=0,181', 'near'],
    ['/v1/entities?near=1e3,2', 'near'],
    ['/v1/entities?near=NaN,0', 'near'],
    ['/v1/entities?near=0,0&radius_km=0', 'radius_km'],
    ['/v1/entities?near=0,0&radius_km=-5', 'radius_km'],
    ['/v1/entities?near=0,0&radius_km=abc', 'radius_km'],
    ['/v1/entities?near=0,0&radius_km=30000', 'radius_km'],
    ['/v1/entities?radius_km=10', 'radius_km'],
    ['/v1/entities?q=peru&near=0,0', 'near'],
    ['/v1/entities?bbox=1,2,3', 'bbox'],
    ['/v1/entities?bbox=0,10,10,0', 'bbox'],
    ['/v1/entities?bbox=-200,0,0,1', 'bbox'],
    ['/v1/entities?bbox=0,-91,1,0', 'bbox'],
    ['/v1/entities/peru/timeline?interval=year', 'interval'],
    ['/v1/entities/peru/timeline?from=2023-02-30', 'from'],
    ['/v1/entities/peru/timeline?to=06/05/2023', 'to'],
    ['/v1/entities/peru/timeline?from=2023-06-10&to=2023-06-01', 'from'],
    ['/v1/entities/peru/timeline?from=2000-01-01&to=2023-06-01', 'from'],
    ['/v1/entities/peru/timeline?from=1990-01-01&to=2023-06-01&interval=month', 'from'],
    ['/v1/entities/peru/timeline?extra=1', 'extra'],
    ['/v1/entities/peru/timeline?from=9999-12-01&to=9999-12-31', 'from'],
    ['/v1/entities/peru/timeline?to=0999-12-31', 'to'],
    ['/v1/entities/peru/cooccurrences?to=9999-12-31', 'to'],
    ['/v1/entities/peru/cooccurrences?limit=0', 'limit'],
    ['/v1/entities/peru/cooccurrences?limit=101', 'limit'],
    ['/v1/entities/peru/cooccurrences?type=planet', 'type'],
    ['/v1/entities/peru/cooccurrences?from=2023-06-10&to=2023-06-01', 'from'],
    ['/v1/articles/not-a-uuid/related', 'id'],
    [`/v1/articles/${randomUUID()}/related?limit=51`, 'limit'],
  ])('GET %s → 400 naming %s', async (path, field) => {
    expectFieldError(await t.api.get(path), field);
  });

  it('answers 404 for an unknown entity or article', async () => {
    expectProblem(await t.api.get('/v1/entities/no-such-entity/timeline'), 404, 'not_found');
    expectProblem(await t.api.get('/v1/entities/no-such-entity/cooccurrences'), 404, 'not_found');
    expectProblem(await t.api.get(`/v1/articles/${randomUUID()}/related`), 404, 'not_found');
  });
});
