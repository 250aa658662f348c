import { z } from 'zod';
import { ClaimRelationOrigin, ClaimRelationType } from '../../generated/prisma/enums.ts';
import { ReviewStatusSchema } from '../../lib/references.ts';
import { listParam, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';

/** Stored once per pair, the claim with the smaller id as the subject: the order carries no meaning. */
export const symmetricTypes: ReadonlySet<ClaimRelationType> = new Set([
  'repeats',
  'contradicts',
  'quantifies_differently',
]);

export const ClaimRelationTypeSchema = z.enum(ClaimRelationType).meta({
  id: 'ClaimRelationType',
  description:
    'How two claims relate. Symmetric — stored once per pair, with the claim of the smaller id as the subject: ' +
    '`repeats` (the same claim: the same quote, or the same text in another outlet or language), `contradicts` (they cannot both be true), ' +
    '`quantifies_differently` (the same claimant gives the same kind of quantity different values, which need not be a contradiction: ' +
    'different dates, bounds or scopes). Directed, read "subject <type> object": `supports` (the subject backs the object up), ' +
    '`updates` (the subject is a later statement that revises the object).',
});

export const ClaimRelationOriginSchema = z.enum(ClaimRelationOrigin).meta({
  id: 'ClaimRelationOrigin',
  description: '`pipeline`: proposed by the ingest pipeline; `api`: made by a client with an API key (`createdBy`).',
});

const ClaimSummarySchema = z
  .object({
    id: Uuid,
    articleId: Uuid,
    text: z.string().meta({ example: 'More than 3,500 US soldiers have entered Peru since 2015.' }),
  })
  .meta({ id: 'ClaimSummary', description: 'A claim of the relation: its id, its article and its text.' });

const Evidence = z.record(z.string(), z.unknown()).meta({
  description:
    'The features behind the relation. From the pipeline: `rule` (`same_quote`, `same_text`, `same_claimant_quantity`), and what the rule ' +
    'compared — `quote`, `similarity`, `language`, `claimant`, `unitKind`, `values`, `bounds`. From a client: whatever it sent.',
  example: {
    rule: 'same_claimant_quantity',
    claimant: { type: 'source', id: '01a2185e-f0f9-7091-a987-4a47dfcc6fc1' },
    unitKind: 'soldiers',
    values: [3500, 1200],
    bounds: ['more_than', 'exact'],
  },
});

const claimRelationExample = {
  id: '01a2186b-0a1e-7c2f-9d11-3c5e2b6f7a10',
  type: 'quantifies_differently',
  subject: {
    id: '01a2185e-f3ec-75f2-b01a-b4d356020c19',
    articleId: '01a2185e-f303-7111-8c69-1b6d28cf787f',
    text: 'More than 3,500 US soldiers have entered Peru since 2015 to cooperate in fighting drug trafficking and insurgent groups.',
  },
  object: {
    id: '01a2186b-0a0f-7d3e-8e21-1f4a5b6c7d20',
    articleId: '01a2186b-0a00-7f1a-9b3c-2d4e5f6a7b30',
    text: 'Since 2015, about 1,200 soldiers have entered Peru, Misión Verdad wrote.',
  },
  status: 'proposed',
  origin: 'pipeline',
  evidence: {
    rule: 'same_claimant_quantity',
    claimant: { type: 'source', id: '01a2185e-f0f9-7091-a987-4a47dfcc6fc1' },
    unitKind: 'soldiers',
    values: [3500, 1200],
    bounds: ['more_than', 'approximately'],
  },
  note: null,
  createdBy: null,
  version: 1,
  createdAt: '2026-12-07T09:20:00.000Z',
  updatedAt: '2026-12-07T09:20:00.000Z',
} as const;

export const ClaimRelationSchema = z
  .object({
    id: Uuid,
    type: ClaimRelationTypeSchema,
    subject: ClaimSummarySchema,
    object: ClaimSummarySchema,
    status: ReviewStatusSchema.meta({
      description:
        '`proposed` until a reviewer accepts or rejects it. A rejected proposal is kept: the pipeline never proposes a pair it has a relation for.',
    }),
    origin: ClaimRelationOriginSchema,
    evidence: Evidence,
    note: z.string().nullable().meta({ description: 'A reviewer’s note.', example: null }),
    createdBy: z
      .object({ keyPrefix: z.string().meta({ description: 'The public prefix of the API key that made it.' }) })
      .nullable()
      .meta({ description: 'The key that made the relation; null for the pipeline (or a key since deleted).' }),
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'ClaimRelation',
    description:
      'A typed relation between two claims, read "subject <type> object", with its evidence and review status.',
    examples: [claimRelationExample],
  });

export const ClaimRelationCreateSchema = z
  .strictObject({
    type: ClaimRelationTypeSchema,
    subjectClaimId: Uuid.meta({ description: 'The claim the relation is read from.' }),
    objectClaimId: Uuid.meta({ description: 'The other claim; not the subject itself.' }),
    status: ReviewStatusSchema.default('accepted').meta({
      description:
        'Default `accepted`: a relation a person records is taken as reviewed. Send `proposed` to queue it for review.',
    }),
    note: z.string().trim().min(1).max(2000).optional(),
    evidence: z
      .record(z.string().max(100), z.unknown())
      .optional()
      .refine(
        (value) => value === undefined || JSON.stringify(value).length <= 10_000,
        'must be at most 10,000 characters as JSON',
      )
      .meta({ description: 'What the relation rests on, as an object (at most 10,000 characters of JSON).' }),
  })
  .meta({
    id: 'ClaimRelationCreate',
    description:
      'For a symmetric type the two claims may be sent in either order: the stored relation has the claim of the smaller id as its subject.',
    examples: [
      {
        type: 'contradicts',
        subjectClaimId: '01a2185e-f3ec-75f2-b01a-b4d356020c19',
        objectClaimId: '01a2186b-0a0f-7d3e-8e21-1f4a5b6c7d20',
        note: 'Different troop counts for the same period.',
      },
    ],
  });

export const ClaimRelationUpdateSchema = z
  .strictObject({
    type: ClaimRelationTypeSchema.optional().meta({
      description:
        'A new type. To a symmetric type the pair is stored in its canonical order; to a directed type it reads subject → object as stored.',
    }),
    status: ReviewStatusSchema.optional(),
    note: z.string().trim().min(1).max(2000).nullable().optional().meta({ description: 'null clears the note.' }),
  })
  .meta({
    id: 'ClaimRelationUpdate',
    description: 'Only the fields sent change. Accept or reject a proposal with `status`.',
    examples: [{ status: 'rejected', note: 'Different periods: 2015–2023 against 2023 alone.' }],
  });

export const ClaimRelationListQuery = z.strictObject({
  ...PageQuery,
  type: listParam(ClaimRelationTypeSchema, 5, 'Only relations of these types.', 'contradicts,quantifies_differently'),
  status: listParam(ReviewStatusSchema, 3, 'Only relations with one of these review statuses.', 'proposed'),
});

export const ClaimRelationPage = pageOf(ClaimRelationSchema, 'ClaimRelationPage');

export type ClaimRelationDto = z.infer<typeof ClaimRelationSchema>;
export type ClaimRelationCreate = z.infer<typeof ClaimRelationCreateSchema>;
export type ClaimRelationUpdate = z.infer<typeof ClaimRelationUpdateSchema>;
export type ClaimRelationListFilters = z.infer<typeof ClaimRelationListQuery>;
