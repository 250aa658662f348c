import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { ReviewSchema, reviewDescription } from '../../lib/references.ts';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { toClaimDto } from '../claims/claims.mappers.ts';
import { ClaimWithArticleSchema } from '../claims/claims.schemas.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import { EntityKeyParams, EntitySchema } from '../entities/entities.schemas.ts';

// Review of proposed entities and claims (a mention's review is with the mention resource, src/modules/mentions).

/** POST /v1/entities/{idOrSlug}/review, registered under the entities prefix. */
export const entityReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { review } = app.services;

  app.post(
    '/:idOrSlug/review',
    {
      config: { versioned: true },
      schema: {
        operationId: 'reviewEntity',
        tags: ['Entities'],
        summary: 'Accept or reject a proposed entity',
        description: `${reviewDescription} An accepted entity is linked by the gazetteer from then on; a rejected one is never proposed again, and its unreviewed mentions are rejected with it. Correct its fields with PATCH /v1/entities/{idOrSlug}.`,
        params: EntityKeyParams,
        body: ReviewSchema,
        response: { 200: ok(EntitySchema, 'The entity with its new status.'), ...problemResponses(400, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const entity = await review.reviewEntity(
        request.params.idOrSlug,
        request.body.action,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(entity.version)).send(toEntityDto(entity));
    },
  );
};

/** POST /v1/claims/{id}/review, registered under the claims prefix. */
export const claimReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { review } = app.services;

  app.post(
    '/:id/review',
    {
      config: { versioned: true },
      schema: {
        operationId: 'reviewClaim',
        tags: ['Claims'],
        summary: 'Accept or reject an extracted claim',
        description: `${reviewDescription} Sets \`reviewStatus\`; the verdict (\`status\`) is separate. Correct the claim with PATCH /v1/claims/{id}. Manual claims cannot be reviewed (409).`,
        params: IdParams,
        body: ReviewSchema,
        response: {
          200: ok(ClaimWithArticleSchema, 'The claim with its new review status.'),
          ...problemResponses(400, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const claim = await review.reviewClaim(
        request.params.id,
        request.body.action,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(claim.version)).send(toClaimDto(claim));
    },
  );
};
