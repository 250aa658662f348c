import { AppError, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { EntityRepository } from '../entities/entities.repository.ts';
import { toRelationDto } from './relations.mappers.ts';
import type { RelationFilter, RelationRepository } from './relations.repository.ts';
import type { EntityRelationListFilters, RelationListFilters } from './relations.schemas.ts';

type Deps = { relations: RelationRepository; entities: Pick<EntityRepository, 'findById' | 'findBySlug'> };

export function createRelationService(deps: Deps) {
  const { relations, entities } = deps;

  async function entityId(key: string): Promise<string | null> {
    const row = await findByIdOrSlug(key, { byId: entities.findById, bySlug: entities.findBySlug });
    return row?.id ?? null;
  }

  /** An entity named in a filter: 422 naming the parameter when there is none. */
  async function filterEntity(field: string, key: string | undefined): Promise<string | undefined> {
    if (key === undefined) return undefined;
    const id = await entityId(key);
    if (id === null)
      throw new AppError('unprocessable', `${field} refers to an entity that does not exist: ${key}.`, {
        errors: [{ location: 'querystring', field, message: `no entity has the id or slug '${key}'` }],
      });
    return id;
  }

  async function page(filter: RelationFilter, cursorText: string | undefined, limit: number, ordering: string) {
    const cursor = decodeCursor(cursorText, ordering);
    const rows = await relations.listPage(filter, cursor?.id, limit + 1);
    const result = pageFromRows(rows, limit, (row) => ({ o: ordering, v: null, id: row.id }));
    return { ...result, items: result.items.map(toRelationDto) };
  }

  const common = (filters: {
    type?: RelationFilter['types'];
    status?: RelationFilter['statuses'];
    as_of?: string;
  }) => ({
    types: filters.type,
    statuses: filters.status,
    asOf: filters.as_of ? new Date(`${filters.as_of}T00:00:00Z`) : undefined,
  });

  return {
    async get(id: string) {
      const row = await relations.findById(id);
      if (!row) throw notFound('relation', id);
      return toRelationDto(row);
    },

    async list(filters: RelationListFilters) {
      const [subjectId, objectId] = await Promise.all([
        filterEntity('subject', filters.subject),
        filterEntity('object', filters.object),
      ]);
      return page({ ...common(filters), subjectId, objectId }, filters.cursor, filters.limit, 'relations:id');
    },

    /** GET /v1/entities/{idOrSlug}/relations: 404 for an unknown entity. */
    async listForEntity(key: string, filters: EntityRelationListFilters) {
      const id = await entityId(key);
      if (id === null) throw notFound('entity', key);
      const ends =
        filters.direction === 'outgoing'
          ? { subjectId: id }
          : filters.direction === 'incoming'
            ? { objectId: id }
            : { entityId: id };
      return page({ ...common(filters), ...ends }, filters.cursor, filters.limit, `relations:${filters.direction}`);
    },
  };
}

export type RelationService = ReturnType<typeof createRelationService>;
