// Entity rows as the API's DTOs: pure functions, no I/O, shared by every module that answers with entities.
import type { EntityRow, EntityRowWithRoles, RoleRow } from './entities.repository.ts';
import type { EntityDto, RoleDto } from './entities.schemas.ts';

export const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A `date` column as YYYY-MM-DD: a Date from the client, or the string a revision's JSON state holds. */
const dayOf = (value: Date | string | null | undefined) =>
  value === null || value === undefined ? null : typeof value === 'string' ? value.slice(0, 10) : dateOnly(value);

export function toRoleDto(role: RoleRow): RoleDto {
  return {
    id: role.id,
    // A role's title is never null (roleWhere); the type cannot say so.
    title: role.title ?? '',
    person: role.subject,
    organization: role.object,
    startDate: dateOnly(role.startDate),
    endDate: dateOnly(role.endDate),
    version: role.version,
  };
}

/** An entity row with the confidence of its proposal, where the caller computed it (see withConfidence). */
export type WithConfidence = { confidence?: number | null };

export function toEntityDto(entity: EntityRow & WithConfidence): EntityDto {
  const withRoles = entity as Partial<EntityRowWithRoles>;
  const roles =
    withRoles.relationsOut && withRoles.relationsIn
      ? [...withRoles.relationsOut, ...withRoles.relationsIn.filter((role) => role.subjectId !== entity.id)].map(
          toRoleDto,
        )
      : undefined;
  return {
    id: entity.id,
    type: entity.type,
    status: entity.status,
    name: entity.name,
    slug: entity.slug,
    description: entity.description,
    identifiers: {
      wikidata: entity.wikidataId,
      isoAlpha2: entity.isoAlpha2,
      isoAlpha3: entity.isoAlpha3,
      unlocode: entity.unlocode,
      iso3166Alpha4: entity.iso3166Alpha4 ?? null,
    },
    coordinates:
      entity.latitude !== null && entity.longitude !== null
        ? { latitude: entity.latitude, longitude: entity.longitude }
        : null,
    validFrom: dayOf(entity.validFrom),
    validTo: dayOf(entity.validTo),
    version: entity.version,
    // Revisions recorded before aliases had kinds and dates hold neither: `name`, open.
    aliases: entity.aliases.map((alias) => ({
      name: alias.name,
      language: alias.language,
      kind: alias.kind ?? 'name',
      validFrom: dayOf(alias.validFrom),
      validTo: dayOf(alias.validTo),
    })),
    ...(roles ? { roles } : {}),
    ...(entity.confidence !== undefined ? { confidence: entity.confidence } : {}),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
