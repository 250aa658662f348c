import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import type { SqlClient } from '../../db/transaction.ts';

export type IdempotencyClaim = {
  owner: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  expiresAt: Date;
};

/**
 * Idempotency records. Claiming, releasing and expiring a key are bookkeeping, each its own statement; completing one
 * (the response to replay) is written inside the request's transaction, so it commits with the write it answers.
 */
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
    /**
     * The response a retry replays (`body` null: none kept), in the caller's transaction. False when the claim is no
     * longer this request's (taken over as abandoned): then its write must not commit either.
     */
    completeClaim: async (
      client: SqlClient,
      id: string,
      response: { status: number; headers: Record<string, string>; body: string | null },
    ): Promise<boolean> =>
      (
        await client.query(
          `UPDATE idempotency_records SET status = $2::int, response_headers = $3::jsonb, response_body = $4
           WHERE id = $1::uuid AND status IS NULL RETURNING id`,
          [id, response.status, JSON.stringify(response.headers), response.body],
        )
      ).length === 1,
    /** Frees a key whose request failed, so its retry runs again; a completed record (its write committed) stays. */
    release: async (client: SqlClient, id: string) => {
      await client.query('DELETE FROM idempotency_records WHERE id = $1::uuid AND status IS NULL', [id]);
    },
    /** The same on its own, for a release that could not be written with the request's outcome at the time. */
    releaseAlone: (id: string) => db.idempotencyRecord.deleteMany({ where: { id, status: null } }),
    /** Drops an expired record, or a claim whose request died with its process. */
    discard: (id: string) => db.idempotencyRecord.deleteMany({ where: { id } }),
    deleteExpired: (now: Date) => db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } }),
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
