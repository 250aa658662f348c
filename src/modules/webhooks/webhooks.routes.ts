import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { AppError } from '../../lib/errors.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import type { ChangeStreams } from './changes-stream.ts';
import { toWebhookDto, watchLocation, webhookLocation } from './webhooks.mappers.ts';
import {
  ChangeStreamHeaders,
  ChangeStreamQuery,
  CreatedWebhookSchema,
  DeliveryParams,
  RotatedSecretSchema,
  WatchCreateSchema,
  WatchListQuery,
  WatchPage,
  WatchSchema,
  WebhookCreateSchema,
  WebhookDeliveryListQuery,
  WebhookDeliveryPage,
  WebhookDeliverySchema,
  WebhookListQuery,
  WebhookPage,
  WebhookSchema,
  WebhookUpdateSchema,
} from './webhooks.schemas.ts';

// Webhooks and watches belong to the API key that created them; every route needs a key with the `write` scope, and a
// key sees only its own (another key's webhook is a 404, not a 403: its existence is not disclosed).
const config = { access: 'write' as const };

function owner(request: FastifyRequest): string {
  if (!request.apiKey) throw new AppError('unauthorized', 'This operation needs an API key.');
  return request.apiKey.id;
}

const signatureNote =
  'Each delivery is a POST of JSON signed per Standard Webhooks: `webhook-id` (the delivery id, the same on every ' +
  'retry), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, ' +
  'keyed with the base64 part of the secret; two space-separated signatures during a rotation).';

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { webhooks } = app.services;
  const tags = ['Webhooks'];

  app.get(
    '/',
    {
      config,
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: 'List your webhooks',
        description: 'The webhooks created with this API key, oldest first; secrets are never listed.',
        querystring: WebhookListQuery,
        response: { 200: ok(WebhookPage, 'A page of webhooks.'), ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await webhooks.list(owner(request), request.query), request.query.limit),
  );

  app.post(
    '/',
    {
      // The secret is shown once: an Idempotency-Key replay gets 409 with the location instead of it.
      config: { ...config, secretInResponse: true },
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Create a webhook',
        description:
          'Registers an endpoint for change events (`eventTypes`) and/or the matches of your watches (`watchIds`). The response ' +
          'carries the signing secret, once. Events are delivered at least once by a worker on the PostgreSQL job queue, ' +
          'retried with exponential backoff and jitter; an endpoint that keeps failing is disabled with a reason. ' +
          signatureNote,
        body: WebhookCreateSchema,
        response: {
          201: created(CreatedWebhookSchema, 'The webhook, with its secret (shown only now).'),
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { webhook, secret } = await webhooks.create(request.body, owner(request));
      return reply
        .status(201)
        .header('location', webhookLocation(webhook.id))
        .header('etag', etagOf(webhook.version))
        .send({ ...toWebhookDto(webhook), secret });
    },
  );

  app.get(
    '/:id',
    {
      config: { ...config, versioned: true },
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'Get a webhook',
        description: 'The webhook, its status and failure count, without its secret.',
        params: IdParams,
        response: { 200: ok(WebhookSchema, 'The webhook.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const webhook = await webhooks.get(request.params.id, owner(request));
      return reply.header('etag', etagOf(webhook.version)).send(toWebhookDto(webhook));
    },
  );

  app.patch(
    '/:id',
    {
      config: { ...config, versioned: true },
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: 'Update a webhook',
        description:
          'Changes its URL, description, event types or watches, or pauses and re-enables it (`enabled`); re-enabling ' +
          'a webhook disabled after failures starts its failure count again. Send If-Match with its ETag.',
        params: IdParams,
        body: WebhookUpdateSchema,
        response: { 200: ok(WebhookSchema, 'The webhook.'), ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const webhook = await webhooks.update(
        request.params.id,
        owner(request),
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.header('etag', etagOf(webhook.version)).send(toWebhookDto(webhook));
    },
  );

  app.delete(
    '/:id',
    {
      config: { ...config, versioned: true },
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Delete a webhook',
        description: 'Stops all deliveries to it at once; its delivery log goes with it.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await webhooks.remove(request.params.id, owner(request), parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  );

  app.post(
    '/:id/rotate-secret',
    {
      config: { ...config, secretInResponse: true },
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Rotate a webhook’s signing secret',
        description:
          'Issues a new secret (shown once). Until `previousSecretExpiresAt` (WEBHOOK_SECRET_GRACE_HOURS after the rotation) ' +
          'every delivery carries two signatures in `webhook-signature`, one per secret, so receivers can switch without ' +
          'losing a delivery.',
        params: IdParams,
        response: { 200: ok(RotatedSecretSchema, 'The new secret.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { secret, previousSecretExpiresAt } = await webhooks.rotateSecret(request.params.id, owner(request));
      return { secret, previousSecretExpiresAt };
    },
  );

  app.post(
    '/:id/ping',
    {
      config,
      schema: {
        operationId: 'pingWebhook',
        tags,
        summary: 'Send a test event to a webhook',
        description: `Queues a \`webhook.ping\` event, delivered and logged like any other. ${signatureNote}`,
        params: IdParams,
        response: { 202: ok(WebhookDeliverySchema, 'The queued delivery.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => reply.status(202).send(await webhooks.ping(request.params.id, owner(request))),
  );

  app.get(
    '/:id/deliveries',
    {
      config,
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'List a webhook’s deliveries',
        description:
          'The delivery log, newest first: each event’s status (pending, retrying, succeeded, failed), attempts, the last ' +
          'response code, latency and error, and when the next attempt is due.',
        params: IdParams,
        querystring: WebhookDeliveryListQuery,
        response: { 200: ok(WebhookDeliveryPage, 'A page of deliveries.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await webhooks.listDeliveries(request.params.id, owner(request), request.query),
        request.query.limit,
      ),
  );

  app.post(
    '/:id/deliveries/:deliveryId/redeliver',
    {
      config,
      schema: {
        operationId: 'redeliverWebhookDelivery',
        tags,
        summary: 'Deliver an event again',
        description:
          'Queues the delivery again now, with the same `webhook-id` and body (freshly signed), whatever its status. ' +
          'Refused with 409 while the webhook is disabled.',
        params: DeliveryParams,
        response: { 202: ok(WebhookDeliverySchema, 'The queued delivery.'), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await webhooks.redeliver(request.params.id, owner(request), request.params.deliveryId)),
  );
};

export const watchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { webhooks } = app.services;
  const tags = ['Watches'];

  app.get(
    '/',
    {
      config,
      schema: {
        operationId: 'listWatches',
        tags,
        summary: 'List your watches',
        querystring: WatchListQuery,
        response: { 200: ok(WatchPage, 'A page of watches.'), ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await webhooks.listWatches(owner(request), request.query), request.query.limit),
  );

  app.post(
    '/',
    {
      config,
      schema: {
        operationId: 'createWatch',
        tags,
        summary: 'Watch an entity, a source or a claim',
        description:
          'Each change is matched against watches as it leaves the change feed, by the watched id: an entity watch matches ' +
          'new articles that mention the entity, new claims by or about it and new relations it takes part in; a source ' +
          'watch new articles from the source; a claim watch changes of the claim’s status. Name the watch in a webhook’s ' +
          '`watchIds` to have its matches delivered.',
        body: WatchCreateSchema,
        response: { 201: created(WatchSchema, 'The watch.'), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const watch = await webhooks.createWatch(request.body, owner(request));
      return reply.status(201).header('location', watchLocation(watch.id)).send(watch);
    },
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        operationId: 'getWatch',
        tags,
        summary: 'Get a watch',
        params: IdParams,
        response: { 200: ok(WatchSchema, 'The watch.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => webhooks.getWatch(request.params.id, owner(request)),
  );

  app.delete(
    '/:id',
    {
      config,
      schema: {
        operationId: 'deleteWatch',
        tags,
        summary: 'Delete a watch',
        description: 'Its matches stop at once; webhooks that named it keep their other event types and watches.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await webhooks.removeWatch(request.params.id, owner(request));
      return reply.status(204).send();
    },
  );
};

/** GET /v1/changes/stream, registered under the changes prefix. */
export const changeStreamRoutes: FastifyPluginAsyncZod<{ streams: ChangeStreams }> = async (app, options) => {
  const { streams } = options;
  app.addHook('preClose', async () => streams.drain());

  app.get(
    '/stream',
    {
      config: { longRunning: true },
      schema: {
        operationId: 'streamChanges',
        tags: ['Changes'],
        summary: 'Follow the change feed as Server-Sent Events',
        description:
          'The change feed (`GET /v1/changes`) pushed as it happens: one `change` event per change, its `id` the change feed cursor ' +
          'and its data the change event. Resume with the `Last-Event-ID` header (EventSource sends it by itself) or `after`: ' +
          'every change once, in feed order. Without either, the stream starts now. Filters: `types`, `entity` (its own changes ' +
          'and those an entity watch on it matches), `watch` (one of your watches; needs your key). An idle stream sends a ' +
          '`: heartbeat` comment every PUSH_STREAM_HEARTBEAT_MS; a stream ends after PUSH_STREAM_MAX_MS or when the server ' +
          'drains, and the client reconnects with Last-Event-ID. At most PUSH_STREAM_MAX streams are open: one more gets 429.',
        querystring: ChangeStreamQuery,
        headers: ChangeStreamHeaders,
        response: {
          200: {
            description: 'An event stream (text/event-stream) of `change` events.',
            content: { 'text/event-stream': { schema: z.string() } },
          },
          ...problemResponses(400, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const filters = { types: request.query.types, entity: request.query.entity, watch: request.query.watch };
      const start = await streams.open({
        lastEventId: request.headers['last-event-id'],
        after: request.query.after,
        filters,
        keyId: request.apiKey?.id ?? null,
      });
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-request-id': String(request.id),
      });
      raw.write('retry: 1000\n\n');
      let gone = false;
      raw.on('close', () => {
        gone = true;
      });
      await streams.run(
        start,
        filters,
        {
          event: (id, name, data) => raw.write(`id: ${id}\nevent: ${name}\ndata: ${data}\n\n`),
          comment: (text) => raw.write(`: ${text}\n\n`),
        },
        () => gone,
      );
      raw.end();
    },
  );
};
