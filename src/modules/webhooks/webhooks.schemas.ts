import { z } from 'zod';
import { listParam, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { resourceTypes } from '../history/history.schemas.ts';

const actions = ['created', 'updated', 'deleted', 'merged'] as const;

/** Every event type a webhook can subscribe to: `<resource>.<action>`, `<resource>.*` for all of a resource's. */
export const eventTypes = [
  ...resourceTypes.flatMap((type) => [
    ...actions
      .filter((action) => action !== 'merged' || type === 'entity' || type === 'story')
      .map((action) => `${type}.${action}`),
    `${type}.*`,
  ]),
] as [string, ...string[]];

export const EventType = z.enum(eventTypes).meta({
  description: 'A change event type, `<resource>.<action>`, or `<resource>.*` for every action on a resource.',
  example: 'article.created',
});

export const webhookUrlMaxLength = 2048;

export const WebhookCreateSchema = z
  .strictObject({
    url: z
      .string()
      .max(webhookUrlMaxLength)
      .meta({
        description:
          'Where events are POSTed: an http or https URL. Addresses in private, loopback, link-local, CGNAT and metadata ' +
          'ranges are refused (at creation for literal addresses, at every delivery after DNS resolution) unless the host ' +
          'is on the server’s WEBHOOK_ALLOWED_HOSTS list.',
        example: 'https://newsroom.example.org/hooks/meridian',
      }),
    description: z.string().trim().max(500).optional().meta({ description: 'A note for the people who run it.' }),
    eventTypes: z
      .array(EventType)
      .max(eventTypes.length)
      .default([])
      .meta({ description: 'The change events to receive, from the change feed.' }),
    watchIds: z.array(Uuid).max(100).default([]).meta({
      description:
        'Watches (of the same API key) whose matches to receive: each matching change, with `data.watchIds`.',
    }),
  })
  .meta({
    id: 'WebhookCreate',
    examples: [{ url: 'https://newsroom.example.org/hooks/meridian', eventTypes: ['claim.*'], watchIds: [] }],
  });
export type WebhookCreate = z.infer<typeof WebhookCreateSchema>;

export const WebhookUpdateSchema = z
  .strictObject({
    url: WebhookCreateSchema.shape.url.optional(),
    description: z.string().trim().max(500).nullable().optional(),
    eventTypes: z.array(EventType).max(eventTypes.length).optional(),
    watchIds: z.array(Uuid).max(100).optional(),
    enabled: z.boolean().optional().meta({
      description: '`true` re-enables a webhook that was disabled (its failure count starts again); `false` pauses it.',
    }),
  })
  .meta({ id: 'WebhookUpdate', examples: [{ enabled: true }] });
export type WebhookUpdate = z.infer<typeof WebhookUpdateSchema>;

export const WebhookSchema = z
  .object({
    id: Uuid,
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(z.string()),
    watchIds: z.array(z.string()),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z
      .string()
      .nullable()
      .meta({ description: 'Why the webhook was disabled (by its owner, or after sustained failure).' }),
    disabledAt: Timestamp.nullable(),
    consecutiveFailures: z.number().int().meta({ description: 'Failed attempts in a row; a success resets it.' }),
    previousSecretExpiresAt: Timestamp.nullable().meta({
      description: 'After a rotation: until when the previous secret still signs deliveries (a second signature).',
    }),
    version: z.number().int().meta({ description: 'Incremented on every change; sent as the ETag.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Webhook', description: 'A webhook endpoint. Its secret is shown only when created or rotated.' });
export type WebhookDto = z.infer<typeof WebhookSchema>;

const Secret = z.string().meta({
  description:
    'The signing secret, `whsec_` and base64 (Standard Webhooks). Shown only in this response: it is never returned again.',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
});

export const CreatedWebhookSchema = WebhookSchema.extend({ secret: Secret }).meta({ id: 'CreatedWebhook' });

export const RotatedSecretSchema = z
  .object({
    secret: Secret,
    previousSecretExpiresAt: Timestamp.meta({
      description: 'Until then, deliveries carry a signature with each secret; after it, only with the new one.',
    }),
  })
  .meta({ id: 'RotatedWebhookSecret' });

export const WebhookPage = pageOf(WebhookSchema, 'WebhookPage');
export const WebhookListQuery = z.strictObject({ ...PageQuery });

export const DeliveryStatus = z.enum(['pending', 'retrying', 'succeeded', 'failed']);

export const WebhookDeliverySchema = z
  .object({
    id: Uuid.meta({ description: 'The delivery’s id: the `webhook-id` header of each of its attempts.' }),
    eventType: z.string().meta({ example: 'article.created' }),
    status: DeliveryStatus,
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable().meta({ description: 'The receiver’s last HTTP status, if any.' }),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastAttemptAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    deliveredAt: Timestamp.nullable(),
    createdAt: Timestamp,
    payload: z.record(z.string(), z.unknown()).meta({ description: 'The body POSTed (see the `webhooks` section).' }),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDeliveryDto = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveryPage = pageOf(WebhookDeliverySchema, 'WebhookDeliveryPage');
export const WebhookDeliveryListQuery = z.strictObject({ ...PageQuery, status: DeliveryStatus.optional() });
export const DeliveryParams = z.strictObject({ id: Uuid, deliveryId: Uuid });

// The bodies POSTed to endpoints (documented in the OpenAPI document's `webhooks` section).
const ChangeData = z.object({
  cursor: z.string().meta({ description: 'The change feed cursor of the change (`GET /v1/changes?after=`).' }),
  type: z.enum(resourceTypes),
  id: Uuid,
  location: z.string(),
  revision: z.number().int(),
  action: z.enum(actions),
  changedFields: z.array(z.string()),
  operation: z.string().nullable(),
  mergedInto: z.string().nullable(),
  actor: z.object({ keyPrefix: z.string() }).nullable(),
  requestId: z.string().nullable(),
  recordedAt: Timestamp,
  watchIds: z.array(Uuid).meta({ description: 'The receiver’s watches this change matched (empty for plain events).' }),
});

export const ChangeEventPayload = z
  .object({
    type: z.string().meta({ description: '`<resource>.<action>`', example: 'article.created' }),
    timestamp: Timestamp,
    data: ChangeData,
  })
  .meta({ description: 'A change from the change feed, sent to subscribed webhooks.' });

/** A ping is a manual test of the endpoint: delivered and logged, but it does not count towards auto-disable. */
export const pingEventType = 'webhook.ping';

export const PingPayload = z
  .object({
    type: z.literal('webhook.ping'),
    timestamp: Timestamp,
    data: z.object({ webhookId: Uuid }),
  })
  .meta({ description: 'A test event sent by POST /v1/webhooks/{id}/ping.' });

export const WatchKind = z.enum(['entity', 'source', 'claim', 'saved_search']);

export const WatchCreateSchema = z
  .strictObject({
    kind: WatchKind.meta({
      description:
        '`entity`: new articles that mention it, new claims by or about it, new relations (roles) it takes part in; ' +
        '`source`: new articles from it; `claim`: changes of its status; `saved_search` (one of yours): new articles it matches.',
    }),
    targetId: Uuid.meta({ description: 'The id of the entity, source, claim or saved search watched.' }),
  })
  .meta({ id: 'WatchCreate', examples: [{ kind: 'entity', targetId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }] });
export type WatchCreate = z.infer<typeof WatchCreateSchema>;

export const WatchSchema = z
  .object({ id: Uuid, kind: WatchKind, targetId: Uuid, createdAt: Timestamp })
  .meta({ id: 'Watch', description: 'A standing interest in an entity, a source or a claim.' });
export type WatchDto = z.infer<typeof WatchSchema>;
export const WatchPage = pageOf(WatchSchema, 'WatchPage');
export const WatchListQuery = z.strictObject({ ...PageQuery });

export const ChangeStreamQuery = z.strictObject({
  after: z.string().max(512).optional().meta({
    description: 'A change feed cursor to start after (as `GET /v1/changes?after=`); the Last-Event-ID header wins.',
  }),
  types: listParam(
    z.enum(resourceTypes),
    resourceTypes.length,
    'Only changes to these kinds of resource.',
    'claim,entity',
  ),
  entity: Uuid.optional().meta({ description: 'Only changes that concern this entity (an entity id).' }),
  watch: Uuid.optional().meta({
    description: 'Only changes one of your watches matches (needs the key that made it).',
  }),
});

export const ChangeStreamHeaders = z.object({
  'last-event-id': z.string().max(512).optional().meta({
    description: 'The id of the last event received: the stream resumes right after it.',
  }),
});
