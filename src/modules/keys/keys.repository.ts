import type { Database } from '../../db/client.ts';
import type { ApiKey, ApiKeyScope, Prisma } from '../../generated/prisma/client.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

export type ApiKeyRow = ApiKey;
type Tx = Prisma.TransactionClient;

export function createKeyRepository(db: Database) {
  return {
    findByPrefix: (prefix: string) => db.apiKey.findUnique({ where: { prefix } }),
    findById: (id: string) => db.apiKey.findUnique({ where: { id } }),
    create: (data: { name: string; prefix: string; secretHash: string; scopes: ApiKeyScope[] }, tx: Tx) =>
      tx.apiKey.create({ data }),
    listPage: (includeRevoked: boolean, cursor: Cursor | undefined, take: number) =>
      db.apiKey.findMany({
        where: { AND: [includeRevoked ? {} : { revokedAt: null }, keysetAfter('id', 'asc', cursor) ?? {}] },
        orderBy: { id: 'asc' },
        take,
      }),
    revoke: (id: string, tx: Tx) =>
      tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } }),
    /** Bookkeeping, at most once a minute per key (see keys.service.ts), outside any request's transaction. */
    touch: (id: string, at: Date) => db.apiKey.update({ where: { id }, data: { lastUsedAt: at } }),
  };
}

export type KeyRepository = ReturnType<typeof createKeyRepository>;
