import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

export type SavedSearchRow = Prisma.SavedSearchGetPayload<object>;
export type SavedSearchMatchRow = { articleId: string; revisionId: bigint; matchedAt: Date };
export type NewMatch = { savedSearchId: string; articleId: string; revisionId: bigint; matchedAt: Date };

export function createSavedSearchRepository(db: Database) {
  return {
    create: (data: { ownerKeyId: string; name: string; query: Prisma.InputJsonValue }, tx: Tx) =>
      tx.savedSearch.create({ data }),
    findOwned: (id: string, ownerKeyId: string) => db.savedSearch.findFirst({ where: { id, ownerKeyId } }),
    listPage: (ownerKeyId: string, afterId: string | undefined, take: number) =>
      db.savedSearch.findMany({
        where: { ownerKeyId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        take,
      }),
    remove: (id: string, tx: Tx) => tx.savedSearch.delete({ where: { id } }),

    /** Every saved search, for testing new articles against them (the dispatcher). */
    listAll: () => db.savedSearch.findMany({ select: { id: true, query: true }, orderBy: { id: 'asc' } }),

    insertMatches: (tx: Tx, matches: NewMatch[]) =>
      tx.savedSearchMatch.createMany({ data: matches, skipDuplicates: true }),

    /** Matches in the order they were dispatched (the feed order of the articles' creation), after a position. */
    matchesPage: (savedSearchId: string, after: { revisionId: bigint; articleId: string } | undefined, take: number) =>
      db.savedSearchMatch.findMany({
        where: {
          savedSearchId,
          ...(after
            ? {
                OR: [
                  { revisionId: { gt: after.revisionId } },
                  { revisionId: after.revisionId, articleId: { gt: after.articleId } },
                ],
              }
            : {}),
        },
        orderBy: [{ revisionId: 'asc' }, { articleId: 'asc' }],
        take,
        select: { articleId: true, revisionId: true, matchedAt: true },
      }),
  };
}

export type SavedSearchRepository = ReturnType<typeof createSavedSearchRepository>;
