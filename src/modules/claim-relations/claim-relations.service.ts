import type { Transactions } from '../../db/transaction.ts';
import type { ClaimRelationType } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, invalidField, missingReference, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { claimRelationLocation, toClaimRelationDto } from './claim-relations.mappers.ts';
import type { ClaimRelationRepository } from './claim-relations.repository.ts';
import {
  type ClaimRelationCreate,
  type ClaimRelationListFilters,
  type ClaimRelationUpdate,
  symmetricTypes,
} from './claim-relations.schemas.ts';

/** Who makes a relation through the API: the request's key and id. */
export type RecordedBy = { keyId: string | null; requestId: string | null };

type Deps = { transactions: Pick<Transactions, 'run'>; relations: ClaimRelationRepository };

/** The stored order of a pair: a symmetric type takes the smaller id first, a directed one keeps subject → object. */
export function canonicalPair(type: ClaimRelationType, subjectClaimId: string, objectClaimId: string) {
  return symmetricTypes.has(type) && objectClaimId < subjectClaimId
    ? { subjectClaimId: objectClaimId, objectClaimId: subjectClaimId }
    : { subjectClaimId, objectClaimId };
}

function alreadyRelated(type: ClaimRelationType, id: string): AppError {
  return new AppError('conflict', `These claims already have a ${type} relation: ${claimRelationLocation(id)}.`, {
    errors: [{ location: 'body', field: 'type', message: `the pair already has a ${type} relation` }],
    extensions: { location: claimRelationLocation(id) },
  });
}

export function createClaimRelationService(deps: Deps) {
  const { transactions, relations } = deps;

  async function get(id: string) {
    const row = await relations.findById(id);
    if (!row) throw notFound('claim relation', id);
    return row;
  }

  return {
    get: async (id: string) => toClaimRelationDto(await get(id)),

    /** GET /v1/claims/{id}/relations: either end; 404 for an unknown claim. */
    async listForClaim(claimId: string, filters: ClaimRelationListFilters) {
      if ((await relations.existingClaimIds([claimId])).size === 0) throw notFound('claim', claimId);
      const ordering = 'claim-relations:id';
      const cursor = decodeCursor(filters.cursor, ordering);
      const rows = await relations.listForClaim(
        claimId,
        { types: filters.type, statuses: filters.status },
        cursor?.id,
        filters.limit + 1,
      );
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: ordering, v: null, id: row.id }));
      return { ...page, items: page.items.map(toClaimRelationDto) };
    },

    async create(input: ClaimRelationCreate, by: RecordedBy) {
      if (input.subjectClaimId === input.objectClaimId)
        throw invalidField('body', 'objectClaimId', 'must name another claim than subjectClaimId');
      const found = await relations.existingClaimIds([input.subjectClaimId, input.objectClaimId]);
      for (const field of ['subjectClaimId', 'objectClaimId'] as const)
        if (!found.has(input[field])) throw missingReference(field, 'claim', input[field]);
      const pair = canonicalPair(input.type, input.subjectClaimId, input.objectClaimId);
      const existing = await relations.findByPair(input.type, pair.subjectClaimId, pair.objectClaimId);
      if (existing) throw alreadyRelated(input.type, existing.id);
      const row = await transactions.run((tx) =>
        relations.create(
          {
            type: input.type,
            ...pair,
            status: input.status,
            origin: 'api',
            evidence: (input.evidence ?? {}) as object,
            note: input.note ?? null,
            createdByKeyId: by.keyId,
            requestId: by.requestId,
          },
          tx,
        ),
      );
      return toClaimRelationDto(row);
    },

    async update(id: string, input: ClaimRelationUpdate, precondition?: Precondition) {
      const current = await get(id);
      const type = input.type ?? current.type;
      const pair = canonicalPair(type, current.subjectClaimId, current.objectClaimId);
      if (type !== current.type) {
        const existing = await relations.findByPair(type, pair.subjectClaimId, pair.objectClaimId);
        if (existing) throw alreadyRelated(type, existing.id);
      }
      const row = await writeIfCurrent(precondition, current.version, 'claim relation', (expected) =>
        transactions.run((tx) =>
          relations.update(
            id,
            expected,
            {
              type,
              ...pair,
              ...(input.status !== undefined ? { status: input.status } : {}),
              ...(input.note !== undefined ? { note: input.note } : {}),
            },
            tx,
          ),
        ),
      );
      return toClaimRelationDto(row);
    },

    async remove(id: string, precondition?: Precondition) {
      const current = await get(id);
      await writeIfCurrent(precondition, current.version, 'claim relation', (expected) =>
        transactions.run((tx) => relations.delete(id, expected, tx)),
      );
    },
  };
}

export type ClaimRelationService = ReturnType<typeof createClaimRelationService>;
