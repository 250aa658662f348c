import type { SqlClient } from '../../db/transaction.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { AuditRepository } from './audit.repository.ts';
import type { AuditEventDto, AuditListFilters } from './audit.schemas.ts';

/** What the audit log keeps of a write request. */
export type RequestSummary = {
  apiKeyId: string | null;
  method: string;
  /** The route template, e.g. /v1/claims/:id. */
  route: string;
  url: string;
  params: Record<string, string | undefined>;
  /** The Location of what the request created, if it did. */
  createdLocation: string | undefined;
  requestId: string;
};

/** `/v1/claims/:id` → `claims`, `/v1/claim-reviews/import` → `claim-reviews`. */
function resourceTypeOf(route: string): string | null {
  return /^\/v1\/([a-z-]+)/.exec(route)?.[1] ?? null;
}

export function createAuditService(deps: { audit: AuditRepository }) {
  const { audit } = deps;
  return {
    /** Records the request with its status, in the caller's transaction (the write path's: src/plugins/write-path.ts). */
    recordRequest: (client: SqlClient, id: string, request: RequestSummary, status: number) =>
      audit.upsert(client, {
        id,
        apiKeyId: request.apiKeyId,
        method: request.method,
        route: request.route,
        path: request.url.split('?')[0]?.slice(0, 2048) ?? '',
        resourceType: resourceTypeOf(request.route),
        resourceId:
          (request.params.id ?? request.params.idOrSlug ?? request.createdLocation?.split('/').pop() ?? null)?.slice(
            0,
            200,
          ) ?? null,
        status,
        requestId: request.requestId,
      }),

    /** Newest first. */
    async list(filters: AuditListFilters) {
      const cursor = decodeCursor(filters.cursor, 'audit:id');
      const rows = await audit.listPage(filters, cursor, filters.limit + 1);
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
