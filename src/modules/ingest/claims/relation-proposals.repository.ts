// The SQL behind the pipeline's claim relation proposals (relation-proposals.ts has the rules): the facts of the new
// claims, the candidate pairs — each found by an index probe per new claim, never by a scan of all claims — and the
// insert. Runs inside the caller's transaction (the ingest batch, or the seed), through a plain SqlClient.
import type { SqlClient } from '../../../db/transaction.ts';
import type { CandidatePair, ClaimFacts, Proposal } from './relation-proposals.ts';

/**
 * At most this many candidates per new claim and lookup, the most recent claims first (uuid v7 ids follow time). A
 * bulk import of templated wire copy made every quantity claim about a common subject a candidate of the others: at 200
 * the proposals and their inserts tripled the database time per article; the most recent 20 keep the recent
 * repetitions and contradictions a reviewer wants to see.
 */
export const candidatesPerLookup = 20;

type FactsRow = {
  id: string;
  article_id: string;
  language: string;
  text: string;
  kind: string;
  claimant_entity_id: string | null;
  claimant_source_id: string | null;
  subject_ids: string[];
  value: number | null;
  unit: string | null;
  bound: ClaimFacts['bound'];
};

function toFacts(row: FactsRow): ClaimFacts {
  return {
    id: row.id,
    articleId: row.article_id,
    language: row.language,
    text: row.text,
    kind: row.kind,
    claimant: row.claimant_entity_id
      ? { type: 'entity', id: row.claimant_entity_id }
      : { type: 'source', id: row.claimant_source_id ?? '' },
    subjectIds: row.subject_ids,
    value: row.value,
    unit: row.unit,
    bound: row.bound,
  };
}

export const relationProposalRepository = {
  facts: async (sql: SqlClient, ids: string[]): Promise<ClaimFacts[]> =>
    (
      await sql.query<FactsRow>(
        `SELECT c.id::text, c.article_id::text, a.language, c.text, c.kind::text, c.claimant_entity_id::text, c.claimant_source_id::text,
                coalesce((SELECT array_agg(s.entity_id::text ORDER BY s.entity_id) FROM claim_subjects s WHERE s.claim_id = c.id), '{}') AS subject_ids,
                c.value, c.unit, c.bound::text AS bound
         FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.id = ANY($1::uuid[])`,
        [ids],
      )
    ).map(toFacts),

  /**
   * The same normalised quote in another article (the hash index on the normalised quote). Each distinct quote of the
   * batch is looked up once and its matches shared by the claims that carry it: templated wire copy repeats quotes, and
   * a probe per claim read the same matches (and normalised each of them again) for every claim — 336 → 52 ms for the
   * last 1,200 claims of the bench import (bench/ingest-results.md, 2026-12-07). The same pairs as a probe per claim:
   * the 20 most recent matches in another article.
   */
  sameQuote: async (sql: SqlClient, ids: string[]): Promise<CandidatePair[]> =>
    (
      await sql.query<{ a: string; b: string; quote: string }>(
        `WITH n AS MATERIALIZED (
           SELECT n.id, n.article_id, n.quote, meridian_claim_match_text(n.quote) AS key
           FROM claims n WHERE n.id = ANY($1::uuid[]) AND n.quote IS NOT NULL
         ),
         found AS MATERIALIZED (
           SELECT k.key, c.id, c.article_id
           FROM (SELECT DISTINCT n.key FROM n WHERE n.key <> '') k
           CROSS JOIN LATERAL (
             SELECT c.id, c.article_id FROM claims c
             WHERE c.quote IS NOT NULL AND meridian_claim_match_text(c.quote) = k.key
             OFFSET 0) c
         ),
         ranked AS (
           SELECT n.id AS a, f.id AS b, n.quote, row_number() OVER (PARTITION BY n.id ORDER BY f.id DESC) AS rank
           FROM n JOIN found f ON f.key = n.key AND f.article_id <> n.article_id
         )
         SELECT r.a::text, r.b::text, r.quote FROM ranked r WHERE r.rank <= ${candidatesPerLookup}`,
        [ids],
      )
    ).map((row) => ({ via: 'quote', ...row })),

  /**
   * The same text in other articles, once normalised (case, accents, punctuation and spacing aside): a probe of the
   * hash index on the normalised text. Not a trigram search: on templated wire copy its candidates run to tens of
   * thousands of rows per claim, which a bulk import cannot afford; /v1/claims/{id}/similar finds near-identical
   * wording on demand.
   */
  sameText: async (sql: SqlClient, ids: string[]): Promise<CandidatePair[]> =>
    (
      await sql.query<{ a: string; b: string }>(
        `SELECT n.id::text AS a, m.id::text AS b
         FROM claims n
         CROSS JOIN LATERAL (
           SELECT c.id FROM claims c
           WHERE meridian_claim_match_text(c.text) = meridian_claim_match_text(n.text) AND c.article_id <> n.article_id
           ORDER BY c.id DESC LIMIT ${candidatesPerLookup}) m
         WHERE n.id = ANY($1::uuid[]) AND meridian_claim_match_text(n.text) <> ''`,
        [ids],
      )
    ).map((row) => ({ via: 'text', similarity: 1, ...row })),

  /** Claims of the articles in the same lineage (original, derivatives, siblings) in another language. */
  sameLineage: async (sql: SqlClient, ids: string[]): Promise<CandidatePair[]> =>
    (
      await sql.query<{ a: string; b: string; similarity: number }>(
        `SELECT n.id::text AS a, m.id::text AS b, m.similarity
         FROM claims n JOIN articles na ON na.id = n.article_id
         CROSS JOIN LATERAL (
           SELECT c.id, similarity(meridian_claim_match_text(c.text), meridian_claim_match_text(n.text))::float8 AS similarity
           FROM articles ca JOIN claims c ON c.article_id = ca.id
           WHERE ca.id <> na.id AND ca.language <> na.language
             AND (ca.id = na.original_id OR ca.original_id = na.id OR (na.original_id IS NOT NULL AND ca.original_id = na.original_id))
           ORDER BY c.id DESC LIMIT ${candidatesPerLookup}) m
         WHERE n.id = ANY($1::uuid[])`,
        [ids],
      )
    ).map((row) => ({ via: 'lineage', ...row })),

  /** Quantity claims about a subject of a new quantity claim (claim_subjects' (entity_id, claim_id) index, per subject). */
  /**
   * Quantity claims about a subject of a new quantity claim, in other articles: the 20 most recent per subject (one
   * probe of claim_subjects' (entity_id, claim_id) index per new claim and subject). `directed` marks the pairs the
   * `supports`/`updates` rules can relate (the same value, or the same claimant): they read this one lookup too
   * (rules-supports-updates.repository.ts) instead of probing the same index again.
   */
  sameSubjectQuantities: async (
    sql: SqlClient,
    ids: string[],
  ): Promise<(Extract<CandidatePair, { via: 'subject' }> & { directed: boolean })[]> =>
    (
      await sql.query<{ a: string; b: string; directed: boolean }>(
        `SELECT DISTINCT n.id::text AS a, m.claim_id::text AS b,
                (m.value = n.value OR (m.claimant_entity_id IS NOT DISTINCT FROM n.claimant_entity_id
                                       AND m.claimant_source_id IS NOT DISTINCT FROM n.claimant_source_id)) AS directed
         FROM claims n JOIN claim_subjects ns ON ns.claim_id = n.id
         CROSS JOIN LATERAL (
           SELECT s.claim_id, c.value, c.claimant_entity_id, c.claimant_source_id
           FROM claim_subjects s JOIN claims c ON c.id = s.claim_id
           WHERE s.entity_id = ns.entity_id AND s.claim_id <> n.id AND c.value IS NOT NULL AND c.article_id <> n.article_id
           ORDER BY s.claim_id DESC LIMIT ${candidatesPerLookup}) m
         WHERE n.id = ANY($1::uuid[]) AND n.value IS NOT NULL`,
        [ids],
      )
    ).map((row) => ({ via: 'subject', ...row })),

  /** Claim ids among these pairs that already have a relation, either way round, of any type. */
  relatedPairs: async (
    sql: SqlClient,
    pairs: { subjectClaimId: string; objectClaimId: string }[],
  ): Promise<Set<string>> => {
    if (pairs.length === 0) return new Set();
    const rows = await sql.query<{ a: string; b: string }>(
      `SELECT p.a::text, p.b::text FROM unnest($1::uuid[], $2::uuid[]) AS p(a, b)
       WHERE EXISTS (SELECT 1 FROM claim_relations r
                     WHERE (r.subject_claim_id = p.a AND r.object_claim_id = p.b) OR (r.subject_claim_id = p.b AND r.object_claim_id = p.a))`,
      [pairs.map((pair) => pair.subjectClaimId), pairs.map((pair) => pair.objectClaimId)],
    );
    return new Set(rows.map((row) => `${row.a}:${row.b}`));
  },

  insert: async (sql: SqlClient, proposals: (Proposal & { id: string })[]): Promise<number> => {
    if (proposals.length === 0) return 0;
    const rows = await sql.query<{ id: string }>(
      `INSERT INTO claim_relations (id, type, subject_claim_id, object_claim_id, status, origin, evidence, updated_at)
       SELECT p.id, p.type, p.subject, p.object, 'proposed', 'pipeline', p.evidence, now()
       FROM unnest($1::uuid[], $2::claim_relation_type[], $3::uuid[], $4::uuid[], $5::jsonb[]) AS p(id, type, subject, object, evidence)
       ON CONFLICT (type, subject_claim_id, object_claim_id) DO NOTHING
       RETURNING id::text`,
      [
        proposals.map((proposal) => proposal.id),
        proposals.map((proposal) => proposal.type),
        proposals.map((proposal) => proposal.subjectClaimId),
        proposals.map((proposal) => proposal.objectClaimId),
        proposals.map((proposal) => JSON.stringify(proposal.evidence)),
      ],
    );
    return rows.length;
  },
};
