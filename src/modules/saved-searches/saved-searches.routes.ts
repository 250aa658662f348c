import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import {
  SavedSearchCreateSchema,
  SavedSearchListQuery,
  SavedSearchMatchesQuery,
  SavedSearchMatchPage,
  SavedSearchPage,
  SavedSearchResults,
  SavedSearchResultsQuery,
  SavedSearchSchema,
} from './saved-searches.schemas.ts';

// Saved searches belong to the API key that created them: every route needs a key with the `write` scope, and a key
// sees only its own (another key's is a 404).
const config = { access: 'write' as const };
const tags = ['Saved searches'];

function owner(request: FastifyRequest): string {
  if (!request.apiKey) throw new AppError('unauthorized', 'This operation needs an API key.');
  return request.apiKey.id;
}

/** `page.next` for a page of `path`, when the page came back full (there may be more). */
function nextLink(request: FastifyRequest, cursor: string | null, full: boolean): string | null {
  if (cursor === null || !full) return null;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

export const savedSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { savedSearches } = app.services;

  app.get(
    '/',
    {
      config,
      schema: {
        operationId: 'listSavedSearches',
        tags,
        summary: 'List your saved searches',
        querystring: SavedSearchListQuery,
        response: { 200: ok(SavedSearchPage, 'A page of saved searches.'), ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await savedSearches.list(owner(request), request.query), request.query.limit),
  );

  app.post(
    '/',
    {
      config,
      schema: {
        operationId: 'createSavedSearch',
        tags,
        summary: 'Save a search',
        description:
          'A name and the query and filters of `GET /v1/search`, validated by the same schema (and the entities and sources it ' +
          'names must exist: 422). Each new article is tested against every saved search as it leaves the change feed — that ' +
          'article alone, never the store — and recorded in the search’s matches; a watch of kind `saved_search` delivers them.',
        body: SavedSearchCreateSchema,
        response: { 201: created(SavedSearchSchema, 'The saved search.'), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const saved = await savedSearches.create(request.body, owner(request));
      return reply.status(201).header('location', `/v1/saved-searches/${saved.id}`).send(saved);
    },
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        operationId: 'getSavedSearch',
        tags,
        summary: 'Get a saved search',
        params: IdParams,
        response: { 200: ok(SavedSearchSchema, 'The saved search.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => savedSearches.get(request.params.id, owner(request)),
  );

  app.delete(
    '/:id',
    {
      config,
      schema: {
        operationId: 'deleteSavedSearch',
        tags,
        summary: 'Delete a saved search',
        description: 'Its matches go with it.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await savedSearches.remove(request.params.id, owner(request));
      return reply.status(204).send();
    },
  );

  app.get(
    '/:id/results',
    {
      config,
      schema: {
        operationId: 'runSavedSearch',
        tags,
        summary: 'Run a saved search',
        description: 'Its articles now, as the articles section of `GET /v1/search` with the saved query and filters.',
        params: IdParams,
        querystring: SavedSearchResultsQuery,
        response: { 200: ok(SavedSearchResults, 'A page of matching articles.'), ...problemResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const section = await savedSearches.results(request.params.id, owner(request), request.query);
      const { items, nextCursor, ...extra } = section;
      return {
        data: items,
        page: { limit: request.query.limit, nextCursor, next: nextLink(request, nextCursor, nextCursor !== null) },
        ...extra,
      };
    },
  );

  app.get(
    '/:id/matches',
    {
      config,
      schema: {
        operationId: 'listSavedSearchMatches',
        tags,
        summary: 'Articles that started to match a saved search',
        description:
          'New articles the search matched since it was saved, in the order they were dispatched, each with when it started ' +
          'to match. Keep `page.nextCursor` (also of an empty or last page) and pass it as `cursor` later for the matches since.',
        params: IdParams,
        querystring: SavedSearchMatchesQuery,
        response: { 200: ok(SavedSearchMatchPage, 'A page of matches.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const page = await savedSearches.matches(request.params.id, owner(request), request.query);
      const full = page.items.length === request.query.limit;
      return {
        data: page.items,
        page: {
          limit: request.query.limit,
          nextCursor: page.nextCursor,
          next: nextLink(request, page.nextCursor, full),
        },
      };
    },
  );
};
