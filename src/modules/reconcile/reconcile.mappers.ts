// Pure mappers: scored candidates and rows into the two APIs' shapes, the W3C manifest, and the preview card.
import type { EntityType } from '../../generated/prisma/enums.ts';
import type { CandidateRow, JudgementRow, ReconcileRepository } from './reconcile.repository.ts';
import {
  type JudgementDto,
  type MatchResponseDto,
  maxQueries,
  type ReconcileResultsDto,
  typeLabels,
} from './reconcile.schemas.ts';
import { type CandidateEntity, factors, type ScoredCandidate } from './reconcile.scoring.ts';

export function toCandidateEntity(row: CandidateRow): CandidateEntity {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    countryIds: row.countryIds,
    countryCodes: row.countryCodes,
    birthDate: row.validFrom,
    identifiers: {
      wikidata: row.wikidataId,
      isoAlpha2: row.isoAlpha2,
      isoAlpha3: row.isoAlpha3,
      unlocode: row.unlocode,
    },
  };
}

type Scored = ScoredCandidate & { row: CandidateRow };

export function toMatchCandidate(candidate: Scored): MatchResponseDto['results'][number]['candidates'][number] {
  return {
    entityId: candidate.row.id,
    slug: candidate.row.slug,
    name: candidate.row.name,
    type: candidate.row.type,
    score: candidate.score,
    match: candidate.match,
    features: candidate.features,
  };
}

const typeRef = (type: EntityType) => ({ id: type, name: typeLabels[type] });

/** W3C features are numbers: the name similarity and each factor that applied. */
function numericFeatures(candidate: Scored) {
  const { features } = candidate;
  const list = [{ id: 'name', value: features.name }];
  if (features.type) list.push({ id: 'type', value: factors.type[features.type] });
  if (features.country) list.push({ id: 'country', value: factors.country[features.country] });
  if (features.birthDate) list.push({ id: 'birthDate', value: factors.birthDate[features.birthDate] });
  if (features.identifier) list.push({ id: 'identifier', value: factors.identifier[features.identifier] });
  if (features.judgement) list.push({ id: 'judgement', value: 1 });
  return list;
}

export function toReconcileCandidate(candidate: Scored): ReconcileResultsDto[string]['result'][number] {
  return {
    id: candidate.row.id,
    name: candidate.row.name,
    type: [typeRef(candidate.row.type)],
    ...(candidate.row.description ? { description: candidate.row.description } : {}),
    score: Math.round(candidate.score * 10_000) / 100,
    match: candidate.match,
    features: numericFeatures(candidate),
  };
}

export function toJudgementDto(row: JudgementRow): JudgementDto {
  return {
    id: row.id,
    query: row.queryName,
    queryKey: row.queryKey,
    entityId: row.entityId,
    decision: row.decision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const entityTypes = Object.keys(typeLabels) as EntityType[];

/** The manifest, its URLs on the base URL the client reached the service at. */
export function manifestOf(base: string) {
  const endpoint = (path: string) => ({ service_url: base, service_path: `/v1/reconcile/suggest/${path}` });
  return {
    versions: ['0.2'],
    name: 'Meridian entities',
    identifierSpace: `${base}/v1/entities/`,
    schemaSpace: `${base}/v1/reconcile/properties/`,
    defaultTypes: entityTypes.map(typeRef),
    view: { url: `${base}/v1/entities/{{id}}` },
    preview: { url: `${base}/v1/reconcile/preview?id={{id}}`, width: 400, height: 140 },
    suggest: { entity: endpoint('entity'), type: endpoint('type'), property: endpoint('property') },
    batchSize: maxQueries,
  };
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? '');

type PreviewRow = NonNullable<Awaited<ReturnType<ReconcileRepository['previewOf']>>>;

/** A small self-contained HTML card (no scripts, no external resources); every stored value is escaped. */
export function previewHtml(entity: PreviewRow, base: string): string {
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  const years = [day(entity.validFrom), day(entity.validTo)];
  const facts = [
    typeLabels[entity.type],
    entity.wikidataId ? `Wikidata ${entity.wikidataId}` : null,
    entity.isoAlpha2 ? `ISO ${entity.isoAlpha2}` : null,
    entity.unlocode ? `UN/LOCODE ${entity.unlocode}` : null,
    years[0] || years[1] ? `${years[0] ?? '…'} – ${years[1] ?? ''}`.trim() : null,
  ].filter((fact): fact is string => fact !== null);
  const aliases = entity.aliases.map((alias) => alias.name).filter((name) => name !== entity.name);
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><title>',
    escapeHtml(entity.name),
    '</title><style>body{font:13px/1.4 sans-serif;margin:6px}h1{font-size:15px;margin:0 0 4px}p{margin:2px 0}.m{color:#555}</style></head><body>',
    `<h1><a href="${escapeHtml(`${base}/v1/entities/${entity.id}`)}" target="_blank" rel="noopener">${escapeHtml(entity.name)}</a></h1>`,
    `<p class="m">${escapeHtml(facts.join(' · '))}</p>`,
    entity.description ? `<p>${escapeHtml(entity.description)}</p>` : '',
    aliases.length > 0 ? `<p class="m">Also: ${escapeHtml(aliases.join(', '))}</p>` : '',
    '</body></html>',
  ].join('');
}
