import type { CsvValue } from '../../lib/csv-writer.ts';
import type { ClaimDto } from '../claims/claims.schemas.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';

// The CSV layouts of the exports: a fixed column list and how one API object becomes a flat record. (NDJSON lines
// are the API's own objects, built by the services' DTO mappers: see exports.service.ts.)

/** A CSV layout: the header row and how one object becomes a record. */
export type CsvLayout<T> = { columns: readonly string[]; record: (item: T) => CsvValue[] };

export const claimCsv: CsvLayout<ClaimDto> = {
  columns: [
    'id',
    'articleId',
    'text',
    'quote',
    'claimantType',
    'claimantId',
    'claimantName',
    'subjectIds',
    'subjectSlugs',
    'kind',
    'value',
    'unit',
    'bound',
    'modality',
    'evidenceStart',
    'evidenceEnd',
    'status',
    'version',
    'createdAt',
    'updatedAt',
  ],
  record: (claim) => [
    claim.id,
    claim.articleId,
    claim.text,
    claim.quote,
    claim.claimant.type,
    claim.claimant.id,
    claim.claimant.name,
    claim.subjects.map((subject) => subject.id).join(';'),
    claim.subjects.map((subject) => subject.slug).join(';'),
    claim.kind,
    claim.value,
    claim.unit,
    claim.bound,
    claim.modality,
    claim.evidence.start,
    claim.evidence.end,
    claim.status,
    claim.version,
    claim.createdAt,
    claim.updatedAt,
  ],
};

export const entityCsv: CsvLayout<EntityDto> = {
  columns: [
    'id',
    'type',
    'name',
    'slug',
    'description',
    'wikidata',
    'isoAlpha2',
    'isoAlpha3',
    'unlocode',
    'latitude',
    'longitude',
    'aliases',
    'version',
    'createdAt',
    'updatedAt',
  ],
  record: (entity) => [
    entity.id,
    entity.type,
    entity.name,
    entity.slug,
    entity.description,
    entity.identifiers.wikidata,
    entity.identifiers.isoAlpha2,
    entity.identifiers.isoAlpha3,
    entity.identifiers.unlocode,
    entity.coordinates?.latitude,
    entity.coordinates?.longitude,
    // Aliases are a list: one JSON array in the cell keeps names with any character (NDJSON has them as objects).
    JSON.stringify(entity.aliases),
    entity.version,
    entity.createdAt,
    entity.updatedAt,
  ],
};
