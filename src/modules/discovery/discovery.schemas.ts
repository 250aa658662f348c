import { z } from 'zod';
import { EntityRefSchema, EntityTypeSchema } from '../../lib/references.ts';
import { ArticleSummarySchema } from '../articles/articles.schemas.ts';
import { cooccurrencesExample, relatedArticlesExample, timelineExample } from './discovery.examples.ts';

/** The most buckets a timeline answers with: a year of days, seven years of weeks, thirty of months. */
export const maxTimelineBuckets = 366;

/** A calendar day. The range keeps every bucket and day-after computation within what dates can represent. */
const Day = z.iso
  .date()
  .refine((day) => day >= '1000-01-01' && day <= '9998-12-31', 'must be a day between 1000-01-01 and 9998-12-31');

export const TimelineIntervalSchema = z.enum(['day', 'week', 'month']).meta({
  id: 'TimelineInterval',
  description: 'Bucket size: `day`, `week` (ISO weeks, starting on Monday) or `month`, all in UTC.',
});

export const TimelineQuery = z.strictObject({
  from: Day.optional().meta({
    description:
      'First day (YYYY-MM-DD, UTC) to count; widened to the start of its bucket. Default: 30 days, 26 weeks or 12 months up to `to`.',
    example: '2023-05-22',
  }),
  to: Day.optional().meta({
    description:
      'Last day to count, inclusive; widened to the end of its bucket. Default: 30 days, 26 weeks or 12 months from `from`; without `from` either, ' +
      'the day of the newest article that mentions the entity (today when none).',
    example: '2023-06-18',
  }),
  interval: TimelineIntervalSchema.default('day'),
});

export const TimelineBucketSchema = z
  .object({
    start: z.iso.date().meta({ description: 'First day of the bucket (UTC).', example: '2023-06-05' }),
    end: z.iso
      .date()
      .meta({ description: 'First day after the bucket: the bucket is [start, end).', example: '2023-06-12' }),
    mentions: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Mentions of the entity in articles published in the bucket.', example: 12 }),
    articles: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Distinct articles published in the bucket that mention the entity.', example: 1 }),
  })
  .meta({ id: 'TimelineBucket' });

export const EntityTimelineSchema = z
  .object({
    entity: EntityRefSchema,
    interval: TimelineIntervalSchema,
    data: z.array(TimelineBucketSchema).meta({
      description: `Every bucket in the range in order, empty ones included (at most ${maxTimelineBuckets}).`,
    }),
    totals: z
      .object({ mentions: z.number().int().min(0), articles: z.number().int().min(0) })
      .meta({ description: 'Sums over the buckets. Articles with no known publication time are in no bucket.' }),
  })
  .meta({
    id: 'EntityTimeline',
    description: 'How often an entity is mentioned over time, by publication date of the articles.',
    examples: [timelineExample],
  });

export const CooccurrenceQuery = z.strictObject({
  from: Day.optional().meta({
    description: 'Only articles published on or after this day (YYYY-MM-DD, UTC).',
    example: '2023-01-01',
  }),
  to: Day.optional().meta({
    description: 'Only articles published on or before this day (YYYY-MM-DD, UTC).',
    example: '2023-12-31',
  }),
  type: EntityTypeSchema.optional().meta({ description: 'Only co-occurring entities of this type.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ description: 'How many entities to return (1–100).', example: 20 }),
});

export const CooccurrenceSchema = z
  .object({
    entity: EntityRefSchema,
    articles: z.number().int().min(1).meta({ description: 'Articles that mention both entities.', example: 1 }),
    mentions: z.number().int().min(1).meta({ description: 'Mentions of this entity in those articles.', example: 12 }),
  })
  .meta({ id: 'Cooccurrence', description: 'An entity mentioned in the same articles as another.' });

export const EntityCooccurrencesSchema = z
  .object({
    entity: EntityRefSchema,
    articles: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Articles that mention the entity (within the date range).', example: 1 }),
    data: z
      .array(CooccurrenceSchema)
      .meta({ description: 'Most articles in common first, then most mentions, then id.' }),
  })
  .meta({
    id: 'EntityCooccurrences',
    description: 'The entities most often mentioned together with an entity.',
    examples: [cooccurrencesExample],
  });

export const RelatedQuery = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .meta({ description: 'How many articles to return (1–50).', example: 10 }),
});

export const SharedEntitySchema = EntityRefSchema.extend({
  weight: z.number().min(0).meta({
    description: 'ln(1 + N / df): N articles in the store, df of them mention the entity. Rarer entities weigh more.',
    example: 0.9163,
  }),
}).meta({ id: 'SharedEntity', description: 'An entity both articles mention, with its weight in the score.' });

export const RelatedArticleSchema = z
  .object({
    article: ArticleSummarySchema,
    score: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: '0.8 × entityScore + 0.2 × titleSimilarity.', example: 0.8137 }),
    entityScore: z.number().min(0).max(1).meta({
      description: 'Weight of the shared entities over the weight of all the entities of the first article.',
      example: 1,
    }),
    titleSimilarity: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: 'pg_trgm trigram similarity of the two titles.', example: 0.0685 }),
    sharedEntities: z.array(SharedEntitySchema).meta({ description: 'The entities both mention, heaviest first.' }),
  })
  .meta({ id: 'RelatedArticle' });

export const RelatedArticlesSchema = z
  .object({
    article: ArticleSummarySchema,
    data: z.array(RelatedArticleSchema).meta({ description: 'Best first (score, then id).' }),
  })
  .meta({
    id: 'RelatedArticles',
    description: 'Articles related to an article by the entities they share and by title.',
    examples: [relatedArticlesExample],
  });

export type TimelineFilters = z.infer<typeof TimelineQuery>;
export type TimelineInterval = z.infer<typeof TimelineIntervalSchema>;
export type EntityTimelineDto = z.infer<typeof EntityTimelineSchema>;
export type CooccurrenceFilters = z.infer<typeof CooccurrenceQuery>;
export type EntityCooccurrencesDto = z.infer<typeof EntityCooccurrencesSchema>;
export type RelatedFilters = z.infer<typeof RelatedQuery>;
export type RelatedArticlesDto = z.infer<typeof RelatedArticlesSchema>;
