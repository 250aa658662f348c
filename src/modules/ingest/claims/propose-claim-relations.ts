// The ingest pipeline's claim relation proposals for newly stored claims (the rules: relation-proposals.ts and
// claim-relations' rules-supports-updates.ts), run in the transaction that stores them — by the ingest store for every
// batch, and by the seed for the fixture. Two statements: one lookup, one insert (relation-proposals.repository.ts).
import { uuidv7 } from 'uuidv7';
import type { SqlClient } from '../../../db/transaction.ts';
import { proposeDirected } from '../../claim-relations/rules-supports-updates.ts';
import { quantityKind } from './quantity-kind.ts';
import { pairKey, relationProposalRepository as proposals } from './relation-proposals.repository.ts';
import { proposeRelations } from './relation-proposals.ts';

/** Proposes relations between the new claims and the stored ones (and among the new ones); returns how many. */
export async function proposeClaimRelations(sql: SqlClient, claimIds: readonly string[]): Promise<number> {
  if (claimIds.length === 0) return 0;
  const { pairs, related, facts, quantityFacts } = await proposals.lookup(sql, [...claimIds]);
  if (pairs.length === 0) return 0;
  const unrelated = <P extends { subjectClaimId: string; objectClaimId: string }>(proposal: P) =>
    !related.has(pairKey(proposal.subjectClaimId, proposal.objectClaimId));
  // The directed rules first: a pair they relate (an update) is then not proposed by the symmetric rules.
  const directed = proposeDirected(
    pairs.filter((pair) => pair.via === 'subject' && pair.directed),
    quantityFacts,
    quantityKind,
  ).filter(unrelated);
  const relatedNow = new Set(directed.map((proposal) => pairKey(proposal.subjectClaimId, proposal.objectClaimId)));
  const symmetric = proposeRelations(pairs, facts).filter(
    (proposal) => unrelated(proposal) && !relatedNow.has(pairKey(proposal.subjectClaimId, proposal.objectClaimId)),
  );
  return proposals.insert(
    sql,
    [...directed, ...symmetric].map((proposal) => ({ ...proposal, id: uuidv7() })),
  );
}
