import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AsOf } from '../../lib/as-of.ts';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { toClaimDto } from './claims.mappers.ts';
import {
  ClaimCreateSchema,
  ClaimInclude,
  ClaimListQuery,
  ClaimPage,
  ClaimUpdateSchema,
  ClaimWithArticleSchema,
} from './claims.schemas.ts';

const tags = ['Claims'];

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claims } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listClaims',
        tags,
        summary: 'List claims',
        description: 'Filter by article, claimant (entity or source), subject entity, status and kind.',
        querystring: ClaimListQuery,
        response: { 200: ok(ClaimPage, 'A page of claims.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await claims.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      config: { replicaReads: true, versioned: true, representations: 'claim' },
      schema: {
        operationId: 'getClaim',
        tags,
        summary: 'Get a claim',
        description:
          'As JSON (the default) or as a schema.org Claim in JSON-LD (`Accept: application/ld+json` or `format=jsonld`), with a ClaimReview for each of its reviews (GET /v1/claims/{id}/reviews) and its first appearance: the first known original of its article.',
        params: IdParams,
        querystring: z.strictObject({ include: ClaimInclude, as_of: AsOf }),
        response: { 200: ok(ClaimWithArticleSchema, 'The claim.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      if (request.query.as_of !== undefined)
        return reply.send(
          await app.services.history.claimAt(request.params.id, request.query.as_of, request.query.include),
        );
      const claim = await claims.get(request.params.id, request.query.include?.has('article'));
      if (!request.query.include) reply.header('etag', etagOf(claim.version));
      return reply.send(toClaimDto(claim));
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createClaim',
        tags,
        summary: 'Create a claim',
        description: 'The evidence span must lie inside the article body and a quote must appear in it verbatim.',
        body: ClaimCreateSchema,
        response: {
          201: created(ClaimWithArticleSchema, 'The created claim.'),
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const claim = await claims.create(request.body);
      return reply
        .status(201)
        .header('location', `/v1/claims/${claim.id}`)
        .header('etag', etagOf(claim.version))
        .send(toClaimDto(claim));
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateClaim',
        tags,
        summary: 'Update a claim (for example its verification status)',
        params: IdParams,
        body: ClaimUpdateSchema,
        response: { 200: ok(ClaimWithArticleSchema, 'The claim.'), ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const claim = await claims.update(request.params.id, request.body, parseIfMatch(request.headers['if-match']));
      return reply.header('etag', etagOf(claim.version)).send(toClaimDto(claim));
    },
  );

  app.delete(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteClaim',
        tags,
        summary: 'Delete a claim',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await claims.remove(request.params.id, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );
};
