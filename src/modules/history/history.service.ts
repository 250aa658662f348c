import { AppError, invalidField, notFound } from '../../lib/errors.ts';
import { isId, storedKey } from '../../lib/id-or-slug.ts';
import { CursorValue, decodeCursor, encodeCursor, type Page } from '../../lib/pagination.ts';
import { toArticleDto } from '../articles/articles.mappers.ts';
import type { ArticleRow } from '../articles/articles.repository.ts';
import { toClaimDto } from '../claims/claims.mappers.ts';
import type { ClaimRow } from '../claims/claims.repository.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import type { EntityRepository, EntityRow } from '../entities/entities.repository.ts';
import type { HistoryRepository, ResourceType, RevisionRow } from './history.repository.ts';
import type { ChangeEventDto, ChangeFeedQuery, RevisionDto, RevisionListQuery } from './history.schemas.ts';

/** Stored column names (snake_case) as the API's field names, where they differ from plain camelCase. */
const apiFieldNames: Record<ResourceType, Record<string, string>> = {
  article: { original_id: 'lineage', lineage_kind: 'lineage', story_id: 'story' },
  entity: {
    wikidata_id: 'identifiers.wikidata',
    iso_alpha2: 'identifiers.isoAlpha2',
    iso_alpha3: 'identifiers.isoAlpha3',
    unlocode: 'identifiers.unlocode',
    iso_3166_3: 'identifiers.iso3166Alpha4',
    latitude: 'coordinates',
    longitude: 'coordinates',
  },
  claim: {
    claimant_entity_id: 'claimant',
    claimant_source_id: 'claimant',
    evidence_start: 'evidence',
    evidence_end: 'evidence',
    subject_ids: 'subjects',
  },
  source: {},
  story: { language_counts: 'languages' },
  claim_review: {
    reviewer_name: 'reviewer',
    reviewer_url: 'reviewer',
    reviewer_type: 'reviewer',
    rating_value: 'rating',
    rating_best: 'rating',
    rating_worst: 'rating',
    rating_alternate_name: 'rating',
    created_by_key_id: 'createdBy',
    request_id: 'createdBy',
  },
  // Roles are relations since 20261207140000_roles_as_relations; revisions before it hold the roles table's columns.
  role: { person_id: 'person', organization_id: 'organization', subject_id: 'person', object_id: 'organization' },
  claim_relation: {
    subject_claim_id: 'subject',
    object_claim_id: 'object',
    created_by_key_id: 'createdBy',
    request_id: 'createdBy',
  },
  relation: {
    subject_id: 'subject',
    object_id: 'object',
    source_kind: 'source',
    source_dataset: 'source',
    source_article_id: 'source',
    evidence_start: 'source',
    evidence_end: 'source',
  },
};

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

function changedFieldNames(type: ResourceType, columns: string[]): string[] {
  return [...new Set(columns.map((column) => apiFieldNames[type][column] ?? camel(column)))];
}

/** A stored state (to_jsonb of the row) as the row the module's DTO mapper takes: camelCase keys, timestamps as Dates. */
function rowFromState(state: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(state).map(([key, value]) => [
      camel(key),
      key.endsWith('_at') && typeof value === 'string' ? new Date(value) : value,
    ]),
  );
}

export function toRevisionDto(type: ResourceType, row: RevisionRow): RevisionDto {
  return {
    revision: row.revision,
    action: row.action,
    changedFields: changedFieldNames(type, row.changedFields),
    operation: row.operation,
    mergedInto: typeof row.state.merged_into === 'string' ? row.state.merged_into : null,
    actor: row.actorKeyPrefix ? { keyPrefix: row.actorKeyPrefix } : null,
    requestId: row.requestId,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export const plural: Record<ResourceType, string> = {
  article: 'articles',
  entity: 'entities',
  claim: 'claims',
  source: 'sources',
  relation: 'relations',
  claim_review: 'claim-reviews',
  role: 'roles',
  claim_relation: 'claim-relations',
  story: 'stories',
};

type FeedPosition = { transactionId: bigint; id: bigint };

export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(JSON.stringify({ t: position.transactionId.toString(), i: position.id.toString() })).toString(
    'base64url',
  );
}

const maxBigint = 2n ** 63n - 1n;

export function decodeFeedCursor(raw: string | undefined, field = 'after'): FeedPosition | undefined {
  if (raw === undefined) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { t?: unknown; i?: unknown };
    if (
      typeof payload.t === 'string' &&
      typeof payload.i === 'string' &&
      /^\d{1,19}$/.test(payload.t) &&
      /^\d{1,19}$/.test(payload.i)
    ) {
      const position = { transactionId: BigInt(payload.t), id: BigInt(payload.i) };
      // Both are PostgreSQL bigints: nineteen digits can still exceed them.
      if (position.transactionId <= maxBigint && position.id <= maxBigint) return position;
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('invalid_cursor', 'The cursor is not one the change feed issued; start again without it.', {
    errors: [
      {
        location: field === 'last-event-id' ? 'headers' : 'querystring',
        field,
        message: 'not a cursor issued by the change feed',
      },
    ],
  });
}

export function createHistoryService(deps: {
  history: HistoryRepository;
  entities: Pick<EntityRepository, 'findBySlug' | 'findById'>;
}) {
  const { history, entities } = deps;

  /** An entity key in a URL as an id: a slug resolves to the live entity, else to the merged entity that had it. */
  async function resourceId(type: ResourceType, key: string): Promise<string> {
    if (isId(key)) return storedKey(key);
    if (type === 'entity') {
      const live = await entities.findBySlug(key);
      if (live) return live.id;
      const merged = await history.redirectFor(key, false);
      if (merged) return merged.id;
    }
    throw notFound(type, key);
  }

  /** The latest recorded state of each resource at `at` (or, for one recorded later, its first), by id. */
  async function statesAt(type: ResourceType, ids: string[], at: Date): Promise<Map<string, Record<string, unknown>>> {
    const unique = [...new Set(ids)];
    const found = new Map((await history.latestAt(type, unique, at)).map((row) => [row.resourceId, row.state]));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0)
      for (const row of await history.latestAt(type, missing, new Date(8.64e15))) found.set(row.resourceId, row.state);
    return found;
  }

  const articleFromState = (state: Record<string, unknown>) =>
    toArticleDto(rowFromState(state) as unknown as ArticleRow);

  const entityFromState = (state: Record<string, unknown>) =>
    toEntityDto({
      ...rowFromState(state),
      aliases: ((state.aliases ?? []) as Record<string, unknown>[]).map(rowFromState) as EntityRow['aliases'],
    } as unknown as EntityRow);

  /** A claim's claimant and subjects are named as they were at `at`. */
  async function claimFromState(state: Record<string, unknown>, at: Date) {
    const subjectIds = (state.subject_ids ?? []) as string[];
    const claimantEntityId = state.claimant_entity_id as string | null;
    const claimantSourceId = state.claimant_source_id as string | null;
    const entityStates = await statesAt(
      'entity',
      claimantEntityId ? [...subjectIds, claimantEntityId] : subjectIds,
      at,
    );
    const sourceStates = claimantSourceId
      ? await statesAt('source', [claimantSourceId], at)
      : new Map<string, Record<string, unknown>>();
    const entity = (id: string) => {
      const entityState = entityStates.get(id);
      return { id, type: entityState?.type, name: entityState?.name ?? '', slug: entityState?.slug ?? '' };
    };
    return toClaimDto({
      ...rowFromState(state),
      claimantEntity: claimantEntityId ? entity(claimantEntityId) : null,
      claimantSource: claimantSourceId
        ? { id: claimantSourceId, name: sourceStates.get(claimantSourceId)?.name ?? '' }
        : null,
      subjects: subjectIds.map((id) => ({ entityId: id, entity: entity(id) })),
    } as unknown as ClaimRow);
  }

  async function toDto(type: 'article' | 'entity' | 'claim', state: Record<string, unknown>, at: Date) {
    if (type === 'article') return articleFromState(state);
    if (type === 'entity') return entityFromState(state);
    return claimFromState(state, at);
  }

  /** The state recorded for the resource at `asOf`; 404 when it did not exist (yet, or any more) then. */
  async function stateAt(type: 'article' | 'entity' | 'claim', key: string, asOf: string, include: unknown) {
    if (include !== undefined)
      throw invalidField(
        'querystring',
        'include',
        'cannot be combined with as_of: only the resource itself is kept in its history',
      );
    const id = await resourceId(type, key);
    const at = new Date(asOf);
    const [row] = await history.latestAt(type, [id], at);
    if (!row || row.action === 'deleted' || row.action === 'merged') {
      throw new AppError(
        'not_found',
        `No ${type} had the id or slug '${key}' at ${at.toISOString()}${row ? ` (it was ${row.action} at ${row.recordedAt.toISOString()})` : ''}.`,
      );
    }
    return { state: row.state, at };
  }

  return {
    resourceId,

    /** Where a merged entity's old id or slug now resolves, or null (a live entity with that key wins). */
    async redirectTarget(key: string): Promise<string | null> {
      const byId = isId(key);
      if (!byId && (await entities.findBySlug(key))) return null;
      const redirect = await history.redirectFor(storedKey(key), byId);
      if (!redirect) return null;
      if (byId && (await entities.findById(storedKey(key)))) return null;
      return redirect.targetId;
    },

    async list(type: ResourceType, key: string, query: RevisionListQuery): Promise<Page<RevisionDto>> {
      const id = await resourceId(type, key);
      const ordering = `revisions:${query.order}`;
      const cursor = decodeCursor(query.cursor, ordering, CursorValue.integer);
      if (cursor && cursor.id !== id) {
        throw new AppError(
          'invalid_cursor',
          'The cursor belongs to another resource’s revisions; start again without it.',
          {
            errors: [{ location: 'querystring', field: 'cursor', message: 'not a cursor issued for this list' }],
          },
        );
      }
      const rows = await history.listPage(
        type,
        id,
        query.order === 'newest' ? 'desc' : 'asc',
        cursor?.v as number | undefined,
        query.limit + 1,
      );
      if (rows.length === 0 && cursor === undefined) throw notFound(type, key);
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items: items.map((row) =>
          toRevisionDto(type, { ...row, state: row.mergedInto ? { merged_into: row.mergedInto } : {} }),
        ),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ o: ordering, v: last.revision, id }) : null,
      };
    },

    async get(type: 'article' | 'entity' | 'claim', key: string, revision: number) {
      const id = await resourceId(type, key);
      const row = await history.findRevision(type, id, revision);
      if (!row) {
        if (!(await history.hasRevisions(type, id))) throw notFound(type, key);
        throw new AppError('not_found', `The ${type} '${key}' has no revision ${revision}.`);
      }
      return { ...toRevisionDto(type, row), state: await toDto(type, row.state, row.recordedAt) };
    },

    /** GET …/{id}?as_of=: the resource as it was at `asOf`, in its normal representation. */
    articleAt: async (key: string, asOf: string, include: unknown) =>
      articleFromState((await stateAt('article', key, asOf, include)).state),
    entityAt: async (key: string, asOf: string, include: unknown) =>
      entityFromState((await stateAt('entity', key, asOf, include)).state),
    claimAt: async (key: string, asOf: string, include: unknown) => {
      const { state, at } = await stateAt('claim', key, asOf, include);
      return claimFromState(state, at);
    },

    async changes(query: ChangeFeedQuery) {
      const after = decodeFeedCursor(query.after);
      const rows = await history.changesAfter(after, query.types, query.limit);
      const items: ChangeEventDto[] = rows.map((row) => ({
        cursor: encodeFeedCursor(row),
        type: row.resourceType,
        id: row.resourceId,
        location: `/v1/${plural[row.resourceType]}/${row.resourceId}`,
        ...toRevisionDto(row.resourceType, { ...row, state: row.mergedInto ? { merged_into: row.mergedInto } : {} }),
      }));
      const last = items[items.length - 1];
      return { items, nextCursor: last?.cursor ?? query.after ?? null, caughtUp: rows.length < query.limit };
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
