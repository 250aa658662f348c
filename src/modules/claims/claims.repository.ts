import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

export function claimInclude(withArticle: boolean) {
  return {
    claimantEntity: { select: { id: true, name: true } },
    claimantSource: { select: { id: true, name: true } },
    subjects: {
      include: { entity: { select: { id: true, type: true, name: true, slug: true } } },
      orderBy: { entityId: 'asc' as const },
    },
    ...(withArticle ? { article: { select: { id: true, title: true, url: true, publishedAt: true } } } : {}),
  };
}

export type ClaimRow = Prisma.ClaimGetPayload<{ include: ReturnType<typeof claimInclude> & { article: false } }> & {
  article?: { id: string; title: string; url: string; publishedAt: Date | null };
};

export function createClaimRepository(db: Database) {
  return {
    findById: (id: string, withArticle = false, tx: Client = db) =>
      tx.claim.findUnique({ where: { id }, include: claimInclude(withArticle) }) as Promise<ClaimRow | null>,

    listPage: (
      where: Prisma.ClaimWhereInput,
      withArticle: boolean,
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) =>
      tx.claim.findMany({
        where: { AND: [where, keysetAfter('id', 'asc', cursor) ?? {}] },
        include: claimInclude(withArticle),
        orderBy: { id: 'asc' },
        take,
      }) as Promise<ClaimRow[]>,

    create: (data: Prisma.ClaimUncheckedCreateInput, subjectIds: string[], tx: Client = db) =>
      tx.claim.create({
        data: { ...data, subjects: { createMany: { data: subjectIds.map((entityId) => ({ entityId })) } } },
        include: claimInclude(false),
      }),

    update: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.ClaimUncheckedUpdateInput,
      tx: Client = db,
    ) => tx.claim.update({ where: versioned(id, expectedVersion), data: { ...data, version: { increment: 1 } } }),

    replaceSubjects: async (claimId: string, subjectIds: string[], tx: Client = db) => {
      await tx.claimSubject.deleteMany({ where: { claimId } });
      await tx.claimSubject.createMany({ data: subjectIds.map((entityId) => ({ claimId, entityId })) });
    },

    delete: (id: string, expectedVersion: number | undefined, tx: Client = db) =>
      tx.claim.delete({ where: versioned(id, expectedVersion) }),
  };
}

export type ClaimRepository = ReturnType<typeof createClaimRepository>;
