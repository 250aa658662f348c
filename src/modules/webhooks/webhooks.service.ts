import { uuidv7 } from 'uuidv7';
import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, invalidField, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { toDeliveryDto, toWatchDto, toWebhookDto } from './webhooks.mappers.ts';
import { type OutboundPolicy, urlProblem } from './webhooks.outbound.ts';
import type { WebhookRepository, WebhookRow } from './webhooks.repository.ts';
import { pingEventType, type WatchCreate, type WebhookCreate, type WebhookUpdate } from './webhooks.schemas.ts';
import { generateSecret } from './webhooks.signing.ts';

export type WebhookSettings = Pick<OutboundPolicy, 'allowedHosts'> & {
  /** How long the previous secret keeps signing after a rotation. */
  secretGraceMs: number;
};

/** Webhooks and watches, each owned by the API key that created it: other keys see neither (404). */
export function createWebhookService(deps: {
  transactions: Pick<Transactions, 'run'>;
  webhooks: WebhookRepository;
  settings: WebhookSettings;
}) {
  const { transactions, webhooks, settings } = deps;

  function checkUrl(url: string) {
    const problem = urlProblem(url, settings);
    if (problem) throw invalidField('body', 'url', problem);
  }

  async function checkWatches(watchIds: string[], ownerKeyId: string) {
    const unique = [...new Set(watchIds)];
    if (unique.length > 0 && (await webhooks.countOwnedWatches(unique, ownerKeyId)) !== unique.length)
      throw new AppError(
        'unprocessable',
        'watchIds names a watch this API key does not own (or that does not exist).',
        {
          errors: [{ location: 'body', field: 'watchIds', message: 'must name watches created with this API key' }],
        },
      );
    return unique;
  }

  async function owned(id: string, ownerKeyId: string): Promise<WebhookRow> {
    const webhook = await webhooks.findOwned(id, ownerKeyId);
    if (!webhook) throw notFound('webhook', id);
    return webhook;
  }

  const listensTo = (eventTypes: string[], watchIds: string[]) => {
    if (eventTypes.length === 0 && watchIds.length === 0)
      throw new AppError('validation_failed', 'A webhook needs at least one event type or watch.', {
        errors: [{ location: 'body', field: 'eventTypes', message: 'must not be empty when watchIds is empty' }],
      });
  };

  return {
    async create(input: WebhookCreate, ownerKeyId: string) {
      checkUrl(input.url);
      const eventTypes = [...new Set(input.eventTypes)];
      listensTo(eventTypes, input.watchIds);
      const watchIds = await checkWatches(input.watchIds, ownerKeyId);
      const secret = generateSecret();
      const row = await transactions.run((tx) =>
        webhooks.create(
          { ownerKeyId, url: input.url, description: input.description ?? null, eventTypes, watchIds, secret },
          tx,
        ),
      );
      return { webhook: row, secret };
    },

    get: owned,

    async list(ownerKeyId: string, filters: { limit: number; cursor?: string }) {
      const cursor = decodeCursor(filters.cursor, 'webhooks:id');
      const rows = await webhooks.listPage(ownerKeyId, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'webhooks:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toWebhookDto) };
    },

    async update(id: string, ownerKeyId: string, input: WebhookUpdate, precondition?: Precondition) {
      const webhook = await owned(id, ownerKeyId);
      if (input.url !== undefined) checkUrl(input.url);
      const eventTypes = input.eventTypes ? [...new Set(input.eventTypes)] : webhook.eventTypes;
      const watchIds = input.watchIds ? await checkWatches(input.watchIds, ownerKeyId) : webhook.watchIds;
      listensTo(eventTypes, watchIds);
      const status =
        input.enabled === undefined ? undefined : input.enabled ? ('enabled' as const) : ('disabled' as const);
      const statusChange =
        status === undefined || status === webhook.status
          ? {}
          : status === 'enabled'
            ? { status, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
            : { status, disabledReason: 'Disabled by its owner.', disabledAt: new Date() };
      return writeIfCurrent(precondition, webhook.version, 'webhook', (expected) =>
        transactions.run((tx) =>
          webhooks.update(
            id,
            expected,
            {
              ...(input.url !== undefined ? { url: input.url } : {}),
              ...(input.description !== undefined ? { description: input.description } : {}),
              eventTypes,
              watchIds,
              ...statusChange,
            },
            tx,
          ),
        ),
      );
    },

    async remove(id: string, ownerKeyId: string, precondition?: Precondition) {
      const webhook = await owned(id, ownerKeyId);
      await writeIfCurrent(precondition, webhook.version, 'webhook', (expected) =>
        transactions.run((tx) => webhooks.remove(id, expected, tx)),
      );
    },

    /** A new secret; the previous one keeps signing (a second signature) for the grace period. */
    async rotateSecret(id: string, ownerKeyId: string) {
      const webhook = await owned(id, ownerKeyId);
      const secret = generateSecret();
      const previousSecretExpiresAt = new Date(Date.now() + settings.secretGraceMs);
      const row = await transactions.run((tx) =>
        webhooks.update(id, undefined, { secret, previousSecret: webhook.secret, previousSecretExpiresAt }, tx),
      );
      return { webhook: row, secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() };
    },

    /** Queues a `webhook.ping` event for the endpoint (delivered like any event, recorded in its log). */
    async ping(id: string, ownerKeyId: string) {
      const webhook = await owned(id, ownerKeyId);
      const deliveryId = uuidv7();
      const payload = JSON.stringify({
        type: pingEventType,
        timestamp: new Date().toISOString(),
        data: { webhookId: webhook.id },
      });
      const row = await transactions.run((tx) =>
        webhooks.createDelivery(
          { id: deliveryId, webhookId: webhook.id, eventType: pingEventType, revisionId: null },
          payload,
          tx,
        ),
      );
      return toDeliveryDto(row);
    },

    async listDeliveries(
      id: string,
      ownerKeyId: string,
      filters: { limit: number; cursor?: string; status?: 'pending' | 'retrying' | 'succeeded' | 'failed' },
    ) {
      await owned(id, ownerKeyId);
      const ordering = `webhook-deliveries:${filters.status ?? 'all'}`;
      const cursor = decodeCursor(filters.cursor, ordering);
      const rows = await webhooks.listDeliveries(id, filters.status, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: ordering, v: null, id: row.id }));
      return { ...page, items: page.items.map(toDeliveryDto) };
    },

    /** Sends a delivery again now, with the same webhook-id (receivers that already have it deduplicate). */
    async redeliver(id: string, ownerKeyId: string, deliveryId: string) {
      const webhook = await owned(id, ownerKeyId);
      const delivery = await webhooks.findDelivery(webhook.id, deliveryId);
      if (!delivery) throw notFound('delivery', deliveryId);
      if (webhook.status === 'disabled')
        throw new AppError('conflict', 'The webhook is disabled; enable it (PATCH with `enabled: true`) first.');
      return toDeliveryDto(await transactions.run((tx) => webhooks.requeueDelivery(delivery.id, tx)));
    },

    async createWatch(input: WatchCreate, ownerKeyId: string) {
      if (!(await webhooks.targetExists(input.kind, input.targetId, ownerKeyId)))
        throw new AppError('unprocessable', `targetId refers to no ${input.kind.replace('_', ' ')} of yours.`, {
          errors: [
            {
              location: 'body',
              field: 'targetId',
              message: `no ${input.kind.replace('_', ' ')} has the id '${input.targetId}'`,
            },
          ],
        });
      return toWatchDto(
        await transactions.run((tx) =>
          webhooks.createWatch({ ownerKeyId, kind: input.kind, targetId: input.targetId }, tx),
        ),
      );
    },

    async getWatch(id: string, ownerKeyId: string) {
      const watch = await webhooks.findWatch(id, ownerKeyId);
      if (!watch) throw notFound('watch', id);
      return toWatchDto(watch);
    },

    async listWatches(ownerKeyId: string, filters: { limit: number; cursor?: string }) {
      const cursor = decodeCursor(filters.cursor, 'watches:id');
      const rows = await webhooks.listWatches(ownerKeyId, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'watches:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toWatchDto) };
    },

    async removeWatch(id: string, ownerKeyId: string) {
      const watch = await webhooks.findWatch(id, ownerKeyId);
      if (!watch) throw notFound('watch', id);
      await transactions.run((tx) => webhooks.removeWatch(watch.id, tx));
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
