import { z } from 'zod';
import { DatePrecision, RelationSourceKind, RelationType } from '../../generated/prisma/enums.ts';
import { EntityRefSchema, ReviewStatusSchema } from '../../lib/references.ts';
import { DayInput, IdOrSlug, listParam, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';

export const RelationTypeSchema = z.enum(RelationType).meta({
  id: 'RelationType',
  description:
    'The kind of relation, read as "subject <type> object": `located_in` (a place in a region or country), `part_of`, `member_of`, ' +
    '`owns` (with `share`), `operates`, `head_of`, `holds_position`, `allied_with`, `party_to`, `successor_of` (a state that followed one that ceased to exist).',
});

const DatePrecisionSchema = z.enum(DatePrecision).meta({
  id: 'DatePrecision',
  description:
    'How precisely the date is known. A date known to the month or year stands for the first day of that period (a start) or its last day (an end).',
});

const relationExample = {
  id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c40',
  type: 'located_in',
  subject: { id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c41', type: 'port', name: 'Port of Chancay', slug: 'chancay' },
  object: { id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c42', type: 'country', name: 'Peru', slug: 'peru' },
  title: null,
  startDate: null,
  startPrecision: null,
  endDate: null,
  endPrecision: null,
  source: { kind: 'reference', dataset: 'ports/ports.csv', articleId: null, apiKeyId: null, evidence: null },
  status: 'accepted',
  share: null,
  version: 1,
  createdAt: '2023-06-05T00:00:00.000Z',
  updatedAt: '2023-06-05T00:00:00.000Z',
} as const;

export const RelationSourceSchema = z
  .object({
    kind: z.enum(RelationSourceKind).meta({
      description:
        '`reference`: a reference data set (`dataset`); `article`: stated in an article (`articleId`, `evidence`); `manual`: entered by a person.',
    }),
    dataset: z.string().nullable().meta({
      description: 'For `reference`: the data file or package, e.g. `places/cities.csv` (see data/README.md).',
      example: 'ports/ports.csv',
    }),
    articleId: Uuid.nullable().meta({ description: 'For `article`: the article that states the relation.' }),
    apiKeyId: Uuid.nullable().meta({
      description:
        'For `manual`: the API key that asserted it (null for relations the seed or a script wrote, or once the key is deleted).',
    }),
    evidence: z
      .object({
        start: z.number().int().meta({ description: 'First code point of the evidence in the article body.' }),
        end: z.number().int().meta({ description: 'Code point just past the evidence.' }),
      })
      .nullable()
      .meta({ description: 'For `article`: where the article states it.' }),
  })
  .meta({ id: 'RelationSource', description: 'Where the relation comes from.' });

export const RelationSchema = z
  .object({
    id: Uuid,
    type: RelationTypeSchema,
    subject: EntityRefSchema,
    object: EntityRefSchema,
    title: z
      .string()
      .nullable()
      .meta({
        description:
          'For a role (`holds_position` or `head_of` written through /v1/roles): the office, e.g. `President of Peru`; the ' +
          'same resource is GET /v1/roles/{id}. Null for every other relation.',
        example: null,
      }),
    startDate: z.iso.date().nullable().meta({ description: 'First day it holds; null when unknown.', example: null }),
    startPrecision: DatePrecisionSchema.nullable(),
    endDate: z.iso.date().nullable().meta({ description: 'Last day it holds; null while it holds.', example: null }),
    endPrecision: DatePrecisionSchema.nullable(),
    source: RelationSourceSchema,
    status: ReviewStatusSchema,
    share: z.number().min(0).max(1).nullable().meta({
      description: 'For `owns`: the share of the object the subject owns, from 0 to 1; null otherwise or when unknown.',
      example: null,
    }),
    version: z.number().int().meta({ description: 'Incremented on every update.', example: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Relation',
    description:
      'A typed, time-scoped edge between two entities, read as "subject <type> object" (the port of Chancay `located_in` Peru).',
    examples: [relationExample],
  });

// Within the years every layer represents (no year 0, four digits): see src/lib/schemas.ts.
const Day = DayInput;

const relationFilters = {
  type: listParam(RelationTypeSchema, 10, 'Only relations of these types.', 'located_in'),
  as_of: Day.optional().meta({
    description:
      'Only relations that hold on this date (YYYY-MM-DD): started on or before it (or with no known start) and not ended before it.',
    example: '2023-06-05',
  }),
  status: listParam(ReviewStatusSchema, 3, 'Only relations with one of these review statuses.', 'accepted'),
};

export const RelationListQuery = z.strictObject({
  ...PageQuery,
  ...relationFilters,
  subject: IdOrSlug.optional().meta({ description: 'Only relations whose subject is this entity (id or slug).' }),
  object: IdOrSlug.optional().meta({ description: 'Only relations whose object is this entity (id or slug).' }),
});

export const EntityRelationListQuery = z.strictObject({
  ...PageQuery,
  ...relationFilters,
  direction: z.enum(['outgoing', 'incoming', 'both']).default('both').meta({
    description:
      '`outgoing`: relations where the entity is the subject (what Rotterdam lies in); `incoming`: where it is the object (what lies in the Netherlands); `both`.',
  }),
});

export const RelationPage = pageOf(RelationSchema, 'RelationPage');

// Writing relations. The subject, object and type are what a relation is: changing them is deleting it and creating
// another, so PATCH takes only the interval, the share and the status.

const WritableStatusSchema = z.enum(['accepted', 'proposed']).meta({
  description:
    '`accepted` (the default) or `proposed`: a proposal waits for review (POST /v1/relations/{id}/review, or PATCH `status`). Only accepted `located_in` relations place articles in countries.',
});

const startDate = DayInput.meta({
  description: "First day it holds (YYYY-MM-DD); for a month or year precision, that period's first day.",
  example: '2022-12-07',
});
const endDate = DayInput.meta({
  description: "Last day it holds (YYYY-MM-DD), inclusive; for a month or year precision, that period's last day.",
  example: '2023-12-31',
});
const precision = DatePrecisionSchema.meta({
  description: 'How precisely the date is known (default `day` when the date is given).',
});
const share = z.number().min(0).max(1).meta({
  description: 'For `owns` only: the share of the object the subject owns, from 0 to 1.',
  example: 0.6,
});

export const RelationSourceInputSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('manual').meta({ description: 'Asserted by the caller: the API key is recorded.' }),
    }),
    z.strictObject({
      kind: z.literal('article'),
      articleId: Uuid.meta({ description: 'The article that states the relation.' }),
      evidence: z
        .strictObject({
          start: z.number().int().min(0).meta({ description: 'First code point of the evidence in the body.' }),
          end: z.number().int().min(1).meta({ description: 'Code point just past the evidence.' }),
        })
        .meta({ description: 'Where the body states it: code points, within the body, start before end.' }),
    }),
    z.strictObject({
      kind: z.literal('reference'),
      dataset: z.string().trim().min(1).max(200).meta({
        description: 'The reference data set, file or package it comes from.',
        example: 'wikidata:P159',
      }),
    }),
  ])
  .meta({
    description:
      "Where the relation comes from: `manual` (the default: the caller's API key asserts it), an `article` with the evidence span that states it, or a `reference` data set.",
  });

export const RelationCreateSchema = z
  .strictObject({
    type: RelationTypeSchema,
    subject: IdOrSlug.meta({ description: 'The subject entity (id or slug).', example: 'chancay' }),
    object: IdOrSlug.meta({ description: 'The object entity (id or slug).', example: 'peru' }),
    startDate: startDate.optional(),
    startPrecision: precision.optional(),
    endDate: endDate.optional(),
    endPrecision: precision.optional(),
    share: share.optional(),
    status: WritableStatusSchema.default('accepted'),
    source: RelationSourceInputSchema.default({ kind: 'manual' }),
  })
  .meta({
    id: 'RelationCreate',
    description:
      'A new relation, "subject <type> object". Refused with 422 when an entity does not exist, a relation of the entity to itself, an ' +
      'end before the start, a share on a type other than `owns`, entity types the type does not join (a place `located_in` a person), ' +
      'or evidence outside the article body; with 409 when the same type, subject, object and start is stored already.',
    examples: [
      {
        type: 'head_of',
        subject: 'dina-boluarte',
        object: 'peru',
        startDate: '2022-12-07',
        source: { kind: 'manual' },
      },
    ],
  });

export const RelationUpdateSchema = z
  .strictObject({
    startDate: startDate.nullable().optional(),
    startPrecision: precision.optional(),
    endDate: endDate.nullable().optional(),
    endPrecision: precision.optional(),
    share: share.nullable().optional(),
    status: WritableStatusSchema.optional(),
  })
  .meta({
    id: 'RelationUpdate',
    description:
      'The fields to change (`null` clears a date or the share): end a term with `endDate`, correct a date, accept a proposal with ' +
      '`status`. The type, subject and object are what the relation is: to change them, delete it and create another.',
    examples: [{ endDate: '2023-12-31' }],
  });

// Graph queries.

export const NeighborSchema = z
  .object({
    direction: z.enum(['outgoing', 'incoming']).meta({
      description:
        "`outgoing`: the entity is the relation's subject (the neighbour its object); `incoming`: the reverse.",
    }),
    entity: EntityRefSchema,
    relation: RelationSchema,
  })
  .meta({ id: 'Neighbor', description: 'An entity one relation away, with the relation that joins them.' });

export const NeighborPage = pageOf(NeighborSchema, 'NeighborPage');

export const NeighborQuery = EntityRelationListQuery;

export const PathQuery = z.strictObject({
  from: IdOrSlug.meta({ description: 'The entity the path starts from (id or slug).', example: 'chancay' }),
  to: IdOrSlug.meta({ description: 'The entity the path ends at (id or slug).', example: 'china' }),
  max_depth: z.coerce.number().int().min(1).max(3).default(3).meta({
    description: 'The most relations the path may have (1–3).',
    example: 3,
  }),
  ...relationFilters,
});

export const PathSchema = z
  .object({
    from: EntityRefSchema,
    to: EntityRefSchema,
    found: z.boolean().meta({ description: 'Whether a path of at most `max_depth` relations joins them.' }),
    length: z.number().int().nullable().meta({ description: 'The number of relations on the path; null when none.' }),
    entities: z.array(EntityRefSchema).meta({ description: 'The entities along the path, `from` first, `to` last.' }),
    edges: z.array(RelationSchema).meta({
      description:
        'The relations along the path, in order; each may point either way (compare its subject and object).',
    }),
    complete: z.boolean().meta({
      description:
        'False when an entity on the way had more relations than one search step reads (5,000), so a path through the rest may exist.',
    }),
  })
  .meta({ id: 'GraphPath', description: 'A shortest path between two entities over relations, either direction.' });

export type RelationDto = z.infer<typeof RelationSchema>;
export type NeighborDto = z.infer<typeof NeighborSchema>;
export type PathQueryInput = z.infer<typeof PathQuery>;
export type PathDto = z.infer<typeof PathSchema>;
export type RelationCreate = z.infer<typeof RelationCreateSchema>;
export type RelationUpdate = z.infer<typeof RelationUpdateSchema>;
export type RelationListFilters = z.infer<typeof RelationListQuery>;
export type EntityRelationListFilters = z.infer<typeof EntityRelationListQuery>;
