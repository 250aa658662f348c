// Article rows as the API's DTOs: pure functions, no I/O, shared by every module that answers with articles.
import { exactBody } from '../../lib/serialization.ts';
import { toClaimDto } from '../claims/claims.mappers.ts';
import { toMentionDto } from '../mentions/mentions.mappers.ts';
import { toSourceDto } from '../sources/sources.mappers.ts';
import type { ArticleCountryRow, ArticleRow } from './articles.repository.ts';
import type { ArticleCountryDto, ArticleDto } from './articles.schemas.ts';

export const iso = (date: Date | null) => date?.toISOString() ?? null;
/** A DATE column: a Date at UTC midnight from Prisma, its text from the raw reads and from revisions. */
const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

function toArticleCountryDto(row: ArticleCountryRow): ArticleCountryDto {
  return {
    country: { id: row.id, type: row.type, name: row.name, slug: row.slug, isoAlpha2: row.isoAlpha2 },
    how: row.mentions === 0 ? 'inferred' : row.demonymOnly ? 'demonym' : 'mentioned',
    mentions: row.mentions,
    confidence: row.confidence,
    via: row.via,
  };
}

export function toArticleDto(article: ArticleRow): ArticleDto {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    dek: article.dek,
    byline: article.byline,
    body: article.body,
    language: article.language,
    publishedAt: iso(article.publishedAt),
    modifiedAt: iso(article.modifiedAt),
    dateline:
      article.dateline !== null || article.datelineAgency !== null
        ? {
            text: article.dateline,
            place: article.datelinePlace,
            date: day(article.datelineDate as Date | string | null),
            agency: article.datelineAgency,
          }
        : null,
    ingestedAt: article.ingestedAt.toISOString(),
    sourceId: article.sourceId,
    contentHash: article.contentHash,
    version: article.version,
    lineage:
      article.originalId && article.lineageKind
        ? {
            originalId: article.originalId,
            kind: article.lineageKind,
            ...(article.lineageSimilarity !== null ? { similarity: article.lineageSimilarity } : {}),
          }
        : null,
    duplicateOf: article.duplicateOfId,
    story: article.story
      ? {
          id: article.story.id,
          href: `/v1/stories/${article.story.id}`,
          title: article.story.title,
          articleCount: article.story.articleCount,
          independentSourceCount: article.story.independentSourceCount,
          firstSeen: article.story.firstSeen.toISOString(),
          lastActivity: article.story.lastActivity.toISOString(),
        }
      : article.storyId
        ? { id: article.storyId, href: `/v1/stories/${article.storyId}` }
        : null,
    ...('ingest' in article ? { ingest: (article as { ingest: ArticleDto['ingest'] }).ingest } : {}),
    ...(article.source ? { source: toSourceDto(article.source) } : {}),
    ...(article.original !== undefined
      ? { original: article.original ? { ...article.original, publishedAt: iso(article.original.publishedAt) } : null }
      : {}),
    ...(article.mentions
      ? { mentions: article.mentions.map((mention) => ({ ...toMentionDto(mention), entity: mention.entity })) }
      : {}),
    ...(article.claims ? { claims: article.claims.map(toClaimDto) } : {}),
    ...(article.countries ? { countries: article.countries.map(toArticleCountryDto) } : {}),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

/**
 * The article with no relation embedded, as GET /v1/articles/{id} sends it most of the time: toArticleDto builds it in
 * ArticleSchema's field order with nothing the schema leaves out, so it is sent without being encoded again.
 */
export function toPlainArticleDto(article: ArticleRow): ArticleDto {
  return exactBody(toArticleDto(article));
}
