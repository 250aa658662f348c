import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { RoleSchema } from '../entities/entities.schemas.ts';
import { RoleCreateSchema, RoleUpdateSchema } from './roles.schemas.ts';

const tags = ['Roles'];

const history =
  'Every write is recorded as a revision of the role (resource type `role` in GET /v1/changes), with the key and request that made it.';

/** /v1/roles: terms in office, read with their people (GET /v1/entities/{idOrSlug}/roles) and written here. */
export const roleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { roles } = app.services;

  app.get(
    '/:id',
    {
      config: { versioned: true, replicaReads: true },
      schema: {
        operationId: 'getRole',
        tags,
        summary: 'Get a role',
        params: IdParams,
        response: { 200: ok(RoleSchema, 'The role.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const role = await roles.get(request.params.id);
      return reply.header('etag', etagOf(role.version)).send(role);
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createRole',
        tags,
        summary: 'Record a term in office',
        description: `A person holds an office (a new minister, a new head of state), in an organization or country, from a date. ${history}`,
        body: RoleCreateSchema,
        response: { 201: created(RoleSchema, 'The created role.'), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const role = await roles.create(request.body, { keyId: request.apiKey?.id ?? null });
      return reply
        .status(201)
        .header('location', `/v1/roles/${role.id}`)
        .header('etag', etagOf(role.version))
        .send(role);
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateRole',
        tags,
        summary: 'Update a role',
        description: `End a term (\`endDate\`), correct a date, the title or the organization. ${history}`,
        params: IdParams,
        body: RoleUpdateSchema,
        response: { 200: ok(RoleSchema, 'The role.'), ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const role = await roles.update(request.params.id, request.body, parseIfMatch(request.headers['if-match']));
      return reply.header('etag', etagOf(role.version)).send(role);
    },
  );

  app.delete(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteRole',
        tags,
        summary: 'Delete a role',
        description: `For a role recorded in error; a term that ended is ended with PATCH \`endDate\`. ${history}`,
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await roles.remove(request.params.id, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );
};
