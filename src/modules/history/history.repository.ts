import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';

/**
 * The change feed's horizon as a transaction id: the oldest transaction of this database still in flight, or the
 * snapshot's xmax when none is (see changesAfter below). Every reader of the feed stops below it.
 */
export const feedHorizon = Prisma.sql`least(
  pg_snapshot_xmax(pg_current_snapshot()),
  (SELECT min(running) FROM pg_snapshot_xip(pg_current_snapshot()) AS running
    WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.backend_xid = xid(running) AND a.datname IS DISTINCT FROM current_database()))
)::text::bigint`;

export type ResourceType =
  | 'article'
  | 'entity'
  | 'claim'
  | 'source'
  | 'relation'
  | 'claim_review'
  | 'role'
  | 'claim_relation'
  | 'story';

export type RevisionRow = {
  id: bigint;
  resourceType: ResourceType;
  resourceId: string;
  revision: number;
  action: 'created' | 'updated' | 'deleted' | 'merged';
  state: Record<string, unknown>;
  changedFields: string[];
  actorKeyPrefix: string | null;
  requestId: string | null;
  operation: string | null;
  transactionId: bigint;
  recordedAt: Date;
};

export type ChangeRow = Omit<RevisionRow, 'state'> & { mergedInto: string | null };

/**
 * Revisions with their states are read from the view `revisions`, which takes a created revision's state from the live
 * row while nothing has changed it (20261207171000_created_revisions_without_state); reads that need no state go to
 * the table, revision_records, so they never build one.
 */
const revisionColumns = Prisma.sql`id, resource_type AS "resourceType", resource_id::text AS "resourceId", revision, action,
  changed_fields AS "changedFields", actor_key_prefix AS "actorKeyPrefix", request_id AS "requestId", operation,
  transaction_id AS "transactionId", recorded_at AS "recordedAt"`;

/** Revisions are written by database triggers only (see the history migration); this module reads them. */
export function createHistoryRepository(db: Database) {
  return {
    /** One page of a resource's revisions by revision number, after `afterRevision` in the given direction. */
    listPage: (
      type: ResourceType,
      resourceId: string,
      direction: 'asc' | 'desc',
      afterRevision: number | undefined,
      take: number,
    ) =>
      // A merged revision always stores its state: the table has `merged_into`.
      db.$queryRaw<ChangeRow[]>`
        SELECT ${revisionColumns}, state ->> 'merged_into' AS "mergedInto"
        FROM revision_records
        WHERE resource_type = ${type} AND resource_id = ${resourceId}::uuid
          ${afterRevision === undefined ? Prisma.empty : direction === 'asc' ? Prisma.sql`AND revision > ${afterRevision}` : Prisma.sql`AND revision < ${afterRevision}`}
        ORDER BY revision ${direction === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`}
        LIMIT ${take}`,

    findRevision: async (type: ResourceType, resourceId: string, revision: number) =>
      (
        await db.$queryRaw<RevisionRow[]>`
          SELECT ${revisionColumns}, state FROM revisions
          WHERE resource_type = ${type} AND resource_id = ${resourceId}::uuid AND revision = ${revision}`
      )[0] ?? null,

    hasRevisions: async (type: ResourceType, resourceId: string) =>
      (await db.revision.count({ where: { resourceType: type, resourceId }, take: 1 })) > 0,

    /** The latest revision of each resource recorded at or before `at` (deleted and merged ones included). */
    latestAt: async (type: ResourceType, resourceIds: string[], at: Date) => {
      if (resourceIds.length === 0) return [];
      return db.$queryRaw<RevisionRow[]>`
        SELECT DISTINCT ON (resource_id) ${revisionColumns}, state
        FROM revisions
        WHERE resource_type = ${type} AND resource_id = ANY(${resourceIds}::uuid[]) AND recorded_at <= ${at}
        ORDER BY resource_id, revision DESC`;
    },

    /**
     * The change feed: revisions after (transactionId, id), in that order, up to a horizon below which every
     * transaction of this database has finished. The horizon is the oldest transaction still in flight in this
     * statement's snapshot, ignoring those that pg_stat_activity shows running in another database (they cannot write
     * here; without the pg_read_all_stats role they cannot be told apart and are waited for), or the snapshot's
     * xmax when none is. A transaction that commits later has a transaction id at or above that horizon, so it sorts
     * after everything already served: a reader resuming from its last cursor never misses an event and never sees
     * one twice, whatever order concurrent writers commit in.
     */
    changesAfter: (
      after: { transactionId: bigint; id: bigint } | undefined,
      types: ResourceType[] | undefined,
      take: number,
    ) =>
      db.$queryRaw<ChangeRow[]>`
        WITH horizon AS (
          SELECT ${feedHorizon} AS transaction_id
        )
        SELECT id, resource_type AS "resourceType", resource_id::text AS "resourceId", revision, action,
               changed_fields AS "changedFields", actor_key_prefix AS "actorKeyPrefix", request_id AS "requestId",
               operation, transaction_id AS "transactionId", recorded_at AS "recordedAt", state ->> 'merged_into' AS "mergedInto"
        FROM revision_records
        WHERE transaction_id < (SELECT transaction_id FROM horizon)
          ${after ? Prisma.sql`AND (transaction_id, id) > (${after.transactionId}, ${after.id})` : Prisma.empty}
          ${types ? Prisma.sql`AND resource_type = ANY(${types}::text[])` : Prisma.empty}
        ORDER BY transaction_id, id
        LIMIT ${take}`,

    /** The entity a merged entity's id or slug now resolves to (the latest merge wins for a reused slug). */
    redirectFor: async (idOrSlug: string, isId: boolean) =>
      db.entityRedirect.findFirst({
        where: isId ? { id: idOrSlug } : { slug: idOrSlug },
        orderBy: { createdAt: 'desc' },
        select: { id: true, targetId: true },
      }),
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
