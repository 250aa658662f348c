import type { Transactions } from '../../db/transaction.ts';
import { AppError, invalidField, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { canonicalArticleUrl } from '../ingest/dedup/canonical-url.ts';
import { claimReviewItems, jsonLdFieldName, readClaimReview } from './claim-reviews.jsonld.ts';
import { reviewLocation, toClaimReviewDto } from './claim-reviews.mappers.ts';
import type { ClaimReviewData, ClaimReviewRepository } from './claim-reviews.repository.ts';
import type { ClaimReviewCreate, ImportOutcome } from './claim-reviews.schemas.ts';

/** Who records a review: the request's key and id. */
export type RecordedBy = { keyId: string | null; requestId: string | null };

/**
 * How similar (pg_trgm, over the normalised texts) an imported `claimReviewed` must be to a stored claim to match it:
 * lower among the claims of the articles the review names as appearances, where a reworded claim is still the one
 * meant, than among all claims, where only a near-verbatim text is safe to take.
 */
export const matchThresholds = { appearance: 0.6, all: 0.8 } as const;
/** How many claims one imported review may match (the same text in an original and its republications). */
const maxMatches = 20;

/** What is wrong with a rating, per field (POST body names): it needs words or a value, and a value its scale. */
export function ratingErrors(rating: ClaimReviewCreate['rating']): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const { value, best, worst, alternateName } = rating;
  if (value === undefined && alternateName === undefined)
    errors.push({ field: 'rating', message: 'needs a value (with best and worst), an alternateName, or both' });
  if (value !== undefined && best === undefined)
    errors.push({ field: 'rating.best', message: 'is required with a value (the scale’s best rating)' });
  if (value !== undefined && worst === undefined)
    errors.push({ field: 'rating.worst', message: 'is required with a value (the scale’s worst rating)' });
  if ((best === undefined) !== (worst === undefined) && value === undefined)
    errors.push({
      field: best === undefined ? 'rating.best' : 'rating.worst',
      message: 'comes with the other end of the scale',
    });
  if (best !== undefined && worst !== undefined) {
    if (worst >= best) errors.push({ field: 'rating.worst', message: `must be less than best (${best})` });
    else if (value !== undefined && (value < worst || value > best))
      errors.push({ field: 'rating.value', message: `must lie on the scale, between ${worst} and ${best}` });
  }
  return errors;
}

/** The day a review was published, as written (a date-time's own date, not the UTC one). */
const dayOf = (datePublished: string) => datePublished.slice(0, 10);

/** A review cannot be published after today anywhere on Earth (UTC+14 is the first to reach a day). */
export function futureDateError(datePublished: string, now = new Date()): { field: string; message: string } | null {
  const latest = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  return dayOf(datePublished) > latest
    ? { field: 'datePublished', message: `is in the future (after ${latest})` }
    : null;
}

type Reviewer = NonNullable<ClaimReviewCreate['reviewer']>;

function columns(
  claimId: string,
  input: ClaimReviewCreate & { reviewer: Reviewer },
  origin: ClaimReviewData['origin'],
  by: RecordedBy,
  reviewerIsKey = false,
): ClaimReviewData {
  return {
    claimId,
    reviewerName: input.reviewer.name,
    reviewerUrl: input.reviewer.url ?? null,
    reviewerType: input.reviewer.type,
    reviewerIsKey,
    ratingValue: input.rating.value ?? null,
    ratingBest: input.rating.best ?? null,
    ratingWorst: input.rating.worst ?? null,
    ratingAlternateName: input.rating.alternateName ?? null,
    datePublished: new Date(`${dayOf(input.datePublished)}T00:00:00Z`),
    explanation: input.explanation ?? null,
    url: input.url,
    origin,
    createdByKeyId: by.keyId,
    requestId: by.requestId,
  };
}

function canonicalOrNull(url: string): string | null {
  try {
    return canonicalArticleUrl(url);
  } catch {
    return null;
  }
}

/** Reviews of claims (fact-checks): recorded one by one, or imported from ClaimReview JSON-LD. */
export function createClaimReviewService(deps: {
  transactions: Pick<Transactions, 'run'>;
  reviews: ClaimReviewRepository;
}) {
  const { transactions, reviews } = deps;

  async function claimOf(id: string) {
    const claim = await reviews.findClaim(id);
    if (!claim) throw notFound('claim', id);
    return claim;
  }

  /** Matches one imported review to stored claims: among its appearances' claims first, then among all claims. */
  async function match(claimReviewed: string, appearanceUrls: string[]) {
    const urls = appearanceUrls.map(canonicalOrNull).filter((url): url is string => url !== null);
    const articleIds = await reviews.findArticleIdsByUrls([...new Set(urls)]);
    const scoped =
      articleIds.length > 0
        ? await reviews.matchClaims(claimReviewed, articleIds, matchThresholds.appearance, maxMatches)
        : [];
    const scope = scoped.length > 0 ? ('appearance' as const) : ('all' as const);
    const rows =
      scoped.length > 0 ? scoped : await reviews.matchClaims(claimReviewed, null, matchThresholds.all, maxMatches);
    const best = rows[0];
    // Every exact match (one claim stated in an original and its republications), else the single most similar.
    const matched = best?.exact ? rows.filter((row) => row.exact) : best ? [best] : [];
    return {
      articleIds,
      claimIds: matched.map((row) => row.id),
      match: best
        ? { method: best.exact ? ('exact' as const) : ('similar' as const), similarity: best.similarity, scope }
        : null,
    };
  }

  return {
    async get(id: string) {
      const row = await reviews.findById(id);
      if (!row) throw notFound('claim review', id);
      return toClaimReviewDto(row);
    },

    async list(claimId: string, filters: { limit: number; cursor?: string }) {
      const cursor = decodeCursor(filters.cursor, 'claim-reviews:id');
      await claimOf(claimId);
      const rows = await reviews.listPage(claimId, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'claim-reviews:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toClaimReviewDto) };
    },

    async create(claimId: string, input: ClaimReviewCreate, by: RecordedBy) {
      const errors = ratingErrors(input.rating);
      if (errors.length > 0)
        throw new AppError('validation_failed', errors.map((error) => `${error.field} ${error.message}`).join('; '), {
          errors: errors.map((error) => ({ location: 'body' as const, ...error })),
        });
      const future = futureDateError(input.datePublished);
      if (future)
        throw new AppError('unprocessable', `${future.field} ${future.message}`, {
          errors: [{ location: 'body', ...future }],
        });
      await claimOf(claimId);
      const existing = await reviews.findByClaimAndUrl(claimId, input.url);
      if (existing)
        throw new AppError('conflict', `The claim already has a review with the url '${input.url}'.`, {
          extensions: { location: reviewLocation(existing.id) },
        });
      // No reviewer named: the key that records the review is its reviewer, under the key's name.
      const keyName = input.reviewer || by.keyId === null ? null : await reviews.findKeyName(by.keyId);
      const reviewer: Reviewer | undefined =
        input.reviewer ?? (keyName ? { name: keyName, type: 'Organization' } : undefined);
      if (!reviewer) throw invalidField('body', 'reviewer', 'is required when the request carries no API key');
      const data = columns(claimId, { ...input, reviewer }, 'submitted', by, input.reviewer === undefined);
      return toClaimReviewDto(await transactions.run((tx) => reviews.create(data, tx)));
    },

    /** Reads, matches and stores ClaimReview JSON-LD items; every item gets an outcome, and all new reviews commit together. */
    async importJsonLd(body: Record<string, unknown> | unknown[], by: RecordedBy) {
      const items = claimReviewItems(body);
      if (items.length > 100)
        throw new AppError('validation_failed', 'At most 100 ClaimReviews per request.', {
          errors: [{ location: 'body', field: '@graph', message: 'must hold at most 100 items' }],
        });
      const outcomes: ImportOutcome[] = [];
      const pending: { outcome: ImportOutcome; data: ClaimReviewData }[] = [];
      const planned = new Set<string>();
      for (const [index, item] of items.entries()) {
        const read = readClaimReview(item);
        if (!read.ok) {
          outcomes.push({
            index,
            outcome: 'invalid',
            url: read.url,
            claimReviewed: read.claimReviewed,
            match: null,
            articleIds: [],
            reviews: [],
            errors: read.errors,
          });
          continue;
        }
        const { claimReviewed, review, appearanceUrls } = read.value;
        const outcome: ImportOutcome = {
          index,
          outcome: 'invalid',
          url: review.url,
          claimReviewed,
          match: null,
          articleIds: [],
          reviews: [],
          errors: [...ratingErrors(review.rating), futureDateError(review.datePublished)]
            .filter((error) => error !== null)
            .map((error) => ({ ...error, field: jsonLdFieldName(error.field.split('.')) })),
        };
        outcomes.push(outcome);
        if (outcome.errors.length > 0) continue;
        const found = await match(claimReviewed, appearanceUrls);
        outcome.articleIds = found.articleIds;
        outcome.match = found.match;
        if (found.claimIds.length === 0) {
          outcome.outcome = 'unmatched';
          outcome.errors = [
            {
              field: 'claimReviewed',
              message:
                found.articleIds.length > 0
                  ? `matches no claim of the ${found.articleIds.length} article(s) at the appearance URLs, nor any stored claim closely enough`
                  : 'matches no stored claim closely enough (and no appearance URL names a stored article)',
            },
          ];
          continue;
        }
        outcome.outcome = 'already_imported';
        for (const claimId of found.claimIds) {
          const existing = await reviews.findByClaimAndUrl(claimId, review.url);
          if (existing) {
            outcome.reviews.push({ id: existing.id, claimId, created: false });
          } else if (!planned.has(`${claimId} ${review.url}`)) {
            planned.add(`${claimId} ${review.url}`);
            outcome.outcome = 'imported';
            pending.push({ outcome, data: columns(claimId, review, 'imported', by) });
          }
        }
      }
      if (pending.length > 0)
        await transactions.run(async (tx) => {
          for (const { outcome, data } of pending) {
            const row = await reviews.create(data, tx);
            outcome.reviews.push({ id: row.id, claimId: row.claimId, created: true });
          }
        });
      const count = (name: ImportOutcome['outcome']) => outcomes.filter((outcome) => outcome.outcome === name).length;
      return {
        summary: {
          imported: count('imported'),
          alreadyImported: count('already_imported'),
          unmatched: count('unmatched'),
          invalid: count('invalid'),
        },
        items: outcomes,
      };
    },
  };
}

export type ClaimReviewService = ReturnType<typeof createClaimReviewService>;
