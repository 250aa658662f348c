import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { ClaimReviewOrigin, ReviewerType } from '../../generated/prisma/enums.ts';

type Client = Database | Prisma.TransactionClient;

/** A review with the public prefix of the key that recorded it. */
const withKey = { createdByKey: { select: { prefix: true } } } as const;

export type ClaimReviewRow = Prisma.ClaimReviewGetPayload<{ include: typeof withKey }>;

export type ClaimReviewData = {
  claimId: string;
  reviewerName: string;
  reviewerUrl: string | null;
  reviewerType: ReviewerType;
  reviewerIsKey: boolean;
  ratingValue: number | null;
  ratingBest: number | null;
  ratingWorst: number | null;
  ratingAlternateName: string | null;
  datePublished: Date;
  explanation: string | null;
  url: string;
  origin: ClaimReviewOrigin;
  createdByKeyId: string | null;
  requestId: string | null;
};

export type ClaimMatchRow = { id: string; similarity: number; exact: boolean };

export function createClaimReviewRepository(db: Database) {
  return {
    findClaim: (id: string, client: Client = db) =>
      client.claim.findUnique({ where: { id }, select: { id: true, text: true, articleId: true } }),

    /** The name of an API key (the reviewer when a review names none). */
    findKeyName: async (id: string) =>
      (await db.apiKey.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,

    findById: (id: string, client: Client = db) => client.claimReview.findUnique({ where: { id }, include: withKey }),

    findByClaimAndUrl: (claimId: string, url: string, client: Client = db) =>
      client.claimReview.findUnique({ where: { claimId_url: { claimId, url } } }),

    /** A claim's reviews by id (oldest first), after the cursor's id. */
    listPage: (claimId: string, afterId: string | undefined, take: number) =>
      db.claimReview.findMany({
        where: { claimId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        include: withKey,
        take,
      }),

    /** Every review of a claim, newest publication first (its JSON-LD carries them all), at most `take`. */
    listForClaim: (claimId: string, take: number) =>
      db.claimReview.findMany({
        where: { claimId },
        orderBy: [{ datePublished: 'desc' }, { id: 'asc' }],
        include: withKey,
        take,
      }),

    create: (data: ClaimReviewData, client: Client) => client.claimReview.create({ data, include: withKey }),

    /** The stored articles at these (canonical) URLs. */
    findArticleIdsByUrls: async (urls: string[]) =>
      urls.length === 0
        ? []
        : (
            await db.article.findMany({ where: { url: { in: urls } }, select: { id: true }, orderBy: { id: 'asc' } })
          ).map((row) => row.id),

    /**
     * Claims whose text matches `text`: equal once normalised (meridian_claim_match_text: case, accents, punctuation
     * and spacing aside), or with a pg_trgm similarity of the normalised texts of at least `threshold`; best first,
     * `take` at most. With `articleIds`, only the claims of those articles and of the articles one lineage link away
     * (their originals and derivatives: a republication states the same claim); without, all claims, through the
     * trigram index on the normalised text (its `%` finds the candidates, similarity ≥ 0.3, before the threshold).
     */
    matchClaims: (text: string, articleIds: string[] | null, threshold: number, take: number) => {
      const scope =
        articleIds === null
          ? Prisma.sql`meridian_claim_match_text(c.text) % t.norm`
          : Prisma.sql`c.article_id IN (
              SELECT a.id FROM articles a
              WHERE a.id = ANY(${articleIds}::uuid[]) OR a.original_id = ANY(${articleIds}::uuid[])
                 OR a.id IN (SELECT o.original_id FROM articles o WHERE o.id = ANY(${articleIds}::uuid[])))`;
      return db.$queryRaw<ClaimMatchRow[]>(Prisma.sql`
        WITH t AS (SELECT meridian_claim_match_text(${text}::text) AS norm)
        SELECT m.id, m.similarity, m.exact FROM (
          SELECT c.id::text AS id, similarity(meridian_claim_match_text(c.text), t.norm)::float8 AS similarity,
                 meridian_claim_match_text(c.text) = t.norm AS exact
          FROM claims c, t
          WHERE t.norm <> '' AND ${scope}
        ) m
        WHERE m.exact OR m.similarity >= ${threshold}
        ORDER BY m.exact DESC, m.similarity DESC, m.id
        LIMIT ${take}`);
    },
  };
}

export type ClaimReviewRepository = ReturnType<typeof createClaimReviewRepository>;
