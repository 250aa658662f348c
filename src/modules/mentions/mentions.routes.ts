import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { sendPage } from '../../lib/pagination.ts';
import { ReviewSchema, reviewDescription } from '../../lib/references.ts';
import { IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { toMentionResourceDto } from './mentions.mappers.ts';
import { MentionListQuery, MentionPage, MentionResourceSchema, MentionUpdateSchema } from './mentions.schemas.ts';

/** /v1/mentions: every mention as a resource of its own, to read, correct and review. */
export const mentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { mentions } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'listMentions',
        tags: ['Entities'],
        summary: 'List mentions',
        description:
          'Every mention of any entity in any article, oldest first; filter by review status, method, article and entity (`?status=proposed&method=ner` is the review queue).',
        querystring: MentionListQuery,
        response: { 200: ok(MentionPage, 'A page of mentions.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await mentions.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      config: { replicaReads: true, versioned: true },
      schema: {
        operationId: 'getMention',
        tags: ['Entities'],
        summary: 'Get a mention',
        params: IdParams,
        response: { 200: ok(MentionResourceSchema, 'The mention.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const mention = await mentions.get(request.params.id);
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );

  app.patch(
    '/:id',
    {
      config: { versioned: true },
      schema: {
        operationId: 'updateMention',
        tags: ['Entities'],
        summary: 'Correct a mention',
        description:
          'Point it at another entity, move its offsets (the surface text is re-read from the body), change its confidence or status.',
        params: IdParams,
        body: MentionUpdateSchema,
        response: {
          200: ok(MentionResourceSchema, 'The corrected mention.'),
          ...problemResponses(400, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const mention = await mentions.correct(
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );

  app.post(
    '/:id/review',
    {
      config: { versioned: true },
      schema: {
        operationId: 'reviewMention',
        tags: ['Entities'],
        summary: 'Accept or reject a mention',
        description: `${reviewDescription} Correct it with PATCH /v1/mentions/{id}.`,
        params: IdParams,
        body: ReviewSchema,
        response: {
          200: ok(MentionResourceSchema, 'The mention with its new status.'),
          ...problemResponses(400, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const mention = await mentions.review(
        request.params.id,
        request.body.action,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(mention.version)).send(toMentionResourceDto(mention));
    },
  );
};
