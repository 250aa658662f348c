// The imports tables: an import's record (state, bytes, heartbeat) and one row per line with its outcome. Only this
// module writes them; the ingest store writes a batch's lines through `insertLines` inside the batch's own
// transaction (see imports.service.ts), so a batch and its line results commit together.
import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ImportLineOutcome } from '../../generated/prisma/enums.ts';
import type { Cursor } from '../../lib/pagination.ts';
import { type BatchClient, column } from '../ingest/store/ingest.repository.ts';

export type ImportLineRow = {
  line: number;
  outcome: ImportLineOutcome;
  articleId: string | null;
  url: string | null;
  detail: unknown;
};

type Tx = Prisma.TransactionClient;

export function createImportRepository(db: Database) {
  return {
    // --- imports --------------------------------------------------------------------------------------------
    createImport: (apiKeyId: string | null, tx: Tx) => tx.import.create({ data: { apiKeyId } }),
    /** Progress bookkeeping while the import runs (not a change of the store), outside any transaction. */
    heartbeat: (id: string, bytes: number) =>
      db.import.update({ where: { id }, data: { bytes, heartbeatAt: new Date() } }),
    finishImport: (id: string, bytes: number, error: string | null, tx: Tx) =>
      tx.import.update({
        where: { id },
        data: {
          bytes,
          heartbeatAt: new Date(),
          finishedAt: new Date(),
          state: error === null ? 'completed' : 'failed',
          error,
        },
      }),
    findImport: (id: string) => db.import.findUnique({ where: { id } }),
    listImports: (cursor: Cursor | undefined, take: number) =>
      db.import.findMany({ where: cursor ? { id: { lt: cursor.id } } : {}, orderBy: { id: 'desc' }, take }),
    lineCounts: async (importIds: string[]) => {
      const rows = await db.importLine.groupBy({
        by: ['importId', 'outcome'],
        where: { importId: { in: importIds } },
        _count: { _all: true },
        _max: { line: true },
      });
      return rows.map((row) => ({
        importId: row.importId,
        outcome: row.outcome,
        count: row._count._all,
        lastLine: row._max.line ?? 0,
      }));
    },
    linesPage: (
      importId: string,
      outcome: ImportLineOutcome | undefined,
      afterLine: number | undefined,
      take: number,
    ) =>
      db.importLine.findMany({
        where: { importId, outcome, ...(afterLine !== undefined ? { line: { gt: afterLine } } : {}) },
        orderBy: { line: 'asc' },
        take,
      }),
    insertLines: async (client: BatchClient, importId: string, rows: ImportLineRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO import_lines (import_id, line, outcome, article_id, url, detail)
         SELECT $1::uuid, l.line, l.outcome, l.article_id, l.url, l.detail FROM unnest($2::int4[], $3::import_line_outcome[], $4::uuid[], $5::text[], $6::jsonb[])
              AS l(line, outcome, article_id, url, detail)`,
        [
          importId,
          column(rows, 'line'),
          column(rows, 'outcome'),
          column(rows, 'articleId'),
          column(rows, 'url'),
          rows.map((row) => (row.detail === undefined || row.detail === null ? null : JSON.stringify(row.detail))),
        ],
      );
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
