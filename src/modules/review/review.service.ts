// Review of what the ingest pipeline proposed: entities NER created and extracted claims can be accepted or rejected
// (POST …/review), and corrected through their own PATCH; mentions are reviewed and corrected in src/modules/mentions.
// Every change bumps the resource's version, so If-Match applies.
import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { type ReviewAction, statusAfterReview } from '../../lib/references.ts';
import type { ClaimRepository } from '../claims/claims.repository.ts';
import type { EntityRepository } from '../entities/entities.repository.ts';
import type { ReviewRepository } from './review.repository.ts';

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  review: ReviewRepository;
  entities: Pick<EntityRepository, 'findById' | 'findBySlug'>;
  claims: Pick<ClaimRepository, 'findById'>;
};

export function createReviewService(deps: Deps) {
  const { transactions, review, entities, claims } = deps;

  async function entity(idOrSlug: string) {
    const row = await findByIdOrSlug(idOrSlug, { byId: entities.findById, bySlug: entities.findBySlug });
    if (!row) throw notFound('entity', idOrSlug);
    return row;
  }

  return {
    /** Accepting puts the entity into the gazetteer; rejecting keeps it out for good and rejects its unreviewed mentions. */
    async reviewEntity(idOrSlug: string, action: ReviewAction, precondition?: Precondition) {
      const current = await entity(idOrSlug);
      return writeIfCurrent(precondition, current.version, 'entity', (expected) =>
        transactions.run(async (tx) => {
          await review.setEntityStatus(current.id, expected, statusAfterReview[action], tx);
          if (action === 'reject') await review.rejectMentionsOf(current.id, tx);
          return (await entities.findById(current.id, false, tx))!;
        }),
      );
    },

    async reviewClaim(id: string, action: ReviewAction, precondition?: Precondition) {
      const claim = await claims.findById(id);
      if (!claim) throw notFound('claim', id);
      if (claim.method === 'manual') {
        throw new AppError(
          'conflict',
          'Claims entered by hand are accepted by their author; PATCH or DELETE the claim instead.',
          {
            errors: [{ location: 'params', field: 'id', message: 'names a manual claim' }],
          },
        );
      }
      return writeIfCurrent(precondition, claim.version, 'claim', (expected) =>
        transactions.run(async (tx) => {
          await review.setClaimReviewStatus(id, expected, statusAfterReview[action], tx);
          return (await claims.findById(id, false, tx))!;
        }),
      );
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
