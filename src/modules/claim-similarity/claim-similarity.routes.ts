import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { SimilarClaimList, SimilarToClaimQuery, SimilarToTextQuery } from './claim-similarity.schemas.ts';

const tags = ['Claims'];

const scoring =
  'Scored on lexical features — pg_trgm similarity of the normalised texts and the overlap of their stemmed words (English, Spanish) — and ' +
  'language-independent ones: shared subject entities, the same claimant, the same numbers; each answer carries its features. ' +
  'Candidates come from bounded index lookups only (the words of the text in the claims’ search index, least common words first; subjects; claimant; lineage), so the cost does not grow with the number of claims.';

/** GET /v1/claims/similar and GET /v1/claims/{id}/similar, registered under the claims prefix. */
export const claimSimilarityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claimSimilarity } = app.services;

  app.get(
    '/similar',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'searchSimilarClaims',
        tags,
        summary: 'Find claims similar to a text',
        description:
          `Claims that say what \`text\` says, in other words or another language, best first. ${scoring} ` +
          'A text alone is matched by its words (stemmed as English, as Spanish and as written, so names and numbers match across languages) and scored by its numbers too; name the entities it is about in `subjectIds` to find paraphrases in other languages that share no words.',
        querystring: SimilarToTextQuery,
        response: { 200: ok(SimilarClaimList, 'The similar claims, best first.'), ...problemResponses(400) },
      },
    },
    async (request) => claimSimilarity.similarToText(request.query),
  );

  app.get(
    '/:id/similar',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listSimilarClaims',
        tags,
        summary: 'List claims similar to a claim',
        description: `Other claims that state the same thing — repeats, paraphrases, translations — best first. ${scoring}`,
        params: IdParams,
        querystring: SimilarToClaimQuery,
        response: { 200: ok(SimilarClaimList, 'The similar claims, best first.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => claimSimilarity.similarToClaim(request.params.id, request.query),
  );
};
