import type { Prisma } from '../../generated/prisma/client.ts';
import type { ReviewStatus } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';

type Tx = Prisma.TransactionClient;

/** Review status changes of entities and claims (a mention's are the mentions module's). */
export function createReviewRepository() {
  return {
    setEntityStatus: (id: string, expectedVersion: number | undefined, status: ReviewStatus, tx: Tx) =>
      tx.entity.update({ where: versioned(id, expectedVersion), data: { status, version: { increment: 1 } } }),
    /** A rejected entity's mentions that no reviewer accepted are rejected with it. */
    rejectMentionsOf: (entityId: string, tx: Tx) =>
      tx.mention.updateMany({
        where: { entityId, status: 'proposed' },
        data: { status: 'rejected', version: { increment: 1 } },
      }),
    setClaimReviewStatus: (id: string, expectedVersion: number | undefined, reviewStatus: ReviewStatus, tx: Tx) =>
      tx.claim.update({ where: versioned(id, expectedVersion), data: { reviewStatus, version: { increment: 1 } } }),
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
