import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { ReviewSchema, reviewDescription } from '../../lib/references.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { EntityKeyParams } from '../entities/entities.schemas.ts';
import {
  EntityRelationListQuery,
  NeighborPage,
  NeighborQuery,
  PathQuery,
  PathSchema,
  RelationCreateSchema,
  RelationListQuery,
  RelationPage,
  RelationSchema,
  RelationUpdateSchema,
} from './relations.schemas.ts';

const tags = ['Relations'];

const asOfNote =
  'Validity is inclusive at both ends; a date known only to the month or year covers the whole period, and an unknown start or end ' +
  'does not exclude a relation.';

const locatedInNote =
  'Writing an accepted `located_in` relation (or changing, reviewing or deleting one) recomputes, in the same transaction, the countries ' +
  'inferred for every article that mentions its subject or a place below it, so `country=` filters and `include=countries` agree with the graph at once.';

/** /v1/relations: list, get, create, update, review, delete. */
export const relationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { relations } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listRelations',
        tags,
        summary: 'List relations between entities',
        description:
          'Typed, time-scoped edges between entities, in the order they were stored, filtered by type, subject, object, review status and the ' +
          `date they hold on (\`as_of\`). ${asOfNote} Reference relations (a place \`located_in\` its country) are stored with the ` +
          'entities they join, when the ingest pipeline stores a reference entity on its first mention. An unknown `subject` or `object` is a 422.',
        querystring: RelationListQuery,
        response: { 200: ok(RelationPage, 'A page of relations.'), ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => sendPage(request, reply, await relations.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      config: { versioned: true, replicaReads: true },
      schema: {
        operationId: 'getRelation',
        tags,
        summary: 'Get a relation',
        params: IdParams,
        response: { 200: ok(RelationSchema, 'The relation.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const relation = await relations.get(request.params.id);
      return reply.header('etag', etagOf(relation.version)).send(relation);
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createRelation',
        tags,
        summary: 'Create a relation',
        description:
          'Records "subject <type> object" with its validity interval, source and status (`proposed` to leave it for review). A date ' +
          "given with a `month` or `year` precision is stored as that period's first day (a start) or last day (an end). A `manual` " +
          `source records the caller's API key; an \`article\` source needs evidence within the article body. ${locatedInNote}`,
        body: RelationCreateSchema,
        response: {
          201: created(RelationSchema, 'The created relation.'),
          ...problemResponses(400, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const relation = await relations.create(request.body, { keyId: request.apiKey?.id ?? null });
      return reply
        .status(201)
        .header('location', `/v1/relations/${relation.id}`)
        .header('etag', etagOf(relation.version))
        .send(relation);
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateRelation',
        tags,
        summary: 'Update a relation',
        description:
          'Changes its interval (end a term, correct a date), its share or its status (`accepted`, `proposed`); `null` clears a date or ' +
          `the share. The type, subject and object cannot change: delete the relation and create another. ${locatedInNote}`,
        params: IdParams,
        body: RelationUpdateSchema,
        response: { 200: ok(RelationSchema, 'The relation.'), ...problemResponses(400, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const relation = await relations.update(
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(relation.version)).send(relation);
    },
  );

  app.post(
    '/:id/review',
    {
      config: { versioned: true },
      schema: {
        operationId: 'reviewRelation',
        tags,
        summary: 'Accept or reject a relation',
        description: `${reviewDescription} Ingest proposes the relations an article states plainly; accept them here, or correct them with PATCH first. ${locatedInNote}`,
        params: IdParams,
        body: ReviewSchema,
        response: {
          200: ok(RelationSchema, 'The relation with its new status.'),
          ...problemResponses(400, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const relation = await relations.review(
        request.params.id,
        request.body.action,
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
        operationId: 'deleteRelation',
        tags,
        summary: 'Delete a relation',
        description: `Its revisions stay readable in the change feed. ${locatedInNote}`,
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await relations.remove(request.params.id, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );
};

/** GET /v1/entities/{idOrSlug}/relations, registered under the entities prefix. */
export const entityRelationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:idOrSlug/relations',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityRelations',
        tags: ['Entities'],
        summary: 'List the relations of an entity',
        description:
          'The relations in which the entity is the subject (`direction=outgoing`: the country a city lies in), the object (`incoming`: ' +
          `the places that lie in a country) or either (\`both\`, the default), filtered by type, review status and \`as_of\`. ${asOfNote}`,
        params: EntityKeyParams,
        querystring: EntityRelationListQuery,
        response: { 200: ok(RelationPage, 'A page of the entity’s relations.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await app.services.relations.listForEntity(request.params.idOrSlug, request.query),
        request.query.limit,
      ),
  );

  app.get(
    '/:idOrSlug/neighbors',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityNeighbors',
        tags: ['Entities'],
        summary: 'List the neighbours of an entity in the graph',
        description:
          'The entities one relation away — what it lies in, owns, operates, heads, is a member of, and what relates to it — each with the ' +
          `relation and its \`direction\`, filtered by relation type, direction, review status and \`as_of\`. ${asOfNote} Served by the ` +
          '(subject, type) and (object, type) indexes of the relations.',
        params: EntityKeyParams,
        querystring: NeighborQuery,
        response: { 200: ok(NeighborPage, 'A page of the entity’s neighbours.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await app.services.relations.neighbors(request.params.idOrSlug, request.query),
        request.query.limit,
      ),
  );
};

/** GET /v1/graph/path. */
export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/path',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'findGraphPath',
        tags: ['Relations'],
        summary: 'Find a shortest path between two entities',
        description:
          'A shortest chain of at most `max_depth` (1–3) relations joining `from` and `to`, following relations either way, filtered like ' +
          `the relation lists (\`type\`, \`status\`, \`as_of\`). ${asOfNote} Breadth-first from both ends, one indexed query per step; ` +
          'a step reads at most 5,000 relations (`complete: false` when one was cut there). No path within the depth is `found: false`, ' +
          'not an error. An unknown `from` or `to` is a 422.',
        querystring: PathQuery,
        response: { 200: ok(PathSchema, 'The path, or `found: false`.'), ...problemResponses(400, 422) },
      },
    },
    async (request) => app.services.relations.path(request.query),
  );
};
