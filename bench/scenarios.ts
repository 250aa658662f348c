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

const column = async <K extends string>(rows: Promise<Record<K, unknown>[]>, key: K) =>
  (await rows).map((row) => String(row[key]));

/** Articles in a seeded random order: a uniform sample, as a client following links from anywhere would request. */
const articleIds = (context: SampleContext) =>
  column(
    context.query<{ id: string }>('SELECT id FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [
      context.seed,
      context.size,
    ]),
    'id',
  );

/** Entities as often as they are mentioned: the popular ones dominate, as they do in what users ask for. */
const mentionedEntities = (context: SampleContext) =>
  column(
    context.query<{ id: string }>(
      'SELECT entity_id AS id FROM mentions TABLESAMPLE SYSTEM (1) REPEATABLE ($1) ORDER BY md5(id::text || $1) LIMIT $2',
      [context.seed, context.size],
    ),
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
    paths: async (context) =>
      (await articleIds(context)).map((id) => `/v1/articles/${id}?include=source,mentions,claims`),
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
          context.query<{ id: string }>('SELECT source_id AS id FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [
            context.seed,
            context.size,
          ]),
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
        await column(
          context.query<{ language: string }>('SELECT language FROM articles ORDER BY md5(id::text || $1) LIMIT $2', [
            context.seed,
            context.size,
          ]),
          'language',
        )
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
      times(
        context,
        () => `/v1/articles?language=${context.random.pick(['en', 'es', 'pt', 'fr'])}&${monthWindow(context.random)}`,
      ),
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
      (
        await column(
          context.query<{ slug: string }>('SELECT slug FROM entities ORDER BY md5(id::text || $1) LIMIT $2', [
            context.seed,
            context.size,
          ]),
          'slug',
        )
      ).map((slug) => `/v1/entities/${slug}`),
  },
  {
    name: 'entity-by-name',
    description:
      'GET /v1/entities?name=… with the longest word of a random entity’s name (substring match on names and aliases)',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ name: string }>('SELECT name FROM entities ORDER BY md5(id::text || $1) LIMIT $2', [
            context.seed,
            context.size,
          ]),
          'name',
        )
      ).map((name) => {
        const word = name
          .split(/[\s,()]+/)
          .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
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
          context.query<{ id: string }>(
            'SELECT entity_id AS id FROM claim_subjects ORDER BY md5(claim_id::text || $1) LIMIT $2',
            [context.seed, context.size],
          ),
          'id',
        )
      ).map((id) => `/v1/claims?subjectId=${id}`),
  },
];

// ---- Search and discovery ----

type Vocabulary = { veryCommon: string[]; common: string[]; rare: string[]; phrases: string[] };
let vocabulary: Promise<Vocabulary> | undefined;

/**
 * Query words by how many articles hold them, measured on a seeded sample of 3,000 articles (document frequency of
 * each lower-cased word): very common (≥ 25 % of articles — the case that would rank hundreds of thousands of matches
 * at 1M), common (1–5 %), and rare (the longest word of the name of an entity mentioned in at most 20 articles). Words
 * the English or Spanish configuration drops as stop words are left out. Phrases: the two-word sequences found in
 * the most sampled articles (both words at least 4 letters, not stop words) — phrases of common words.
 */
function searchVocabulary(context: SampleContext): Promise<Vocabulary> {
  vocabulary ??= (async () => {
    const sample = await context.query<{ text: string }>(
      `SELECT title || ' ' || body AS text FROM articles ORDER BY md5(id::text || $1) LIMIT 3000`,
      [context.seed],
    );
    const df = new Map<string, number>();
    const bigrams = new Map<string, number>();
    for (const { text } of sample) {
      const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      for (const word of new Set(words)) if (word.length >= 4) df.set(word, (df.get(word) ?? 0) + 1);
      const pairs = new Set<string>();
      for (let index = 1; index < words.length; index++) {
        const [a, b] = [words[index - 1] as string, words[index] as string];
        if (a.length >= 4 && b.length >= 4) pairs.add(`${a} ${b}`);
      }
      for (const pair of pairs) bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
    }
    const candidates = [...df.keys()];
    const kept = new Set(
      (
        await context.query<{ word: string }>(
          `SELECT w AS word FROM unnest($1::text[]) w
            WHERE numnode(plainto_tsquery('english', w)) > 0 AND numnode(plainto_tsquery('spanish', w)) > 0`,
          [candidates],
        )
      ).map((row) => row.word),
    );
    const share = (word: string) => (df.get(word) ?? 0) / sample.length;
    const byFrequency = candidates
      .filter((word) => kept.has(word))
      .sort((a, b) => (df.get(b) ?? 0) - (df.get(a) ?? 0) || a.localeCompare(b));
    const veryCommon = byFrequency.filter((word) => share(word) >= 0.25).slice(0, 20);
    const common = byFrequency.filter((word) => share(word) >= 0.01 && share(word) <= 0.05).slice(0, 50);
    const phrases = [...bigrams.entries()]
      .filter(([pair]) => pair.split(' ').every((word) => kept.has(word)))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 20)
      .map(([pair]) => pair);
    const rareNames = await context.query<{ name: string }>(
      `SELECT e.name FROM entities e
        WHERE e.id IN (SELECT entity_id FROM mentions GROUP BY entity_id HAVING count(DISTINCT article_id) <= 20)
        ORDER BY md5(e.id::text || $1) LIMIT 200`,
      [context.seed],
    );
    const rare = rareNames
      .map(({ name }) =>
        (name.match(/\p{L}+/gu) ?? []).reduce((longest, word) => (word.length > longest.length ? word : longest), ''),
      )
      .filter((word) => word.length >= 5)
      .slice(0, 50);
    if (veryCommon.length === 0 || common.length === 0 || rare.length === 0 || phrases.length === 0) {
      throw new Error(`search vocabulary incomplete: ${JSON.stringify({ veryCommon, common, rare, phrases })}`);
    }
    return { veryCommon, common, rare, phrases };
  })();
  return vocabulary;
}

/** Cycles through `items` to make `context.size` request paths. */
const cycle = (context: SampleContext, items: string[], make: (item: string, index: number) => string) =>
  Array.from({ length: context.size }, (_, index) => make(items[index % items.length] as string, index));

const allFacets = 'facets=source,language,entityType,entities,date';
/** A one-year window somewhere in the corpus's ten years. */
const yearWindow = (random: Random) => {
  const from = Date.UTC(2016, 0, 1) + random.int(0, 3_200) * 86_400_000;
  return `publishedFrom=${day(from)}&publishedTo=${day(from + 364 * 86_400_000)}`;
};

/** Entities mentioned in the most articles (the case that makes co-occurrence and facets expensive). */
const topEntities = (context: SampleContext, count: number) =>
  column(
    context.query<{ id: string }>(
      `SELECT entity_id AS id FROM mentions TABLESAMPLE SYSTEM (2) REPEATABLE ($1) GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT $2`,
      [context.seed, count],
    ),
    'id',
  );

/** One plausible typo: two neighbouring letters of the longest word swapped. */
function typo(name: string, random: Random): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > (words[longest] as string).length) longest = index;
  });
  const word = words[longest] as string;
  if (word.length < 4) return name;
  const at = random.int(1, word.length - 3);
  words[longest] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

const q = (text: string) => encodeURIComponent(text);

scenarios.push(
  {
    name: 'search-rare',
    description: 'GET /v1/search?q=<rare word> (the name of an entity mentioned in ≤ 20 articles), relevance',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).rare, (word) => `/v1/search?q=${q(word)}`),
  },
  {
    name: 'search-common',
    description: 'GET /v1/search?q=<word in 1–5 % of articles>, relevance',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).common, (word) => `/v1/search?q=${q(word)}`),
  },
  {
    name: 'search-very-common',
    description:
      'GET /v1/search?q=<word in ≥ 25 % of articles>, relevance (ranks a bounded window of the newest matches)',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).veryCommon, (word) => `/v1/search?q=${q(word)}`),
  },
  {
    name: 'search-very-common-newest',
    description: 'GET /v1/search?q=<word in ≥ 25 % of articles>&sort=newest',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).veryCommon, (word) => `/v1/search?q=${q(word)}&sort=newest`),
  },
  {
    name: 'search-phrase',
    description: 'GET /v1/search?q="<two common words>" (the most frequent two-word sequences), relevance',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).phrases, (phrase) => `/v1/search?q=${q(`"${phrase}"`)}`),
  },
  {
    name: 'search-common-filtered',
    description: 'GET /v1/search?q=<common word>&language=…&publishedFrom=…&publishedTo=… (one year)',
    target: 'meridian',
    paths: async (context) =>
      cycle(
        context,
        (await searchVocabulary(context)).common,
        (word) => `/v1/search?q=${q(word)}&language=${context.random.pick(['en', 'es'])}&${yearWindow(context.random)}`,
      ),
  },
  {
    name: 'search-very-common-filtered',
    description: 'GET /v1/search?q=<very common word>&entity=<popular entity>&publishedFrom=…&publishedTo=… (one year)',
    target: 'meridian',
    paths: async (context) => {
      const entities = await topEntities(context, 20);
      return cycle(
        context,
        (await searchVocabulary(context)).veryCommon,
        (word) => `/v1/search?q=${q(word)}&entity=${context.random.pick(entities)}&${yearWindow(context.random)}`,
      );
    },
  },
  {
    name: 'search-rare-facets',
    description: 'GET /v1/search?q=<rare word>&facets=<all five>',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).rare, (word) => `/v1/search?q=${q(word)}&${allFacets}`),
  },
  {
    name: 'search-common-facets',
    description: 'GET /v1/search?q=<common word>&facets=<all five>',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).common, (word) => `/v1/search?q=${q(word)}&${allFacets}`),
  },
  {
    name: 'search-very-common-facets',
    description:
      'GET /v1/search?q=<very common word>&facets=<all five> (facets over hundreds of thousands of matches at 1M)',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, (await searchVocabulary(context)).veryCommon, (word) => `/v1/search?q=${q(word)}&${allFacets}`),
  },
  {
    name: 'search-entity-facets',
    description: 'GET /v1/search?entity=<entity, as often as mentioned>&facets=<all five> (filters only, no q)',
    target: 'meridian',
    paths: async (context) => (await mentionedEntities(context)).map((id) => `/v1/search?entity=${id}&${allFacets}`),
  },
  {
    name: 'entity-lookup-q',
    description: 'GET /v1/entities?q=<full name of an entity, as often as mentioned>',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ name: string }>(
            `SELECT e.name FROM (SELECT entity_id FROM mentions TABLESAMPLE SYSTEM (1) REPEATABLE ($1) ORDER BY md5(id::text || $1) LIMIT $2) m
               JOIN entities e ON e.id = m.entity_id`,
            [context.seed, context.size],
          ),
          'name',
        )
      ).map((name) => `/v1/entities?q=${q(name)}`),
  },
  {
    name: 'entity-lookup-typo',
    description: 'GET /v1/entities?q=<name of a random entity with two letters swapped>',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ name: string }>('SELECT name FROM entities ORDER BY md5(id::text || $1) LIMIT $2', [
            context.seed,
            context.size,
          ]),
          'name',
        )
      ).map((name) => `/v1/entities?q=${q(typo(name, context.random))}`),
  },
  {
    name: 'entity-lookup-one-word',
    description:
      'GET /v1/entities?q=<one word of a random multi-word entity name> (surnames, "Port", "Republic": many candidates)',
    target: 'meridian',
    paths: async (context) =>
      (
        await column(
          context.query<{ name: string }>(
            `SELECT name FROM entities WHERE name LIKE '% %' ORDER BY md5(id::text || $1) LIMIT $2`,
            [context.seed, context.size],
          ),
          'name',
        )
      ).map((name) => {
        const words = name.split(' ').filter((word) => word.length >= 3);
        return `/v1/entities?q=${q(words.length > 0 ? context.random.pick(words) : name)}`;
      }),
  },
  {
    name: 'entity-lookup-identifiers',
    description: 'GET /v1/entities?wikidata=… | ?iso=… | ?unlocode=… (mixed, unlocode with and without the space)',
    target: 'meridian',
    paths: async (context) => {
      const rows = await context.query<{
        wikidata_id: string | null;
        iso_alpha2: string | null;
        iso_alpha3: string | null;
        unlocode: string | null;
      }>(
        `SELECT wikidata_id, iso_alpha2, iso_alpha3, unlocode FROM entities
          WHERE wikidata_id IS NOT NULL OR iso_alpha2 IS NOT NULL OR unlocode IS NOT NULL ORDER BY md5(id::text || $1) LIMIT $2`,
        [context.seed, context.size],
      );
      return rows.map((row, index) => {
        if (row.unlocode && index % 2 === 0)
          return `/v1/entities?unlocode=${q(index % 4 === 0 ? `${row.unlocode.slice(0, 2)} ${row.unlocode.slice(2)}` : row.unlocode)}`;
        if (row.iso_alpha2 && row.iso_alpha3)
          return `/v1/entities?iso=${index % 3 === 0 ? row.iso_alpha3 : row.iso_alpha2}`;
        if (row.wikidata_id) return `/v1/entities?wikidata=${row.wikidata_id}`;
        return `/v1/entities?unlocode=${q(row.unlocode as string)}`;
      });
    },
  },
  {
    name: 'entity-timeline',
    description:
      'GET /v1/entities/{id}/timeline?interval=month over ten years; entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) =>
      (await mentionedEntities(context)).map(
        (id) => `/v1/entities/${id}/timeline?interval=month&from=2016-01-01&to=2025-12-31`,
      ),
  },
  {
    name: 'entity-timeline-day',
    description: 'GET /v1/entities/{id}/timeline?interval=day over 90 days; entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) =>
      (await mentionedEntities(context)).map((id) => {
        const from = Date.UTC(2016, 0, 1) + context.random.int(0, 3_400) * 86_400_000;
        return `/v1/entities/${id}/timeline?interval=day&from=${day(from)}&to=${day(from + 89 * 86_400_000)}`;
      }),
  },
  {
    name: 'entity-cooccurrences',
    description: 'GET /v1/entities/{id}/cooccurrences, all time; entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) => (await mentionedEntities(context)).map((id) => `/v1/entities/${id}/cooccurrences`),
  },
  {
    name: 'entity-cooccurrences-top',
    description:
      'GET /v1/entities/{id}/cooccurrences, all time, for the 20 most mentioned entities (the United States, China, …)',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, await topEntities(context, 20), (id) => `/v1/entities/${id}/cooccurrences`),
  },
  {
    name: 'entity-cooccurrences-typed',
    description: 'GET /v1/entities/{id}/cooccurrences?type=person, all time, for the 20 most mentioned entities',
    target: 'meridian',
    paths: async (context) =>
      cycle(context, await topEntities(context, 20), (id) => `/v1/entities/${id}/cooccurrences?type=person`),
  },
  {
    name: 'entity-cooccurrences-range',
    description: 'GET /v1/entities/{id}/cooccurrences?from=…&to=… (one year); entities as often as they are mentioned',
    target: 'meridian',
    paths: async (context) =>
      (await mentionedEntities(context)).map((id) => {
        const from = Date.UTC(2016, 0, 1) + context.random.int(0, 3_200) * 86_400_000;
        return `/v1/entities/${id}/cooccurrences?from=${day(from)}&to=${day(from + 364 * 86_400_000)}`;
      }),
  },
  {
    name: 'article-related',
    description: 'GET /v1/articles/{id}/related, uniformly random articles',
    target: 'meridian',
    paths: async (context) => (await articleIds(context)).map((id) => `/v1/articles/${id}/related`),
  },
);
