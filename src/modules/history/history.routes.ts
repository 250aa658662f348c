import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPage } from '../../lib/pagination.ts';
import { ok, problemResponses, Uuid } from '../../lib/schemas.ts';
import { EntityKeyParams } from '../entities/entities.schemas.ts';
import {
  ArticleRevisionSchema,
  ChangeFeedPage,
  ChangeFeedQuery,
  ClaimRevisionSchema,
  EntityRevisionSchema,
  RevisionListQuery,
  RevisionNumber,
  RevisionPage,
} from './history.schemas.ts';

const IdParams = z.strictObject({ id: Uuid });

// Typed loosely here because one plugin serves three resources; each route still validates and documents its own schemas.
type Params = z.ZodType<Record<string, string>>;
type RevisionParams = z.ZodType<Record<string, string | number> & { revision: number }>;
const resources: Record<
  'article' | 'entity' | 'claim',
  { tag: string; name: string; params: Params; revisionParams: RevisionParams; detail: z.ZodType<unknown> }
> = {
  article: {
    tag: 'Articles',
    name: 'Article',
    params: IdParams,
    revisionParams: IdParams.extend({ revision: RevisionNumber }) as RevisionParams,
    detail: ArticleRevisionSchema,
  },
  entity: {
    tag: 'Entities',
    name: 'Entity',
    params: EntityKeyParams,
    revisionParams: EntityKeyParams.extend({ revision: RevisionNumber }) as RevisionParams,
    detail: EntityRevisionSchema,
  },
  claim: {
    tag: 'Claims',
    name: 'Claim',
    params: IdParams,
    revisionParams: IdParams.extend({ revision: RevisionNumber }) as RevisionParams,
    detail: ClaimRevisionSchema,
  },
};

/** GET …/{id}/revisions and …/{id}/revisions/{revision} for one kind of resource; registered under its prefix. */
export const revisionRoutes: FastifyPluginAsyncZod<{ type: keyof typeof resources }> = async (app, options) => {
  const { history } = app.services;
  const { type } = options;
  const resource = resources[type];
  const keyParam = type === 'entity' ? 'idOrSlug' : 'id';
  const keyOf = (params: Record<string, string | number>) => String(params[keyParam]);

  app.get(
    `/:${keyParam}/revisions`,
    {
      config: { replicaReads: true },
      schema: {
        operationId: `list${resource.name}Revisions`,
        tags: [resource.tag],
        summary: `List the revisions of ${type === 'article' ? 'an' : 'a'} ${type}`,
        description:
          `Every create, update and delete${type === 'entity' ? ' and merge' : ''} of the ${type}, newest first (\`order=oldest\` for oldest first): ` +
          'what changed, when, by which key and request. Readable with the same access as the resource, also after it was deleted.',
        params: resource.params,
        querystring: RevisionListQuery,
        response: { 200: ok(RevisionPage, `A page of the ${type}’s revisions.`), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await history.list(type, keyOf(request.params), request.query), request.query.limit),
  );

  app.get(
    `/:${keyParam}/revisions/:revision`,
    {
      config: { replicaReads: true },
      schema: {
        operationId: `get${resource.name}Revision`,
        tags: [resource.tag],
        summary: `Get one revision of ${type === 'article' ? 'an' : 'a'} ${type} with its full state`,
        description: `The revision and the ${type} as it was after it, in the same representation as GET of the ${type}.`,
        params: resource.revisionParams,
        response: {
          200: ok(resource.detail, `The revision and the ${type} as it was.`),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => history.get(type, keyOf(request.params), request.params.revision),
  );
};

export const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        operationId: 'listChanges',
        tags: ['Changes'],
        summary: 'Follow every change to articles, entities, claims, sources and relations',
        description:
          'An ordered, resumable feed of created, updated, deleted and merged events for all resources. Store the `cursor` of the last ' +
          'event you processed and pass it as `after` to resume: every event is delivered exactly once and in the same order, even when ' +
          'writers commit out of order. An event appears once every transaction of this database that started before it has finished, so a long-running ' +
          'write delays the feed (it never reorders it). `types` narrows the feed to some kinds of resource.',
        querystring: ChangeFeedQuery,
        response: {
          200: ok(ChangeFeedPage, 'A page of change events in feed order.', ['Link']),
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const page = await app.services.history.changes(request.query);
      const url = new URL(request.url, 'http://placeholder');
      let next: string | null = null;
      if (page.nextCursor !== null) {
        url.searchParams.set('after', page.nextCursor);
        next = `${url.pathname}${url.search}`;
        if (!page.caughtUp) reply.header('link', `<${next}>; rel="next"`);
      }
      return {
        data: page.items,
        page: { limit: request.query.limit, nextCursor: page.nextCursor, next, caughtUp: page.caughtUp },
      };
    },
  );
};
