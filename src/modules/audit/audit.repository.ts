import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

export function createAuditRepository(db: Database) {
  return {
    record: (event: Prisma.AuditEventUncheckedCreateInput) =>
      db.auditEvent.create({ data: event, select: { id: true } }),
    listPage: (where: Prisma.AuditEventWhereInput, cursor: Cursor | undefined, take: number) =>
      db.auditEvent.findMany({
        where: { AND: [where, keysetAfter('id', 'desc', cursor) ?? {}] },
        include: { apiKey: { select: { prefix: true, name: true } } },
        orderBy: { id: 'desc' },
        take,
      }),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
