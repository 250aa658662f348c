import type { SqlPool } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { type ArticleRow, articleSelectList } from '../articles/articles.repository.ts';
import type { ClaimRow } from '../claims/claims.repository.ts';
import type { EntityRow } from '../entities/entities.repository.ts';
import type { EdgeRow } from '../relations/relations.repository.ts';
import { type ArticleScope, matchingArticleIds } from '../search/search.repository.ts';
import type { FtmRow } from './exports.ftm.ts';

// Exports read whole tables, so they cannot go through Prisma (which buffers every row): each one is a server-side
// cursor in its own REPEATABLE READ READ ONLY transaction, fetched in batches. The transaction is one snapshot, so an
// export is consistent however long it streams; the batches keep the server's memory constant however large it is.

// Rows come out in the shapes the services' DTO mappers read (model field names, relations as nested objects), so an
// export line is built by the same toArticleDto / toClaimDto / toEntityDto as GET /v1/<resource>/{id}: a field added
// to a resource appears in its export without a second mapper to keep in step.
export type ArticleExportRow = ArticleRow;
export type ClaimExportRow = ClaimRow;
export type EntityExportRow = EntityRow;

export type ClaimExportFilters = {
  status?: string;
  kind?: string;
  articleId?: string;
  claimantId?: string;
  subjectId?: string;
};
export type EntityExportFilters = { type?: string };
export type RelationExportFilters = { type?: string; status?: string };
export type RelationExportRow = EdgeRow;

/** An open export: the snapshot's time and its rows, batch by batch. `close` ends the transaction (idempotent). */
export type ExportCursor<Row> = { snapshotAt: Date; batches: () => AsyncGenerator<Row[]>; close: () => Promise<void> };

const where = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;

export function createExportRepository(pool: SqlPool) {
  /** Opens the transaction and the cursor; a failure here (before any byte is sent) is an ordinary error response. */
  /** Opens the transaction and reads `statements` one after the other in its snapshot, each through a cursor. */
  async function open<Row>(statements: Prisma.Sql | Prisma.Sql[], batchSize: number): Promise<ExportCursor<Row>> {
    const [statement, ...rest] = Array.isArray(statements) ? statements : [statements];
    if (!statement) throw new Error('An export reads at least one statement.');
    const client = await pool.connect();
    let closed = false;
    const close = async (failure?: Error) => {
      if (closed) return;
      closed = true;
      try {
        await client.query(failure ? 'ROLLBACK' : 'COMMIT');
        client.release();
      } catch (error) {
        // A connection whose transaction cannot end is not given back to the pool.
        client.release(error instanceof Error ? error : true);
      }
    };
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`DECLARE meridian_export NO SCROLL CURSOR FOR ${statement.text}`, statement.values);
      // now() is the transaction's start: the moment the snapshot shows.
      const snapshot = await client.query<{ now: Date }>('SELECT now() AS now');
      const snapshotAt = snapshot.rows[0]?.now ?? new Date();
      async function* batches(): AsyncGenerator<Row[]> {
        try {
          for (const next of [undefined, ...rest]) {
            if (next) {
              await client.query('CLOSE meridian_export');
              await client.query(`DECLARE meridian_export NO SCROLL CURSOR FOR ${next.text}`, next.values);
            }
            while (!closed) {
              const { rows } = await client.query(`FETCH ${batchSize} FROM meridian_export`);
              if (rows.length > 0) yield rows as Row[];
              if (rows.length < batchSize) break;
            }
          }
          await close();
        } catch (error) {
          await close(error instanceof Error ? error : new Error(String(error)));
          throw error;
        } finally {
          // Ended early (the client went away): end the transaction too.
          await close();
        }
      }
      return { snapshotAt, batches, close: () => close() };
    } catch (error) {
      await close(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  return {
    articles: (scope: ArticleScope, batchSize: number) =>
      open<ArticleExportRow>(
        Prisma.sql`SELECT ${Prisma.raw(articleSelectList('a'))}
          FROM articles AS a WHERE a.id IN (${matchingArticleIds(scope)}) ORDER BY a.id`,
        batchSize,
      ),

    claims: (filters: ClaimExportFilters, batchSize: number) => {
      const conditions: Prisma.Sql[] = [];
      if (filters.status) conditions.push(Prisma.sql`c.status = ${filters.status}::claim_status`);
      if (filters.kind) conditions.push(Prisma.sql`c.kind = ${filters.kind}::claim_kind`);
      if (filters.articleId) conditions.push(Prisma.sql`c.article_id = ${filters.articleId}::uuid`);
      if (filters.claimantId)
        conditions.push(
          Prisma.sql`(c.claimant_entity_id = ${filters.claimantId}::uuid OR c.claimant_source_id = ${filters.claimantId}::uuid)`,
        );
      if (filters.subjectId)
        conditions.push(
          Prisma.sql`EXISTS (SELECT 1 FROM claim_subjects AS s WHERE s.claim_id = c.id AND s.entity_id = ${filters.subjectId}::uuid)`,
        );
      return open<ClaimExportRow>(
        Prisma.sql`SELECT c.id, c.article_id AS "articleId", c.text, c.quote, c.claimant_entity_id AS "claimantEntityId", c.claimant_source_id AS "claimantSourceId",
            CASE WHEN ce.id IS NULL THEN NULL ELSE json_build_object('id', ce.id, 'name', ce.name) END AS "claimantEntity",
            CASE WHEN cs.id IS NULL THEN NULL ELSE json_build_object('id', cs.id, 'name', cs.name) END AS "claimantSource",
            COALESCE((SELECT json_agg(json_build_object('claimId', s.claim_id, 'entityId', s.entity_id,
                        'entity', json_build_object('id', e.id, 'type', e.type, 'name', e.name, 'slug', e.slug)) ORDER BY e.id)
                      FROM claim_subjects AS s JOIN entities AS e ON e.id = s.entity_id WHERE s.claim_id = c.id), '[]'::json) AS subjects,
            c.kind, c.value, c.unit, c.bound, c.modality, c.evidence_start AS "evidenceStart", c.evidence_end AS "evidenceEnd", c.status,
            c.method, c.confidence, c.review_status AS "reviewStatus", c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"
          FROM claims AS c
          LEFT JOIN entities AS ce ON ce.id = c.claimant_entity_id
          LEFT JOIN sources AS cs ON cs.id = c.claimant_source_id
          ${where(conditions)}
          ORDER BY c.id`,
        batchSize,
      );
    },

    entities: (filters: EntityExportFilters, batchSize: number) =>
      open<EntityExportRow>(
        Prisma.sql`SELECT e.id, e.type, e.name, e.slug, e.description, e.wikidata_id AS "wikidataId", e.iso_alpha2 AS "isoAlpha2", e.iso_alpha3 AS "isoAlpha3",
            e.unlocode, e.iso_3166_3 AS "iso3166Alpha4", e.valid_from::text AS "validFrom", e.valid_to::text AS "validTo",
            e.status, e.latitude, e.longitude, e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
            COALESCE((SELECT json_agg(json_build_object('id', al.id, 'entityId', al.entity_id, 'name', al.name, 'language', al.language,
                                                        'kind', al.kind, 'validFrom', al.valid_from, 'validTo', al.valid_to) ORDER BY al.id)
                      FROM entity_aliases AS al WHERE al.entity_id = e.id), '[]'::json) AS aliases
          FROM entities AS e
          ${where(filters.type ? [Prisma.sql`e.type = ${filters.type}::entity_type`] : [])}
          ORDER BY e.id`,
        batchSize,
      ),

    relations: (filters: RelationExportFilters, batchSize: number) => {
      const conditions: Prisma.Sql[] = [];
      if (filters.type) conditions.push(Prisma.sql`r.type = ${filters.type}::relation_type`);
      if (filters.status) conditions.push(Prisma.sql`r.status = ${filters.status}::review_status`);
      // Dates as midnight UTC (what Prisma returns for a DATE), so toRelationDto reads them as GET does. The inner join
      // on the object leaves out roles with no organization, as /v1/relations does.
      return open<RelationExportRow>(
        Prisma.sql`SELECT r.id, r.type, r.subject_id AS "subjectId", r.object_id AS "objectId",
            (r.start_date::timestamp AT TIME ZONE 'UTC') AS "startDate", r.start_precision AS "startPrecision",
            (r.end_date::timestamp AT TIME ZONE 'UTC') AS "endDate", r.end_precision AS "endPrecision",
            r.source_kind AS "sourceKind", r.source_dataset AS "sourceDataset", r.source_article_id AS "sourceArticleId",
            r.evidence_start AS "evidenceStart", r.evidence_end AS "evidenceEnd", r.source_key_id AS "sourceKeyId",
            r.title, r.status, r.share, r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
            json_build_object('id', s.id, 'type', s.type, 'name', s.name, 'slug', s.slug) AS subject,
            json_build_object('id', o.id, 'type', o.type, 'name', o.name, 'slug', o.slug) AS object
          FROM relations AS r JOIN entities AS s ON s.id = r.subject_id JOIN entities AS o ON o.id = r.object_id
          ${where(conditions)}
          ORDER BY r.id`,
        batchSize,
      );
    },

    /**
     * The accepted graph for the FtM export: entities (but the types FtM has no schema for), then the relations
     * between them, roles with no organization included, each in id order, in one snapshot.
     */
    graph: (leftOutTypes: string[], batchSize: number) =>
      open<FtmRow>(
        [
          Prisma.sql`SELECT 'entity' AS kind, e.id::text AS id, e.type::text AS type, e.name, e.description,
              e.wikidata_id AS "wikidataId", e.iso_alpha2 AS "isoAlpha2", e.latitude, e.longitude,
              (SELECT array_agg(a.name ORDER BY a.id) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
            FROM entities AS e
            WHERE e.status = 'accepted' AND e.type::text <> ALL(${leftOutTypes}::text[])
            ORDER BY e.id`,
          Prisma.sql`SELECT 'relation' AS kind, r.id::text AS id, r.type::text AS type, r.subject_id::text AS "subjectId",
              r.object_id::text AS "objectId", r.title, to_char(r.start_date, 'YYYY-MM-DD') AS "startDate",
              r.start_precision AS "startPrecision", to_char(r.end_date, 'YYYY-MM-DD') AS "endDate",
              r.end_precision AS "endPrecision", r.share
            FROM relations AS r
            JOIN entities AS s ON s.id = r.subject_id AND s.status = 'accepted' AND s.type::text <> ALL(${leftOutTypes}::text[])
            LEFT JOIN entities AS o ON o.id = r.object_id
            WHERE r.status = 'accepted'
              AND (r.object_id IS NULL OR (o.status = 'accepted' AND o.type::text <> ALL(${leftOutTypes}::text[])))
            ORDER BY r.id`,
        ],
        batchSize,
      ),
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
