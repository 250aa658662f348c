import { z } from 'zod';
import { ClaimKind, ClaimModality, ClaimStatus, QuantityBound } from '../../generated/prisma/enums.ts';
import { EntityRefSchema, ReviewStatusSchema } from '../../lib/references.ts';
import { includeParam, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { claimCreateExample, claimExample, claimUpdateExample } from './claims.examples.ts';

export const ClaimKindSchema = z.enum(ClaimKind).meta({
  id: 'ClaimKind',
  description:
    'quantity (a number), event (something happened), attribution (someone said), policy (a decision or legal act), assessment (a judgement), prediction.',
});
export const ClaimModalitySchema = z.enum(ClaimModality).meta({
  id: 'ClaimModality',
  description:
    'asserted (stated as fact), reported (attributed to another source), speculative (hedged: could, may, intends).',
});
export const QuantityBoundSchema = z.enum(QuantityBound).meta({
  id: 'QuantityBound',
  description:
    'How `value` bounds the real quantity: exact ("30%"), at_least ("at least 50"), more_than ("over 3,500"), at_most ("up to 9,000 tons"), less_than ("under 5%"), approximately ("about 30%").',
});
export const ClaimStatusSchema = z.enum(ClaimStatus).meta({
  id: 'ClaimStatus',
  description:
    'Meridian’s own verification status; new claims are unverified. Fact-checkers’ reviews, each with its reviewer and rating, are GET /v1/claims/{id}/reviews.',
});

export const ClaimantSchema = z
  .object({
    type: z
      .enum(['entity', 'source'])
      .meta({ description: '`entity` for a person or body; `source` when the outlet itself asserts it.' }),
    id: Uuid,
    name: z.string().meta({ example: 'Ned Price' }),
  })
  .meta({ id: 'Claimant', description: 'Who makes the claim.' });

export const SpanSchema = z
  .object({
    start: z
      .number()
      .int()
      .meta({ description: 'Offset of the first character in the article body, in Unicode code points.' }),
    end: z.number().int().meta({ description: 'Offset just past the last character.' }),
  })
  .meta({ id: 'Span', description: 'A [start, end) range of the article body.' });

export const ClaimSchema = z
  .object({
    id: Uuid,
    articleId: Uuid,
    text: z.string().meta({
      description: 'The claim as a self-contained statement.',
      example: 'Bolivia holds 30% of the world’s lithium reserves.',
    }),
    quote: z.string().nullable().meta({ description: 'The exact words, when the claim is a direct quote.' }),
    claimant: ClaimantSchema,
    subjects: z.array(EntityRefSchema).meta({ description: 'The entities the claim is about.' }),
    kind: ClaimKindSchema,
    value: z.number().nullable().meta({ description: 'The number stated, for quantity claims.', example: 30 }),
    unit: z.string().nullable().meta({ description: 'The unit of `value`.', example: '%' }),
    bound: QuantityBoundSchema.nullable().meta({
      description: 'How `value` bounds the quantity; null when there is no value or it was not stated.',
    }),
    modality: ClaimModalitySchema,
    evidence: SpanSchema.meta({ description: 'Where the claim stands in the article body.' }),
    status: ClaimStatusSchema,
    method: z
      .enum(['manual', 'auto'])
      .meta({ description: '`manual`: entered by hand; `auto`: extracted by the ingest pipeline.' }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: '1 for manual claims; the extractor’s confidence for automatic ones.' }),
    reviewStatus: ReviewStatusSchema.meta({
      description:
        'Whether the claim is a real claim of the article (separate from `status`, the verdict on its truth).',
    }),
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Claim',
    description: 'A statement an article makes or reports, with claimant, subjects and evidence span.',
    examples: [claimExample],
  });

export const ClaimInclude = includeParam(['article'] as const);

const ClaimantInput = z
  .strictObject({ type: z.enum(['entity', 'source']), id: Uuid })
  .meta({ description: 'Who makes the claim: an entity, or the source itself.' });

const claimFields = {
  text: z.string().trim().min(1).max(4000),
  quote: z.string().min(1).max(4000).nullable().meta({ description: 'Must appear verbatim in the article body.' }),
  claimant: ClaimantInput,
  subjectIds: z.array(Uuid).max(100).meta({ description: 'Ids of the entities the claim is about.' }),
  kind: ClaimKindSchema,
  value: z.number().finite().nullable(),
  unit: z.string().trim().min(1).max(100).nullable(),
  bound: QuantityBoundSchema.nullable().meta({
    description: 'How `value` bounds the quantity; needs a `value`. Clearing `value` clears it.',
  }),
  modality: ClaimModalitySchema,
  evidence: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) }),
  status: ClaimStatusSchema,
};

export const ClaimCreateSchema = z
  .strictObject({
    articleId: Uuid,
    ...claimFields,
    quote: claimFields.quote.optional(),
    subjectIds: claimFields.subjectIds.default([]),
    value: claimFields.value.optional(),
    unit: claimFields.unit.optional(),
    bound: claimFields.bound.optional(),
    modality: claimFields.modality.default('asserted'),
    status: claimFields.status.default('unverified'),
  })
  .meta({ id: 'ClaimCreate', examples: [claimCreateExample] });

export const ClaimUpdateSchema = z
  .strictObject(claimFields)
  .partial()
  .meta({
    id: 'ClaimUpdate',
    description: 'Only the fields sent are changed; `subjectIds` replaces the list; null clears.',
    examples: [claimUpdateExample],
  });

const claimFilters = {
  ...PageQuery,
  status: ClaimStatusSchema.optional(),
  kind: ClaimKindSchema.optional(),
  method: z
    .enum(['manual', 'auto'])
    .optional()
    .meta({ description: 'Only claims entered by hand (`manual`) or extracted automatically (`auto`).' }),
  reviewStatus: ReviewStatusSchema.optional().meta({
    description: 'Only claims with this review status (`proposed`: extracted, awaiting review).',
  }),
  include: ClaimInclude,
};

export const ClaimListQuery = z.strictObject({
  ...claimFilters,
  articleId: Uuid.optional().meta({ description: 'Only claims made in this article.' }),
  claimantId: Uuid.optional().meta({ description: 'Only claims made by this entity or source.' }),
  subjectId: Uuid.optional().meta({ description: 'Only claims about this entity.' }),
});

export const ArticleClaimListQuery = z.strictObject(claimFilters);

export const EntityClaimListQuery = z.strictObject({
  ...claimFilters,
  as: z
    .enum(['any', 'subject', 'claimant'])
    .default('any')
    .meta({ description: 'Claims about the entity, made by it, or either.' }),
});

export const ClaimWithArticleSchema = ClaimSchema.extend({
  article: z
    .object({ id: Uuid, title: z.string(), url: z.string(), publishedAt: Timestamp.nullable() })
    .optional()
    .meta({ description: 'With `include=article`.' }),
}).meta({ id: 'ClaimWithArticle', examples: [claimExample] });

export const ClaimPage = pageOf(ClaimWithArticleSchema, 'ClaimPage');

export type ClaimDto = z.infer<typeof ClaimWithArticleSchema>;
export type ClaimCreate = z.infer<typeof ClaimCreateSchema>;
export type ClaimUpdate = z.infer<typeof ClaimUpdateSchema>;
export type ClaimListFilters = z.infer<typeof ClaimListQuery>;
export type EntityClaimListFilters = z.infer<typeof EntityClaimListQuery>;
