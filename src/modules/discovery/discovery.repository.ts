import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';

type Client = Database | Prisma.TransactionClient;

export type TimelineInterval = 'day' | 'week' | 'month';

/** A half-open range of publication times, [from, to), both at midnight UTC (whole days); either end may be open. */
export type PublishedRange = { from?: Date; to?: Date };

export type TimelineRow = { start: string; mentions: number; articles: number };
export type CooccurrenceRow = { id: string; articles: number; mentions: number };
export type RelatedRow = {
  id: string;
  score: number;
  entityScore: number;
  titleSimilarity: number;
  shared: { id: string; weight: number }[] | null;
};

const steps: Record<TimelineInterval, string> = { day: '1 day', week: '1 week', month: '1 month' };

/** Related articles: how much entity overlap and title similarity count in the score (they sum to 1). */
export const relatedWeights = { entities: 0.8, title: 0.2 } as const;

/** Related articles: how many of the best by shared entities get their title compared too. */
export const relatedCandidateLimit = 200;

/**
 * Related articles: articles with a similar title but no shared seed entity are looked for among this many articles
 * published nearest in time to the article (half before, half after), so that part reads a fixed number of rows
 * whatever the size of the archive or the number of similar titles in it.
 */
export const relatedTitleWindow = 2_000;

/**
 * Related articles: candidates come from the article's rarest entities while their document frequencies add up to
 * at most this many articles, so finding them reads at most this many mention rows (see related).
 */
export const relatedSeedBudget = 5_000;

/**
 * N, the number of articles, for the related articles' weights: counted while the table is small; beyond
 * 50,000 rows (by the planner's statistics) the statistics answer, since counting a million rows takes
 * longer than the rest of the request and a weight ln(1 + N / df) barely moves with a few percent of N.
 */
const articleTotal = Prisma.sql`
  SELECT CASE WHEN c.reltuples >= 50000 THEN c.reltuples::float8 ELSE (SELECT count(*) FROM articles)::float8 END AS articles
  FROM pg_class c WHERE c.oid = 'articles'::regclass`;

/** `FROM` body: the entity's mentions (as `m`), joined to their articles only when a publication range applies. */
function mentionsOf(entityId: string, range: PublishedRange): Prisma.Sql {
  if (!range.from && !range.to) return Prisma.sql`mentions m WHERE m.entity_id = ${entityId}::uuid`;
  const conditions: Prisma.Sql[] = [Prisma.sql`m.entity_id = ${entityId}::uuid`];
  if (range.from) conditions.push(Prisma.sql`a.published_at >= ${range.from.toISOString()}::timestamptz`);
  if (range.to) conditions.push(Prisma.sql`a.published_at < ${range.to.toISOString()}::timestamptz`);
  return Prisma.sql`mentions m JOIN articles a ON a.id = m.article_id WHERE ${Prisma.join(conditions, ' AND ')}`;
}

const refSelect = { id: true, type: true, name: true, slug: true } as const;
const articleSummarySelect = {
  id: true,
  url: true,
  title: true,
  language: true,
  publishedAt: true,
  sourceId: true,
} as const;

export function createDiscoveryRepository(db: Database) {
  return {
    entityRefs: (ids: string[], tx: Client = db) =>
      tx.entity.findMany({ where: { id: { in: ids } }, select: refSelect }),
    articleSummary: (id: string, tx: Client = db) =>
      tx.article.findUnique({ where: { id }, select: articleSummarySelect }),
    articleSummaries: (ids: string[], tx: Client = db) =>
      tx.article.findMany({ where: { id: { in: ids } }, select: articleSummarySelect }),

    /**
     * The UTC day of the newest article that mentions the entity, as midnight UTC (null when none has a known date):
     * the last row of the entity's range in entity_mention_days, one index probe.
     */
    lastMentionedAt: async (entityId: string, tx: Client = db) => {
      const [row] = await tx.$queryRaw<{ day: Date | null }[]>`
        SELECT max(day)::timestamp AT TIME ZONE 'UTC' AS day FROM entity_mention_days WHERE entity_id = ${entityId}::uuid`;
      return row?.day ?? null;
    },

    /**
     * Mentions of the entity, and the distinct articles they are in, per UTC bucket of the articles' publication
     * time: one row per bucket from the bucket starting on `first` to the one starting on `last` (YYYY-MM-DD), zeros
     * where nothing was published. generate_series makes the buckets; the counts are the entity's rows of
     * entity_mention_days (one per UTC day with a mention, kept exact by triggers) summed per bucket — an article has
     * one publication day, so summed daily article counts are exact distinct counts. A year of days for the most
     * mentioned entity is 365 index entries, however many mentions it has.
     */
    timeline: (entityId: string, interval: TimelineInterval, first: string, last: string, tx: Client = db) => {
      const step = steps[interval];
      return tx.$queryRaw<TimelineRow[]>`
        WITH buckets AS (
          SELECT generate_series(${first}::timestamp, ${last}::timestamp, ${step}::interval) AS start
        ),
        counts AS (
          SELECT date_trunc(${interval}::text, d.day::timestamp) AS start, sum(d.mentions)::int AS mentions, sum(d.articles)::int AS articles
          FROM entity_mention_days d
          WHERE d.entity_id = ${entityId}::uuid
            AND d.day >= ${first}::date
            AND d.day < (${last}::timestamp + ${step}::interval)::date
          GROUP BY 1
        )
        SELECT to_char(b.start, 'YYYY-MM-DD') AS start, coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles
        FROM buckets b LEFT JOIN counts c ON c.start = b.start
        ORDER BY b.start`;
    },

    /**
     * How many articles mention the entity (within the publication range, whole UTC days). Without a range: the
     * diagonal row of entity_cooccurrences, one index lookup however common the entity is; with one: the sum of the
     * entity's days in entity_mention_days (at most one row per day of the range).
     */
    countArticlesMentioning: async (entityId: string, range: PublishedRange, tx: Client = db) => {
      const [row] =
        !range.from && !range.to
          ? await tx.$queryRaw<{ articles: number }[]>`
              SELECT articles FROM entity_cooccurrences WHERE entity_id = ${entityId}::uuid AND other_id = ${entityId}::uuid`
          : await tx.$queryRaw<{ articles: number }[]>`
              SELECT coalesce(sum(articles), 0)::int AS articles FROM entity_mention_days
              WHERE entity_id = ${entityId}::uuid
                ${range.from ? Prisma.sql`AND day >= (${range.from.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date` : Prisma.empty}
                ${range.to ? Prisma.sql`AND day < (${range.to.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date` : Prisma.empty}`;
      return row?.articles ?? 0;
    },

    /**
     * The entities mentioned most often in the same articles as this one: articles in common, then mentions in
     * those articles. Without a publication range: read from entity_cooccurrences, the pair counts the triggers on
     * `mentions` keep exact (one index range of at most one row per co-mentioned entity). With a range: walks
     * mentions(entity_id, article_id) for the entity's articles in the range, then each of those articles'
     * mentions; both aggregation levels hash (count(DISTINCT) would sort every pair).
     */
    cooccurrences: (
      entityId: string,
      range: PublishedRange,
      type: EntityType | undefined,
      limit: number,
      tx: Client = db,
    ) =>
      !range.from && !range.to
        ? tx.$queryRaw<CooccurrenceRow[]>`
            SELECT c.other_id AS id, c.articles, c.mentions
            FROM entity_cooccurrences c
            ${type ? Prisma.sql`JOIN entities e ON e.id = c.other_id AND e.type = ${type}::entity_type` : Prisma.empty}
            WHERE c.entity_id = ${entityId}::uuid AND c.other_id <> ${entityId}::uuid
            ORDER BY c.articles DESC, c.mentions DESC, c.other_id
            LIMIT ${limit}`
        : tx.$queryRaw<CooccurrenceRow[]>`
        WITH focal AS (
          SELECT DISTINCT m.article_id FROM ${mentionsOf(entityId, range)}
        ),
        pairs AS (
          SELECT m.entity_id, m.article_id, count(*) AS mentions
          FROM focal f JOIN mentions m ON m.article_id = f.article_id
          WHERE m.entity_id <> ${entityId}::uuid
          GROUP BY m.entity_id, m.article_id
        )
        SELECT p.entity_id AS id, count(*)::int AS articles, sum(p.mentions)::int AS mentions
        FROM pairs p
        ${type ? Prisma.sql`JOIN entities e ON e.id = p.entity_id AND e.type = ${type}::entity_type` : Prisma.empty}
        GROUP BY p.entity_id
        ORDER BY articles DESC, mentions DESC, p.entity_id
        LIMIT ${limit}`,

    /**
     * Articles related to one article, best first. Two signals:
     * - shared entities, each weighted by an inverse document frequency, ln(1 + N / df) with N the number of
     *   articles and df the number that mention the entity, so a rare entity (a port) counts for more than a
     *   ubiquitous one (a superpower). `entityScore` is the weight of the shared entities over the weight of all the
     *   article's entities (0–1);
     * - title similarity (pg_trgm `similarity`, 0–1).
     * score = 0.8 × entityScore + 0.2 × titleSimilarity, computed for the best `relatedCandidateLimit` articles by
     * the weight they share among the article's seed entities, plus the articles with a similar title (pg_trgm `%`,
     * similarity ≥ 0.3) among the `relatedTitleWindow` published nearest in time (dated by publication, an undated
     * article by its ingestion time): two walks of the (published_at, id) index. An article outside both sets shares
     * no seed entity and is either far in time or has a title similarity under 0.3.
     *
     * Bounded work whatever the entities (bench/search-speed.md): df is the diagonal row of entity_cooccurrences
     * (one index probe, where counting the United States' articles read 144k mentions at 100k); N is the planner's
     * count of articles once the table is large (see articleTotal); and candidates come from the seed entities — the
     * article's rarest, while their document frequencies add up to at most `relatedSeedBudget` (always at least
     * the rarest one) — so at most that many mention rows are read. A ubiquitous entity weighs little
     * (ln(1 + N / df) ≈ 1 against ≈ 8 for an entity in 20 articles of 100k); it still counts in every candidate's
     * exact entityScore, checked with one index probe per candidate and entity.
     */
    related: (articleId: string, title: string, limit: number, tx: Client = db) =>
      tx.$queryRaw<RelatedRow[]>`
        WITH total AS (${articleTotal}),
        own AS MATERIALIZED (
          SELECT s.entity_id, df.articles AS df, ln(1 + total.articles / df.articles) AS weight
          FROM (SELECT DISTINCT entity_id FROM mentions WHERE article_id = ${articleId}::uuid) s
          CROSS JOIN total
          JOIN entity_cooccurrences df ON df.entity_id = s.entity_id AND df.other_id = s.entity_id AND df.articles > 0
        ),
        seeds AS (
          SELECT entity_id, weight FROM (
            SELECT entity_id, weight, df, sum(df) OVER (ORDER BY df, entity_id) AS running FROM own
          ) ranked
          WHERE running - df < ${relatedSeedBudget}
        ),
        by_seeds AS (
          SELECT pairs.article_id, sum(s.weight) AS seed_weight
          FROM (
            SELECT DISTINCT m.article_id, m.entity_id
            FROM mentions m WHERE m.entity_id IN (SELECT entity_id FROM seeds) AND m.article_id <> ${articleId}::uuid
          ) pairs
          JOIN seeds s ON s.entity_id = pairs.entity_id
          GROUP BY pairs.article_id
        ),
        -- The centre as a scalar subquery (an InitPlan), so that both walks start at it in the index.
        near AS (
          (SELECT a.id, a.title FROM articles a
           WHERE a.published_at >= (SELECT coalesce(published_at, ingested_at) FROM articles WHERE id = ${articleId}::uuid)
           ORDER BY a.published_at, a.id LIMIT ${relatedTitleWindow / 2})
          UNION ALL
          (SELECT a.id, a.title FROM articles a
           WHERE a.published_at < (SELECT coalesce(published_at, ingested_at) FROM articles WHERE id = ${articleId}::uuid)
           ORDER BY a.published_at DESC, a.id DESC LIMIT ${relatedTitleWindow / 2})
        ),
        candidates AS (
          (SELECT article_id FROM by_seeds ORDER BY seed_weight DESC, article_id LIMIT ${relatedCandidateLimit})
          UNION
          SELECT near.id FROM near WHERE near.title % ${title} AND near.id <> ${articleId}::uuid
        ),
        -- MATERIALIZED: compute each title similarity once, not once per expression that uses it.
        scored AS MATERIALIZED (
          SELECT c.article_id AS id,
                 coalesce((SELECT sum(o.weight) FROM own o
                           WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.entity_id = o.entity_id)), 0)
                   / coalesce(nullif((SELECT sum(weight) FROM own), 0), 1) AS entity_score,
                 similarity(a.title, ${title}) AS title_similarity
          FROM candidates c JOIN articles a ON a.id = c.article_id
        ),
        top AS (
          SELECT id,
                 round((${relatedWeights.entities}::float8 * entity_score + ${relatedWeights.title}::float8 * title_similarity)::numeric, 4)::float8 AS score,
                 round(entity_score::numeric, 4)::float8 AS "entityScore",
                 round(title_similarity::numeric, 4)::float8 AS "titleSimilarity"
          FROM scored
          ORDER BY score DESC, id
          LIMIT ${limit}
        )
        SELECT top.*,
               (SELECT json_agg(json_build_object('id', o.entity_id, 'weight', round(o.weight::numeric, 4)) ORDER BY o.weight DESC, o.entity_id)
                FROM own o WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = top.id AND m.entity_id = o.entity_id)) AS shared
        FROM top
        ORDER BY score DESC, id`,
  };
}

export type DiscoveryRepository = ReturnType<typeof createDiscoveryRepository>;
