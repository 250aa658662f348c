// The batched store: a batch gives exactly what storing its lines one at a time gives (duplicates by URL and content
// hash, near-duplicates and new entities within one batch), and what every ingest write records — the revision
// actor, merge redirects followed, reference people stored with their roles.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLines } from '../bench/import-file.ts';
import { buildApp } from '../src/app.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

const ndjson = (lines: readonly string[]) => `${lines.join('\n')}\n`;
const postImport = (app: TestApp, body: string, ner: boolean) =>
  app.api
    .post('/v1/imports')
    .query({ ner: String(ner) })
    .set('content-type', 'application/x-ndjson')
    .send(body);

/** Everything an import writes, without ids or times, plus each line's outcome. */
async function storedState(databaseUrl: string, importId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const articles = await client.query(`
      SELECT a.url, a.content_hash, a.language, a.title, o.url AS original, a.lineage_kind, a.lineage_similarity, d.url AS duplicate_of, s.slug AS source,
        -- The story as the URLs of its articles (story ids are minted anew).
        (SELECT json_agg(x.url ORDER BY x.url) FROM articles x WHERE x.story_id = a.story_id) AS story,
        (SELECT json_agg(json_build_array(m.start, m."end", m.surface, m.method, m.status, e.slug, e.status) ORDER BY m.start, m."end", e.slug)
           FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = a.id) AS mentions,
        (SELECT json_agg(json_build_array(c.text, c.kind, c.value, c.unit, c.bound, c.evidence_start, ce.slug,
           (SELECT json_agg(se.slug ORDER BY se.slug) FROM claim_subjects cs JOIN entities se ON se.id = cs.entity_id WHERE cs.claim_id = c.id)) ORDER BY c.evidence_start, c.text)
           FROM claims c LEFT JOIN entities ce ON ce.id = c.claimant_entity_id WHERE c.article_id = a.id) AS claims
      FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN articles o ON o.id = a.original_id LEFT JOIN articles d ON d.id = a.duplicate_of_id
      ORDER BY a.url`);
    const entities = await client.query(`SELECT type, name, slug, status, reference_key FROM entities ORDER BY slug`);
    const sources = await client.query(`SELECT slug, name, homepage FROM sources ORDER BY slug`);
    const lines = await client.query(
      `SELECT l.line, l.outcome, a.url, l.detail -> 'code' AS code, l.detail -> 'reason' AS reason FROM import_lines l LEFT JOIN articles a ON a.id = l.article_id
       WHERE l.import_id = $1 ORDER BY l.line`,
      [importId],
    );
    const revisions = await client.query(
      // A story that grows over several transactions has a revision per transaction, one stored in one batch has one:
      // its creation is what both must have.
      `SELECT resource_type, action, count(*)::int AS n FROM revisions
       WHERE resource_type <> 'story' OR action = 'created' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    return {
      articles: articles.rows,
      entities: entities.rows,
      sources: sources.rows,
      lines: lines.rows,
      revisions: revisions.rows,
    };
  } finally {
    await client.end();
  }
}

describe('a batch stores exactly what line-by-line storing stores', () => {
  const base = [...importLines(30, 11)].map(
    (line) => JSON.parse(line) as Record<string, unknown> & { url: string; body: string },
  );
  const lines = base.map((line) => JSON.stringify(line));
  // The same canonical URL again (tracking parameters dropped): a duplicate of a line stored earlier in the batch.
  lines.push(JSON.stringify({ ...base[4], url: `${base[4]!.url}?utm_source=feed` }));
  // The same body under another URL: created, recorded as a duplicate of line 3.
  lines.push(JSON.stringify({ ...base[2], url: `${base[2]!.url}-mirror` }));
  // A light rewrite: a near-duplicate of line 7, linked as a republication with its similarity.
  lines.push(
    JSON.stringify({
      ...base[6],
      url: `${base[6]!.url}-rewrite`,
      body: `${base[6]!.body}\n\nThis story was updated with reporting from our correspondents.`,
    }),
  );
  // Refused before writing: an unknown source, a lineage to an article that does not exist; then a line with the URL
  // of the refused one, which is therefore new.
  lines.push(
    JSON.stringify({
      ...base[8],
      url: 'https://batch.example.org/unknown-source',
      source: undefined,
      sourceId: randomUUID(),
    }),
  );
  lines.push(
    JSON.stringify({
      ...base[9],
      url: 'https://batch.example.org/orphan',
      lineage: { originalId: randomUUID(), kind: 'translation' },
    }),
  );
  lines.push(
    JSON.stringify({
      ...base[9],
      url: 'https://batch.example.org/unknown-source',
      body: `${base[9]!.body}\n\nA second take.`,
    }),
  );
  lines.push('{"url": broken');
  lines.push(
    JSON.stringify({
      url: 'https://batch.example.org/z1',
      title: 'Short note',
      body: 'Peru and Chile met in Lima on Monday.',
      language: 'en',
    }),
  );
  lines.push(
    JSON.stringify({
      url: 'https://batch.example.org/z2',
      title: 'Short note',
      body: 'Peru and Chile met in Lima on Monday, again.',
      language: 'en',
    }),
  );

  let oneByOne: TestApp;
  let batched: TestApp;
  beforeAll(async () => {
    oneByOne = await createTestApp({ config: { importBatch: { size: 1, maxWaitMs: 0 }, importWorkers: 0 } });
    batched = await createTestApp({ config: { importBatch: { size: 500, maxWaitMs: 600_000 }, importWorkers: 2 } });
  });
  afterAll(async () => {
    await oneByOne.close();
    await batched.close();
  });

  it('gives the same articles, links, entities, sources, revisions and line results', async () => {
    const single = await postImport(oneByOne, ndjson(lines), true).expect(201);
    const whole = await postImport(batched, ndjson(lines), true).expect(201);
    expect(whole.body.counts).toEqual({ created: 35, duplicate: 1, rejected: 3 });
    expect(single.body.counts).toEqual(whole.body.counts);

    const [expected, actual] = [
      await storedState(oneByOne.databaseUrl, single.body.id),
      await storedState(batched.databaseUrl, whole.body.id),
    ];
    expect(actual.lines).toEqual(expected.lines);
    expect(actual.articles).toEqual(expected.articles);
    expect(actual.entities).toEqual(expected.entities);
    expect(actual.sources).toEqual(expected.sources);
    expect(actual.revisions).toEqual(expected.revisions);

    const byUrl = new Map(actual.articles.map((row) => [row.url, row]));
    expect(actual.lines[30]).toMatchObject({ outcome: 'duplicate', reason: 'url_exists' });
    expect(byUrl.get(`${base[2]!.url}-mirror`)).toMatchObject({
      duplicate_of: base[2]!.url,
      original: base[2]!.url,
      lineage_similarity: 1,
    });
    expect(byUrl.get(`${base[6]!.url}-rewrite`)).toMatchObject({
      original: base[6]!.url,
      lineage_kind: 'republication',
    });
    expect(byUrl.get(`${base[6]!.url}-rewrite`)!.lineage_similarity).toBeGreaterThan(0.5);
    expect(actual.lines.filter((line) => line.outcome === 'rejected').map((line) => [line.line, line.code])).toEqual([
      [34, 'unprocessable'],
      [35, 'unprocessable'],
      [37, 'malformed_json'],
    ]);
    expect(byUrl.get('https://batch.example.org/unknown-source')).toBeDefined();
    // NER proposals named by several lines of the batch were created once, by the first, and linked from all of them.
    const proposedIn = new Map<string, Set<string>>();
    for (const row of actual.articles) {
      for (const mention of (row.mentions ?? []) as unknown[][])
        if (mention[6] === 'proposed')
          proposedIn.set(mention[5] as string, (proposedIn.get(mention[5] as string) ?? new Set()).add(row.url));
    }
    expect([...proposedIn.values()].some((urls) => urls.size > 1)).toBe(true);
    const proposed = actual.entities
      .filter((entity) => entity.status === 'proposed')
      .map((entity) => `${entity.type}:${entity.name.toLowerCase()}`);
    expect(new Set(proposed).size).toBe(proposed.length);
  }, 180_000);
});

describe('ingest writes record who made them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // `mk_<prefix>_<secret>`: the prefix has no underscore (src/modules/keys/keys.service.ts).
  const prefixOf = (key: string) => key.split('_')[1];

  it('records the request’s key on the revisions of a raw POST /v1/articles', async () => {
    const key = await t.createKey(['write']);
    const created = await t.anonymous
      .post('/v1/articles')
      .set('authorization', `Bearer ${key}`)
      .send({
        url: `https://actor.example.org/${randomUUID()}`,
        title: 'Actor',
        body: 'Peru and Chile met in Lima on Monday to talk about ports.',
        bodyFormat: 'text',
        language: 'en',
      })
      .expect(201);
    const revisions = await t.api.get(`/v1/articles/${created.body.id}/revisions`).expect(200);
    expect(revisions.body.data).toHaveLength(1);
    expect(revisions.body.data[0]).toMatchObject({
      action: 'created',
      operation: null,
      actor: { keyPrefix: prefixOf(key) },
    });
  });

  it('records operation `import` and the importing key on articles, entities and claims an import creates', async () => {
    const key = await t.createKey(['write']);
    const line = {
      url: `https://actor.example.org/${randomUUID()}`,
      title: 'Import actor',
      body: 'Gustavo Petro said Colombia has more than 30% of the region’s coal reserves, according to officials in Bogotá.',
      language: 'en',
    };
    const response = await t.anonymous
      .post('/v1/imports')
      .query({ ner: 'false' })
      .set('authorization', `Bearer ${key}`)
      .set('content-type', 'application/x-ndjson')
      .send(`${JSON.stringify(line)}\n`)
      .expect(201);
    const lines = await t.api.get(`/v1/imports/${response.body.id}/lines`).expect(200);
    const articleId = lines.body.data[0].articleId;
    const article = await t.api.get(`/v1/articles/${articleId}`).query({ include: 'mentions,claims' }).expect(200);
    const expected = { action: 'created', operation: 'import', actor: { keyPrefix: prefixOf(key) } };
    expect((await t.api.get(`/v1/articles/${articleId}/revisions`).expect(200)).body.data[0]).toMatchObject(expected);
    // The quantity's bound is stored with the claim ("more than 30%").
    expect(article.body.claims).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 30, unit: '%', bound: 'more_than' })]),
    );
    expect(
      (await t.api.get(`/v1/claims/${article.body.claims[0].id}/revisions`).expect(200)).body.data[0],
    ).toMatchObject(expected);
    const petro = article.body.mentions.find((mention: { surface: string }) => mention.surface === 'Gustavo Petro');
    expect((await t.api.get(`/v1/entities/${petro.entity.id}/revisions`).expect(200)).body.data[0]).toMatchObject(
      expected,
    );
  });
});

describe('import lines PostgreSQL could not store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a NUL character with 400 naming the field, before writing, and stores the rest of the batch', async () => {
    const good = {
      url: `https://nul.example.org/${randomUUID()}`,
      title: 'Fine',
      body: 'Peru and Chile met in Lima.',
      language: 'en',
    };
    const bad = { ...good, url: `https://nul.example.org/${randomUUID()}`, title: 'Bad\u0000title' };
    const response = await postImport(t, ndjson([JSON.stringify(bad), JSON.stringify(good)]), false).expect(201);
    expect(response.body.counts).toEqual({ created: 1, duplicate: 0, rejected: 1 });
    const rejected = await t.api
      .get(`/v1/imports/${response.body.id}/lines`)
      .query({ outcome: 'rejected' })
      .expect(200);
    expect(rejected.body.data[0]).toMatchObject({
      line: 1,
      problem: { code: 'validation_failed', status: 400, errors: [expect.objectContaining({ field: 'title' })] },
    });
  });
});

describe('concurrent imports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('of the same file store each article once: the batch that loses the race is retried line by line and reports duplicates', async () => {
    const lines = [...importLines(12, 3)];
    const [first, second] = await Promise.all([
      postImport(t, ndjson(lines), false).expect(201),
      postImport(t, ndjson(lines), false).expect(201),
    ]);
    expect(first.body.counts.rejected + second.body.counts.rejected).toBe(0);
    expect(first.body.counts.created + second.body.counts.created).toBe(12);
    expect(first.body.counts.duplicate + second.body.counts.duplicate).toBe(12);
    const stored = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
    const urls = stored.body.data.map((article: { url: string }) => article.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('registers an outlet with a very long domain within the column limits', async () => {
    // 230 characters (labels under DNS's 63): longer than sources.slug (120) and sources.name (200).
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(40)}.example`;
    const line = {
      url: `https://${domain}/story`,
      title: 'Long domain',
      body: 'Peru and Chile met in Lima.',
      language: 'en',
    };
    const response = await postImport(t, ndjson([JSON.stringify(line)]), false).expect(201);
    expect(response.body.counts).toEqual({ created: 1, duplicate: 0, rejected: 0 });
  });
});

describe('entities the ingest resolves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const ingest = (body: string) =>
    t.api
      .post('/v1/articles')
      .send({
        url: `https://entities.example.org/${randomUUID()}`,
        title: 'Entities',
        body,
        bodyFormat: 'text',
        language: 'en',
      })
      .expect(201);
  const entityOf = async (articleId: string, surface: string) => {
    const article = await t.api.get(`/v1/articles/${articleId}`).query({ include: 'mentions' }).expect(200);
    return article.body.mentions.find((mention: { surface: string }) => mention.surface === surface)?.entity ?? null;
  };

  it('stores a reference person on first mention with their time-scoped roles from the reference data', async () => {
    const article = await ingest('Gustavo Petro met union leaders in Bogotá on Monday, the presidency said.');
    const petro = await entityOf(article.body.id, 'Gustavo Petro');
    expect(petro).toMatchObject({ type: 'person', name: 'Gustavo Petro' });
    const roles = await t.api.get(`/v1/entities/${petro.id}/roles`).expect(200);
    expect(roles.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'President of Colombia',
          organization: expect.objectContaining({ name: 'Colombia' }),
          endDate: null,
        }),
      ]),
    );
    // Stored once: a second mention reuses the person and adds no roles.
    const again = await ingest('Gustavo Petro spoke again on Tuesday.');
    expect((await entityOf(again.body.id, 'Gustavo Petro')).id).toBe(petro.id);
    expect((await t.api.get(`/v1/entities/${petro.id}/roles`).expect(200)).body.data).toHaveLength(
      roles.body.data.length,
    );
  });

  it('follows a merge the gazetteer has not seen yet: the merged id resolves to the survivor', async () => {
    const merged = await t.api
      .post('/v1/entities')
      .send({ type: 'organization', name: 'Quorvane Shipping Lines' })
      .expect(201);
    const survivor = await t.api
      .post('/v1/entities')
      .send({ type: 'organization', name: 'Quorvane Group' })
      .expect(201);
    const first = await ingest('Quorvane Shipping Lines ordered four new container ships for its Pacific routes.');
    expect((await entityOf(first.body.id, 'Quorvane Shipping Lines'))?.id).toBe(merged.body.id);

    // Merged through another instance of the app: this one's gazetteer still names the merged entity for a while.
    const other = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 2 }),
      databaseUrl: t.databaseUrl,
      logger: false,
    });
    await other.ready();
    try {
      const key = await t.createKey(['write']);
      await supertest(other.server)
        .post(`/v1/entities/${merged.body.id}/merge`)
        .set('authorization', `Bearer ${key}`)
        .send({ into: survivor.body.id })
        .expect(200);
    } finally {
      await other.close();
    }
    const second = await ingest('Quorvane Shipping Lines said the ships will call at Chancay from next year.');
    expect((await entityOf(second.body.id, 'Quorvane Shipping Lines'))?.id).toBe(survivor.body.id);
  });
});
