import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPage } from '../../lib/pagination.ts';
import { created, ok, problemResponses } from '../../lib/schemas.ts';
import { ApiKeyCreateSchema, ApiKeyListQuery, ApiKeyPage, CreatedApiKeySchema } from './keys.schemas.ts';
import { toApiKeyDto } from './keys.service.ts';

const tags = ['Keys'];
const config = { access: 'admin' as const };

export const keyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { keys } = app.services;

  app.get(
    '/',
    {
      config,
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'List API keys',
        description: 'Keys without their secrets, oldest first. Needs the `admin` scope.',
        querystring: ApiKeyListQuery,
        response: { 200: ok(ApiKeyPage, 'A page of API keys.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await keys.list(request.query), request.query.limit),
  );

  app.post(
    '/',
    {
      // The secret is never kept for an Idempotency-Key replay: a retry is told what was created (409) instead.
      config: { ...config, secretInResponse: true },
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Create an API key',
        description:
          'The response carries the secret, once; only its hash is stored. Needs the `admin` scope. With an Idempotency-Key, a ' +
          'retry after a success gets 409 `secret_not_replayable` with the created key’s `location`, never the secret again: it is ' +
          'not kept anywhere, not even for the replay (revoke that key and create another if the secret was lost).',
        body: ApiKeyCreateSchema,
        response: {
          201: created(CreatedApiKeySchema, 'The created key, with its secret.'),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { key, secret } = await keys.create(request.body);
      return reply
        .status(201)
        .header('location', `/v1/keys/${key.id}`)
        .send({ ...toApiKeyDto(key), secret });
    },
  );

  app.delete(
    '/:id',
    {
      config,
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key',
        description: 'The key stops working at once; it stays listed (with `revokedAt`) for the audit trail.',
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: z.undefined().describe('Revoked.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await keys.revoke(request.params.id);
      return reply.status(204).send();
    },
  );
};
