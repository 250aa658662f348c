import type { Database } from '../../db/client.ts';
import type { BatchClient } from '../../db/transaction.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Cursor } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

/** A stored article that mentions one of a new article's entities within its time window, and the story it is in. */
export type CandidateRow = { item: number; storyId: string; entityId: string; title: string };

export const storySelect = {
  id: true,
  title: true,
  representativeId: true,
  firstSeen: true,
  lastActivity: true,
  articleCount: true,
  independentSourceCount: true,
  languageCounts: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.StorySelect;
export type StoryRow = Prisma.StoryGetPayload<{ select: typeof storySelect }>;

const storyArticleSelect = {
  id: true,
  url: true,
  title: true,
  language: true,
  publishedAt: true,
  originalId: true,
  lineageKind: true,
  duplicateOfId: true,
  source: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.ArticleSelect;
export type StoryArticleRow = Prisma.ArticleGetPayload<{ select: typeof storyArticleSelect }>;

export type StoryListWhere = {
  since?: Date;
  until?: Date;
  entityId?: string;
  /** ISO 3166-1 alpha-2 codes: stories with an article about one of these countries (named or inferred). */
  country?: string[];
  language?: string;
  minArticles?: number;
};

function storyWhere(filters: StoryListWhere): Prisma.StoryWhereInput {
  const country = filters.country?.length
    ? { type: 'country' as const, isoAlpha2: { in: filters.country } }
    : undefined;
  const articleConditions: Prisma.ArticleWhereInput[] = [
    ...(filters.entityId
      ? [{ mentions: { some: { entityId: filters.entityId, status: { not: 'rejected' as const } } } }]
      : []),
    ...(country
      ? [
          {
            OR: [
              { mentions: { some: { status: { not: 'rejected' as const }, entity: country } } },
              { inferredEntities: { some: { entity: country } } },
            ],
          },
        ]
      : []),
  ];
  return {
    ...(filters.since || filters.until
      ? {
          lastActivity: {
            ...(filters.since ? { gte: filters.since } : {}),
            ...(filters.until ? { lte: filters.until } : {}),
          },
        }
      : {}),
    ...(filters.minArticles ? { articleCount: { gte: filters.minArticles } } : {}),
    ...(filters.language ? { languageCounts: { path: [filters.language], gt: 0 } } : {}),
    ...(articleConditions.length > 0 ? { articles: { some: { AND: articleConditions } } } : {}),
  };
}

/** Stories: the assignment's lookups at ingest (on the ingest batch's `pg` connection) and the API's reads and writes. */
export function createStoryRepository(db: Database) {
  return {
    // --- assignment at ingest: one statement each per batch ---------------------------------------------------
    /**
     * In one statement: the story of each of these stored articles (the new articles' originals); how many articles
     * mention each entity (the diagonal of entity_cooccurrences: one index probe each); and N, the number of articles
     * (the planner's estimate once the table is large, as the related articles take it).
     */
    lookup: async (
      client: BatchClient,
      articleIds: string[],
      entityIds: string[],
    ): Promise<{ originals: Map<string, string>; total: number; frequencies: Map<string, number> }> => {
      const { rows } = await client.query<{
        kind: 'total' | 'original' | 'entity';
        key: string | null;
        value: string | null;
      }>(
        `SELECT 'total' AS kind, NULL::uuid AS key,
                (SELECT CASE WHEN c.reltuples >= 50000 THEN c.reltuples::float8 ELSE (SELECT count(*) FROM articles)::float8 END
                 FROM pg_class c WHERE c.oid = 'articles'::regclass)::text AS value
         UNION ALL
         SELECT 'original', a.id, a.story_id::text FROM articles a WHERE a.id = ANY($1::uuid[])
         UNION ALL
         SELECT 'entity', d.entity_id, d.articles::text FROM entity_cooccurrences d
         WHERE d.entity_id = ANY($2::uuid[]) AND d.other_id = d.entity_id`,
        [articleIds, entityIds],
      );
      const originals = new Map<string, string>();
      const frequencies = new Map<string, number>();
      let total = 0;
      for (const row of rows) {
        if (row.kind === 'total') total = Number(row.value);
        else if (row.kind === 'original' && row.value !== null) originals.set(row.key!, row.value);
        else if (row.kind === 'entity') frequencies.set(row.key!, Number(row.value));
      }
      return { originals, total, frequencies };
    },

    /**
     * For each (item, entity) pair, the stories of the stored articles that mention the entity and were published
     * within [from, to]: mentions by entity (index mentions(entity_id, article_id)), then each article by id.
     * Callers ask only for rare entities, so the rows read stay bounded (see stories.assignment.ts). With each story's
     * title, for the term overlap.
     */
    candidates: async (
      client: BatchClient,
      items: number[],
      entityIds: string[],
      from: Date[],
      to: Date[],
    ): Promise<CandidateRow[]> => {
      if (items.length === 0) return [];
      const { rows } = await client.query<CandidateRow>(candidateSql, [items, entityIds, from, to]);
      return rows;
    },

    /**
     * Records the first revision of every story this transaction created, in one statement (the commit-time trigger
     * would take one call per story); returns how many (migration 20261207120000_story_ingest_batch).
     */
    flushCreatedRevisions: async (client: BatchClient): Promise<number> => {
      const { rows } = await client.query<{ recorded: number }>('SELECT meridian_story_revision_flush() AS recorded');
      return rows[0]?.recorded ?? 0;
    },

    // --- the API -----------------------------------------------------------------------------------------------
    findById: (id: string, tx: Client = db) => tx.story.findUnique({ where: { id }, select: storySelect }),

    /** Newest activity first, keyset on (last_activity, id). */
    listPage: (filters: StoryListWhere, cursor: Cursor | undefined, take: number) =>
      db.story.findMany({
        where: {
          AND: [
            storyWhere(filters),
            ...(cursor
              ? [
                  {
                    OR: [
                      { lastActivity: { lt: new Date(cursor.v as string) } },
                      { lastActivity: new Date(cursor.v as string), id: { lt: cursor.id } },
                    ],
                  },
                ]
              : []),
          ],
        },
        orderBy: [{ lastActivity: 'desc' }, { id: 'desc' }],
        take,
        select: storySelect,
      }),

    /** A story's articles, oldest publication first (then by id), keyset on id within the story. */
    articlesPage: (storyId: string, afterId: string | undefined, take: number, tx: Client = db) =>
      tx.article.findMany({
        where: { storyId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        take,
        select: storyArticleSelect,
      }),

    /** Which of these articles are in the story. */
    inStory: async (storyId: string, ids: string[], tx: Client = db) =>
      new Set(
        ids.length === 0
          ? []
          : (await tx.article.findMany({ where: { storyId, id: { in: ids } }, select: { id: true } })).map(
              (row) => row.id,
            ),
      ),

    /** Locks the stories (in id order, so two merges cannot deadlock) and returns the ones that exist. */
    lockStories: async (ids: string[], tx: Prisma.TransactionClient) => {
      const sorted = [...new Set(ids)].sort();
      const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
        SELECT id, version FROM stories WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`;
      return new Map(rows.map((row) => [row.id, row.version]));
    },

    /** The stories of these articles (article id → story id); missing articles are left out. */
    articleStories: async (ids: string[], tx: Prisma.TransactionClient) =>
      new Map(
        (await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true, storyId: true } })).map((row) => [
          row.id,
          row.storyId,
        ]),
      ),

    /** Moves every article of `from` into `into` (the triggers recompute both and delete the emptied stories). */
    // The article's representation names its story: a move is a new version of the article (its ETag changes).
    /**
     * Moves the articles of `from` into `into`. Redirects are written first (earlier ones that pointed at a merged
     * story follow it), so the revision trigger records each merged story, removed with its last article, as `merged`.
     */
    moveStories: async (from: string[], into: string, tx: Prisma.TransactionClient) => {
      await tx.storyRedirect.updateMany({ where: { targetId: { in: from } }, data: { targetId: into } });
      await tx.storyRedirect.createMany({ data: from.map((id) => ({ id, targetId: into })), skipDuplicates: true });
      return tx.article.updateMany({
        where: { storyId: { in: from } },
        data: { storyId: into, version: { increment: 1 } },
      });
    },

    moveArticles: (articleIds: string[], into: string, tx: Prisma.TransactionClient) =>
      tx.article.updateMany({ where: { id: { in: articleIds } }, data: { storyId: into, version: { increment: 1 } } }),

    createEmpty: (id: string, tx: Prisma.TransactionClient) => tx.story.create({ data: { id }, select: { id: true } }),
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;

// Each distinct seed entity's mentions are read once per batch (`hits`), over the union of the windows of the lines
// that seed it, and the per-line windows are applied to those rows in memory (a hash join): lines of one batch share
// many seeds, and probing per (line, entity) pair read the same mentions and articles again for every line (2.3 s
// against 65 ms for 250 articles of the bench import with all their entities as seeds; bench/ingest-results.md,
// 2026-12-07).
// Every probe step is a LATERAL … OFFSET 0 (kept as a nested loop, not flattened into a join): index probes bounded by
// the seeds' mentions, whatever the statistics say (at 10k articles the planner hashed a scan of all articles instead).
// DISTINCT: an article mentions an entity many times; a story has many articles mentioning it.
export const candidateSql = `
  WITH q AS (
    SELECT * FROM unnest($1::int[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS q(item, entity_id, from_time, to_time)
  ),
  seeds AS (SELECT q.entity_id, min(q.from_time) AS from_time, max(q.to_time) AS to_time FROM q GROUP BY q.entity_id),
  hits AS MATERIALIZED (
    SELECT DISTINCT e.entity_id, a.story_id, a.seen
    FROM seeds e
    CROSS JOIN LATERAL (
      SELECT m.article_id FROM mentions m WHERE m.entity_id = e.entity_id AND m.status <> 'rejected' OFFSET 0
    ) m
    CROSS JOIN LATERAL (
      SELECT a.story_id, coalesce(a.published_at, a.ingested_at) AS seen FROM articles a
      WHERE a.id = m.article_id AND a.story_id IS NOT NULL
        AND coalesce(a.published_at, a.ingested_at) BETWEEN e.from_time AND e.to_time
      OFFSET 0
    ) a
  ),
  c AS (
    SELECT DISTINCT q.item, h.story_id, q.entity_id
    FROM q JOIN hits h ON h.entity_id = q.entity_id AND h.seen BETWEEN q.from_time AND q.to_time
  )
  SELECT c.item, c.story_id AS "storyId", c.entity_id AS "entityId", s.title
  FROM c CROSS JOIN LATERAL (SELECT s.title FROM stories s WHERE s.id = c.story_id OFFSET 0) s`;
