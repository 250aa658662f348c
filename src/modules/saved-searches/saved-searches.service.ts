import { z } from 'zod';
import type { TransactionClient, Transactions } from '../../db/transaction.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { ArticleScope } from '../search/search.repository.ts';
import { SearchQuery } from '../search/search.schemas.ts';
import type { SearchService } from '../search/search.service.ts';
import type {
  CompiledSavedSearch,
  MatchCandidate,
  SavedSearchRepository,
  SavedSearchRow,
} from './saved-searches.repository.ts';
import type { SavedSearchCreate, SavedSearchDto, SavedSearchQueryInput } from './saved-searches.schemas.ts';

export function toSavedSearchDto(row: SavedSearchRow): SavedSearchDto {
  return {
    id: row.id,
    name: row.name,
    query: row.query as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
  };
}

const matchesOrdering = (id: string) => `saved-search-matches:${id}`;

/** The columns matchBatch tests, from the scope the search module compiled (and the country codes as saved). */
export function compiledFrom(scope: ArticleScope, query: SavedSearchQueryInput): CompiledSavedSearch {
  const { filters } = scope;
  const tsquery = (text: string) => (text === '' ? null : text);
  return {
    textQuery: scope.query
      ? {
          english: tsquery(scope.query.tsqueries.english),
          spanish: tsquery(scope.query.tsqueries.spanish),
          simple: tsquery(scope.query.tsqueries.simple),
        }
      : null,
    allEntityIds: filters.allEntityIds,
    anyEntityIds: filters.anyEntityIdSets[0] ?? [],
    countryCodes: query.country?.length ? query.country : null,
    entityTypes: filters.entityTypes,
    sourceIds: filters.sourceIds,
    languages: filters.languages,
    publishedFrom: filters.publishedFrom ?? null,
    publishedTo: filters.publishedTo ?? null,
    publishedToInclusive: filters.publishedToInclusive,
    claimStatuses: filters.claimStatuses,
  };
}

/** Saved searches, owned by the API key that created them (other keys get 404). */
export function createSavedSearchService(deps: {
  transactions: Pick<Transactions, 'run'>;
  savedSearches: SavedSearchRepository;
  search: Pick<SearchService, 'articleScope' | 'search'>;
}) {
  const { transactions, savedSearches, search } = deps;

  async function owned(id: string, ownerKeyId: string) {
    const row = await savedSearches.findOwned(id, ownerKeyId);
    if (!row) throw notFound('saved search', id);
    return row;
  }

  /** The stored query as GET /v1/search's input: the same schema's defaults fill the rest. */
  const asSearchInput = (query: unknown, extra: Record<string, unknown>) =>
    SearchQuery.parse({ ...(query as Record<string, unknown>), ...extra });

  return {
    async create(input: SavedSearchCreate, ownerKeyId: string) {
      let scope: ArticleScope;
      try {
        // The query's syntax and every id or slug it names are checked now, as GET /v1/search checks them.
        scope = await search.articleScope(input.query);
      } catch (error) {
        if (error instanceof AppError && error.errors)
          throw new AppError(error.code, error.message, {
            errors: error.errors.map((field) => ({ ...field, location: 'body', field: `query.${field.field}` })),
          });
        throw error;
      }
      const query = JSON.parse(JSON.stringify(input.query)) as SavedSearchQueryInput;
      return toSavedSearchDto(
        await transactions.run(async (tx) => {
          const row = await savedSearches.create({ ownerKeyId, name: input.name, query }, tx);
          await savedSearches.storeCompiled(tx, row.id, compiledFrom(scope, input.query));
          return row;
        }),
      );
    },

    get: async (id: string, ownerKeyId: string) => toSavedSearchDto(await owned(id, ownerKeyId)),

    async list(ownerKeyId: string, filters: { limit: number; cursor?: string }) {
      const cursor = decodeCursor(filters.cursor, 'saved-searches:id');
      const rows = await savedSearches.listPage(ownerKeyId, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'saved-searches:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toSavedSearchDto) };
    },

    async remove(id: string, ownerKeyId: string) {
      const row = await owned(id, ownerKeyId);
      await transactions.run((tx) => savedSearches.remove(row.id, tx));
    },

    /** Runs the saved search now: its articles, as the articles section of GET /v1/search. */
    async results(id: string, ownerKeyId: string, page: { limit: number; cursor?: string; sort?: string }) {
      const row = await owned(id, ownerKeyId);
      const outcome = await search.search(
        asSearchInput(row.query, {
          types: ['articles'],
          limit: page.limit,
          ...(page.cursor ? { cursor: page.cursor } : {}),
          ...(page.sort ? { sort: page.sort } : {}),
        }),
      );
      return outcome.articles as NonNullable<typeof outcome.articles>;
    },

    /** Articles that started to match since the cursor, oldest match first; the last page's cursor resumes later. */
    async matches(id: string, ownerKeyId: string, page: { limit: number; cursor?: string }) {
      const row = await owned(id, ownerKeyId);
      // The position is the change feed revision that created the last article seen (a bigint, as digits).
      const cursor = decodeCursor(page.cursor, matchesOrdering(row.id), z.string().regex(/^\d{1,18}$/));
      const after = cursor ? { revisionId: BigInt(cursor.v as string), articleId: cursor.id } : undefined;
      const rows = await savedSearches.matchesPage(row.id, after, page.limit);
      const last = rows[rows.length - 1];
      const nextCursor = last
        ? encodeCursor({ o: matchesOrdering(row.id), v: String(last.revisionId), id: last.articleId })
        : (page.cursor ?? null);
      return {
        items: rows.map((match) => ({
          articleId: match.articleId,
          location: `/v1/articles/${match.articleId}`,
          matchedAt: match.matchedAt.toISOString(),
        })),
        nextCursor,
      };
    },

    /**
     * Tests new articles against every saved search in one statement (each search's query and filters were compiled
     * into columns when it was saved) and records the matches in the dispatcher's transaction, where watches of saved
     * searches then find them. Searches saved before compilation existed are compiled first, once.
     */
    async recordMatches(tx: TransactionClient, articles: MatchCandidate[]): Promise<number> {
      if (articles.length === 0) return 0;
      for (const saved of await savedSearches.listUncompiled()) {
        let compiled: CompiledSavedSearch;
        try {
          const query = asSearchInput(saved.query, {});
          compiled = compiledFrom(await search.articleScope(query), query);
        } catch (error) {
          // A search whose entity or source was deleted since it was saved matches nothing (422 when run).
          if (!(error instanceof AppError)) throw error;
          compiled = null;
        }
        await savedSearches.storeCompiled(tx, saved.id, compiled);
      }
      return savedSearches.matchBatch(tx, articles);
    },
  };
}

export type SavedSearchService = ReturnType<typeof createSavedSearchService>;
