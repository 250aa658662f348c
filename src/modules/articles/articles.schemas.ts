import { z } from 'zod';
import { LineageKind } from '../../generated/prisma/enums.ts';
import { AsOf } from '../../lib/as-of.ts';
import { EntityRefSchema } from '../../lib/references.ts';
import {
  CountryCode,
  DayOrInstantInput,
  InstantInput,
  includeParam,
  LanguageTag,
  listParam,
  PageQuery,
  pageOf,
  queryBoolean,
  Timestamp,
  Uuid,
} from '../../lib/schemas.ts';
import { ClaimSchema } from '../claims/claims.schemas.ts';
import { MentionFieldSchema, MentionSchema } from '../mentions/mentions.schemas.ts';
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
    similarity: z.number().min(0).max(1).optional().meta({
      description:
        'When the ingest pipeline found the link: estimated Jaccard similarity of the two bodies (word 4-shingles, MinHash); 1 for an identical body.',
      example: 0.86,
    }),
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

export const ArticleStorySchema = z
  .object({
    id: Uuid,
    href: z.string().meta({ description: 'The story: GET /v1/stories/{id}, with its articles.' }),
    title: z.string().optional().meta({ description: 'With `include=story`: the representative article’s title.' }),
    articleCount: z.number().int().optional().meta({ description: 'With `include=story`.' }),
    independentSourceCount: z.number().int().optional().meta({ description: 'With `include=story`.' }),
    firstSeen: Timestamp.optional().meta({ description: 'With `include=story`.' }),
    lastActivity: Timestamp.optional().meta({ description: 'With `include=story`.' }),
  })
  .meta({
    id: 'ArticleStory',
    description:
      'The story the article belongs to. Its figures change as other articles join, so they are embedded only with `include=story` (responses with `include` carry no ETag).',
  });

export const ArticleMentionSchema = MentionSchema.extend({ entity: EntityRefSchema }).meta({
  id: 'ArticleMention',
  description: 'A mention in the article (its title, dateline or body: see `field`), with the entity it refers to.',
});

export const DatelineSchema = z
  .object({
    text: z.string().nullable().meta({
      description: 'The dateline as printed at the head of the story; null when only a sign-off named the agency.',
      example: 'LONDON, March 2 (Reuters) -',
    }),
    place: z.string().nullable().meta({
      description:
        'Where the story was filed, as printed (with its region or country: "BOGOTÁ, Colombia"). Its entity is the mention with `field` `dateline`; its offsets count code points of `text`.',
      example: 'LONDON',
    }),
    date: z.iso.date().nullable().meta({
      description:
        'The day the dateline names. A year or month the dateline leaves out is completed from `publishedAt` (the day closest before it); null when that is unknown.',
      example: '1987-03-02',
    }),
    agency: z.string().nullable().meta({
      description: 'The news agency in the dateline’s parentheses or in the wire’s sign-off (a last line "Reuter").',
      example: 'Reuters',
    }),
  })
  .meta({
    id: 'Dateline',
    description:
      'A wire story’s dateline, read at raw ingest and taken off the body ("WASHINGTON, March 2 -", "Lima, 5 jun (EFE).-").',
  });

export const ArticleCountrySchema = z
  .object({
    country: EntityRefSchema.extend({
      isoAlpha2: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2 code.', example: 'NL' }),
    }),
    how: z.enum(['mentioned', 'demonym', 'inferred']).meta({
      description:
        '`mentioned`: the article names the country; `demonym`: only by its demonym ("Peruvian troops"), linked with lower confidence; ' +
        '`inferred`: not named, but a place the article names lies in it (see `via`).',
    }),
    mentions: z
      .number()
      .int()
      .meta({ description: 'Mentions of the country in the body (demonyms included).', example: 0 }),
    confidence: z.number().min(0).max(1).nullable().meta({
      description: 'The best confidence among those mentions; null when the country is only inferred.',
      example: null,
    }),
    via: z.array(EntityRefSchema).meta({
      description: 'The places the article names that lie in the country (located_in), whatever `how` is.',
    }),
  })
  .meta({
    id: 'ArticleCountry',
    description: 'A country the article concerns, and how that is known.',
    examples: [
      {
        country: {
          id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c42',
          type: 'country',
          name: 'Netherlands',
          slug: 'netherlands',
          isoAlpha2: 'NL',
        },
        how: 'inferred',
        mentions: 0,
        confidence: null,
        via: [{ id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c43', type: 'place', name: 'Rotterdam', slug: 'rotterdam' }],
      },
    ],
  });

export const ArticleSchema = z
  .object({
    id: Uuid,
    url: z.string().meta({
      description: 'The canonical URL (unique).',
      example: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru',
    }),
    title: z.string().meta({ example: 'What is Behind the Entry of US Troops and Weapons Into Peru?' }),
    dek: z.string().nullable().meta({ description: 'The standfirst or subtitle.' }),
    byline: z.string().nullable(),
    body: z
      .string()
      .meta({ description: 'The plain-text body. Mention and claim offsets count its Unicode code points.' }),
    language: LanguageTag,
    publishedAt: Timestamp.nullable().meta({ description: 'When the source published it; null when unknown.' }),
    modifiedAt: Timestamp.nullable().meta({ description: 'When the source last revised it, if it says.' }),
    dateline: DatelineSchema.nullable().meta({
      description: 'The dateline raw ingest read off the body; null when there was none (and for structured articles).',
    }),
    ingestedAt: Timestamp,
    sourceId: Uuid,
    contentHash: z.string().meta({ description: 'SHA-256 of the body, hex.' }),
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    lineage: LineageSchema.nullable().meta({
      description: 'The earlier article this one republishes, translates or rewrites.',
    }),
    ingest: z
      .object({
        mentions: z.number().int().meta({ description: 'Mentions the linker stored.' }),
        claims: z.number().int().meta({ description: 'Claims the extractor stored.' }),
        proposedEntities: z
          .number()
          .int()
          .meta({ description: 'Distinct proposed (unreviewed) entities the mentions refer to.' }),
        inferredCountries: z.number().int().meta({
          description: 'Countries stored as inferred: those of the places named, and those named only by a demonym.',
        }),
      })
      .optional()
      .meta({ description: 'Only in the response to a raw ingest: what the pipeline stored with the article.' }),
    duplicateOf: Uuid.nullable().meta({
      description: 'The earlier article with exactly the same normalised body (same content hash), found at ingest.',
    }),
    story: ArticleStorySchema.nullable().meta({
      description: 'The story (same event or development) the article belongs to; see GET /v1/stories/{id}.',
    }),
    source: SourceSchema.optional().meta({ description: 'With `include=source`.' }),
    original: ArticleSummarySchema.nullable().optional().meta({ description: 'With `include=original`.' }),
    mentions: z.array(ArticleMentionSchema).optional().meta({
      description:
        'With `include=mentions`: every mention, the title’s, then the dateline’s, then the body’s, each in text order.',
    }),
    claims: z
      .array(ClaimSchema)
      .optional()
      .meta({ description: 'With `include=claims`: the claims the article makes, in text order.' }),
    countries: z.array(ArticleCountrySchema).optional().meta({
      description:
        'With `include=countries`: the countries the article names or whose places it names (what `country=` filters match), most mentioned first.',
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Article',
    description: 'A news article with its text, source and lineage.',
    examples: [articleExample],
  });

export const ArticleInclude = includeParam(['source', 'original', 'mentions', 'claims', 'countries', 'story'] as const);

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const PastTimestamp = InstantInput;
const MentionInput = z.strictObject({
  entityId: Uuid,
  field: MentionFieldSchema.default('body').meta({
    description: 'The text the offsets count into: `body` (default) or `title` (a structured article has no dateline).',
  }),
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

const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a host name such as orinocotribune.com')
  .meta({ example: 'orinocotribune.com' });

export const SourceRefSchema = z
  .strictObject({
    id: Uuid.optional(),
    domain: Domain.optional().meta({
      description: 'The outlet’s host name; `www.` is ignored. An unknown domain creates a source (kind `other`).',
    }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'The outlet’s name, matched without case; it must name exactly one source.' }),
  })
  .refine((source) => [source.id, source.domain, source.name].filter((value) => value !== undefined).length === 1, {
    message: 'give exactly one of id, domain or name',
  })
  .meta({
    id: 'SourceRef',
    description: 'The source, by id, domain or name. Without it, the article URL’s domain is used.',
  });

export const BodyFormatSchema = z.enum(['text', 'html', 'auto']).meta({
  id: 'BodyFormat',
  description:
    'Raw ingest: `text` or `html`, or `auto` (HTML only on real markup: a closing tag, a bare tag such as `<p>`, a tag with ' +
    '`attribute=value`, a comment; a bracketed name such as `<Strong Point Inc>` stays text). The body is normalised (HTML to ' +
    'text, site boilerplate, a leading dateline and a wire sign-off removed, whitespace), deduplicated, linked to entities ' +
    '(title and dateline too) and mined for claims.',
});

export const ArticleCreateSchema = z
  .strictObject({
    ...articleFields,
    sourceId: articleFields.sourceId
      .optional()
      .meta({ description: 'Required for structured articles; raw ones may give `source` instead.' }),
    language: articleFields.language
      .optional()
      .meta({ description: 'Required for structured articles; detected from the text for raw ones when absent.' }),
    bodyFormat: BodyFormatSchema.optional(),
    source: SourceRefSchema.optional(),
    body: z
      .string()
      .min(1)
      .max(5_000_000)
      .meta({ description: 'Plain text (structured), or the raw text or HTML with `bodyFormat`.' }),
    dek: articleFields.dek.optional(),
    byline: articleFields.byline.optional(),
    publishedAt: articleFields.publishedAt.optional(),
    modifiedAt: articleFields.modifiedAt.optional(),
    lineage: articleFields.lineage.optional(),
    mentions: z.array(MentionInput).max(10_000).optional().meta({
      description:
        'Entity mentions as [start, end) offsets into the body or the title (`field`); the surface text is taken from that text.',
    }),
  })
  .meta({ id: 'ArticleCreate', examples: [articleCreateExample] });

export const ArticleUpdateSchema = z
  .strictObject(articleFields)
  .omit({ url: true })
  .partial()
  .meta({
    id: 'ArticleUpdate',
    description:
      'Only the fields sent are changed; null clears. The body cannot change while mentions or claims point into it, nor the title while mentions do.',
    examples: [articleUpdateExample],
  });

const DateOrTimestamp = DayOrInstantInput;

export const ArticleSort = z.enum(['newest', 'oldest', 'ingested']).meta({
  description:
    '`newest` / `oldest` by publication time (unknown dates last), `ingested` in the order articles were added.',
});

export const ArticleListQuery = z.strictObject({
  ...PageQuery,
  sourceId: Uuid.optional().meta({ description: 'Only articles from this source.' }),
  language: LanguageTag.optional(),
  entityId: Uuid.optional().meta({ description: 'Only articles that mention this entity.' }),
  country: listParam(
    z
      .string()
      .transform((code) => code.toUpperCase())
      .pipe(CountryCode),
    20,
    'Only articles about one of these countries (ISO 3166-1 alpha-2): that mention it or a place in it (a city, region, port, …: `include=countries` shows which).',
    'NL',
  ),
  publishedFrom: DateOrTimestamp.optional().meta({
    description: 'Published at or after this date or time.',
    example: '2023-06-01',
  }),
  publishedTo: DateOrTimestamp.optional().meta({
    description: 'Published before this time, or on or before this date.',
    example: '2023-06-30',
  }),
  sort: ArticleSort.default('newest'),
  include: ArticleInclude,
});

export const ArticleGetQuery = z.strictObject({ include: ArticleInclude, as_of: AsOf });

export const ArticleCreateQuery = z.strictObject({
  onDuplicate: z.enum(['fail', 'return']).default('fail').meta({
    description:
      'When an article with the same canonical URL is stored: `fail` answers 409 with its location, `return` answers 200 with it.',
  }),
  ner: queryBoolean(
    true,
    'Raw ingest: also propose new entities with named-entity recognition (slower). Gazetteer linking always runs.',
  ),
});

export const ArticlePage = pageOf(ArticleSchema, 'ArticlePage');

export type ArticleDto = z.infer<typeof ArticleSchema>;
export type ArticleCreate = z.infer<typeof ArticleCreateSchema>;
export type ArticleUpdate = z.infer<typeof ArticleUpdateSchema>;
export type ArticleCreateOptions = z.infer<typeof ArticleCreateQuery>;
export type ArticleListFilters = z.infer<typeof ArticleListQuery>;
export type ArticleIncludes = NonNullable<z.infer<typeof ArticleInclude>>;
export type ArticleCountryDto = z.infer<typeof ArticleCountrySchema>;
