// The claim relations the ingest pipeline proposes for newly stored claims, each with the evidence that made it
// propose it. Pure rules over candidate pairs the repository found by indexed lookups (relation-proposals.repository.ts):
//
//   same_quote      the same direct quote (normalised: case, accents, punctuation aside) in another article → repeats
//   same_text       the same claim in another article: in the same language, the same normalised text (the
//                   lookup is a hash probe; the rule would take pg_trgm similarity ≥ 0.8, but a trigram search per
//                   claim is too costly at ingest) and the same numbers written; across languages (no lexical overlap to measure), a claim of an article in the
//                   same lineage (original, republication or translation) of the same kind, sharing at least two
//                   subject entities with a Jaccard index ≥ 0.5 and writing the same numbers → repeats
//   quantity        two quantity claims with the same kind of quantity (quantity-kind.ts) about a shared subject and
//                   with different values: by the same claimant → quantifies_differently (a claimant giving two figures
//                   usually means two periods or scopes, which a reviewer tells apart); by different claimants about
//                   the same things (subject Jaccard index ≥ 0.5), when no number satisfies both (bounds considered:
//                   "more than 3,500" against "about 1,200") → contradicts
//
// A pair gets at most one proposal (the first rule that fires, in the order above), and none when any relation
// between the two claims is already stored — so a proposal a reviewer rejected is never proposed again.

import type { QuantityBound } from './claims-extractor.ts';
import { intervalOf, numbersIn, overlaps, quantityKind } from './quantity-kind.ts';

export type ProposalType = 'repeats' | 'contradicts' | 'quantifies_differently';

/** What the rules read of a claim. */
export type ClaimFacts = {
  id: string;
  articleId: string;
  language: string;
  text: string;
  kind: string;
  claimant: { type: 'entity' | 'source'; id: string };
  subjectIds: string[];
  value: number | null;
  unit: string | null;
  bound: QuantityBound | null;
};

/** A candidate pair and how it was found. */
export type CandidatePair =
  | { via: 'quote'; a: string; b: string; quote: string }
  | { via: 'text'; a: string; b: string; similarity: number }
  | { via: 'lineage'; a: string; b: string; similarity: number }
  | { via: 'subject'; a: string; b: string };

export type Proposal = {
  type: ProposalType;
  subjectClaimId: string;
  objectClaimId: string;
  evidence: Record<string, unknown>;
};

export const sameTextSimilarity = 0.8;
const crossLanguageJaccard = 0.5;
/** Claims by different claimants contradict only when they are about the same things, not merely one of them. */
const contradictionJaccard = 0.5;

const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** Distinct values of a short list (a claim has a few subjects: a scan beats building a Set for each of ~10k pairs). */
function distinctCount(ids: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < ids.length; index++) if (ids.indexOf(ids[index]!) === index) count += 1;
  return count;
}

function sharedSubjects(a: ClaimFacts, b: ClaimFacts) {
  const shared = b.subjectIds.filter((id) => a.subjectIds.includes(id));
  // |a ∪ b|: a's distinct subjects and b's distinct ones that a lacks.
  let union = distinctCount(a.subjectIds);
  for (let index = 0; index < b.subjectIds.length; index++) {
    const id = b.subjectIds[index]!;
    if (b.subjectIds.indexOf(id) === index && !a.subjectIds.includes(id)) union += 1;
  }
  return { shared, jaccard: union === 0 ? 0 : shared.length / union };
}

const sameClaimant = (a: ClaimFacts, b: ClaimFacts) =>
  a.claimant.type === b.claimant.type && a.claimant.id === b.claimant.id;

function sameNumbers(a: ClaimFacts, b: ClaimFacts): boolean {
  const left = numbersIn(a.text);
  const right = numbersIn(b.text);
  return left.length === right.length && left.every((number, index) => number === right[index]);
}

/** The rule a candidate pair satisfies, if any. */
export function judgePair(
  pair: CandidatePair,
  a: ClaimFacts,
  b: ClaimFacts,
): Omit<Proposal, 'subjectClaimId' | 'objectClaimId'> | null {
  if (a.articleId === b.articleId) return null;
  if (pair.via === 'quote') return { type: 'repeats', evidence: { rule: 'same_quote', quote: pair.quote } };
  if (
    pair.via === 'text' &&
    pair.similarity >= sameTextSimilarity &&
    primaryLanguage(a.language) === primaryLanguage(b.language) &&
    sameNumbers(a, b)
  )
    return {
      type: 'repeats',
      evidence: { rule: 'same_text', similarity: round(pair.similarity), language: primaryLanguage(a.language) },
    };
  if (pair.via === 'lineage' && primaryLanguage(a.language) !== primaryLanguage(b.language) && a.kind === b.kind) {
    const { shared, jaccard } = sharedSubjects(a, b);
    if (shared.length >= 2 && jaccard >= crossLanguageJaccard && sameNumbers(a, b))
      return {
        type: 'repeats',
        evidence: {
          rule: 'same_text',
          languages: [primaryLanguage(a.language), primaryLanguage(b.language)],
          lineage: true,
          sharedSubjectIds: shared,
          subjectJaccard: round(jaccard),
          numbers: numbersIn(a.text),
          similarity: round(pair.similarity),
        },
      };
  }
  if (a.value === null || b.value === null || a.value === b.value) return null;
  const kind = quantityKind(a.unit);
  if (kind === null || kind !== quantityKind(b.unit)) return null;
  const { shared, jaccard } = sharedSubjects(a, b);
  if (shared.length === 0) return null;
  const evidence = () => ({
    rule: 'quantity',
    unitKind: kind,
    values: [a.value, b.value],
    bounds: [a.bound ?? 'exact', b.bound ?? 'exact'],
    sharedSubjectIds: shared,
  });
  if (sameClaimant(a, b))
    return { type: 'quantifies_differently', evidence: { ...evidence(), sameClaimant: true, claimant: a.claimant } };
  if (jaccard >= contradictionJaccard && !overlaps(intervalOf(a.value, a.bound), intervalOf(b.value, b.bound)))
    return {
      type: 'contradicts',
      evidence: { ...evidence(), sameClaimant: false, claimants: [a.claimant, b.claimant] },
    };
  return null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** One proposal per pair (the first rule that fires), the pair in its stored order (all three types are symmetric). */
export function proposeRelations(pairs: readonly CandidatePair[], facts: ReadonlyMap<string, ClaimFacts>): Proposal[] {
  // The lookups in this order (a stable grouping by `via`, without copying and sorting ~10k pairs per batch). Pairs
  // are keyed by subject, then object: a "subject:object" string built and hashed per pair took 17–25 ms of CPU per
  // batch of the bench import against 11.5 (bench/ingest-results.md, session 25).
  const byPair = new Map<string, Map<string, Proposal>>();
  const proposals: Proposal[] = [];
  for (const via of ['quote', 'text', 'lineage', 'subject'] as const)
    for (const pair of pairs) {
      if (pair.via !== via || pair.a === pair.b) continue;
      const forward = pair.a < pair.b;
      const subjectClaimId = forward ? pair.a : pair.b;
      const objectClaimId = forward ? pair.b : pair.a;
      let objects = byPair.get(subjectClaimId);
      if (objects?.has(objectClaimId)) continue;
      const a = facts.get(subjectClaimId);
      const b = facts.get(objectClaimId);
      if (!a || !b) continue;
      const verdict = judgePair(pair, a, b);
      if (!verdict) continue;
      const proposal = { ...verdict, subjectClaimId, objectClaimId };
      if (!objects) {
        objects = new Map();
        byPair.set(subjectClaimId, objects);
      }
      objects.set(objectClaimId, proposal);
      proposals.push(proposal);
    }
  return proposals;
}
