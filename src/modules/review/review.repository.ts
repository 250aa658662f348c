import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { MentionField, MentionMethod, ReviewStatus } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;

/** The filters of the mention list (the review queue is `status=proposed&method=ner`). */
export type MentionListWhere = {
  status?: ReviewStatus;
  method?: MentionMethod;
  field?: MentionField;
  articleId?: string;
  entityId?: string;
};

const mentionInclude = { entity: { select: { id: true, type: true, name: true, slug: true } } } as const;
export type MentionRow = Prisma.MentionGetPayload<{ include: typeof mentionInclude }>;

/** Review status changes and the mention resource (mentions are otherwise read through articles and entities). */
export function createReviewRepository(db: Database) {
  return {
    findMention: (id: string, tx: Client = db) => tx.mention.findUnique({ where: { id }, include: mentionInclude }),
    mentionsPage: (filters: MentionListWhere, cursor: Cursor | undefined, take: number, tx: Client = db) =>
      tx.mention.findMany({
        where: {
          AND: [
            {
              status: filters.status,
              method: filters.method,
              field: filters.field,
              articleId: filters.articleId,
              entityId: filters.entityId,
            },
            keysetAfter('id', 'asc', cursor) ?? {},
          ],
        },
        include: mentionInclude,
        orderBy: { id: 'asc' },
        take,
      }),
    updateMention: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.MentionUncheckedUpdateInput,
      tx: Tx,
    ) =>
      tx.mention.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: mentionInclude,
      }),
    /** The article's texts a mention's offsets may count into. */
    articleTexts: (id: string, tx: Client = db) =>
      tx.article.findUnique({ where: { id }, select: { body: true, title: true, dateline: true } }),
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
