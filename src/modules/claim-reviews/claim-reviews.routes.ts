import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { reviewLocation } from './claim-reviews.mappers.ts';
import {
  ClaimReviewCreateSchema,
  ClaimReviewImportResultSchema,
  ClaimReviewImportSchema,
  ClaimReviewListQuery,
  ClaimReviewPage,
  ClaimReviewParams,
  ClaimReviewSchema,
  maxImportItems,
} from './claim-reviews.schemas.ts';
import { matchThresholds } from './claim-reviews.service.ts';

const tags = ['Claims'];

const recordedBy = (request: FastifyRequest) => ({ keyId: request.apiKey?.id ?? null, requestId: String(request.id) });

// Reviews of claims by fact-checkers (the verdicts). Not to be confused with POST /v1/claims/{id}/review, which
// accepts or rejects an extracted claim (src/modules/review).

/** GET and POST /v1/claims/{id}/reviews, registered under the claims prefix. */
export const claimVerdictRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claimReviews } = app.services;

  app.get(
    '/:id/reviews',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listClaimReviews',
        tags,
        summary: 'List the reviews of a claim',
        description:
          'The fact-checks of the claim, each with its reviewer, rating, date, explanation and URL; oldest recorded first. ' +
          'The claim’s JSON-LD (`GET /v1/claims/{id}?format=jsonld`) carries them as schema.org ClaimReviews.',
        params: IdParams,
        querystring: ClaimReviewListQuery,
        response: { 200: ok(ClaimReviewPage, 'A page of reviews.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await claimReviews.list(request.params.id, request.query), request.query.limit),
  );

  app.post(
    '/:id/reviews',
    {
      schema: {
        operationId: 'createClaimReview',
        tags,
        summary: 'Record a review of a claim',
        description:
          'A verdict on the claim by a reviewer (an organisation or a person): a rating — a value on a declared scale (`best`, `worst`), ' +
          'the reviewer’s words (`alternateName`), or both — the day it was published, an explanation and the URL that publishes it. ' +
          'A claim can have several reviews, one per URL: a second review with the same URL is refused with 409 naming the first. ' +
          'The API key that records it is kept with it, and the write is audited.',
        params: IdParams,
        body: ClaimReviewCreateSchema,
        response: {
          201: created(ClaimReviewSchema, 'The recorded review.'),
          ...problemResponses(400, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const review = await claimReviews.create(request.params.id, request.body, recordedBy(request));
      return reply.status(201).header('location', reviewLocation(review.id)).send(review);
    },
  );
};

/** GET /v1/claim-reviews/{reviewId} and POST /v1/claim-reviews/import. */
export const claimReviewResourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claimReviews } = app.services;

  app.get(
    '/:reviewId',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'getClaimReview',
        tags,
        summary: 'Get a review of a claim',
        params: ClaimReviewParams,
        response: { 200: ok(ClaimReviewSchema, 'The review.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => claimReviews.get(request.params.reviewId),
  );

  app.post(
    '/import',
    {
      schema: {
        operationId: 'importClaimReviews',
        tags,
        summary: 'Import fact-checks published as ClaimReview JSON-LD',
        description:
          `Takes schema.org ClaimReview JSON-LD (one object, an array of up to ${maxImportItems}, or a \`@graph\`) and records each item as a ` +
          'review of the stored claims it matches. `claimReviewed` is compared with claim texts normalised (case, accents, punctuation ' +
          `and spacing aside): first among the claims of the articles at \`itemReviewed.appearance\` / \`firstAppearance\` URLs and of ` +
          `their originals and derivatives (equal, or pg_trgm similarity ≥ ${matchThresholds.appearance}), then, when that finds none, ` +
          `among all claims (equal, or similarity ≥ ${matchThresholds.all}). An exact match takes every claim with that text; a similar ` +
          'one the most similar claim. Each item is reported on its own — imported, already imported (same claim and URL), unmatched ' +
          'or invalid, with the reasons — and the reviews created commit together. Answers 200 even when no item could be imported.',
        body: ClaimReviewImportSchema,
        response: {
          200: ok(ClaimReviewImportResultSchema, 'The outcome of every item.'),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request) => claimReviews.importJsonLd(request.body, recordedBy(request)),
  );
};
