import type { Database } from '../../db/client.ts';
import type { Prisma, Source } from '../../generated/prisma/client.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

export type SourceRow = Source;

export function createSourceRepository(db: Database) {
  return {
    findById: (id: string, tx: Client = db) => tx.source.findUnique({ where: { id } }),
    findBySlug: (slug: string, tx: Client = db) => tx.source.findUnique({ where: { slug } }),
    listPage: (
      filters: { kind?: Source['kind']; country?: string },
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) =>
      tx.source.findMany({
        where: { AND: [{ kind: filters.kind, country: filters.country }, keysetAfter('id', 'asc', cursor) ?? {}] },
        orderBy: { id: 'asc' },
        take,
      }),
    create: (data: Prisma.SourceUncheckedCreateInput, tx: Client = db) => tx.source.create({ data }),
    update: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.SourceUncheckedUpdateInput,
      tx: Client = db,
    ) => tx.source.update({ where: versioned(id, expectedVersion), data: { ...data, version: { increment: 1 } } }),
    delete: (id: string, expectedVersion: number | undefined, tx: Client = db) =>
      tx.source.delete({ where: versioned(id, expectedVersion) }),
    countReferences: async (id: string, tx: Client = db) => ({
      articles: await tx.article.count({ where: { sourceId: id } }),
      claims: await tx.claim.count({ where: { claimantSourceId: id } }),
    }),
  };
}

export type SourceRepository = ReturnType<typeof createSourceRepository>;
