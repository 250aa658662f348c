import type { TransactionClient, Transactions } from '../../db/transaction.ts';
import type { DatePrecision, EntityType } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { type ReviewAction, statusAfterReview } from '../../lib/references.ts';
import type { EntityRepository } from '../entities/entities.repository.ts';
import { toRelationDto } from './relations.mappers.ts';
import { type EdgeRow, isEdge, type RelationFilter, type RelationRepository } from './relations.repository.ts';
import { periodDay, relationErrors } from './relations.rules.ts';
import type {
  EntityRelationListFilters,
  NeighborDto,
  PathDto,
  PathQueryInput,
  RelationCreate,
  RelationListFilters,
  RelationUpdate,
} from './relations.schemas.ts';

/** Edges one path-search step reads at most: a hub (a country with every place in it) is cut off there. */
const pathStepEdges = 5000;

type Side = { parents: Map<string, { edge: string; previous: string } | null>; depth: Map<string, number> };

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  relations: RelationRepository;
  entities: Pick<EntityRepository, 'findById' | 'findBySlug'>;
};

/** Who asserts a relation written with `source.kind = manual`. */
export type AssertedBy = { keyId: string | null };

const toDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));
const dayOf = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** A date with its precision as stored: the period's first (start) or last (end) day; none without a date. */
function bound(day: string | null, precision: DatePrecision | null | undefined, which: 'start' | 'end') {
  if (day === null) return { day: null, precision: null };
  const given = precision ?? 'day';
  return { day: periodDay(day, given, which), precision: given };
}

function refused(errors: FieldError[]): AppError {
  return new AppError('unprocessable', errors.map((error) => `${error.field} ${error.message}`).join('; '), { errors });
}

function precisionWithoutDate(field: 'startPrecision' | 'endPrecision'): AppError {
  return new AppError('validation_failed', `${field} needs a date to qualify.`, {
    errors: [{ location: 'body', field, message: `needs ${field === 'startPrecision' ? 'startDate' : 'endDate'}` }],
  });
}

function duplicate(existingId: string): AppError {
  return new AppError('conflict', 'A relation with this type, subject, object and start date is stored already.', {
    errors: [{ location: 'body', field: 'startDate', message: 'the same relation with this start exists' }],
    extensions: { location: `/v1/relations/${existingId}` },
  });
}

export function createRelationService(deps: Deps) {
  const { transactions, relations, entities } = deps;

  /** A written `located_in` changes which countries the articles naming its subject (or places below it) concern. */
  async function afterWrite(row: Pick<EdgeRow, 'type' | 'subjectId'>, tx: TransactionClient) {
    if (row.type === 'located_in') await relations.recomputeLocatedIn([row.subjectId], tx);
  }

  async function current(id: string): Promise<EdgeRow> {
    const row = await relations.findById(id);
    // A role with no organization is no edge: it is read and written at /v1/roles/{id}.
    if (!row || !isEdge(row)) throw notFound('relation', id);
    return row;
  }

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

  /** The body's subject or object: its id and type, or 422 naming the field. */
  async function endOf(field: 'subject' | 'object', key: string): Promise<{ id: string; type: EntityType }> {
    const row = await findByIdOrSlug(key, { byId: entities.findById, bySlug: entities.findBySlug });
    if (!row) throw missingReference(field, 'entity', key);
    return { id: row.id, type: row.type };
  }

  /** An article source: the article exists and the evidence lies within its body. */
  async function checkSource(source: RelationCreate['source']) {
    if (source.kind !== 'article') return;
    const length = await relations.articleBodyLength(source.articleId);
    if (length === null) throw missingReference('source.articleId', 'article', source.articleId);
    const { start, end } = source.evidence;
    const errors: FieldError[] = [];
    if (end <= start)
      errors.push({ location: 'body', field: 'source.evidence.end', message: 'must be greater than start' });
    if (end > length)
      errors.push({
        location: 'body',
        field: 'source.evidence.end',
        message: `must be within the article body (${length} code points)`,
      });
    if (errors.length > 0) throw refused(errors);
  }

  /** GET /v1/entities/{idOrSlug}/relations: 404 for an unknown entity. */
  async function listForEntity(key: string, filters: EntityRelationListFilters) {
    const id = await entityId(key);
    if (id === null) throw notFound('entity', key);
    const ends =
      filters.direction === 'outgoing'
        ? { subjectId: id }
        : filters.direction === 'incoming'
          ? { objectId: id }
          : { entityId: id };
    return page({ ...common(filters), ...ends }, filters.cursor, filters.limit, `relations:${filters.direction}`);
  }

  return {
    async get(id: string) {
      return toRelationDto(await current(id));
    },

    async create(input: RelationCreate, by: AssertedBy) {
      if (input.startPrecision && !input.startDate) throw precisionWithoutDate('startPrecision');
      if (input.endPrecision && !input.endDate) throw precisionWithoutDate('endPrecision');
      const [subject, object] = await Promise.all([endOf('subject', input.subject), endOf('object', input.object)]);
      const start = bound(input.startDate ?? null, input.startPrecision, 'start');
      const end = bound(input.endDate ?? null, input.endPrecision, 'end');
      const errors = relationErrors({
        type: input.type,
        subject,
        object,
        startDate: start.day,
        endDate: end.day,
        share: input.share ?? null,
      });
      if (errors.length > 0) throw refused(errors);
      await checkSource(input.source);
      const { source } = input;
      return transactions.run(async (tx) => {
        const same = await relations.findSame(input.type, subject.id, object.id, toDate(start.day), tx);
        if (same) throw duplicate(same.id);
        const row = await relations.create(
          {
            type: input.type,
            subjectId: subject.id,
            objectId: object.id,
            startDate: toDate(start.day),
            startPrecision: start.precision,
            endDate: toDate(end.day),
            endPrecision: end.precision,
            share: input.share ?? null,
            status: input.status,
            sourceKind: source.kind,
            sourceDataset: source.kind === 'reference' ? source.dataset : null,
            sourceArticleId: source.kind === 'article' ? source.articleId : null,
            evidenceStart: source.kind === 'article' ? source.evidence.start : null,
            evidenceEnd: source.kind === 'article' ? source.evidence.end : null,
            sourceKeyId: source.kind === 'manual' ? by.keyId : null,
          },
          tx,
        );
        await afterWrite(row, tx);
        return toRelationDto(row as EdgeRow);
      });
    },

    async update(id: string, input: RelationUpdate, precondition?: Precondition) {
      const row = await current(id);
      const startDay = input.startDate === undefined ? dayOf(row.startDate) : input.startDate;
      const endDay = input.endDate === undefined ? dayOf(row.endDate) : input.endDate;
      if (input.startPrecision && startDay === null) throw precisionWithoutDate('startPrecision');
      if (input.endPrecision && endDay === null) throw precisionWithoutDate('endPrecision');
      // A new date without a precision is a day; a new precision alone re-reads the stored date.
      const start = bound(
        startDay,
        input.startPrecision ?? (input.startDate === undefined ? row.startPrecision : 'day'),
        'start',
      );
      const end = bound(endDay, input.endPrecision ?? (input.endDate === undefined ? row.endPrecision : 'day'), 'end');
      const share = input.share === undefined ? row.share : input.share;
      // The ends do not change, so only the rules on dates and share can newly fail.
      const errors = relationErrors({
        type: row.type,
        subject: { id: row.subjectId, type: row.subject.type },
        object: { id: row.objectId, type: row.object.type },
        startDate: start.day,
        endDate: end.day,
        share,
      }).filter((error) => error.field === 'endDate' || error.field === 'share');
      if (errors.length > 0) throw refused(errors);
      return writeIfCurrent(precondition, row.version, 'relation', (expected) =>
        transactions.run(async (tx) => {
          // Roles (titled) may repeat; other relations are one per type, subject, object and start.
          if (row.title === null && start.day !== dayOf(row.startDate)) {
            const same = await relations.findSame(row.type, row.subjectId, row.objectId, toDate(start.day), tx);
            if (same && same.id !== row.id) throw duplicate(same.id);
          }
          const updated = await relations.update(
            row.id,
            expected,
            {
              startDate: toDate(start.day),
              startPrecision: start.precision,
              endDate: toDate(end.day),
              endPrecision: end.precision,
              share,
              ...(input.status ? { status: input.status } : {}),
            },
            tx,
          );
          await afterWrite(updated, tx);
          // The ends do not change here, and `current` read an edge.
          return toRelationDto(updated as EdgeRow);
        }),
      );
    },

    async review(id: string, action: ReviewAction, precondition?: Precondition) {
      const row = await current(id);
      return writeIfCurrent(precondition, row.version, 'relation', (expected) =>
        transactions.run(async (tx) => {
          const updated = await relations.update(row.id, expected, { status: statusAfterReview[action] }, tx);
          await afterWrite(updated, tx);
          // The ends do not change here, and `current` read an edge.
          return toRelationDto(updated as EdgeRow);
        }),
      );
    },

    async remove(id: string, precondition?: Precondition) {
      const row = await current(id);
      await writeIfCurrent(precondition, row.version, 'relation', (expected) =>
        transactions.run(async (tx) => {
          await relations.delete(row.id, expected, tx);
          await afterWrite(row, tx);
        }),
      );
    },

    async list(filters: RelationListFilters) {
      const [subjectId, objectId] = await Promise.all([
        filterEntity('subject', filters.subject),
        filterEntity('object', filters.object),
      ]);
      return page({ ...common(filters), subjectId, objectId }, filters.cursor, filters.limit, 'relations:id');
    },

    /** GET /v1/entities/{idOrSlug}/neighbors: the entities one relation away, with the relation. */
    async neighbors(key: string, filters: EntityRelationListFilters) {
      const id = await entityId(key);
      if (id === null) throw notFound('entity', key);
      const relationsPage = await listForEntity(id, filters);
      return {
        ...relationsPage,
        items: relationsPage.items.map(
          (relation): NeighborDto =>
            relation.subject.id === id
              ? { direction: 'outgoing', entity: relation.object, relation }
              : { direction: 'incoming', entity: relation.subject, relation },
        ),
      };
    },

    /**
     * GET /v1/graph/path: a shortest path of at most `max_depth` relations, either direction, by a breadth-first
     * search from both ends at once (each step one indexed query over the smaller frontier), so a depth of 3 reads
     * the neighbours of two levels on one side and one on the other rather than three levels from one end.
     */
    async path(query: PathQueryInput): Promise<PathDto> {
      const [fromId, toId] = await Promise.all([filterEntity('from', query.from), filterEntity('to', query.to)]);
      const [from, to] = await Promise.all([entities.findById(fromId!), entities.findById(toId!)]);
      const ref = (row: NonNullable<typeof from>) => ({ id: row.id, type: row.type, name: row.name, slug: row.slug });
      const filter = { ...common(query) };
      const sides: [Side, Side] = [
        { parents: new Map([[fromId!, null]]), depth: new Map([[fromId!, 0]]) },
        { parents: new Map([[toId!, null]]), depth: new Map([[toId!, 0]]) },
      ];
      const frontiers: [string[], string[]] = [[fromId!], [toId!]];
      let complete = true;
      let meeting: string | null = fromId === toId ? fromId! : null;
      for (let steps = 0; meeting === null && steps < query.max_depth; steps += 1) {
        const index = frontiers[0].length <= frontiers[1].length ? 0 : 1;
        const side = sides[index];
        const other = sides[1 - index]!;
        const frontier = new Set(frontiers[index]);
        const edges = await relations.edgesTouching([...frontier], filter, pathStepEdges + 1);
        if (edges.length > pathStepEdges) complete = false;
        const next: string[] = [];
        for (const edge of edges.slice(0, pathStepEdges)) {
          for (const [here, there] of [
            [edge.subjectId, edge.objectId],
            [edge.objectId, edge.subjectId],
          ] as const) {
            if (!frontier.has(here) || side.parents.has(there)) continue;
            side.parents.set(there, { edge: edge.id, previous: here });
            side.depth.set(there, (side.depth.get(here) ?? 0) + 1);
            next.push(there);
          }
        }
        // Of the entities both searches reached, the one with the shortest path through it.
        let best = Number.POSITIVE_INFINITY;
        for (const node of next) {
          const total = (side.depth.get(node) ?? 0) + (other.depth.get(node) ?? Number.POSITIVE_INFINITY);
          if (total < best) {
            best = total;
            meeting = node;
          }
        }
        frontiers[index] = next;
        if (next.length === 0) break;
      }
      if (meeting === null)
        return { from: ref(from!), to: ref(to!), found: false, length: null, entities: [], edges: [], complete };
      const walk = (side: Side, start: string) => {
        const nodes = [start];
        const edgeIds: string[] = [];
        for (let step = side.parents.get(start); step; step = side.parents.get(step.previous)) {
          edgeIds.push(step.edge);
          nodes.push(step.previous);
        }
        return { nodes, edgeIds };
      };
      const head = walk(sides[0], meeting);
      const tail = walk(sides[1], meeting);
      const edgeIds = [...head.edgeIds.reverse(), ...tail.edgeIds];
      const nodeIds = [...head.nodes.reverse(), ...tail.nodes.slice(1)];
      const rows = new Map((await relations.findByIds(edgeIds)).map((row) => [row.id, toRelationDto(row)]));
      const edges = edgeIds.map((id) => rows.get(id)!);
      const refs = new Map<string, PathDto['from']>();
      for (const edge of edges) for (const end of [edge.subject, edge.object]) refs.set(end.id, end);
      refs.set(from!.id, ref(from!));
      return {
        from: ref(from!),
        to: ref(to!),
        found: true,
        length: edges.length,
        entities: nodeIds.map((id) => refs.get(id)!),
        edges,
        complete,
      };
    },

    listForEntity,
  };
}

export type RelationService = ReturnType<typeof createRelationService>;
