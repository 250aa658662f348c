import { z } from 'zod';
import {
  CountryCode,
  DayOrInstantInput,
  LanguageTag,
  listParam,
  PageQuery,
  pageOf,
  Timestamp,
  Uuid,
} from '../../lib/schemas.ts';

/** How many stories one merge takes in, and how many articles one split moves. */
export const maxMergedStories = 50;
export const maxSplitArticles = 500;

const storyId = '01a24f9a-eb7a-7c30-98eb-59b249d2c0d1';
const storyExample = {
  id: storyId,
  title: 'Detrás del ingreso de tropas y armas estadounidenses en Perú',
  representativeId: '01a2185e-f2fe-76ef-ab4c-e1d8570616d4',
  firstSeen: '2023-06-02T00:00:00.000Z',
  lastActivity: '2023-06-05T00:00:00.000Z',
  articleCount: 2,
  independentSourceCount: 1,
  languages: { en: 1, es: 1 },
  version: 3,
  lineageGraph: '/v1/articles/01a2185e-f2fe-76ef-ab4c-e1d8570616d4/lineage/graph',
  createdAt: '2026-12-07T08:24:00.000Z',
  updatedAt: '2026-12-07T08:24:00.000Z',
};

export const StorySchema = z
  .object({
    id: Uuid,
    title: z.string().meta({ description: 'The representative article’s title.' }),
    representativeId: Uuid.nullable().meta({
      description:
        'The representative article: the earliest published article of the story that derives from no other article of it.',
    }),
    firstSeen: Timestamp.meta({
      description: 'The earliest publication time of its articles (ingest time without one).',
    }),
    lastActivity: Timestamp.meta({
      description: 'The latest publication time of its articles (ingest time without one).',
    }),
    articleCount: z.number().int().meta({ example: 2 }),
    independentSourceCount: z
      .number()
      .int()
      .meta({
        description:
          'Distinct outlets among the articles that derive from no other article of the story: republications, translations and ' +
          'near-duplicates of one copy count once, with their original.',
        example: 1,
      }),
    languages: z
      .record(z.string(), z.number().int())
      .meta({ description: 'Articles per language (BCP 47 tag → count).', example: { en: 1, es: 1 } }),
    version: z.number().int().meta({
      description:
        'Incremented on every change (an article joining or leaving, a merge or split); sent as the ETag for If-Match.',
    }),
    lineageGraph: z.string().nullable().meta({
      description: 'The lineage graph of the representative’s group (GET /v1/articles/{id}/lineage/graph).',
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Story',
    description: 'Articles about the same event or development, grouped at ingest or by hand.',
    examples: [storyExample],
  });
export type StoryDto = z.infer<typeof StorySchema>;

export const StoryArticleSchema = z
  .object({
    id: Uuid,
    url: z.string(),
    title: z.string(),
    language: z.string().meta({ example: 'es' }),
    publishedAt: Timestamp.nullable(),
    source: z.object({ id: Uuid, slug: z.string(), name: z.string() }).meta({ description: 'The outlet.' }),
    lineage: z
      .object({ originalId: Uuid, kind: z.enum(['republication', 'translation', 'rewrite']) })
      .nullable()
      .meta({ description: 'The article it derives from, if any.' }),
    independent: z.boolean().meta({
      description: 'It derives from no other article of the story: it counts towards `independentSourceCount`.',
    }),
  })
  .meta({ id: 'StoryArticle', description: 'An article of a story, with its outlet.' });

export const StoryArticlePage = pageOf(StoryArticleSchema, 'StoryArticlePage');

export const StoryWithArticlesSchema = StorySchema.extend({ articles: StoryArticlePage }).meta({
  id: 'StoryWithArticles',
  description: 'A story with the first page of its articles (`articlesCursor` pages on).',
  examples: [{ ...storyExample, articles: { data: [], page: { limit: 20, nextCursor: null, next: null } } }],
});

export const StoryPage = pageOf(StorySchema, 'StoryPage');

export const StoryListQuery = z.strictObject({
  ...PageQuery,
  since: DayOrInstantInput.optional().meta({
    description: 'Only stories whose last activity is at or after this date or time.',
    example: '2023-06-01',
  }),
  until: DayOrInstantInput.optional().meta({
    description: 'Only stories whose last activity is at or before this time (a date: its end).',
    example: '2023-06-30',
  }),
  entity: Uuid.optional().meta({ description: 'Only stories with an article that mentions this entity.' }),
  country: listParam(
    z
      .string()
      .transform((code) => code.toUpperCase())
      .pipe(CountryCode),
    20,
    'Only stories with an article about one of these countries (ISO 3166-1 alpha-2): naming it or a place in it.',
    'PE',
  ),
  language: LanguageTag.optional().meta({ description: 'Only stories with an article in this language.' }),
  min_articles: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .meta({ description: 'Only stories with at least this many articles.', example: 2 }),
});
export type StoryListFilters = z.infer<typeof StoryListQuery>;

export const StoryGetQuery = z.strictObject({
  limit: PageQuery.limit,
  articlesCursor: PageQuery.cursor.meta({ description: 'The `articles.page.nextCursor` of the previous response.' }),
});

export const StoryMergeBody = z
  .strictObject({
    stories: z
      .array(Uuid)
      .min(1)
      .max(maxMergedStories)
      .meta({ description: 'The stories whose articles join this one; they are deleted.', example: [storyId] }),
  })
  .meta({ id: 'StoryMerge' });
export type StoryMergeBody = z.infer<typeof StoryMergeBody>;

export const StorySplitBody = z
  .strictObject({
    articles: z
      .array(Uuid)
      .min(1)
      .max(maxSplitArticles)
      .meta({
        description: 'Articles of this story that leave it together for a new story.',
        example: ['01a2185e-f2fe-76ef-ab4c-e1d8570616d4'],
      }),
  })
  .meta({ id: 'StorySplit' });
export type StorySplitBody = z.infer<typeof StorySplitBody>;

export const StoryMergeResult = z
  .object({ story: StorySchema, merged: z.array(Uuid).meta({ description: 'The stories merged in (now deleted).' }) })
  .meta({ id: 'StoryMergeResult', description: 'The story as it now is, and the stories merged into it.' });

export const StorySplitResult = z
  .object({
    story: StorySchema.meta({ description: 'This story as it now is.' }),
    created: StorySchema.meta({ description: 'The new story, holding the articles split off.' }),
  })
  .meta({ id: 'StorySplitResult', description: 'The story split and the new story.' });
