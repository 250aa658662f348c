import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';
import { versioned } from '../../lib/conditional.ts';
import { earthRadiusKm, type GeoBox, type LatLng } from '../../lib/geo.ts';
import { type Cursor, keysetAfter, keysetOrder } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

const refSelect = { id: true, type: true, name: true, slug: true } as const;
/** A role is a relation with a title (a term in office: 20261207140000_roles_as_relations); its holder the subject. */
export const roleWhere = { title: { not: null } } satisfies Prisma.RelationWhereInput;
export const roleInclude = { subject: { select: refSelect }, object: { select: refSelect } } as const;

export function entityInclude(withRoles: boolean) {
  return {
    aliases: { orderBy: { id: 'asc' as const } },
    ...(withRoles
      ? {
          relationsOut: { where: roleWhere, include: roleInclude, orderBy: { startDate: 'asc' as const } },
          relationsIn: { where: roleWhere, include: roleInclude, orderBy: { startDate: 'asc' as const } },
        }
      : {}),
  };
}

export type EntityRow = Prisma.EntityGetPayload<{ include: ReturnType<typeof entityInclude> }>;
export type EntityRowWithRoles = Prisma.EntityGetPayload<{
  include: {
    aliases: true;
    relationsOut: { include: typeof roleInclude };
    relationsIn: { include: typeof roleInclude };
  };
}>;
export type RoleRow = Prisma.RelationGetPayload<{ include: typeof roleInclude }>;

export type EntityListWhere = { type?: Prisma.EntityWhereInput['type']; name?: string; mentionedInArticleId?: string };

/** The filters of GET /v1/entities, already validated and normalised (identifiers upper-case, UN/LOCODE without space). */
export type EntityLookupWhere = {
  type?: EntityType;
  name?: string;
  wikidata?: string;
  iso?: string;
  unlocode?: string;
  status?: 'accepted' | 'proposed' | 'rejected';
  bbox?: GeoBox;
  near?: LatLng & { radiusKm: number; box: GeoBox };
};

/** `id`: insertion order; `score`: best fuzzy match of `q` first; `distance`: nearest to `near` first. */
export type EntityLookupOrder = { by: 'id' } | { by: 'score'; q: string } | { by: 'distance' };

export type EntityLookupRow = { id: string; score: number | null; distanceKm: number | null };

/** How many name matches `q` ranks at most: a bound on the work per request, whatever the query. */
export const fuzzyCandidateLimit = 200;

/**
 * Prominence is an entity's mention count, capped here: on the log scale used, 10,000 mentions already means "as
 * prominent as it gets". The count is read from the diagonal row of entity_cooccurrences (kept by triggers on
 * `mentions`), one index lookup per candidate instead of counting up to 10,000 mentions of each.
 */
const prominenceCap = 10_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

function boxCondition(box: GeoBox): Prisma.Sql {
  const latitude = Prisma.sql`e.latitude BETWEEN ${box.minLatitude}::float8 AND ${box.maxLatitude}::float8`;
  if (box.longitudeRanges === null) return Prisma.sql`(${latitude} AND e.longitude IS NOT NULL)`;
  const ranges = box.longitudeRanges.map(
    ([west, east]) => Prisma.sql`e.longitude BETWEEN ${west}::float8 AND ${east}::float8`,
  );
  return Prisma.sql`(${latitude} AND (${Prisma.join(ranges, ' OR ')}))`;
}

/** Every filter as one SQL condition over `entities e`; values are always bound parameters. */
function lookupConditions(where: EntityLookupWhere): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (where.type) conditions.push(Prisma.sql`e.type = ${where.type}::entity_type`);
  if (where.name) {
    const pattern = `%${escapeLike(where.name)}%`;
    conditions.push(
      Prisma.sql`(e.name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.name ILIKE ${pattern}))`,
    );
  }
  if (where.wikidata) conditions.push(Prisma.sql`e.wikidata_id = ${where.wikidata}`);
  if (where.iso)
    conditions.push(
      where.iso.length === 2
        ? Prisma.sql`e.iso_alpha2 = ${where.iso}::bpchar`
        : Prisma.sql`e.iso_alpha3 = ${where.iso}::bpchar`,
    );
  if (where.unlocode) conditions.push(Prisma.sql`e.unlocode = ${where.unlocode}::bpchar`);
  if (where.status) conditions.push(Prisma.sql`e.status = ${where.status}::review_status`);
  if (where.bbox) conditions.push(boxCondition(where.bbox));
  if (where.near) conditions.push(boxCondition(where.near.box));
  return Prisma.join(conditions, ' AND ');
}

/** Haversine great-circle distance from a point to the entity, in kilometres rounded to metres. */
function distanceKm(point: LatLng): Prisma.Sql {
  const latitude = Prisma.sql`${point.latitude}::float8`;
  const longitude = Prisma.sql`${point.longitude}::float8`;
  return Prisma.sql`round((2 * ${earthRadiusKm}::float8 * asin(least(1, sqrt(
      power(sin(radians(e.latitude - ${latitude}) / 2), 2)
      + cos(radians(${latitude})) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - ${longitude}) / 2), 2)
    ))))::numeric, 3)::float8`;
}

export function createEntityRepository(db: Database) {
  return {
    findById: (id: string, withRoles = false, tx: Client = db) =>
      tx.entity.findUnique({ where: { id }, include: entityInclude(withRoles) }),
    findBySlug: (slug: string, withRoles = false, tx: Client = db) =>
      tx.entity.findUnique({ where: { slug }, include: entityInclude(withRoles) }),
    /** Which of these ids exist (to name the missing ones in an error). */
    existingIds: async (ids: string[], tx: Client = db) =>
      new Set((await tx.entity.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id)),
    findByUnique: (
      field: 'slug' | 'wikidataId' | 'isoAlpha2' | 'isoAlpha3' | 'unlocode',
      value: string,
      tx: Client = db,
    ) => tx.entity.findFirst({ where: { [field]: value }, select: { id: true } }),

    listPage: (
      filters: EntityListWhere,
      withRoles: boolean,
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) =>
      tx.entity.findMany({
        where: {
          AND: [
            { type: filters.type },
            filters.name
              ? {
                  OR: [
                    { name: { contains: filters.name, mode: 'insensitive' } },
                    { aliases: { some: { name: { contains: filters.name, mode: 'insensitive' } } } },
                  ],
                }
              : {},
            filters.mentionedInArticleId ? { mentions: { some: { articleId: filters.mentionedInArticleId } } } : {},
            keysetAfter('id', 'asc', cursor) ?? {},
          ],
        },
        include: entityInclude(withRoles),
        orderBy: { id: 'asc' },
        take,
      }),

    /** Full rows for ids a lookup found (in no particular order). */
    findManyByIds: (ids: string[], withRoles: boolean, tx: Client = db) =>
      tx.entity.findMany({ where: { id: { in: ids } }, include: entityInclude(withRoles) }),

    /**
     * One page of GET /v1/entities as ids (plus score or distance), in the requested order, after the cursor.
     * `score` ranks the fuzzy matches of `q`: trigram similarity over accent-folded names and aliases, served by the
     * GIN indexes on meridian_unaccent(name) (the expressions here must stay the indexed ones).
     */
    lookupPage: (
      where: EntityLookupWhere,
      order: EntityLookupOrder,
      cursor: Cursor | undefined,
      take: number,
      tx: Client = db,
    ) => {
      const conditions = lookupConditions(where);
      if (order.by === 'score') {
        const q = Prisma.sql`public.meridian_unaccent(${order.q}::text)`;
        const after = cursor
          ? Prisma.sql`score < ${cursor.v}::float8 OR (score = ${cursor.v}::float8 AND id > ${cursor.id}::uuid)`
          : Prisma.sql`TRUE`;
        return tx.$queryRaw<EntityLookupRow[]>`
          WITH matched AS (
            SELECT e.id AS entity_id, e.name FROM entities e
            WHERE public.meridian_unaccent(e.name) % ${q} OR public.meridian_unaccent(e.name) %> ${q}
            UNION ALL
            SELECT a.entity_id, a.name FROM entity_aliases a
            WHERE public.meridian_unaccent(a.name) % ${q} OR public.meridian_unaccent(a.name) %> ${q}
          ),
          candidates AS (
            SELECT e.id,
                   max((similarity(public.meridian_unaccent(m.name), ${q}) + word_similarity(${q}, public.meridian_unaccent(m.name))) / 2) AS match
            FROM matched m JOIN entities e ON e.id = m.entity_id
            WHERE ${conditions}
            GROUP BY e.id
            ORDER BY match DESC, e.id
            LIMIT ${fuzzyCandidateLimit}
          ),
          scored AS (
            SELECT c.id, round((0.8 * c.match + 0.2 * ln(1 + coalesce(p.mentions, 0)) / ln(${prominenceCap + 1}::float8))::numeric, 4)::float8 AS score
            FROM candidates c
            LEFT JOIN LATERAL (
              SELECT least(o.mentions, ${prominenceCap})::float8 AS mentions FROM entity_cooccurrences o WHERE o.entity_id = c.id AND o.other_id = c.id
            ) p ON TRUE
          )
          SELECT id, score, NULL::float8 AS "distanceKm" FROM scored
          WHERE ${after}
          ORDER BY score DESC, id
          LIMIT ${take}`;
      }
      if (order.by === 'distance' && where.near) {
        const distance = distanceKm(where.near);
        const after = cursor
          ? Prisma.sql`d.km > ${cursor.v}::float8 OR (d.km = ${cursor.v}::float8 AND e.id > ${cursor.id}::uuid)`
          : Prisma.sql`TRUE`;
        return tx.$queryRaw<EntityLookupRow[]>`
          SELECT e.id, NULL::float8 AS score, d.km AS "distanceKm"
          FROM entities e CROSS JOIN LATERAL (SELECT ${distance} AS km) d
          WHERE ${conditions} AND d.km <= ${where.near.radiusKm}::float8 AND (${after})
          ORDER BY d.km, e.id
          LIMIT ${take}`;
      }
      const after = cursor ? Prisma.sql`e.id > ${cursor.id}::uuid` : Prisma.sql`TRUE`;
      return tx.$queryRaw<EntityLookupRow[]>`
        SELECT e.id, NULL::float8 AS score, NULL::float8 AS "distanceKm"
        FROM entities e
        WHERE ${conditions} AND ${after}
        ORDER BY e.id
        LIMIT ${take}`;
    },

    /** The mentions of the given entities in one article, in text order (one query for a whole page). */
    /**
     * The confidence of proposed entities: 1 − Π(1 − c) over the confidences of their NER mentions that a reviewer has
     * not rejected (each capped at 0.999, so one certain mention does not make the product 0).
     */
    proposalConfidences: async (ids: string[], tx: Client = db): Promise<Map<string, number>> => {
      if (ids.length === 0) return new Map();
      const rows = await tx.$queryRaw<{ id: string; confidence: number }[]>`
        SELECT entity_id::text AS id, (1 - exp(sum(ln(1 - least(confidence, 0.999)))))::float8 AS confidence
        FROM mentions WHERE entity_id = ANY(${ids}::uuid[]) AND method = 'ner' AND status <> 'rejected'
        GROUP BY entity_id`;
      return new Map(rows.map((row) => [row.id, row.confidence]));
    },

    rolesPage: (entityId: string, at: Date | undefined, cursor: Cursor | undefined, take: number, tx: Client = db) =>
      tx.relation.findMany({
        where: {
          AND: [
            roleWhere,
            { OR: [{ subjectId: entityId }, { objectId: entityId }] },
            at
              ? {
                  AND: [
                    { OR: [{ startDate: null }, { startDate: { lte: at } }] },
                    { OR: [{ endDate: null }, { endDate: { gte: at } }] },
                  ],
                }
              : {},
            keysetAfter('startDate', 'asc', cursor, (value) => new Date(String(value))) ?? {},
          ],
        },
        include: roleInclude,
        orderBy: keysetOrder('startDate', 'asc') as Prisma.RelationOrderByWithRelationInput[],
        take,
      }),

    create: (data: Prisma.EntityUncheckedCreateInput, tx: Client = db) =>
      tx.entity.create({ data, include: entityInclude(false) }),
    update: (
      id: string,
      expectedVersion: number | undefined,
      data: Prisma.EntityUncheckedUpdateInput,
      tx: Client = db,
    ) =>
      tx.entity.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: entityInclude(false),
      }),
    replaceAliases: async (
      entityId: string,
      aliases: Omit<Prisma.EntityAliasCreateManyInput, 'entityId'>[],
      tx: Client = db,
    ) => {
      await tx.entityAlias.deleteMany({ where: { entityId } });
      await tx.entityAlias.createMany({ data: aliases.map((alias) => ({ entityId, ...alias })), skipDuplicates: true });
    },
    delete: (id: string, expectedVersion: number | undefined, tx: Client = db) =>
      tx.entity.delete({ where: versioned(id, expectedVersion) }),
    countClaimReferences: async (id: string, tx: Client = db) => ({
      asClaimant: await tx.claim.count({ where: { claimantEntityId: id } }),
      asSubject: await tx.claimSubject.count({ where: { entityId: id } }),
    }),
  };
}

export type EntityRepository = ReturnType<typeof createEntityRepository>;
