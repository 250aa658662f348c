import { z } from 'zod';
import { MentionField } from '../../generated/prisma/enums.ts';
import { EntityRefSchema, ReviewStatusSchema } from '../../lib/references.ts';
import { PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { EntityListQuery, EntitySchema } from '../entities/entities.schemas.ts';
import { mentionExample } from './mentions.examples.ts';

export const MentionFieldSchema = z.enum(MentionField).meta({
  id: 'MentionField',
  description:
    'The article text a mention stands in and its offsets count into: `title`, `dateline` (the dateline’s `text`) or `body`.',
});

export const MentionSchema = z
  .object({
    field: MentionFieldSchema,
    start: z.number().int().meta({
      description:
        'Offset of the first character in the mention’s field (the body, the title or the dateline), in Unicode code points (in JavaScript: Array.from(text)).',
      example: 201,
    }),
    end: z.number().int().meta({
      description: 'Offset just past the last character: code points [start, end) of the field are the surface text.',
      example: 214,
    }),
    id: Uuid.optional().meta({ description: 'The mention’s id (for review: POST /v1/mentions/{id}/review).' }),
    surface: z.string().meta({ example: 'Dina Boluarte' }),
    method: z.enum(['manual', 'gazetteer', 'ner']).meta({ description: 'How the mention was found.' }),
    confidence: z.number().min(0).max(1),
    status: ReviewStatusSchema.optional().meta({ description: '`proposed` for NER mentions until reviewed.' }),
  })
  .meta({
    id: 'Mention',
    description: 'One occurrence of an entity in an article’s title, dateline or body.',
    examples: [mentionExample],
  });

/** GET /v1/articles/{id}/entities: the article's mentions grouped by entity. */
export const ArticleEntitySchema = EntitySchema.extend({
  mentions: z
    .array(MentionSchema)
    .meta({ description: 'Every occurrence of the entity in this article, in text order.' }),
}).meta({ id: 'ArticleEntity', description: 'An entity an article mentions, with the mentions.' });

export const ArticleEntityPage = pageOf(ArticleEntitySchema, 'ArticleEntityPage');

/** The filters of GET /v1/articles/{id}/entities: those of GET /v1/entities. */
export const ArticleEntityListQuery = EntityListQuery;

export const MentionResourceSchema = z
  .object({
    id: Uuid,
    articleId: Uuid,
    entity: EntityRefSchema,
    field: MentionFieldSchema,
    start: z.number().int().meta({
      description:
        'Offset of the first character in the mention’s field (title, dateline or body), in Unicode code points.',
      example: 201,
    }),
    end: z.number().int().meta({ description: 'Offset just past the last character.', example: 214 }),
    surface: z.string().meta({ example: 'Dina Boluarte' }),
    method: z.enum(['manual', 'gazetteer', 'ner']),
    confidence: z.number().min(0).max(1),
    status: ReviewStatusSchema,
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'MentionResource',
    description:
      'One occurrence of an entity in an article’s title, dateline or body, as a resource of its own (for review).',
    examples: [
      {
        id: '019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b',
        articleId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
        entity: {
          id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3e',
          type: 'person',
          name: 'Dina Boluarte',
          slug: 'dina-boluarte',
        },
        field: 'body',
        start: 201,
        end: 214,
        surface: 'Dina Boluarte',
        method: 'ner',
        confidence: 0.5,
        status: 'proposed',
        version: 1,
        createdAt: '2026-12-03T08:00:00.000Z',
        updatedAt: '2026-12-03T08:00:00.000Z',
      },
    ],
  });

export const MentionListQuery = z.strictObject({
  ...PageQuery,
  status: ReviewStatusSchema.optional().meta({ description: 'Only mentions with this review status.' }),
  method: z.enum(['manual', 'gazetteer', 'ner']).optional().meta({ description: 'Only mentions found this way.' }),
  field: MentionFieldSchema.optional().meta({ description: 'Only mentions in this field of their article.' }),
  articleId: Uuid.optional().meta({ description: 'Only mentions in this article.' }),
  entityId: Uuid.optional().meta({ description: 'Only mentions of this entity.' }),
});

export const MentionUpdateSchema = z
  .strictObject({
    entityId: Uuid.optional().meta({ description: 'The entity the mention really refers to.' }),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
    confidence: z.number().min(0).max(1).optional(),
    status: ReviewStatusSchema.optional(),
  })
  .meta({
    id: 'MentionUpdate',
    description:
      'Only the fields sent change; the surface text is re-read from the mention’s field (body, title or dateline).',
    examples: [{ start: 205, end: 214, status: 'accepted' }],
  });

export const MentionPage = pageOf(MentionResourceSchema, 'MentionPage');

export type MentionDto = z.infer<typeof MentionSchema>;
export type MentionResourceDto = z.infer<typeof MentionResourceSchema>;
export type MentionListFilters = z.infer<typeof MentionListQuery>;
export type MentionUpdate = z.infer<typeof MentionUpdateSchema>;
