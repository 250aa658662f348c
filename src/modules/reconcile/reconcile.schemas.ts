import { z } from 'zod';
import { EntityType } from '../../generated/prisma/enums.ts';
import { EntityTypeSchema } from '../../lib/references.ts';
import { PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { parsePartialDate } from './reconcile.scoring.ts';

/** The most queries one request may carry (both APIs): a bound on the work per request. */
export const maxQueries = 100;
/** The most candidates answered per query. */
export const maxCandidates = 25;

const QueryName = z.string().trim().min(1).max(300);

const BirthDate = z
  .string()
  .max(10)
  .refine((value) => parsePartialDate(value) !== null, 'must be a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ description: 'A year, month or day of birth: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.', example: '1962-05-31' });

const CountryInput = z
  .union([
    z
      .string()
      .max(2)
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, such as PE, or a Meridian entity id'),
    Uuid,
  ])
  .meta({ description: 'ISO 3166-1 alpha-2 code (`PE`) or the Meridian id of a country.', example: 'PE' });

export const MatchQuerySchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Your own key for the query (a row number, a CMS tag id), echoed in its result.' }),
    name: QueryName.meta({ description: 'The name to match, in any language or spelling.', example: 'Dina Boluarte' }),
    type: EntityTypeSchema.optional(),
    country: CountryInput.optional(),
    birthDate: BirthDate.optional(),
    identifiers: z
      .strictObject({
        wikidata: z
          .string()
          .max(20)
          .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q419')
          .optional()
          .meta({ example: 'Q106474688' }),
        isoAlpha2: z
          .string()
          .max(2)
          .regex(/^[A-Z]{2}$/, 'must be two capital letters')
          .optional(),
        isoAlpha3: z
          .string()
          .max(3)
          .regex(/^[A-Z]{3}$/, 'must be three capital letters')
          .optional(),
        unlocode: z
          .string()
          .max(6)
          .regex(/^[A-Z]{2} ?[A-Z0-9]{3}$/, 'must be a UN/LOCODE such as PECHY or PE CHY')
          .transform((value) => value.replace(' ', ''))
          .optional(),
      })
      .optional()
      .meta({ description: 'External identifiers you already know; one that agrees makes the entity a match.' }),
  })
  .meta({ id: 'MatchQuery', description: 'One name to match, with what else you know about it.' });

export const MatchBody = z.strictObject({
  queries: z
    .array(MatchQuerySchema)
    .min(1)
    .max(maxQueries)
    .meta({ description: `The names to match (1–${maxQueries}).` }),
  limit: z
    .number()
    .int()
    .min(1)
    .max(maxCandidates)
    .default(5)
    .meta({ description: `How many candidates per query at most (1–${maxCandidates}, default 5).`, example: 3 }),
});

const Agreement = z.enum(['agrees', 'differs', 'unknown']);

export const MatchFeaturesSchema = z
  .object({
    name: z.number().min(0).max(1).meta({
      description:
        'Name similarity: 1 when the query equals a name or alias once case, accents and punctuation are folded, else the pg_trgm trigram similarity of the accent-folded names (below 1).',
      example: 1,
    }),
    matchedName: z
      .string()
      .meta({ description: 'The stored name or alias that gave `name`.', example: 'Dina Boluarte' }),
    alias: z.boolean().meta({ description: '`matchedName` is an alias, not the entity’s name.', example: false }),
    type: Agreement.exclude(['unknown'])
      .nullable()
      .meta({ description: 'The query’s type against the entity’s; null when not asked.' }),
    country: Agreement.nullable().meta({
      description:
        'The query’s country against the entity’s countries (itself, where it lies, the offices a person holds); `unknown` when the entity has none recorded; null when not asked.',
    }),
    birthDate: Agreement.nullable().meta({
      description: 'The query’s birth date against a person’s (as precise as the query is); null when not asked.',
    }),
    identifier: Agreement.exclude(['unknown']).nullable().meta({
      description:
        'An identifier of the query against the entity’s of the same kind; null when none could be compared.',
    }),
    judgement: z.literal('match').nullable().meta({
      description: 'A reviewer judged this entity a match for this name (POST /v1/entities/match/judgements).',
    }),
  })
  .meta({ id: 'MatchFeatures', description: 'What the score is made of.' });

export const MatchCandidateSchema = z
  .object({
    entityId: Uuid,
    slug: z.string().meta({ example: 'dina-boluarte' }),
    name: z.string().meta({ example: 'Dina Boluarte' }),
    type: EntityTypeSchema,
    score: z.number().min(0).max(1).meta({ example: 1 }),
    match: z.boolean().meta({
      description:
        'Safe to link without review: an identifier agrees, a reviewer judged it a match, or it is the top candidate with score ≥ 0.9 and a lead of ≥ 0.1 over the next.',
    }),
    features: MatchFeaturesSchema,
  })
  .meta({ id: 'MatchCandidate' });

export const MatchResultSchema = z
  .object({
    id: z.string().nullable().meta({ description: 'The query’s `id`, when it had one.' }),
    name: z.string().meta({ example: 'Dina Boluarte' }),
    queryKey: z.string().meta({
      description: 'The name as matching compares it (the key judgements are recorded under).',
      example: 'dina boluarte',
    }),
    candidates: z.array(MatchCandidateSchema).meta({ description: 'Best first; empty when nothing is close.' }),
  })
  .meta({ id: 'MatchResult' });

export const MatchResponse = z
  .object({ results: z.array(MatchResultSchema).meta({ description: 'One result per query, in query order.' }) })
  .meta({ id: 'MatchResponse' });

export const MatchDecisionSchema = z.enum(['match', 'no_match']).meta({
  id: 'MatchDecision',
  description:
    '`match`: the name is this entity; `no_match`: it is not, and the entity is never proposed for it again.',
});

export const JudgementBody = z.strictObject({
  query: QueryName.meta({ description: 'The query name the decision is about.', example: 'D. Boluarte' }),
  entityId: Uuid,
  decision: MatchDecisionSchema,
});

export const JudgementSchema = z
  .object({
    id: Uuid,
    query: z.string().meta({ description: 'The query name as first judged.', example: 'D. Boluarte' }),
    queryKey: z.string().meta({ example: 'd boluarte' }),
    entityId: Uuid,
    decision: MatchDecisionSchema,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'MatchJudgement', description: 'A reviewer’s decision on one (query name, entity) pair.' });

export const JudgementPage = pageOf(JudgementSchema, 'MatchJudgementPage');

export const JudgementListQuery = z.strictObject({
  query: QueryName.optional().meta({ description: 'Only decisions about this name (compared by its key).' }),
  entityId: Uuid.optional().meta({ description: 'Only decisions about this entity.' }),
  ...PageQuery,
});

// W3C Reconciliation Service API, in the 0.2 shape OpenRefine 3.x speaks.

export const typeLabels: Record<EntityType, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  port: 'Port',
  place: 'Place',
  event: 'Event',
  legal_instrument: 'Legal instrument',
  commodity: 'Commodity',
  other: 'Other',
};

export const reconcileProperties = [
  {
    id: 'country',
    name: 'Country',
    description: 'ISO 3166-1 alpha-2 or alpha-3 code, slug or Meridian id of a country the entity is or lies in.',
  },
  { id: 'wikidata', name: 'Wikidata id', description: 'Wikidata item id (Q419) or entity URI.' },
  { id: 'birthDate', name: 'Birth date', description: 'A person’s birth year, month or day (YYYY[-MM[-DD]]).' },
] as const;

const TypeRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'ReconcileType' });

const ServiceEndpoint = z.object({
  service_url: z.string().meta({ description: 'The base URL of the service.' }),
  service_path: z.string().meta({ description: 'The path under it.' }),
});

export const ReconcileManifest = z
  .object({
    versions: z.array(z.string()).meta({ example: ['0.2'] }),
    name: z.string(),
    identifierSpace: z.string(),
    schemaSpace: z.string(),
    defaultTypes: z.array(TypeRef),
    view: z.object({ url: z.string().meta({ description: 'An entity’s page; `{{id}}` stands for its id.' }) }),
    preview: z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }),
    suggest: z.object({ entity: ServiceEndpoint, type: ServiceEndpoint, property: ServiceEndpoint }),
    batchSize: z.number().int().meta({ description: 'The most queries one request may carry.' }),
  })
  .meta({ id: 'ReconcileManifest', description: 'The W3C Reconciliation Service manifest.' });

const PropertyValue = z.union([
  z.string().max(300),
  z.number(),
  z.object({ id: z.string().max(300), name: z.string().max(300).optional() }),
]);

export const ReconcileQuerySchema = z
  .object({
    query: QueryName.meta({ description: 'The name to reconcile.', example: 'Boluarte' }),
    type: z
      .union([z.enum(EntityType), z.array(z.enum(EntityType)).max(9)])
      .optional()
      .meta({ description: 'An entity type id (see the manifest’s defaultTypes), or several.' }),
    type_strict: z.enum(['any', 'all', 'should']).optional().meta({
      description: '`should`: the type only weighs in the score; otherwise (default) candidates must have it.',
    }),
    limit: z.number().int().min(1).max(maxCandidates).optional().meta({ description: 'Default 5.' }),
    properties: z
      .array(
        z.object({
          pid: z.enum(reconcileProperties.map((property) => property.id) as ['country', 'wikidata', 'birthDate']),
          v: z.union([PropertyValue, z.array(PropertyValue).min(1).max(10)]),
        }),
      )
      .max(10)
      .optional(),
  })
  .meta({ id: 'ReconcileQuery' });

export const ReconcileBody = z
  .object({
    queries: z
      .record(z.string().min(1).max(100), ReconcileQuerySchema)
      .refine((queries) => Object.keys(queries).length >= 1, 'must hold at least one query')
      .refine(
        (queries) => Object.keys(queries).length <= maxQueries,
        `must hold at most ${maxQueries} queries (the manifest's batchSize)`,
      )
      .meta({
        description:
          'The batch, keyed by your ids (`{"q0": {"query": "Peru", "type": "country"}}`). As a form field it is that JSON as a string.',
      }),
  })
  .meta({
    description:
      'Either `application/x-www-form-urlencoded` with a `queries` field holding the batch as JSON (what OpenRefine sends), or JSON: `{"queries": {…}}` or the batch object itself.',
  });

export const ReconcileCandidate = z
  .object({
    id: Uuid,
    name: z.string(),
    type: z.array(TypeRef),
    description: z.string().optional(),
    score: z.number().min(0).max(100).meta({ description: 'The match score × 100.', example: 100 }),
    match: z.boolean(),
    features: z.array(z.object({ id: z.string(), value: z.number() })).meta({
      description:
        'The score’s parts as numbers: `name` (similarity) and the factors `type`, `country`, `birthDate`, `identifier` that applied.',
    }),
  })
  .meta({ id: 'ReconcileCandidate' });

export const ReconcileResults = z
  .record(z.string(), z.object({ result: z.array(ReconcileCandidate) }))
  .meta({ id: 'ReconcileResults', description: 'One entry per query id: its candidates, best first.' });

// Not strict: OpenRefine's suggest widget sends parameters of its own (`type_strict`, `spell`, `lang`, …) besides these.
export const SuggestQuery = z
  .object({
    prefix: z.string().trim().min(1).max(300).meta({ description: 'What has been typed so far.', example: 'Bol' }),
    type: z.enum(EntityType).optional().meta({ description: 'Only entities of this type (entity suggest).' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxCandidates)
      .default(10)
      .meta({ description: `How many suggestions (1–${maxCandidates}, default 10).` }),
    cursor: z.coerce
      .number()
      .int()
      .min(0)
      .max(1000)
      .optional()
      .meta({ description: 'How many suggestions to skip (0.2’s `cursor`).' }),
    start: z.coerce.number().int().min(0).max(1000).optional().meta({ description: 'The same as `cursor` (0.1).' }),
  })
  .meta({ description: 'Other parameters are ignored.' });

export const SuggestResponse = z
  .object({
    result: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().optional(),
        notable: z.array(TypeRef).optional(),
      }),
    ),
  })
  .meta({ id: 'ReconcileSuggestions' });

export const PreviewQuery = z.strictObject({ id: Uuid.meta({ description: 'The entity to show.' }) });

export type MatchBodyInput = z.infer<typeof MatchBody>;
export type MatchQueryInput = z.infer<typeof MatchQuerySchema>;
export type MatchResponseDto = z.infer<typeof MatchResponse>;
export type JudgementInput = z.infer<typeof JudgementBody>;
export type JudgementDto = z.infer<typeof JudgementSchema>;
export type ReconcileQueryInput = z.infer<typeof ReconcileQuerySchema>;
export type ReconcileResultsDto = z.infer<typeof ReconcileResults>;
export type SuggestInput = z.infer<typeof SuggestQuery>;
