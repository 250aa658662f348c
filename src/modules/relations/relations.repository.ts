import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType, RelationType, ReviewStatus } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';

type Client = Database | Prisma.TransactionClient;

const entityRef = { select: { id: true, type: true, name: true, slug: true } } as const;
export const relationInclude = { subject: entityRef, object: entityRef } as const;
export type RelationRow = Prisma.RelationGetPayload<{ include: typeof relationInclude }>;
/** A relation with both ends: every relation but a role with no organization (see edgeWhere). */
export type EdgeRow = RelationRow & { objectId: string; object: NonNullable<RelationRow['object']> };

export const isEdge = (row: RelationRow): row is EdgeRow => row.object !== null;

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

/**
 * Edges only: a role (a relation with a title, 20261207140000_roles_as_relations) whose office belongs to no recorded
 * organization has no object and is read at /v1/roles alone.
 */
export const edgeWhere = { objectId: { not: null } } satisfies Prisma.RelationWhereInput;

function whereOf(filter: RelationFilter): Prisma.RelationWhereInput {
  return {
    AND: [
      edgeWhere,
      ...(filter.asOf
        ? [
            { OR: [{ startDate: null }, { startDate: { lte: filter.asOf } }] },
            { OR: [{ endDate: null }, { endDate: { gte: filter.asOf } }] },
          ]
        : []),
    ],
    ...(filter.types?.length ? { type: { in: filter.types } } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.entityId ? { OR: [{ subjectId: filter.entityId }, { objectId: filter.entityId }] } : {}),
  };
}

/** One edge as the path search walks it: no entity details until the path is known. */
export type GraphEdge = { id: string; subjectId: string; objectId: string };

/** Places a located_in walk climbs at most (a port, its district, province, region, country and a little spare). */
const hierarchyDepth = 8;

/**
 * Relations between entities (the knowledge graph's edges): written through the API (src/modules/relations), by the
 * ingest store with the reference entities they join, and by the seed.
 */
export function createRelationRepository(db: Database) {
  return {
    findById: (id: string, tx: Client = db) =>
      tx.relation.findUnique({ where: { id }, include: relationInclude }) as Promise<RelationRow | null>,

    findByIds: (ids: string[], tx: Client = db) =>
      tx.relation.findMany({ where: { id: { in: ids }, ...edgeWhere }, include: relationInclude }) as Promise<
        EdgeRow[]
      >,

    /** The stored relation with the same identity (type, subject, object, start; roles aside), if any. */
    findSame: (type: RelationType, subjectId: string, objectId: string, startDate: Date | null, tx: Client = db) =>
      tx.relation.findFirst({ where: { type, subjectId, objectId, startDate, title: null }, select: { id: true } }),

    entityTypes: async (ids: string[], tx: Client = db): Promise<Map<string, EntityType>> =>
      new Map(
        (await tx.entity.findMany({ where: { id: { in: ids } }, select: { id: true, type: true } })).map((row) => [
          row.id,
          row.type,
        ]),
      ),

    /** An article's body length in code points (what evidence offsets count), or null when there is no such article. */
    articleBodyLength: async (articleId: string, tx: Client = db): Promise<number | null> => {
      const rows = await tx.$queryRaw<{ length: number }[]>`
        SELECT char_length(body)::int AS length FROM articles WHERE id = ${articleId}::uuid`;
      return rows[0]?.length ?? null;
    },

    create: (data: Prisma.RelationUncheckedCreateInput, tx: Client = db) =>
      tx.relation.create({ data, include: relationInclude }) as Promise<RelationRow>,

    update: (id: string, expectedVersion: number | undefined, data: Prisma.RelationUncheckedUpdateInput, tx: Client) =>
      tx.relation.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: relationInclude,
      }) as Promise<RelationRow>,

    delete: (id: string, expectedVersion: number | undefined, tx: Client) =>
      tx.relation.delete({ where: versioned(id, expectedVersion) }),

    /**
     * Recomputes the `located_in` inferences (article_inferred_entities) of every article that mentions one of these
     * places or a place below them, after a `located_in` relation of theirs was written: the same walk as
     * hierarchy.ts (accepted edges valid on the article's publication day, UTC, or any edge for an undated article;
     * up to each country reached, not beyond it). Runs in the write's transaction, so the relation and the countries
     * it implies commit together. Returns how many articles it recomputed.
     */
    recomputeLocatedIn: async (placeIds: string[], tx: Client): Promise<number> => {
      const affected = await tx.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE below(id, level) AS (
          SELECT unnest(${placeIds}::uuid[]), 0
          UNION
          SELECT r.subject_id, below.level + 1 FROM below
          JOIN relations r ON r.object_id = below.id AND r.type = 'located_in'
          WHERE below.level < ${hierarchyDepth}
        )
        SELECT DISTINCT m.article_id::text AS id FROM mentions m WHERE m.entity_id IN (SELECT id FROM below)`;
      if (affected.length === 0) return 0;
      const articleIds = affected.map((row) => row.id);
      await tx.$executeRaw`
        DELETE FROM article_inferred_entities WHERE rule = 'located_in' AND article_id = ANY(${articleIds}::uuid[])`;
      await tx.$executeRaw`
        WITH RECURSIVE evidence AS (
          SELECT DISTINCT m.article_id, m.entity_id, (a.published_at AT TIME ZONE 'UTC')::date AS day
          FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
          WHERE m.article_id = ANY(${articleIds}::uuid[]) AND m.status <> 'rejected' AND e.type <> 'country'
        ),
        up(article_id, evidence_id, day, node, level) AS (
          SELECT article_id, entity_id, day, entity_id, 0 FROM evidence
          UNION
          SELECT up.article_id, up.evidence_id, up.day, r.object_id, up.level + 1 FROM up
          JOIN entities n ON n.id = up.node AND (up.level = 0 OR n.type <> 'country')
          JOIN relations r ON r.subject_id = up.node AND r.type = 'located_in' AND r.status = 'accepted'
            AND (up.day IS NULL OR ((r.start_date IS NULL OR r.start_date <= up.day) AND (r.end_date IS NULL OR r.end_date >= up.day)))
          WHERE up.level < ${hierarchyDepth}
        )
        INSERT INTO article_inferred_entities (article_id, entity_id, rule, evidence_id)
        SELECT DISTINCT up.article_id, up.node, 'located_in'::inference_rule, up.evidence_id
        FROM up JOIN entities c ON c.id = up.node AND c.type = 'country'
        WHERE up.level > 0
        ON CONFLICT DO NOTHING`;
      return articleIds.length;
    },

    /**
     * One breadth-first level of the path search: the edges touching these entities, at most `limit` of them
     * (served by the (subject_id, type, id) and (object_id, type, id) indexes).
     */
    edgesTouching: (entityIds: string[], filter: RelationFilter, limit: number, tx: Client = db) =>
      tx.$queryRaw<GraphEdge[]>`
        SELECT r.id::text AS id, r.subject_id::text AS "subjectId", r.object_id::text AS "objectId"
        FROM relations r
        WHERE (r.subject_id = ANY(${entityIds}::uuid[]) OR r.object_id = ANY(${entityIds}::uuid[])) AND r.object_id IS NOT NULL
          ${filter.types?.length ? Prisma.sql`AND r.type = ANY(${filter.types}::relation_type[])` : Prisma.empty}
          ${filter.statuses?.length ? Prisma.sql`AND r.status = ANY(${filter.statuses}::review_status[])` : Prisma.empty}
          ${filter.asOf ? Prisma.sql`AND (r.start_date IS NULL OR r.start_date <= ${filter.asOf}::date) AND (r.end_date IS NULL OR r.end_date >= ${filter.asOf}::date)` : Prisma.empty}
        LIMIT ${limit}`,

    /**
     * A page in id order (insertion order: ids are UUIDv7), after `afterId`. Both directions of one entity (its
     * relations, its neighbours) are two id-ordered index scans merged — (subject_id, id) and (object_id, id), each
     * stopping at the page size — then the page's rows by primary key: with one `subject_id = $1 OR object_id = $1`
     * the planner walked the primary key for a hub and filtered (bench/graph-results.md).
     */
    listPage: async (filter: RelationFilter, afterId: string | undefined, take: number, tx: Client = db) => {
      if (!filter.entityId)
        return (await tx.relation.findMany({
          where: { AND: [whereOf(filter), afterId ? { id: { gt: afterId } } : {}] },
          include: relationInclude,
          orderBy: { id: 'asc' },
          take,
        })) as EdgeRow[];
      const conditions = Prisma.join(
        [
          Prisma.sql`r.object_id IS NOT NULL`,
          ...(filter.types?.length ? [Prisma.sql`r.type = ANY(${filter.types}::relation_type[])`] : []),
          ...(filter.statuses?.length ? [Prisma.sql`r.status = ANY(${filter.statuses}::review_status[])`] : []),
          ...(filter.asOf
            ? [
                Prisma.sql`(r.start_date IS NULL OR r.start_date <= ${filter.asOf}::date)`,
                Prisma.sql`(r.end_date IS NULL OR r.end_date >= ${filter.asOf}::date)`,
              ]
            : []),
          ...(afterId ? [Prisma.sql`r.id > ${afterId}::uuid`] : []),
        ],
        ' AND ',
      );
      // One round trip: the page's ids, then its rows with both ends, in the shape findMany returns (dates as
      // midnight UTC, as Prisma reads a DATE), so toRelationDto reads them alike.
      return tx.$queryRaw<EdgeRow[]>`
        SELECT r.id::text AS id, r.type::text AS type, r.subject_id::text AS "subjectId", r.object_id::text AS "objectId",
               r.title, (r.start_date::timestamp AT TIME ZONE 'UTC') AS "startDate", r.start_precision::text AS "startPrecision",
               (r.end_date::timestamp AT TIME ZONE 'UTC') AS "endDate", r.end_precision::text AS "endPrecision",
               r.source_kind::text AS "sourceKind", r.source_dataset AS "sourceDataset",
               r.source_article_id::text AS "sourceArticleId", r.evidence_start AS "evidenceStart",
               r.evidence_end AS "evidenceEnd", r.source_key_id::text AS "sourceKeyId", r.status::text AS status, r.share,
               r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
               json_build_object('id', s.id, 'type', s.type, 'name', s.name, 'slug', s.slug) AS subject,
               json_build_object('id', o.id, 'type', o.type, 'name', o.name, 'slug', o.slug) AS object
        FROM (
          (SELECT r.id FROM relations r WHERE r.subject_id = ${filter.entityId}::uuid AND ${conditions} ORDER BY r.id LIMIT ${take})
          UNION ALL
          (SELECT r.id FROM relations r WHERE r.object_id = ${filter.entityId}::uuid AND ${conditions} ORDER BY r.id LIMIT ${take})
          ORDER BY 1
          LIMIT ${take}
        ) AS page
        JOIN relations r ON r.id = page.id
        JOIN entities s ON s.id = r.subject_id
        JOIN entities o ON o.id = r.object_id
        ORDER BY r.id`;
    },

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
