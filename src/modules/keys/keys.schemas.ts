import { z } from 'zod';
import { ApiKeyScope } from '../../generated/prisma/enums.ts';
import { PageQuery, pageOf, queryBoolean, Timestamp, Uuid } from '../../lib/schemas.ts';

export const ScopeSchema = z.enum(ApiKeyScope).meta({
  id: 'ApiKeyScope',
  description:
    '`read` (reads, when reads are keyed), `write` (create, update, delete; implies read), `admin` (keys and audit log; implies write).',
});

const keyExample = {
  id: '01a2185e-f0a0-7c3d-8e4f-5a6b7c8d9e01',
  name: 'newsroom ingest',
  prefix: 'Xk3f9QpL2mZa',
  scopes: ['write'],
  createdAt: '2026-11-26T15:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
} as const;

export const ApiKeySchema = z
  .object({
    id: Uuid,
    name: z.string().meta({ example: 'newsroom ingest' }),
    prefix: z
      .string()
      .meta({ description: 'The public part of the key, shown in lists and logs.', example: 'Xk3f9QpL2mZa' }),
    scopes: z.array(ScopeSchema),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable().meta({ description: 'Approximate (updated at most once a minute).' }),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret.', examples: [keyExample] });

export const CreatedApiKeySchema = ApiKeySchema.extend({
  secret: z.string().meta({
    description: 'The key to send as `Authorization: Bearer <secret>`. Shown once: it is not stored.',
    example: 'mk_Xk3f9QpL2mZa_4Tq…',
  }),
}).meta({
  id: 'CreatedApiKey',
  examples: [{ ...keyExample, secret: 'mk_Xk3f9QpL2mZa_4TqWv0b8mS3nR1yC6dZ2kF5hJ7lP9xA0eG3iK8oU1sQ2w' }],
});

export const ApiKeyCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).meta({ description: 'What the key is for.' }),
    scopes: z.array(ScopeSchema).min(1).max(3),
  })
  .meta({ id: 'ApiKeyCreate', examples: [{ name: 'newsroom ingest', scopes: ['write'] }] });

export const ApiKeyListQuery = z.strictObject({
  ...PageQuery,
  includeRevoked: queryBoolean(false, 'Also list revoked keys.'),
});

export const ApiKeyPage = pageOf(ApiKeySchema, 'ApiKeyPage');

export type ApiKeyDto = z.infer<typeof ApiKeySchema>;
