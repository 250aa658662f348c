// Story rows as the API's DTOs: pure functions, no I/O.
import type { StoryArticleRow, StoryRow } from './stories.repository.ts';
import type { StoryDto } from './stories.schemas.ts';

export function toStoryDto(row: StoryRow): StoryDto {
  return {
    id: row.id,
    title: row.title,
    representativeId: row.representativeId,
    firstSeen: row.firstSeen.toISOString(),
    lastActivity: row.lastActivity.toISOString(),
    articleCount: row.articleCount,
    independentSourceCount: row.independentSourceCount,
    languages: row.languageCounts as Record<string, number>,
    version: row.version,
    lineageGraph: row.representativeId ? `/v1/articles/${row.representativeId}/lineage/graph` : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An article of the story; `inStory` tells whether its original is in the same story (then it is not independent). */
export function toStoryArticleDto(row: StoryArticleRow, inStory: (id: string) => boolean) {
  const original = row.originalId ?? row.duplicateOfId;
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    language: row.language,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    source: row.source,
    lineage: row.originalId && row.lineageKind ? { originalId: row.originalId, kind: row.lineageKind } : null,
    independent: original === null || !inStory(original),
  };
}
