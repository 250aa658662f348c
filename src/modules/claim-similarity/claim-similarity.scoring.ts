// How similar two claims are, from features the repository measures (claim-similarity.repository.ts): lexical
// (pg_trgm similarity of the normalised texts; overlap of the stemmed words, both stemmed in the candidate's language),
// structural and language-independent (shared subject entities, the same claimant, the same numbers). Pure.
//
//   score = Σ weight × feature / Σ weights of the features that apply
//   lexical  0.40  max(trigram, stems)
//   subjects 0.30  Jaccard index of the subject entity sets (applies when the query names subjects)
//   claimant 0.10  1 when the claimant is the same (applies when the query has a claimant)
//   numbers  0.20  Jaccard index of the numbers written (applies when either text writes a number)
//
// A paraphrase in another language shares little text but its subjects, claimant and numbers, so it still scores
// (the fixture's Spanish and English claims of the same sentence: about 0.6); unrelated claims about the same
// entities share subjects only (about 0.3).

export const weights = { lexical: 0.4, subjects: 0.3, claimant: 0.1, numbers: 0.2 } as const;

export type SimilarityQuery = {
  subjectIds: readonly string[];
  claimant: { type: 'entity' | 'source'; id: string } | null;
  numbers: readonly string[];
};

export type CandidateFeatures = {
  trigram: number;
  /** Dice coefficient of the stemmed words. */
  stems: number;
  subjectIds: readonly string[];
  claimant: { type: 'entity' | 'source'; id: string };
  numbers: readonly string[];
};

export type SimilarityFeatures = {
  trigram: number;
  stems: number;
  sharedSubjectIds: string[];
  subjectJaccard: number | null;
  sameClaimant: boolean | null;
  sharedNumbers: string[];
  numberJaccard: number | null;
};

const round = (value: number) => Math.round(value * 1000) / 1000;

function jaccard<T>(left: readonly T[], right: readonly T[]): { shared: T[]; index: number } {
  const set = new Set(left);
  const shared = [...new Set(right)].filter((item) => set.has(item));
  const union = new Set([...left, ...right]).size;
  return { shared, index: union === 0 ? 0 : shared.length / union };
}

export function scoreCandidate(
  query: SimilarityQuery,
  candidate: CandidateFeatures,
): { score: number; features: SimilarityFeatures } {
  const lexical = Math.max(candidate.trigram, candidate.stems);
  let total = weights.lexical * lexical;
  let applicable: number = weights.lexical;
  const subjects = jaccard(query.subjectIds, candidate.subjectIds);
  if (query.subjectIds.length > 0) {
    total += weights.subjects * subjects.index;
    applicable += weights.subjects;
  }
  const sameClaimant = query.claimant
    ? query.claimant.type === candidate.claimant.type && query.claimant.id === candidate.claimant.id
    : null;
  if (sameClaimant !== null) {
    total += weights.claimant * (sameClaimant ? 1 : 0);
    applicable += weights.claimant;
  }
  const numbers = jaccard(query.numbers, candidate.numbers);
  const hasNumbers = query.numbers.length > 0 || candidate.numbers.length > 0;
  if (hasNumbers) {
    total += weights.numbers * numbers.index;
    applicable += weights.numbers;
  }
  return {
    score: round(total / applicable),
    features: {
      trigram: round(candidate.trigram),
      stems: round(candidate.stems),
      sharedSubjectIds: subjects.shared,
      subjectJaccard: query.subjectIds.length > 0 ? round(subjects.index) : null,
      sameClaimant,
      sharedNumbers: numbers.shared,
      numberJaccard: hasNumbers ? round(numbers.index) : null,
    },
  };
}
