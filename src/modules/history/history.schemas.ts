import { z } from 'zod';
import { PageInfo, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { ArticleSchema } from '../articles/articles.schemas.ts';
import { ClaimSchema } from '../claims/claims.schemas.ts';
import { EntitySchema } from '../entities/entities.schemas.ts';

export const resourceTypes = [
  'article',
  'entity',
  'claim',
  'source',
  'relation',
  'claim_review',
  'role',
  'claim_relation',
  'story',
] as const;

const RevisionAction = z.enum(['created', 'updated', 'deleted', 'merged']).meta({
  description:
    '`created`, `updated`, `deleted`, or `merged` (an entity or a story merged into another: `mergedInto` names the survivor).',
});

const Actor = z
  .object({
    keyPrefix: z
      .string()
      .meta({ description: 'The public prefix of the API key that made the change.', example: 'Xq3v9TzA1bCd' }),
  })
  .nullable()
  .meta({ description: 'Who made the change; null for changes made without a key (seeding, scripts).' });

const revisionFields = {
  revision: z.number().int().meta({
    description: 'The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.',
    example: 2,
  }),
  action: RevisionAction,
  changedFields: z.array(z.string()).meta({
    description:
      'For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).',
    example: ['status'],
  }),
  operation: z.string().nullable().meta({
    description: 'What the change was part of, when more than a plain write: `merge`, `split`, `import`.',
    example: null,
  }),
  mergedInto: Uuid.nullable().meta({ description: 'For `merged`: the entity or story this one was merged into.' }),
  actor: Actor,
  requestId: z.string().nullable().meta({ description: 'The X-Request-Id of the request that made the change.' }),
  recordedAt: Timestamp.meta({ description: 'When the change was committed; `as_of` compares with it.' }),
};

const revisionExample = {
  revision: 2,
  action: 'updated',
  changedFields: ['status'],
  operation: null,
  mergedInto: null,
  actor: { keyPrefix: 'Xq3v9TzA1bCd' },
  requestId: '01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80',
  recordedAt: '2026-12-03T07:12:27.123Z',
} as const;

export const RevisionSchema = z
  .object(revisionFields)
  .meta({ id: 'Revision', description: 'One recorded change of a resource.', examples: [revisionExample] });
export const RevisionPage = pageOf(RevisionSchema, 'RevisionPage');

export const ArticleRevisionSchema = z
  .object({
    ...revisionFields,
    state: ArticleSchema.meta({
      description: 'The article as it was after this change (for deleted: as it last was).',
    }),
  })
  .meta({ id: 'ArticleRevision', description: 'A revision of an article with the full article as it was.' });
export const EntityRevisionSchema = z
  .object({
    ...revisionFields,
    state: EntitySchema.meta({
      description: 'The entity as it was after this change (for deleted and merged: as it last was).',
    }),
  })
  .meta({ id: 'EntityRevision', description: 'A revision of an entity with the full entity as it was.' });
export const ClaimRevisionSchema = z
  .object({
    ...revisionFields,
    state: ClaimSchema.meta({ description: 'The claim as it was after this change (for deleted: as it last was).' }),
  })
  .meta({ id: 'ClaimRevision', description: 'A revision of a claim with the full claim as it was.' });

export const RevisionListQuery = z.strictObject({
  ...PageQuery,
  order: z
    .enum(['newest', 'oldest'])
    .default('newest')
    .meta({ description: 'Newest revision first (default) or oldest first.' }),
});
export type RevisionListQuery = z.infer<typeof RevisionListQuery>;

export const RevisionNumber = z.coerce
  .number()
  .int()
  .min(1)
  .max(2_000_000_000)
  .meta({ description: 'The revision number.', example: 1 });

export const ChangeEventSchema = z
  .object({
    cursor: z.string().meta({ description: 'Pass as `after` to resume right after this event.' }),
    type: z.enum(resourceTypes).meta({ description: 'The kind of resource.' }),
    id: Uuid.meta({ description: 'The resource’s id.' }),
    location: z.string().meta({
      description:
        'The resource’s URL (for sources, relations, claim reviews, claim relations and stories, which have no revision routes, the resource itself).',
      example: '/v1/claims/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
    }),
    ...revisionFields,
  })
  .meta({
    id: 'ChangeEvent',
    description: 'One change of one resource, in feed order.',
    examples: [
      {
        cursor: 'eyJ0IjoiNTU2NSIsImkiOiIxMjAzIn0',
        type: 'claim',
        id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
        location: '/v1/claims/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
        ...revisionExample,
      },
    ],
  });

export const ChangeFeedQuery = z.strictObject({
  after: z.string().max(200).optional().meta({
    description:
      'The `cursor` of the last event you processed (or `page.nextCursor`); omit to start from the beginning.',
  }),
  limit: PageQuery.limit,
  types: z
    .string()
    .max(100)
    .regex(
      /^(article|entity|claim|source|relation|claim_review|role|claim_relation|story)(,(article|entity|claim|source|relation|claim_review|role|claim_relation|story))*$/,
      'must be a comma-separated list of: article, entity, claim, source, relation, claim_review, role, claim_relation, story',
    )
    .transform((value) => [...new Set(value.split(','))] as (typeof resourceTypes)[number][])
    .optional()
    .meta({
      description:
        'Only these kinds of resource, comma-separated: `article`, `entity`, `claim`, `source`, `relation`, `claim_review`, `role`, `claim_relation`, `story`.',
      example: 'article,claim',
    }),
});
export type ChangeFeedQuery = z.infer<typeof ChangeFeedQuery>;

export const ChangeFeedPage = z
  .object({
    data: z.array(ChangeEventSchema),
    page: PageInfo.extend({
      nextCursor: z.string().nullable().meta({
        description:
          'Where to resume: pass as `after`. The last event’s cursor, or the `after` you sent when nothing new is visible yet.',
      }),
      caughtUp: z.boolean().meta({
        description: 'True when this page holds every event visible now: poll again later with `nextCursor`.',
      }),
    }),
  })
  .meta({ id: 'ChangeFeedPage', description: 'A page of the change feed.' });

export type RevisionDto = z.infer<typeof RevisionSchema>;
export type ChangeEventDto = z.infer<typeof ChangeEventSchema>;
