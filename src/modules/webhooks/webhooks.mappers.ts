import type { DeliveryRow, WatchRow, WebhookRow } from './webhooks.repository.ts';
import type { WatchDto, WebhookDeliveryDto, WebhookDto } from './webhooks.schemas.ts';

/** The webhook as the API shows it: never its secrets. */
export function toWebhookDto(row: WebhookRow): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    watchIds: row.watchIds,
    status: row.status,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    consecutiveFailures: row.consecutiveFailures,
    previousSecretExpiresAt:
      row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date()
        ? row.previousSecretExpiresAt.toISOString()
        : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastLatencyMs: row.lastLatencyMs,
    lastError: row.lastError,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    payload: sentPayload(row),
  };
}

/** The body as sent: the shared stored body with the delivery's own watch ids (see sentBody in the repository). */
function sentPayload(row: DeliveryRow): Record<string, unknown> {
  const body = row.payload.body as Record<string, unknown>;
  if (!row.watchIds?.length) return body;
  return { ...body, data: { ...(body.data as Record<string, unknown>), watchIds: row.watchIds } };
}

export function toWatchDto(row: WatchRow): WatchDto {
  return { id: row.id, kind: row.kind, targetId: row.targetId, createdAt: row.createdAt.toISOString() };
}

export const webhookLocation = (id: string) => `/v1/webhooks/${id}`;
export const watchLocation = (id: string) => `/v1/watches/${id}`;
