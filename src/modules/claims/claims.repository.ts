import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ClaimKind, ClaimMethod, ClaimStatus, ReviewStatus } from '../../generated/prisma/enums.ts';
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

/** The filters of the claim lists: by article, claimant or subject, or every claim naming an entity (`entityAs`). */
export type ClaimListWhere = {
  articleId?: string;
  /** An entity or a source. */
  claimantId?: string;
  subjectId?: string;
  entityId?: string;
  entityAs?: 'any' | 'subject' | 'claimant';
  status?: ClaimStatus;
  kind?: ClaimKind;
  method?: ClaimMethod;
  reviewStatus?: ReviewStatus;
};

function claimWhere(filters: ClaimListWhere): Prisma.ClaimWhereInput {
  const naming = (entityId: string): Prisma.ClaimWhereInput => {
    const asSubject = { subjects: { some: { entityId } } };
    const asClaimant = { claimantEntityId: entityId };
    return filters.entityAs === 'subject'
      ? asSubject
      : filters.entityAs === 'claimant'
        ? asClaimant
        : { OR: [asSubject, asClaimant] };
  };
  return {
    AND: [
      {
        articleId: filters.articleId,
        ...(filters.claimantId
          ? { OR: [{ claimantEntityId: filters.claimantId }, { claimantSourceId: filters.claimantId }] }
          : {}),
        ...(filters.subjectId ? { subjects: { some: { entityId: filters.subjectId } } } : {}),
      },
      filters.entityId ? naming(filters.entityId) : {},
      { status: filters.status, kind: filters.kind, method: filters.method, reviewStatus: filters.reviewStatus },
    ],
  };
}

export function createClaimRepository(db: Database) {
  return {
    /** The body of the article a claim stands in (its evidence offsets count into it). */
    findArticleBody: (articleId: string, tx: Client = db) =>
      tx.article.findUnique({ where: { id: articleId }, select: { id: true, body: true } }),
    findById: (id: string, withArticle = false, tx: Client = db) =>
      tx.claim.findUnique({ where: { id }, include: claimInclude(withArticle) }) as Promise<ClaimRow | null>,

    listPage: (
      filters: ClaimListWhere,
      withArticle: boolean,
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) =>
      tx.claim.findMany({
        where: { AND: [claimWhere(filters), keysetAfter('id', 'asc', cursor) ?? {}] },
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
