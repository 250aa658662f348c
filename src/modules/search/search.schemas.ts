import { z } from 'zod';
import { ClaimStatus } from '../../generated/prisma/enums.ts';
import { EntityTypeSchema } from '../../lib/references.ts';
import {
  CountryCode,
  DayOrInstantInput,
  IdOrSlug,
  LanguageTag,
  listParam,
  PageInfo,
  PageQuery,
  Timestamp,
  Uuid,
} from '../../lib/schemas.ts';
import { ClaimWithArticleSchema } from '../claims/claims.schemas.ts';
import { EntitySchema } from '../entities/entities.schemas.ts';
import { articleHitExample, facetsExample, searchResultExample } from './search.examples.ts';

export const searchTypes = ['articles', 'claims', 'entities'] as const;
export const facetNames = ['source', 'language', 'entityType', 'entities', 'date', 'country'] as const;

const EntityKey = IdOrSlug;
const SourceKey = IdOrSlug;
const DateOrTimestamp = DayOrInstantInput;
const Marker = z.string().max(100, 'must be at most 100 characters');

export const SearchSort = z.enum(['relevance', 'newest', 'oldest']);
export const DateInterval = z.enum(['day', 'week', 'month', 'year']);

export const SearchQuery = z.strictObject({
  q: z
    .string()
    .max(1000, 'must be at most 1000 characters')
    .optional()
    .meta({
      description:
        'The search query: words, "quoted phrases", OR, -exclusions and prefix* (see the operation description). ' +
        'Optional: without it, the filters alone select articles.',
      example: 'lithium "armed forces" -bolivia',
    }),
  types: listParam(
    z.enum(searchTypes),
    3,
    'What to search: `articles` (default), `claims` (their text and quote), `entities` (names and aliases).',
    'articles,claims',
  ),
  sort: SearchSort.optional().meta({
    description:
      'Order of the articles: `relevance` (the default with `q`), `newest` (the default without) or `oldest` by publication time, undated last. ' +
      'Claims and entities are always ordered by relevance with `q`, else most recently added first.',
  }),
  entity: listParam(
    EntityKey,
    20,
    'Articles that mention **every** one of these entities (ids or slugs).',
    'peru,dina-boluarte',
  ),
  anyEntity: listParam(
    EntityKey,
    50,
    'Articles that mention **at least one** of these entities (ids or slugs).',
    'chile,peru',
  ),
  entityType: listParam(
    EntityTypeSchema,
    9,
    'Articles that mention an entity of one of these types; for `types=entities`, entities of these types.',
    'port',
  ),
  country: listParam(
    z
      .string()
      .transform((code) => code.toUpperCase())
      .pipe(CountryCode),
    20,
    'Articles about one of these countries (ISO 3166-1 alpha-2): that mention it, or a place that lies in it (a city, region, port, …, through the ' +
      '`located_in` relations: the article’s inferred countries). For `types=entities`, the countries and what lies in them.',
    'PE',
  ),
  source: listParam(SourceKey, 50, 'Articles from one of these sources (ids or slugs).', 'orinoco-tribune'),
  language: listParam(LanguageTag, 20, 'Articles in one of these languages (BCP 47 tags, exactly as stored).', 'es'),
  publishedFrom: DateOrTimestamp.optional().meta({
    description: 'Published at or after this date or time.',
    example: '2023-06-01',
  }),
  publishedTo: DateOrTimestamp.optional().meta({
    description: 'Published before this time, or on or before this date.',
    example: '2023-06-30',
  }),
  claimStatus: listParam(
    z.enum(ClaimStatus),
    5,
    'Articles with a claim in one of these statuses; for `types=claims`, claims in these statuses.',
    'disputed',
  ),
  facets: listParam(
    z.enum(facetNames),
    6,
    'Counts to compute over the matching articles: `source`, `language`, `entityType`, `entities` (the top 10), `date` (a histogram) and `country` (mentioned or inferred).',
    'source,language,date',
  ),
  dateInterval: DateInterval.default('month').meta({
    description: 'The bucket width of the `date` facet (UTC; weeks start on Monday).',
  }),
  highlightStart: Marker.default('<mark>').meta({
    description: 'Inserted before each matched word in `highlights`.',
    example: '<mark>',
  }),
  highlightEnd: Marker.default('</mark>').meta({
    description: 'Inserted after each matched word in `highlights`.',
    example: '</mark>',
  }),
  ...PageQuery,
});

export type SearchInput = z.infer<typeof SearchQuery>;
export type SearchType = (typeof searchTypes)[number];
export type FacetName = (typeof facetNames)[number];

const Score = z.number().meta({
  description: 'Relevance (higher is better; comparable within one search only). Null without `q`.',
  example: 0.42,
});

export const TotalSchema = z
  .object({
    value: z.number().int().meta({ description: 'How many results match.', example: 1 }),
    exact: z
      .boolean()
      .meta({ description: 'False when `value` is the planner’s estimate: matches are counted only up to 10,000.' }),
  })
  .meta({ id: 'SearchTotal', description: 'How many results match the query and filters.' });

export const RankingSchema = z
  .object({
    sort: SearchSort,
    exhaustive: z.boolean().meta({
      description:
        'True when every match was considered for this order; false when relevance ranked only the newest matches.',
    }),
    candidates: z.number().int().nullable().meta({
      description: 'When not exhaustive: how many of the newest matches were ranked. Null when exhaustive.',
      example: null,
    }),
  })
  .meta({ id: 'SearchRanking', description: 'How the articles were ordered.' });

export const ArticleHitSchema = z
  .object({
    id: Uuid,
    title: z.string().meta({ example: 'What is Behind the Entry of US Troops and Weapons Into Peru?' }),
    dek: z.string().nullable().meta({ description: 'The standfirst or subtitle.' }),
    url: z
      .string()
      .meta({ example: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/' }),
    language: z.string().meta({ example: 'en' }),
    publishedAt: Timestamp.nullable(),
    sourceId: Uuid,
    score: Score.nullable(),
    highlights: z.array(z.string()).meta({
      description:
        'Up to three short fragments of the body around the matches, HTML-escaped, with matched words between `highlightStart` and `highlightEnd`. ' +
        'Safe to insert as HTML with the default markers. Empty without `q`; the opening of the body when only the title or dek matched.',
      example: ['authorized the entry of US <mark>military</mark> personnel into the country'],
    }),
  })
  .meta({ id: 'ArticleHit', description: 'An article that matches the search.', examples: [articleHitExample] });

export const ClaimHitSchema = ClaimWithArticleSchema.extend({ score: Score.nullable() }).meta({
  id: 'ClaimHit',
  description: 'A claim whose text or quote matches the search, with the article it stands in.',
});

export const EntityHitSchema = EntitySchema.extend({
  score: Score.nullable(),
  matchedName: z
    .string()
    .nullable()
    .meta({ description: 'The name or alias that matched the query.', example: 'Perú' }),
}).meta({ id: 'SearchEntityHit', description: 'An entity whose name or an alias matches the search.' });

export const ArticleSectionSchema = z
  .object({ data: z.array(ArticleHitSchema), page: PageInfo, total: TotalSchema, ranking: RankingSchema })
  .meta({ id: 'ArticleSearchSection', description: 'A page of matching articles.' });
export const ClaimSectionSchema = z
  .object({ data: z.array(ClaimHitSchema), page: PageInfo, total: TotalSchema })
  .meta({ id: 'ClaimSearchSection', description: 'A page of matching claims.' });
export const EntitySectionSchema = z
  .object({ data: z.array(EntityHitSchema), page: PageInfo, total: TotalSchema })
  .meta({ id: 'EntitySearchSection', description: 'A page of matching entities.' });

const Count = z.number().int().meta({ example: 1 });

export const FacetsSchema = z
  .object({
    sampled: z.boolean().meta({
      description: 'True when the counts are over a random sample of the matches (too many to count quickly).',
    }),
    sampleSize: z.number().int().nullable().meta({
      description: 'When sampled: how many matching articles the sample holds. Null otherwise.',
      example: null,
    }),
    counted: z.number().int().meta({
      description:
        'How many articles the counts are over: every match when not sampled (then equal to the exact total), else the sample.',
    }),
    source: z
      .object({
        buckets: z.array(z.object({ id: Uuid, slug: z.string(), name: z.string(), count: Count })),
        other: Count.meta({
          description: 'Articles from sources beyond the 50 largest buckets; buckets plus other add up to `counted`.',
        }),
      })
      .optional(),
    language: z
      .object({
        buckets: z.array(z.object({ language: z.string(), count: Count })),
        other: Count.meta({ description: 'Articles in languages beyond the 50 largest buckets.' }),
      })
      .optional(),
    entityType: z
      .object({
        buckets: z.array(
          z.object({
            type: EntityTypeSchema,
            count: Count.meta({ description: 'Articles that mention at least one entity of the type.' }),
          }),
        ),
      })
      .optional()
      .meta({ description: 'Not a partition: an article mentioning a person and a port counts in both.' }),
    entities: z
      .object({
        buckets: z.array(
          z.object({
            id: Uuid,
            slug: z.string(),
            name: z.string(),
            type: EntityTypeSchema,
            count: Count.meta({ description: 'Articles that mention the entity.' }),
          }),
        ),
      })
      .optional()
      .meta({ description: 'The 10 entities mentioned by the most matching articles.' }),
    country: z
      .object({
        buckets: z.array(
          z.object({
            id: Uuid,
            slug: z.string(),
            name: z.string(),
            isoAlpha2: z.string().nullable().meta({ example: 'PE' }),
            count: Count.meta({
              description: 'Articles that mention the country or a place in it (what `country=` matches).',
            }),
          }),
        ),
      })
      .optional()
      .meta({
        description:
          'The 50 countries the most matching articles concern, named or inferred from their places. Not a partition: an article about two countries counts in both.',
      }),
    date: z
      .object({
        interval: DateInterval,
        buckets: z.array(z.object({ start: z.iso.date().meta({ example: '2023-06-01' }), count: Count })),
        undated: Count.meta({
          description: 'Articles with no known publication time; buckets plus undated add up to `counted`.',
        }),
      })
      .optional()
      .meta({ description: 'Articles per publication interval (UTC), oldest first; empty intervals are left out.' }),
  })
  .meta({
    id: 'SearchFacets',
    description: 'Counts over the matching articles, on request (`facets=`).',
    examples: [facetsExample],
  });

export const QueryInfoSchema = z
  .object({
    q: z.string().nullable().meta({ description: 'The query as received.' }),
    tsquery: z.object({ english: z.string(), spanish: z.string(), simple: z.string() }).nullable().meta({
      description:
        'How the query was understood, per text search configuration (an empty string: nothing searchable in that language).',
    }),
  })
  .meta({ id: 'SearchQueryInfo' });

export const SearchResultSchema = z
  .object({
    query: QueryInfoSchema,
    articles: ArticleSectionSchema.optional().meta({ description: 'With `types` including `articles` (the default).' }),
    claims: ClaimSectionSchema.optional().meta({ description: 'With `types` including `claims`.' }),
    entities: EntitySectionSchema.optional().meta({ description: 'With `types` including `entities`.' }),
    facets: FacetsSchema.optional(),
  })
  .meta({
    id: 'SearchResult',
    description: 'Search results, one section per requested type, and facets on request.',
    examples: [searchResultExample],
  });

export type SearchResultDto = z.infer<typeof SearchResultSchema>;
export type ArticleHitDto = z.infer<typeof ArticleHitSchema>;
export type ClaimHitDto = z.infer<typeof ClaimHitSchema>;
export type EntityHitDto = z.infer<typeof EntityHitSchema>;
export type FacetsDto = z.infer<typeof FacetsSchema>;
export type TotalDto = z.infer<typeof TotalSchema>;
export type RankingDto = z.infer<typeof RankingSchema>;
