import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../lib/pagination.ts';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { EntityKeyParams } from '../entities/entities.schemas.ts';
import { EntityRelationListQuery, RelationListQuery, RelationPage, RelationSchema } from './relations.schemas.ts';

const tags = ['Relations'];

const asOfNote =
  'Validity is inclusive at both ends; a date known only to the month or year covers the whole period, and an unknown start or end ' +
  'does not exclude a relation.';

/** GET /v1/relations and /v1/relations/{id}. Relations are read-only here: the ingest store and the seed write them. */
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
      config: { replicaReads: true },
      schema: {
        operationId: 'getRelation',
        tags,
        summary: 'Get a relation',
        params: IdParams,
        response: { 200: ok(RelationSchema, 'The relation.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => relations.get(request.params.id),
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
};
