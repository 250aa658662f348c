// The SQL behind the pipeline's claim relation proposals (relation-proposals.ts and claim-relations'
// rules-supports-updates.ts have the rules): one statement reads everything the rules need — the candidate pairs, each
// found by an index probe per new claim (never a scan of all claims), the relations those claims already have, and the
// facts of every claim in a pair — and one statement inserts what they propose. Runs inside the caller's transaction
// (the ingest batch, or the seed), through a plain SqlClient.
//
// Two statements instead of ten round trips per batch (four lookups, the facts twice, the existing relations twice,
// two inserts, each sending the batch's claim ids or pairs again): bench/ingest-results.md, session 25.
import type { SqlClient } from '../../../db/transaction.ts';
import type { DirectedProposal, QuantityClaimFacts } from '../../claim-relations/rules-supports-updates.ts';
import type { CandidatePair, ClaimFacts, Proposal } from './relation-proposals.ts';

/**
 * At most this many candidates per new claim and lookup, the most recent claims first (uuid v7 ids follow time). A
 * bulk import of templated wire copy made every quantity claim about a common subject a candidate of the others: at 200
 * the proposals and their inserts tripled the database time per article; the most recent 20 keep the recent
 * repetitions and contradictions a reviewer wants to see.
 */
export const candidatesPerLookup = 20;

/** A candidate pair; `directed` marks the same-subject pairs the `supports`/`updates` rules can relate. */
export type FoundPair = CandidatePair & { directed: boolean };

export type ProposalInputs = {
  pairs: FoundPair[];
  /** Pairs of claims that already have a relation of any type, either way round, as "a:b" with a < b. */
  related: Set<string>;
  /** What the symmetric rules read of every claim in a pair. */
  facts: Map<string, ClaimFacts>;
  /** What the directed rules read of every quantity claim in a directed pair. */
  quantityFacts: Map<string, QuantityClaimFacts>;
};

type LookupRow = {
  row: 'pair' | 'related' | 'facts';
  via: CandidatePair['via'] | null;
  a: string;
  b: string | null;
  quote: string | null;
  similarity: number | null;
  directed: boolean | null;
  article_id: string | null;
  language: string | null;
  text: string | null;
  kind: string | null;
  claimant_entity_id: string | null;
  claimant_source_id: string | null;
  subject_ids: string[] | null;
  value: number | null;
  unit: string | null;
  bound: string | null;
  lineage_root_id: string | null;
  normalised_text: string | null;
  published_at: Date | null;
};

export const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

function toPair(row: LookupRow): FoundPair {
  const directed = row.directed === true;
  switch (row.via) {
    case 'quote':
      return { via: 'quote', a: row.a, b: row.b!, quote: row.quote!, directed };
    case 'text':
      return { via: 'text', a: row.a, b: row.b!, similarity: 1, directed };
    case 'lineage':
      return { via: 'lineage', a: row.a, b: row.b!, similarity: row.similarity!, directed };
    default:
      return { via: 'subject', a: row.a, b: row.b!, directed };
  }
}

function toFacts(row: LookupRow): ClaimFacts {
  return {
    id: row.a,
    articleId: row.article_id!,
    language: row.language!,
    text: row.text!,
    kind: row.kind!,
    claimant: row.claimant_entity_id
      ? { type: 'entity', id: row.claimant_entity_id }
      : { type: 'source', id: row.claimant_source_id ?? '' },
    subjectIds: row.subject_ids ?? [],
    value: row.value,
    unit: row.unit,
    bound: row.bound as ClaimFacts['bound'],
  };
}

function toQuantityFacts(row: LookupRow, facts: ClaimFacts): QuantityClaimFacts {
  return {
    id: facts.id,
    articleId: facts.articleId,
    lineageRootId: row.lineage_root_id!,
    claimant: facts.claimant,
    subjectIds: facts.subjectIds,
    value: row.value!,
    unit: row.unit,
    bound: row.bound,
    normalisedText: row.normalised_text!,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
  };
}

// The lookups, as they were when each was a statement of its own (the same candidates, the same limits):
//   same quote    each distinct normalised quote of the batch probed once (the hash index on the normalised quote)
//                 and its matches shared by the claims that carry it — templated wire copy repeats quotes (336 → 52 ms
//                 for the last 1,200 claims of the bench import, session 22); the 20 most recent in another article
//   same text     the same text once normalised (case, accents, punctuation and spacing aside): a probe of the hash
//                 index on the normalised text. Not a trigram search: on templated wire copy its candidates run to
//                 tens of thousands of rows per claim; /v1/claims/{id}/similar finds near-identical wording on demand
//   same lineage  claims of the articles in the same lineage (original, derivatives, siblings) in another language
//   same subject  quantity claims about a subject of a new quantity claim, in other articles: the 20 most recent per
//                 subject (claim_subjects' (entity_id, claim_id) index); `directed`: the same value or the same
//                 claimant, the pairs the supports/updates rules can relate
// then the relations the new claims already have (their subject and object indexes), and the facts of every claim
// in a pair (the lineage root, normalised text and publication time only for the directed rules' quantity claims).
// Each step reads by index (LATERAL … OFFSET 0 keeps the probes as nested loops whatever the statistics say: on a
// freshly imported table the planner hashed scans of all claims and articles for the facts instead).
const lookupSql = `
  WITH n AS MATERIALIZED (
    SELECT c.id, c.article_id, c.text, c.quote, c.value, c.claimant_entity_id, c.claimant_source_id
    FROM claims c WHERE c.id = ANY($1::uuid[])
  ),
  quote_keys AS MATERIALIZED (
    SELECT n.id, n.article_id, n.quote, meridian_claim_match_text(n.quote) AS key FROM n WHERE n.quote IS NOT NULL
  ),
  quote_found AS MATERIALIZED (
    SELECT k.key, c.id, c.article_id
    FROM (SELECT DISTINCT q.key FROM quote_keys q WHERE q.key <> '') k
    CROSS JOIN LATERAL (
      SELECT c.id, c.article_id FROM claims c
      WHERE c.quote IS NOT NULL AND meridian_claim_match_text(c.quote) = k.key
      OFFSET 0) c
  ),
  quote_ranked AS (
    SELECT q.id AS a, f.id AS b, q.quote, row_number() OVER (PARTITION BY q.id ORDER BY f.id DESC) AS rank
    FROM quote_keys q JOIN quote_found f ON f.key = q.key AND f.article_id <> q.article_id
  ),
  same_text AS MATERIALIZED (
    SELECT n.id AS a, m.id AS b
    FROM (SELECT n.id, n.article_id, meridian_claim_match_text(n.text) AS key FROM n) n
    CROSS JOIN LATERAL (
      SELECT c.id FROM claims c
      WHERE meridian_claim_match_text(c.text) = n.key AND c.article_id <> n.article_id
      ORDER BY c.id DESC LIMIT ${candidatesPerLookup}) m
    WHERE n.key <> ''
  ),
  same_lineage AS MATERIALIZED (
    SELECT n.id AS a, m.id AS b, m.similarity
    FROM n
    CROSS JOIN LATERAL (SELECT na.id, na.language, na.original_id FROM articles na WHERE na.id = n.article_id OFFSET 0) na
    CROSS JOIN LATERAL (
      SELECT c.id, similarity(meridian_claim_match_text(c.text), meridian_claim_match_text(n.text))::float8 AS similarity
      FROM articles ca
      CROSS JOIN LATERAL (SELECT c.id, c.text FROM claims c WHERE c.article_id = ca.id OFFSET 0) c
      WHERE ca.id <> na.id AND ca.language <> na.language
        AND (ca.id = na.original_id OR ca.original_id = na.id OR (na.original_id IS NOT NULL AND ca.original_id = na.original_id))
      ORDER BY c.id DESC LIMIT ${candidatesPerLookup}) m
  ),
  same_subject AS MATERIALIZED (
    SELECT DISTINCT n.id AS a, m.claim_id AS b,
           (m.value = n.value OR (m.claimant_entity_id IS NOT DISTINCT FROM n.claimant_entity_id
                                  AND m.claimant_source_id IS NOT DISTINCT FROM n.claimant_source_id)) AS directed
    FROM n
    CROSS JOIN LATERAL (SELECT ns.entity_id FROM claim_subjects ns WHERE ns.claim_id = n.id OFFSET 0) ns
    CROSS JOIN LATERAL (
      SELECT s.claim_id, c.value, c.claimant_entity_id, c.claimant_source_id
      FROM claim_subjects s JOIN claims c ON c.id = s.claim_id
      WHERE s.entity_id = ns.entity_id AND s.claim_id <> n.id AND c.value IS NOT NULL AND c.article_id <> n.article_id
      ORDER BY s.claim_id DESC LIMIT ${candidatesPerLookup}) m
    WHERE n.value IS NOT NULL
  ),
  pairs AS MATERIALIZED (
    SELECT 'quote' AS via, r.a, r.b, r.quote, NULL::float8 AS similarity, false AS directed
    FROM quote_ranked r WHERE r.rank <= ${candidatesPerLookup}
    UNION ALL SELECT 'text', t.a, t.b, NULL, NULL, false FROM same_text t
    UNION ALL SELECT 'lineage', l.a, l.b, NULL, l.similarity, false FROM same_lineage l
    UNION ALL SELECT 'subject', s.a, s.b, NULL, NULL, s.directed FROM same_subject s
  ),
  involved AS (SELECT p.a AS id FROM pairs p UNION SELECT p.b FROM pairs p),
  quantity AS (SELECT s.a AS id FROM same_subject s WHERE s.directed UNION SELECT s.b FROM same_subject s WHERE s.directed)
  SELECT 'pair' AS row, p.via, p.a::text, p.b::text, p.quote, p.similarity, p.directed,
         NULL AS article_id, NULL AS language, NULL AS text, NULL AS kind, NULL AS claimant_entity_id,
         NULL AS claimant_source_id, NULL::text[] AS subject_ids, NULL::float8 AS value, NULL AS unit, NULL AS bound,
         NULL AS lineage_root_id, NULL AS normalised_text, NULL::timestamptz AS published_at
  FROM pairs p
  UNION ALL
  SELECT 'related', NULL, r.subject_claim_id::text, r.object_claim_id::text, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM n CROSS JOIN LATERAL (
    SELECT r.subject_claim_id, r.object_claim_id FROM claim_relations r WHERE r.subject_claim_id = n.id
    UNION ALL
    SELECT r.subject_claim_id, r.object_claim_id FROM claim_relations r WHERE r.object_claim_id = n.id) r
  UNION ALL
  SELECT 'facts', NULL, c.id::text, NULL, NULL, NULL, NULL,
         c.article_id::text, a.language, c.text, c.kind::text, c.claimant_entity_id::text, c.claimant_source_id::text,
         coalesce((SELECT array_agg(s.entity_id::text ORDER BY s.entity_id) FROM claim_subjects s WHERE s.claim_id = c.id), '{}'),
         c.value, c.unit, c.bound::text,
         CASE WHEN q.id IS NOT NULL THEN coalesce(a.original_id, a.duplicate_of_id, a.id)::text END,
         CASE WHEN q.id IS NOT NULL THEN meridian_claim_match_text(c.text) END,
         CASE WHEN q.id IS NOT NULL THEN a.published_at END
  FROM involved i
  CROSS JOIN LATERAL (SELECT c.* FROM claims c WHERE c.id = i.id OFFSET 0) c
  CROSS JOIN LATERAL (
    SELECT a.language, a.original_id, a.duplicate_of_id, a.published_at, a.id FROM articles a WHERE a.id = c.article_id
    OFFSET 0) a
  LEFT JOIN quantity q ON q.id = i.id`;

export const relationProposalRepository = {
  /** The candidate pairs of these new claims, the relations they already have, and the facts the rules read. */
  lookup: async (sql: SqlClient, ids: string[]): Promise<ProposalInputs> => {
    const inputs: ProposalInputs = { pairs: [], related: new Set(), facts: new Map(), quantityFacts: new Map() };
    for (const row of await sql.query<LookupRow>(lookupSql, [ids])) {
      if (row.row === 'pair') inputs.pairs.push(toPair(row));
      else if (row.row === 'related') inputs.related.add(pairKey(row.a, row.b!));
      else {
        const facts = toFacts(row);
        inputs.facts.set(facts.id, facts);
        if (row.lineage_root_id !== null && row.value !== null)
          inputs.quantityFacts.set(facts.id, toQuantityFacts(row, facts));
      }
    }
    return inputs;
  },

  /**
   * The proposals as one JSON document (one JSON.stringify, instead of an array literal of ~2,000 JSON strings that the
   * driver escapes one by one); returns how many were inserted, counted in the statement rather than read back.
   */
  insert: async (sql: SqlClient, proposals: ((Proposal | DirectedProposal) & { id: string })[]): Promise<number> => {
    if (proposals.length === 0) return 0;
    const rows = await sql.query<{ inserted: number }>(
      `WITH inserted AS (
         INSERT INTO claim_relations (id, type, subject_claim_id, object_claim_id, status, origin, evidence, updated_at)
         SELECT p.id, p.type, p.subject, p.object, 'proposed', 'pipeline', p.evidence, now()
         FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, type claim_relation_type, subject uuid, object uuid, evidence jsonb)
         ON CONFLICT (type, subject_claim_id, object_claim_id) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS inserted FROM inserted`,
      [
        JSON.stringify(
          proposals.map((proposal) => ({
            id: proposal.id,
            type: proposal.type,
            subject: proposal.subjectClaimId,
            object: proposal.objectClaimId,
            evidence: proposal.evidence,
          })),
        ),
      ],
    );
    return rows[0]?.inserted ?? 0;
  },
};
