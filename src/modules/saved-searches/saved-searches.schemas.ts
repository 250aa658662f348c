import { z } from 'zod';
import { PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { ArticleSectionSchema, SearchQuery } from '../search/search.schemas.ts';

/** The parameters of GET /v1/search that select articles, validated by the same schema (sent as JSON here). */
export const SavedSearchQuery = SearchQuery.pick({
  q: true,
  entity: true,
  anyEntity: true,
  entityType: true,
  country: true,
  source: true,
  language: true,
  publishedFrom: true,
  publishedTo: true,
  claimStatus: true,
}).meta({
  id: 'SavedSearchQuery',
  description:
    'The query and filters of `GET /v1/search` (same names, same rules); list filters take a JSON array or a comma-separated string.',
});
export type SavedSearchQueryInput = z.infer<typeof SavedSearchQuery>;

export const SavedSearchCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    query: SavedSearchQuery,
  })
  .meta({
    id: 'SavedSearchCreate',
    examples: [{ name: 'Lithium in Bolivia or Chile', query: { q: 'lithium', country: ['BO', 'CL'] } }],
  });
export type SavedSearchCreate = z.infer<typeof SavedSearchCreateSchema>;

export const SavedSearchSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    query: z.record(z.string(), z.unknown()).meta({ description: 'The validated query and filters.' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearchDto = z.infer<typeof SavedSearchSchema>;

export const SavedSearchPage = pageOf(SavedSearchSchema, 'SavedSearchPage');
export const SavedSearchListQuery = z.strictObject({ ...PageQuery });
export const SavedSearchResultsQuery = z.strictObject({
  ...PageQuery,
  sort: SearchQuery.shape.sort,
});
export const SavedSearchResults = ArticleSectionSchema;

export const SavedSearchMatchSchema = z
  .object({
    articleId: Uuid,
    location: z.string().meta({ example: '/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }),
    matchedAt: Timestamp.meta({ description: 'When the article started to match: when it was created.' }),
  })
  .meta({ id: 'SavedSearchMatch' });
export type SavedSearchMatchDto = z.infer<typeof SavedSearchMatchSchema>;
export const SavedSearchMatchPage = pageOf(SavedSearchMatchSchema, 'SavedSearchMatchPage');
export const SavedSearchMatchesQuery = z.strictObject({
  ...PageQuery,
  cursor: PageQuery.cursor.meta({
    description:
      'The `page.nextCursor` of an earlier page — also of its last page: keep it and come back later for the articles that matched since.',
  }),
});
