// The ingest pipeline: raw article in, linked knowledge out.
//
// prepare() (prepare.ts) is pure CPU and runs BEFORE any transaction — on worker threads for bulk imports. The store
// is batched: storeBatch() writes a whole batch of prepared articles (an import batch, or the one article of
// POST /v1/articles) in ONE transaction with one multi-row statement per table, after resolving URLs, content
// hashes, LSH candidates, sources and entities for the whole batch at once. Lines of the same batch see each other
// exactly as if they had been stored one by one in file order: a URL or content hash seen earlier in the batch, and a
// near-duplicate of an earlier line, are found in memory. Import lines are recorded in the same transaction as their
// articles, so a batch commits as a whole (what makes a killed import safe to re-run). Per-line problems found
// before writing (unknown source, lineage to a missing article) reject that line only; a batch that fails anyway is
// retried line by line, so only the culprit is rejected.
import { uuidv7 } from 'uuidv7';
import { pgSql, type Transactions } from '../../../db/transaction.ts';
import type { EntityType } from '../../../generated/prisma/enums.ts';
import { AppError } from '../../../lib/errors.ts';
import { slugify } from '../../../lib/slug.ts';
import { contentHash } from '../../../lib/text.ts';
import { relationEnds } from '../../relations/relations.rules.ts';
import type { StoryAssignment, StoryPlacement } from '../../stories/stories.assignment.ts';
import { proposeClaimRelations } from '../claims/propose-claim-relations.ts';
import { estimateSimilarity, fromSignedInt32Array } from '../dedup/near-duplicate.ts';
import { type GazetteerCache, STORED_KEY_PREFIX } from '../linking/gazetteer-cache.ts';
import {
  dateBound,
  type GazetteerEntity,
  type GazetteerRelation,
  type GazetteerRole,
  partialDateDay,
} from '../linking/gazetteer-data.ts';
import type { LinkedEntity } from '../linking/linker.ts';
import {
  fieldError,
  type LineProblem,
  linkedKey,
  NEAR_DUPLICATE_CANDIDATES,
  NEAR_DUPLICATE_THRESHOLD,
  type PreparedArticle,
  prepareArticle,
  problemOf,
  type RawArticle,
  type StoreResult,
  truncate,
} from '../prepare.ts';
import { statedRelationsOfBatch } from '../relations/stated-relations.ts';
import { foldToken, tokenize } from '../text/tokens.ts';
import type {
  AliasInsertRow,
  ArticleInsertRow,
  BatchClient,
  ClaimInsertRow,
  EntityInsertRow,
  EntityMatchRow,
  InferredInsertRow,
  IngestRepository,
  MentionInsertRow,
  RelationInsertRow,
  RoleInsertRow,
} from './ingest.repository.ts';

export {
  type LineProblem,
  NEAR_DUPLICATE_THRESHOLD,
  type PreparedArticle,
  problemOf,
  type RawArticle,
  type SourceRef,
  type StoreResult,
} from '../prepare.ts';

const MAX_UNIQUE_RETRIES = 3;

/** One line of a batch: prepared, or already refused (malformed JSON, invalid fields) — recorded in file order either way. */
export type BatchItem = { line: number; prepared: PreparedArticle } | { line: number; problem: LineProblem };
export type BatchResult = StoreResult | { outcome: 'rejected'; problem: LineProblem; error: unknown };

type Resolved = { id: string; proposed: boolean } | null;

/** A line that will become a new article: its position in the batch, the new article's id and its source. */
type Accepted = { index: number; prepared: PreparedArticle; id: string; sourceId: string | null };

/** The outcome of each line, written in the batch's transaction by whoever stores lines (the imports module). */
export type StoredLine = { line: number; result: BatchResult; url?: string | null };
export type RecordLines = (client: BatchClient, lines: StoredLine[]) => Promise<void>;
/** Reads what the response needs inside the batch's transaction, once its rows are written. */
type ReadBack = (client: BatchClient, results: BatchResult[]) => Promise<void>;

/** Everything a batch writes, table by table (the LSH bands as parallel arrays). */
type BatchRows = {
  articleRows: ArticleInsertRow[];
  bandArticles: string[];
  bandNumbers: number[];
  bandKeys: number[];
  mentionRows: MentionInsertRow[];
  inferredRows: InferredInsertRow[];
  claimRows: ClaimInsertRow[];
  subjectClaims: string[];
  subjectEntities: string[];
};

/** Every entity a prepared article links: its mentions', its claims' subjects and the countries it implies. */
function linkedEntitiesOf(prepared: PreparedArticle): LinkedEntity[] {
  return [
    ...prepared.mentions.map((mention) => mention.entity),
    ...prepared.claims.flatMap((claim) => claim.subjects),
    ...prepared.inferred.map((inferred) => inferred.entity),
  ];
}
type Logger = { error: (object: unknown, message: string) => void };

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === '23505';
}

type Deps = {
  transactions: Pick<Transactions, 'runBatch'>;
  ingest: IngestRepository;
  gazetteer: GazetteerCache;
  /** NER_MIN_CONFIDENCE: proposals below it are not made (see linker.ts). */
  nerMinConfidence: number;
  /** Places each new article in a story (src/modules/stories/stories.assignment.ts). */
  stories: StoryAssignment;
};

export function createIngestService(deps: Deps) {
  const { transactions, ingest, gazetteer, nerMinConfidence, stories } = deps;
  const batch = ingest.batch;

  /** Normalise, fingerprint, link and extract on this thread (single articles; imports use the worker pool). */
  async function prepare(input: RawArticle, options: { ner: boolean }): Promise<PreparedArticle> {
    return prepareArticle(input, await gazetteer.linker(), { ...options, minProposalConfidence: nerMinConfidence });
  }

  function referenceRow(entity: GazetteerEntity) {
    const seen = new Set<string>();
    const aliases = entity.aliases
      .map((alias) => ({
        name: truncate(alias.name, 300),
        language: alias.language,
        kind: alias.kind,
        validFrom: partialDateDay(alias.validFrom, 'start'),
        validTo: partialDateDay(alias.validTo, 'end'),
      }))
      .filter((alias) => {
        const key = `${alias.language ?? ''}\u0000${alias.name}`;
        if (seen.has(key) || alias.name === entity.name) return false;
        seen.add(key);
        return true;
      });
    return {
      data: {
        type: entity.type,
        name: truncate(entity.name, 300),
        description: entity.description ? truncate(entity.description, 2000) : null,
        wikidataId: entity.wikidataId,
        isoAlpha2: entity.type === 'country' ? entity.isoAlpha2 : null,
        isoAlpha3: entity.type === 'country' ? entity.isoAlpha3 : null,
        unlocode: entity.unlocode,
        latitude: entity.latitude,
        longitude: entity.longitude,
        status: 'accepted' as const,
        referenceKey: entity.key,
        validFrom: partialDateDay(entity.validFrom, 'start'),
        validTo: partialDateDay(entity.validTo, 'end'),
        iso3166Alpha4: entity.iso3166Alpha4 ?? null,
      },
      aliases,
    };
  }

  /** Slugs for new entities, in order: the name's, else qualified by type, else by a hash of the key. */
  async function allocateSlugs(
    client: BatchClient,
    wanted: { key: string; name: string; type: EntityType; suffix: string }[],
  ) {
    const options = wanted.map((entity) => {
      const base = slugify(entity.name).slice(0, 150) || entity.type.replaceAll('_', '-');
      return [
        base,
        `${base}-${entity.type.replaceAll('_', '-')}`,
        `${base}-${slugify(entity.suffix) || contentHash(entity.key).slice(0, 8)}`,
        `${base}-${contentHash(entity.key).slice(0, 12)}`,
      ];
    });
    const taken = await batch.takenSlugs(client, [...new Set(options.flat())]);
    return wanted.map((_entity, index) => {
      const slug = options[index]!.find((option) => !taken.has(option)) ?? `${options[index]![3]}-${taken.size}`;
      taken.add(slug);
      return slug;
    });
  }

  /** Rows of entities that resolve to the survivors of merges, keyed by the merged ids asked for. */
  async function followRedirects(client: BatchClient, mergedIds: string[]): Promise<Map<string, EntityMatchRow>> {
    if (mergedIds.length === 0) return new Map();
    const targets = await batch.redirectTargets(client, mergedIds);
    if (targets.size === 0) return new Map();
    const rows = new Map(
      (await batch.entitiesByIds(client, [...new Set(targets.values())])).map((row) => [row.id, row]),
    );
    const found = new Map<string, EntityMatchRow>();
    for (const [merged, target] of targets) {
      const row = rows.get(target);
      if (row) found.set(merged, row);
    }
    return found;
  }

  /** Stored rows for reference entities, matched by reference key, Wikidata id, ISO code or UN/LOCODE (in that order). */
  async function findReferences(
    client: BatchClient,
    references: GazetteerEntity[],
  ): Promise<Map<string, EntityMatchRow>> {
    const found = new Map<string, EntityMatchRow>();
    if (references.length === 0) return found;
    const rows = await batch.entitiesByReference(
      client,
      references.map((entity) => entity.key),
      references.flatMap((entity) => (entity.wikidataId ? [entity.wikidataId] : [])),
      references.flatMap((entity) => (entity.type === 'country' && entity.isoAlpha2 ? [entity.isoAlpha2] : [])),
      references.flatMap((entity) => (entity.unlocode ? [entity.unlocode] : [])),
    );
    for (const entity of references) {
      const row =
        rows.find((candidate) => candidate.referenceKey === entity.key) ??
        rows.find((candidate) => entity.wikidataId !== null && candidate.wikidataId === entity.wikidataId) ??
        rows.find(
          (candidate) =>
            // A former state has no alpha-2 code: null matches nothing (not every other former state).
            entity.type === 'country' &&
            entity.isoAlpha2 !== null &&
            candidate.type === 'country' &&
            candidate.isoAlpha2 === entity.isoAlpha2,
        ) ??
        rows.find((candidate) => entity.unlocode !== null && candidate.unlocode === entity.unlocode);
      if (row) found.set(entity.key, row);
    }
    // A stored copy that was merged into another entity lost its reference key with its row: follow its redirect.
    const missing = references.filter((entity) => !found.has(entity.key));
    if (missing.length > 0) {
      const merged = await batch.mergedReferenceCopies(
        client,
        missing.map((entity) => entity.key),
      );
      const survivors = await followRedirects(client, [...merged.values()]);
      for (const [key, mergedId] of merged) {
        const row = survivors.get(mergedId);
        if (row) found.set(key, row);
      }
    }
    return found;
  }

  /**
   * The stored entity for each linked entity of each line (by linkedKey), or null for one a reviewer rejected (its
   * mentions are dropped). Reference entities are stored on first mention (a person with their time-scoped roles),
   * unknown NER names as `proposed`; new entities are created in order of first appearance — line by line, and within
   * a line references before proposals — so slugs come out as when the lines are stored one at a time.
   */
  async function resolveEntities(client: BatchClient, lines: LinkedEntity[][]): Promise<Map<string, Resolved>> {
    const unique = new Map<string, LinkedEntity>();
    for (const line of lines)
      for (const entity of line) if (!unique.has(linkedKey(entity))) unique.set(linkedKey(entity), entity);
    const resolved = new Map<string, Resolved>();
    const usable = (row: EntityMatchRow): Resolved =>
      row.status === 'rejected' ? null : { id: row.id, proposed: row.status === 'proposed' };

    const storedIds = [...unique.keys()]
      .filter((key) => key.startsWith(STORED_KEY_PREFIX))
      .map((key) => key.slice(STORED_KEY_PREFIX.length));
    if (storedIds.length > 0) {
      const rows = new Map((await batch.entitiesByIds(client, storedIds)).map((row) => [row.id, row]));
      // The gazetteer may name an entity merged away since it was built: its id resolves to the survivor.
      const survivors = await followRedirects(
        client,
        storedIds.filter((id) => !rows.has(id)),
      );
      for (const id of storedIds) {
        const row = rows.get(id) ?? survivors.get(id);
        resolved.set(`${STORED_KEY_PREFIX}${id}`, row ? usable(row) : null);
      }
    }

    const references = [...unique.entries()]
      .filter(([key, entity]) => entity.status === 'known' && !key.startsWith(STORED_KEY_PREFIX))
      .map(([key]) => gazetteer.referenceEntity(key))
      .filter((entity): entity is GazetteerEntity => entity !== undefined);
    for (const [key, row] of await findReferences(client, references)) resolved.set(key, usable(row));

    const proposals = [...unique.entries()].filter(([, entity]) => entity.status === 'proposed') as [
      string,
      Extract<LinkedEntity, { status: 'proposed' }>,
    ][];
    if (proposals.length > 0) {
      const rows = await batch.entitiesByTypeAndName(
        client,
        proposals.map(([, entity]) => ({ type: entity.type, name: truncate(entity.name, 300) })),
      );
      const byKey = new Map<string, EntityMatchRow>();
      // Prefer an accepted entity of that name, then a proposed one; a rejected one suppresses the proposal.
      const rank = { accepted: 0, proposed: 1, rejected: 2 } as const;
      for (const row of rows) {
        const key = `proposed:${row.type}:${row.name.toLowerCase()}`;
        const current = byKey.get(key);
        if (!current || rank[row.status] < rank[current.status]) byKey.set(key, row);
      }
      for (const [key] of proposals) if (byKey.has(key)) resolved.set(key, usable(byKey.get(key)!));
    }

    // What is still missing, in the order the lines would create it.
    const newReferences: GazetteerEntity[] = [];
    const newProposals: [string, Extract<LinkedEntity, { status: 'proposed' }>][] = [];
    const scheduled = new Set<string>();
    /** The line whose storing creates each new entity (what it brings along is created with it). */
    const lineOf = new Map<string, number>();
    for (const [index, line] of lines.entries()) {
      const keys = [...new Map(line.map((entity) => [linkedKey(entity), entity])).entries()];
      for (const [key, entity] of keys) {
        if (entity.status !== 'known' || resolved.has(key) || scheduled.has(key)) continue;
        const reference = gazetteer.referenceEntity(key);
        if (!reference) continue;
        newReferences.push(reference);
        scheduled.add(key);
        lineOf.set(key, index);
      }
      for (const [key, entity] of keys) {
        if (entity.status !== 'proposed' || resolved.has(key) || scheduled.has(key)) continue;
        newProposals.push([key, entity]);
        scheduled.add(key);
        lineOf.set(key, index);
      }
    }
    const bringAlong = (key: string, by: string) => {
      const line = lineOf.get(by) ?? 0;
      if ((lineOf.get(key) ?? Number.POSITIVE_INFINITY) > line) lineOf.set(key, line);
    };
    // The offices of new reference people belong to countries, which are stored too if they are not yet.
    const roles = newReferences.flatMap((entity) =>
      entity.type === 'person' ? gazetteer.referenceRoles(entity.key) : [],
    );
    const organizationKeys = [
      ...new Set(roles.flatMap((role) => (role.organizationKey ? [role.organizationKey] : []))),
    ].filter((key) => !resolved.has(key) && !scheduled.has(key));
    const organizations = organizationKeys
      .map((key) => gazetteer.referenceEntity(key))
      .filter((entity): entity is GazetteerEntity => entity !== undefined);
    for (const role of roles) if (role.organizationKey) bringAlong(role.organizationKey, role.personKey);
    for (const [key, row] of await findReferences(client, organizations)) resolved.set(key, usable(row));
    for (const entity of organizations) {
      if (resolved.has(entity.key)) continue;
      newReferences.push(entity);
      scheduled.add(entity.key);
    }
    // A new reference entity brings the relations the data gives it, and their objects if they are not stored yet:
    // a place its country (and a city its region, which brings its country in turn).
    const relations: GazetteerRelation[] = [];
    for (let frontier = newReferences.slice(); frontier.length > 0; ) {
      const objectKeys = new Set<string>();
      for (const entity of frontier) {
        for (const relation of gazetteer.referenceRelations(entity.key)) {
          relations.push(relation);
          bringAlong(relation.objectKey, relation.subjectKey);
          if (!resolved.has(relation.objectKey) && !scheduled.has(relation.objectKey))
            objectKeys.add(relation.objectKey);
        }
      }
      const objects = [...objectKeys]
        .map((key) => gazetteer.referenceEntity(key))
        .filter((entity): entity is GazetteerEntity => entity !== undefined);
      if (objects.length > 0)
        for (const [key, row] of await findReferences(client, objects)) resolved.set(key, usable(row));
      frontier = objects.filter((entity) => !resolved.has(entity.key));
      for (const entity of frontier) {
        newReferences.push(entity);
        scheduled.add(entity.key);
      }
    }

    // Stored one line at a time, a proposal names the accepted entity of its type and name an earlier line stored (a
    // city the gazetteer linked where its country was named): the same here, within the batch.
    const earlierReference = new Map<string, string>();
    const byName = new Map<string, GazetteerEntity[]>();
    for (const entity of newReferences) {
      const name = `${entity.type}:${truncate(entity.name, 300).toLowerCase()}`;
      byName.set(name, [...(byName.get(name) ?? []), entity]);
    }
    const proposalsToCreate = newProposals.filter(([key, entity]) => {
      const named = byName
        .get(`${entity.type}:${truncate(entity.name, 300).toLowerCase()}`)
        ?.find((reference) => (lineOf.get(reference.key) ?? 0) < (lineOf.get(key) ?? 0));
      if (named) earlierReference.set(key, named.key);
      return named === undefined;
    });
    // In the order storing the lines one at a time creates them: line by line, a line's references (with what they
    // bring along) before its proposals — so slugs come out the same.
    const creations = [
      ...newReferences.map((entity) => ({ key: entity.key, reference: entity, proposal: null })),
      ...proposalsToCreate.map(([key, entity]) => ({ key, reference: null, proposal: entity })),
    ]
      .map((creation, order) => ({ ...creation, order }))
      .sort(
        (a, b) =>
          (lineOf.get(a.key) ?? 0) - (lineOf.get(b.key) ?? 0) ||
          (a.reference ? 0 : 1) - (b.reference ? 0 : 1) ||
          a.order - b.order,
      );

    if (creations.length > 0) {
      const slugs = await allocateSlugs(
        client,
        creations.map(({ key, reference, proposal }) =>
          reference
            ? { key, name: reference.name, type: reference.type, suffix: key.split(':')[1] ?? '' }
            : { key, name: proposal!.name, type: proposal!.type, suffix: proposal!.countryIso2Hint ?? '' },
        ),
      );
      const rows: EntityInsertRow[] = [];
      const aliases: AliasInsertRow[] = [];
      for (const { key, reference: entity, proposal } of creations) {
        const id = uuidv7();
        if (entity) {
          const reference = referenceRow(entity);
          rows.push({ ...reference.data, id, slug: slugs[rows.length]! });
          aliases.push(...reference.aliases.map((alias) => ({ ...alias, id: uuidv7(), entityId: id })));
          resolved.set(entity.key, { id, proposed: false });
          continue;
        }
        rows.push({
          id,
          type: proposal!.type,
          name: truncate(proposal!.name, 300),
          slug: slugs[rows.length]!,
          status: 'proposed',
          description: null,
          wikidataId: null,
          isoAlpha2: null,
          isoAlpha3: null,
          unlocode: null,
          latitude: null,
          longitude: null,
          referenceKey: null,
          validFrom: null,
          validTo: null,
          iso3166Alpha4: null,
        });
        resolved.set(key, { id, proposed: true });
      }
      for (const [key, reference] of earlierReference) resolved.set(key, resolved.get(reference)!);
      await batch.insertEntities(client, rows);
      await batch.insertAliases(client, aliases);
      const roleRows: RoleInsertRow[] = roles.map((role: GazetteerRole) => ({
        id: uuidv7(),
        personId: resolved.get(role.personKey)!.id,
        title: truncate(role.title, 300),
        organizationId: role.organizationKey ? (resolved.get(role.organizationKey)?.id ?? null) : null,
        startDate: partialDateDay(role.start, 'start'),
        endDate: partialDateDay(role.end, 'end'),
      }));
      await batch.insertRoles(client, roleRows);
      const relationRows: RelationInsertRow[] = relations.flatMap((relation) => {
        const subject = resolved.get(relation.subjectKey);
        const object = resolved.get(relation.objectKey);
        if (!subject || !object || subject.id === object.id) return [];
        return [
          {
            id: uuidv7(),
            type: relation.type,
            subjectId: subject.id,
            objectId: object.id,
            startDate: partialDateDay(relation.start, 'start'),
            startPrecision: relation.start?.precision ?? null,
            endDate: partialDateDay(relation.end, 'end'),
            endPrecision: relation.end?.precision ?? null,
            sourceDataset: truncate(relation.source, 200),
          },
        ];
      });
      await batch.insertReferenceRelations(client, relationRows);
    }
    return resolved;
  }

  /**
   * Stage 5a: a person proposed by surname alone ("Balladur said") is the person the store, the reference data or an
   * earlier line of the batch names in full ("Edouard Balladur", "Helmut Kohl") when exactly one such person exists —
   * proposed or accepted; a rejected one does not count. Its mentions are rewritten to that person (a reference
   * person by its key, so it is stored and linked like a gazetteer match; their review status stays `proposed`) before
   * entities are resolved. Two people with that surname leave the proposal as it is. Earlier lines of the batch count
   * as stored and later ones do not, as when lines are stored one by one.
   */
  async function resolveSurnames(client: BatchClient, accepted: Accepted[]): Promise<void> {
    const isBare = (entity: LinkedEntity): entity is Extract<LinkedEntity, { status: 'proposed' }> =>
      entity.status === 'proposed' && entity.type === 'person' && !/\s/u.test(entity.name.trim());
    const surnames = new Set<string>();
    for (const entry of accepted)
      for (const entity of linkedEntitiesOf(entry.prepared))
        if (isBare(entity)) surnames.add(entity.name.toLowerCase());
    if (surnames.size === 0) return;
    const foldedSurnames = new Set([...surnames].map(foldToken));
    const surnameOf = (name: string) => {
      const words = tokenize(name).filter((token) => /^\p{L}/u.test(token.text));
      return words.length >= 2 ? words.at(-1)!.folded : null;
    };
    /** Per folded surname: the people known by a full name ending with it, by linked key. */
    const known = new Map<string, Map<string, LinkedEntity>>();
    const add = (surname: string, entity: LinkedEntity) => {
      const people = known.get(surname) ?? new Map<string, LinkedEntity>();
      people.set(linkedKey(entity), entity);
      known.set(surname, people);
    };
    /** Reference people the store holds a copy of (by reference key or Wikidata id): the copy stands for them. */
    const storedCopies = new Set<string>();
    for (const row of await batch.peopleBySurname(client, [...surnames])) {
      const surname = surnameOf(row.name);
      if (row.referenceKey) storedCopies.add(row.referenceKey);
      if (row.wikidataId) storedCopies.add(row.wikidataId);
      if (row.status === 'rejected' || surname === null) continue;
      add(
        surname,
        row.status === 'proposed'
          ? { status: 'proposed', type: 'person', name: row.name, countryIso2Hint: null, confidence: 0 }
          : {
              status: 'known',
              key: row.referenceKey ?? `${STORED_KEY_PREFIX}${row.id}`,
              type: 'person',
              name: row.name,
            },
      );
    }
    for (const folded of foldedSurnames)
      for (const person of gazetteer.referencePeopleBySurname(folded))
        if (!storedCopies.has(person.key) && !(person.wikidataId && storedCopies.has(person.wikidataId)))
          add(folded, { status: 'known', key: person.key, type: 'person', name: person.name });

    /**
     * Of several people with one surname, the one reference person holding an office the data records on the
     * article's date ("Orban" in 2024 is Viktor Orbán, not Ludovic Orban): undefined when none or several do.
     */
    const inOfficeAt = (people: Map<string, LinkedEntity>, at: Date | null): LinkedEntity | undefined => {
      if (at === null) return undefined;
      const time = at.getTime();
      const holding = [...people.values()].filter(
        (person) =>
          person.status === 'known' &&
          gazetteer
            .referenceRoles(person.key)
            .some((role) => dateBound(role.start, 'start') <= time && time <= dateBound(role.end, 'end')),
      );
      return holding.length === 1 ? holding[0] : undefined;
    };
    for (const entry of accepted) {
      const replaced = new Map<string, LinkedEntity>();
      for (const entity of linkedEntitiesOf(entry.prepared)) {
        if (!isBare(entity)) continue;
        const people = known.get(foldToken(entity.name));
        if (people === undefined) continue;
        const person = people.size === 1 ? [...people.values()][0] : inOfficeAt(people, entry.prepared.publishedAt);
        if (person === undefined) continue;
        replaced.set(
          linkedKey(entity),
          person!.status === 'proposed' ? { ...person!, confidence: entity.confidence } : person!,
        );
      }
      if (replaced.size > 0) {
        const swap = (entity: LinkedEntity) => replaced.get(linkedKey(entity)) ?? entity;
        entry.prepared = {
          ...entry.prepared,
          mentions: entry.prepared.mentions.map((mention) => ({ ...mention, entity: swap(mention.entity) })),
          claims: entry.prepared.claims.map((claim) => ({
            ...claim,
            claimant: claim.claimant ? { ...claim.claimant, entity: swap(claim.claimant.entity) } : claim.claimant,
            subjects: claim.subjects.map(swap),
          })),
        };
      }
      // This line's people named in full are known to the lines after it.
      for (const entity of linkedEntitiesOf(entry.prepared)) {
        if (entity.status !== 'proposed' || entity.type !== 'person') continue;
        const surname = surnameOf(entity.name);
        if (surname !== null && foldedSurnames.has(surname)) add(surname, entity);
      }
    }
  }

  /** Sources for the accepted lines; a line naming a source that does not exist is rejected (returned as an error). */
  async function sourceLookups(client: BatchClient, prepared: PreparedArticle[]) {
    const ids = [...new Set(prepared.flatMap((item) => (item.source.id ? [item.source.id] : [])))];
    const names = [
      ...new Set(
        prepared.flatMap((item) => (!item.source.id && item.source.name ? [item.source.name.toLowerCase()] : [])),
      ),
    ];
    const lineageIds = [...new Set(prepared.flatMap((item) => (item.lineage ? [item.lineage.originalId] : [])))];
    return {
      ids: ids.length > 0 ? await batch.sourceIds(client, ids) : new Set<string>(),
      names: names.length > 0 ? await batch.sourcesByName(client, names) : new Map<string, string[]>(),
      originals: lineageIds.length > 0 ? await batch.existingArticleIds(client, lineageIds) : new Set<string>(),
    };
  }

  /**
   * Stage 1: which lines become new articles. A URL already stored (or earlier in the batch) is a duplicate; a named
   * source or lineage original that does not exist rejects the line. Fills `results` for the lines it turns away.
   */
  async function admitLines(client: BatchClient, items: BatchItem[], results: BatchResult[]): Promise<Accepted[]> {
    const preparedItems = items.flatMap((item) => ('prepared' in item ? [item.prepared] : []));
    const stored = new Map(
      (await batch.articlesByUrl(client, [...new Set(preparedItems.map((item) => item.url))])).map((row) => [
        row.url,
        row,
      ]),
    );
    const lookups = await sourceLookups(client, preparedItems);

    const accepted: Accepted[] = [];
    for (const [index, item] of items.entries()) {
      if ('problem' in item) {
        results[index] = { outcome: 'rejected', problem: item.problem, error: null };
        continue;
      }
      const prepared = item.prepared;
      const existing = stored.get(prepared.url);
      if (existing) {
        results[index] = {
          outcome: 'duplicate',
          articleId: existing.id,
          url: prepared.url,
          sameContent: existing.contentHash === prepared.contentHash,
        };
        continue;
      }
      let sourceId: string | null = null;
      let problem: AppError | null = null;
      if (prepared.source.id) {
        if (lookups.ids.has(prepared.source.id)) sourceId = prepared.source.id;
        else
          problem = fieldError(
            'unprocessable',
            prepared.source.field ?? 'source.id',
            `no source has the id '${prepared.source.id}'`,
          );
      } else if (prepared.source.name) {
        const found = lookups.names.get(prepared.source.name.toLowerCase()) ?? [];
        if (found.length === 1) sourceId = found[0]!;
        else
          problem = fieldError(
            'unprocessable',
            'source.name',
            found.length === 0
              ? `no source is named '${prepared.source.name}'`
              : 'names more than one source; give its id',
          );
      }
      if (!problem && prepared.lineage && !lookups.originals.has(prepared.lineage.originalId)) {
        problem = fieldError(
          'unprocessable',
          'lineage.originalId',
          `no article has the id '${prepared.lineage.originalId}'`,
        );
      }
      if (problem) {
        results[index] = { outcome: 'rejected', problem: problemOf(problem), error: problem };
        continue;
      }
      const id = uuidv7();
      // A later line of this batch with the same URL is a duplicate of this one, as if this one were stored already.
      stored.set(prepared.url, { url: prepared.url, id, contentHash: prepared.contentHash });
      accepted.push({ index, prepared, id, sourceId });
    }

    return accepted;
  }

  /** Stage 2: outlets named only by the article's domain are found by homepage, else registered (kind `other`). */
  async function registerSources(client: BatchClient, accepted: Accepted[]): Promise<void> {
    const domains = [
      ...new Set(accepted.flatMap((entry) => (entry.sourceId === null ? [entry.prepared.source.domain!] : []))),
    ];
    if (domains.length > 0) {
      const byDomain = await batch.sourcesByDomain(client, domains);
      // Within the columns' limits (slug 120, name 200 characters): a host name may have up to 253.
      const missing = domains
        .filter((domain) => !byDomain.has(domain))
        .map((domain) => ({
          id: uuidv7(),
          slug: slugify(domain).slice(0, 120).replace(/-+$/u, '') || 'source',
          domain,
        }));
      const bySlug = missing.length > 0 ? await batch.ensureSourcesBySlug(client, missing) : new Map<string, string>();
      for (const entry of missing) byDomain.set(entry.domain, bySlug.get(entry.slug)!);
      for (const entry of accepted) entry.sourceId ??= byDomain.get(entry.prepared.source.domain!)!;
    }
  }

  /** Stage 3: exact duplicates — the earliest article with the same body, stored or earlier in this batch. */
  async function findExactDuplicates(client: BatchClient, accepted: Accepted[]): Promise<(string | null)[]> {
    const storedTwins =
      accepted.length > 0
        ? await batch.firstByContentHash(client, [...new Set(accepted.map((entry) => entry.prepared.contentHash))])
        : new Map<string, string>();
    const batchTwins = new Map<string, string>();
    return accepted.map((entry) => {
      const twin = storedTwins.get(entry.prepared.contentHash) ?? batchTwins.get(entry.prepared.contentHash) ?? null;
      if (!batchTwins.has(entry.prepared.contentHash)) batchTwins.set(entry.prepared.contentHash, entry.id);
      return twin;
    });
  }

  /**
   * Stage 4: near duplicates of the lines that are not exact ones — stored candidates for the whole batch in one
   * query, then earlier lines of the batch in memory.
   */
  async function findNearDuplicates(
    client: BatchClient,
    accepted: Accepted[],
    twins: (string | null)[],
  ): Promise<({ id: string; similarity: number } | null)[]> {
    const needsNear = accepted.map((entry, position) => twins[position] === null && entry.prepared.lineage === null);
    const queryItems: number[] = [];
    const queryBands: number[] = [];
    const queryKeys: number[] = [];
    for (const [position, entry] of accepted.entries()) {
      if (!needsNear[position]) continue;
      entry.prepared.bandKeys.forEach((key, band) => {
        queryItems.push(position);
        queryBands.push(band);
        queryKeys.push(key);
      });
    }
    const candidateRows =
      queryItems.length > 0
        ? await batch.nearDuplicateCandidates(client, queryItems, queryBands, queryKeys, NEAR_DUPLICATE_CANDIDATES)
        : [];
    const storedCandidates = new Map<number, { id: string; shared: number; minhash: number[] }[]>();
    for (const row of candidateRows) {
      const list = storedCandidates.get(row.item) ?? [];
      list.push(row);
      storedCandidates.set(row.item, list);
    }
    const bandOwners = new Map<string, number[]>();
    return accepted.map((entry, position) => {
      let near: { id: string; similarity: number } | null = null;
      if (needsNear[position]) {
        const shared = new Map<number, number>();
        entry.prepared.bandKeys.forEach((key, band) => {
          for (const owner of bandOwners.get(`${band}:${key}`) ?? []) shared.set(owner, (shared.get(owner) ?? 0) + 1);
        });
        const candidates = [
          ...(storedCandidates.get(position) ?? []),
          ...[...shared].map(([owner, count]) => ({
            id: accepted[owner]!.id,
            shared: count,
            minhash: accepted[owner]!.prepared.minhash,
          })),
        ]
          .sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, NEAR_DUPLICATE_CANDIDATES);
        const signature = fromSignedInt32Array(entry.prepared.minhash);
        for (const candidate of candidates) {
          if (candidate.minhash.length !== signature.length) continue;
          const similarity = estimateSimilarity(signature, fromSignedInt32Array(candidate.minhash));
          if (
            similarity >= NEAR_DUPLICATE_THRESHOLD &&
            (!near || similarity > near.similarity || (similarity === near.similarity && candidate.id < near.id))
          ) {
            near = { id: candidate.id, similarity };
          }
        }
      }
      entry.prepared.bandKeys.forEach((key, band) => {
        const owners = bandOwners.get(`${band}:${key}`);
        if (owners) owners.push(position);
        else bandOwners.set(`${band}:${key}`, [position]);
      });
      return near;
    });
  }

  /** Stage 5b: what story assignment needs of each accepted line (stories.assignment.ts places them). */
  function storyLines(
    accepted: Accepted[],
    twins: (string | null)[],
    nears: ({ id: string; similarity: number } | null)[],
    entities: Map<string, Resolved>,
  ) {
    return accepted.map(({ prepared, id }, position) => ({
      id,
      title: prepared.title,
      lead: (prepared.dek ?? prepared.body).slice(0, 300),
      publishedAt: prepared.publishedAt,
      originalId: prepared.lineage?.originalId ?? twins[position] ?? nears[position]?.id ?? null,
      entityIds: [
        ...new Set(
          linkedEntitiesOf(prepared).flatMap((entity) => {
            const resolved = entities.get(linkedKey(entity));
            return resolved ? [resolved.id] : [];
          }),
        ),
      ],
    }));
  }

  /** Stage 6: the rows of every table for the accepted lines, and each line's result. */
  function buildRows(
    accepted: Accepted[],
    twins: (string | null)[],
    nears: ({ id: string; similarity: number } | null)[],
    entities: Map<string, Resolved>,
    placements: StoryPlacement[],
    results: BatchResult[],
  ): BatchRows {
    const articleRows: ArticleInsertRow[] = [];
    const bandArticles: string[] = [];
    const bandNumbers: number[] = [];
    const bandKeys: number[] = [];
    const mentionRows: MentionInsertRow[] = [];
    const inferredRows: InferredInsertRow[] = [];
    const claimRows: ClaimInsertRow[] = [];
    const subjectClaims: string[] = [];
    const subjectEntities: string[] = [];
    for (const [position, entry] of accepted.entries()) {
      const { prepared, id: articleId } = entry;
      const sourceId = entry.sourceId!;
      const twin = twins[position]!;
      const near = nears[position]!;
      const lineage = prepared.lineage
        ? { originalId: prepared.lineage.originalId, kind: prepared.lineage.kind, similarity: null }
        : twin
          ? { originalId: twin, kind: 'republication' as const, similarity: 1 }
          : near
            ? { originalId: near.id, kind: 'republication' as const, similarity: near.similarity }
            : null;
      articleRows.push({
        id: articleId,
        url: prepared.url,
        title: prepared.title,
        dek: prepared.dek,
        byline: prepared.byline,
        body: prepared.body,
        language: prepared.language,
        publishedAt: prepared.publishedAt,
        modifiedAt: prepared.modifiedAt,
        sourceId,
        contentHash: prepared.contentHash,
        minhash: prepared.minhash,
        duplicateOfId: twin,
        originalId: lineage?.originalId ?? null,
        lineageKind: lineage?.kind ?? null,
        lineageSimilarity: lineage?.similarity ?? null,
        dateline: prepared.dateline?.text ?? null,
        datelinePlace: prepared.dateline?.place ?? null,
        datelineDate: prepared.dateline?.date ?? null,
        datelineAgency: prepared.dateline?.agency ?? null,
        storyId: placements[position]?.id ?? null,
        startsStory: placements[position]?.starts ?? false,
      });
      prepared.bandKeys.forEach((key, band) => {
        bandArticles.push(articleId);
        bandNumbers.push(band);
        bandKeys.push(key);
      });
      let mentions = 0;
      const lineEntities = new Set<string>();
      for (const mention of prepared.mentions) {
        const entity = entities.get(linkedKey(mention.entity));
        if (!entity) continue;
        if (entity.proposed) lineEntities.add(entity.id);
        mentions += 1;
        mentionRows.push({
          id: uuidv7(),
          articleId,
          entityId: entity.id,
          field: mention.field,
          start: mention.start,
          end: mention.end,
          surface: mention.surface,
          method: mention.method,
          confidence: mention.confidence,
          status: mention.method === 'ner' || entity.proposed ? 'proposed' : 'accepted',
        });
      }
      const inferredCountries = new Set<string>();
      for (const inferred of prepared.inferred) {
        const entity = entities.get(linkedKey(inferred.entity));
        if (!entity || entity.proposed) continue;
        for (const evidence of inferred.evidence) {
          const evidenceEntity = entities.get(linkedKey(evidence));
          if (!evidenceEntity || evidenceEntity.proposed) continue;
          inferredCountries.add(entity.id);
          inferredRows.push({ articleId, entityId: entity.id, rule: inferred.rule, evidenceId: evidenceEntity.id });
        }
      }
      for (const claim of prepared.claims) {
        const id = uuidv7();
        const claimant = claim.claimant ? entities.get(linkedKey(claim.claimant.entity)) : null;
        claimRows.push({
          id,
          articleId,
          text: truncate(claim.text, 4000),
          quote: claim.quote ? truncate(claim.quote, 4000) : null,
          claimantEntityId: claimant ? claimant.id : null,
          claimantSourceId: claimant ? null : sourceId,
          kind: claim.kind,
          value: claim.value !== null && Number.isFinite(claim.value) ? claim.value : null,
          unit: claim.unit ? truncate(claim.unit, 100) : null,
          bound: claim.value !== null && Number.isFinite(claim.value) ? claim.bound : null,
          modality: claim.modality,
          evidenceStart: claim.evidenceStart,
          evidenceEnd: claim.evidenceEnd,
          confidence: Math.min(1, Math.max(0, claim.confidence)),
        });
        for (const subject of new Set(
          claim.subjects
            .map((entity) => entities.get(linkedKey(entity))?.id)
            .filter((value): value is string => value !== undefined),
        )) {
          subjectClaims.push(id);
          subjectEntities.push(subject);
        }
      }
      for (const entity of linkedEntitiesOf(prepared)) {
        const resolvedEntity = entities.get(linkedKey(entity));
        if (resolvedEntity?.proposed) lineEntities.add(resolvedEntity.id);
      }
      results[entry.index] = {
        outcome: 'created',
        articleId,
        url: prepared.url,
        duplicateOf: twin,
        lineage,
        mentions,
        claims: prepared.claims.length,
        proposedEntities: lineEntities.size,
        inferredCountries: inferredCountries.size,
      };
    }
    return {
      articleRows,
      bandArticles,
      bandNumbers,
      bandKeys,
      mentionRows,
      inferredRows,
      claimRows,
      subjectClaims,
      subjectEntities,
    };
  }

  /** Stage 7: one multi-row statement per table. */
  async function writeRows(client: BatchClient, rows: BatchRows): Promise<void> {
    await batch.insertArticles(client, rows.articleRows);
    // The stories the insert started are complete now (nothing later in the batch writes stories).
    await stories.recordCreated(client);
    await batch.insertBands(client, rows.bandArticles, rows.bandNumbers, rows.bandKeys);
    await batch.insertMentions(client, rows.mentionRows);
    // Relations the articles state plainly ("X, the president of Y"), proposed for review: ingest/relations.
    await batch.insertStatedRelations(
      client,
      statedRelationsOfBatch(rows.articleRows, rows.mentionRows).map((relation) => ({ id: uuidv7(), ...relation })),
      relationEnds,
    );
    await batch.insertInferred(client, rows.inferredRows);
    await batch.insertClaims(client, rows.claimRows);
    await batch.insertClaimSubjects(client, rows.subjectClaims, rows.subjectEntities);
    await proposeClaimRelations(
      pgSql(client),
      rows.claimRows.map((row) => row.id),
    );
  }

  /** The whole batch inside one transaction, stage by stage; results in the order of `items`. */
  async function storeIn(
    client: BatchClient,
    items: BatchItem[],
    record: RecordLines | undefined,
    readBack: ReadBack | undefined,
  ): Promise<BatchResult[]> {
    const results: BatchResult[] = new Array(items.length);
    await batch.withoutJit(client);
    const accepted = await admitLines(client, items, results);
    await registerSources(client, accepted);
    const twins = await findExactDuplicates(client, accepted);
    const nears = await findNearDuplicates(client, accepted, twins);
    await resolveSurnames(client, accepted);
    // Stage 5: the stored entity of everything the lines link (reference entities and proposals created as needed).
    const entities = await resolveEntities(
      client,
      accepted.map((entry) => linkedEntitiesOf(entry.prepared)),
    );
    const placements = await stories.assign(client, storyLines(accepted, twins, nears, entities));
    await writeRows(client, buildRows(accepted, twins, nears, entities, placements, results));
    if (record)
      await record(
        client,
        items.map((item, index) => ({ line: item.line, result: results[index]! })),
      );
    await readBack?.(client, results);
    return results;
  }

  /**
   * Stores a batch in one transaction. If it fails (a unique value a concurrent writer took first, or anything
   * unexpected), each line is retried in a transaction of its own, so only the culprit is rejected; a single line
   * hitting a unique violation is retried (the retry finds and reuses what the other writer stored).
   */
  async function storeBatch(
    items: BatchItem[],
    options: { record?: RecordLines; readBack?: ReadBack; operation?: string; log?: Logger },
  ): Promise<BatchResult[]> {
    const transaction = <T>(work: (client: BatchClient) => Promise<T>) =>
      transactions.runBatch(work, { operation: options.operation });
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await transaction((client) => storeIn(client, items, options.record, options.readBack));
      } catch (error) {
        if (items.length > 1) {
          const results: BatchResult[] = [];
          for (const item of items) results.push(...(await storeBatch([item], options)));
          return results;
        }
        if (isUniqueViolation(error) && attempt < MAX_UNIQUE_RETRIES) continue;
        if (!options.record) throw error;
        const item = items[0]!;
        options.log?.error({ err: error, line: item.line }, 'import line failed');
        const result: BatchResult = { outcome: 'rejected', problem: problemOf(error), error };
        const url = 'prepared' in item ? item.prepared.url : null;
        await transaction((client) => options.record!(client, [{ line: item.line, result, url }])).catch(
          (recordError: unknown) =>
            options.log?.error({ err: recordError, line: item.line }, 'could not record the import line'),
        );
        return [result];
      }
    }
  }

  return {
    prepare,
    storeBatch,

    /**
     * POST /v1/articles with `bodyFormat`: the whole pipeline for one article — a batch of one through the same store
     * as imports; the stored article with its counts. A URL already stored is a 409.
     */
    async createFromRaw(input: RawArticle & { mentions?: unknown }, options: { ner: boolean }) {
      if (input.mentions !== undefined)
        throw fieldError(
          'validation_failed',
          'mentions',
          'are found by the pipeline in raw ingest; send them only without bodyFormat',
        );
      // The stored article is read back inside the transaction: it commits with the response (src/db/transaction.ts).
      const stored: { article: Awaited<ReturnType<typeof batch.articleById>> } = { article: null };
      const [result] = await storeBatch([{ line: 1, prepared: await prepare(input, options) }], {
        readBack: async (client, [line]) => {
          if (line?.outcome === 'created') stored.article = await batch.articleById(client, line.articleId);
        },
      });
      if (result!.outcome === 'rejected') throw result!.error;
      if (result!.outcome === 'duplicate') {
        throw new AppError('conflict', `An article with the URL ${result!.url} already exists.`, {
          errors: [{ location: 'body', field: 'url', message: 'is already stored' }],
          extensions: { location: `/v1/articles/${result!.articleId}` },
        });
      }
      return {
        ...stored.article!,
        ingest: {
          mentions: result!.mentions,
          claims: result!.claims,
          proposedEntities: result!.proposedEntities,
          inferredCountries: result!.inferredCountries,
        },
      };
    },

    invalidateGazetteer: () => gazetteer.invalidate(),
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
