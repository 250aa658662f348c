import { uuidv7 } from 'uuidv7';
import type { Transactions } from '../../db/transaction.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';
import { invalidField, missingReference, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import {
  entityTypes,
  manifestOf,
  previewHtml,
  toCandidateEntity,
  toJudgementDto,
  toMatchCandidate,
  toReconcileCandidate,
} from './reconcile.mappers.ts';
import type { ReconcileRepository } from './reconcile.repository.ts';
import {
  type JudgementInput,
  type MatchBodyInput,
  type MatchResponseDto,
  type ReconcileQueryInput,
  type ReconcileResultsDto,
  reconcileProperties,
  type SuggestInput,
  typeLabels,
} from './reconcile.schemas.ts';
import { type NormalisedQuery, nameKey, type PartialDate, parsePartialDate, rank, score } from './reconcile.scoring.ts';

type Deps = { transactions: Pick<Transactions, 'run'>; reconcile: ReconcileRepository };

/** A query ready for matching: what scoring compares, plus the types candidates must have (W3C strict types). */
type Prepared = NormalisedQuery & { requiredTypes?: EntityType[]; limit: number };

const defaultLimit = 5;
/** Country codes, slugs and ids compared without regard to case. */
const countryLookupKey = (text: string) => text.toLowerCase();

export function createReconcileService(deps: Deps) {
  const { transactions, reconcile } = deps;

  /** Candidates for every query of a batch, in four statements whatever the batch size. */
  async function matchAll(queries: Prepared[]) {
    const keys = [...new Set(queries.map((query) => query.key))];
    const identifiers = {
      wikidata: queries.flatMap((query) => query.identifiers.wikidata ?? []),
      isoAlpha2: queries.flatMap((query) => query.identifiers.isoAlpha2 ?? []),
      isoAlpha3: queries.flatMap((query) => query.identifiers.isoAlpha3 ?? []),
      unlocode: queries.flatMap((query) => query.identifiers.unlocode ?? []),
    };
    const anyIdentifier = Object.values(identifiers).some((list) => list.length > 0);
    const [hits, judgements, identified] = await Promise.all([
      reconcile.nameHits(queries.map((query) => query.key)),
      reconcile.judgementsFor(keys),
      anyIdentifier ? reconcile.idsByIdentifiers(identifiers) : Promise.resolve([]),
    ]);
    const judged = new Map<string, Map<string, 'match' | 'no_match'>>();
    for (const judgement of judgements) {
      const byEntity = judged.get(judgement.queryKey) ?? new Map();
      byEntity.set(judgement.entityId, judgement.decision);
      judged.set(judgement.queryKey, byEntity);
    }
    const ids = new Set([
      ...hits.map((hit) => hit.entityId),
      ...identified.map((row) => row.id),
      ...judgements.filter((judgement) => judgement.decision === 'match').map((judgement) => judgement.entityId),
    ]);
    const rows = new Map((await reconcile.candidates([...ids])).map((row) => [row.id, row]));

    // Hits by query (1-based), then by entity.
    const hitsByQuery = new Map<number, Map<string, typeof hits>>();
    for (const hit of hits) {
      const byEntity = hitsByQuery.get(hit.query) ?? new Map<string, typeof hits>();
      byEntity.set(hit.entityId, [...(byEntity.get(hit.entityId) ?? []), hit]);
      hitsByQuery.set(hit.query, byEntity);
    }

    return queries.map((query, index) => {
      const decisions = judged.get(query.key) ?? new Map<string, 'match' | 'no_match'>();
      const byEntity = hitsByQuery.get(index + 1) ?? new Map<string, typeof hits>();
      for (const row of identified) {
        const wanted = query.identifiers;
        if (
          (wanted.wikidata !== undefined && row.wikidataId === wanted.wikidata) ||
          (wanted.isoAlpha2 !== undefined && row.isoAlpha2 === wanted.isoAlpha2) ||
          (wanted.isoAlpha3 !== undefined && row.isoAlpha3 === wanted.isoAlpha3) ||
          (wanted.unlocode !== undefined && row.unlocode === wanted.unlocode)
        )
          byEntity.set(row.id, byEntity.get(row.id) ?? []);
      }
      for (const [entityId, decision] of decisions)
        if (decision === 'match') byEntity.set(entityId, byEntity.get(entityId) ?? []);

      const scored = [...byEntity].flatMap(([entityId, entityHits]) => {
        const row = rows.get(entityId);
        // A pair judged no_match is never proposed again; strict types leave the others out.
        if (!row || decisions.get(entityId) === 'no_match') return [];
        if (query.requiredTypes && !query.requiredTypes.includes(row.type)) return [];
        return [{ ...score(query, toCandidateEntity(row), entityHits, decisions.get(entityId) === 'match'), row }];
      });
      return rank(scored, query.limit);
    });
  }

  /** A W3C property value as a string: `{id}` objects (reconciled cells) give their id; lists give their first. */
  function propertyText(value: ReconcileQueryInput['properties'] extends (infer P)[] | undefined ? P : never) {
    const first = Array.isArray(value.v) ? value.v[0] : value.v;
    if (first === undefined) return '';
    return typeof first === 'object' ? first.id : String(first);
  }

  /**
   * A W3C query ready for matching. `countries` resolves the batch's `country` values (codes in any case, slugs, ids);
   * a value it does not know is refused, naming the property value.
   */
  function prepareReconcileQuery(
    queryId: string,
    input: ReconcileQueryInput,
    countries: Map<string, string>,
  ): Prepared {
    const types = input.type === undefined ? undefined : [input.type].flat();
    const prepared: Prepared = {
      key: nameKey(input.query),
      types,
      requiredTypes: input.type_strict === 'should' ? undefined : types,
      identifiers: {},
      limit: input.limit ?? defaultLimit,
    };
    for (const [index, property] of (input.properties ?? []).entries()) {
      const field = `queries.${queryId}.properties.${index}.v`;
      const text = propertyText(property).trim();
      if (property.pid === 'country') {
        const country = countries.get(countryLookupKey(text));
        if (!country) throw invalidField('body', field, `no country has the code, slug or id '${text}'`);
        prepared.country = country;
      } else if (property.pid === 'wikidata') {
        const wikidata = /^(?:https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/)?(Q[1-9][0-9]*)$/.exec(text)?.[1];
        if (!wikidata) throw invalidField('body', field, 'must be a Wikidata item id such as Q419 or its entity URI');
        prepared.identifiers.wikidata = wikidata;
      } else {
        const birthDate: PartialDate | null = parsePartialDate(text);
        if (!birthDate)
          throw invalidField('body', field, 'must be a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD');
        prepared.birthDate = birthDate;
      }
    }
    return prepared;
  }

  /** Every `country` value of a batch resolved in one query: lookup key → country id. */
  async function resolveCountries(queries: ReconcileQueryInput[]): Promise<Map<string, string>> {
    const texts = new Set(
      queries.flatMap((query) =>
        (query.properties ?? [])
          .filter((property) => property.pid === 'country')
          .map((property) => countryLookupKey(propertyText(property).trim())),
      ),
    );
    const resolved = new Map<string, string>();
    if (texts.size === 0) return resolved;
    const candidates = [...texts].flatMap((text) => [text, text.toUpperCase()]);
    for (const country of await reconcile.findCountries(candidates))
      for (const key of [country.isoAlpha2, country.isoAlpha3, country.slug, country.id])
        if (key) resolved.set(countryLookupKey(key), country.id);
    return resolved;
  }

  return {
    async match(body: MatchBodyInput): Promise<MatchResponseDto> {
      const prepared: Prepared[] = body.queries.map((query) => ({
        key: nameKey(query.name),
        types: query.type ? [query.type] : undefined,
        country: query.country,
        birthDate: query.birthDate ? (parsePartialDate(query.birthDate) ?? undefined) : undefined,
        identifiers: { ...query.identifiers },
        limit: body.limit,
      }));
      const results = await matchAll(prepared);
      return {
        results: body.queries.map((query, index) => ({
          id: query.id ?? null,
          name: query.name,
          queryKey: prepared[index]?.key ?? '',
          candidates: (results[index] ?? []).map(toMatchCandidate),
        })),
      };
    },

    async reconcile(queries: Record<string, ReconcileQueryInput>): Promise<ReconcileResultsDto> {
      const ids = Object.keys(queries);
      const countries = await resolveCountries(Object.values(queries));
      const prepared = ids.map((id) => prepareReconcileQuery(id, queries[id] as ReconcileQueryInput, countries));
      const results = await matchAll(prepared);
      return Object.fromEntries(
        ids.map((id, index) => [id, { result: (results[index] ?? []).map(toReconcileCandidate) }]),
      );
    },

    manifest: (base: string) => manifestOf(base),

    async suggestEntities(input: SuggestInput) {
      const rows = await reconcile.suggest(input.prefix, input.type, input.cursor ?? input.start ?? 0, input.limit);
      return {
        result: rows.map((row) => ({
          id: row.id,
          name: row.name,
          ...(row.description ? { description: row.description } : {}),
          notable: [{ id: row.type, name: typeLabels[row.type] }],
        })),
      };
    },

    suggestTypes(input: SuggestInput) {
      const prefix = nameKey(input.prefix);
      return {
        result: entityTypes
          .filter((type) => nameKey(typeLabels[type]).startsWith(prefix) || type.startsWith(prefix))
          .map((type) => ({ id: type, name: typeLabels[type] })),
      };
    },

    suggestProperties(input: SuggestInput) {
      const prefix = nameKey(input.prefix);
      return {
        result: reconcileProperties
          .filter((property) => nameKey(property.name).startsWith(prefix) || nameKey(property.id).startsWith(prefix))
          .map((property) => ({ id: property.id, name: property.name, description: property.description })),
      };
    },

    async preview(id: string, base: string): Promise<string> {
      const entity = await reconcile.previewOf(id);
      if (!entity) throw notFound('entity', id);
      return previewHtml(entity, base);
    },

    async judge(input: JudgementInput) {
      const queryKey = nameKey(input.query);
      if (queryKey === '') throw invalidField('body', 'query', 'must contain at least one letter or digit');
      return transactions.run(async (tx) => {
        if (!(await reconcile.entityExists(input.entityId, tx)))
          throw missingReference('entityId', 'entity', input.entityId);
        const row = await reconcile.upsertJudgement(
          { id: uuidv7(), queryKey, queryName: input.query, entityId: input.entityId, decision: input.decision },
          tx,
        );
        return { judgement: toJudgementDto(row), created: row.inserted };
      });
    },

    async getJudgement(id: string) {
      const row = await reconcile.findJudgement(id);
      if (!row) throw notFound('judgement', id);
      return toJudgementDto(row);
    },

    /** Withdraws a decision: the pair is matched on its merits again. */
    async removeJudgement(id: string) {
      const removed = await transactions.run((tx) => reconcile.deleteJudgement(id, tx));
      if (!removed) throw notFound('judgement', id);
    },

    async listJudgements(filters: { query?: string; entityId?: string; limit: number; cursor?: string }) {
      const cursor = decodeCursor(filters.cursor, 'judgements:id');
      const rows = await reconcile.listJudgements(
        { queryKey: filters.query === undefined ? undefined : nameKey(filters.query), entityId: filters.entityId },
        cursor,
        filters.limit + 1,
      );
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'judgements:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toJudgementDto) };
    },
  };
}

export type ReconcileService = ReturnType<typeof createReconcileService>;
