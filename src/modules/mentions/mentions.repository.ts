import type { Database } from '../../db/client.ts';
import type { Mention, Prisma } from '../../generated/prisma/client.ts';
import type { MentionField, MentionMethod, ReviewStatus } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;

/** A mention as an article or an entity embeds it. */
export type MentionRow = Mention;

/** The filters of the mention list (the review queue is `status=proposed&method=ner`). */
export type MentionListWhere = {
  status?: ReviewStatus;
  method?: MentionMethod;
  field?: MentionField;
  articleId?: string;
  entityId?: string;
};

const mentionInclude = { entity: { select: { id: true, type: true, name: true, slug: true } } } as const;
export type MentionResourceRow = Prisma.MentionGetPayload<{ include: typeof mentionInclude }>;

/** The mention resource: its reads, its corrections and the texts its offsets count into. */
export function createMentionRepository(db: Database) {
  return {
    /** The mentions of the given entities in one article, in text order (one query for a page of entities). */
    inArticle: (articleId: string, entityIds: string[], tx: Client = db) =>
      tx.mention.findMany({
        where: { articleId, entityId: { in: entityIds } },
        orderBy: [{ field: 'asc' }, { start: 'asc' }],
      }),
    findById: (id: string, tx: Client = db) => tx.mention.findUnique({ where: { id }, include: mentionInclude }),
    listPage: (filters: MentionListWhere, cursor: Cursor | undefined, take: number, tx: Client = db) =>
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
    update: (id: string, expectedVersion: number | undefined, data: Prisma.MentionUncheckedUpdateInput, tx: Tx) =>
      tx.mention.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: mentionInclude,
      }),
    /** The article's publication day (UTC, YYYY-MM-DD), null when undated or unknown. */
    articleDay: async (id: string, tx: Client = db): Promise<string | null> =>
      (await tx.article.findUnique({ where: { id }, select: { publishedAt: true } }))?.publishedAt
        ?.toISOString()
        .slice(0, 10) ?? null,
    /** The article's texts a mention's offsets may count into. */
    articleTexts: (id: string, tx: Client = db) =>
      tx.article.findUnique({ where: { id }, select: { body: true, title: true, dateline: true } }),
  };
}

export type MentionRepository = ReturnType<typeof createMentionRepository>;
