import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../lib/pagination.ts';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import {
  ArticleLineageSchema,
  DerivativeListQuery,
  DerivativePage,
  LineageGraphSchema,
  maxGraphNodes,
  maxLineageDepth,
} from './lineage.schemas.ts';

const tags = ['Articles'];

/** GET /v1/articles/{id}/derivatives, …/lineage and …/lineage/graph, registered under the articles prefix. */
export const articleLineageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { lineage } = app.services;

  app.get(
    '/:id/derivatives',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listArticleDerivatives',
        tags,
        summary: 'List the republications and translations of an article',
        description:
          'The articles whose `lineage.originalId` is this article — republications, translations and rewrites, found by the ingest ' +
          'pipeline (identical or near-duplicate bodies) or set by hand — each with its outlet, the kind of link and the similarity of the ' +
          'bodies. Direct derivatives only (a translation of a republication is listed under the republication; the whole group is ' +
          'GET /v1/articles/{id}/lineage/graph). Ordered by id, oldest stored first.',
        params: IdParams,
        querystring: DerivativeListQuery,
        response: { 200: ok(DerivativePage, 'A page of derivatives.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await lineage.derivatives(request.params.id, request.query), request.query.limit),
  );

  app.get(
    '/:id/lineage',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'getArticleLineage',
        tags,
        summary: 'Get the chain of originals above an article',
        description:
          'Follows `lineage.originalId` from the article up to the first known original: the article’s original, that one’s ' +
          `original, and so on. The walk stops at an article that derives from none (\`complete\`), at a loop of hand-made links ` +
          `(\`stoppedBy: cycle\`) or after ${maxLineageDepth} steps (\`stoppedBy: depth\`); \`root\` is the farthest article reached.`,
        params: IdParams,
        response: {
          200: ok(ArticleLineageSchema, 'The chain, nearest original first.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => lineage.chain(request.params.id),
  );

  app.get(
    '/:id/lineage/graph',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'getArticleLineageGraph',
        tags,
        summary: 'Get the lineage graph of the group an article belongs to',
        description:
          'The group is every article that derives, directly or through others, from the article’s first known original (its `root`, ' +
          'as GET /v1/articles/{id}/lineage finds it), the root included. Nodes are the articles with their outlets and their depth ' +
          `below the root; edges the links, derivative (\`from\`) to original (\`to\`). At most ${maxGraphNodes} nodes, nearest the root first.`,
        params: IdParams,
        response: { 200: ok(LineageGraphSchema, 'The nodes and edges of the group.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => lineage.graph(request.params.id),
  );
};
