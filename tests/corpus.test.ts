import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CorpusSummary, generateCorpus, loadCorpus } from '../bench/corpus/load.ts';
import { type Row, type TableName, tableOrder } from '../bench/corpus/tables.ts';
import { psqlAvailable } from '../bench/corpus/writers.ts';
import { buildApp } from '../src/app.ts';
import { differences, entityDaysRecount, entityDaysStored } from './support/aggregates.ts';
import { testConfig } from './support/config.ts';
import { admin, withDatabase } from './support/global-setup.ts';

// The benchmark corpus generator (npm run corpus): deterministic, internally consistent, and loadable into a
// migrated database that the API then serves.

const quiet = { log: () => {} };

async function generate(articles: number, seed: number, batchSize = 50) {
  const rows = Object.fromEntries(tableOrder.map((table) => [table, [] as Row[]])) as Record<TableName, Row[]>;
  const summary = await generateCorpus({ articles, seed, batchSize, ...quiet }, async (table, batch) => {
    rows[table].push(...batch);
  });
  return { summary, rows };
}

describe('corpus generation', () => {
  let corpus: { summary: CorpusSummary; rows: Record<TableName, Row[]> };
  beforeAll(async () => {
    corpus = await generate(400, 7);
  });

  it('produces the same bytes for the same seed, whatever the batch size, and other bytes for another seed', async () => {
    expect((await generate(400, 7, 33)).summary.digest).toBe(corpus.summary.digest);
    expect((await generate(400, 8)).summary.digest).not.toBe(corpus.summary.digest);
  });

  it('writes bodies of roughly 300 to 1,500 words in several languages, some with unknown dates', () => {
    const articles = corpus.rows.articles;
    const words = articles.map((article) => String(article[5]).split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(280);
    expect(Math.max(...words)).toBeLessThanOrEqual(1_700);
    expect(new Set(articles.map((article) => article[6]))).toEqual(new Set(['en', 'es', 'pt', 'fr']));
    expect(articles.some((article) => article[7] === null)).toBe(true);
  });

  it('anchors every mention and claim in its article body by code points', () => {
    const bodies = new Map(corpus.rows.articles.map((article) => [article[0], Array.from(String(article[5]))]));
    for (const [, articleId, , start, end, surface] of corpus.rows.mentions) {
      expect(bodies.get(articleId)?.slice(Number(start), Number(end)).join('')).toBe(surface);
    }
    for (const claim of corpus.rows.claims) {
      const body = bodies.get(claim[1]) as string[];
      const [evidenceStart, evidenceEnd] = [Number(claim[10]), Number(claim[11])];
      expect(evidenceStart).toBeLessThan(evidenceEnd);
      expect(evidenceEnd).toBeLessThanOrEqual(body.length);
      if (claim[3] !== null) expect(body.slice(evidenceStart, evidenceEnd).join('')).toContain(claim[3]);
      expect([claim[4], claim[5]].filter((claimant) => claimant !== null)).toHaveLength(1);
    }
  });

  it('links republications to an earlier article with the same text, and translations to one in another language', () => {
    const articles = corpus.rows.articles;
    const position = new Map(articles.map((article, index) => [article[0], index]));
    const derived = articles.filter((article) => article[12] !== null);
    expect(derived.length).toBeGreaterThan(0);
    for (const article of derived) {
      const original = articles[position.get(article[12]) as number] as Row;
      expect(position.get(article[12])).toBeLessThan(position.get(article[0]) as number);
      expect(original[12]).toBeNull();
      if (article[13] === 'republication') expect(article[11]).toBe(original[11]);
      else expect(article[6]).not.toBe(original[6]);
    }
  });
});

describe('corpus loading', () => {
  const adminUrl = inject('adminDatabaseUrl');
  const database = `meridian_corpus_${randomBytes(6).toString('hex')}`;
  const databaseUrl = withDatabase(adminUrl, database);
  const load = (overrides: Partial<Parameters<typeof loadCorpus>[0]> = {}) =>
    loadCorpus({
      databaseUrl,
      articles: 150,
      seed: 3,
      batchSize: 40,
      reset: false,
      writer: psqlAvailable() ? 'copy' : 'insert',
      keepIndexes: false,
      ...quiet,
      ...overrides,
    });
  const query = <T extends Record<string, unknown>>(sql: string) =>
    admin(databaseUrl, async (client) => (await client.query<T>(sql)).rows);
  const indexDefinitions = () =>
    query<{ definition: string }>(
      "SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
    );
  const tableChecksum = () =>
    query<{ checksum: string }>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS checksum FROM (
         SELECT a::text AS t FROM articles a UNION ALL SELECT m::text FROM mentions m UNION ALL SELECT c::text FROM claims c
         UNION ALL SELECT s::text FROM claim_subjects s UNION ALL SELECT e::text FROM entities e) rows`,
    );
  let indexesBefore: { definition: string }[];

  beforeAll(async () => {
    // A migrated database that already holds the fixture article.
    await admin(adminUrl, (client) =>
      client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`),
    );
    indexesBefore = await indexDefinitions();
  });
  afterAll(() => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)));

  it('refuses a database that already holds data unless told to reset it', async () => {
    await expect(load()).rejects.toThrow(/already holds 3 articles.*--reset/s);
    expect(await query('SELECT id FROM articles')).toHaveLength(3);
  }, 60_000);

  it('replaces the data with --reset, keeps every index and foreign key, and the API serves the corpus', async () => {
    const summary = await load({ reset: true });
    expect(summary.rows.articles).toBe(150);
    expect(await indexDefinitions()).toEqual(indexesBefore);
    const [counts] = await query<{ articles: string; mentions: string; misplaced: string }>(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions,
              (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE substring(a.body FROM m.start + 1 FOR m."end" - m.start) <> m.surface) AS misplaced`,
    );
    expect(counts).toEqual({ articles: '150', mentions: String(summary.rows.mentions), misplaced: '0' });

    // The co-occurrence pairs are rebuilt for the new rows (not left from the fixture), and their triggers are on again.
    const recount = `SELECT x.entity_id, y.entity_id AS other_id, count(*)::int AS articles, sum(y.n)::int AS mentions
      FROM (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY 1, 2) x
      JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY 1, 2) y ON y.article_id = x.article_id GROUP BY 1, 2`;
    const stored = 'SELECT entity_id, other_id, articles, mentions FROM entity_cooccurrences';
    expect(await query(`(${stored} EXCEPT ${recount}) UNION ALL (${recount} EXCEPT ${stored})`)).toEqual([]);
    expect(await query<{ pairs: string }>('SELECT count(*) AS pairs FROM entity_cooccurrences')).not.toEqual([
      { pairs: '0' },
    ]);
    // So are the per-entity days.
    expect(await query(differences(entityDaysStored, entityDaysRecount))).toEqual([]);
    expect(await query<{ days: string }>('SELECT count(*) AS days FROM entity_mention_days')).not.toEqual([
      { days: '0' },
    ]);
    expect(
      await query<{ tgname: string; tgenabled: string }>(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'mentions'::regclass AND (tgname LIKE 'mentions_cooccurrence_%' OR tgname LIKE 'mentions_entity_days_%') ORDER BY tgname",
      ),
    ).toEqual(
      ['cooccurrence', 'entity_days'].flatMap((name) =>
        ['delete', 'insert', 'truncate', 'update'].map((event) => ({
          tgname: `mentions_${name}_${event}`,
          tgenabled: 'O',
        })),
      ),
    );

    const app = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 2 }),
      databaseUrl,
      logger: false,
    });
    try {
      const [article] = await query<{ id: string; body: string }>(
        'SELECT id, body FROM articles ORDER BY id DESC LIMIT 1',
      );
      const response = await app.inject({ url: `/v1/articles/${article?.id}?include=mentions` });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { body: string; mentions: { start: number; end: number; surface: string }[] };
      expect(body.body).toBe(article?.body);
      for (const mention of body.mentions)
        expect(Array.from(body.body).slice(mention.start, mention.end).join('')).toBe(mention.surface);
      expect((await app.inject({ url: '/v1/entities/peru' })).json()).toMatchObject({
        type: 'country',
        identifiers: { isoAlpha2: 'PE', isoAlpha3: 'PER' },
      });
    } finally {
      await app.close();
    }
  }, 120_000);

  it('stores identical rows through either writer, with or without deferred indexes', async () => {
    const [reference] = await tableChecksum();
    await load({ reset: true, writer: 'insert', keepIndexes: true });
    expect(await tableChecksum()).toEqual([reference]);
    expect(await indexDefinitions()).toEqual(indexesBefore);
  }, 120_000);
});
