import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';

export type IdempotencyClaim = {
  owner: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  expiresAt: Date;
};

export function createIdempotencyRepository(db: Database) {
  return {
    /** Inserts the record unless the key is taken; returns the new id, or null when another request holds it. */
    claim: async (record: IdempotencyClaim): Promise<string | null> => {
      const rows = await db.$queryRaw<{ id: string }[]>`
        INSERT INTO idempotency_records (id, owner, key, method, path, request_hash, expires_at)
        VALUES (${uuidv7()}::uuid, ${record.owner}, ${record.key}, ${record.method}, ${record.path}, ${record.requestHash}, ${record.expiresAt})
        ON CONFLICT (owner, key) DO NOTHING
        RETURNING id`;
      return rows[0]?.id ?? null;
    },
    find: (owner: string, key: string) => db.idempotencyRecord.findUnique({ where: { owner_key: { owner, key } } }),
    complete: (id: string, status: number, headers: Record<string, string>, body: string | null) =>
      db.idempotencyRecord.update({ where: { id }, data: { status, responseHeaders: headers, responseBody: body } }),
    release: (id: string) => db.idempotencyRecord.deleteMany({ where: { id } }),
    deleteExpired: (now: Date) => db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } }),
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
