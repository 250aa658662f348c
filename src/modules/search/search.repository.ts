import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { type ClaimRow, claimInclude } from '../claims/claims.repository.ts';
import { type EntityRow, entityInclude } from '../entities/entities.repository.ts';
import type { ParsedQuery, Term } from './search.syntax.ts';

// Every statement here is built with Prisma's tagged templates: user text only ever travels as a bind parameter.
// The few Prisma.raw fragments are constants of this file (sort directions, configuration names).

/** The text search configurations articles are indexed with (see meridian_search_config in the search migration). */
export const searchConfigs = ['english', 'spanish', 'simple'] as const;
export type SearchConfig = (typeof searchConfigs)[number];

const configLiteral: Record<SearchConfig, Prisma.Sql> = {
  english: Prisma.raw(`'pg_catalog.english'::regconfig`),
  spanish: Prisma.raw(`'pg_catalog.spanish'::regconfig`),
  simple: Prisma.raw(`'pg_catalog.simple'::regconfig`),
};

/** One branch of the match: documents indexed with one of `configs` whose vector matches `tsquery`. */
export type MatchBranch = { configs: SearchConfig[]; tsquery: string };

/**
 * The query as PostgreSQL runs it: one tsquery per configuration, the distinct branches to match, and per
 * configuration the query for highlighting (every wanted term, OR-ed: ts_headline then marks each of them, where an
 * AND of a phrase and a prefix would find no fragment at all in PostgreSQL 15).
 */
export type CompiledQuery = {
  tsqueries: Record<SearchConfig, string>;
  highlights: Record<SearchConfig, string>;
  branches: MatchBranch[];
};

export type ArticleFilters = {
  /** Every one of these entities is mentioned. */
  allEntityIds: string[];
  /** Each inner list: at least one of these entities is mentioned (anyEntity). */
  anyEntityIdSets: string[][];
  /**
   * `country`: one of these country entities is mentioned or inferred (a mentioned place lies in it, or it is named
   * by its demonym only: article_inferred_entities). Undefined: no filter; empty: no country matched the codes.
   */
  countryIds?: string[];
  entityTypes: string[];
  sourceIds: string[];
  languages: string[];
  publishedFrom?: Date;
  /** Exclusive when `publishedToInclusive` is false (a date means "up to the end of that day"). */
  publishedTo?: Date;
  publishedToInclusive: boolean;
  claimStatuses: string[];
};

export type EntityFilters = { types: string[]; countries: string[] };

export type ArticleScope = { query: CompiledQuery | null; filters: ArticleFilters };

/**
 * Relevance ranks the newest `limit` matches, or on later pages those at least as new as a pinned boundary.
 * `window` looks for the matches of some arms (by index, as articleArms lists them) only among the articles
 * published since a time (see articlesByRelevance).
 */
export type ArticleCandidates = {
  limit: number;
  window?: { since: string; arms: boolean[] };
  boundary?: { publishedAt: string | null; id: string };
};

export type ClaimCandidates = { limit: number; boundaryId?: string };

export type HighlightOptions = {
  maxFragments: number;
  maxWords: number;
  minWords: number;
  maxChars: number;
  excerptChars: number;
  excerptLead: number;
};

export type FacetName = 'source' | 'language' | 'entityType' | 'entities' | 'date' | 'country';
/**
 * Which articles facets count: every match; a fixed share of the matches, picked by a hash of the id (every match is
 * still visited, but only the share is joined and grouped); or the matches among a sample of the table's pages
 * (only those pages are read). The service picks whichever reads less.
 */
export type FacetSet = { kind: 'exact' } | { kind: 'hashed'; share: number } | { kind: 'pages'; percent: number };
export type FacetRow = {
  facet: string;
  key: string | null;
  slug: string | null;
  name: string | null;
  type: string | null;
  count: number;
};

/** Private-use characters that cannot occur in stored text once escapeForHighlight has run: markers and delimiter. */
export const highlightSentinels = { start: '\u{E000}', end: '\u{E001}', fragment: '\u{E002}' } as const;

/** ts_rank_cd weights for D, C, B, A: title (A) counts ten times the body (C). */
const rankWeights = Prisma.raw(`'{0.05, 0.1, 0.4, 1.0}'::real[]`);
/** 1: divide by 1 + log(length), so long articles do not win by length alone; 32: scale into [0, 1). */
const rankNormalization = Prisma.raw('33');

const uuid = (id: string) => Prisma.sql`${id}::uuid`;
const uuidList = (ids: string[]) => Prisma.join(ids.map(uuid));

// ----- the query: terms to tsqueries ------------------------------------------------------------------------------

/** One term as a tsquery in configuration `config`. None of these functions raises an error on any text. */
function termTsquery(term: Term, config: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`public.meridian_unaccent(${term.text})`;
  let sql: Prisma.Sql;
  if (term.kind === 'phrase') sql = Prisma.sql`phraseto_tsquery(${config}, ${text})`;
  else if (term.kind === 'word') sql = Prisma.sql`plainto_tsquery(${config}, ${text})`;
  // A prefix is letters and digits only (see search.syntax.ts); it is still quoted as a tsquery operand, escaping
  // quote and backslash, because unaccent can turn a letter into an apostrophe (ŉ → 'n).
  else sql = Prisma.sql`to_tsquery(${config}, '''' || replace(replace(${text}, '\\', '\\\\'), '''', '''''') || ''':*')`;
  return term.negated ? Prisma.sql`(!! ${sql})` : sql;
}

function queryTsquery(query: ParsedQuery, config: Prisma.Sql): Prisma.Sql {
  const groups = query.groups.map(
    (group) =>
      Prisma.sql`(${Prisma.join(
        group.map((term) => termTsquery(term, config)),
        ' && ',
      )})`,
  );
  return groups.length === 0 ? Prisma.sql`''::tsquery` : Prisma.join(groups, ' || ');
}

function highlightTsquery(query: ParsedQuery, config: Prisma.Sql): Prisma.Sql {
  const wanted = query.groups.flatMap((group) => group.filter((term) => !term.negated));
  return wanted.length === 0
    ? Prisma.sql`''::tsquery`
    : Prisma.join(
        wanted.map((term) => termTsquery(term, config)),
        ' || ',
      );
}

// ----- filters ----------------------------------------------------------------------------------------------------

/** Conditions on `a` (articles). Claim status means "has a claim with that status" unless the rows are claims `c`. */
function articleConditions(filters: ArticleFilters, claimStatusOn: 'article' | 'claim'): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.sourceIds.length > 0) conditions.push(Prisma.sql`a.source_id IN (${uuidList(filters.sourceIds)})`);
  if (filters.languages.length > 0) conditions.push(Prisma.sql`a.language IN (${Prisma.join(filters.languages)})`);
  if (filters.publishedFrom)
    conditions.push(Prisma.sql`a.published_at >= ${filters.publishedFrom.toISOString()}::timestamptz`);
  if (filters.publishedTo) {
    const bound = Prisma.sql`${filters.publishedTo.toISOString()}::timestamptz`;
    conditions.push(
      filters.publishedToInclusive ? Prisma.sql`a.published_at <= ${bound}` : Prisma.sql`a.published_at < ${bound}`,
    );
  }
  for (const id of filters.allEntityIds) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM mentions AS m WHERE m.article_id = a.id AND m.entity_id = ${uuid(id)})`,
    );
  }
  for (const ids of filters.anyEntityIdSets) {
    conditions.push(
      ids.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`EXISTS (SELECT 1 FROM mentions AS m WHERE m.article_id = a.id AND m.entity_id IN (${uuidList(ids)}))`,
    );
  }
  if (filters.countryIds !== undefined) {
    const ids = filters.countryIds;
    conditions.push(
      ids.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`(EXISTS (SELECT 1 FROM mentions AS m WHERE m.article_id = a.id AND m.entity_id IN (${uuidList(ids)}))
            OR EXISTS (SELECT 1 FROM article_inferred_entities AS i WHERE i.article_id = a.id AND i.entity_id IN (${uuidList(ids)})))`,
    );
  }
  if (filters.entityTypes.length > 0) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM mentions AS m JOIN entities AS e ON e.id = m.entity_id
      WHERE m.article_id = a.id AND e.type IN (${Prisma.join(filters.entityTypes.map((type) => Prisma.sql`${type}::entity_type`))}))`);
  }
  if (filters.claimStatuses.length > 0) {
    const statuses = Prisma.join(filters.claimStatuses.map((status) => Prisma.sql`${status}::claim_status`));
    conditions.push(
      claimStatusOn === 'claim'
        ? Prisma.sql`c.status IN (${statuses})`
        : Prisma.sql`EXISTS (SELECT 1 FROM claims AS cs WHERE cs.article_id = a.id AND cs.status IN (${statuses}))`,
    );
  }
  return conditions;
}

/**
 * The match, one arm per branch: an arm is "indexed with one of these configurations and matching this tsquery".
 * Statements run one SELECT per arm, joined with UNION ALL: the arms are disjoint (an article has one
 * configuration), and each arm is then a plain GIN index condition plus a cheap test of the language. Written as one
 * OR instead, PostgreSQL rechecks the whole OR, and so reads and decompresses the vector of every matching row.
 */
function matchArms(query: CompiledQuery | null, vector: Prisma.Sql, languages: string[]): Prisma.Sql[] {
  if (query === null) return [Prisma.sql`TRUE`];
  // With a language filter, the arms of the other languages' configurations could only match nothing.
  const wanted = languages.length > 0 ? new Set(languages.map(searchConfigOf)) : undefined;
  const branches = query.branches.filter(
    (branch) => wanted === undefined || branch.configs.some((config) => wanted.has(config)),
  );
  if (branches.length === 0) return [Prisma.sql`FALSE`];
  return branches.map((branch) =>
    // Every article has one of the configurations: a branch that covers all of them needs no test of the language.
    branch.configs.length === searchConfigs.length
      ? Prisma.sql`${vector} @@ ${branch.tsquery}::tsquery`
      : Prisma.sql`public.meridian_search_config(a.language) IN (${Prisma.join(branch.configs.map((config) => configLiteral[config]))}) AND ${vector} @@ ${branch.tsquery}::tsquery`,
  );
}

/** The configuration an article in this language is indexed with: meridian_search_config in the search migration. */
export function searchConfigOf(language: string): SearchConfig {
  const primary = language.split('-')[0]?.toLowerCase();
  return primary === 'en' ? 'english' : primary === 'es' ? 'spanish' : 'simple';
}

/**
 * The dated part of a page: the arms' rows merged in `order`, `limit` of them. Undated articles come after all
 * dated ones, so the statements look for them only when this part falls short (a one-time filter on its count), and
 * a frequent term never pays for a bitmap of all its undated matches.
 */
function datedFirst(arms: Prisma.Sql[], order: Prisma.Sql, limit: number): Prisma.Sql {
  if (arms.length === 0)
    return Prisma.sql`SELECT NULL::tid AS ctid, NULL::uuid AS id, NULL::timestamptz AS published_at WHERE FALSE`;
  return Prisma.sql`SELECT page.* FROM (${Prisma.join(arms, ' UNION ALL ')}) AS page ${order} LIMIT ${limit}`;
}

/** `(SELECT … arm 1) UNION ALL (SELECT … arm 2) …`, each arm's SELECT built by `select` from its WHERE clause. */
function unionOfArms(arms: Prisma.Sql[], select: (where: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    arms.map((arm) => Prisma.sql`(${select(arm)})`),
    ' UNION ALL ',
  );
}

/** The tsquery for the row's own language: the query itself (for ranking) or its highlighting form. */
function ownTsquery(query: CompiledQuery, use: 'tsqueries' | 'highlights' = 'tsqueries'): Prisma.Sql {
  const byConfig = query[use];
  return Prisma.sql`(CASE public.meridian_search_config(a.language)
    WHEN ${configLiteral.english} THEN ${byConfig.english}::tsquery
    WHEN ${configLiteral.spanish} THEN ${byConfig.spanish}::tsquery
    ELSE ${byConfig.simple}::tsquery END)`;
}

/** The lexemes of the highlighting queries (every configuration), lower-cased: what the body is scanned for. */
function highlightLexemes(query: CompiledQuery): string[] {
  const lexemes = new Set<string>();
  for (const tsquery of Object.values(query.highlights)) {
    for (const match of tsquery.matchAll(/'((?:[^']|'')+)'/g))
      lexemes.add((match[1] as string).replaceAll("''", "'").toLowerCase());
  }
  return [...lexemes];
}

function score(query: CompiledQuery, vector: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_rank_cd(${rankWeights}, ${vector}, ${ownTsquery(query)}, ${rankNormalization})`;
}

/** Per arm: the WHERE clause over `a` (articles) for the scope's filters. */
function articleArms(scope: ArticleScope): Prisma.Sql[] {
  const conditions = articleConditions(scope.filters, 'article');
  return matchArms(scope.query, Prisma.sql`a.search`, scope.filters.languages).map((arm) =>
    Prisma.join([arm, ...conditions], ' AND '),
  );
}

/** The ids of the articles a scope selects: its query and filters, as every search statement applies them (used by exports). */
export function matchingArticleIds(scope: ArticleScope): Prisma.Sql {
  return unionOfArms(articleArms(scope), (where) => Prisma.sql`SELECT a.id FROM articles AS a WHERE ${where}`);
}

/** Per arm: the WHERE clause over `c` (claims) joined to `a` (their articles). */
function claimArms(scope: ArticleScope): Prisma.Sql[] {
  const conditions = articleConditions(scope.filters, 'claim');
  return matchArms(scope.query, Prisma.sql`c.search`, scope.filters.languages).map((arm) =>
    Prisma.join([arm, ...conditions], ' AND '),
  );
}

function entityConditions(filters: EntityFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.types.length > 0)
    conditions.push(
      Prisma.sql`e.type IN (${Prisma.join(filters.types.map((type) => Prisma.sql`${type}::entity_type`))})`,
    );
  if (filters.countries.length > 0) {
    const codes = Prisma.join(filters.countries);
    // The countries and what lies in them through accepted located_in relations (a city, its region, …).
    conditions.push(
      Prisma.sql`e.id IN (WITH RECURSIVE inside(id, level) AS (
          SELECT c.id, 0 FROM entities AS c WHERE c.type = 'country' AND c.iso_alpha2 IN (${codes})
          UNION
          SELECT r.subject_id, inside.level + 1 FROM inside
          JOIN relations AS r ON r.object_id = inside.id AND r.type = 'located_in' AND r.status = 'accepted'
          WHERE inside.level < 4)
        SELECT inside.id FROM inside)`,
    );
  }
  return conditions;
}

/** `%text%` for ILIKE, with the pattern characters of the text escaped. */
function containsPattern(text: string): Prisma.Sql {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return Prisma.sql`('%' || public.meridian_unaccent(${escaped}) || '%')`;
}

/** A name matches a group when it contains every positive text and none of the negated ones (folded, any case). */
function nameCondition(column: Prisma.Sql, groups: { include: string[]; exclude: string[] }[]): Prisma.Sql {
  const folded = Prisma.sql`public.meridian_unaccent(${column})`;
  const branches = groups.map((group) =>
    Prisma.join(
      [
        ...group.include.map((text) => Prisma.sql`${folded} ILIKE ${containsPattern(text)}`),
        ...group.exclude.map((text) => Prisma.sql`${folded} NOT ILIKE ${containsPattern(text)}`),
      ],
      ' AND ',
    ),
  );
  return Prisma.sql`((${Prisma.join(branches, ') OR (')}))`;
}

// ----- rows -------------------------------------------------------------------------------------------------------

export type ArticleKeyRow = { id: string; published_at: Date | null };
export type RankedRow = { id: string; score: number };
export type RankedArticleRow = RankedRow & {
  candidates: number;
  boundary_published_at: Date | null;
  boundary_id: string | null;
};
export type RankedClaimRow = RankedRow & { candidates: number; boundary_id: string | null };
export type ArticleHitRow = {
  id: string;
  title: string;
  dek: string | null;
  url: string;
  language: string;
  published_at: Date | null;
  source_id: string;
  score: number | null;
  headline: string | null;
};
export type EntityMatchRow = { id: string; matched_name: string | null; score: number | null };

export function createSearchRepository(db: Database) {
  /** How many rows `union` returns, counting no further than cap + 1. */
  async function cappedCount(union: Prisma.Sql, cap: number): Promise<number> {
    const rows = await db.$queryRaw<
      { count: number }[]
    >`SELECT count(*)::int AS count FROM (SELECT 1 FROM (${union}) AS matches LIMIT ${cap + 1}) AS capped`;
    return rows[0]?.count ?? 0;
  }

  type Plan = { 'Node Type'?: string; 'Plan Rows'?: number; Plans?: Plan[] };

  /** The planner's plan, without running the query (about a millisecond of planning). */
  async function plan(query: Prisma.Sql): Promise<Plan> {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': unknown }[]>`EXPLAIN (FORMAT JSON) ${query}`;
    const value = rows[0]?.['QUERY PLAN'];
    const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as [{ Plan?: Plan }] | undefined;
    return parsed?.[0]?.Plan ?? {};
  }

  /** The planner's row estimate. */
  const estimate = async (query: Prisma.Sql) => Math.round((await plan(query))['Plan Rows'] ?? 0);

  const articleIds = (scope: ArticleScope) =>
    unionOfArms(articleArms(scope), (where) => Prisma.sql`SELECT a.id FROM articles AS a WHERE ${where}`);
  const claimIds = (scope: ArticleScope) =>
    unionOfArms(
      claimArms(scope),
      (where) => Prisma.sql`SELECT c.id FROM claims AS c JOIN articles AS a ON a.id = c.article_id WHERE ${where}`,
    );

  return {
    /** The query's tsquery and highlighting tsquery in each configuration, as text (`''`: nothing searchable there). */
    async compile(query: ParsedQuery): Promise<Pick<CompiledQuery, 'tsqueries' | 'highlights'>> {
      const rows = await db.$queryRaw<{ config: SearchConfig; tsquery: string; highlight: string }[]>`
        SELECT 'english' AS config, (${queryTsquery(query, configLiteral.english)})::text AS tsquery, (${highlightTsquery(query, configLiteral.english)})::text AS highlight
        UNION ALL SELECT 'spanish', (${queryTsquery(query, configLiteral.spanish)})::text, (${highlightTsquery(query, configLiteral.spanish)})::text
        UNION ALL SELECT 'simple', (${queryTsquery(query, configLiteral.simple)})::text, (${highlightTsquery(query, configLiteral.simple)})::text`;
      const of = (use: 'tsquery' | 'highlight') =>
        Object.fromEntries(
          searchConfigs.map((config) => [config, rows.find((row) => row.config === config)?.[use] ?? '']),
        ) as Record<SearchConfig, string>;
      return { tsqueries: of('tsquery'), highlights: of('highlight') };
    },

    findEntityIds: async (ids: string[], slugs: string[]) =>
      db.entity.findMany({
        where: { OR: [{ id: { in: ids } }, { slug: { in: slugs } }] },
        select: { id: true, slug: true },
      }),
    findSourceIds: async (ids: string[], slugs: string[]) =>
      db.source.findMany({
        where: { OR: [{ id: { in: ids } }, { slug: { in: slugs } }] },
        select: { id: true, slug: true },
      }),

    /** The country entities with these ISO 3166-1 alpha-2 codes. */
    async countryIds(codes: string[]): Promise<string[]> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        SELECT e.id FROM entities AS e WHERE e.type = 'country' AND e.iso_alpha2 IN (${Prisma.join(codes)})`;
      return rows.map((row) => row.id);
    },

    countArticles: (scope: ArticleScope, cap: number) => cappedCount(articleIds(scope), cap),
    /** Which of `ids` the scope selects: its arms restricted to those rows (a saved search tested against new articles). */
    articleIdsAmong: async (scope: ArticleScope, ids: string[]) =>
      (
        await db.$queryRaw<{ id: string }[]>`
          SELECT matched.id::text AS id FROM (${matchingArticleIds(scope)}) AS matched(id)
          WHERE matched.id = ANY(${ids}::uuid[])`
      ).map((row) => row.id),
    /** The planner's row estimate for each arm of the match (one UNION ALL arm each), in articleArms order. */
    async estimateArticleArms(scope: ArticleScope): Promise<number[]> {
      const top = await plan(articleIds(scope));
      const arms = articleArms(scope).length;
      const children = top['Node Type'] === 'Append' && top.Plans?.length === arms ? top.Plans : [top];
      return children.map((child) => Math.round(child['Plan Rows'] ?? 0));
    },
    /** The table's size as the planner knows it (from the statistics, not a count). */
    estimateAllArticles: () => estimate(Prisma.sql`SELECT 1 FROM articles`),
    countClaims: (scope: ArticleScope, cap: number) => cappedCount(claimIds(scope), cap),
    estimateClaims: (scope: ArticleScope) => estimate(claimIds(scope)),

    /**
     * A page in publication order, undated articles last in both directions. Each arm is walked in two halves,
     * dated then undated, each an index walk over (published_at, id) or a bitmap and a top-N sort, whichever the
     * planner finds cheaper for that arm's frequency; the halves are merged here.
     */
    async articlesByDate(
      scope: ArticleScope,
      direction: 'desc' | 'asc',
      after: { publishedAt: string | null; id: string } | undefined,
      take: number,
    ) {
      const order = Prisma.raw(direction === 'desc' ? 'DESC' : 'ASC');
      const beyond = Prisma.raw(direction === 'desc' ? '<' : '>');
      const arms = articleArms(scope);
      const dated =
        after?.publishedAt === null
          ? []
          : arms.map(
              (where) => Prisma.sql`(SELECT a.id, a.published_at FROM articles AS a
                WHERE ${where} AND a.published_at IS NOT NULL
                ${after ? Prisma.sql`AND (a.published_at, a.id) ${beyond} (${after.publishedAt}::timestamptz, ${uuid(after.id)})` : Prisma.empty}
                ORDER BY a.published_at ${order}, a.id ${order} LIMIT ${take})`,
            );
      const undated = arms.map(
        (where) => Prisma.sql`(SELECT a.id, a.published_at FROM articles AS a
          WHERE ${where} AND a.published_at IS NULL
          ${after?.publishedAt === null ? Prisma.sql`AND a.id ${beyond} ${uuid(after.id)}` : Prisma.empty}
          ORDER BY a.id ${order} LIMIT ${take})`,
      );
      return db.$queryRaw<ArticleKeyRow[]>`
        WITH dated AS MATERIALIZED (${datedFirst(dated, Prisma.sql`ORDER BY page.published_at ${order}, page.id ${order}`, take)})
        SELECT page.id, page.published_at FROM (
          SELECT dated.id, dated.published_at, 0 AS part FROM dated
          UNION ALL
          SELECT page.id, page.published_at, 1 AS part FROM (${Prisma.join(undated, ' UNION ALL ')}) AS page
          WHERE (SELECT count(*) FROM dated) < ${take}
        ) AS page
        ORDER BY page.part, page.published_at ${order}, page.id ${order} LIMIT ${take}`;
    },

    /**
     * A page by relevance (rank, then id) among the newest matches: `limit` of them on a first page, or all those at
     * least as new as `boundary` (the first page's oldest candidate) on later pages, up to `limit`. Ranking reads
     * each candidate's vector, so the candidate set is bounded and deterministic. Each row carries how many candidates
     * there were and the oldest one, which the service pins in the cursor.
     *
     * With a window, the arms it names look only at articles published since its time, fetched unordered (OFFSET 0
     * keeps the planner from walking the date index) and sorted: for a term of middling frequency, a bitmap of the
     * term's matches ANDed with the date range visits about the candidates alone, where walking the date index
     * newest first would test every article of the period, most of them not matching. (For a very frequent term the
     * walk is cheaper than a bitmap of all its matches, so those arms walk.) The result is the true newest matches
     * when the oldest candidate is no older than the window's start; the caller checks that and otherwise runs the
     * query again without the window.
     */
    async articlesByRelevance(
      scope: ArticleScope & { query: CompiledQuery },
      candidates: ArticleCandidates,
      after: { score: number; id: string } | undefined,
      take: number,
    ) {
      const { boundary, window } = candidates;
      const since = window?.since;
      const arms = articleArms(scope);
      const atOrAfterBoundary =
        boundary && boundary.publishedAt !== null
          ? Prisma.sql`AND (a.published_at, a.id) >= (${boundary.publishedAt}::timestamptz, ${uuid(boundary.id)})`
          : Prisma.empty;
      const dated = arms.map((where, arm) =>
        window?.arms[arm]
          ? Prisma.sql`(SELECT recent.* FROM (SELECT a.ctid, a.id, a.published_at FROM articles AS a
              WHERE ${where} AND a.published_at >= ${window.since}::timestamptz ${atOrAfterBoundary} OFFSET 0) AS recent
              ORDER BY recent.published_at DESC, recent.id DESC LIMIT ${candidates.limit})`
          : Prisma.sql`(SELECT a.ctid, a.id, a.published_at FROM articles AS a
              WHERE ${where} AND a.published_at IS NOT NULL ${atOrAfterBoundary}
              ORDER BY a.published_at DESC, a.id DESC LIMIT ${candidates.limit})`,
      );
      // Undated articles come after every dated one: none is needed when the boundary is dated. (With a window, the
      // caller discards the result unless the dated candidates suffice, so the undated ones are not looked for.)
      const undated =
        since || (boundary && boundary.publishedAt !== null)
          ? []
          : arms.map(
              (where) => Prisma.sql`(SELECT a.ctid, a.id, a.published_at FROM articles AS a
                WHERE ${where} AND a.published_at IS NULL ${boundary ? Prisma.sql`AND a.id >= ${uuid(boundary.id)}` : Prisma.empty}
                ORDER BY a.id DESC LIMIT ${candidates.limit})`,
            );
      const afterCondition = after
        ? Prisma.sql`WHERE (ranked.score, ranked.id) < (${String(after.score)}::real, ${uuid(after.id)})`
        : Prisma.empty;
      // Within one statement a row keeps its ctid, so ranking fetches each candidate by ctid, without an index lookup.
      return db.$queryRaw<RankedArticleRow[]>`
        WITH dated AS MATERIALIZED (${datedFirst(dated, Prisma.sql`ORDER BY page.published_at DESC, page.id DESC`, candidates.limit)}),
        candidates AS MATERIALIZED (
          SELECT newest.ctid, newest.id, newest.published_at, newest.part FROM (
            SELECT dated.ctid, dated.id, dated.published_at, 0 AS part FROM dated
            ${
              undated.length > 0
                ? Prisma.sql`UNION ALL
            SELECT page.ctid, page.id, page.published_at, 1 AS part FROM (${Prisma.join(undated, ' UNION ALL ')}) AS page
            WHERE (SELECT count(*) FROM dated) < ${candidates.limit}`
                : Prisma.empty
            }
          ) AS newest
          ORDER BY newest.part, newest.published_at DESC, newest.id DESC LIMIT ${candidates.limit}
        ),
        oldest AS (SELECT id, published_at FROM candidates ORDER BY part DESC, published_at ASC, id ASC LIMIT 1),
        ranked AS (
          SELECT a.id, ${score(scope.query, Prisma.sql`a.search`)} AS score
          FROM candidates JOIN articles AS a ON a.ctid = candidates.ctid
        )
        SELECT ranked.id, ranked.score, (SELECT count(*)::int FROM candidates) AS candidates,
               (SELECT published_at FROM oldest) AS boundary_published_at, (SELECT id FROM oldest) AS boundary_id
        FROM ranked ${afterCondition}
        ORDER BY ranked.score DESC, ranked.id DESC LIMIT ${take}`;
    },

    /**
     * Publication times dividing the dated articles into equal parts, newest last (the planner's histogram:
     * approximate, and free). Used to pick a window likely to hold a given share of the articles.
     */
    async publicationQuantiles(): Promise<Date[]> {
      const rows = await db.$queryRaw<{ bound: Date }[]>`
        SELECT unnest(histogram_bounds::text::timestamptz[]) AS bound FROM pg_stats
        WHERE schemaname = current_schema() AND tablename = 'articles' AND attname = 'published_at'`;
      return rows.map((row) => new Date(row.bound)).sort((a, b) => a.getTime() - b.getTime());
    },

    /** What a hit shows, for the page's ids only: the fields, the score and the highlighted fragments. */
    async articleHits(ids: string[], query: CompiledQuery | null, highlight: HighlightOptions) {
      if (ids.length === 0) return [];
      const options = [
        `StartSel=${highlightSentinels.start}`,
        `StopSel=${highlightSentinels.end}`,
        `FragmentDelimiter=${highlightSentinels.fragment}`,
        `MaxFragments=${highlight.maxFragments}`,
        `MaxWords=${highlight.maxWords}`,
        `MinWords=${highlight.minWords}`,
        'ShortWord=3',
      ].join(', ');
      // Escape first, then mark: the stored text is HTML-escaped before ts_headline inserts the sentinel markers
      // (after removing any sentinel characters the text itself holds), so only markers are ever unescaped.
      const escaped = (text: Prisma.Sql) => Prisma.sql`replace(replace(replace(replace(replace(
          translate(${text}, ${Object.values(highlightSentinels).join('')}, '   '),
          '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
      const headline = (text: Prisma.Sql) =>
        query
          ? Prisma.sql`ts_headline(public.meridian_highlight_config(a.language), ${escaped(text)}, ${ownTsquery(query, 'highlights')}, ${options})`
          : Prisma.sql`NULL::text`;
      // ts_headline parses all the text it is given, and a page of 20 bodies of ~5 KB was the largest statement of a
      // search (bench/search-speed.md). So an excerpt of `excerptChars` is marked first: it starts a little before
      // the first place where one of the query's lexemes occurs in the folded body (a stem is nearly always the start
      // of the words it stands for, so this finds the first match without parsing), cut at word boundaries. Only
      // when the excerpt holds no match (a lexeme inside another word, or none found) is the body marked whole.
      const lexemes = query ? highlightLexemes(query) : [];
      const firstAt =
        lexemes.length > 0
          ? // Lower-cased first; accents are folded (unaccent is the dearer step) only for a lexeme not found that way.
            Prisma.sql`(SELECT min(coalesce(nullif(strpos(lower(left(a.body, ${highlight.maxChars})), lexeme), 0),
                                           nullif(strpos(lower(public.meridian_unaccent(left(a.body, ${highlight.maxChars}))), lexeme), 0)))
              FROM unnest(ARRAY[${Prisma.join(lexemes)}]::text[]) AS lexeme)`
          : Prisma.sql`NULL::int`;
      const columns = query
        ? Prisma.sql`${score(query, Prisma.sql`a.search`)} AS score,
            CASE WHEN first.whole OR strpos(first.headline, ${highlightSentinels.start}) > 0 THEN first.headline
                 ELSE ${headline(Prisma.sql`left(a.body, ${highlight.maxChars})`)} END AS headline`
        : Prisma.sql`NULL::real AS score, NULL::text AS headline`;
      const firstPass = query
        ? Prisma.sql`CROSS JOIN LATERAL (SELECT length(a.body) <= ${highlight.excerptChars} AS whole,
              CASE WHEN length(a.body) <= ${highlight.excerptChars} THEN ${headline(Prisma.sql`a.body`)}
                   ELSE ${headline(Prisma.sql`regexp_replace(regexp_replace(substr(a.body, excerpt_at.start, ${highlight.excerptChars}), '[[:alnum:]]+$', ''),
                          CASE WHEN excerpt_at.start > 1 THEN '^[[:alnum:]]+' ELSE '^$' END, '')`)} END AS headline
            FROM (SELECT greatest(1, coalesce(${firstAt}, 1) - ${highlight.excerptLead}) AS start) AS excerpt_at OFFSET 0) AS first`
        : Prisma.empty;
      return db.$queryRaw<ArticleHitRow[]>`
        SELECT a.id, a.title, a.dek, a.url, a.language, a.published_at, a.source_id, ${columns}
        FROM articles AS a ${firstPass} WHERE a.id IN (${uuidList(ids)})`;
    },

    /**
     * Facet counts over the matching articles or a sample of them (see FacetSet). Both samples are repeatable, so
     * the same request gets the same numbers.
     */
    async articleFacets(scope: ArticleScope, facets: Set<FacetName>, set: FacetSet, dateInterval: string) {
      const pages =
        set.kind === 'pages' ? Prisma.sql`TABLESAMPLE SYSTEM (${set.percent}::real) REPEATABLE (7)` : Prisma.empty;
      // hashtext of the id is uniform and fixed per article: its low 16 bits below share × 65536 pick the share.
      const hashed =
        set.kind === 'hashed'
          ? Prisma.sql`AND (hashtext(a.id::text) & 65535) < ${Math.ceil(set.share * 65536)}`
          : Prisma.empty;
      const matches = unionOfArms(
        articleArms(scope),
        (where) =>
          Prisma.sql`SELECT a.id, a.source_id, a.language, a.published_at FROM articles AS a ${pages} WHERE ${where} ${hashed}`,
      );
      const parts: Prisma.Sql[] = [
        Prisma.sql`SELECT 'total' AS facet, NULL AS key, NULL AS slug, NULL AS name, NULL AS type, count(*)::int AS count FROM f`,
      ];
      if (facets.has('source')) {
        parts.push(Prisma.sql`(SELECT 'source', s.id::text, s.slug::text, s.name::text, NULL, counted.count FROM
          (SELECT f.source_id, count(*)::int AS count FROM f GROUP BY f.source_id ORDER BY count(*) DESC, f.source_id LIMIT 50) AS counted
          JOIN sources AS s ON s.id = counted.source_id)`);
      }
      if (facets.has('language')) {
        parts.push(
          Prisma.sql`(SELECT 'language', f.language::text, NULL, NULL, NULL, count(*)::int FROM f GROUP BY f.language ORDER BY count(*) DESC, f.language LIMIT 50)`,
        );
      }
      if (facets.has('date')) {
        parts.push(Prisma.sql`(SELECT 'date', to_char(date_trunc(${dateInterval}, f.published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), NULL, NULL, NULL, count(*)::int
          FROM f GROUP BY 2)`);
      }
      if (facets.has('entityType')) {
        parts.push(Prisma.sql`(SELECT 'entityType', e.type::text, NULL, NULL, NULL, count(DISTINCT pairs.article_id)::int
          FROM pairs JOIN entities AS e ON e.id = pairs.entity_id GROUP BY e.type)`);
      }
      if (facets.has('entities')) {
        parts.push(Prisma.sql`(SELECT 'entities', e.id::text, e.slug::text, e.name::text, e.type::text, counted.count FROM
          (SELECT pairs.entity_id, count(*)::int AS count FROM pairs GROUP BY pairs.entity_id ORDER BY count(*) DESC, pairs.entity_id LIMIT 10) AS counted
          JOIN entities AS e ON e.id = counted.entity_id)`);
      }
      if (facets.has('country')) {
        // The `type` column carries the country's ISO code here: every part of the UNION has the same columns.
        parts.push(Prisma.sql`(SELECT 'country', e.id::text, e.slug::text, e.name::text, e.iso_alpha2::text, counted.count FROM
          (SELECT countries.entity_id, count(*)::int AS count FROM countries GROUP BY countries.entity_id
           ORDER BY count(*) DESC, countries.entity_id LIMIT 50) AS counted
          JOIN entities AS e ON e.id = counted.entity_id)`);
      }
      // Which entities each counted article mentions, read once for both entity facets.
      const pairs =
        facets.has('entityType') || facets.has('entities')
          ? Prisma.sql`, pairs AS MATERIALIZED (SELECT DISTINCT m.article_id, m.entity_id FROM f JOIN mentions AS m ON m.article_id = f.id)`
          : Prisma.empty;
      // The countries of each counted article: mentioned, or inferred from its places (what `country=` matches).
      const countries = facets.has('country')
        ? Prisma.sql`, countries AS MATERIALIZED (
            SELECT m.article_id, m.entity_id FROM f JOIN mentions AS m ON m.article_id = f.id
            JOIN entities AS c ON c.id = m.entity_id AND c.type = 'country'
            UNION
            SELECT i.article_id, i.entity_id FROM f JOIN article_inferred_entities AS i ON i.article_id = f.id)`
        : Prisma.empty;
      return db.$queryRaw<FacetRow[]>`
        WITH f AS MATERIALIZED (SELECT * FROM (${matches}) AS matches) ${pairs} ${countries}
        ${Prisma.join(parts, ' UNION ALL ')}`;
    },

    /** Claims by relevance among the newest matches (by id: when they were recorded), bounded as for articles. */
    async claimsByRelevance(
      scope: ArticleScope & { query: CompiledQuery },
      candidates: ClaimCandidates,
      after: { score: number; id: string } | undefined,
      take: number,
    ) {
      const bound = candidates.boundaryId ? Prisma.sql`AND c.id >= ${uuid(candidates.boundaryId)}` : Prisma.empty;
      const newest = unionOfArms(
        claimArms(scope),
        (where) =>
          Prisma.sql`SELECT c.ctid, c.id FROM claims AS c JOIN articles AS a ON a.id = c.article_id WHERE ${where} ${bound} ORDER BY c.id DESC LIMIT ${candidates.limit}`,
      );
      const afterCondition = after
        ? Prisma.sql`WHERE (ranked.score, ranked.id) < (${String(after.score)}::real, ${uuid(after.id)})`
        : Prisma.empty;
      return db.$queryRaw<RankedClaimRow[]>`
        WITH candidates AS MATERIALIZED (SELECT newest.ctid, newest.id FROM (${newest}) AS newest ORDER BY newest.id DESC LIMIT ${candidates.limit}),
        ranked AS (
          SELECT c.id, ${score(scope.query, Prisma.sql`c.search`)} AS score
          FROM candidates JOIN claims AS c ON c.ctid = candidates.ctid JOIN articles AS a ON a.id = c.article_id
        )
        SELECT ranked.id, ranked.score, (SELECT count(*)::int FROM candidates) AS candidates,
               (SELECT id FROM candidates ORDER BY id ASC LIMIT 1) AS boundary_id
        FROM ranked ${afterCondition}
        ORDER BY ranked.score DESC, ranked.id DESC LIMIT ${take}`;
    },

    /** Without a query: the claims of the matching articles, most recently recorded first. */
    claimsByRecency: (scope: ArticleScope, afterId: string | undefined, take: number) =>
      db.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM claims AS c JOIN articles AS a ON a.id = c.article_id
        WHERE ${Prisma.join([Prisma.sql`TRUE`, ...articleConditions(scope.filters, 'claim')], ' AND ')}
        ${afterId ? Prisma.sql`AND c.id < ${uuid(afterId)}` : Prisma.empty}
        ORDER BY c.id DESC LIMIT ${take}`,

    claimHits: (ids: string[]) =>
      db.claim.findMany({ where: { id: { in: ids } }, include: claimInclude(true) }) as unknown as Promise<
        (ClaimRow & Required<Pick<ClaimRow, 'article'>>)[]
      >,

    /**
     * Entities whose name or an alias contains the query's words (accents and case ignored, through the trigram
     * indexes on the folded names), best similarity first. `groups` are the query's OR-groups.
     */
    async entitiesByName(
      groups: { include: string[]; exclude: string[] }[],
      text: string,
      filters: EntityFilters,
      after: { score: number; id: string } | undefined,
      take: number,
    ) {
      const conditions = entityConditions(filters);
      if (after)
        conditions.push(Prisma.sql`(best.score, best.entity_id) < (${String(after.score)}::real, ${uuid(after.id)})`);
      return db.$queryRaw<EntityMatchRow[]>`
        WITH names AS (
          SELECT e.id AS entity_id, e.name FROM entities AS e WHERE ${nameCondition(Prisma.sql`e.name`, groups)}
          UNION ALL
          SELECT al.entity_id, al.name FROM entity_aliases AS al WHERE ${nameCondition(Prisma.sql`al.name`, groups)}
        ),
        best AS (
          SELECT DISTINCT ON (scored.entity_id) scored.entity_id, scored.name, scored.score FROM (
            SELECT names.entity_id, names.name, similarity(public.meridian_unaccent(names.name), public.meridian_unaccent(${text})) AS score FROM names
          ) AS scored
          ORDER BY scored.entity_id, scored.score DESC, scored.name
        )
        SELECT best.entity_id AS id, best.name AS matched_name, best.score
        FROM best JOIN entities AS e ON e.id = best.entity_id
        ${conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}
        ORDER BY best.score DESC, best.entity_id DESC LIMIT ${take}`;
    },

    async countEntitiesByName(groups: { include: string[]; exclude: string[] }[], filters: EntityFilters, cap: number) {
      const conditions = entityConditions(filters);
      return cappedCount(
        Prisma.sql`SELECT e.id FROM entities AS e WHERE e.id IN (
          SELECT e.id FROM entities AS e WHERE ${nameCondition(Prisma.sql`e.name`, groups)}
          UNION SELECT al.entity_id FROM entity_aliases AS al WHERE ${nameCondition(Prisma.sql`al.name`, groups)})
          ${conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}`,
        cap,
      );
    },

    /** Without a query: entities (filtered by type and country), most recently added first. */
    entitiesByRecency: (filters: EntityFilters, afterId: string | undefined, take: number) => {
      const conditions = entityConditions(filters);
      if (afterId) conditions.push(Prisma.sql`e.id < ${uuid(afterId)}`);
      return db.$queryRaw<EntityMatchRow[]>`
        SELECT e.id, NULL AS matched_name, NULL::real AS score FROM entities AS e
        ${conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}
        ORDER BY e.id DESC LIMIT ${take}`;
    },

    countEntities: (filters: EntityFilters, cap: number) => {
      const conditions = entityConditions(filters);
      return cappedCount(
        Prisma.sql`SELECT e.id FROM entities AS e ${conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}`,
        cap,
      );
    },

    estimateEntities: (filters: EntityFilters) => {
      const conditions = entityConditions(filters);
      return estimate(
        Prisma.sql`SELECT e.id FROM entities AS e ${conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}`,
      );
    },

    entityHits: (ids: string[]) =>
      db.entity.findMany({ where: { id: { in: ids } }, include: entityInclude(false) }) as Promise<EntityRow[]>,
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
