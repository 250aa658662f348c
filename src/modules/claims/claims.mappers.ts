// Claim rows as the API's DTOs: a pure function, no I/O, shared by every module that answers with claims.
import type { ClaimRow } from './claims.repository.ts';
import type { ClaimDto } from './claims.schemas.ts';

export function toClaimDto(claim: ClaimRow): ClaimDto {
  const claimant = claim.claimantEntity
    ? { type: 'entity' as const, id: claim.claimantEntity.id, name: claim.claimantEntity.name }
    : { type: 'source' as const, id: claim.claimantSource?.id ?? '', name: claim.claimantSource?.name ?? '' };
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    quote: claim.quote,
    claimant,
    subjects: claim.subjects.map((subject) => subject.entity),
    kind: claim.kind,
    value: claim.value,
    unit: claim.unit,
    bound: claim.bound,
    modality: claim.modality,
    evidence: { start: claim.evidenceStart, end: claim.evidenceEnd },
    status: claim.status,
    method: claim.method,
    confidence: claim.confidence,
    reviewStatus: claim.reviewStatus,
    version: claim.version,
    ...(claim.article
      ? { article: { ...claim.article, publishedAt: claim.article.publishedAt?.toISOString() ?? null } }
      : {}),
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}
