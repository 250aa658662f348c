import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { claimRelationLocation } from './claim-relations.mappers.ts';
import {
  ClaimRelationCreateSchema,
  ClaimRelationListQuery,
  ClaimRelationPage,
  ClaimRelationSchema,
  ClaimRelationUpdateSchema,
} from './claim-relations.schemas.ts';

const tags = ['Claims'];

const recordedBy = (request: FastifyRequest) => ({ keyId: request.apiKey?.id ?? null, requestId: String(request.id) });

/** GET /v1/claims/{id}/relations, registered under the claims prefix. */
export const claimRelationListRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claimRelations } = app.services;

  app.get(
    '/:id/relations',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listClaimRelations',
        tags,
        summary: 'List the relations of a claim',
        description:
          'The relations the claim takes part in, as subject or object, oldest first: the ones the ingest pipeline proposed ' +
          '(`origin: pipeline`, with the evidence that made it propose them) and the ones clients recorded. Filter by `type` and `status` ' +
          '(`status=proposed` is the review queue of one claim).',
        params: IdParams,
        querystring: ClaimRelationListQuery,
        response: { 200: ok(ClaimRelationPage, 'A page of claim relations.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await claimRelations.listForClaim(request.params.id, request.query),
        request.query.limit,
      ),
  );
};

/** GET, POST, PATCH and DELETE /v1/claim-relations. */
export const claimRelationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claimRelations } = app.services;

  app.get(
    '/:id',
    {
      config: { versioned: true, replicaReads: true },
      schema: {
        operationId: 'getClaimRelation',
        tags,
        summary: 'Get a claim relation',
        params: IdParams,
        response: { 200: ok(ClaimRelationSchema, 'The claim relation.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const relation = await claimRelations.get(request.params.id);
      return reply.header('etag', etagOf(relation.version)).send(relation);
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createClaimRelation',
        tags,
        summary: 'Relate two claims',
        description:
          'Records that one claim repeats, supports, contradicts, updates or quantifies differently another. One relation per type and ' +
          'pair: a second one is refused with 409 naming the first. A symmetric type (`repeats`, `contradicts`, `quantifies_differently`) ' +
          'is stored with the claim of the smaller id as its subject, whichever order the claims were sent in. The key that records it is ' +
          'kept with it (`createdBy`), and the write is audited and versioned.',
        body: ClaimRelationCreateSchema,
        response: {
          201: created(ClaimRelationSchema, 'The recorded relation.'),
          ...problemResponses(400, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const relation = await claimRelations.create(request.body, recordedBy(request));
      return reply
        .status(201)
        .header('location', claimRelationLocation(relation.id))
        .header('etag', etagOf(relation.version))
        .send(relation);
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateClaimRelation',
        tags,
        summary: 'Review or retype a claim relation',
        description:
          'Accept or reject a proposal (`status`), change its `type` or its `note`. A rejected proposal stays stored, so the pipeline ' +
          'does not propose the pair again. Send the ETag last read in If-Match.',
        params: IdParams,
        body: ClaimRelationUpdateSchema,
        response: { 200: ok(ClaimRelationSchema, 'The claim relation.'), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const relation = await claimRelations.update(
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(relation.version)).send(relation);
    },
  );

  app.delete(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteClaimRelation',
        tags,
        summary: 'Delete a claim relation',
        description:
          'Removes the relation (its revisions stay readable in the change feed). To keep the pipeline from proposing a pair again, ' +
          'reject the proposal instead.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await claimRelations.remove(request.params.id, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );
};
