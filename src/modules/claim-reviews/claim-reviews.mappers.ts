import type { ClaimReviewRow } from './claim-reviews.repository.ts';
import type { ClaimReviewDto } from './claim-reviews.schemas.ts';

export const reviewLocation = (id: string) => `/v1/claim-reviews/${id}`;

export function toClaimReviewDto(row: ClaimReviewRow): ClaimReviewDto {
  return {
    id: row.id,
    claimId: row.claimId,
    reviewer: { name: row.reviewerName, url: row.reviewerUrl, type: row.reviewerType, isKey: row.reviewerIsKey },
    rating: {
      value: row.ratingValue,
      best: row.ratingBest,
      worst: row.ratingWorst,
      alternateName: row.ratingAlternateName,
    },
    datePublished: row.datePublished.toISOString().slice(0, 10),
    explanation: row.explanation,
    url: row.url,
    origin: row.origin,
    createdBy: { keyPrefix: row.createdByKey?.prefix ?? null, requestId: row.requestId },
    createdAt: row.createdAt.toISOString(),
  };
}
