// The ingest pipeline's claim relation proposals for newly stored claims (the rules: relation-proposals.ts), run in
// the transaction that stores them — by the ingest store for every batch, and by the seed for the fixture.
import { uuidv7 } from 'uuidv7';
import type { SqlClient } from '../../../db/transaction.ts';
import { proposeSupportsAndUpdates } from '../../claim-relations/rules-supports-updates.repository.ts';
import { quantityKind } from './quantity-kind.ts';
import { relationProposalRepository as proposals } from './relation-proposals.repository.ts';
import { type CandidatePair, type ClaimFacts, proposeRelations } from './relation-proposals.ts';

/** Proposes relations between the new claims and the stored ones (and among the new ones); returns how many. */
export async function proposeClaimRelations(sql: SqlClient, claimIds: readonly string[]): Promise<number> {
  if (claimIds.length === 0) return 0;
  const ids = [...claimIds];
  const subject = await proposals.sameSubjectQuantities(sql, ids);
  // The directed rules first: a pair they relate (an update) is then not proposed by the symmetric rules below.
  const directed = await proposeSupportsAndUpdates(
    sql,
    subject.filter((pair) => pair.directed),
    quantityKind,
  );
  const pairs: CandidatePair[] = [
    ...(await proposals.sameQuote(sql, ids)),
    ...(await proposals.sameText(sql, ids)),
    ...(await proposals.sameLineage(sql, ids)),
    ...subject.map(({ via, a, b }) => ({ via, a, b })),
  ];
  if (pairs.length === 0) return directed;
  const involved = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const facts = new Map<string, ClaimFacts>((await proposals.facts(sql, involved)).map((fact) => [fact.id, fact]));
  const proposed = proposeRelations(pairs, facts);
  const related = await proposals.relatedPairs(sql, proposed);
  return (
    directed +
    (await proposals.insert(
      sql,
      proposed
        .filter((proposal) => !related.has(`${proposal.subjectClaimId}:${proposal.objectClaimId}`))
        .map((proposal) => ({ ...proposal, id: uuidv7() })),
    ))
  );
}
