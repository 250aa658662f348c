import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

export type SavedSearchRow = Prisma.SavedSearchGetPayload<object>;
export type SavedSearchMatchRow = { articleId: string; revisionId: bigint; matchedAt: Date };
/** A new article of the change feed to test against every saved search. */
export type MatchCandidate = { articleId: string; revisionId: bigint; matchedAt: Date };

/**
 * A saved search's query and filters as matchBatch tests them: the search module's compiled tsquery per text search
 * configuration (null: no article indexed with it can match) and its resolved filters. `null`: the search names an
 * entity or source that no longer exists and matches nothing.
 */
export type CompiledSavedSearch = {
  textQuery: { english: string | null; spanish: string | null; simple: string | null } | null;
  allEntityIds: string[];
  anyEntityIds: string[];
  /** Null: no country filter. */
  countryCodes: string[] | null;
  entityTypes: string[];
  sourceIds: string[];
  languages: string[];
  publishedFrom: Date | null;
  publishedTo: Date | null;
  publishedToInclusive: boolean;
  claimStatuses: string[];
} | null;

const configOf = (name: string) => Prisma.raw(`'pg_catalog.${name}'::regconfig`);

export function createSavedSearchRepository(db: Database) {
  return {
    create: (data: { ownerKeyId: string; name: string; query: Prisma.InputJsonValue }, tx: Tx) =>
      tx.savedSearch.create({ data }),
    findOwned: (id: string, ownerKeyId: string) => db.savedSearch.findFirst({ where: { id, ownerKeyId } }),
    listPage: (ownerKeyId: string, afterId: string | undefined, take: number) =>
      db.savedSearch.findMany({
        where: { ownerKeyId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        take,
      }),
    remove: (id: string, tx: Tx) => tx.savedSearch.delete({ where: { id } }),

    /** Saved searches whose compiled form is missing (saved before it existed): the dispatcher compiles them first. */
    listUncompiled: () =>
      db.$queryRaw<
        { id: string; query: unknown }[]
      >`SELECT id::text, query FROM saved_searches WHERE compiled_at IS NULL`,

    storeCompiled: (tx: Tx, id: string, compiled: CompiledSavedSearch) => {
      if (compiled === null)
        return tx.$executeRaw`UPDATE saved_searches SET matches_nothing = true, compiled_at = now() WHERE id = ${id}::uuid`;
      const text = compiled.textQuery;
      return tx.$executeRaw`
        UPDATE saved_searches SET compiled_at = now(), matches_nothing = false, has_text_query = ${text !== null},
          tsquery_english = ${text?.english ?? null}::tsquery, tsquery_spanish = ${text?.spanish ?? null}::tsquery,
          tsquery_simple = ${text?.simple ?? null}::tsquery,
          all_entity_ids = ${compiled.allEntityIds}::uuid[], any_entity_ids = ${compiled.anyEntityIds}::uuid[],
          country_codes = ${compiled.countryCodes}::text[], entity_types = ${compiled.entityTypes}::entity_type[],
          source_ids = ${compiled.sourceIds}::uuid[], languages = ${compiled.languages}::text[],
          published_from = ${compiled.publishedFrom}, published_to = ${compiled.publishedTo},
          published_to_inclusive = ${compiled.publishedToInclusive},
          claim_statuses = ${compiled.claimStatuses}::claim_status[]
        WHERE id = ${id}::uuid`;
    },

    /**
     * Tests the articles against every saved search in ONE statement and records the matches: each article's facts
     * (vector, text search configuration, source, language, date, mentioned entities and their types, countries
     * mentioned or inferred, claim statuses) are gathered once, then joined with the saved searches' compiled columns.
     * The cost is (articles × saved searches) tests of in-memory values, never a search over the store. The
     * conditions are those of the search module's articleConditions and matchArms (search.repository.ts).
     */
    matchBatch: async (tx: Tx, articles: MatchCandidate[]) => {
      if (articles.length === 0) return 0;
      // No saved search to match: skip reading the batch's mentions, entities and claims (an import with no saved
      // searches spent ~5 % of its statement time here).
      const [any] = await tx.$queryRaw<{ exists: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM saved_searches WHERE compiled_at IS NOT NULL AND NOT matches_nothing) AS exists`;
      if (!any?.exists) return 0;
      const [row] = await tx.$queryRaw<{ matched: bigint }[]>`
        WITH batch AS MATERIALIZED (
          SELECT a.id, b.revision_id, b.matched_at, a.search, public.meridian_search_config(a.language) AS config,
                 a.language, a.source_id, a.published_at,
                 coalesce((SELECT array_agg(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id), '{}') AS entity_ids,
                 coalesce((SELECT array_agg(DISTINCT e.type) FROM mentions m JOIN entities e ON e.id = m.entity_id
                           WHERE m.article_id = a.id), '{}') AS entity_types,
                 coalesce((SELECT array_agg(DISTINCT e.iso_alpha2::text) FROM entities e
                           WHERE e.type = 'country' AND e.iso_alpha2 IS NOT NULL
                             AND (e.id IN (SELECT m.entity_id FROM mentions m WHERE m.article_id = a.id)
                                  OR e.id IN (SELECT i.entity_id FROM article_inferred_entities i WHERE i.article_id = a.id))),
                          '{}') AS country_codes,
                 coalesce((SELECT array_agg(DISTINCT c.status) FROM claims c WHERE c.article_id = a.id), '{}') AS claim_statuses
          FROM unnest(${articles.map((a) => a.articleId)}::text[]::uuid[],
                      ${articles.map((a) => String(a.revisionId))}::text[]::bigint[],
                      ${articles.map((a) => a.matchedAt.toISOString())}::text[]::timestamptz[]) AS b(article_id, revision_id, matched_at)
          JOIN articles a ON a.id = b.article_id
        ),
        inserted AS (
          INSERT INTO saved_search_matches (saved_search_id, article_id, revision_id, matched_at)
          SELECT s.id, b.id, b.revision_id, b.matched_at
          FROM batch b JOIN saved_searches s ON s.compiled_at IS NOT NULL AND NOT s.matches_nothing
            -- What was recorded before the search was saved is not a new match (as a webhook is served only the
            -- changes after its creation): the dispatcher may read such changes when it last stepped over the feed.
            AND b.matched_at >= s.created_at
          WHERE (NOT s.has_text_query OR b.search @@ CASE b.config
                   WHEN ${configOf('english')} THEN s.tsquery_english
                   WHEN ${configOf('spanish')} THEN s.tsquery_spanish
                   ELSE s.tsquery_simple END)
            AND (cardinality(s.source_ids) = 0 OR b.source_id = ANY(s.source_ids))
            AND (cardinality(s.languages) = 0 OR b.language = ANY(s.languages))
            AND (s.published_from IS NULL OR b.published_at >= s.published_from)
            AND (s.published_to IS NULL OR b.published_at < s.published_to
                 OR (s.published_to_inclusive AND b.published_at = s.published_to))
            AND s.all_entity_ids <@ b.entity_ids
            AND (cardinality(s.any_entity_ids) = 0 OR s.any_entity_ids && b.entity_ids)
            AND (s.country_codes IS NULL OR s.country_codes && b.country_codes)
            AND (cardinality(s.entity_types) = 0 OR s.entity_types && b.entity_types)
            AND (cardinality(s.claim_statuses) = 0 OR s.claim_statuses && b.claim_statuses)
          ON CONFLICT DO NOTHING
          RETURNING 1
        )
        SELECT count(*) AS matched FROM inserted`;
      return Number(row?.matched ?? 0);
    },

    /** Matches in the order they were dispatched (the feed order of the articles' creation), after a position. */
    matchesPage: (savedSearchId: string, after: { revisionId: bigint; articleId: string } | undefined, take: number) =>
      db.savedSearchMatch.findMany({
        where: {
          savedSearchId,
          ...(after
            ? {
                OR: [
                  { revisionId: { gt: after.revisionId } },
                  { revisionId: after.revisionId, articleId: { gt: after.articleId } },
                ],
              }
            : {}),
        },
        orderBy: [{ revisionId: 'asc' }, { articleId: 'asc' }],
        take,
        select: { articleId: true, revisionId: true, matchedAt: true },
      }),
  };
}

export type SavedSearchRepository = ReturnType<typeof createSavedSearchRepository>;
