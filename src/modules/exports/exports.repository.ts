import type { SqlPool } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { type ArticleScope, matchingArticleIds } from '../search/search.repository.ts';

// Exports read whole tables, so they cannot go through Prisma (which buffers every row): each one is a server-side
// cursor in its own REPEATABLE READ READ ONLY transaction, fetched in batches. The transaction is one snapshot, so an
// export is consistent however long it streams; the batches keep the server's memory constant however large it is.

export type ArticleExportRow = {
  id: string;
  url: string;
  title: string;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  published_at: Date | null;
  modified_at: Date | null;
  ingested_at: Date;
  source_id: string;
  content_hash: string;
  version: number;
  original_id: string | null;
  lineage_kind: string | null;
  lineage_similarity: number | null;
  duplicate_of_id: string | null;
  created_at: Date;
  updated_at: Date;
};

export type ClaimExportRow = {
  id: string;
  article_id: string;
  text: string;
  quote: string | null;
  claimant_entity_id: string | null;
  claimant_source_id: string | null;
  claimant_name: string;
  subjects: { id: string; type: string; name: string; slug: string }[];
  kind: string;
  value: number | null;
  unit: string | null;
  modality: string;
  evidence_start: number;
  evidence_end: number;
  status: string;
  method: string;
  confidence: number;
  review_status: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export type EntityExportRow = {
  id: string;
  type: string;
  name: string;
  slug: string;
  description: string | null;
  wikidata_id: string | null;
  iso_alpha2: string | null;
  iso_alpha3: string | null;
  unlocode: string | null;
  status: string;
  latitude: number | null;
  longitude: number | null;
  aliases: { name: string; language: string | null }[];
  version: number;
  created_at: Date;
  updated_at: Date;
};

export type ClaimExportFilters = { status?: string; kind?: string; articleId?: string; claimantId?: string; subjectId?: string };
export type EntityExportFilters = { type?: string };

/** An open export: the snapshot's time and its rows, batch by batch. `close` ends the transaction (idempotent). */
export type ExportCursor<Row> = { snapshotAt: Date; batches: () => AsyncGenerator<Row[]>; close: () => Promise<void> };

const where = (conditions: Prisma.Sql[]) => (conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty);

export function createExportRepository(pool: SqlPool) {
  /** Opens the transaction and the cursor; a failure here (before any byte is sent) is an ordinary error response. */
  async function open<Row>(statement: Prisma.Sql, batchSize: number): Promise<ExportCursor<Row>> {
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
          while (!closed) {
            const { rows } = await client.query(`FETCH ${batchSize} FROM meridian_export`);
            if (rows.length > 0) yield rows as Row[];
            if (rows.length < batchSize) break;
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
        Prisma.sql`SELECT a.id, a.url, a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.ingested_at, a.source_id,
            a.content_hash, a.version, a.original_id, a.lineage_kind::text AS lineage_kind, a.lineage_similarity, a.duplicate_of_id, a.created_at, a.updated_at
          FROM articles AS a WHERE a.id IN (${matchingArticleIds(scope)}) ORDER BY a.id`,
        batchSize,
      ),

    claims: (filters: ClaimExportFilters, batchSize: number) => {
      const conditions: Prisma.Sql[] = [];
      if (filters.status) conditions.push(Prisma.sql`c.status = ${filters.status}::claim_status`);
      if (filters.kind) conditions.push(Prisma.sql`c.kind = ${filters.kind}::claim_kind`);
      if (filters.articleId) conditions.push(Prisma.sql`c.article_id = ${filters.articleId}::uuid`);
      if (filters.claimantId) conditions.push(Prisma.sql`(c.claimant_entity_id = ${filters.claimantId}::uuid OR c.claimant_source_id = ${filters.claimantId}::uuid)`);
      if (filters.subjectId) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM claim_subjects AS s WHERE s.claim_id = c.id AND s.entity_id = ${filters.subjectId}::uuid)`);
      return open<ClaimExportRow>(
        Prisma.sql`SELECT c.id, c.article_id, c.text, c.quote, c.claimant_entity_id, c.claimant_source_id, COALESCE(ce.name, cs.name) AS claimant_name,
            COALESCE((SELECT json_agg(json_build_object('id', e.id, 'type', e.type, 'name', e.name, 'slug', e.slug) ORDER BY e.id)
                      FROM claim_subjects AS s JOIN entities AS e ON e.id = s.entity_id WHERE s.claim_id = c.id), '[]'::json) AS subjects,
            c.kind::text AS kind, c.value, c.unit, c.modality::text AS modality, c.evidence_start, c.evidence_end, c.status::text AS status,
            c.method::text AS method, c.confidence, c.review_status::text AS review_status, c.version, c.created_at, c.updated_at
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
        Prisma.sql`SELECT e.id, e.type::text AS type, e.name, e.slug, e.description, e.wikidata_id, e.iso_alpha2, e.iso_alpha3, e.unlocode,
            e.status::text AS status, e.latitude, e.longitude, e.version, e.created_at, e.updated_at,
            COALESCE((SELECT json_agg(json_build_object('name', al.name, 'language', al.language) ORDER BY al.id)
                      FROM entity_aliases AS al WHERE al.entity_id = e.id), '[]'::json) AS aliases
          FROM entities AS e
          ${where(filters.type ? [Prisma.sql`e.type = ${filters.type}::entity_type`] : [])}
          ORDER BY e.id`,
        batchSize,
      ),
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
