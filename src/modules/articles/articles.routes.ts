import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { ArticleClaimListQuery, ClaimPage } from '../claims/claims.schemas.ts';
import { ArticleEntityListQuery, ArticleEntityPage } from '../mentions/mentions.schemas.ts';
import { toArticleDto, toPlainArticleDto } from './articles.mappers.ts';
import {
  ArticleCreateQuery,
  ArticleCreateSchema,
  ArticleGetQuery,
  ArticleListQuery,
  ArticlePage,
  ArticleSchema,
  ArticleUpdateSchema,
} from './articles.schemas.ts';

const tags = ['Articles'];

export const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { articles, mentions, claims, ingest } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listArticles',
        tags,
        summary: 'List articles',
        description:
          'Newest first by default. Filter by source, language, mentioned entity and publication date range.',
        querystring: ArticleListQuery,
        response: { 200: ok(ArticlePage, 'A page of articles.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await articles.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      config: { replicaReads: true, versioned: true, representations: 'article' },
      schema: {
        operationId: 'getArticle',
        tags,
        summary: 'Get an article',
        description:
          'As JSON (the default), IPTC ninjs 2.1 (`Accept: application/ninjs+json` or `format=ninjs`) or schema.org NewsArticle JSON-LD (`Accept: application/ld+json` or `format=jsonld`).',
        params: IdParams,
        querystring: ArticleGetQuery,
        response: { 200: ok(ArticleSchema, 'The article.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      if (request.query.as_of !== undefined)
        return reply.send(
          await app.services.history.articleAt(request.params.id, request.query.as_of, request.query.include),
        );
      const article = await articles.get(request.params.id, request.query.include);
      if (request.query.include) return reply.send(toArticleDto(article));
      // Embedded relations change without the article's version changing, so only the plain form gets an ETag.
      return reply.header('etag', etagOf(article.version)).send(toPlainArticleDto(article));
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createArticle',
        tags,
        summary: 'Create an article',
        description:
          'Two forms. **Structured** (no `bodyFormat`): a plain-text body with `sourceId`, `language` and optional hand-made mentions, stored as given ' +
          'with its mentions in one transaction. **Raw ingest** (with `bodyFormat`: `text`, `html` or `auto`): the body is turned into normalised text ' +
          '(HTML to text, site boilerplate such as comment forms and share prompts removed, whitespace), the language detected when absent, the source ' +
          'found by id, domain or name (default: the URL’s domain; an unknown domain creates a source), then the article is deduplicated — an identical ' +
          'body is stored with `duplicateOf` and lineage `republication` (similarity 1), a near-duplicate (MinHash similarity ≥ 0.5) with lineage ' +
          '`republication` and its similarity — linked to entities (gazetteer, plus NER proposals stored as `proposed` entities) and mined for ' +
          'claims (method `auto`, review status `proposed`), all in one transaction. In both forms the URL is stored canonical and must be new: ' +
          '409 names the existing article, or `onDuplicate=return` answers 200 with it. A missing publication time is recorded as unknown (null); a ' +
          'future one is refused with 422.',
        querystring: ArticleCreateQuery,
        body: ArticleCreateSchema,
        response: {
          200: ok(
            ArticleSchema,
            'With `onDuplicate=return`: the article already stored under the same canonical URL.',
            ['Location'],
          ),
          201: created(ArticleSchema, 'The created article.'),
          ...problemResponses(400, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const existing = request.query.onDuplicate === 'return' ? await articles.findByUrl(request.body.url) : null;
      if (existing)
        return reply
          .status(200)
          .header('location', `/v1/articles/${existing.id}`)
          .header('etag', etagOf(existing.version))
          .send(toArticleDto(existing));
      const article = request.body.bodyFormat
        ? await ingest.createFromRaw(request.body, { ner: request.query.ner })
        : await articles.create(request.body);
      return reply
        .status(201)
        .header('location', `/v1/articles/${article.id}`)
        .header('etag', etagOf(article.version))
        .send(toArticleDto(article));
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateArticle',
        tags,
        summary: 'Update an article',
        params: IdParams,
        body: ArticleUpdateSchema,
        response: { 200: ok(ArticleSchema, 'The article.'), ...problemResponses(400, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const article = await articles.update(request.params.id, request.body, parseIfMatch(request.headers['if-match']));
      return reply.header('etag', etagOf(article.version)).send(toArticleDto(article));
    },
  );

  app.delete(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'deleteArticle',
        tags,
        summary: 'Delete an article',
        description:
          'Also deletes its mentions and claims. Articles derived from it keep their text and lose the lineage link.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await articles.remove(request.params.id, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );

  app.get(
    '/:id/entities',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listArticleEntities',
        tags,
        summary: 'List the entities an article mentions, with every mention',
        description:
          'With `include=roles`, each entity carries the roles held on the article’s publication day (UTC; an open start or end does ' +
          'not exclude) — the president the article speaks of, not every office ever held; an undated article shows them all.',
        params: IdParams,
        querystring: ArticleEntityListQuery,
        response: {
          200: ok(ArticleEntityPage, 'A page of the entities the article mentions, each with its mentions.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      await articles.assertExists(request.params.id);
      return sendPage(
        request,
        reply,
        await mentions.entitiesInArticle(request.params.id, request.query),
        request.query.limit,
      );
    },
  );

  app.get(
    '/:id/claims',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listArticleClaims',
        tags,
        summary: 'List the claims an article makes',
        params: IdParams,
        querystring: ArticleClaimListQuery,
        response: { 200: ok(ClaimPage, 'A page of the article’s claims.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await articles.assertExists(request.params.id);
      return sendPage(
        request,
        reply,
        await claims.list({ ...request.query, articleId: request.params.id }),
        request.query.limit,
      );
    },
  );
};
