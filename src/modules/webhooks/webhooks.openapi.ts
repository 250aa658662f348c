import { z } from 'zod';
import { ChangeEventPayload, PingPayload } from './webhooks.schemas.ts';

// OpenAPI 3.1's top-level `webhooks`: the requests Meridian makes to subscribers' endpoints, with their bodies and the
// Standard Webhooks signature headers. Routes cannot describe them (they are not served), so they are added here.

const header = (description: string, example: string) => ({
  required: true,
  description,
  schema: { type: 'string', example },
});

const signatureHeaders = {
  'webhook-id': header(
    'The delivery’s id, the same on every attempt and redelivery: deduplicate on it.',
    '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
  ),
  'webhook-timestamp': header(
    'When this attempt was signed, in Unix seconds; refuse timestamps far from now (replays).',
    '1733560000',
  ),
  'webhook-signature': header(
    'Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>` keyed with the ' +
      'base64-decoded part of the `whsec_` secret after its prefix. During a secret rotation there is one per valid secret; accept ' +
      'the request if any matches (compare in constant time).',
    'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  ),
};

function operation(summary: string, description: string, schemaName: string) {
  return {
    post: {
      summary,
      description,
      tags: ['Webhooks'],
      parameters: Object.entries(signatureHeaders).map(([name, value]) => ({ name, in: 'header', ...value })),
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
      },
      responses: {
        '2XX': {
          description: 'Received. Any 2xx status counts as delivered; anything else (or no answer) is retried.',
        },
      },
    },
  };
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, id: _id, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return rest;
}

/** The `webhooks` section and the component schemas its operations refer to. */
export function webhooksDocument() {
  return {
    webhooks: {
      changeEvent: operation(
        'A change from the change feed',
        'Sent for each change whose type the webhook subscribes to, and for each change that matches one of its watches ' +
          '(`data.watchIds`). At least once, in roughly feed order (retries may overtake).',
        'WebhookChangeEvent',
      ),
      ping: operation('A test event', 'Sent by POST /v1/webhooks/{id}/ping.', 'WebhookPingEvent'),
    },
    schemas: { WebhookChangeEvent: jsonSchema(ChangeEventPayload), WebhookPingEvent: jsonSchema(PingPayload) },
  };
}
