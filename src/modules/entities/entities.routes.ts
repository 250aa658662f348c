import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, ok, problemResponses } from '../../lib/schemas.ts';
import { ArticleListQuery, ArticlePage } from '../articles/articles.schemas.ts';
import { ClaimPage, EntityClaimListQuery } from '../claims/claims.schemas.ts';
import { toEntityDto } from './entities.mappers.ts';
import {
  EntityCreateSchema,
  EntityGetQuery,
  EntityKeyParams,
  EntityLookupQuery,
  EntityPage,
  EntitySchema,
  EntityUpdateSchema,
  RoleListQuery,
  RolePage,
} from './entities.schemas.ts';

const tags = ['Entities'];

export const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entities, articles, claims } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntities',
        tags,
        summary: 'List and look up entities',
        description:
          'Entities in the order they were added, filtered by type, part of a name or alias, external identifier (`wikidata`, `iso`, `unlocode`) ' +
          'or place (`near` with `radius_km`, `bbox`); all filters combine.\n\n' +
          '- `q` looks entities up by name or alias in any language, ignoring case and accents and tolerating typos ("Dina Bolaurte", "Peru" for ' +
          '"Perú", "Estados Unidos"). Each hit has a `score` from 0 to 1: 0.8 × the best trigram similarity between `q` and one of its names ' +
          '(the mean of pg_trgm `similarity` and `word_similarity` over accent-folded text) + 0.2 × its prominence (log of its mention count, ' +
          'capped at 10,000). Results come by score, then id; the best 200 name matches are ranked, and the cursor pages through them.\n' +
          '- `near=lat,lng` keeps entities with coordinates within `radius_km` (default 100) by great-circle distance, nearest first, each ' +
          'with `distanceKm`. It cannot be combined with `q` (each sets the order).\n' +
          '- `bbox=minLng,minLat,maxLng,maxLat` (GeoJSON order) keeps entities inside the box; minLng > maxLng crosses the antimeridian.',
        querystring: EntityLookupQuery,
        response: {
          200: ok(EntityPage, 'A page of entities; with `q` each has a `score`, with `near` a `distanceKm`.'),
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => sendPage(request, reply, await entities.lookup(request.query), request.query.limit),
  );

  app.get(
    '/:idOrSlug',
    {
      config: { replicaReads: true, versioned: true, representations: 'entity' },
      schema: {
        operationId: 'getEntity',
        tags,
        summary: 'Get an entity by id or slug',
        description:
          'As JSON (the default) or as schema.org JSON-LD (`Accept: application/ld+json` or `format=jsonld`): a Country, Place, Person, Organization, Event, Legislation or Product with sameAs its Wikidata page.',
        params: EntityKeyParams,
        querystring: EntityGetQuery,
        response: { 200: ok(EntitySchema, 'The entity.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      if (request.query.as_of !== undefined)
        return reply.send(
          await app.services.history.entityAt(request.params.idOrSlug, request.query.as_of, request.query.include),
        );
      const entity = await entities.get(request.params.idOrSlug, request.query.include?.has('roles'));
      // Roles change without the entity's version changing, so only the plain form gets an ETag.
      if (!request.query.include) reply.header('etag', etagOf(entity.version));
      return reply.send(toEntityDto(entity));
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createEntity',
        tags,
        summary: 'Create an entity',
        description:
          'Creates the entity and its aliases in one transaction. Slugs and external identifiers are unique.',
        body: EntityCreateSchema,
        response: { 201: created(EntitySchema, 'The created entity.'), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const entity = await entities.create(request.body);
      return reply
        .status(201)
        .header('location', `/v1/entities/${entity.id}`)
        .header('etag', etagOf(entity.version))
        .send(toEntityDto(entity));
    },
  );

  app.patch(
    '/:idOrSlug',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateEntity',
        tags,
        summary: 'Update an entity',
        params: EntityKeyParams,
        body: EntityUpdateSchema,
        response: { 200: ok(EntitySchema, 'The entity.'), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const entity = await entities.update(
        request.params.idOrSlug,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(entity.version)).send(toEntityDto(entity));
    },
  );

  app.delete(
    '/:idOrSlug',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteEntity',
        tags,
        summary: 'Delete an entity',
        description:
          'Also deletes its aliases, roles and mentions. Refused with 409 while claims name it as claimant or subject.',
        params: EntityKeyParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await entities.remove(request.params.idOrSlug, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );

  app.get(
    '/:idOrSlug/articles',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityArticles',
        tags,
        summary: 'List the articles that mention an entity',
        params: EntityKeyParams,
        querystring: ArticleListQuery.omit({ entityId: true }),
        response: {
          200: ok(ArticlePage, 'A page of the articles that mention the entity.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const entity = await entities.get(request.params.idOrSlug);
      return sendPage(
        request,
        reply,
        await articles.list({ ...request.query, entityId: entity.id }),
        request.query.limit,
      );
    },
  );

  app.get(
    '/:idOrSlug/claims',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityClaims',
        tags,
        summary: 'List the claims made by or about an entity',
        params: EntityKeyParams,
        querystring: EntityClaimListQuery,
        response: { 200: ok(ClaimPage, 'A page of claims by or about the entity.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const entity = await entities.get(request.params.idOrSlug);
      return sendPage(request, reply, await claims.listForEntity(entity.id, request.query), request.query.limit);
    },
  );

  app.get(
    '/:idOrSlug/roles',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityRoles',
        tags,
        summary: 'List the roles of a person, or the roles held within an organization or country',
        description: 'Time-scoped positions in start-date order; `at` keeps the roles held on that date.',
        params: EntityKeyParams,
        querystring: RoleListQuery,
        response: { 200: ok(RolePage, 'A page of roles.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await entities.roles(request.params.idOrSlug, request.query), request.query.limit),
  );
};
