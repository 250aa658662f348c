import { z } from 'zod';
import { EntityTypeSchema, ReviewStatusSchema } from '../../lib/references.ts';
import { Uuid } from '../../lib/schemas.ts';
import type { Representation } from '../../plugins/representations.ts';
import { ClaimKindSchema, ClaimStatusSchema } from '../claims/claims.schemas.ts';
import { RelationTypeSchema } from '../relations/relations.schemas.ts';
import { SearchQuery } from '../search/search.schemas.ts';

/** The query and filters of GET /v1/search: an export of articles selects exactly what that search would. */
export const ArticleExportQuery = SearchQuery.pick({
  q: true,
  entity: true,
  anyEntity: true,
  entityType: true,
  country: true,
  source: true,
  language: true,
  publishedFrom: true,
  publishedTo: true,
  claimStatus: true,
});

export const ClaimExportQuery = z.strictObject({
  status: ClaimStatusSchema.optional(),
  kind: ClaimKindSchema.optional(),
  articleId: Uuid.optional().meta({ description: 'Only claims made in this article.' }),
  claimantId: Uuid.optional().meta({ description: 'Only claims made by this entity or source.' }),
  subjectId: Uuid.optional().meta({ description: 'Only claims about this entity.' }),
});

export const EntityExportQuery = z.strictObject({ type: EntityTypeSchema.optional() });

export const RelationExportQuery = z.strictObject({
  type: RelationTypeSchema.optional(),
  status: ReviewStatusSchema.optional(),
});

export const ndjson: Representation = { format: 'ndjson', mediaType: 'application/x-ndjson' };
export const csv: Representation = { format: 'csv', mediaType: 'text/csv' };

export const NdjsonBody = z.string().meta({
  description:
    'Newline-delimited JSON (https://github.com/ndjson/ndjson-spec): one JSON object per line, each as GET of that resource answers it, `\\n` after each. ' +
    '`x-itemSchema` (OpenAPI 3.2’s `itemSchema`, as an extension in this 3.1 document) gives the schema of one line.',
});

/** An NDJSON body: the document names the schema each line follows (src/plugins/openapi-responses.ts carries it). */
export function ndjsonOf(item: z.ZodType) {
  return { schema: NdjsonBody, itemSchema: item };
}
export const CsvBody = z.string().meta({
  description:
    'RFC 4180 CSV in UTF-8 with a byte order mark (so spreadsheets read it as UTF-8): a header row, then one record per resource; ' +
    'CRLF line ends; fields holding a comma, quote, CR or LF are quoted, quotes doubled. Empty field: null.',
});
