// Bulk import: an NDJSON stream, one raw article per line, each through the same pipeline as POST /v1/articles.
//
// Each article is stored in its own transaction together with its import line, so after a crash every line is
// either fully stored (article, mentions, claims, line result) or not at all; re-running the file stores the rest
// and reports the stored ones as `duplicate` (same canonical URL). Lines are processed in file order, which keeps
// near-duplicate links the same on a re-run. While line n is written, line n+1 is already being prepared (the CPU
// work overlaps the database round trips).
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { AppError, type FieldError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts';
import type { IngestRepository } from '../ingest/ingest.repository.ts';
import type { IngestService, PreparedArticle } from '../ingest/ingest.service.ts';
import { ndjsonLines } from './ndjson.ts';
import { type ImportDto, type ImportLineDto, ImportLineInput, type ImportLineListFilters } from './imports.schemas.ts';

/** A running import whose heartbeat is older than this died with its process (heartbeats come every few seconds). */
const ABANDONED_AFTER_MS = 60_000;
const HEARTBEAT_EVERY_MS = 2_000;

type Deps = { ingest: IngestService; imports: IngestRepository };

type LineOutcome = { prepared: PreparedArticle } | { problem: { code: string; status: number; detail: string; errors?: FieldError[] } };

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ location: 'body' as const, field: path ? `${path}.${key}` : key, message: 'is not a known field' }));
    return [{ location: 'body' as const, field: path, message: issue.message }];
  });
}

function problemOf(error: unknown): { code: string; status: number; detail: string; errors?: FieldError[] } {
  if (error instanceof AppError) return { code: error.code, status: error.status, detail: error.message, ...(error.errors ? { errors: error.errors } : {}) };
  return { code: 'internal_error', status: 500, detail: 'The line could not be stored because of an unexpected error; it is logged with the import id and line number.' };
}

export function createImportService(deps: Deps) {
  const { ingest, imports } = deps;

  async function prepareLine(text: string, ner: boolean): Promise<LineOutcome> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      return { problem: { code: 'malformed_json', status: 400, detail: `The line is not valid JSON: ${message}`, errors: [{ location: 'body', field: '', message }] } };
    }
    const parsed = ImportLineInput.safeParse(json);
    if (!parsed.success) {
      const errors = zodErrors(parsed.error);
      return { problem: { code: 'validation_failed', status: 400, detail: errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '), errors } };
    }
    try {
      return { prepared: await ingest.prepare(parsed.data, { ner }) };
    } catch (error) {
      return { problem: problemOf(error) };
    }
  }

  function toDto(row: NonNullable<Awaited<ReturnType<IngestRepository['findImport']>>>, counts: { outcome: string; count: number; lastLine: number }[]): ImportDto {
    const count = (outcome: string) => counts.filter((entry) => entry.outcome === outcome).reduce((sum, entry) => sum + entry.count, 0);
    const abandoned = row.state === 'running' && Date.now() - row.heartbeatAt.getTime() > ABANDONED_AFTER_MS;
    return {
      id: row.id,
      state: abandoned ? 'failed' : row.state,
      error: abandoned ? 'The import stopped without finishing (its process ended); import the file again to complete it.' : row.error,
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
        items: page.map((row) => toDto(row, counts.filter((entry) => entry.importId === row.id))),
        nextCursor: rows.length > filters.limit ? encodeCursor({ o: 'imports:id', v: null, id: page[page.length - 1]!.id }) : null,
      };
    },

    async lines(id: string, filters: ImportLineListFilters) {
      if (!(await imports.findImport(id))) throw new AppError('not_found', `No import has the id '${id}'.`);
      const cursor = decodeCursor(filters.cursor, `import-lines:${id}`);
      const after = cursor ? Number(cursor.v) : undefined;
      const rows = await imports.linesPage(id, filters.outcome, after, filters.limit + 1);
      const page = rows.slice(0, filters.limit);
      const items: ImportLineDto[] = page.map((row) => ({
        line: row.line,
        outcome: row.outcome,
        articleId: row.articleId,
        url: row.url,
        ...(row.outcome === 'rejected' ? { problem: row.detail as ImportLineDto['problem'] } : { detail: (row.detail ?? null) as ImportLineDto['detail'] }),
      }));
      return { items, nextCursor: rows.length > filters.limit ? encodeCursor({ o: `import-lines:${id}`, v: page[page.length - 1]!.line, id }) : null };
    },

    /**
     * Reads the stream to its end (or until `maxBytes`), storing line by line; resolves with the finished import.
     * A body over `maxBytes` stops the import (state `failed`) and is answered 413, with what was stored kept.
     */
    async run(stream: Readable, options: { apiKeyId: string | null; maxBytes: number; maxLineBytes: number; ner: boolean; log: { error: (object: unknown, message: string) => void } }) {
      const record = await imports.createImport(options.apiKeyId);
      let bytes = 0;
      let lastHeartbeat = Date.now();
      let tooLarge = false;
      const onBytes = (total: number) => {
        bytes = total;
        tooLarge = total > options.maxBytes;
        return !tooLarge;
      };

      const storeLine = async (line: number, outcome: LineOutcome): Promise<void> => {
        try {
          if ('problem' in outcome) {
            await imports.recordLine({ importId: record.id, line, outcome: 'rejected', detail: outcome.problem });
            return;
          }
          await ingest.storeInTransaction(outcome.prepared, { importId: record.id, line });
        } catch (error) {
          options.log.error({ err: error, importId: record.id, line }, 'import line failed');
          await imports
            .recordLine({ importId: record.id, line, outcome: 'rejected', url: 'prepared' in outcome ? outcome.prepared.url : null, detail: problemOf(error) })
            .catch((recordError: unknown) => options.log.error({ err: recordError, importId: record.id, line }, 'could not record the import line'));
        }
        if (Date.now() - lastHeartbeat > HEARTBEAT_EVERY_MS) {
          lastHeartbeat = Date.now();
          await imports.heartbeat(record.id, bytes);
        }
      };

      let failure: string | null = null;
      let pending: Promise<void> | null = null;
      try {
        for await (const item of ndjsonLines(stream, options.maxLineBytes, onBytes)) {
          const outcome: LineOutcome =
            'tooLong' in item
              ? { problem: { code: 'payload_too_large', status: 413, detail: `The line is longer than ${options.maxLineBytes} bytes.` } }
              : await prepareLine(item.text, options.ner);
          if (pending) await pending;
          pending = storeLine(item.line, outcome);
        }
      } catch (error) {
        failure = `The request body ended early: ${(error as Error).message}`;
      }
      if (tooLarge) failure = `The import body is larger than IMPORT_MAX_BYTES (${options.maxBytes} bytes).`;
      if (pending) await pending;
      await imports.finishImport(record.id, bytes, failure);
      if (tooLarge) {
        throw new AppError('payload_too_large', `${failure} The lines before the limit were imported; see the import for their results.`, {
          extensions: { location: `/v1/imports/${record.id}` },
        });
      }
      return get(record.id);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
