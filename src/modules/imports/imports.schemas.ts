import { z } from 'zod';
import { PageQuery, pageOf, queryBoolean, Timestamp, Uuid } from '../../lib/schemas.ts';
import { ArticleCreateSchema, BodyFormatSchema } from '../articles/articles.schemas.ts';

/** One NDJSON line: a raw article as POST /v1/articles takes it, without hand-made mentions; `bodyFormat` defaults to `auto`. */
export const ImportLineInput = ArticleCreateSchema.omit({ mentions: true }).extend({
  bodyFormat: BodyFormatSchema.default('auto'),
});

export const ImportStateSchema = z.enum(['running', 'completed', 'failed']).meta({
  id: 'ImportState',
  description:
    '`running` while the request streams; `completed` at the end of the body; `failed` when it stopped early (body too large, connection cut, process ended).',
});
export const ImportLineOutcomeSchema = z.enum(['created', 'duplicate', 'rejected']).meta({
  id: 'ImportLineOutcome',
  description:
    '`created`: stored (possibly recorded as a duplicate or republication of an earlier article); `duplicate`: an article with the same canonical URL was already stored, nothing changed; `rejected`: refused, see `problem`.',
});

export const ImportSchema = z
  .object({
    id: Uuid,
    state: ImportStateSchema,
    error: z.string().nullable().meta({ description: 'Why the import stopped early, when `failed`.' }),
    bytes: z.number().int().meta({ description: 'Bytes of the body read so far.' }),
    counts: z
      .object({ created: z.number().int(), duplicate: z.number().int(), rejected: z.number().int() })
      .meta({ description: 'Lines per outcome so far.' }),
    lastLine: z.number().int().meta({ description: 'The highest line number with a result (blank lines have none).' }),
    createdAt: Timestamp,
    heartbeatAt: Timestamp.meta({
      description: 'Last sign of progress; a running import silent for a minute is reported as failed.',
    }),
    finishedAt: Timestamp.nullable(),
  })
  .meta({
    id: 'Import',
    description: 'A bulk NDJSON import and its progress.',
    examples: [
      {
        id: '019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b',
        state: 'completed',
        error: null,
        bytes: 48213,
        counts: { created: 18, duplicate: 1, rejected: 1 },
        lastLine: 20,
        createdAt: '2026-12-03T08:00:00.000Z',
        heartbeatAt: '2026-12-03T08:00:01.200Z',
        finishedAt: '2026-12-03T08:00:01.200Z',
      },
    ],
  });

const LineProblemSchema = z.object({
  code: z.string().meta({ example: 'validation_failed' }),
  status: z.number().int().meta({ example: 400 }),
  detail: z.string(),
  errors: z.array(z.object({ location: z.string(), field: z.string(), message: z.string() })).optional(),
});

export const ImportLineSchema = z
  .object({
    line: z.number().int().meta({ description: '1-based line number in the file.', example: 3 }),
    outcome: ImportLineOutcomeSchema,
    articleId: Uuid.nullable().meta({
      description: 'The created article, or the stored one a duplicate line matched.',
    }),
    url: z.string().nullable().meta({ description: 'The canonical URL, when the line got that far.' }),
    detail: z.record(z.string(), z.unknown()).nullable().optional().meta({
      description:
        'Created: `duplicateOf`, `lineage`, `mentions`, `claims`; duplicate: `reason` and `unchanged` (same content).',
    }),
    problem: LineProblemSchema.optional().meta({ description: 'Rejected: why, as in a problem+json body.' }),
  })
  .meta({ id: 'ImportLine', description: 'What became of one line of an import.' });

export const ImportCreateQuery = z.strictObject({
  ner: queryBoolean(true, 'Also propose new entities with named-entity recognition (slower).'),
});

export const ImportListQuery = z.strictObject({ ...PageQuery });
export const ImportLineListQuery = z.strictObject({ ...PageQuery, outcome: ImportLineOutcomeSchema.optional() });

export const ImportPage = pageOf(ImportSchema, 'ImportPage');
export const ImportLinePage = pageOf(ImportLineSchema, 'ImportLinePage');

export type ImportDto = z.infer<typeof ImportSchema>;
export type ImportLineDto = z.infer<typeof ImportLineSchema>;
export type ImportLineListFilters = z.infer<typeof ImportLineListQuery>;
