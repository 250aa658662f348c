// Mention rows as the API's DTOs: pure functions, no I/O. `toMentionDto` is the mention inside an article or an
// entity; `toMentionResourceDto` the mention as a resource of its own (GET /v1/mentions/{id}).
import type { MentionResourceRow, MentionRow } from './mentions.repository.ts';
import type { MentionDto, MentionResourceDto } from './mentions.schemas.ts';

export function toMentionDto(mention: MentionRow): MentionDto {
  return {
    id: mention.id,
    field: mention.field,
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    method: mention.method,
    confidence: mention.confidence,
    status: mention.status,
  };
}

// Key order does not matter: responses are serialised through their schema, in the schema's order.
export function toMentionResourceDto(mention: MentionResourceRow): MentionResourceDto {
  return {
    ...toMentionDto(mention),
    id: mention.id,
    status: mention.status,
    articleId: mention.articleId,
    entity: mention.entity,
    version: mention.version,
    createdAt: mention.createdAt.toISOString(),
    updatedAt: mention.updatedAt.toISOString(),
  };
}
