import { Readable } from 'node:stream';
import { csvRow, utf8Bom } from '../../lib/csv-writer.ts';
import { toArticleDto } from '../articles/articles.mappers.ts';
import { toClaimDto } from '../claims/claims.mappers.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import { toRelationDto } from '../relations/relations.mappers.ts';
import type { SearchFilterInput, SearchService } from '../search/search.service.ts';
import { type CsvLayout, claimCsv, entityCsv } from './exports.formats.ts';
import { createFtmMapper, ftmLeftOutEntityTypes } from './exports.ftm.ts';
import type {
  ClaimExportFilters,
  EntityExportFilters,
  ExportCursor,
  ExportRepository,
  RelationExportFilters,
} from './exports.repository.ts';

/** Rows fetched per round trip: the most an export holds in memory at once, whatever its size. */
export const exportBatchSize = 500;

export type ExportFormat = 'ndjson' | 'csv' | 'ftm';

export type PreparedExport = {
  /** The normalised query (sorted parameters, lists comma-joined, format included): repeat it to repeat the export. */
  query: string;
  /** When the snapshot was taken: the export shows the store as it was then. */
  snapshotAt: Date;
  filename: string;
  body: Readable;
};

/** Sorted `name=value` pairs of the parameters that were given, lists joined with commas, as a URL query string. */
export function normalisedQuery(input: Record<string, unknown>, format: ExportFormat): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...input, format }).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/** What one row becomes: an object (one line), or several (the FtM export writes a role's Position with it). */
type RowMapper<Row, T> = (row: Row) => T | T[];

function body<Row, T>(
  cursor: ExportCursor<Row>,
  toObject: RowMapper<Row, T>,
  format: ExportFormat,
  layout?: CsvLayout<T>,
): Readable {
  const line = (item: T) => (format === 'csv' && layout ? csvRow(layout.record(item)) : `${JSON.stringify(item)}\n`);
  async function* chunks() {
    if (format === 'csv' && layout) yield utf8Bom + csvRow(layout.columns);
    for await (const batch of cursor.batches()) {
      yield batch
        .flatMap((row) => {
          const items = toObject(row);
          return Array.isArray(items) ? items.map(line) : [line(items)];
        })
        .join('');
    }
  }
  // A byte stream (not object mode) buffers one chunk, one batch, before the socket's backpressure stops the reads.
  const stream = Readable.from(chunks(), { objectMode: false });
  stream.on('close', () => void cursor.close());
  return stream;
}

function prepared<Row, T>(
  resource: string,
  query: string,
  format: ExportFormat,
  cursor: ExportCursor<Row>,
  toObject: RowMapper<Row, T>,
  layout?: CsvLayout<T>,
): PreparedExport {
  const stamp = cursor.snapshotAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return {
    query,
    snapshotAt: cursor.snapshotAt,
    filename: `meridian-${resource}-${stamp}.${format === 'ftm' ? 'ftm.json' : format}`,
    body: body(cursor, toObject, format, layout),
  };
}

export function createExportService(deps: { exports: ExportRepository; search: Pick<SearchService, 'articleScope'> }) {
  const { exports, search } = deps;
  return {
    /** Articles a search would find (same query and filters), all of them, oldest record first. Unknown ids or slugs: 422. */
    async articles(input: SearchFilterInput): Promise<PreparedExport> {
      const scope = await search.articleScope(input);
      return prepared(
        'articles',
        normalisedQuery(input, 'ndjson'),
        'ndjson',
        await exports.articles(scope, exportBatchSize),
        toArticleDto,
      );
    },
    async claims(input: ClaimExportFilters, format: ExportFormat): Promise<PreparedExport> {
      return prepared(
        'claims',
        normalisedQuery(input, format),
        format,
        await exports.claims(input, exportBatchSize),
        toClaimDto,
        claimCsv,
      );
    },
    async entities(input: EntityExportFilters, format: ExportFormat): Promise<PreparedExport> {
      return prepared(
        'entities',
        normalisedQuery(input, format),
        format,
        await exports.entities(input, exportBatchSize),
        toEntityDto,
        entityCsv,
      );
    },
    /** Every relation (the graph's edges), or those of one type or review status. */
    async relations(input: RelationExportFilters): Promise<PreparedExport> {
      return prepared(
        'relations',
        normalisedQuery(input, 'ndjson'),
        'ndjson',
        await exports.relations(input, exportBatchSize),
        toRelationDto,
      );
    },
    /** The accepted graph as FollowTheMoney entities: entities, then relations (a role with its Position). */
    async graphFtm(): Promise<PreparedExport> {
      return prepared(
        'graph',
        normalisedQuery({}, 'ftm'),
        'ftm',
        await exports.graph(ftmLeftOutEntityTypes, exportBatchSize),
        createFtmMapper(),
      );
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
