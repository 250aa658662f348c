import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { RelationType, ReviewStatus } from '../../generated/prisma/enums.ts';

type Client = Database | Prisma.TransactionClient;

const entityRef = { select: { id: true, type: true, name: true, slug: true } } as const;
export const relationInclude = { subject: entityRef, object: entityRef } as const;
export type RelationRow = Prisma.RelationGetPayload<{ include: typeof relationInclude }>;

export type RelationFilter = {
  types?: RelationType[];
  statuses?: ReviewStatus[];
  /** Holds on this day (inclusive bounds; an unknown bound does not exclude). */
  asOf?: Date;
  subjectId?: string;
  objectId?: string;
  /** Either end is this entity. */
  entityId?: string;
};

function whereOf(filter: RelationFilter): Prisma.RelationWhereInput {
  return {
    ...(filter.types?.length ? { type: { in: filter.types } } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.entityId ? { OR: [{ subjectId: filter.entityId }, { objectId: filter.entityId }] } : {}),
    ...(filter.asOf
      ? {
          AND: [
            { OR: [{ startDate: null }, { startDate: { lte: filter.asOf } }] },
            { OR: [{ endDate: null }, { endDate: { gte: filter.asOf } }] },
          ],
        }
      : {}),
  };
}

/** Relations between entities (the knowledge graph's edges); written by the ingest store and the seed. */
export function createRelationRepository(db: Database) {
  return {
    findById: (id: string, tx: Client = db) =>
      tx.relation.findUnique({ where: { id }, include: relationInclude }) as Promise<RelationRow | null>,

    /** A page in id order (insertion order: ids are UUIDv7), after `afterId`. */
    listPage: (filter: RelationFilter, afterId: string | undefined, take: number, tx: Client = db) =>
      tx.relation.findMany({
        where: { AND: [whereOf(filter), afterId ? { id: { gt: afterId } } : {}] },
        include: relationInclude,
        orderBy: { id: 'asc' },
        take,
      }) as Promise<RelationRow[]>,

    /**
     * The accepted `located_in` edges above these entities, followed up to `depth` levels (a city, its region, its
     * country), with whether each object is a country: what the inference rules walk for articles stored with their
     * mentions given (hierarchy.ts).
     */
    locatedInAbove: (entityIds: string[], depth = 4, tx: Client = db) =>
      entityIds.length === 0
        ? Promise.resolve([])
        : tx.$queryRaw<
            { subject: string; object: string; from: string | null; to: string | null; objectIsCountry: boolean }[]
          >`
        WITH RECURSIVE up(subject, object, start_date, end_date, level) AS (
          SELECT r.subject_id, r.object_id, r.start_date, r.end_date, 1 FROM relations r
          WHERE r.subject_id = ANY(${entityIds}::uuid[]) AND r.type = 'located_in' AND r.status = 'accepted'
          UNION
          SELECT r.subject_id, r.object_id, r.start_date, r.end_date, up.level + 1 FROM up
          JOIN relations r ON r.subject_id = up.object AND r.type = 'located_in' AND r.status = 'accepted'
          WHERE up.level < ${depth}
        )
        SELECT DISTINCT up.subject::text AS subject, up.object::text AS object,
               to_char(up.start_date, 'YYYY-MM-DD') AS "from", to_char(up.end_date, 'YYYY-MM-DD') AS "to",
               (e.type = 'country') AS "objectIsCountry"
        FROM up JOIN entities e ON e.id = up.object`,
  };
}

export type RelationRepository = ReturnType<typeof createRelationRepository>;
