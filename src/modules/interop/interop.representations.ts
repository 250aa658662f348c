import type { Representation } from '../../plugins/representations.ts';
import type { ArticleDto } from '../articles/articles.schemas.ts';
import type { ClaimDto } from '../claims/claims.schemas.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';
import {
  ClaimJsonLdSchema,
  EntityJsonLdSchema,
  NewsArticleJsonLdSchema,
  NinjsArticleSchema,
} from './interop.schemas.ts';
import { ninjsMediaType } from './ninjs.ts';
import { jsonLdMediaType } from './schema-org.ts';

// What each resource can be read as. Routes name the resource in `config.representations` ('article', 'claim',
// 'entity'); the representations plugin looks its list up here, negotiates and calls `map` on the JSON the handler
// returned.

const json: Representation = { format: 'json', mediaType: 'application/json' };

const articleRepresentations: readonly Representation[] = [
  json,
  {
    format: 'ninjs',
    mediaType: ninjsMediaType,
    schema: NinjsArticleSchema,
    map: (article: ArticleDto, { app }) => app.services.interop.articleAsNinjs(article.id),
  },
  {
    format: 'jsonld',
    mediaType: jsonLdMediaType,
    schema: NewsArticleJsonLdSchema,
    map: (article: ArticleDto, { app }) => app.services.interop.articleAsNewsArticle(article.id),
  },
];

const claimRepresentations: readonly Representation[] = [
  json,
  {
    format: 'jsonld',
    mediaType: jsonLdMediaType,
    schema: ClaimJsonLdSchema,
    map: (claim: ClaimDto, { app }) => app.services.interop.claimAsJsonLd(claim.id),
    // Its reviews and first appearance change without the claim's version changing.
    embedsOthers: true,
  },
];

const entityRepresentations: readonly Representation[] = [
  json,
  {
    format: 'jsonld',
    mediaType: jsonLdMediaType,
    schema: EntityJsonLdSchema,
    map: (entity: EntityDto, { app }) => app.services.interop.entityAsJsonLd(entity),
  },
];

export const resourceRepresentations = {
  article: articleRepresentations,
  claim: claimRepresentations,
  entity: entityRepresentations,
} as const;
