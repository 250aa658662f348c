import { notFound } from '../../lib/errors.ts';
import { numbersIn } from '../ingest/claims/quantity-kind.ts';
import type { ClaimSimilarityRepository, SimilarityProbe } from './claim-similarity.repository.ts';
import type { SimilarClaimDto, SimilarToClaimQuery, SimilarToTextQuery } from './claim-similarity.schemas.ts';
import { type SimilarityQuery, scoreCandidate } from './claim-similarity.scoring.ts';
import { planTextProbes } from './claim-similarity.terms.ts';

type Deps = { similarity: ClaimSimilarityRepository };

export function createClaimSimilarityService(deps: Deps) {
  const { similarity } = deps;

  /** The search-vector probes for a text's words (claim-similarity.terms.ts). */
  async function textProbes(text: string) {
    const { terms, statistics } = await similarity.queryTerms(text);
    return planTextProbes(terms, statistics);
  }

  async function rank(
    probe: SimilarityProbe,
    query: SimilarityQuery,
    controls: { limit: number; minScore: number },
  ): Promise<{ data: SimilarClaimDto[] }> {
    const rows = await similarity.candidates(probe);
    const scored = rows
      .map((row) => {
        const { score, features } = scoreCandidate(query, {
          trigram: row.trigram,
          stems: row.stems,
          subjectIds: row.subjectIds,
          claimant: row.claimantEntityId
            ? { type: 'entity', id: row.claimantEntityId }
            : { type: 'source', id: row.claimantSourceId ?? '' },
          numbers: numbersIn(row.text),
        });
        return {
          claim: { id: row.id, articleId: row.articleId, text: row.text, language: row.language },
          score,
          features,
        };
      })
      .filter((item) => item.score >= controls.minScore)
      .sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id));
    return { data: scored.slice(0, controls.limit) };
  }

  return {
    /** GET /v1/claims/{id}/similar. */
    async similarToClaim(id: string, controls: SimilarToClaimQuery) {
      const claim = await similarity.findClaim(id);
      if (!claim) throw notFound('claim', id);
      const subjectIds = claim.subjects.map((subject) => subject.entityId);
      return rank(
        {
          text: claim.text,
          subjectIds,
          claimantEntityId: claim.claimantEntityId,
          // A claim with subjects or an entity claimant finds its candidates through them (a repeat or paraphrase is
          // about the same entities); its words would add candidates to score on every request (measured: p95 1.3×).
          textProbes: subjectIds.length === 0 && claim.claimantEntityId === null ? await textProbes(claim.text) : [],
          claimId: claim.id,
          articleId: claim.articleId,
        },
        {
          subjectIds,
          claimant: claim.claimantEntityId
            ? { type: 'entity', id: claim.claimantEntityId }
            : { type: 'source', id: claim.claimantSourceId ?? '' },
          numbers: numbersIn(claim.text),
        },
        controls,
      );
    },

    /** GET /v1/claims/similar?text=… */
    async similarToText(query: SimilarToTextQuery) {
      const subjectIds = [...new Set(query.subjectIds ?? [])];
      return rank(
        {
          text: query.text,
          subjectIds,
          claimantEntityId: null,
          textProbes: await textProbes(query.text),
          claimId: null,
          articleId: null,
        },
        { subjectIds, claimant: null, numbers: numbersIn(query.text) },
        query,
      );
    },
  };
}

export type ClaimSimilarityService = ReturnType<typeof createClaimSimilarityService>;
