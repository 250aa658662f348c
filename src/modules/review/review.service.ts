// Review of what the ingest pipeline proposed: entities NER created, NER mentions and extracted claims can be
// accepted or rejected (POST …/review), and corrected with PATCH (entities and claims through their own PATCH,
// mentions through PATCH /v1/mentions/{id}). Every change bumps the resource's version, so If-Match applies.
import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { mentionSpanProblem } from '../../lib/mention-span.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { codePoints } from '../../lib/text.ts';
import type { ClaimRepository } from '../claims/claims.repository.ts';
import type { EntityRepository } from '../entities/entities.repository.ts';
import type { MentionRow, ReviewRepository } from './review.repository.ts';
import type { MentionDto, MentionListFilters, MentionUpdate, ReviewAction } from './review.schemas.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const statusOf = { accept: 'accepted', reject: 'rejected' } as const;

export function toMentionResourceDto(mention: MentionRow): MentionDto {
  return {
    id: mention.id,
    articleId: mention.articleId,
    entity: mention.entity,
    field: mention.field,
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    method: mention.method,
    confidence: mention.confidence,
    status: mention.status,
    version: mention.version,
    createdAt: mention.createdAt.toISOString(),
    updatedAt: mention.updatedAt.toISOString(),
  };
}

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  review: ReviewRepository;
  entities: Pick<EntityRepository, 'findById' | 'findBySlug' | 'existingIds'>;
  claims: Pick<ClaimRepository, 'findById'>;
};

export function createReviewService(deps: Deps) {
  const { transactions, review, entities, claims } = deps;

  async function entity(idOrSlug: string) {
    const row = uuidPattern.test(idOrSlug) ? await entities.findById(idOrSlug) : await entities.findBySlug(idOrSlug);
    if (!row) throw notFound('entity', idOrSlug);
    return row;
  }

  async function mention(id: string) {
    const row = await review.findMention(id);
    if (!row) throw notFound('mention', id);
    return row;
  }

  return {
    /** Accepting puts the entity into the gazetteer; rejecting keeps it out for good and rejects its unreviewed mentions. */
    async reviewEntity(idOrSlug: string, action: ReviewAction, precondition?: Precondition) {
      const current = await entity(idOrSlug);
      return writeIfCurrent(precondition, current.version, 'entity', (expected) =>
        transactions.run(async (tx) => {
          await review.setEntityStatus(current.id, expected, statusOf[action], tx);
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
          await review.setClaimReviewStatus(id, expected, statusOf[action], tx);
          return (await claims.findById(id, false, tx))!;
        }),
      );
    },

    async reviewMention(id: string, action: ReviewAction, precondition?: Precondition) {
      const current = await mention(id);
      return writeIfCurrent(precondition, current.version, 'mention', (expected) =>
        transactions.run((tx) => review.updateMention(id, expected, { status: statusOf[action] }, tx)),
      );
    },

    get: mention,

    async listMentions(filters: MentionListFilters) {
      const cursor = decodeCursor(filters.cursor, 'mentions:id');
      const rows = await review.mentionsPage(filters, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'mentions:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toMentionResourceDto) };
    },

    /** A correction: another entity, other offsets (the surface is re-read from the body), a confidence or a status. */
    async correctMention(id: string, input: MentionUpdate, precondition?: Precondition) {
      const current = await mention(id);
      const start = input.start ?? current.start;
      const end = input.end ?? current.end;
      const texts = await review.articleTexts(current.articleId);
      // The offsets count into the mention's field: the body, the title or the dateline.
      const body = codePoints((texts ? texts[current.field] : null) ?? '');
      const errors: FieldError[] = [];
      if (end <= start) errors.push({ location: 'body', field: 'end', message: 'must be greater than start' });
      else if (end > body.length)
        errors.push({
          location: 'body',
          field: 'end',
          message: `is past the end of the ${current.field} (${body.length} code points)`,
        });
      else if (end - start > 500)
        errors.push({ location: 'body', field: 'end', message: 'a mention spans at most 500 characters' });
      if (errors.length > 0)
        throw new AppError('validation_failed', errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });
      const spanProblem = mentionSpanProblem(body.slice(start, end).join(''));
      if (spanProblem)
        throw new AppError('unprocessable', `The offsets ${start}–${end} cannot be a mention: they ${spanProblem}.`, {
          errors: [{ location: 'body', field: input.start !== undefined ? 'start' : 'end', message: spanProblem }],
        });
      if (input.entityId && (await entities.existingIds([input.entityId])).size === 0)
        throw missingReference('entityId', 'entity', input.entityId);
      try {
        return await writeIfCurrent(precondition, current.version, 'mention', (expected) =>
          transactions.run((tx) =>
            review.updateMention(
              id,
              expected,
              {
                entityId: input.entityId,
                start,
                end,
                surface: body.slice(start, end).join(''),
                confidence: input.confidence,
                status: input.status,
              },
              tx,
            ),
          ),
        );
      } catch (error) {
        if ((error as { code?: unknown }).code === 'P2002') {
          throw new AppError('conflict', 'The article already has a mention of that entity at those offsets.', {
            errors: [
              { location: 'body', field: input.entityId ? 'entityId' : 'start', message: 'duplicates another mention' },
            ],
          });
        }
        throw error;
      }
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
