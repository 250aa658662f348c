// Bulk import: an NDJSON stream, one raw article per line, each through the same pipeline as POST /v1/articles.
//
// Lines are prepared (parsed, validated, normalised, linked: CPU only) on worker threads and collected into batches
// in file order; each batch is stored in ONE transaction together with its line results (ingest.service.ts
// storeBatch), so after a crash every line of a batch is either fully stored or not at all, and re-running the file
// stores the rest and reports the stored ones as `duplicate` (same canonical URL). Batches are stored in file order,
// which keeps near-duplicate links the same on a re-run. While batch n is written, batch n+1 is being prepared; at
// most two batches are held in memory, whatever the size of the file.
import type { Readable } from 'node:stream';
import type { Transactions } from '../../db/transaction.ts';
import { AppError } from '../../lib/errors.ts';
import { CursorValue, decodeCursor, encodeCursor } from '../../lib/pagination.ts';
import type { BatchItem, IngestService, StoredLine } from '../ingest/store/ingest.service.ts';
import type { ImportLineRow, ImportRepository } from './imports.repository.ts';
import type { ImportDto, ImportLineDto, ImportLineListFilters } from './imports.schemas.ts';
import type { LinePreparer } from './line-preparer.ts';
import { ndjsonLines } from './ndjson.ts';

/** A running import whose heartbeat is older than this died with its process (heartbeats come every few seconds). */
const ABANDONED_AFTER_MS = 60_000;
const HEARTBEAT_EVERY_MS = 2_000;
/** A batch is written once it holds this many bytes of NDJSON, however few lines (bounds memory with long lines). */
const BATCH_MAX_BYTES = 32 * 1024 * 1024;

export type ImportBatching = {
  /** Lines per transaction (IMPORT_BATCH_SIZE). */
  size: number;
  /** A batch is written once its first line is this old, full or not (IMPORT_BATCH_MAX_WAIT_MS): a slow stream still commits as it goes. */
  maxWaitMs: number;
};

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  ingest: IngestService;
  imports: ImportRepository;
  preparer: () => LinePreparer;
  batching: ImportBatching;
};

/** How a line's outcome is recorded: what it created, what it duplicates, or why it was rejected. */
function importLineRow({ line, result, url }: StoredLine): ImportLineRow {
  switch (result.outcome) {
    case 'created':
      return {
        line,
        outcome: 'created',
        articleId: result.articleId,
        url: result.url,
        detail: {
          duplicateOf: result.duplicateOf,
          lineage: result.lineage,
          mentions: result.mentions,
          claims: result.claims,
        },
      };
    case 'duplicate':
      return {
        line,
        outcome: 'duplicate',
        articleId: result.articleId,
        url: result.url,
        detail: { reason: 'url_exists', unchanged: result.sameContent },
      };
    default:
      return { line, outcome: 'rejected', articleId: null, url: url ?? null, detail: result.problem };
  }
}

export function createImportService(deps: Deps) {
  const { transactions, ingest, imports, batching } = deps;

  function toDto(
    row: NonNullable<Awaited<ReturnType<ImportRepository['findImport']>>>,
    counts: { outcome: string; count: number; lastLine: number }[],
  ): ImportDto {
    const count = (outcome: string) =>
      counts.filter((entry) => entry.outcome === outcome).reduce((sum, entry) => sum + entry.count, 0);
    const abandoned = row.state === 'running' && Date.now() - row.heartbeatAt.getTime() > ABANDONED_AFTER_MS;
    return {
      id: row.id,
      state: abandoned ? 'failed' : row.state,
      error: abandoned
        ? 'The import stopped without finishing (its process ended); import the file again to complete it.'
        : row.error,
      bytes: Number(row.bytes),
      counts: { created: count('created'), duplicate: count('duplicate'), rejected: count('rejected') },
      lastLine: Math.max(0, ...counts.map((entry) => entry.lastLine)),
      createdAt: row.createdAt.toISOString(),
      heartbeatAt: row.heartbeatAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  async function get(id: string): Promise<ImportDto> {
    const row = await imports.findImport(id);
    if (!row) throw new AppError('not_found', `No import has the id '${id}'.`);
    return toDto(row, await imports.lineCounts([id]));
  }

  return {
    get,

    async list(filters: { cursor?: string; limit: number }) {
      const cursor = decodeCursor(filters.cursor, 'imports:id');
      const rows = await imports.listImports(cursor, filters.limit + 1);
      const page = rows.slice(0, filters.limit);
      const counts = await imports.lineCounts(page.map((row) => row.id));
      return {
        items: page.map((row) =>
          toDto(
            row,
            counts.filter((entry) => entry.importId === row.id),
          ),
        ),
        nextCursor:
          rows.length > filters.limit
            ? encodeCursor({ o: 'imports:id', v: null, id: page[page.length - 1]!.id })
            : null,
      };
    },

    async lines(id: string, filters: ImportLineListFilters) {
      if (!(await imports.findImport(id))) throw new AppError('not_found', `No import has the id '${id}'.`);
      const cursor = decodeCursor(filters.cursor, `import-lines:${id}`, CursorValue.integer);
      const after = cursor ? Number(cursor.v) : undefined;
      const rows = await imports.linesPage(id, filters.outcome, after, filters.limit + 1);
      const page = rows.slice(0, filters.limit);
      const items: ImportLineDto[] = page.map((row) => ({
        line: row.line,
        outcome: row.outcome,
        articleId: row.articleId,
        url: row.url,
        ...(row.outcome === 'rejected'
          ? { problem: row.detail as ImportLineDto['problem'] }
          : { detail: (row.detail ?? null) as ImportLineDto['detail'] }),
      }));
      return {
        items,
        nextCursor:
          rows.length > filters.limit
            ? encodeCursor({ o: `import-lines:${id}`, v: page[page.length - 1]!.line, id })
            : null,
      };
    },

    /**
     * Reads the stream to its end (or until `maxBytes`), storing line by line; resolves with the finished import.
     * A body over `maxBytes` stops the import (state `failed`) and is answered 413, with what was stored kept.
     */
    async run(
      stream: Readable,
      options: {
        apiKeyId: string | null;
        maxBytes: number;
        maxLineBytes: number;
        ner: boolean;
        log: { error: (object: unknown, message: string) => void };
      },
    ) {
      const record = await transactions.run((tx) => imports.createImport(options.apiKeyId, tx));
      const preparer = deps.preparer();
      let bytes = 0;
      let lastHeartbeat = Date.now();
      let tooLarge = false;
      const onBytes = (total: number) => {
        bytes = total;
        tooLarge = total > options.maxBytes;
        return !tooLarge;
      };

      let batch: Promise<BatchItem>[] = [];
      let batchBytes = 0;
      let batchStartedAt = 0;
      let storing: Promise<void> = Promise.resolve();
      const store = async (items: BatchItem[]) => {
        await ingest.storeBatch(items, {
          record: (client, lines) => imports.insertLines(client, record.id, lines.map(importLineRow)),
          operation: 'import',
          log: {
            error: (object, message) => options.log.error({ ...(object as object), importId: record.id }, message),
          },
        });
        if (Date.now() - lastHeartbeat > HEARTBEAT_EVERY_MS) {
          lastHeartbeat = Date.now();
          await imports.heartbeat(record.id, bytes);
        }
      };
      const flush = async () => {
        if (batch.length === 0) return;
        const items = await Promise.all(batch);
        batch = [];
        batchBytes = 0;
        await storing;
        // Not awaited: the next batch is read and prepared while this one is written.
        storing = store(items).catch((error: unknown) =>
          options.log.error({ err: error, importId: record.id }, 'import batch failed'),
        );
      };

      let failure: string | null = null;
      try {
        for await (const item of ndjsonLines(stream, options.maxLineBytes, onBytes)) {
          if (batch.length === 0) batchStartedAt = Date.now();
          const line = item.line;
          if ('tooLong' in item) {
            batch.push(
              Promise.resolve({
                line,
                problem: {
                  code: 'payload_too_large',
                  status: 413,
                  detail: `The line is longer than ${options.maxLineBytes} bytes.`,
                },
              }),
            );
          } else {
            batchBytes += item.text.length;
            batch.push(preparer.prepare(item.text, options.ner).then((outcome) => ({ line, ...outcome })));
          }
          if (
            batch.length >= batching.size ||
            batchBytes >= BATCH_MAX_BYTES ||
            Date.now() - batchStartedAt >= batching.maxWaitMs
          )
            await flush();
        }
      } catch (error) {
        failure = `The request body ended early: ${(error as Error).message}`;
      }
      await flush();
      await storing;
      if (tooLarge) failure = `The import body is larger than IMPORT_MAX_BYTES (${options.maxBytes} bytes).`;
      await transactions.run((tx) => imports.finishImport(record.id, bytes, failure, tx));
      if (tooLarge) {
        throw new AppError(
          'payload_too_large',
          `${failure} The lines before the limit were imported; see the import for their results.`,
          {
            extensions: { location: `/v1/imports/${record.id}` },
          },
        );
      }
      return get(record.id);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
