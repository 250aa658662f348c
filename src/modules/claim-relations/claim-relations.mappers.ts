// Claim relation rows as the API's DTOs: a pure function, no I/O.
import type { ClaimRelationRow } from './claim-relations.repository.ts';
import type { ClaimRelationDto } from './claim-relations.schemas.ts';

export const claimRelationLocation = (id: string) => `/v1/claim-relations/${id}`;

export function toClaimRelationDto(row: ClaimRelationRow): ClaimRelationDto {
  return {
    id: row.id,
    type: row.type,
    subject: row.subjectClaim,
    object: row.objectClaim,
    status: row.status,
    origin: row.origin,
    evidence: (row.evidence ?? {}) as Record<string, unknown>,
    note: row.note,
    createdBy: row.createdByKey ? { keyPrefix: row.createdByKey.prefix } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
