import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { ClaimWithArticleSchema } from '../claims/claims.schemas.ts';
import { toClaimDto } from '../claims/claims.service.ts';
import { EntityKeyParams, EntitySchema } from '../entities/entities.schemas.ts';
import { toEntityDto } from '../entities/entities.service.ts';
import {
  MentionListQuery,
  MentionPage,
  MentionResourceSchema,
  MentionUpdateSchema,
  ReviewSchema,
} from './review.schemas.ts';
import { toMentionResourceDto } from './review.service.ts';

const reviewDescription =
  'Records a reviewer’s decision on what the ingest pipeline proposed: `accept` or `reject`. Send If-Match with the ETag last read to ' +
  'make sure you decide on what you saw.';

/** Review of proposed entities, mentions and claims, and the mention resource. Registered under /v1. */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { review } = app.services;

  app.post(
    '/entities/:idOrSlug/review',
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

  app.post(
    '/claims/:id/review',
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

  app.get(
    '/mentions',
    {
      schema: {
        operationId: 'listMentions',
        tags: ['Entities'],
        summary: 'List mentions',
        description:
          'Every mention of any entity in any article, oldest first; filter by review status, method, article and entity (`?status=proposed&method=ner` is the review queue).',
        querystring: MentionListQuery,
        response: { 200: ok(MentionPage, 'A page of mentions.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await review.listMentions(request.query), request.query.limit),
  );

  app.get(
    '/mentions/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'getMention',
        tags: ['Entities'],
        summary: 'Get a mention',
        params: IdParams,
        response: { 200: ok(MentionResourceSchema, 'The mention.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const mention = await review.get(request.params.id);
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );

  app.patch(
    '/mentions/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateMention',
        tags: ['Entities'],
        summary: 'Correct a mention',
        description:
          'Point it at another entity, move its offsets (the surface text is re-read from the body), change its confidence or status.',
        params: IdParams,
        body: MentionUpdateSchema,
        response: {
          200: ok(MentionResourceSchema, 'The corrected mention.'),
          ...problemResponses(400, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const mention = await review.correctMention(
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );

  app.post(
    '/mentions/:id/review',
    {
      config: { versioned: true },
      schema: {
        operationId: 'reviewMention',
        tags: ['Entities'],
        summary: 'Accept or reject a mention',
        description: `${reviewDescription} Correct it with PATCH /v1/mentions/{id}.`,
        params: IdParams,
        body: ReviewSchema,
        response: {
          200: ok(MentionResourceSchema, 'The mention with its new status.'),
          ...problemResponses(400, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const mention = await review.reviewMention(
        request.params.id,
        request.body.action,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );
};
