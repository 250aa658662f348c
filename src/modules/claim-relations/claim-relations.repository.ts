import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ClaimRelationType, ReviewStatus } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';

type Client = Database | Prisma.TransactionClient;

const claimSummary = { select: { id: true, articleId: true, text: true } } as const;
const withClaims = {
  subjectClaim: claimSummary,
  objectClaim: claimSummary,
  createdByKey: { select: { prefix: true } },
} as const;

export type ClaimRelationRow = Prisma.ClaimRelationGetPayload<{ include: typeof withClaims }>;

export type ClaimRelationFilter = { types?: ClaimRelationType[]; statuses?: ReviewStatus[] };

export function createClaimRelationRepository(db: Database) {
  return {
    /** The ids among `ids` that name stored claims. */
    existingClaimIds: async (ids: string[], client: Client = db) =>
      new Set((await client.claim.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id)),

    findById: (id: string, client: Client = db) =>
      client.claimRelation.findUnique({ where: { id }, include: withClaims }),

    findByPair: (type: ClaimRelationType, subjectClaimId: string, objectClaimId: string, client: Client = db) =>
      client.claimRelation.findUnique({
        where: { type_subjectClaimId_objectClaimId: { type, subjectClaimId, objectClaimId } },
        select: { id: true },
      }),

    /** A claim's relations, either end, oldest first, after the cursor's id. */
    listForClaim: (claimId: string, filter: ClaimRelationFilter, afterId: string | undefined, take: number) =>
      db.claimRelation.findMany({
        where: {
          OR: [{ subjectClaimId: claimId }, { objectClaimId: claimId }],
          ...(filter.types ? { type: { in: filter.types } } : {}),
          ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
          ...(afterId ? { id: { gt: afterId } } : {}),
        },
        orderBy: { id: 'asc' },
        include: withClaims,
        take,
      }),

    create: (data: Prisma.ClaimRelationUncheckedCreateInput, client: Client) =>
      client.claimRelation.create({ data, include: withClaims }),

    update: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.ClaimRelationUncheckedUpdateInput,
      client: Client,
    ) =>
      client.claimRelation.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: withClaims,
      }),

    delete: (id: string, expectedVersion: number | undefined, client: Client) =>
      client.claimRelation.delete({ where: versioned(id, expectedVersion) }),
  };
}

export type ClaimRelationRepository = ReturnType<typeof createClaimRelationRepository>;
