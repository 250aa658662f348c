import type { Database } from '../../db/client.ts';
import type { SqlClient } from '../../db/transaction.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { type Cursor, keysetAfter } from '../../lib/pagination.ts';

export type AuditEventRow = {
  id: string;
  apiKeyId: string | null;
  method: string;
  route: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  status: number;
  requestId: string;
};

/** The status a streamed request's event carries until the request answers (see src/plugins/write-path.ts). */
export const provisionalStatus = 202;

export function createAuditRepository(db: Database) {
  return {
    /**
     * Records one request's event inside the caller's transaction (the request's own, see src/db/transaction.ts).
     * Written again with the same id it completes a provisional event and leaves a final one as it is: a request
     * whose COMMIT succeeded stays recorded as applied even when its connection broke before it could answer.
     */
    upsert: async (client: SqlClient, event: AuditEventRow) => {
      await client.query(
        `INSERT INTO audit_events (id, api_key_id, method, route, path, resource_type, resource_id, status, request_id)
         VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::int, $9)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, resource_id = coalesce(excluded.resource_id, audit_events.resource_id)
         WHERE audit_events.status = ${provisionalStatus}`,
        [
          event.id,
          event.apiKeyId,
          event.method,
          event.route,
          event.path,
          event.resourceType,
          event.resourceId,
          event.status,
          event.requestId,
        ],
      );
    },
    listPage: (filters: AuditFilters, cursor: Cursor | undefined, take: number) =>
      db.auditEvent.findMany({
        where: { AND: [auditWhere(filters), keysetAfter('id', 'desc', cursor) ?? {}] },
        include: { apiKey: { select: { prefix: true, name: true } } },
        orderBy: { id: 'desc' },
        take,
      }),
  };
}

export type AuditFilters = {
  apiKeyId?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: 'applied' | 'refused';
};

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  return {
    apiKeyId: filters.apiKeyId,
    resourceType: filters.resourceType,
    resourceId: filters.resourceId,
    ...(filters.outcome === 'applied'
      ? { status: { lt: 300 } }
      : filters.outcome === 'refused'
        ? { status: { gte: 400 } }
        : {}),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
