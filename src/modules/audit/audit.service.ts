import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { AuditRepository } from './audit.repository.ts';
import type { AuditEventDto, AuditListFilters } from './audit.schemas.ts';

export function createAuditService(deps: { audit: AuditRepository }) {
  const { audit } = deps;
  return {
    record: audit.record,

    /** Newest first. */
    async list(filters: AuditListFilters) {
      const cursor = decodeCursor(filters.cursor, 'audit:id');
      const rows = await audit.listPage(
        {
          apiKeyId: filters.apiKeyId,
          resourceType: filters.resourceType,
          resourceId: filters.resourceId,
          ...(filters.outcome === 'applied'
            ? { status: { lt: 300 } }
            : filters.outcome === 'refused'
              ? { status: { gte: 400 } }
              : {}),
        },
        cursor,
        filters.limit + 1,
      );
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'audit:id', v: null, id: row.id }));
      return {
        ...page,
        items: page.items.map(
          (row): AuditEventDto => ({
            id: row.id,
            at: row.createdAt.toISOString(),
            apiKey: row.apiKeyId && row.apiKey ? { id: row.apiKeyId, ...row.apiKey } : null,
            method: row.method,
            route: row.route,
            path: row.path,
            resourceType: row.resourceType,
            resourceId: row.resourceId,
            status: row.status,
            requestId: row.requestId,
          }),
        ),
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
