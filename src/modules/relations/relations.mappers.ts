// Relation rows as the API's DTOs: a pure function, no I/O.
import type { EdgeRow } from './relations.repository.ts';
import type { RelationDto } from './relations.schemas.ts';

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

export function toRelationDto(row: EdgeRow): RelationDto {
  return {
    id: row.id,
    type: row.type,
    subject: row.subject,
    object: row.object,
    title: row.title,
    startDate: day(row.startDate),
    startPrecision: row.startPrecision,
    endDate: day(row.endDate),
    endPrecision: row.endPrecision,
    source: {
      kind: row.sourceKind,
      dataset: row.sourceDataset,
      articleId: row.sourceArticleId,
      apiKeyId: row.sourceKeyId,
      evidence:
        row.evidenceStart !== null && row.evidenceEnd !== null
          ? { start: row.evidenceStart, end: row.evidenceEnd }
          : null,
    },
    status: row.status,
    share: row.share,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
