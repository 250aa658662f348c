import { z } from 'zod';
import { LineageKind } from '../../generated/prisma/enums.ts';
import { AsOf } from '../history/as-of.ts';
import { includeParam, LanguageTag, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { ClaimSchema } from '../claims/claims.schemas.ts';
import { EntityRefSchema, MentionSchema } from '../entities/entities.schemas.ts';
import { SourceSchema } from '../sources/sources.schemas.ts';
import { articleCreateExample, articleExample, articleUpdateExample } from './articles.examples.ts';

export const LineageKindSchema = z.enum(LineageKind).meta({
  id: 'LineageKind',
  description: 'How an article derives from an earlier one: a republication, a translation or a rewrite.',
});

export const LineageSchema = z
  .object({
    originalId: Uuid.meta({ description: 'The earlier article this one derives from.' }),
    kind: LineageKindSchema,
  })
  .meta({ id: 'Lineage' });

export const ArticleSummarySchema = z
  .object({
    id: Uuid,
    url: z.string(),
    title: z.string(),
    language: z.string(),
    publishedAt: Timestamp.nullable(),
    sourceId: Uuid,
  })
  .meta({ id: 'ArticleSummary', description: 'A short reference to an article.' });

export const ArticleMentionSchema = MentionSchema.extend({ entity: EntityRefSchema }).meta({
  id: 'ArticleMention',
  description: 'A mention in the article body, with the entity it refers to.',
});

export const ArticleSchema = z
  .object({
    id: Uuid,
    url: z.string().meta({ description: 'The canonical URL (unique).', example: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru' }),
    title: z.string().meta({ example: 'What is Behind the Entry of US Troops and Weapons Into Peru?' }),
    dek: z.string().nullable().meta({ description: 'The standfirst or subtitle.' }),
    byline: z.string().nullable(),
    body: z.string().meta({ description: 'The plain-text body. Mention and claim offsets count its Unicode code points.' }),
    language: LanguageTag,
    publishedAt: Timestamp.nullable().meta({ description: 'When the source published it; null when unknown.' }),
    modifiedAt: Timestamp.nullable().meta({ description: 'When the source last revised it, if it says.' }),
    ingestedAt: Timestamp,
    sourceId: Uuid,
    contentHash: z.string().meta({ description: 'SHA-256 of the body, hex.' }),
    version: z.number().int().meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    lineage: LineageSchema.nullable().meta({ description: 'The earlier article this one republishes, translates or rewrites.' }),
    source: SourceSchema.optional().meta({ description: 'With `include=source`.' }),
    original: ArticleSummarySchema.nullable().optional().meta({ description: 'With `include=original`.' }),
    mentions: z.array(ArticleMentionSchema).optional().meta({ description: 'With `include=mentions`: every mention in text order.' }),
    claims: z.array(ClaimSchema).optional().meta({ description: 'With `include=claims`: the claims the article makes, in text order.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Article', description: 'A news article with its text, source and lineage.', examples: [articleExample] });

export const ArticleInclude = includeParam(['source', 'original', 'mentions', 'claims'] as const);

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const PastTimestamp = z.iso.datetime({ offset: true }).max(64);
const MentionInput = z.strictObject({
  entityId: Uuid,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  method: z.enum(['manual', 'gazetteer', 'ner']).default('manual'),
  confidence: z.number().min(0).max(1).default(1),
});

const articleFields = {
  url: HttpUrl.meta({ description: 'The article’s URL; stored canonical (lowercase host, no fragment).' }),
  title: z.string().trim().min(1).max(1000),
  dek: z.string().trim().max(2000).nullable(),
  byline: z.string().trim().max(500).nullable(),
  body: z.string().min(1).max(1_000_000).meta({ description: 'Plain text.' }),
  language: LanguageTag,
  publishedAt: PastTimestamp.nullable().meta({ description: 'Null or absent when unknown; never in the future.' }),
  modifiedAt: PastTimestamp.nullable(),
  sourceId: Uuid,
  lineage: z.strictObject({ originalId: Uuid, kind: LineageKindSchema }).nullable(),
};

export const ArticleCreateSchema = z
  .strictObject({
    ...articleFields,
    dek: articleFields.dek.optional(),
    byline: articleFields.byline.optional(),
    publishedAt: articleFields.publishedAt.optional(),
    modifiedAt: articleFields.modifiedAt.optional(),
    lineage: articleFields.lineage.optional(),
    mentions: z
      .array(MentionInput)
      .max(10_000)
      .default([])
      .meta({ description: 'Entity mentions as [start, end) offsets into the body; the surface text is taken from the body.' }),
  })
  .meta({ id: 'ArticleCreate', examples: [articleCreateExample] });

export const ArticleUpdateSchema = z
  .strictObject(articleFields)
  .omit({ url: true })
  .partial()
  .meta({ id: 'ArticleUpdate', description: 'Only the fields sent are changed; null clears. The body cannot change while mentions or claims point into it.', examples: [articleUpdateExample] });

// PostgreSQL has no year 0 (1 BC is year -1 to it): refuse it here rather than fail in the query.
const DateOrTimestamp = z.union([z.iso.datetime({ offset: true }).max(64), z.iso.date()]).refine((value) => !value.startsWith('0000'), 'must be in year 0001 or later');

export const ArticleSort = z.enum(['newest', 'oldest', 'ingested']).meta({
  description: '`newest` / `oldest` by publication time (unknown dates last), `ingested` in the order articles were added.',
});

export const ArticleListQuery = z.strictObject({
  ...PageQuery,
  sourceId: Uuid.optional().meta({ description: 'Only articles from this source.' }),
  language: LanguageTag.optional(),
  entityId: Uuid.optional().meta({ description: 'Only articles that mention this entity.' }),
  publishedFrom: DateOrTimestamp.optional().meta({ description: 'Published at or after this date or time.', example: '2023-06-01' }),
  publishedTo: DateOrTimestamp.optional().meta({ description: 'Published before this time, or on or before this date.', example: '2023-06-30' }),
  sort: ArticleSort.default('newest'),
  include: ArticleInclude,
});

export const ArticleGetQuery = z.strictObject({ include: ArticleInclude, as_of: AsOf });

export const ArticlePage = pageOf(ArticleSchema, 'ArticlePage');

export type ArticleDto = z.infer<typeof ArticleSchema>;
export type ArticleCreate = z.infer<typeof ArticleCreateSchema>;
export type ArticleUpdate = z.infer<typeof ArticleUpdateSchema>;
export type ArticleListFilters = z.infer<typeof ArticleListQuery>;
export type ArticleIncludes = NonNullable<z.infer<typeof ArticleInclude>>;
