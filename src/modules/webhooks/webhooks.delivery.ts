import type { Transactions } from '../../db/transaction.ts';
import { groupCalls } from './webhooks.batching.ts';
import { type OutboundPolicy, postJson } from './webhooks.outbound.ts';
import type { AttemptOutcome, WebhookRepository } from './webhooks.repository.ts';
import { pingEventType } from './webhooks.schemas.ts';
import { signatureHeader } from './webhooks.signing.ts';

export type RetryPolicy = {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The delay before the second attempt; each later one doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Disable an endpoint after this many failed attempts in a row … */
  disableAfterFailures: number;
  /** … once it has been failing for at least this long. */
  disableAfterMs: number;
};

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so retries of many endpoints spread out. */
export function retryDelayMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random = Math.random,
) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * One attempt of one delivery: the job the queue runs. The body is the stored payload, signed per Standard Webhooks
 * with the current secret (and the previous one during a rotation's grace period); the webhook-id is the delivery's
 * id, the same on every attempt, so a receiver deduplicates retries and redeliveries. The outcome, the endpoint's
 * failure count and the next attempt's job are written in one transaction.
 */
export function createDeliveryWorker(deps: {
  transactions: Pick<Transactions, 'run'>;
  webhooks: WebhookRepository;
  outbound: OutboundPolicy;
  retry: RetryPolicy;
}) {
  const { transactions, webhooks, outbound, retry } = deps;
  // Concurrent deliveries share their reads and their success writes (one statement for many: see groupCalls); the
  // handler still returns only after its outcome has committed, so the job completes after the record, as before.
  const loadAttempt = groupCalls(async (ids: string[]) => {
    const rows = new Map((await webhooks.loadAttempts(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  }, 500);
  const recordSuccess = groupCalls(async (outcomes: AttemptOutcome[]) => {
    await transactions.run((tx) => webhooks.recordSuccesses(tx, outcomes));
    return outcomes.map(() => undefined);
  }, 500);

  return async function deliver(payload: unknown): Promise<void> {
    const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
    if (typeof deliveryId !== 'string') return;
    const attempt = await loadAttempt(deliveryId);
    // Deleted with its webhook, or already delivered (a redelivery job raced a retry): nothing to do.
    if (!attempt || attempt.status === 'succeeded') return;
    if (attempt.webhookStatus === 'disabled') {
      await transactions.run((tx) => webhooks.failWithoutAttempt(tx, deliveryId, 'the webhook is disabled'));
      return;
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = attempt.previousSecret ? [attempt.secret, attempt.previousSecret] : [attempt.secret];
    const result = await postJson(
      attempt.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Meridian-Webhooks/1',
        'webhook-id': attempt.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, attempt.id, timestamp, attempt.body),
      },
      attempt.body,
      outbound,
    );
    const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const number = attempt.attempts + 1;
    const retryAt =
      succeeded || number >= retry.maxAttempts ? null : new Date(Date.now() + retryDelayMs(number, retry));
    const outcome: AttemptOutcome = {
      deliveryId,
      webhookId: attempt.webhookId,
      succeeded,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: succeeded ? null : (result.error ?? `the endpoint answered HTTP ${result.statusCode}`),
      retryAt,
      disableAfter: { failures: retry.disableAfterFailures, forMs: retry.disableAfterMs },
      countsForHealth: attempt.eventType !== pingEventType,
    };
    if (succeeded) await recordSuccess(outcome);
    else await transactions.run((tx) => webhooks.recordAttempt(tx, outcome));
  };
}
