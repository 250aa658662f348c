import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import {
  maxMergedStories,
  maxSplitArticles,
  StoryGetQuery,
  StoryListQuery,
  StoryMergeBody,
  StoryMergeResult,
  StoryPage,
  StorySplitBody,
  StorySplitResult,
  StoryWithArticlesSchema,
} from './stories.schemas.ts';

const tags = ['Stories'];

/** /v1/stories: list, one story with its articles, merge and split by hand (write scope, If-Match on the story). */
export const storyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { stories } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listStories',
        tags,
        summary: 'List stories, newest activity first',
        description:
          'Stories group articles about the same event or development: at ingest, an article joins its original’s story ' +
          '(republications, translations, near-duplicates), else the story whose articles from the 3 days around it share its rarer ' +
          'entities and its title’s terms, else starts its own. Ordered by `lastActivity` (the latest publication among its articles), ' +
          'newest first. Filters: `since`/`until` on the last activity, `entity`, `country`, `language`, `min_articles`.',
        querystring: StoryListQuery,
        response: { 200: ok(StoryPage, 'A page of stories.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await stories.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      config: { versioned: true, replicaReads: true },
      schema: {
        operationId: 'getStory',
        tags,
        summary: 'Get a story with its articles',
        description:
          'The story — representative title, first seen and last activity, articles and independent sources, articles per language, ' +
          'the link to its lineage graph — and one page of its articles (oldest stored first; `articlesCursor` pages on), each ' +
          'with its outlet and whether it counts as independent.',
        params: IdParams,
        querystring: StoryGetQuery,
        response: {
          200: ok(StoryWithArticlesSchema, 'The story and a page of its articles.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { story, articles } = await stories.get(request.params.id, request.query);
      const url = new URL(request.url, 'http://placeholder');
      if (articles.nextCursor !== null) url.searchParams.set('articlesCursor', articles.nextCursor);
      const next = articles.nextCursor === null ? null : `${url.pathname}${url.search}`;
      return reply.header('etag', etagOf(story.version)).send({
        ...story,
        articles: { data: articles.items, page: { limit: request.query.limit, nextCursor: articles.nextCursor, next } },
      });
    },
  );

  app.post(
    '/:id/merge',
    {
      config: { versioned: true },
      schema: {
        operationId: 'mergeStories',
        tags,
        summary: 'Merge stories into this one',
        description:
          `Moves every article of the listed stories (at most ${maxMergedStories}) into this story and deletes them; the figures are ` +
          'recomputed. Refused with 422 naming the entry when a listed story does not exist, 400 when it lists this story. ' +
          'Recorded as revisions with the operation `merge` (the merged stories: deleted; their articles: updated). Ingest never ' +
          'moves stored articles, so the merge stays: later articles join the merged story.',
        params: IdParams,
        body: StoryMergeBody,
        response: {
          200: ok(StoryMergeResult, 'The story as it now is, and the stories merged in.', ['Content-Location']),
          ...problemResponses(400, 404, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await stories.merge(request.params.id, request.body, parseIfMatch(request.headers['if-match']));
      return reply
        .header('content-location', `/v1/stories/${result.story.id}`)
        .header('etag', etagOf(result.story.version))
        .send(result);
    },
  );

  app.post(
    '/:id/split',
    {
      config: { versioned: true },
      schema: {
        operationId: 'splitStory',
        tags,
        summary: 'Split articles off a story into a new one',
        description:
          `Moves the listed articles of this story (at most ${maxSplitArticles}, not all of them) into a new story. An article ` +
          'that is not in this story is refused with 422 naming it. Recorded as revisions with the operation `split`. Ingest never ' +
          'moves stored articles, so the split stays: a later republication joins the story its original is now in.',
        params: IdParams,
        body: StorySplitBody,
        response: {
          201: created(StorySplitResult, 'This story and the new one.'),
          ...problemResponses(400, 404, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await stories.split(request.params.id, request.body, parseIfMatch(request.headers['if-match']));
      return reply.status(201).header('location', `/v1/stories/${result.created.id}`).send(result);
    },
  );
};
