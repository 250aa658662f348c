import { z } from 'zod';
import { SourceKind } from '../../generated/prisma/enums.ts';
import { CountryCode, IdOrSlug, LanguageTag, PageQuery, pageOf, Slug, Timestamp, Uuid } from '../../lib/schemas.ts';
import { sourceCreateExample, sourceExample } from './sources.examples.ts';

export const SourceKindSchema = z.enum(SourceKind).meta({
  id: 'SourceKind',
  description:
    'What kind of outlet: state-affiliated, public broadcaster, independent, commercial, wire, government, NGO, academic, other.',
});

export const SourceSchema = z
  .object({
    id: Uuid,
    slug: Slug.meta({ example: 'orinoco-tribune' }),
    name: z.string().meta({ example: 'Orinoco Tribune' }),
    homepage: z.string().nullable().meta({ example: 'https://orinocotribune.com/' }),
    country: CountryCode.nullable().meta({
      description: 'Where the outlet is based (ISO 3166-1 alpha-2).',
      example: 'VE',
    }),
    language: LanguageTag.nullable().meta({ description: 'The outlet’s main language (BCP 47).', example: 'en' }),
    kind: SourceKindSchema,
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Source', description: 'An outlet that publishes articles.', examples: [sourceExample] });

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const SourceCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    slug: Slug.optional().meta({ description: 'Defaults to a slug made from the name.' }),
    homepage: HttpUrl.nullish(),
    country: CountryCode.nullish(),
    language: LanguageTag.nullish(),
    kind: SourceKindSchema.default('other'),
  })
  .meta({ id: 'SourceCreate', examples: [sourceCreateExample] });

export const SourceUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    slug: Slug,
    homepage: HttpUrl.nullable(),
    country: CountryCode.nullable(),
    language: LanguageTag.nullable(),
    kind: SourceKindSchema,
  })
  .partial()
  .meta({
    id: 'SourceUpdate',
    description: 'Only the fields sent are changed; null clears an optional field.',
    examples: [{ kind: 'state_affiliated' }],
  });

export const SourceListQuery = z.strictObject({
  ...PageQuery,
  kind: SourceKindSchema.optional(),
  country: CountryCode.optional(),
});

export const SourcePage = pageOf(SourceSchema, 'SourcePage');

export const SourceKeyParams = z.strictObject({
  idOrSlug: IdOrSlug.meta({ description: 'The source’s id or slug.', example: 'orinoco-tribune' }),
});

export type SourceDto = z.infer<typeof SourceSchema>;
export type SourceCreate = z.infer<typeof SourceCreateSchema>;
export type SourceUpdate = z.infer<typeof SourceUpdateSchema>;
export type SourceListFilters = z.infer<typeof SourceListQuery>;
