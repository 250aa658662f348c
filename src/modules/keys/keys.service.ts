import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Transactions } from '../../db/transaction.ts';
import type { ApiKeyScope } from '../../generated/prisma/enums.ts';
import { notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { ApiKeyRow, KeyRepository } from './keys.repository.ts';
import type { ApiKeyDto } from './keys.schemas.ts';

/** What a request carries once its key is verified. */
export type AuthenticatedKey = { id: string; prefix: string; scopes: ApiKeyScope[] };

// `mk_<prefix>_<secret>`: the prefix finds the row, the secret (256 random bits) proves possession.
const keyPattern = /^mk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** admin ⊇ write ⊇ read. */
export function grants(scopes: readonly ApiKeyScope[], needed: ApiKeyScope): boolean {
  const rank = { read: 1, write: 2, admin: 3 } as const;
  return scopes.some((scope) => rank[scope] >= rank[needed]);
}

export function toApiKeyDto(key: ApiKeyRow): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** Last-use times are written at most this often per key, so reads do not each cost a write. */
const touchIntervalMs = 60_000;

export function createKeyService(deps: { transactions: Pick<Transactions, 'run'>; keys: KeyRepository }) {
  const { transactions, keys } = deps;

  return {
    async create(input: { name: string; scopes: ApiKeyScope[] }) {
      const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
      const secret = randomBytes(32).toString('base64url');
      const key = await transactions.run((tx) =>
        keys.create({ name: input.name, prefix, secretHash: sha256(secret), scopes: [...new Set(input.scopes)] }, tx),
      );
      return { key, secret: `mk_${prefix}_${secret}` };
    },

    /** The key a bearer token names, or null when it is malformed, unknown, revoked or wrong. */
    async verify(token: string): Promise<AuthenticatedKey | null> {
      const match = keyPattern.exec(token);
      if (!match) return null;
      const [, prefix, secret] = match as unknown as [string, string, string];
      const key = await keys.findByPrefix(prefix);
      if (!key || key.revokedAt) return null;
      const expected = Buffer.from(key.secretHash, 'hex');
      const actual = Buffer.from(sha256(secret), 'hex');
      if (!timingSafeEqual(expected, actual)) return null;
      const now = new Date();
      if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > touchIntervalMs) await keys.touch(key.id, now);
      return { id: key.id, prefix: key.prefix, scopes: key.scopes };
    },

    async list(filters: { limit: number; cursor?: string; includeRevoked: boolean }) {
      const cursor = decodeCursor(filters.cursor, 'keys:id');
      const rows = await keys.listPage(filters.includeRevoked, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'keys:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toApiKeyDto) };
    },

    async get(id: string) {
      const key = await keys.findById(id);
      if (!key) throw notFound('API key', id);
      return key;
    },

    async revoke(idOrPrefix: string) {
      const key = /^[0-9a-f-]{36}$/i.test(idOrPrefix)
        ? await keys.findById(idOrPrefix)
        : await keys.findByPrefix(idOrPrefix);
      if (!key) throw notFound('API key', idOrPrefix);
      await transactions.run((tx) => keys.revoke(key.id, tx));
      return key;
    },
  };
}

export type KeyService = ReturnType<typeof createKeyService>;
