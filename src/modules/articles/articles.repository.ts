import type { Database, SqlPool } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType, MentionField } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter, keysetOrder, type SortDirection } from '../../lib/pagination.ts';
import { claimInclude } from '../claims/claims.repository.ts';
import type { ArticleIncludes } from './articles.schemas.ts';

type Client = Database | Prisma.TransactionClient;

const everyRelation = {
  source: true,
  original: { select: { id: true, url: true, title: true, language: true, publishedAt: true, sourceId: true } },
  mentions: {
    include: { entity: { select: { id: true, type: true, name: true, slug: true } } },
    orderBy: [{ field: 'asc' }, { start: 'asc' }, { end: 'asc' }],
  },
  claims: { include: claimInclude(false), orderBy: [{ evidenceStart: 'asc' }, { id: 'asc' }] },
  story: {
    select: {
      id: true,
      title: true,
      articleCount: true,
      independentSourceCount: true,
      firstSeen: true,
      lastActivity: true,
    },
  },
} satisfies Prisma.ArticleInclude;

type Relation = keyof typeof everyRelation;
type FullArticleRow = Prisma.ArticleGetPayload<{ include: typeof everyRelation }>;

/** One country of an article: how often the article names it, and the places it names in it. */
export type ArticleCountryRow = {
  articleId: string;
  id: string;
  type: EntityType;
  name: string;
  slug: string;
  isoAlpha2: string | null;
  mentions: number;
  confidence: number | null;
  demonymOnly: boolean;
  via: { id: string; type: EntityType; name: string; slug: string }[];
};

/** An article with whichever relations were asked for. */
export type ArticleRow = Omit<FullArticleRow, Relation> &
  Partial<Pick<FullArticleRow, Relation>> & { countries?: ArticleCountryRow[] };

/** Embedded relations are fetched by Prisma in one extra query each per page, never one per row. */
export function articleInclude(include: ArticleIncludes | undefined): Prisma.ArticleInclude {
  return Object.fromEntries(Object.entries(everyRelation).filter(([name]) => include?.has(name as Relation)));
}

/**
 * Articles concerning one of these countries (ISO 3166-1 alpha-2): that mention the country, or one of whose
 * mentioned places lies in it (article_inferred_entities).
 */
export function inCountries(codes: string[]): Prisma.ArticleWhereInput {
  const country = { type: 'country' as const, isoAlpha2: { in: codes } };
  return {
    OR: [
      { mentions: { some: { status: { not: 'rejected' }, entity: country } } },
      { inferredEntities: { some: { entity: country } } },
    ],
  };
}

export type ArticleOrdering = { field: 'publishedAt' | 'id'; direction: SortDirection };

/** The filters of the article lists. */
export type ArticleListWhere = {
  sourceId?: string;
  language?: string;
  /** A date alone means the whole day: `publishedTo=2023-06-30` includes articles published on June 30. */
  publishedFrom?: string;
  publishedTo?: string;
  entityId?: string;
  /** ISO 3166-1 alpha-2 codes: articles about one of these countries (inCountries). */
  country?: string[];
};

function publishedRange(from: string | undefined, to: string | undefined): Prisma.DateTimeNullableFilter | undefined {
  if (!from && !to) return undefined;
  const endOfDay = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(from ? { gte: new Date(from.length === 10 ? `${from}T00:00:00Z` : from) } : {}),
    ...(to ? (to.length === 10 ? { lt: endOfDay(to) } : { lte: new Date(to) }) : {}),
  };
}

function articleWhere(filters: ArticleListWhere): Prisma.ArticleWhereInput {
  return {
    sourceId: filters.sourceId,
    language: filters.language,
    publishedAt: publishedRange(filters.publishedFrom, filters.publishedTo),
    ...(filters.entityId ? { mentions: { some: { entityId: filters.entityId } } } : {}),
    ...(filters.country?.length ? inCountries(filters.country) : {}),
  };
}

/**
 * Every scalar field of the Article model with its column. Typed as a complete record, so a field added to the
 * model fails the typecheck here until the plain read below selects it too.
 */
// Every column the API shows; `minhash` (the near-duplicate signature, read only by ingest) stays off the hot path.
const articleColumns: Record<Exclude<Prisma.ArticleScalarFieldEnum, 'minhash'>, string> = {
  id: 'id',
  url: 'url',
  title: 'title',
  dek: 'dek',
  byline: 'byline',
  body: 'body',
  language: 'language',
  publishedAt: 'published_at',
  modifiedAt: 'modified_at',
  dateline: 'dateline',
  datelinePlace: 'dateline_place',
  datelineDate: 'dateline_date',
  datelineAgency: 'dateline_agency',
  ingestedAt: 'ingested_at',
  sourceId: 'source_id',
  contentHash: 'content_hash',
  originalId: 'original_id',
  lineageKind: 'lineage_kind',
  lineageSimilarity: 'lineage_similarity',
  duplicateOfId: 'duplicate_of_id',
  storyId: 'story_id',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

/**
 * GET /v1/articles/{id} is the hottest read, and Prisma doubles its cost: per call, findUnique takes about 0.21 ms
 * of CPU, $queryRaw 0.31 ms and $queryRawTyped 0.33 ms where the same SELECT sent with pg takes 0.10 ms (Prisma
 * 7.10; bench/RESULTS.md). So the plain article (no include) is read with one parameterised statement on the pool
 * Prisma itself uses; pg returns the same values Prisma does (uuid and text as strings, timestamptz as Date).
 */
/** The article's columns as the model's field names (what toArticleDto reads), qualified with a table alias if given. */
export function articleSelectList(alias?: string): string {
  return Object.entries(articleColumns)
    .map(([field, column]) => {
      const qualified = `${alias ? `${alias}.` : ''}"${column}"`;
      // pg reads a DATE as local midnight: the day is read as its text instead (toArticleDto takes either).
      return `${dayColumns.has(field) ? `${qualified}::text` : qualified} AS "${field}"`;
    })
    .join(', ');
}
const dayColumns = new Set(['datelineDate']);

const selectArticleById = `SELECT ${articleSelectList()} FROM "articles" WHERE "id" = $1`;

export function createArticleRepository(db: Database, sql: SqlPool) {
  return {
    /** With relations, or inside a transaction, through Prisma; the plain article through `selectArticleById`. */
    findById: async (id: string, include?: ArticleIncludes, tx?: Client): Promise<ArticleRow | null> => {
      if (include || tx)
        return (await (tx ?? db).article.findUnique({
          where: { id },
          include: articleInclude(include),
        })) as unknown as ArticleRow | null;
      const { rows } = await sql.query<ArticleRow>(selectArticleById, [id]);
      return rows[0] ?? null;
    },
    findIdByUrl: (url: string, tx: Client = db) => tx.article.findUnique({ where: { url }, select: { id: true } }),
    exists: async (id: string, tx: Client = db) => (await tx.article.count({ where: { id } })) > 0,
    /** What points into the article's texts by offset: mentions per field, and claims (into the body). */
    countAnchors: async (id: string, tx: Client = db) => {
      const byField = await tx.mention.groupBy({ by: ['field'], where: { articleId: id }, _count: { _all: true } });
      const mentions = (field: MentionField) => byField.find((row) => row.field === field)?._count._all ?? 0;
      return {
        mentions: mentions('body'),
        titleMentions: mentions('title'),
        claims: await tx.claim.count({ where: { articleId: id } }),
      };
    },

    /**
     * A page in `ordering`. By publication time the order is "undated last" in both directions, which one walk of
     * the (published_at, id) index cannot give newest first (a backward scan yields NULLS FIRST): as one ORDER BY,
     * PostgreSQL sorted every matching article to return 21 of them (~120 ms of CPU at 100k, bench/search-speed.md).
     * So the dated part is read as an index walk, bounded below by the cursor, and the undated part (ordered by id)
     * only when the dated part falls short of the page.
     */
    listPage: async (
      filters: ArticleListWhere,
      ordering: ArticleOrdering,
      include: ArticleIncludes | undefined,
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) => {
      const page = (
        conditions: Prisma.ArticleWhereInput[],
        orderBy: Prisma.ArticleOrderByWithRelationInput[],
        count: number,
      ) =>
        tx.article.findMany({
          where: { AND: [articleWhere(filters), ...conditions] },
          orderBy,
          include: articleInclude(include),
          take: count,
        }) as unknown as Promise<ArticleRow[]>;
      const { field, direction } = ordering;
      if (field === 'id')
        return page(
          [keysetAfter('id', direction, cursor) ?? {}],
          keysetOrder('id', direction) as Prisma.ArticleOrderByWithRelationInput[],
          take,
        );
      const beyond = direction === 'asc' ? 'gt' : 'lt';
      const undated = (count: number, afterId?: string) =>
        page([{ publishedAt: null }, afterId ? { id: { [beyond]: afterId } } : {}], [{ id: direction }], count);
      if (cursor && cursor.v === null) return undated(take, cursor.id);
      const at = cursor ? new Date(String(cursor.v)) : undefined;
      // `publishedAt ≤ at` (≥ oldest first) repeats part of the keyset condition so that it bounds the index walk.
      const afterCursor: Prisma.ArticleWhereInput[] =
        cursor && at
          ? [
              { publishedAt: { [direction === 'asc' ? 'gte' : 'lte']: at } },
              { OR: [{ publishedAt: { [beyond]: at } }, { publishedAt: at, id: { [beyond]: cursor.id } }] },
            ]
          : [{ publishedAt: { not: null } }];
      const dated = await page(afterCursor, [{ publishedAt: direction }, { id: direction }], take);
      return dated.length < take ? [...dated, ...(await undated(take - dated.length))] : dated;
    },

    /**
     * The countries of these articles, each once per article: the ones they name (their mention count and best
     * confidence) and the ones their places lie in or they name only by a demonym (article_inferred_entities),
     * most named first.
     */
    countriesOf: async (articleIds: string[], tx: Client = db): Promise<ArticleCountryRow[]> => {
      if (articleIds.length === 0) return [];
      return tx.$queryRaw<ArticleCountryRow[]>`
        WITH named AS (
          SELECT m.article_id, m.entity_id, count(*)::int AS mentions, max(m.confidence) AS confidence
          FROM mentions m JOIN entities e ON e.id = m.entity_id
          WHERE m.article_id = ANY(${articleIds}::uuid[]) AND m.status <> 'rejected' AND e.type = 'country'
          GROUP BY m.article_id, m.entity_id
        ),
        inferred AS (
          SELECT i.article_id, i.entity_id, bool_or(i.rule = 'demonym') AS demonym,
                 coalesce(jsonb_agg(jsonb_build_object('id', v.id, 'type', v.type, 'name', v.name, 'slug', v.slug) ORDER BY v.name, v.id)
                          FILTER (WHERE i.rule = 'located_in'), '[]'::jsonb) AS via
          FROM article_inferred_entities i JOIN entities v ON v.id = i.evidence_id
          WHERE i.article_id = ANY(${articleIds}::uuid[])
          GROUP BY i.article_id, i.entity_id
        )
        SELECT coalesce(n.article_id, i.article_id)::text AS "articleId", c.id::text AS id, c.type, c.name, c.slug,
               c.iso_alpha2 AS "isoAlpha2", coalesce(n.mentions, 0) AS mentions, n.confidence,
               coalesce(i.demonym, false) AS "demonymOnly", coalesce(i.via, '[]'::jsonb) AS via
        FROM named n FULL JOIN inferred i ON i.article_id = n.article_id AND i.entity_id = n.entity_id
        JOIN entities c ON c.id = coalesce(n.entity_id, i.entity_id)
        ORDER BY 1, coalesce(n.mentions, 0) DESC, c.name, c.id`;
    },
    insertInferred: (rows: Prisma.ArticleInferredEntityCreateManyInput[], tx: Client = db) =>
      tx.articleInferredEntity.createMany({ data: rows, skipDuplicates: true }),

    create: (data: Prisma.ArticleUncheckedCreateInput, tx: Client = db) =>
      tx.article.create({ data }) as Promise<ArticleRow>,
    createMentions: (data: Prisma.MentionCreateManyInput[], tx: Client = db) => tx.mention.createMany({ data }),
    update: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.ArticleUncheckedUpdateInput,
      tx: Client = db,
    ) =>
      tx.article.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
      }) as Promise<ArticleRow>,
    /** Articles derived from this one keep their text but no longer point at it. */
    detachDerivatives: (id: string, tx: Client = db) =>
      tx.article.updateMany({ where: { originalId: id }, data: { originalId: null, lineageKind: null } }),
    delete: (id: string, expectedVersion: number | undefined, tx: Client = db) =>
      tx.article.delete({ where: versioned(id, expectedVersion) }),
  };
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
