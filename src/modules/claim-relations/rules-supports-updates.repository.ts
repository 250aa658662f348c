// The SQL behind the `supports` / `updates` proposals (rules-supports-updates.ts has the rules), and the entry point
// the pipeline calls for newly stored claims. Runs inside the caller's transaction through a plain SqlClient; the
// candidates are the pipeline's same-subject lookup (an index probe per new claim, never a scan), shared with the
// symmetric rules.
import { uuidv7 } from 'uuidv7';
import type { SqlClient } from '../../db/transaction.ts';
import {
  type DirectedProposal,
  proposeDirected,
  type QuantityClaimFacts,
  type QuantityKindOf,
} from './rules-supports-updates.ts';

type FactsRow = {
  id: string;
  article_id: string;
  lineage_root_id: string;
  claimant_entity_id: string | null;
  claimant_source_id: string | null;
  subject_ids: string[];
  value: number;
  unit: string | null;
  bound: string | null;
  normalised_text: string;
  published_at: Date | null;
};

const toFacts = (row: FactsRow): QuantityClaimFacts => ({
  id: row.id,
  articleId: row.article_id,
  lineageRootId: row.lineage_root_id,
  claimant: row.claimant_entity_id
    ? { type: 'entity', id: row.claimant_entity_id }
    : { type: 'source', id: row.claimant_source_id ?? '' },
  subjectIds: row.subject_ids,
  value: row.value,
  unit: row.unit,
  bound: row.bound,
  normalisedText: row.normalised_text,
  publishedAt: row.published_at ? row.published_at.toISOString() : null,
});

export const directedProposalRepository = {
  facts: async (sql: SqlClient, ids: string[]): Promise<QuantityClaimFacts[]> =>
    (
      await sql.query<FactsRow>(
        `SELECT c.id::text, c.article_id::text, coalesce(a.original_id, a.duplicate_of_id, a.id)::text AS lineage_root_id,
                c.claimant_entity_id::text, c.claimant_source_id::text,
                coalesce((SELECT array_agg(s.entity_id::text ORDER BY s.entity_id) FROM claim_subjects s WHERE s.claim_id = c.id), '{}') AS subject_ids,
                c.value, c.unit, c.bound::text AS bound, meridian_claim_match_text(c.text) AS normalised_text, a.published_at
         FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.id = ANY($1::uuid[]) AND c.value IS NOT NULL`,
        [ids],
      )
    ).map(toFacts),

  /** The pairs (unordered) that already have a relation of any type, as "a:b" with a < b. */
  relatedPairs: async (sql: SqlClient, proposals: DirectedProposal[]): Promise<Set<string>> => {
    if (proposals.length === 0) return new Set();
    const rows = await sql.query<{ a: string; b: string }>(
      `SELECT least(p.a, p.b)::text AS a, greatest(p.a, p.b)::text AS b FROM unnest($1::uuid[], $2::uuid[]) AS p(a, b)
       WHERE EXISTS (SELECT 1 FROM claim_relations r
                     WHERE (r.subject_claim_id = p.a AND r.object_claim_id = p.b) OR (r.subject_claim_id = p.b AND r.object_claim_id = p.a))`,
      [proposals.map((proposal) => proposal.subjectClaimId), proposals.map((proposal) => proposal.objectClaimId)],
    );
    return new Set(rows.map((row) => `${row.a}:${row.b}`));
  },

  insert: async (sql: SqlClient, proposals: DirectedProposal[]): Promise<number> => {
    if (proposals.length === 0) return 0;
    const rows = await sql.query<{ id: string }>(
      `INSERT INTO claim_relations (id, type, subject_claim_id, object_claim_id, status, origin, evidence, updated_at)
       SELECT p.id, p.type, p.subject, p.object, 'proposed', 'pipeline', p.evidence, now()
       FROM unnest($1::uuid[], $2::claim_relation_type[], $3::uuid[], $4::uuid[], $5::jsonb[]) AS p(id, type, subject, object, evidence)
       ON CONFLICT (type, subject_claim_id, object_claim_id) DO NOTHING
       RETURNING id::text`,
      [
        proposals.map(() => uuidv7()),
        proposals.map((proposal) => proposal.type),
        proposals.map((proposal) => proposal.subjectClaimId),
        proposals.map((proposal) => proposal.objectClaimId),
        proposals.map((proposal) => JSON.stringify(proposal.evidence)),
      ],
    );
    return rows.length;
  },
};

const pairKey = (proposal: DirectedProposal) =>
  proposal.subjectClaimId < proposal.objectClaimId
    ? `${proposal.subjectClaimId}:${proposal.objectClaimId}`
    : `${proposal.objectClaimId}:${proposal.subjectClaimId}`;

/**
 * Proposes `updates` and `supports` between new quantity claims and stored ones; returns how many. `pairs` (new claim
 * `a`, stored claim `b`) are the same-subject candidates a rule could relate — the same value or the same claimant —
 * from the pipeline's one same-subject lookup (relation-proposals.repository.ts, `sameSubjectQuantities`). Called
 * before the symmetric rules, so that a pair one claimant dated apart is an update rather than `quantifies_differently`.
 */
export async function proposeSupportsAndUpdates(
  sql: SqlClient,
  pairs: readonly { a: string; b: string }[],
  quantityKind: QuantityKindOf,
): Promise<number> {
  if (pairs.length === 0) return 0;
  const involved = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const facts = new Map((await directedProposalRepository.facts(sql, involved)).map((fact) => [fact.id, fact]));
  const proposed = proposeDirected(pairs, facts, quantityKind);
  const related = await directedProposalRepository.relatedPairs(sql, proposed);
  return directedProposalRepository.insert(
    sql,
    proposed.filter((proposal) => !related.has(pairKey(proposal))),
  );
}
