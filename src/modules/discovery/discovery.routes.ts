import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { EntityKeyParams } from '../entities/entities.schemas.ts';
import {
  CooccurrenceQuery,
  EntityCooccurrencesSchema,
  EntityTimelineSchema,
  maxTimelineBuckets,
  RelatedArticlesSchema,
  RelatedQuery,
  TimelineQuery,
} from './discovery.schemas.ts';

// Discovery over the stored mentions: an entity over time, the company it keeps, and articles related to an article.

/** GET /v1/entities/{idOrSlug}/timeline and …/cooccurrences, registered under the entities prefix. */
export const entityDiscoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { discovery } = app.services;

  app.get(
    '/:idOrSlug/timeline',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'getEntityTimeline',
        tags: ['Entities'],
        summary: 'Count the mentions of an entity over time',
        description:
          'Mentions of the entity, and the articles they are in, per day, ISO week or month of the articles’ publication time (UTC), ' +
          'every bucket in the range included (zeros where nothing was published). `from` and `to` are widened to whole buckets; ' +
          `a range of more than ${maxTimelineBuckets} buckets is refused with 400. Articles without a publication time are not counted.`,
        params: EntityKeyParams,
        querystring: TimelineQuery,
        response: {
          200: ok(EntityTimelineSchema, 'The buckets, oldest first, and their totals.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => discovery.timeline(request.params.idOrSlug, request.query),
  );

  app.get(
    '/:idOrSlug/cooccurrences',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listEntityCooccurrences',
        tags: ['Entities'],
        summary: 'List the entities mentioned together with an entity',
        description:
          'The entities mentioned in the most articles that also mention this one, with the number of articles in common and the mentions ' +
          'in them; optionally only articles published in a date range, or only entities of a type. Returns the top `limit` (no cursor).',
        params: EntityKeyParams,
        querystring: CooccurrenceQuery,
        response: {
          200: ok(EntityCooccurrencesSchema, 'The co-occurring entities, most articles in common first.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => discovery.cooccurrences(request.params.idOrSlug, request.query),
  );
};

/** GET /v1/articles/{id}/related, registered under the articles prefix. */
export const articleDiscoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { discovery } = app.services;

  app.get(
    '/:id/related',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listRelatedArticles',
        tags: ['Articles'],
        summary: 'List articles related to an article',
        description:
          'Articles that mention the same entities or have a similar title, best first. Each shared entity weighs ln(1 + N / df) (N articles, ' +
          'from the table statistics once there are 50,000 or more; df of them mention it), so a rare entity such as a port counts for more than a country every article names; `entityScore` is the ' +
          'weight shared over the article’s own, `titleSimilarity` the pg_trgm similarity of the titles, and ' +
          '`score` = 0.8 × entityScore + 0.2 × titleSimilarity. Candidates are the 200 articles sharing the most weight among the article’s ' +
          'rarer entities (those whose document frequencies add up to 5,000, at least the rarest) and the articles with a similar title (similarity ≥ 0.3) among the 2,000 published nearest in time to it; ' +
          'every candidate’s entityScore counts all of the article’s entities. Returns the top `limit` (no cursor).',
        params: IdParams,
        querystring: RelatedQuery,
        response: {
          200: ok(RelatedArticlesSchema, 'The related articles, best first, each with the entities it shares.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => discovery.related(request.params.id, request.query),
  );
};
