// The linker the ingest pipeline uses, built once per process from the reference data (data/ and the country
// packages, ~18.5k entities) plus the store's own accepted entities and aliases, and rebuilt only when those change.
//
// What goes in: every reference entity, with the aliases curators gave its stored copy; and every accepted stored
// entity that is not an untouched copy of a reference entity (those add nothing). Proposed entities stay out until a
// reviewer accepts them, and rejected ones stay out for good — so whether a name links never depends on which
// articles happened to be ingested first, and an interrupted import re-run links exactly as an uninterrupted one.
//
// Invalidation is cheap: `invalidate()` (called after entity writes in this process, and when another API node signals
// one: src/db/notifications.ts, awaited through `beforeUse`) marks the linker stale; and at most every
// `checkIntervalMs` a one-row fingerprint query (count and latest update of the entities that feed the gazetteer)
// notices changes other processes made without signalling (scripts). A stale linker is rebuilt on the next use (~1 s),
// never per request.
import type { EntityType } from '../../../generated/prisma/enums.ts';
import { tokenize } from '../text/tokens.ts';
import { compileGazetteer } from './gazetteer.ts';
import type {
  AliasKind,
  GazetteerAlias,
  GazetteerData,
  GazetteerEntity,
  GazetteerRelation,
  GazetteerRole,
} from './gazetteer-data.ts';
import { loadGazetteerData } from './gazetteer-data.ts';
import { createLinker, type Linker } from './linker.ts';

/** A stored entity as the gazetteer needs it. */
export interface StoredGazetteerEntity {
  id: string;
  type: EntityType;
  name: string;
  referenceKey: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  unlocode: string | null;
  /** `kind` where the store records it (absent: guessed from the spelling, as for aliases typed in by hand). */
  aliases: { name: string; language: string | null; kind?: AliasKind }[];
}

export interface GazetteerSource {
  /** Accepted entities that are not untouched copies of reference entities, with their aliases. */
  storedEntities(): Promise<StoredGazetteerEntity[]>;
  /** Changes whenever what storedEntities() returns may have changed. */
  fingerprint(): Promise<string>;
}

/** The key the linker reports for a stored entity that has no reference counterpart. */
export const STORED_KEY_PREFIX = 'db:';

let referenceData: GazetteerData | undefined;

/** The reference data, read once per process (it does not change while the process runs). */
export function referenceGazetteerData(): GazetteerData {
  referenceData ??= loadGazetteerData();
  return referenceData;
}

function isAbbreviation(name: string): boolean {
  return /^[\p{Lu}\d.&-]{2,8}$/u.test(name);
}

function aliasOf(alias: { name: string; language: string | null; kind?: AliasKind }): GazetteerAlias {
  const kind = alias.kind && alias.kind !== 'name' ? alias.kind : isAbbreviation(alias.name) ? 'abbreviation' : 'name';
  return { name: alias.name, language: alias.language, kind };
}

/** Reference entities and stored ones merged: a stored copy of a reference entity adds its extra names to it. */
export function mergeGazetteerEntities(
  reference: readonly GazetteerEntity[],
  stored: readonly StoredGazetteerEntity[],
): GazetteerEntity[] {
  const byKey = new Map(reference.map((entity) => [entity.key, entity]));
  const byIdentifier = new Map<string, GazetteerEntity>();
  for (const entity of reference) {
    if (entity.wikidataId) byIdentifier.set(`wikidata:${entity.wikidataId}`, entity);
    if (entity.isoAlpha2 && entity.type === 'country') byIdentifier.set(`iso:${entity.isoAlpha2}`, entity);
    if (entity.unlocode) byIdentifier.set(`unlocode:${entity.unlocode}`, entity);
  }
  const merged = new Map(byKey);
  const extra: GazetteerEntity[] = [];
  for (const row of stored) {
    const counterpart =
      (row.referenceKey ? byKey.get(row.referenceKey) : undefined) ??
      (row.wikidataId ? byIdentifier.get(`wikidata:${row.wikidataId}`) : undefined) ??
      (row.isoAlpha2 && row.type === 'country' ? byIdentifier.get(`iso:${row.isoAlpha2}`) : undefined) ??
      (row.unlocode ? byIdentifier.get(`unlocode:${row.unlocode}`) : undefined);
    const names = [{ name: row.name, language: null }, ...row.aliases];
    if (counterpart) {
      const current = merged.get(counterpart.key)!;
      const known = new Set([current.name, ...current.aliases.map((alias) => alias.name)]);
      const added = names.filter((alias) => !known.has(alias.name)).map(aliasOf);
      if (added.length > 0) merged.set(counterpart.key, { ...current, aliases: [...current.aliases, ...added] });
      continue;
    }
    extra.push({
      key: `${STORED_KEY_PREFIX}${row.id}`,
      type: row.type,
      name: row.name,
      description: null,
      wikidataId: row.wikidataId,
      isoAlpha2: row.isoAlpha2,
      isoAlpha3: null,
      unlocode: row.unlocode,
      latitude: null,
      longitude: null,
      countryIso2: null,
      tags: row.type === 'port' ? ['port'] : [],
      aliases: row.aliases.map(aliasOf),
      harbourSize: null,
    });
  }
  return [...merged.values(), ...extra];
}

/** The linker over the reference data and these stored entities (~1 s: built once per process or worker, and on change). */
export function buildLinker(stored: readonly StoredGazetteerEntity[]): Linker {
  const reference = referenceGazetteerData();
  return createLinker(
    compileGazetteer({
      entities: mergeGazetteerEntities(reference.entities, stored),
      roles: reference.roles,
      relations: reference.relations,
    }),
  );
}

export interface GazetteerCache {
  /** The current linker, rebuilt first when stale. */
  linker(): Promise<Linker>;
  /** The reference entity behind a linker key (undefined for stored-only keys). */
  referenceEntity(key: string): GazetteerEntity | undefined;
  /** The time-scoped roles the reference data gives a person (by key). */
  referenceRoles(personKey: string): GazetteerRole[];
  /** The reference data's relations whose subject is this entity (by key): a place's `located_in`, … */
  referenceRelations(subjectKey: string): GazetteerRelation[];
  /** Reference people whose name (or an alias of two words or more) ends with this folded surname. */
  referencePeopleBySurname(foldedSurname: string): GazetteerEntity[];
  /** Marks the linker stale: the next use rebuilds it. */
  invalidate(): void;
  /**
   * What the linker is built from besides the reference data, for linkers built elsewhere (import workers): the
   * stored entities and a generation number that changes whenever they may have (same staleness rules as linker()).
   */
  storedSnapshot(): Promise<{ generation: number; entities: StoredGazetteerEntity[] }>;
}

type ReferenceIndexes = {
  entities: Map<string, GazetteerEntity>;
  roles: Map<string, GazetteerRole[]>;
  relations: Map<string, GazetteerRelation[]>;
  /** People by the folded last word of their name or of an alias of two words or more. */
  surnames: Map<string, GazetteerEntity[]>;
};

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

function indexReferenceData(data: GazetteerData): ReferenceIndexes {
  const surnames = new Map<string, GazetteerEntity[]>();
  for (const entity of data.entities) {
    if (entity.type !== 'person') continue;
    const folded = new Set<string>();
    for (const name of [entity.name, ...entity.aliases.map((alias) => alias.name)]) {
      const words = tokenize(name).filter((token) => /^\p{L}/u.test(token.text));
      if (words.length >= 2) folded.add(words.at(-1)!.folded);
    }
    for (const surname of folded) {
      const people = surnames.get(surname);
      if (people) people.push(entity);
      else surnames.set(surname, [entity]);
    }
  }
  return {
    entities: new Map(data.entities.map((entity) => [entity.key, entity])),
    roles: groupBy(data.roles, (role) => role.personKey),
    relations: groupBy(data.relations, (relation) => relation.subjectKey),
    surnames,
  };
}

export function createGazetteerCache(
  source: GazetteerSource,
  options: {
    checkIntervalMs?: number;
    /** Awaited before each use: delivers the invalidations other processes have committed (src/db/notifications.ts). */
    beforeUse?: () => Promise<void>;
  } = {},
): GazetteerCache {
  const checkIntervalMs = options.checkIntervalMs ?? 10_000;
  type Built = { linker: Linker; fingerprint: string; generation: number };
  let current: Built | undefined;
  let building: Promise<Built> | undefined;
  /** Bumped by every invalidation; a linker built from an older generation is stale. */
  let generation = 0;
  let checkedAt = 0;
  let referenceIndexes: ReferenceIndexes | undefined;
  /**
   * The reference data's lookups, all built by the first that is needed: a first import that stores any reference
   * entity builds them, so a bulk import after it does not pay the roles index (56k roles, ~70 ms) midway through
   * (bench/ingest-results.md, session 25).
   */
  const reference = () => (referenceIndexes ??= indexReferenceData(referenceGazetteerData()));
  let snapshot: { generation: number; fingerprint: string; entities: StoredGazetteerEntity[] } | undefined;
  let snapshotCheckedAt = 0;

  async function build(target: number): Promise<Built> {
    const fingerprint = await source.fingerprint();
    return { linker: buildLinker(await source.storedEntities()), fingerprint, generation: target };
  }

  return {
    async linker() {
      await options.beforeUse?.();
      if (current && current.generation === generation && Date.now() - checkedAt > checkIntervalMs) {
        checkedAt = Date.now();
        if ((await source.fingerprint()) !== current.fingerprint) generation += 1;
      }
      while (!current || current.generation !== generation) {
        // One rebuild at a time; requests arriving meanwhile wait for the same one.
        building ??= build(generation).finally(() => {
          building = undefined;
        });
        current = await building;
        checkedAt = Date.now();
      }
      return current.linker;
    },
    referenceEntity(key) {
      return reference().entities.get(key);
    },
    referenceRoles(personKey) {
      return reference().roles.get(personKey) ?? [];
    },
    referenceRelations(subjectKey) {
      return reference().relations.get(subjectKey) ?? [];
    },
    referencePeopleBySurname(foldedSurname) {
      return reference().surnames.get(foldedSurname) ?? [];
    },
    invalidate() {
      generation += 1;
    },
    async storedSnapshot() {
      await options.beforeUse?.();
      if (snapshot && snapshot.generation === generation && Date.now() - snapshotCheckedAt > checkIntervalMs) {
        snapshotCheckedAt = Date.now();
        if ((await source.fingerprint()) !== snapshot.fingerprint) generation += 1;
      }
      while (!snapshot || snapshot.generation !== generation) {
        const target = generation;
        const fingerprint = await source.fingerprint();
        snapshot = { generation: target, fingerprint, entities: await source.storedEntities() };
        snapshotCheckedAt = Date.now();
      }
      return { generation: snapshot.generation, entities: snapshot.entities };
    },
  };
}
