import type { Random } from './corpus/random.ts';

// What the load harness (bench/run.ts) measures. A scenario names the server it loads and draws, from the corpus
// in the database, the request paths it cycles through; adding a scenario is adding one entry to the list.

export type Target = 'meridian' | 'baseline';

export type SampleContext = {
  query: <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Seeds the database-side sampling (`md5(id || seed)` order, `REPEATABLE (seed)`), so runs request the same things. */
  seed: number;
  /** How many distinct paths to draw. */
  size: number;
  random: Random;
};

export type Scenario = {
  name: string;
  description: string;
  target: Target;
  /** For a baseline scenario: the Meridian scenario it is the yardstick for (same paths, same response body). */
  baselineFor?: string;
  paths: (context: SampleContext) => Promise<string[]>;
};

const column = async <K extends string>(rows: Promise<Record<K, unknown>[]>, key: K) => (await rows).map((row) => String(row[key]));

/** Articles in a seeded random order: a uniform sample, as a client following links from anywhere would request. */
const articleIds = (context: SampleContext) =>
  column(context.query<{ id: string }>('SELECT id FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]), 'id');

/** Entities as often as they are mentioned: the popular ones dominate, as they do in what users ask for. */
const mentionedEntities = (context: SampleContext) =>
  column(
    context.query<{ id: string }>('SELECT entity_id AS id FROM mentions TABLESAMPLE SYSTEM (1) REPEATABLE ($1) ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]),
    'id',
  );

/** Entities mentioned in at most 20 articles: the long tail, where a filter matches a handful of rows. */
const rareEntities = (context: SampleContext) =>
  column(
    context.query<{ id: string }>(
      `SELECT entity_id AS id FROM mentions GROUP BY entity_id HAVING count(DISTINCT article_id) <= 20
        ORDER BY md5(entity_id::text || $1) LIMIT $2`,
      [context.seed, context.size],
    ),
    'id',
  );

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A 30-day window somewhere in the corpus's ten years. */
function monthWindow(random: Random): string {
  const from = Date.UTC(2016, 0, 1) + random.int(0, 3_530) * 86_400_000;
  return `publishedFrom=${day(from)}&publishedTo=${day(from + 29 * 86_400_000)}`;
}

const times = (context: SampleContext, make: () => string) => Array.from({ length: context.size }, make);

export const scenarios: Scenario[] = [
  {
    name: 'article-by-id',
    description: 'GET /v1/articles/{id}, uniformly random articles',
    target: 'meridian',
    paths: async (context) => (await articleIds(context)).map((id) => `/v1/articles/${id}`),
  },
  {
    name: 'article-by-id-baseline',
    description: 'The same requests to a bare node:http + pg server running the same SQL (bench/baseline-pg-server.ts)',
    target: 'baseline',
    baselineFor: 'article-by-id',
    paths: async (context) => (await articleIds(context)).map((id) => `/v1/articles/${id}`),
  },
  {
    name: 'article-with-relations',
    description: 'GET /v1/articles/{id}?include=source,mentions,claims (about 25 mentions and 3 claims each)',
    target: 'meridian',
    paths: async (context) => (await articleIds(context)).map((id) => `/v1/articles/${id}?include=source,mentions,claims`),
  },
  {
    name: 'articles-newest',
    description: 'GET /v1/articles: the default listing, newest first, no filter',
    target: 'meridian',
    paths: async () => ['/v1/articles'],
  },
  {
    name: 'articles-by-source',
    description: 'GET /v1/articles?sourceId=…, newest first; outlets as often as they publish',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ id: string }>('SELECT source_id AS id FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]),
          'id',
        )
      ).map((id) => `/v1/articles?sourceId=${id}`),
  },
  {
    name: 'articles-by-language',
    description: 'GET /v1/articles?language=…, newest first (en, es, pt, fr as often as they occur)',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(context.query<{ language: string }>('SELECT language FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]), 'language')
      ).map((language) => `/v1/articles?language=${language}`),
  },
  {
    name: 'articles-by-date-range',
    description: 'GET /v1/articles?publishedFrom=…&publishedTo=… (a 30-day window), newest first',
    target: 'meridian',
    paths: async (context) => times(context, () => `/v1/articles?${monthWindow(context.random)}`),
  },
  {
    name: 'articles-by-language-and-date-range',
    description: 'GET /v1/articles?language=…&publishedFrom=…&publishedTo=… (30 days), newest first',
    target: 'meridian',
    paths: async (context) =>
      times(context, () => `/v1/articles?language=${context.random.pick(['en', 'es', 'pt', 'fr'])}&${monthWindow(context.random)}`),
  },
  {
    name: 'articles-by-popular-entity',
    description: 'GET /v1/articles?entityId=…, newest first; entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) => (await mentionedEntities(context)).map((id) => `/v1/articles?entityId=${id}`),
  },
  {
    name: 'articles-by-rare-entity',
    description: 'GET /v1/articles?entityId=…, newest first; entities mentioned in at most 20 articles',
    target: 'meridian',
    paths: async (context) => (await rareEntities(context)).map((id) => `/v1/articles?entityId=${id}`),
  },
  {
    name: 'entity-by-slug',
    description: 'GET /v1/entities/{slug}, uniformly random entities',
    target: 'meridian',
    paths: async (context) =>
      (await column(context.query<{ slug: string }>('SELECT slug FROM entities ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]), 'slug')).map(
        (slug) => `/v1/entities/${slug}`,
      ),
  },
  {
    name: 'entity-by-name',
    description: 'GET /v1/entities?name=… with the longest word of a random entity’s name (substring match on names and aliases)',
    target: 'meridian',
    paths: async (context) =>
      (await column(context.query<{ name: string }>('SELECT name FROM entities ORDER BY md5(id::text || $1) LIMIT $2', [context.seed, context.size]), 'name')).map((name) => {
        const word = name.split(/[\s,()]+/).reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
        return `/v1/entities?name=${encodeURIComponent(word)}`;
      }),
  },
  {
    name: 'entity-roles',
    description: 'GET /v1/entities/{id}/roles for officials and the countries they serve',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ id: string }>(
            `SELECT id FROM (SELECT person_id AS id FROM roles UNION ALL SELECT organization_id FROM roles WHERE organization_id IS NOT NULL) held
              ORDER BY md5(id::text || $1) LIMIT $2`,
            [context.seed, context.size],
          ),
          'id',
        )
      ).map((id) => `/v1/entities/${id}/roles`),
  },
  {
    name: 'entity-articles',
    description: 'GET /v1/entities/{id}/articles, newest first; entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) => (await mentionedEntities(context)).map((id) => `/v1/entities/${id}/articles`),
  },
  {
    name: 'claims-by-subject',
    description: 'GET /v1/claims?subjectId=…; subjects as often as claims are about them',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ id: string }>('SELECT entity_id AS id FROM claim_subjects ORDER BY md5(claim_id::text || $1) LIMIT $2', [context.seed, context.size]),
          'id',
        )
      ).map((id) => `/v1/claims?subjectId=${id}`),
  },
];
