// Source rows as the API's DTOs: a pure function, no I/O.
import type { SourceRow } from './sources.repository.ts';
import type { SourceDto } from './sources.schemas.ts';

export function toSourceDto(source: SourceRow): SourceDto {
  return {
    id: source.id,
    slug: source.slug,
    name: source.name,
    homepage: source.homepage,
    country: source.country,
    language: source.language,
    kind: source.kind,
    version: source.version,
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
  };
}
