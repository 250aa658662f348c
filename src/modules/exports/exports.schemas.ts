import { z } from 'zod';
import { EntityTypeSchema, ReviewStatusSchema } from '../../lib/references.ts';
import { Uuid } from '../../lib/schemas.ts';
import type { Representation } from '../../plugins/representations.ts';
import { ClaimKindSchema, ClaimStatusSchema } from '../claims/claims.schemas.ts';
import { RelationTypeSchema } from '../relations/relations.schemas.ts';
import { SearchQuery } from '../search/search.schemas.ts';
import { type FtmSchemaName, ftmSchemas } from './exports.ftm.ts';

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

/** The FollowTheMoney export takes no parameters (the accepted graph, whole): an unknown one is refused with 400. */
export const GraphExportQuery = z.strictObject({});

/** One line of the FollowTheMoney export (exports.ftm.ts). */
export const FtmEntitySchema = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-z-]{1,64}$/)
      .meta({
        description: 'The entity id (a Meridian id; a Position’s is derived).',
        example: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c42',
      }),
    schema: z.enum(Object.keys(ftmSchemas) as [FtmSchemaName, ...FtmSchemaName[]]).meta({
      description: 'The FollowTheMoney schema.',
      example: 'Occupancy',
    }),
    properties: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.array(z.string())).meta({
      description: 'FollowTheMoney properties of that schema, each a list of strings.',
      example: {
        holder: ['0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c41'],
        post: ['meridian-position-5d41402abc4b2a76b9719d911017c592'],
        startDate: ['2022-12-07'],
      },
    }),
  })
  .meta({ id: 'FtmEntity', description: 'A FollowTheMoney entity (https://followthemoney.tech/explorer/).' });

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
