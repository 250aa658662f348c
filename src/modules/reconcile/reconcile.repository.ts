import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType, MatchDecision } from '../../generated/prisma/enums.ts';
import { splitKeys } from '../../lib/id-or-slug.ts';
import type { Cursor } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

/** How many name and alias hits the trigram search keeps per query: a bound on the work per query. */
export const hitsPerQuery = 40;

export type NameHitRow = { query: number; entityId: string; name: string; alias: boolean; similarity: number };

export type CandidateRow = {
  id: string;
  type: EntityType;
  name: string;
  slug: string;
  description: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  isoAlpha3: string | null;
  unlocode: string | null;
  validFrom: Date | null;
  countryIds: string[];
  countryCodes: string[];
};

export type JudgementRow = {
  id: string;
  queryKey: string;
  queryName: string;
  entityId: string;
  decision: MatchDecision;
  createdAt: Date;
  updatedAt: Date;
};

export type SuggestRow = { id: string; name: string; type: EntityType; description: string | null };

export function createReconcileRepository(db: Database) {
  return {
    /**
     * Names and aliases close to each query name (pg_trgm `%` on the accent-folded names, served by the GIN indexes on
     * meridian_unaccent(name) — the expressions must stay the indexed ones), at most `hitsPerQuery` per query, best
     * first. Rejected entities and demonyms ("Peruvian" is evidence of Peru, not a name of it) are left out. One
     * statement for the whole batch; `query` is the 1-based position of the name in `names`.
     */
    nameHits: (names: string[], tx: Client = db) =>
      tx.$queryRaw<NameHitRow[]>`
        WITH q AS (
          SELECT ord::int AS query, public.meridian_unaccent(name) AS name
          FROM unnest(${names}::text[]) WITH ORDINALITY AS t(name, ord)
        )
        SELECT q.query, h.entity_id::text AS "entityId", h.name, h.alias, h.similarity
        FROM q CROSS JOIN LATERAL (
          SELECT * FROM (
            SELECT e.id AS entity_id, e.name, false AS alias, similarity(public.meridian_unaccent(e.name), q.name)::float8 AS similarity
            FROM entities e
            WHERE public.meridian_unaccent(e.name) % q.name AND e.status <> 'rejected'
            UNION ALL
            SELECT a.entity_id, a.name, true, similarity(public.meridian_unaccent(a.name), q.name)::float8
            FROM entity_aliases a JOIN entities e ON e.id = a.entity_id AND e.status <> 'rejected'
            WHERE public.meridian_unaccent(a.name) % q.name AND a.kind <> 'demonym'
          ) hits
          ORDER BY similarity DESC, entity_id
          LIMIT ${hitsPerQuery}
        ) h`,

    /** Entities holding any of these identifiers (an identifier agreement makes a candidate whatever its name). */
    idsByIdentifiers: async (
      identifiers: { wikidata: string[]; isoAlpha2: string[]; isoAlpha3: string[]; unlocode: string[] },
      tx: Client = db,
    ) => {
      const rows = await tx.entity.findMany({
        where: {
          status: { not: 'rejected' },
          OR: [
            { wikidataId: { in: identifiers.wikidata } },
            { isoAlpha2: { in: identifiers.isoAlpha2 } },
            { isoAlpha3: { in: identifiers.isoAlpha3 } },
            { unlocode: { in: identifiers.unlocode } },
          ],
        },
        select: { id: true, wikidataId: true, isoAlpha2: true, isoAlpha3: true, unlocode: true },
      });
      return rows;
    },

    /**
     * The candidates with what scoring reads (never a rejected entity, even one judged a match before it was
     * rejected). An entity's countries: itself when it is a country; the countries it is
     * located_in, directly or through one place between (a port in a region in a country); those it is head_of or
     * holds_position in, roles (holds_position relations with a title) included.
     */
    candidates: (ids: string[], tx: Client = db) =>
      ids.length === 0
        ? Promise.resolve([] as CandidateRow[])
        : tx.$queryRaw<CandidateRow[]>`
        SELECT e.id::text, e.type::text AS type, e.name, e.slug, e.description, e.wikidata_id AS "wikidataId",
               e.iso_alpha2 AS "isoAlpha2", e.iso_alpha3 AS "isoAlpha3", e.unlocode, e.valid_from AS "validFrom",
               coalesce(c.ids, '{}') AS "countryIds", coalesce(c.codes, '{}') AS "countryCodes"
        FROM entities e
        LEFT JOIN LATERAL (
          SELECT array_agg(DISTINCT country.id::text) AS ids, array_agg(DISTINCT country.iso_alpha2::text) FILTER (WHERE country.iso_alpha2 IS NOT NULL) AS codes
          FROM (
            SELECT e.id WHERE e.type = 'country'
            UNION
            SELECT r.object_id FROM relations r
            WHERE r.subject_id = e.id AND r.type IN ('located_in', 'head_of', 'holds_position') AND r.status <> 'rejected'
            UNION
            SELECT up.object_id FROM relations r
            JOIN relations up ON up.subject_id = r.object_id AND up.type = 'located_in' AND up.status <> 'rejected'
            WHERE r.subject_id = e.id AND r.type = 'located_in' AND r.status <> 'rejected'
          ) linked
          JOIN entities country ON country.id = linked.id AND country.type = 'country'
        ) c ON TRUE
        WHERE e.id = ANY(${ids}::uuid[]) AND e.status <> 'rejected'`,

    /** Countries by alpha-2 or alpha-3 code (capitals), slug or id: the `country` values of a batch, in one query. */
    findCountries: (values: string[], tx: Client = db) =>
      tx.entity.findMany({
        where: {
          type: 'country',
          OR: [
            { isoAlpha2: { in: values.filter((value) => /^[A-Z]{2}$/.test(value)) } },
            { isoAlpha3: { in: values.filter((value) => /^[A-Z]{3}$/.test(value)) } },
            { slug: { in: splitKeys(values).slugs } },
            { id: { in: splitKeys(values).ids } },
          ],
        },
        select: { id: true, slug: true, isoAlpha2: true, isoAlpha3: true },
      }),

    judgementsFor: (keys: string[], tx: Client = db) =>
      tx.entityMatchJudgement.findMany({ where: { queryKey: { in: keys } } }),

    findJudgement: (id: string, tx: Client = db) => tx.entityMatchJudgement.findUnique({ where: { id } }),

    listJudgements: (filters: { queryKey?: string; entityId?: string }, cursor: Cursor | undefined, take: number) =>
      db.entityMatchJudgement.findMany({
        where: {
          queryKey: filters.queryKey,
          entityId: filters.entityId,
          ...(cursor ? { id: { gt: cursor.id } } : {}),
        },
        orderBy: { id: 'asc' },
        take,
      }),

    /**
     * Records a decision on a pair, replacing an earlier one. `xmax = 0` tells an inserted row from an updated one
     * (PostgreSQL's way of saying which branch of ON CONFLICT ran).
     */
    upsertJudgement: async (
      input: { id: string; queryKey: string; queryName: string; entityId: string; decision: MatchDecision },
      tx: Client,
    ) => {
      const [row] = await tx.$queryRaw<(JudgementRow & { inserted: boolean })[]>`
        INSERT INTO entity_match_judgements (id, query_key, query_name, entity_id, decision, updated_at)
        VALUES (${input.id}::uuid, ${input.queryKey}, ${input.queryName}, ${input.entityId}::uuid, ${input.decision}::match_decision, now())
        ON CONFLICT (query_key, entity_id) DO UPDATE SET decision = EXCLUDED.decision, updated_at = now()
        RETURNING id::text, query_key AS "queryKey", query_name AS "queryName", entity_id::text AS "entityId",
                  decision::text AS decision, created_at AS "createdAt", updated_at AS "updatedAt", (xmax = 0) AS inserted`;
      if (!row) throw new Error('INSERT … RETURNING returned no row');
      return row;
    },

    /** Deletes one decision; false when there was none with that id. */
    deleteJudgement: async (id: string, tx: Client) =>
      (await tx.entityMatchJudgement.deleteMany({ where: { id } })).count > 0,

    entityExists: async (id: string, tx: Client = db) =>
      (await tx.entity.count({ where: { id, status: { not: 'rejected' } } })) > 0,

    /**
     * Entities whose accent-folded name or alias starts with the prefix, shortest name first (suggest as you type).
     * Served by the trigram indexes for prefixes of three characters or more.
     */
    suggest: (prefix: string, type: EntityType | undefined, offset: number, take: number, tx: Client = db) => {
      const pattern = `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const typed = type ? Prisma.sql`AND e.type = ${type}::entity_type` : Prisma.empty;
      return tx.$queryRaw<SuggestRow[]>`
        SELECT e.id::text, e.name, e.type::text AS type, e.description
        FROM entities e
        WHERE e.status <> 'rejected' ${typed}
          AND (public.meridian_unaccent(e.name) ILIKE public.meridian_unaccent(${pattern})
               OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.kind <> 'demonym'
                          AND public.meridian_unaccent(a.name) ILIKE public.meridian_unaccent(${pattern})))
        ORDER BY length(e.name), e.name, e.id
        OFFSET ${offset} LIMIT ${take}`;
    },

    /** One entity for the preview card. */
    previewOf: (id: string, tx: Client = db) =>
      tx.entity.findFirst({
        where: { id, status: { not: 'rejected' } },
        select: {
          id: true,
          type: true,
          name: true,
          slug: true,
          description: true,
          wikidataId: true,
          isoAlpha2: true,
          unlocode: true,
          validFrom: true,
          validTo: true,
          aliases: { where: { kind: { not: 'demonym' } }, select: { name: true }, orderBy: { id: 'asc' }, take: 6 },
        },
      }),
  };
}

export type ReconcileRepository = ReturnType<typeof createReconcileRepository>;
