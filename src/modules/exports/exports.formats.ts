import type { CsvValue } from '../../lib/csv-writer.ts';
import type { ArticleDto } from '../articles/articles.schemas.ts';
import type { ClaimDto } from '../claims/claims.schemas.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';
import type { ArticleExportRow, ClaimExportRow, EntityExportRow } from './exports.repository.ts';

// Export rows as the API's own JSON objects (one per NDJSON line: what GET /v1/<resource>/{id} answers) and as
// flat CSV records with a fixed column list.

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function articleObject(row: ArticleExportRow): ArticleDto {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    dek: row.dek,
    byline: row.byline,
    body: row.body,
    language: row.language,
    publishedAt: iso(row.published_at),
    modifiedAt: iso(row.modified_at),
    ingestedAt: row.ingested_at.toISOString(),
    sourceId: row.source_id,
    contentHash: row.content_hash,
    version: row.version,
    lineage:
      row.original_id && row.lineage_kind
        ? {
            originalId: row.original_id,
            kind: row.lineage_kind as NonNullable<ArticleDto['lineage']>['kind'],
            ...(row.lineage_similarity !== null ? { similarity: row.lineage_similarity } : {}),
          }
        : null,
    duplicateOf: row.duplicate_of_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function claimObject(row: ClaimExportRow): ClaimDto {
  return {
    id: row.id,
    articleId: row.article_id,
    text: row.text,
    quote: row.quote,
    claimant: row.claimant_entity_id
      ? { type: 'entity', id: row.claimant_entity_id, name: row.claimant_name }
      : { type: 'source', id: row.claimant_source_id ?? '', name: row.claimant_name },
    subjects: row.subjects as ClaimDto['subjects'],
    kind: row.kind as ClaimDto['kind'],
    value: row.value,
    unit: row.unit,
    modality: row.modality as ClaimDto['modality'],
    evidence: { start: row.evidence_start, end: row.evidence_end },
    status: row.status as ClaimDto['status'],
    method: row.method as ClaimDto['method'],
    confidence: row.confidence,
    reviewStatus: row.review_status as ClaimDto['reviewStatus'],
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function entityObject(row: EntityExportRow): EntityDto {
  return {
    id: row.id,
    type: row.type as EntityDto['type'],
    status: row.status as EntityDto['status'],
    name: row.name,
    slug: row.slug,
    description: row.description,
    identifiers: { wikidata: row.wikidata_id, isoAlpha2: row.iso_alpha2, isoAlpha3: row.iso_alpha3, unlocode: row.unlocode },
    coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    aliases: row.aliases,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A CSV layout: the header row and how one object becomes a record. */
export type CsvLayout<T> = { columns: readonly string[]; record: (item: T) => CsvValue[] };

export const claimCsv: CsvLayout<ClaimDto> = {
  columns: [
    'id', 'articleId', 'text', 'quote', 'claimantType', 'claimantId', 'claimantName', 'subjectIds', 'subjectSlugs',
    'kind', 'value', 'unit', 'modality', 'evidenceStart', 'evidenceEnd', 'status', 'version', 'createdAt', 'updatedAt',
  ],
  record: (claim) => [
    claim.id, claim.articleId, claim.text, claim.quote, claim.claimant.type, claim.claimant.id, claim.claimant.name,
    claim.subjects.map((subject) => subject.id).join(';'), claim.subjects.map((subject) => subject.slug).join(';'),
    claim.kind, claim.value, claim.unit, claim.modality, claim.evidence.start, claim.evidence.end, claim.status, claim.version, claim.createdAt, claim.updatedAt,
  ],
};

export const entityCsv: CsvLayout<EntityDto> = {
  columns: [
    'id', 'type', 'name', 'slug', 'description', 'wikidata', 'isoAlpha2', 'isoAlpha3', 'unlocode', 'latitude', 'longitude', 'aliases', 'version', 'createdAt', 'updatedAt',
  ],
  record: (entity) => [
    entity.id, entity.type, entity.name, entity.slug, entity.description, entity.identifiers.wikidata, entity.identifiers.isoAlpha2,
    entity.identifiers.isoAlpha3, entity.identifiers.unlocode, entity.coordinates?.latitude, entity.coordinates?.longitude,
    // Aliases are a list: one JSON array in the cell keeps names with any character (NDJSON has them as objects).
    JSON.stringify(entity.aliases), entity.version, entity.createdAt, entity.updatedAt,
  ],
};
