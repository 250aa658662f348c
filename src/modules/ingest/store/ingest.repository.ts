import type { Database } from '../../../db/client.ts';
import type { BatchClient } from '../../../db/transaction.ts';
import type {
  AliasKind,
  EntityType,
  MentionField,
  QuantityBound,
  ReviewStatus,
} from '../../../generated/prisma/enums.ts';
import { type ArticleRow, articleSelectList } from '../../articles/articles.repository.ts';
import type { StoredGazetteerEntity } from '../linking/gazetteer-cache.ts';

export type { BatchClient } from '../../../db/transaction.ts';

export type EntityMatchRow = {
  id: string;
  status: ReviewStatus;
  type: EntityType;
  name: string;
  referenceKey: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  unlocode: string | null;
};

/** The ingest pipeline's reads and writes: dedup lookups, entity resolution and the batched store. */
export function createIngestRepository(db: Database) {
  return {
    batch: createBatchStatements(),

    // --- gazetteer ------------------------------------------------------------------------------------------
    /** Accepted entities that feed the gazetteer: all but untouched copies of reference entities. */
    storedGazetteerEntities: async (): Promise<StoredGazetteerEntity[]> => {
      const rows = await db.entity.findMany({
        where: { status: 'accepted', OR: [{ referenceKey: null }, { version: { gt: 1 } }] },
        select: {
          id: true,
          type: true,
          name: true,
          referenceKey: true,
          wikidataId: true,
          isoAlpha2: true,
          unlocode: true,
          aliases: { select: { name: true, language: true, kind: true } },
        },
        orderBy: { id: 'asc' },
      });
      return rows;
    },
    gazetteerFingerprint: async (): Promise<string> => {
      const [row] = await db.$queryRaw<{ count: bigint; latest: Date | null }[]>`
        SELECT count(*) AS count, max(updated_at) AS latest FROM entities
        WHERE status = 'accepted' AND (reference_key IS NULL OR version > 1)`;
      return `${row?.count ?? 0}:${row?.latest?.toISOString() ?? ''}`;
    },
  };
}

export type IngestRepository = ReturnType<typeof createIngestRepository>;

// --- the batched store -----------------------------------------------------------------------------------------
// A whole import batch is written with plain `pg` on the pool Prisma uses, one statement per table: parameters are
// parallel arrays expanded with unnest(), so the statement count does not grow with the batch (Prisma's createMany
// would build one bind parameter per value and cost about twice the client CPU per query; bench/ingest-results.md).

export type ExistingUrlRow = { url: string; id: string; contentHash: string };
export type BatchCandidateRow = { item: number; id: string; shared: number; minhash: number[] };
export type ArticleInsertRow = {
  id: string;
  url: string;
  title: string;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  sourceId: string;
  contentHash: string;
  minhash: number[];
  duplicateOfId: string | null;
  originalId: string | null;
  lineageKind: string | null;
  lineageSimilarity: number | null;
  dateline: string | null;
  datelinePlace: string | null;
  /** YYYY-MM-DD. */
  datelineDate: string | null;
  datelineAgency: string | null;
  /** The story the article joins (stories.assignment.ts); null: a story of its own, made by the insert trigger. */
  storyId: string | null;
  /** The article starts its story: the insert creates the story (stories.assignment.ts). */
  startsStory: boolean;
};
export type EntityInsertRow = {
  id: string;
  type: EntityType;
  name: string;
  slug: string;
  description: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  isoAlpha3: string | null;
  unlocode: string | null;
  latitude: number | null;
  longitude: number | null;
  status: ReviewStatus;
  referenceKey: string | null;
  /** Dates as YYYY-MM-DD. */
  validFrom: string | null;
  validTo: string | null;
  iso3166Alpha4: string | null;
};
export type AliasInsertRow = {
  id: string;
  entityId: string;
  name: string;
  language: string | null;
  kind: AliasKind;
  validFrom: string | null;
  validTo: string | null;
};
export type MentionInsertRow = {
  id: string;
  articleId: string;
  entityId: string;
  field: MentionField;
  start: number;
  end: number;
  surface: string;
  method: string;
  confidence: number;
  status: ReviewStatus;
};
export type ClaimInsertRow = {
  id: string;
  articleId: string;
  text: string;
  quote: string | null;
  claimantEntityId: string | null;
  claimantSourceId: string | null;
  kind: string;
  value: number | null;
  unit: string | null;
  bound: QuantityBound | null;
  modality: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
};
export type InferredInsertRow = { articleId: string; entityId: string; rule: string; evidenceId: string };
/** A relation an article states, proposed for review (source kind `article`). */
export type StatedRelationInsertRow = {
  id: string;
  type: string;
  subjectId: string;
  objectId: string;
  articleId: string;
  evidenceStart: number;
  evidenceEnd: number;
};

/** A relation from the reference data (source kind `reference`, status `accepted`). */
export type RelationInsertRow = {
  id: string;
  type: string;
  subjectId: string;
  objectId: string;
  startDate: string | null;
  startPrecision: string | null;
  endDate: string | null;
  endPrecision: string | null;
  sourceDataset: string;
};
export type RoleInsertRow = {
  id: string;
  personId: string;
  title: string;
  organizationId: string | null;
  startDate: string | null;
  endDate: string | null;
};

const entityColumns = `id::text AS id, status, type, name, reference_key AS "referenceKey", wikidata_id AS "wikidataId", iso_alpha2 AS "isoAlpha2", unlocode`;
export const column = <Row, Key extends keyof Row>(rows: readonly Row[], key: Key) => rows.map((row) => row[key]);
/** A signature as a PostgreSQL array literal: unnest() cannot take a two-dimensional array apart into rows of arrays. */
const intArrayLiteral = (values: readonly number[]) => `{${values.join(',')}}`;

function createBatchStatements() {
  return {
    /**
     * No JIT for the rest of the batch's transaction: its statements are index probes over thousands of parameters,
     * which the planner costs above jit_above_cost, and compiling took 30–260 ms of a statement that runs in 65 ms
     * without it (bench/ingest-results.md, 2026-12-07).
     */
    withoutJit: async (client: BatchClient): Promise<void> => {
      await client.query(`SELECT set_config('jit', 'off', true)`);
    },
    /** The stored article as GET answers it, inside the batch's transaction (the raw-ingest response). */
    articleById: async (client: BatchClient, id: string): Promise<ArticleRow | null> =>
      (await client.query<ArticleRow>(`SELECT ${articleSelectList()} FROM articles WHERE id = $1::uuid`, [id]))
        .rows[0] ?? null,
    articlesByUrl: async (client: BatchClient, urls: string[]): Promise<ExistingUrlRow[]> =>
      (
        await client.query<ExistingUrlRow>(
          `SELECT url, id::text AS id, content_hash AS "contentHash" FROM articles WHERE url = ANY($1::text[])`,
          [urls],
        )
      ).rows,
    existingArticleIds: async (client: BatchClient, ids: string[]): Promise<Set<string>> =>
      new Set(
        (
          await client.query<{ id: string }>(`SELECT id::text AS id FROM articles WHERE id = ANY($1::uuid[])`, [ids])
        ).rows.map((row) => row.id),
      ),
    /**
     * The earliest stored article per content hash. One content_hash index probe per hash (LATERAL … OFFSET 0, no
     * ORDER BY id LIMIT 1, which walks the primary key instead): with `content_hash = ANY(…)` the planner, misled by
     * statistics that lag behind a bulk import, read the whole articles table for every batch.
     */
    firstByContentHash: async (client: BatchClient, hashes: string[]): Promise<Map<string, string>> => {
      const { rows } = await client.query<{ hash: string; id: string }>(
        `SELECT h.hash, (array_agg(a.id ORDER BY a.id))[1]::text AS id FROM (SELECT DISTINCT unnest($1::bpchar[]) AS hash) h
         CROSS JOIN LATERAL (SELECT id FROM articles WHERE content_hash = h.hash OFFSET 0) a
         GROUP BY h.hash`,
        [hashes],
      );
      return new Map(rows.map((row) => [row.hash, row.id]));
    },
    /** Per batch item, the `limit` stored articles sharing the most LSH bands with it (ties by id), with their signatures. */
    nearDuplicateCandidates: async (
      client: BatchClient,
      items: number[],
      bands: number[],
      keys: number[],
      limit: number,
    ): Promise<BatchCandidateRow[]> =>
      (
        await client.query<BatchCandidateRow>(
          `WITH query AS (SELECT * FROM unnest($1::int4[], $2::int2[], $3::int4[]) AS q(item, band, key)),
           shared AS (
             SELECT q.item, b.article_id, count(*)::int AS shared FROM query q
             CROSS JOIN LATERAL (SELECT article_id FROM article_minhash_bands WHERE band = q.band AND key = q.key OFFSET 0) b
             GROUP BY q.item, b.article_id),
           ranked AS (SELECT s.*, row_number() OVER (PARTITION BY s.item ORDER BY s.shared DESC, s.article_id) AS rank FROM shared s)
           -- Both lookups are index probes per key (LATERAL … OFFSET 0 keeps the planner from flattening them): plain
           -- joins let it merge-join the whole band index or hash the whole articles table once its statistics lagged
           -- behind a bulk import, so each batch's cost grew with the corpus.
           SELECT r.item, r.article_id::text AS id, r.shared, a.minhash FROM ranked r
           CROSS JOIN LATERAL (SELECT x.minhash FROM articles x WHERE x.id = r.article_id OFFSET 0) a
           WHERE r.rank <= $4 ORDER BY r.item, r.shared DESC, r.article_id`,
          [items, bands, keys, limit],
        )
      ).rows,

    sourceIds: async (client: BatchClient, ids: string[]) =>
      new Set(
        (
          await client.query<{ id: string }>(`SELECT id::text AS id FROM sources WHERE id = ANY($1::uuid[])`, [ids])
        ).rows.map((row) => row.id),
      ),
    /** Source ids per lowercased name (at most two each: more than one is ambiguous either way). */
    sourcesByName: async (client: BatchClient, lowerNames: string[]): Promise<Map<string, string[]>> => {
      const { rows } = await client.query<{ name: string; ids: string[] }>(
        `SELECT lower(name) AS name, (array_agg(id::text ORDER BY id))[1:2] AS ids FROM sources WHERE lower(name) = ANY($1::text[]) GROUP BY lower(name)`,
        [lowerNames],
      );
      return new Map(rows.map((row) => [row.name, row.ids]));
    },
    /** Per domain, the first source whose homepage is on that host (with or without `www.`). */
    sourcesByDomain: async (client: BatchClient, domains: string[]): Promise<Map<string, string>> => {
      const { rows } = await client.query<{ domain: string; id: string }>(
        `SELECT DISTINCT ON (host) host AS domain, id::text AS id
         FROM (SELECT id, lower(substring(homepage from '^https?://(?:www\\.)?([^/:?#]+)')) AS host FROM sources) s
         WHERE host = ANY($1::text[]) ORDER BY host, id`,
        [domains],
      );
      return new Map(rows.map((row) => [row.domain, row.id]));
    },
    /** Registers unknown outlets by slug (kind `other`); returns the id per slug, of the new row or the one already there. */
    ensureSourcesBySlug: async (
      client: BatchClient,
      sources: { id: string; slug: string; domain: string }[],
    ): Promise<Map<string, string>> => {
      await client.query(
        `INSERT INTO sources (id, slug, name, homepage, kind, updated_at)
         SELECT s.id, s.slug, left(s.domain, 200), 'https://' || s.domain || '/', 'other', now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS s(id, slug, domain, position) ORDER BY s.position
         ON CONFLICT (slug) DO NOTHING`,
        [column(sources, 'id'), column(sources, 'slug'), column(sources, 'domain')],
      );
      const { rows } = await client.query<{ slug: string; id: string }>(
        `SELECT slug, id::text AS id FROM sources WHERE slug = ANY($1::text[])`,
        [column(sources, 'slug')],
      );
      return new Map(rows.map((row) => [row.slug, row.id]));
    },

    entitiesByIds: async (client: BatchClient, ids: string[]): Promise<EntityMatchRow[]> =>
      (await client.query<EntityMatchRow>(`SELECT ${entityColumns} FROM entities WHERE id = ANY($1::uuid[])`, [ids]))
        .rows,
    /** Where each merged (deleted) entity id now resolves: the end of its redirect chain. */
    redirectTargets: async (client: BatchClient, ids: string[]): Promise<Map<string, string>> => {
      const { rows } = await client.query<{ id: string; target: string }>(
        `WITH RECURSIVE chain(id, target, depth) AS (
           SELECT d.id, d.target_id, 1 FROM entity_redirects d WHERE d.id = ANY($1::uuid[])
           UNION ALL
           SELECT c.id, d.target_id, c.depth + 1 FROM chain c JOIN entity_redirects d ON d.id = c.target WHERE c.depth < 32)
         SELECT DISTINCT ON (id) id::text AS id, target::text AS target FROM chain ORDER BY id, depth DESC`,
        [ids],
      );
      return new Map(rows.map((row) => [row.id, row.target]));
    },
    /**
     * Stored copies of reference entities that were merged into another entity: their reference key (from the
     * revision recorded when they were merged) and the merged entity's id, to follow its redirect.
     */
    mergedReferenceCopies: async (client: BatchClient, referenceKeys: string[]): Promise<Map<string, string>> => {
      const { rows } = await client.query<{ key: string; id: string }>(
        `SELECT DISTINCT ON (r.state ->> 'reference_key') r.state ->> 'reference_key' AS key, d.id::text AS id
         FROM entity_redirects d JOIN revisions r ON r.resource_type = 'entity' AND r.resource_id = d.id AND r.action = 'merged'
         WHERE r.state ->> 'reference_key' = ANY($1::text[])
         ORDER BY r.state ->> 'reference_key', r.id DESC`,
        [referenceKeys],
      );
      return new Map(rows.map((row) => [row.key, row.id]));
    },
    entitiesByReference: async (
      client: BatchClient,
      keys: string[],
      wikidataIds: string[],
      countryCodes: string[],
      unlocodes: string[],
    ): Promise<EntityMatchRow[]> =>
      (
        await client.query<EntityMatchRow>(
          `SELECT ${entityColumns} FROM entities
           WHERE reference_key = ANY($1::text[]) OR wikidata_id = ANY($2::text[]) OR iso_alpha2 = ANY($3::bpchar[]) OR unlocode = ANY($4::bpchar[])
           ORDER BY id`,
          [keys, wikidataIds, countryCodes, unlocodes],
        )
      ).rows,
    /** Entities with one of these (type, name) pairs, names compared without case. */
    entitiesByTypeAndName: async (
      client: BatchClient,
      pairs: { type: EntityType; name: string }[],
    ): Promise<EntityMatchRow[]> =>
      (
        await client.query<EntityMatchRow>(
          `SELECT ${entityColumns} FROM entities
           WHERE (type::text, lower(name)) IN (SELECT t, lower(n) FROM unnest($1::text[], $2::text[]) AS p(t, n))
           ORDER BY id`,
          [column(pairs, 'type'), column(pairs, 'name')],
        )
      ).rows,
    /**
     * People whose name is one of these lowercased surnames or ends with one ("balladur" → "Edouard Balladur"), each
     * surname probed on its own through the name's trigram index (LATERAL … OFFSET 0, as for the other batch lookups).
     */
    peopleBySurname: async (
      client: BatchClient,
      surnames: string[],
    ): Promise<(EntityMatchRow & { surname: string })[]> =>
      (
        await client.query<EntityMatchRow & { surname: string }>(
          `SELECT s.surname, e.* FROM unnest($1::text[], $2::text[]) AS s(surname, pattern)
           CROSS JOIN LATERAL (
             SELECT ${entityColumns} FROM entities
             WHERE type = 'person' AND (name ILIKE '% ' || s.pattern OR name ILIKE s.pattern) OFFSET 0
           ) e
           ORDER BY s.surname, e.id`,
          [surnames, surnames.map((surname) => surname.replace(/[\\%_]/gu, '\\$&'))],
        )
      ).rows,
    takenSlugs: async (client: BatchClient, slugs: string[]) =>
      new Set(
        (
          await client.query<{ slug: string }>(`SELECT slug FROM entities WHERE slug = ANY($1::text[])`, [slugs])
        ).rows.map((row) => row.slug),
      ),

    insertEntities: async (client: BatchClient, rows: EntityInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO entities (id, type, name, slug, description, wikidata_id, iso_alpha2, iso_alpha3, unlocode, latitude, longitude, status, reference_key,
                               valid_from, valid_to, iso_3166_3, updated_at)
         SELECT e.id, e.type, e.name, e.slug, e.description, e.wikidata_id, e.iso_alpha2, e.iso_alpha3, e.unlocode, e.latitude, e.longitude, e.status, e.reference_key,
                e.valid_from, e.valid_to, e.iso_3166_3, now()
         FROM unnest($1::uuid[], $2::entity_type[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], $11::float8[],
                     $12::review_status[], $13::text[], $14::date[], $15::date[], $16::text[]) WITH ORDINALITY
              AS e(id, type, name, slug, description, wikidata_id, iso_alpha2, iso_alpha3, unlocode, latitude, longitude, status, reference_key,
                   valid_from, valid_to, iso_3166_3, position)
         ORDER BY e.position`,
        [
          column(rows, 'id'),
          column(rows, 'type'),
          column(rows, 'name'),
          column(rows, 'slug'),
          column(rows, 'description'),
          column(rows, 'wikidataId'),
          column(rows, 'isoAlpha2'),
          column(rows, 'isoAlpha3'),
          column(rows, 'unlocode'),
          column(rows, 'latitude'),
          column(rows, 'longitude'),
          column(rows, 'status'),
          column(rows, 'referenceKey'),
          column(rows, 'validFrom'),
          column(rows, 'validTo'),
          column(rows, 'iso3166Alpha4'),
        ],
      );
    },
    insertAliases: async (client: BatchClient, rows: AliasInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO entity_aliases (id, entity_id, name, language, kind, valid_from, valid_to, updated_at)
         SELECT a.id, a.entity_id, a.name, a.language, a.kind, a.valid_from, a.valid_to, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::alias_kind[], $6::date[], $7::date[])
              AS a(id, entity_id, name, language, kind, valid_from, valid_to)
         ON CONFLICT DO NOTHING`,
        [
          column(rows, 'id'),
          column(rows, 'entityId'),
          column(rows, 'name'),
          column(rows, 'language'),
          column(rows, 'kind'),
          column(rows, 'validFrom'),
          column(rows, 'validTo'),
        ],
      );
    },
    insertRoles: async (client: BatchClient, rows: RoleInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        // Roles are relations (holds_position with a title): one statement into relations, not a row at a time through
        // the roles view's INSTEAD OF trigger (each of its inserts fired relations' statement triggers of its own).
        `INSERT INTO relations (id, type, subject_id, object_id, title, start_date, start_precision, end_date,
                                end_precision, source_kind, updated_at)
         SELECT r.id, 'holds_position', r.person_id, r.organization_id, r.title,
                r.start_date, CASE WHEN r.start_date IS NULL THEN NULL ELSE 'day'::date_precision END,
                r.end_date, CASE WHEN r.end_date IS NULL THEN NULL ELSE 'day'::date_precision END, 'manual', now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::date[], $6::date[]) AS r(id, person_id, title, organization_id, start_date, end_date)`,
        [
          column(rows, 'id'),
          column(rows, 'personId'),
          column(rows, 'title'),
          column(rows, 'organizationId'),
          column(rows, 'startDate'),
          column(rows, 'endDate'),
        ],
      );
    },

    /**
     * Relations an article states (ingest/relations/stated-relations.ts), as `proposed` with the article and its words
     * as source: only between entity types the relation type joins (`ends`: relations.rules.ts), and never over a
     * relation the store already has with the same type, subject, object and start.
     */
    insertStatedRelations: async (
      client: BatchClient,
      rows: StatedRelationInsertRow[],
      ends: Record<string, { subject: readonly string[]; object: readonly string[] }>,
    ) => {
      if (rows.length === 0) return;
      const types = Object.keys(ends);
      await client.query(
        `WITH allowed(type, subject_types, object_types) AS (
           SELECT * FROM unnest($7::text[], $8::text[], $9::text[])
         )
         INSERT INTO relations (id, type, subject_id, object_id, source_kind, source_article_id, evidence_start, evidence_end, status, updated_at)
         SELECT r.id, r.type::relation_type, r.subject_id, r.object_id, 'article', r.article_id, r.evidence_start, r.evidence_end, 'proposed', now()
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $10::int[]) WITH ORDINALITY
              AS r(id, type, subject_id, object_id, article_id, evidence_start, evidence_end, position)
         JOIN allowed a ON a.type = r.type
         JOIN entities s ON s.id = r.subject_id AND (s.type = 'other' OR s.type::text = ANY(string_to_array(a.subject_types, ',')))
         JOIN entities o ON o.id = r.object_id AND (o.type = 'other' OR o.type::text = ANY(string_to_array(a.object_types, ',')))
         ORDER BY r.position
         ON CONFLICT DO NOTHING`,
        [
          column(rows, 'id'),
          column(rows, 'type'),
          column(rows, 'subjectId'),
          column(rows, 'objectId'),
          column(rows, 'articleId'),
          column(rows, 'evidenceStart'),
          types,
          types.map((type) => ends[type]!.subject.join(',')),
          types.map((type) => ends[type]!.object.join(',')),
          column(rows, 'evidenceEnd'),
        ],
      );
    },

    /** A relation the store already has (same type, subject, object and start) is kept as it is. */
    insertReferenceRelations: async (client: BatchClient, rows: RelationInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO relations (id, type, subject_id, object_id, start_date, start_precision, end_date, end_precision, source_kind, source_dataset, updated_at)
         SELECT r.id, r.type, r.subject_id, r.object_id, r.start_date, r.start_precision, r.end_date, r.end_precision, 'reference', r.source_dataset, now()
         FROM unnest($1::uuid[], $2::relation_type[], $3::uuid[], $4::uuid[], $5::date[], $6::date_precision[], $7::date[], $8::date_precision[], $9::text[]) WITH ORDINALITY
              AS r(id, type, subject_id, object_id, start_date, start_precision, end_date, end_precision, source_dataset, position)
         ORDER BY r.position
         ON CONFLICT DO NOTHING`,
        [
          column(rows, 'id'),
          column(rows, 'type'),
          column(rows, 'subjectId'),
          column(rows, 'objectId'),
          column(rows, 'startDate'),
          column(rows, 'startPrecision'),
          column(rows, 'endDate'),
          column(rows, 'endPrecision'),
          column(rows, 'sourceDataset'),
        ],
      );
    },
    insertInferred: async (client: BatchClient, rows: InferredInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO article_inferred_entities (article_id, entity_id, rule, evidence_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::inference_rule[], $4::uuid[]) ON CONFLICT DO NOTHING`,
        [column(rows, 'articleId'), column(rows, 'entityId'), column(rows, 'rule'), column(rows, 'evidenceId')],
      );
    },

    insertArticles: async (client: BatchClient, rows: ArticleInsertRow[]) => {
      if (rows.length === 0) return;
      // The stories these articles start, created by the same statement (one round trip): the foreign key on
      // story_id is checked at the end of the statement, and the AFTER trigger that fills in the stories' figures
      // sees them; the articles' BEFORE INSERT trigger skips articles that carry a story.
      await client.query(
        `WITH started AS (
           INSERT INTO stories (id, title, first_seen, last_activity)
           SELECT s.id, left(s.title, 1000), coalesce(s.published_at, now()), coalesce(s.published_at, now())
           FROM unnest($21::uuid[], $2::text[], $8::timestamptz[], $22::bool[]) AS s(id, title, published_at, starts)
           WHERE s.starts
           ON CONFLICT (id) DO NOTHING
         )
         INSERT INTO articles (id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash,
                               duplicate_of_id, original_id, lineage_kind, lineage_similarity,
                               dateline, dateline_place, dateline_date, dateline_agency, story_id, updated_at)
         SELECT a.id, a.url, a.title, a.dek, a.byline, a.body, a.language, a.published_at, a.modified_at, a.source_id, a.content_hash, a.minhash::int4[],
                a.duplicate_of_id, a.original_id, a.lineage_kind, a.lineage_similarity,
                a.dateline, a.dateline_place, a.dateline_date, a.dateline_agency, a.story_id, now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::uuid[],
                     $11::text[], $12::text[], $13::uuid[], $14::uuid[], $15::lineage_kind[], $16::float8[],
                     $17::text[], $18::text[], $19::date[], $20::text[], $21::uuid[]) WITH ORDINALITY
              AS a(id, url, title, dek, byline, body, language, published_at, modified_at, source_id, content_hash, minhash,
                   duplicate_of_id, original_id, lineage_kind, lineage_similarity,
                   dateline, dateline_place, dateline_date, dateline_agency, story_id, position)
         ORDER BY a.position`,
        [
          column(rows, 'id'),
          column(rows, 'url'),
          column(rows, 'title'),
          column(rows, 'dek'),
          column(rows, 'byline'),
          column(rows, 'body'),
          column(rows, 'language'),
          column(rows, 'publishedAt'),
          column(rows, 'modifiedAt'),
          column(rows, 'sourceId'),
          column(rows, 'contentHash'),
          rows.map((row) => intArrayLiteral(row.minhash)),
          column(rows, 'duplicateOfId'),
          column(rows, 'originalId'),
          column(rows, 'lineageKind'),
          column(rows, 'lineageSimilarity'),
          column(rows, 'dateline'),
          column(rows, 'datelinePlace'),
          column(rows, 'datelineDate'),
          column(rows, 'datelineAgency'),
          column(rows, 'storyId'),
          column(rows, 'startsStory'),
        ],
      );
    },
    insertBands: async (client: BatchClient, articleIds: string[], bands: number[], keys: number[]) => {
      if (articleIds.length === 0) return;
      await client.query(
        `INSERT INTO article_minhash_bands (band, key, article_id) SELECT * FROM unnest($1::int2[], $2::int4[], $3::uuid[]) ON CONFLICT DO NOTHING`,
        [bands, keys, articleIds],
      );
    },
    insertMentions: async (client: BatchClient, rows: MentionInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO mentions (id, article_id, entity_id, field, start, "end", surface, method, confidence, status, updated_at)
         SELECT m.id, m.article_id, m.entity_id, m.field, m.start, m."end", m.surface, m.method, m.confidence, m.status, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int4[], $5::int4[], $6::text[], $7::mention_method[], $8::float8[], $9::review_status[],
                     $10::mention_field[])
              AS m(id, article_id, entity_id, start, "end", surface, method, confidence, status, field)
         ON CONFLICT DO NOTHING`,
        [
          column(rows, 'id'),
          column(rows, 'articleId'),
          column(rows, 'entityId'),
          column(rows, 'start'),
          column(rows, 'end'),
          column(rows, 'surface'),
          column(rows, 'method'),
          column(rows, 'confidence'),
          column(rows, 'status'),
          column(rows, 'field'),
        ],
      );
    },
    insertClaims: async (client: BatchClient, rows: ClaimInsertRow[]) => {
      if (rows.length === 0) return;
      await client.query(
        `INSERT INTO claims (id, article_id, text, quote, claimant_entity_id, claimant_source_id, kind, value, unit, bound, modality, evidence_start, evidence_end,
                             status, method, confidence, review_status, updated_at)
         SELECT c.id, c.article_id, c.text, c.quote, c.claimant_entity_id, c.claimant_source_id, c.kind, c.value, c.unit, c.bound, c.modality, c.evidence_start,
                c.evidence_end, 'unverified', 'auto', c.confidence, 'proposed', now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::claim_kind[], $8::float8[], $9::text[], $10::quantity_bound[],
                     $11::claim_modality[], $12::int4[], $13::int4[], $14::float8[])
              AS c(id, article_id, text, quote, claimant_entity_id, claimant_source_id, kind, value, unit, bound, modality, evidence_start, evidence_end, confidence)`,
        [
          column(rows, 'id'),
          column(rows, 'articleId'),
          column(rows, 'text'),
          column(rows, 'quote'),
          column(rows, 'claimantEntityId'),
          column(rows, 'claimantSourceId'),
          column(rows, 'kind'),
          column(rows, 'value'),
          column(rows, 'unit'),
          column(rows, 'bound'),
          column(rows, 'modality'),
          column(rows, 'evidenceStart'),
          column(rows, 'evidenceEnd'),
          column(rows, 'confidence'),
        ],
      );
    },
    insertClaimSubjects: async (client: BatchClient, claimIds: string[], entityIds: string[]) => {
      if (claimIds.length === 0) return;
      await client.query(
        `INSERT INTO claim_subjects (claim_id, entity_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [claimIds, entityIds],
      );
    },
  };
}
