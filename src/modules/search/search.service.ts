import { createHash } from 'node:crypto';
import { AppError, type FieldError, invalidField } from '../../lib/errors.ts';
import { isId, splitKeys, storedKey } from '../../lib/id-or-slug.ts';
import { type Cursor, CursorValue, decodeCursor, type Page, pageFromRows } from '../../lib/pagination.ts';
import { toClaimDto } from '../claims/claims.mappers.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import type {
  ArticleCandidates,
  ArticleFilters,
  ArticleScope,
  CompiledQuery,
  EntityFilters,
  FacetRow,
  FacetSet,
  MatchBranch,
  SearchConfig,
  SearchRepository,
} from './search.repository.ts';
import { highlightSentinels, searchConfigs } from './search.repository.ts';
import type {
  ArticleHitDto,
  ClaimHitDto,
  EntityHitDto,
  FacetName,
  FacetsDto,
  RankingDto,
  SearchInput,
  SearchResultDto,
  SearchType,
  TotalDto,
} from './search.schemas.ts';
import { type ParsedQuery, parseQuery, QuerySyntaxError } from './search.syntax.ts';

/**
 * The budgets that keep every search fast whatever the query (measured in bench/search-design.md).
 * Ranking and facets cost time in proportion to the rows they read, so each has a ceiling.
 */
export const searchLimits = {
  /** Count matches up to this many; beyond, the total is the planner's estimate (`exact: false`)… */
  countCap: 10_000,
  /** …and do not even start counting when the planner expects more than that. */
  countSkipAbove: 10_000,
  /**
   * Relevance ranks at most this many matches, the newest ones, on a query's first page. 500, not 1,000: with
   * bodies of 300–1,500 words each candidate's vector is ~5 KB, and ranking plus finding the candidates was most
   * of a frequent word's cost on the 100k benchmark corpus (bench/RESULTS.md).
   */
  rankCandidates: 500,
  /** Later pages rank the pinned set (matches at least as new as the first page's oldest candidate), at most this many. */
  rankCandidatesPinned: 4_000,
  /**
   * When more than twice `rankCandidates` match, the newest candidates of the arms matching less than
   * `rankWalkShare` of the articles are looked for in a recent window expected to hold `rankWindowMargin` times as
   * many matches as needed (see recentWindow and articlesByRelevance).
   */
  rankWindowMargin: 3,
  rankWalkShare: 0.2,
  /** Facets are exact up to this many matches, otherwise counted over a sample of about `facetSample` of them. */
  facetExact: 2_000,
  facetSample: 1_000,
  /**
   * Highlights mark an excerpt of `excerptChars` characters starting `excerptLead` before the first occurrence of
   * a query lexeme, and the body up to `maxChars` only when that excerpt holds no match (ts_headline's cost is the
   * length of the text it parses).
   */
  highlight: { maxFragments: 3, maxWords: 30, minWords: 12, maxChars: 50_000, excerptChars: 1_000, excerptLead: 150 },
} as const;

/** The total of a section and, for decisions, its best-known number of matches and the planner's estimate per arm. */
type Counting = { total: Promise<TotalDto>; matches: Promise<number>; armEstimates: Promise<number[]> };

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Sections of one response, each with the page cursor that continues it. */
type SectionPage<T> = { items: T[]; nextCursor: string | null };
export type SearchOutcome = {
  query: SearchResultDto['query'];
  articles?: SectionPage<ArticleHitDto> & { total: TotalDto; ranking: RankingDto };
  claims?: SectionPage<ClaimHitDto> & { total: TotalDto };
  entities?: SectionPage<EntityHitDto> & { total: TotalDto };
  facets?: FacetsDto;
};

/** The configurations whose tsquery is the same are matched together: one index scan instead of three. */
function branchesOf(tsqueries: Record<SearchConfig, string>): MatchBranch[] {
  const branches: MatchBranch[] = [];
  for (const config of searchConfigs) {
    const tsquery = tsqueries[config];
    if (tsquery === '') continue;
    const same = branches.find((branch) => branch.tsquery === tsquery);
    if (same) same.configs.push(config);
    else branches.push({ configs: [config], tsquery });
  }
  return branches;
}

/** `publishedTo=2023-06-30` includes all of June 30, as in /v1/articles. */
function dateBounds(from: string | undefined, to: string | undefined) {
  const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);
  return {
    publishedFrom: from ? (from.length === 10 ? dayStart(from) : new Date(from)) : undefined,
    publishedTo: to ? (to.length === 10 ? new Date(dayStart(to).getTime() + 86_400_000) : new Date(to)) : undefined,
    publishedToInclusive: to !== undefined && to.length !== 10,
  };
}

/** Sentinel markers become the caller's markers; the text between them was escaped in the database. */
function highlightsFrom(headline: string | null, start: string, end: string): string[] {
  if (!headline) return [];
  return headline
    .split(highlightSentinels.fragment)
    .map((fragment) => fragment.replace(/\s+/g, ' ').trim())
    .filter((fragment) => fragment.length > 0)
    .map((fragment) => fragment.replaceAll(highlightSentinels.start, start).replaceAll(highlightSentinels.end, end));
}

/** Texts an entity name must contain: the term with leading and trailing punctuation removed ("U.S." keeps its dots). */
function nameText(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\s+/g, ' ');
}

function entityGroups(parsed: ParsedQuery) {
  return parsed.groups
    .map((group) => ({
      include: group
        .filter((term) => !term.negated)
        .map((term) => nameText(term.text))
        .filter(Boolean),
      exclude: group
        .filter((term) => term.negated)
        .map((term) => nameText(term.text))
        .filter(Boolean),
    }))
    .filter((group) => group.include.length > 0);
}

/** A cursor pages one section of one search: its ordering names the section, the sort and the search itself. */
function fingerprint(input: SearchInput): string {
  const { q, sort, entity, anyEntity, entityType, country, source, language, publishedFrom, publishedTo, claimStatus } =
    input;
  const key = JSON.stringify([
    q ?? null,
    sort ?? null,
    entity,
    anyEntity,
    entityType,
    country,
    source,
    language,
    publishedFrom,
    publishedTo,
    claimStatus,
  ]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 12);
}

/** The scope a relevance walk is pinned to: whether the first page ranked every match, and the oldest candidate. */
type Pinned = { exhaustive: boolean; publishedAt: string | null; id: string };

function encodeScope(scope: Pinned): string {
  return [scope.exhaustive ? 'all' : 'top', scope.publishedAt ?? '', scope.id].join('|');
}

function invalidCursor(): AppError {
  return new AppError('invalid_cursor', 'The cursor is not one this search issued; start again without it.', {
    errors: [{ location: 'querystring', field: 'cursor', message: 'not a cursor issued for this search' }],
  });
}

const isTimestamp = (value: string | undefined) => value !== undefined && !Number.isNaN(Date.parse(value));

function decodeScope(cursor: Cursor): Pinned {
  const [mode, publishedAt, id] = (cursor.s ?? '').split('|');
  if (
    (mode !== 'all' && mode !== 'top') ||
    id === undefined ||
    !isId(id) ||
    (publishedAt !== '' && !isTimestamp(publishedAt))
  )
    throw invalidCursor();
  return { exhaustive: mode === 'all', publishedAt: publishedAt === '' ? null : (publishedAt as string), id };
}

function scoreOf(cursor: Cursor): number {
  if (typeof cursor.v !== 'number' || !Number.isFinite(cursor.v)) throw invalidCursor();
  return cursor.v;
}

function publishedAtOf(cursor: Cursor): string | null {
  if (cursor.v !== null && (typeof cursor.v !== 'string' || !isTimestamp(cursor.v))) throw invalidCursor();
  return cursor.v;
}

/**
 * A query started now and awaited later, after other queries: mark its failure as handled so that Node does not
 * treat it as an unhandled rejection in the meantime. Whoever awaits it still receives the error.
 */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

type Deps = { search: SearchRepository };

/** The parameters that select articles (the query and the filters), without paging, sorting or presentation. */
export type SearchFilterInput = Pick<
  SearchInput,
  | 'q'
  | 'entity'
  | 'anyEntity'
  | 'entityType'
  | 'country'
  | 'source'
  | 'language'
  | 'publishedFrom'
  | 'publishedTo'
  | 'claimStatus'
>;

function parsedQuery(q: string | undefined): ParsedQuery | null {
  if (q === undefined || !q.trim()) return null;
  try {
    return parseQuery(q);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw invalidField('querystring', 'q', error.message);
    throw error;
  }
}

export function createSearchService(deps: Deps) {
  const { search } = deps;

  async function resolveKeys(
    field: string,
    keys: string[] | undefined,
    find: (ids: string[], slugs: string[]) => Promise<{ id: string; slug: string }[]>,
    resource: string,
  ): Promise<string[]> {
    if (!keys || keys.length === 0) return [];
    const { ids, slugs } = splitKeys(keys);
    const found = await find(ids, slugs);
    const byKey = new Map(found.flatMap((row) => [[row.id, row.id] as const, [row.slug, row.id] as const]));
    const missing = keys.filter((key) => !byKey.has(storedKey(key)));
    if (missing.length > 0) {
      const errors: FieldError[] = missing.map((key) => ({
        location: 'querystring',
        field,
        message: `no ${resource} has the id or slug '${key}'`,
      }));
      throw new AppError(
        'unprocessable',
        `${field} refers to ${missing.length === 1 ? `a ${resource}` : `${resource}s`} that do${missing.length === 1 ? 'es' : ''} not exist: ${missing.join(', ')}.`,
        { errors },
      );
    }
    return [...new Set(keys.map((key) => byKey.get(storedKey(key)) as string))];
  }

  async function compile(parsed: ParsedQuery | null): Promise<CompiledQuery | null> {
    if (parsed === null) return null;
    if (parsed.groups.length === 0) {
      const none = { english: '', spanish: '', simple: '' };
      return { tsqueries: none, highlights: none, branches: [] };
    }
    const compiled = await search.compile(parsed);
    return { ...compiled, branches: branchesOf(compiled.tsqueries) };
  }

  async function filtersOf(input: SearchFilterInput): Promise<{ articles: ArticleFilters; entities: EntityFilters }> {
    const [allEntityIds, anyEntityIds, sourceIds, countryIds] = await Promise.all([
      resolveKeys('entity', input.entity, search.findEntityIds, 'entity'),
      resolveKeys('anyEntity', input.anyEntity, search.findEntityIds, 'entity'),
      resolveKeys('source', input.source, search.findSourceIds, 'source'),
      input.country?.length ? search.countryIds(input.country) : Promise.resolve(undefined),
    ]);
    const anyEntityIdSets: string[][] = [];
    if (anyEntityIds.length > 0) anyEntityIdSets.push(anyEntityIds);
    return {
      articles: {
        allEntityIds,
        anyEntityIdSets,
        // A country the store knows nothing of matches no article (an empty set), rather than every article.
        countryIds,
        entityTypes: input.entityType ?? [],
        sourceIds,
        languages: input.language ?? [],
        claimStatuses: input.claimStatus ?? [],
        ...dateBounds(input.publishedFrom, input.publishedTo),
      },
      entities: { types: input.entityType ?? [], countries: input.country ?? [] },
    };
  }

  /**
   * How many match, without ever counting far: the planner's estimate comes first (a millisecond); when it says the
   * matches are many, it is the answer (`exact: false`), otherwise they are counted up to the cap.
   */
  function counting(count: (cap: number) => Promise<number>, estimateArms: () => Promise<number[]>): Counting {
    const armEstimates = started(estimateArms());
    const estimated = started(armEstimates.then((arms) => arms.reduce((sum, rows) => sum + rows, 0)));
    const counted = started(
      estimated.then((value) => (value > searchLimits.countSkipAbove ? null : count(searchLimits.countCap))),
    );
    const total = started(
      Promise.all([counted, estimated]).then(([exactCount, value]): TotalDto => {
        if (exactCount !== null && exactCount <= searchLimits.countCap) return { value: exactCount, exact: true };
        return { value: Math.max(value, searchLimits.countCap + 1), exact: false };
      }),
    );
    return { total, matches: started(total.then((result) => result.value)), armEstimates };
  }

  /** Which arms look for candidates in a window: those matching less than `rankWalkShare` of the articles. */
  async function windowedArms(armEstimates: Promise<number[]>): Promise<boolean[]> {
    const [arms, articles] = await Promise.all([armEstimates, search.estimateAllArticles()]);
    return arms.map((rows) => rows < searchLimits.rankWalkShare * articles);
  }

  /**
   * Where the first page looks for the newest candidates: since the publication time after which about
   * `rankWindowMargin` × `rankCandidates` matches are expected (assuming matches spread over time like the articles
   * do), for the arms matching less than `rankWalkShare` of the articles; more frequent arms find their newest
   * matches at once by walking the newest articles. Undefined when all matches are few enough to rank, when no arm
   * would use it, or when the query has a phrase: the planner takes a phrase for its words anywhere in the text and
   * overestimates it, so the window would too often hold too few matches.
   */
  async function recentWindow(
    armEstimates: Promise<number[]>,
    parsed: ParsedQuery,
  ): Promise<ArticleCandidates['window']> {
    if (parsed.groups.some((group) => group.some((term) => term.kind === 'phrase'))) return undefined;
    const matches = (await armEstimates).reduce((sum, rows) => sum + rows, 0);
    if (matches <= 2 * searchLimits.rankCandidates) return undefined;
    const [quantiles, arms] = await Promise.all([search.publicationQuantiles(), windowedArms(armEstimates)]);
    if (quantiles.length < 2 || !arms.includes(true)) return undefined;
    const share = Math.min(1, (searchLimits.rankWindowMargin * searchLimits.rankCandidates) / matches);
    // The bounds split the dated articles into equal buckets, oldest first; round towards the older bound.
    const index = Math.floor((1 - share) * (quantiles.length - 1));
    const since = index > 0 ? quantiles[index]?.toISOString() : undefined;
    return since === undefined ? undefined : { since, arms };
  }

  /** Later pages fetch the pinned set (every match since the boundary) the same way: unordered for windowed arms. */
  async function pinnedWindow(armEstimates: Promise<number[]>, pinned: Pinned): Promise<ArticleCandidates['window']> {
    return pinned.publishedAt === null
      ? undefined
      : { since: pinned.publishedAt, arms: await windowedArms(armEstimates) };
  }

  async function articleSection(
    scope: ArticleScope,
    parsed: ParsedQuery | null,
    input: SearchInput,
    sort: 'relevance' | 'newest' | 'oldest',
    cursor: Cursor | undefined,
    ordering: string,
    counting: Counting,
  ) {
    const take = input.limit + 1;
    let ranking: RankingDto;
    let page: Page<{ id: string }>;
    if (sort === 'relevance' && scope.query !== null && parsed !== null) {
      const pinned = cursor ? decodeScope(cursor) : undefined;
      const candidates: ArticleCandidates = pinned
        ? { limit: searchLimits.rankCandidatesPinned, boundary: { publishedAt: pinned.publishedAt, id: pinned.id } }
        : { limit: searchLimits.rankCandidates };
      const after = cursor ? { score: scoreOf(cursor), id: cursor.id } : undefined;
      const relevant = { ...scope, query: scope.query };
      const window = pinned
        ? await pinnedWindow(counting.armEstimates, pinned)
        : await recentWindow(counting.armEstimates, parsed);
      let rows = await search.articlesByRelevance(relevant, { ...candidates, window }, after, take);
      // On a first page, the window held too few matches (the term is rarer lately than overall): look at every match.
      const oldest = rows[0]?.boundary_published_at;
      const windowTooShort =
        (rows[0]?.candidates ?? 0) < searchLimits.rankCandidates ||
        !oldest ||
        oldest.getTime() < Date.parse(window?.since ?? '');
      if (!pinned && window !== undefined && windowTooShort)
        rows = await search.articlesByRelevance(relevant, candidates, after, take);
      const first = rows[0];
      const scopeOfWalk: Pinned | undefined =
        pinned ??
        (first && first.boundary_id !== null
          ? {
              exhaustive: first.candidates < searchLimits.rankCandidates,
              publishedAt: iso(first.boundary_published_at),
              id: first.boundary_id,
            }
          : undefined);
      const exhaustive = scopeOfWalk?.exhaustive ?? true;
      ranking = {
        sort,
        exhaustive,
        candidates: exhaustive ? null : (first?.candidates ?? searchLimits.rankCandidates),
      };
      page = pageFromRows(rows, input.limit, (row) => ({
        o: ordering,
        v: row.score,
        id: row.id,
        s: scopeOfWalk ? encodeScope(scopeOfWalk) : undefined,
      }));
    } else {
      const direction = sort === 'oldest' ? 'asc' : 'desc';
      const after = cursor ? { publishedAt: publishedAtOf(cursor), id: cursor.id } : undefined;
      const rows = await search.articlesByDate(scope, direction, after, take);
      ranking = { sort: sort === 'oldest' ? 'oldest' : 'newest', exhaustive: true, candidates: null };
      page = pageFromRows(rows, input.limit, (row) => ({ o: ordering, v: iso(row.published_at), id: row.id }));
    }

    const [hits, total] = await Promise.all([
      search.articleHits(
        page.items.map((item) => item.id),
        scope.query,
        searchLimits.highlight,
      ),
      counting.total,
    ]);
    const byId = new Map(hits.map((hit) => [hit.id, hit]));
    const items = page.items.flatMap((item) => {
      const hit = byId.get(item.id);
      if (!hit) return []; // deleted between the two queries
      return [
        {
          id: hit.id,
          title: hit.title,
          dek: hit.dek,
          url: hit.url,
          language: hit.language,
          publishedAt: iso(hit.published_at),
          sourceId: hit.source_id,
          score: hit.score,
          highlights: highlightsFrom(hit.headline, input.highlightStart, input.highlightEnd),
        },
      ];
    });
    return { items, nextCursor: page.nextCursor, ranking, total };
  }

  async function claimSection(scope: ArticleScope, input: SearchInput, cursor: Cursor | undefined, ordering: string) {
    const take = input.limit + 1;
    const count = counting(
      (cap) => search.countClaims(scope, cap),
      async () => [await search.estimateClaims(scope)],
    );
    let page: Page<{ id: string; score: number | null }>;
    if (scope.query !== null) {
      const pinned = cursor ? decodeScope(cursor) : undefined;
      const rows = await search.claimsByRelevance(
        { ...scope, query: scope.query },
        pinned
          ? { limit: searchLimits.rankCandidatesPinned, boundaryId: pinned.id }
          : { limit: searchLimits.rankCandidates },
        cursor ? { score: scoreOf(cursor), id: cursor.id } : undefined,
        take,
      );
      const first = rows[0];
      const walk =
        pinned ??
        (first && first.boundary_id !== null
          ? { exhaustive: first.candidates < searchLimits.rankCandidates, publishedAt: null, id: first.boundary_id }
          : undefined);
      page = pageFromRows(rows, input.limit, (row) => ({
        o: ordering,
        v: row.score,
        id: row.id,
        s: walk ? encodeScope(walk) : undefined,
      }));
    } else {
      const rows = await search.claimsByRecency(scope, cursor?.id, take);
      page = pageFromRows(
        rows.map((row) => ({ ...row, score: null })),
        input.limit,
        (row) => ({ o: ordering, v: null, id: row.id }),
      );
    }
    const hits = new Map((await search.claimHits(page.items.map((item) => item.id))).map((row) => [row.id, row]));
    const items = page.items.flatMap((item) => {
      const row = hits.get(item.id);
      return row ? [{ ...toClaimDto(row), score: item.score }] : [];
    });
    return { items, nextCursor: page.nextCursor, total: await count.total };
  }

  async function entitySection(
    parsed: ParsedQuery | null,
    filters: EntityFilters,
    input: SearchInput,
    cursor: Cursor | undefined,
    ordering: string,
  ) {
    const take = input.limit + 1;
    let rows: { id: string; matched_name: string | null; score: number | null }[];
    let counted: Promise<TotalDto>;
    if (parsed !== null) {
      const groups = entityGroups(parsed);
      if (groups.length === 0) return { items: [], nextCursor: null, total: { value: 0, exact: true } };
      const text = groups.flatMap((group) => group.include).join(' ');
      // Name matches have no useful planner estimate; the capped count is the estimate beyond the cap.
      const count = started(search.countEntitiesByName(groups, filters, searchLimits.countCap));
      counted = counting(
        () => count,
        async () => [await count],
      ).total;
      rows = await search.entitiesByName(
        groups,
        text,
        filters,
        cursor ? { score: scoreOf(cursor), id: cursor.id } : undefined,
        take,
      );
    } else {
      counted = counting(
        (cap) => search.countEntities(filters, cap),
        async () => [await search.estimateEntities(filters)],
      ).total;
      rows = await search.entitiesByRecency(filters, cursor?.id, take);
    }
    const page = pageFromRows(rows, input.limit, (row) => ({ o: ordering, v: row.score, id: row.id }));
    const hits = new Map((await search.entityHits(page.items.map((item) => item.id))).map((row) => [row.id, row]));
    const items = page.items.flatMap((item) => {
      const row = hits.get(item.id);
      return row ? [{ ...toEntityDto(row), score: item.score, matchedName: item.matched_name }] : [];
    });
    return { items, nextCursor: page.nextCursor, total: await counted };
  }

  async function facets(
    scope: ArticleScope,
    names: Set<FacetName>,
    interval: SearchInput['dateInterval'],
    counting: Counting,
  ): Promise<FacetsDto> {
    const matches = await counting.matches;
    let set: FacetSet = { kind: 'exact' };
    if (matches > searchLimits.facetExact) {
      // A hashed share visits every match (a bitmap heap scan: cheap per row); a page sample reads
      // facetSample × articles / matches rows (each tested against the query: dearer per row). The two cost the
      // same, about √(facetSample × articles) rows, where matches = √(facetSample × articles): pick the cheaper.
      const articles = await search.estimateAllArticles();
      const share = searchLimits.facetSample / matches;
      set =
        matches * matches <= searchLimits.facetSample * articles
          ? { kind: 'hashed', share }
          : { kind: 'pages', percent: Math.min(100, share * 100) };
    }
    const rows = await search.articleFacets(scope, names, set, interval);
    return facetsFrom(rows, names, set.kind !== 'exact', interval);
  }

  return {
    /** The articles a search's query and filters select, for walking them all (exports); ids and slugs resolved (422 if unknown). */
    async articleScope(input: SearchFilterInput): Promise<ArticleScope> {
      const [compiled, filters] = await Promise.all([compile(parsedQuery(input.q)), filtersOf(input)]);
      return { query: compiled, filters: filters.articles };
    },

    /** Which of the articles `ids` the search's query and filters select, without searching the rest of the store. */
    async matchingAmong(input: SearchFilterInput, ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const [compiled, filters] = await Promise.all([compile(parsedQuery(input.q)), filtersOf(input)]);
      return search.articleIdsAmong({ query: compiled, filters: filters.articles }, ids);
    },

    async search(input: SearchInput): Promise<SearchOutcome> {
      let parsed: ParsedQuery | null = null;
      const q = input.q?.trim() ? input.q : undefined;
      if (q !== undefined) {
        try {
          parsed = parseQuery(q);
        } catch (error) {
          if (error instanceof QuerySyntaxError) throw invalidField('querystring', 'q', error.message);
          throw error;
        }
      }
      if (input.sort === 'relevance' && parsed === null)
        throw invalidField('querystring', 'sort', 'relevance needs a query (q)');
      const sort = input.sort ?? (parsed ? 'relevance' : 'newest');
      const types = new Set<SearchType>(input.types && input.types.length > 0 ? input.types : ['articles']);

      const print = fingerprint({ ...input, q });
      const orderingOf = (type: SearchType) =>
        `search:${type}:${type === 'articles' ? sort : parsed ? 'relevance' : 'recent'}:${print}`;
      let cursor: Cursor | undefined;
      if (input.cursor !== undefined) {
        if (types.size !== 1) {
          throw new AppError(
            'invalid_cursor',
            'A cursor continues one section: send it with types set to that section alone, as page.next does.',
            {
              errors: [{ location: 'querystring', field: 'cursor', message: 'needs exactly one type' }],
            },
          );
        }
        // Scores or publication times, as the section's ordering has them: each section checks which.
        cursor = decodeCursor(
          input.cursor,
          orderingOf([...types][0] as SearchType),
          CursorValue.number.or(CursorValue.instant),
        );
      }

      const [compiled, filters] = await Promise.all([compile(parsed), filtersOf(input)]);
      const scope: ArticleScope = { query: compiled, filters: filters.articles };
      const facetNames = new Set(input.facets ?? []);
      // The articles' total is shared by their section and the facets.
      const articleCounting =
        types.has('articles') || facetNames.size > 0
          ? counting(
              (cap) => search.countArticles(scope, cap),
              () => search.estimateArticleArms(scope),
            )
          : undefined;

      const [articles, claims, entities, facetCounts] = await Promise.all([
        types.has('articles')
          ? articleSection(scope, parsed, input, sort, cursor, orderingOf('articles'), articleCounting as Counting)
          : undefined,
        types.has('claims') ? claimSection(scope, input, cursor, orderingOf('claims')) : undefined,
        types.has('entities')
          ? entitySection(parsed, filters.entities, input, cursor, orderingOf('entities'))
          : undefined,
        facetNames.size > 0 ? facets(scope, facetNames, input.dateInterval, articleCounting as Counting) : undefined,
      ]);
      return {
        query: { q: q ?? null, tsquery: compiled ? compiled.tsqueries : null },
        ...(articles ? { articles } : {}),
        ...(claims ? { claims } : {}),
        ...(entities ? { entities } : {}),
        ...(facetCounts ? { facets: facetCounts } : {}),
      };
    },
  };
}

function facetsFrom(
  rows: FacetRow[],
  names: Set<FacetName>,
  sampled: boolean,
  interval: SearchInput['dateInterval'],
): FacetsDto {
  const counted = rows.find((row) => row.facet === 'total')?.count ?? 0;
  const of = (facet: string) => rows.filter((row) => row.facet === facet);
  const sum = (list: { count: number }[]) => list.reduce((acc, row) => acc + row.count, 0);
  const result: FacetsDto = { sampled, sampleSize: sampled ? counted : null, counted };
  if (names.has('source')) {
    const buckets = of('source').map((row) => ({
      id: row.key as string,
      slug: row.slug as string,
      name: row.name as string,
      count: row.count,
    }));
    buckets.sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
    result.source = { buckets, other: counted - sum(buckets) };
  }
  if (names.has('language')) {
    const buckets = of('language').map((row) => ({ language: row.key as string, count: row.count }));
    buckets.sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
    result.language = { buckets, other: counted - sum(buckets) };
  }
  if (names.has('entityType')) {
    const buckets = of('entityType').map((row) => ({
      type: row.key as NonNullable<FacetsDto['entityType']>['buckets'][number]['type'],
      count: row.count,
    }));
    buckets.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    result.entityType = { buckets };
  }
  if (names.has('entities')) {
    const buckets = of('entities').map((row) => ({
      id: row.key as string,
      slug: row.slug as string,
      name: row.name as string,
      type: row.type as NonNullable<FacetsDto['entities']>['buckets'][number]['type'],
      count: row.count,
    }));
    buckets.sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
    result.entities = { buckets };
  }
  if (names.has('country')) {
    const buckets = of('country').map((row) => ({
      id: row.key as string,
      slug: row.slug as string,
      name: row.name as string,
      isoAlpha2: row.type,
      count: row.count,
    }));
    buckets.sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
    result.country = { buckets };
  }
  if (names.has('date')) {
    const dated = of('date').filter((row) => row.key !== null);
    const buckets = dated
      .map((row) => ({ start: row.key as string, count: row.count }))
      .sort((a, b) => a.start.localeCompare(b.start));
    result.date = { interval, buckets, undated: of('date').find((row) => row.key === null)?.count ?? 0 };
  }
  return result;
}

export type SearchService = ReturnType<typeof createSearchService>;
