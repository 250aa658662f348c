import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { QueryTerm, TermStatistics, TextProbe } from './claim-similarity.terms.ts';

/** Candidates per lookup: each an index probe, so a query reads a bounded number of rows whatever the table's size. */
export const candidateLimits = { perSubject: 100, claimant: 100, lineage: 200 } as const;

export type SimilarityProbe = {
  text: string;
  subjectIds: string[];
  claimantEntityId: string | null;
  /** Search-vector probes for candidates by their words (claim-similarity.terms.ts); none for no words. */
  textProbes: TextProbe[];
  /** The claim the query stands for (left out of the answer; its article's lineage gives candidates), or null. */
  claimId: string | null;
  articleId: string | null;
};

export type CandidateRow = {
  id: string;
  articleId: string;
  language: string;
  text: string;
  trigram: number;
  stems: number;
  subjectIds: string[];
  claimantEntityId: string | null;
  claimantSourceId: string | null;
};

export function createClaimSimilarityRepository(db: Database) {
  return {
    /** The claim a similarity query starts from: its text, subjects, claimant and article. */
    findClaim: (id: string) =>
      db.claim.findUnique({
        where: { id },
        select: {
          id: true,
          text: true,
          articleId: true,
          claimantEntityId: true,
          claimantSourceId: true,
          subjects: { select: { entityId: true }, orderBy: { entityId: 'asc' } },
        },
      }),

    /**
     * The words of a text as the English, Spanish and simple configurations stem them (unaccented, as the claims'
     * search vectors are built), each with the share of claims containing it as ANALYZE measured it
     * (pg_stats.most_common_elems of claims.search; null for a word not listed), and the statistics' floor.
     */
    async queryTerms(text: string): Promise<{ terms: QueryTerm[]; statistics: TermStatistics }> {
      const rows = await db.$queryRaw<
        {
          config: QueryTerm['config'] | null;
          lexeme: string | null;
          frequency: number | null;
          claims: number;
          floor: number | null;
        }[]
      >(Prisma.sql`
        WITH stats AS (
          SELECT u.lexeme, u.frequency::float8 AS frequency
          FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(lexeme, frequency)
          WHERE s.schemaname = current_schema() AND s.tablename = 'claims' AND s.attname = 'search' AND u.lexeme IS NOT NULL
        ),
        words AS (
          SELECT DISTINCT w.config, x.lexeme
          FROM unnest(ARRAY['english', 'spanish', 'simple']) AS w(config)
          CROSS JOIN LATERAL unnest(tsvector_to_array(
            to_tsvector(('pg_catalog.' || w.config)::regconfig, meridian_unaccent(${text}::text)))) AS x(lexeme)
        )
        SELECT w.config, w.lexeme, st.frequency,
               (SELECT greatest(c.reltuples, 0)::float8 FROM pg_class c WHERE c.oid = 'claims'::regclass) AS claims,
               (SELECT min(frequency) FROM stats) AS floor
        FROM (SELECT 1) one LEFT JOIN words w ON true LEFT JOIN stats st ON st.lexeme = w.lexeme`);
      const first = rows[0];
      return {
        terms: rows
          .filter((row) => row.config !== null && row.lexeme !== null)
          .map((row) => ({ config: row.config!, lexeme: row.lexeme!, frequency: row.frequency })),
        statistics: { claims: first?.claims ?? 0, floor: first?.floor ?? null },
      };
    },

    /**
     * Candidates and their measured features. Candidates come from the search vectors' GIN index (the text probes,
     * claim-similarity.terms.ts: each a tsquery with its own limit), from claim_subjects' (entity_id, claim_id)
     * index per subject, from the claimant index for an entity claimant, and from the claims of the articles in the
     * query claim's lineage — each lookup capped (candidateLimits); the candidates are then read by primary key.
     * Features: trigram similarity of the normalised texts; the Dice coefficient of the stemmed words, both texts
     * unaccented and stemmed under the candidate's language's configuration (the query's words under each
     * configuration are computed once); the candidate's subjects and claimant.
     */
    candidates: (probe: SimilarityProbe) => {
      // Only the lookups that apply: a lookup by a null claimant or article is not free for the planner (at 1M claims
      // "claimant = NULL ORDER BY id DESC LIMIT 100" walked the primary key backwards through every claim).
      const lookups = [
        probe.textProbes.length > 0 &&
          Prisma.sql`(SELECT x.id FROM unnest(${probe.textProbes.map((text) => text.query)}::tsquery[], ${probe.textProbes.map((text) => text.limit)}::int[]) AS t(query, take)
                      CROSS JOIN LATERAL meridian_claims_matching(t.query, t.take) AS x(id))`,
        probe.subjectIds.length > 0 &&
          Prisma.sql`(SELECT x.claim_id AS id FROM q CROSS JOIN LATERAL unnest(q.subjects) AS e(id)
                      CROSS JOIN LATERAL (SELECT s.claim_id FROM claim_subjects s WHERE s.entity_id = e.id
                                          ORDER BY s.claim_id DESC LIMIT ${candidateLimits.perSubject}) x)`,
        probe.claimantEntityId !== null &&
          // The claimant as a parameter, not read from q: against a CTE's value the planner walked the primary key
          // backwards and filtered (at 1M claims 30,647 rows and 300 ms for one claimant) instead of probing
          // (claimant_entity_id, id).
          Prisma.sql`(SELECT c.id FROM claims c WHERE c.claimant_entity_id = ${probe.claimantEntityId}::uuid
                      ORDER BY c.id DESC LIMIT ${candidateLimits.claimant})`,
        probe.articleId !== null &&
          Prisma.sql`(SELECT c.id FROM q JOIN articles na ON na.id = q.article_id
                      JOIN articles ca ON ca.id <> na.id
                        AND (ca.id = na.original_id OR ca.original_id = na.id OR (na.original_id IS NOT NULL AND ca.original_id = na.original_id))
                      JOIN claims c ON c.article_id = ca.id
                      LIMIT ${candidateLimits.lineage})`,
      ].filter((lookup): lookup is Prisma.Sql => lookup !== false);
      if (lookups.length === 0) return Promise.resolve([]);
      return db.$queryRaw<CandidateRow[]>(Prisma.sql`
        WITH q AS (
          SELECT ${probe.text}::text AS text, meridian_unaccent(${probe.text}::text) AS unaccented,
                 ${probe.subjectIds}::uuid[] AS subjects, ${probe.claimantEntityId}::uuid AS claimant,
                 ${probe.claimId}::uuid AS claim_id, ${probe.articleId}::uuid AS article_id,
                 tsvector_to_array(to_tsvector('pg_catalog.english', meridian_unaccent(${probe.text}::text))) AS words_english,
                 tsvector_to_array(to_tsvector('pg_catalog.spanish', meridian_unaccent(${probe.text}::text))) AS words_spanish,
                 tsvector_to_array(to_tsvector('pg_catalog.simple', meridian_unaccent(${probe.text}::text))) AS words_simple
        ),
        candidates AS (${Prisma.join(lookups, ' UNION ')}),
        picked AS MATERIALIZED (SELECT array_agg(id) AS ids FROM candidates)
        SELECT c.id::text AS id, c.article_id::text AS "articleId", a.language, c.text,
               -- pg_trgm folds case and splits words at non-alphanumerics itself, so the unaccented texts give the
               -- similarity of the normalised ones (meridian_claim_match_text) without its regular expression, which
               -- cost about as much as the rest of the features together.
               similarity(meridian_unaccent(c.text), q.unaccented)::float8 AS trigram,
               (SELECT CASE WHEN cardinality(ql.l) + cardinality(cl.l) = 0 THEN 0
                       ELSE 2.0 * cardinality(ARRAY(SELECT unnest(ql.l) INTERSECT SELECT unnest(cl.l)))
                            / (cardinality(ql.l) + cardinality(cl.l)) END
                FROM (SELECT CASE meridian_search_config(a.language)
                               WHEN 'pg_catalog.english'::regconfig THEN q.words_english
                               WHEN 'pg_catalog.spanish'::regconfig THEN q.words_spanish
                               ELSE q.words_simple END AS l) ql,
                     -- The claim's own words (weight A of its search vector: its text, stemmed in its language).
                     (SELECT coalesce(tsvector_to_array(ts_filter(c.search, '{a}')),
                                      tsvector_to_array(to_tsvector(meridian_search_config(a.language), meridian_unaccent(c.text)))) AS l) cl
               )::float8 AS stems,
               coalesce((SELECT array_agg(s.entity_id::text ORDER BY s.entity_id) FROM claim_subjects s WHERE s.claim_id = c.id), '{}') AS "subjectIds",
               c.claimant_entity_id::text AS "claimantEntityId", c.claimant_source_id::text AS "claimantSourceId"
        FROM q, picked, claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id = ANY(picked.ids) AND c.id IS DISTINCT FROM q.claim_id`);
    },
  };
}

export type ClaimSimilarityRepository = ReturnType<typeof createClaimSimilarityRepository>;
