// The two directed claim relations the ingest pipeline proposes where the evidence is plain: `updates` and `supports`.
// Pure rules over the facts of a pair of quantity claims found by the pipeline's indexed same-subject lookup
// (ingest/claims/relation-proposals.repository.ts, which also reads the facts and inserts the proposals, in the
// statements of the symmetric rules in ingest/claims/relation-proposals.ts).
//
// Both read a quantity claim as a normalised statement: the kind of quantity its unit counts (ingest's quantityKind:
// "soldados" and "troops" are both `soldier`), its value and bound ("more than 3,500"), and the entities it is about.
// Two claims are about the same things when their subject sets share at least one entity with a Jaccard index
// ≥ 0.5 (as for `contradicts`).
//
//   updates   the same claimant (the same entity, or the same outlet speaking for itself), the same kind of quantity
//             about the same things, a different value, and publication dates on different days (UTC): the later
//             claim updates the earlier (subject = later). On the same day, or when either date is unknown, two
//             figures from one claimant stay `quantifies_differently` (two scopes or periods, for a reviewer).
//   supports  different claimants stating the same quantity — same kind, same value, same bound — about the same
//             things, in independent articles: not in one lineage (neither republishes or translates the other, nor
//             do both derive from one original, nor is one a duplicate) and not with the same normalised text
//             (identical sentences are copy: the `same_text` rule's `repeats`). The later claim supports the
//             earlier (subject = later; by publication time, then by id when a date is missing or equal).
//
// Claims of one article never relate. A pair already related in any way is not proposed again (the caller checks).

// The kind of quantity a unit counts is the ingest pipeline's (ingest/claims/quantity-kind.ts), passed in by the
// caller: ingest calls these rules, so importing from it here would make the two modules import each other.
export type QuantityKindOf = (unit: string | null) => string | null;

/** How a value bounds the quantity (the claims' `bound` column: exact, more_than, approximately, …). */
type QuantityBound = string;

export type DirectedProposalType = 'supports' | 'updates';

/** What the rules read of a quantity claim and of its article. */
export type QuantityClaimFacts = {
  id: string;
  articleId: string;
  /** The article's lineage: its original (or the article it duplicates), else itself. */
  lineageRootId: string;
  claimant: { type: 'entity' | 'source'; id: string };
  subjectIds: readonly string[];
  value: number;
  unit: string | null;
  bound: QuantityBound | null;
  /** The claim's text normalised (case, accents, punctuation aside: meridian_claim_match_text). */
  normalisedText: string;
  /** The article's publication time (ISO 8601), null when unknown. */
  publishedAt: string | null;
};

export type DirectedProposal = {
  type: DirectedProposalType;
  subjectClaimId: string;
  objectClaimId: string;
  evidence: Record<string, unknown>;
};

/** Claims are about the same things when their subjects overlap this much (as for `contradicts`). */
export const sameThingsJaccard = 0.5;

const round = (value: number) => Math.round(value * 1000) / 1000;

function sharedSubjects(a: QuantityClaimFacts, b: QuantityClaimFacts) {
  const left = new Set(a.subjectIds);
  const shared = [...new Set(b.subjectIds)].filter((id) => left.has(id)).sort();
  const union = new Set([...a.subjectIds, ...b.subjectIds]).size;
  return { shared, jaccard: union === 0 ? 0 : shared.length / union };
}

const sameClaimant = (a: QuantityClaimFacts, b: QuantityClaimFacts) =>
  a.claimant.type === b.claimant.type && a.claimant.id === b.claimant.id;

const day = (time: string) => time.slice(0, 10);

/** The pair in time order, earlier first: by publication time, then by id (uuid v7 ids follow storage time). */
function inTimeOrder(a: QuantityClaimFacts, b: QuantityClaimFacts): [QuantityClaimFacts, QuantityClaimFacts] {
  if (a.publishedAt && b.publishedAt && a.publishedAt !== b.publishedAt)
    return Date.parse(a.publishedAt) < Date.parse(b.publishedAt) ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

const statement = (claim: QuantityClaimFacts) => ({
  claimId: claim.id,
  value: claim.value,
  bound: claim.bound ?? 'exact',
  publishedAt: claim.publishedAt,
});

/** The directed relation a pair of quantity claims plainly has, if any. */
export function judgeDirectedPair(
  a: QuantityClaimFacts,
  b: QuantityClaimFacts,
  quantityKind: QuantityKindOf,
): DirectedProposal | null {
  if (a.id === b.id || a.articleId === b.articleId) return null;
  const kind = quantityKind(a.unit);
  if (kind === null || kind !== quantityKind(b.unit)) return null;
  const { shared, jaccard } = sharedSubjects(a, b);
  if (shared.length === 0 || jaccard < sameThingsJaccard) return null;
  const [earlier, later] = inTimeOrder(a, b);
  const common = { unitKind: kind, sharedSubjectIds: shared, subjectJaccard: round(jaccard) };

  if (sameClaimant(a, b)) {
    if (a.value === b.value || !a.publishedAt || !b.publishedAt || day(a.publishedAt) === day(b.publishedAt))
      return null;
    return {
      type: 'updates',
      subjectClaimId: later.id,
      objectClaimId: earlier.id,
      evidence: {
        rule: 'quantity_update',
        ...common,
        claimant: a.claimant,
        previous: statement(earlier),
        current: statement(later),
      },
    };
  }

  const sameStatement = a.value === b.value && (a.bound ?? 'exact') === (b.bound ?? 'exact');
  const independent = a.lineageRootId !== b.lineageRootId && a.normalisedText !== b.normalisedText;
  if (!sameStatement || !independent) return null;
  return {
    type: 'supports',
    subjectClaimId: later.id,
    objectClaimId: earlier.id,
    evidence: {
      rule: 'same_quantity',
      ...common,
      value: a.value,
      bound: a.bound ?? 'exact',
      claimants: [later.claimant, earlier.claimant],
    },
  };
}

/** One proposal per unordered pair of claims. */
export function proposeDirected(
  pairs: readonly { a: string; b: string }[],
  facts: ReadonlyMap<string, QuantityClaimFacts>,
  quantityKind: QuantityKindOf,
): DirectedProposal[] {
  const byPair = new Map<string, DirectedProposal>();
  for (const pair of pairs) {
    const key = pair.a < pair.b ? `${pair.a}:${pair.b}` : `${pair.b}:${pair.a}`;
    if (byPair.has(key)) continue;
    const a = facts.get(pair.a);
    const b = facts.get(pair.b);
    if (!a || !b) continue;
    const verdict = judgeDirectedPair(a, b, quantityKind);
    if (verdict) byPair.set(key, verdict);
  }
  return [...byPair.values()];
}
