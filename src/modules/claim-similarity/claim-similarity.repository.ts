import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';

/** Candidates per lookup: each an index probe, so a query reads a bounded number of rows whatever the table's size. */
export const candidateLimits = { trigram: 200, perSubject: 100, claimant: 100, lineage: 200 } as const;
/**
 * The trigram similarity a text must reach to be a candidate by its text. Above pg_trgm's default 0.3: on the
 * benchmark corpus the default made the index return ~12,000 rows for one sentence (about 1 s); see
 * bench/claims-similar-results.md.
 */
export const textThreshold = 0.4;

export type SimilarityProbe = {
  text: string;
  subjectIds: string[];
  claimantEntityId: string | null;
  /**
   * Whether to look for candidates by text over all claims (the trigram index). A claim with subjects or an entity
   * claimant finds its candidates through them instead (cheap index probes: a repeat or paraphrase of a claim is
   * about the same entities), a text query or a claim without either by its text.
   */
  byText: boolean;
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
     * Candidates and their measured features. Candidates come from the trigram index on the normalised text
     * (meridian_claims_similar_text, at textThreshold; only `byText`), from claim_subjects' (entity_id, claim_id)
     * index per subject, from the claimant index for an entity claimant, and from the claims of the articles in the
     * query claim's lineage — each lookup capped (candidateLimits); the candidates are then read by primary key.
     * Features: trigram similarity of the normalised texts; the Dice coefficient of the stemmed words, both texts
     * unaccented and stemmed under the candidate's language's configuration (the query's words under each
     * configuration are computed once); the candidate's subjects and claimant.
     */
    candidates: (probe: SimilarityProbe) =>
      db.$queryRaw<CandidateRow[]>(Prisma.sql`
        WITH q AS (
          SELECT ${probe.text}::text AS text, meridian_claim_match_text(${probe.text}::text) AS norm,
                 ${probe.subjectIds}::uuid[] AS subjects, ${probe.claimantEntityId}::uuid AS claimant,
                 ${probe.claimId}::uuid AS claim_id, ${probe.articleId}::uuid AS article_id,
                 tsvector_to_array(to_tsvector('pg_catalog.english', meridian_unaccent(${probe.text}::text))) AS words_english,
                 tsvector_to_array(to_tsvector('pg_catalog.spanish', meridian_unaccent(${probe.text}::text))) AS words_spanish,
                 tsvector_to_array(to_tsvector('pg_catalog.simple', meridian_unaccent(${probe.text}::text))) AS words_simple
        ),
        candidates AS (
          ${
            probe.byText
              ? Prisma.sql`(SELECT t.id FROM q, meridian_claims_similar_text(q.text, ${textThreshold}::real, ${candidateLimits.trigram}) t) UNION`
              : Prisma.empty
          }
          (SELECT x.claim_id AS id FROM q CROSS JOIN LATERAL unnest(q.subjects) AS e(id)
           CROSS JOIN LATERAL (SELECT s.claim_id FROM claim_subjects s WHERE s.entity_id = e.id
                               ORDER BY s.claim_id DESC LIMIT ${candidateLimits.perSubject}) x)
          UNION
          (SELECT c.id FROM claims c, q WHERE c.claimant_entity_id = q.claimant
           ORDER BY c.id DESC LIMIT ${candidateLimits.claimant})
          UNION
          (SELECT c.id FROM q JOIN articles na ON na.id = q.article_id
           JOIN articles ca ON ca.id <> na.id
             AND (ca.id = na.original_id OR ca.original_id = na.id OR (na.original_id IS NOT NULL AND ca.original_id = na.original_id))
           JOIN claims c ON c.article_id = ca.id
           LIMIT ${candidateLimits.lineage})
        ),
        picked AS MATERIALIZED (SELECT array_agg(id) AS ids FROM candidates)
        SELECT c.id::text AS id, c.article_id::text AS "articleId", a.language, c.text,
               similarity(meridian_claim_match_text(c.text), q.norm)::float8 AS trigram,
               (SELECT CASE WHEN cardinality(ql.l) + cardinality(cl.l) = 0 THEN 0
                       ELSE 2.0 * cardinality(ARRAY(SELECT unnest(ql.l) INTERSECT SELECT unnest(cl.l)))
                            / (cardinality(ql.l) + cardinality(cl.l)) END
                FROM (SELECT CASE meridian_search_config(a.language)
                               WHEN 'pg_catalog.english'::regconfig THEN q.words_english
                               WHEN 'pg_catalog.spanish'::regconfig THEN q.words_spanish
                               ELSE q.words_simple END AS l) ql,
                     (SELECT tsvector_to_array(to_tsvector(meridian_search_config(a.language), meridian_unaccent(c.text))) AS l) cl
               )::float8 AS stems,
               coalesce((SELECT array_agg(s.entity_id::text ORDER BY s.entity_id) FROM claim_subjects s WHERE s.claim_id = c.id), '{}') AS "subjectIds",
               c.claimant_entity_id::text AS "claimantEntityId", c.claimant_source_id::text AS "claimantSourceId"
        FROM q, picked, claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id = ANY(picked.ids) AND c.id IS DISTINCT FROM q.claim_id`),
  };
}

export type ClaimSimilarityRepository = ReturnType<typeof createClaimSimilarityRepository>;
