import { z } from 'zod';
import { PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';

export const AuditEventSchema = z
  .object({
    id: Uuid,
    at: Timestamp,
    apiKey: z
      .object({ id: Uuid, prefix: z.string(), name: z.string() })
      .nullable()
      .meta({ description: 'The key that made the request; null when none (or an invalid one) was sent.' }),
    method: z.string().meta({ example: 'PATCH' }),
    route: z.string().meta({ description: 'The route template.', example: '/v1/claims/:id' }),
    path: z.string().meta({ example: '/v1/claims/01a2185e-f3ec-75f2-b01a-b4d356020c10' }),
    resourceType: z.string().nullable().meta({ example: 'claims' }),
    resourceId: z.string().nullable().meta({ example: '01a2185e-f3ec-75f2-b01a-b4d356020c10' }),
    status: z.number().int().meta({ description: 'The response status: 2xx applied, 4xx refused.', example: 200 }),
    requestId: z.string(),
  })
  .meta({ id: 'AuditEvent', description: 'One write request (or refused write attempt).' });

export const AuditListQuery = z.strictObject({
  ...PageQuery,
  apiKeyId: Uuid.optional().meta({ description: 'Only requests made with this key.' }),
  resourceType: z
    .enum(['articles', 'entities', 'claims', 'claim-reviews', 'claim-relations', 'sources', 'keys'])
    .optional(),
  // PostgreSQL text cannot hold U+0000, and no id or slug contains a control character.
  resourceId: z
    .string()
    .max(200)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .optional()
    .meta({ description: 'Only requests about this resource (id or slug as sent).' }),
  outcome: z.enum(['applied', 'refused']).optional().meta({ description: '`applied`: 2xx; `refused`: 4xx and 5xx.' }),
});

export const AuditPage = pageOf(AuditEventSchema, 'AuditEventPage');

export type AuditEventDto = z.infer<typeof AuditEventSchema>;
export type AuditListFilters = z.infer<typeof AuditListQuery>;
