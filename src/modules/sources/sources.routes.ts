import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, ok, problemResponses } from '../../lib/schemas.ts';
import { toSourceDto } from './sources.mappers.ts';
import {
  SourceCreateSchema,
  SourceKeyParams,
  SourceListQuery,
  SourcePage,
  SourceSchema,
  SourceUpdateSchema,
} from './sources.schemas.ts';

const tags = ['Sources'];

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sources } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listSources',
        tags,
        summary: 'List sources',
        description: 'Outlets in the order they were added, optionally filtered by kind and country.',
        querystring: SourceListQuery,
        response: { 200: ok(SourcePage, 'A page of sources.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await sources.list(request.query), request.query.limit),
  );

  app.get(
    '/:idOrSlug',
    {
      config: { replicaReads: true, versioned: true },
      schema: {
        operationId: 'getSource',
        tags,
        summary: 'Get a source by id or slug',
        params: SourceKeyParams,
        response: { 200: ok(SourceSchema, 'The source.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const source = await sources.get(request.params.idOrSlug);
      return reply.header('etag', etagOf(source.version)).send(toSourceDto(source));
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createSource',
        tags,
        summary: 'Create a source',
        body: SourceCreateSchema,
        response: { 201: created(SourceSchema, 'The created source.'), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const source = await sources.create(request.body);
      return reply
        .status(201)
        .header('location', `/v1/sources/${source.id}`)
        .header('etag', etagOf(source.version))
        .send(toSourceDto(source));
    },
  );

  app.patch(
    '/:idOrSlug',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateSource',
        tags,
        summary: 'Update a source',
        params: SourceKeyParams,
        body: SourceUpdateSchema,
        response: { 200: ok(SourceSchema, 'The source.'), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const source = await sources.update(
        request.params.idOrSlug,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(source.version)).send(toSourceDto(source));
    },
  );

  app.delete(
    '/:idOrSlug',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteSource',
        tags,
        summary: 'Delete a source',
        description: 'Refused with 409 while articles or claims still refer to the source.',
        params: SourceKeyParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await sources.remove(request.params.idOrSlug, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );
};
