import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, invalidField, notFound } from '../../lib/errors.ts';
import { boxAround, boxFromBounds } from '../../lib/geo.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { CursorValue, decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { slugify } from '../../lib/slug.ts';
import { dateOnly, toEntityDto, toRoleDto, type WithConfidence } from './entities.mappers.ts';
import type { EntityLookupOrder, EntityLookupWhere, EntityRepository, EntityRow } from './entities.repository.ts';
import {
  defaultRadiusKm,
  type EntityCreate,
  type EntityHitDto,
  type EntityListFilters,
  type EntityLookupFilters,
  type EntityUpdate,
  type RoleListFilters,
} from './entities.schemas.ts';

/** YYYY-MM-DD as the Date Prisma writes to a `date` column. */
const dateColumn = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

const uniqueFields = [
  { field: 'slug', column: 'slug' },
  { field: 'identifiers.wikidata', column: 'wikidataId' },
  { field: 'identifiers.isoAlpha2', column: 'isoAlpha2' },
  { field: 'identifiers.isoAlpha3', column: 'isoAlpha3' },
  { field: 'identifiers.unlocode', column: 'unlocode' },
] as const;

function lookupOrder(filters: EntityLookupFilters): EntityLookupOrder {
  if (filters.q !== undefined && filters.near !== undefined) {
    throw invalidField(
      'querystring',
      'near',
      'cannot be combined with q: each sets the order of the results (q by score, near by distance)',
    );
  }
  if (filters.radius_km !== undefined && filters.near === undefined)
    throw invalidField('querystring', 'radius_km', 'needs near (the point to measure from)');
  if (filters.q !== undefined) return { by: 'score', q: filters.q };
  return filters.near !== undefined ? { by: 'distance' } : { by: 'id' };
}

type UniqueValues = Partial<Record<(typeof uniqueFields)[number]['column'], string | null | undefined>>;

export function createEntityService(deps: { transactions: Pick<Transactions, 'run'>; entities: EntityRepository }) {
  const { transactions, entities } = deps;

  /** Proposed entities' rows with `confidence`, computed from their mentions (null when none is left); others as they are. */
  async function withConfidence<Row extends EntityRow>(rows: Row[]): Promise<(Row & WithConfidence)[]> {
    const confidences = await entities.proposalConfidences(
      rows.filter((row) => row.status === 'proposed').map((row) => row.id),
    );
    return rows.map((row) =>
      row.status === 'proposed' ? { ...row, confidence: confidences.get(row.id) ?? null } : row,
    );
  }

  async function get(idOrSlug: string, withRoles = false): Promise<EntityRow & WithConfidence> {
    const entity = await findByIdOrSlug(idOrSlug, {
      byId: (id) => entities.findById(id, withRoles),
      bySlug: (slug) => entities.findBySlug(slug, withRoles),
    });
    if (!entity) throw notFound('entity', idOrSlug);
    const [withItsConfidence] = await withConfidence([entity]);
    return withItsConfidence!;
  }

  /** Names the field and the existing entity when a unique value is taken, rather than a bare 409. */
  async function assertUnique(values: UniqueValues, selfId?: string) {
    const errors: FieldError[] = [];
    let location: string | undefined;
    for (const { field, column } of uniqueFields) {
      const value = values[column];
      if (value === undefined || value === null) continue;
      const existing = await entities.findByUnique(column, value);
      if (existing && existing.id !== selfId) {
        errors.push({ location: 'body', field, message: `'${value}' already belongs to another entity` });
        location ??= `/v1/entities/${existing.id}`;
      }
    }
    if (errors.length > 0) {
      throw new AppError('conflict', `Another entity already has ${errors.map((e) => e.field).join(', ')}.`, {
        errors,
        extensions: { location },
      });
    }
  }

  function columnsFrom(input: EntityUpdate) {
    return {
      type: input.type,
      name: input.name,
      slug: input.slug,
      description: input.description,
      ...(input.identifiers !== undefined
        ? {
            wikidataId: input.identifiers.wikidata,
            isoAlpha2: input.identifiers.isoAlpha2,
            isoAlpha3: input.identifiers.isoAlpha3,
            unlocode: input.identifiers.unlocode,
          }
        : {}),
      ...(input.coordinates !== undefined
        ? { latitude: input.coordinates?.latitude ?? null, longitude: input.coordinates?.longitude ?? null }
        : {}),
    };
  }

  /** One row per (name, language): the unique index cannot catch repeats whose language is null. */
  const aliasRows = (aliases: EntityCreate['aliases']) => [
    ...new Map(
      aliases.map((alias) => [
        `${alias.language ?? ''}\u0000${alias.name}`,
        {
          name: alias.name,
          language: alias.language ?? null,
          kind: alias.kind ?? 'name',
          validFrom: dateColumn(alias.validFrom),
          validTo: dateColumn(alias.validTo),
        },
      ]),
    ).values(),
  ];

  return {
    get,
    /** For merge and split (src/modules/merges), which write entities inside their own transaction. */
    assertUnique,
    columnsFrom,
    aliasRows,

    async list(filters: EntityListFilters & { mentionedInArticleId?: string }) {
      const cursor = decodeCursor(filters.cursor, 'entities:id');
      const withRoles = filters.include?.has('roles') ?? false;
      const rows = await entities.listPage(filters, withRoles, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'entities:id', v: null, id: row.id }));
      return { ...page, items: await withConfidence(page.items) };
    },

    /**
     * GET /v1/entities: filters by type, name, identifiers and place; `q` ranks fuzzy name matches by score, `near`
     * orders by distance, otherwise entities come in insertion order. Ids first (one SQL query), then full rows.
     */
    async lookup(filters: EntityLookupFilters): Promise<{ items: EntityHitDto[]; nextCursor: string | null }> {
      const order = lookupOrder(filters);
      const cursorName = `entities:${order.by}`;
      const cursor = decodeCursor(
        filters.cursor,
        cursorName,
        order.by === 'id' ? CursorValue.none : CursorValue.number,
      );
      const where: EntityLookupWhere = {
        type: filters.type,
        name: filters.name,
        wikidata: filters.wikidata,
        iso: filters.iso,
        unlocode: filters.unlocode,
        status: filters.status,
        bbox: filters.bbox ? boxFromBounds(filters.bbox) : undefined,
        near: filters.near
          ? {
              ...filters.near,
              radiusKm: filters.radius_km ?? defaultRadiusKm,
              box: boxAround(filters.near, filters.radius_km ?? defaultRadiusKm),
            }
          : undefined,
      };
      const rows = await entities.lookupPage(where, order, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({
        o: cursorName,
        v: order.by === 'score' ? row.score : order.by === 'distance' ? row.distanceKm : null,
        id: row.id,
      }));
      const full = new Map(
        (
          await withConfidence(
            await entities.findManyByIds(
              page.items.map((row) => row.id),
              filters.include?.has('roles') ?? false,
            ),
          )
        ).map((row) => [row.id, row]),
      );
      // An entity deleted between the two queries is left out rather than failing the page.
      const items = page.items.flatMap((row) => {
        const entity = full.get(row.id);
        if (!entity) return [];
        return [
          {
            ...toEntityDto(entity),
            ...(row.score !== null ? { score: row.score } : {}),
            ...(row.distanceKm !== null ? { distanceKm: row.distanceKm } : {}),
          },
        ];
      });
      return { items, nextCursor: page.nextCursor };
    },

    async create(input: EntityCreate) {
      const slug = input.slug ?? (slugify(input.name) || `entity-${Date.now().toString(36)}`);
      const columns = columnsFrom({ ...input, slug });
      await assertUnique(columns);
      return transactions.run(async (tx) => {
        const created = await entities.create({ ...columns, type: input.type, name: input.name, slug }, tx);
        if (input.aliases.length === 0) return created;
        await entities.replaceAliases(created.id, aliasRows(input.aliases), tx);
        return (await entities.findById(created.id, false, tx)) as EntityRow;
      });
    },

    async update(idOrSlug: string, input: EntityUpdate, precondition?: Precondition) {
      const entity = await get(idOrSlug);
      const columns = columnsFrom(input);
      await assertUnique(columns, entity.id);
      return writeIfCurrent(precondition, entity.version, 'entity', (expected) =>
        transactions.run(async (tx) => {
          await entities.update(entity.id, expected, columns, tx);
          if (input.aliases !== undefined) await entities.replaceAliases(entity.id, aliasRows(input.aliases), tx);
          return (await entities.findById(entity.id, false, tx)) as EntityRow;
        }),
      );
    },

    async remove(idOrSlug: string, precondition?: Precondition) {
      const entity = await get(idOrSlug);
      const references = await entities.countClaimReferences(entity.id);
      if (references.asClaimant > 0 || references.asSubject > 0) {
        throw new AppError(
          'in_use',
          `The entity is the claimant of ${references.asClaimant} claim(s) and a subject of ${references.asSubject}; change those claims first.`,
        );
      }
      await writeIfCurrent(precondition, entity.version, 'entity', (expected) =>
        transactions.run((tx) => entities.delete(entity.id, expected, tx)),
      );
    },

    async roles(idOrSlug: string, filters: RoleListFilters) {
      const entity = await get(idOrSlug);
      const cursor = decodeCursor(filters.cursor, 'roles:startDate', CursorValue.day);
      const at = filters.at ? new Date(`${filters.at}T00:00:00Z`) : undefined;
      const rows = await entities.rolesPage(entity.id, at, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({
        o: 'roles:startDate',
        v: dateOnly(row.startDate),
        id: row.id,
      }));
      return { ...page, items: page.items.map(toRoleDto) };
    },
  };
}

export type EntityService = ReturnType<typeof createEntityService>;
