import type { Transactions } from '../../db/transaction.ts';
import { type OutboundPolicy, postJson } from './webhooks.outbound.ts';
import type { AttemptOutcome, DueDelivery, WebhookRepository } from './webhooks.repository.ts';
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

/** How often a drain with requests in flight looks for deliveries that fell due meanwhile, and records what it sent. */
const DRAIN_POLL_MS = 50;

/**
 * Reads per job run: a drain that has read this many batches finishes what it took and queues itself again behind the
 * endpoints waiting for a worker, so a busy endpoint cannot hold a worker while others wait.
 */
const BATCHES_PER_RUN = 10;
/**
 * How long recording a batch's outcomes waits for a pooled connection instead of Prisma's 2 s: at load, 64 drains, the
 * import and the dispatcher share `DATABASE_POOL_MAX` connections, and a drain that gave up resent its batch
 * (bench/push-results.md, session 26). The pool's own bound (`DB_POOL_TIMEOUT_MS`, 5 s by default) still applies.
 */
const RECORD_CONNECTION_WAIT_MS = 15_000;

/**
 * At most `slots` of the callers' tasks run at once; the others wait in order. `peak`: the most that ran at once.
 * The drains share the app's pool with the requests, the import and the dispatcher: without it, 64 drains queued for
 * its 10 connections (55 % of the time with waiters, up to 108 of them, bench/push-results.md, session 27) and the
 * dispatcher's and the import's transactions waited behind them.
 */
export function createLimiter(slots: number) {
  let running = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  return {
    peak: () => peak,
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
      else running += 1;
      peak = Math.max(peak, running);
      try {
        return await task();
      } finally {
        // The slot passes straight to the next waiter (running unchanged), or is freed.
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}

/**
 * The job the queue runs for one endpoint (job_key and named queue = the endpoint: one drain at a time, repeated
 * enqueues coalesce). It reads the endpoint's due deliveries oldest first in bounded batches, keeps up to
 * `concurrency` requests in flight over kept-alive connections, and records the outcomes as they complete, many per
 * statement; it returns when nothing is due, after rescheduling itself for the earliest retry. Each request is ONE
 * event signed per Standard Webhooks (the current secret, and the previous one during a rotation's grace period) under
 * the delivery's id as webhook-id, the same on every attempt. At least once: what was sent and not recorded when the
 * process died is still due, and the next drain (the job released by the heartbeat, or the next enqueue) sends it
 * again under the same webhook-id.
 */
export function createEndpointDrainer(deps: {
  transactions: Pick<Transactions, 'run'>;
  webhooks: Pick<
    WebhookRepository,
    'dueDeliveries' | 'recordOutcomes' | 'failUndeliverable' | 'nextDueAt' | 'enqueueDrain'
  >;
  outbound: OutboundPolicy;
  retry: RetryPolicy;
  /** Requests in flight at once to one endpoint. */
  concurrency: number;
  /** Deliveries read per statement. */
  batchSize: number;
  /** The drains' database work (reads, outcome records) runs on at most this many pooled connections at once. */
  databaseSlots: number;
}) {
  const { transactions, webhooks, outbound, retry, concurrency, batchSize } = deps;
  const database = createLimiter(deps.databaseSlots);
  const disableAfter = { failures: retry.disableAfterFailures, forMs: retry.disableAfterMs };

  async function attempt(delivery: DueDelivery): Promise<AttemptOutcome> {
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = delivery.previousSecret ? [delivery.secret, delivery.previousSecret] : [delivery.secret];
    const result = await postJson(
      delivery.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Meridian-Webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, delivery.id, timestamp, delivery.body),
      },
      delivery.body,
      outbound,
    );
    const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const number = delivery.attempts + 1;
    return {
      deliveryId: delivery.id,
      succeeded,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: succeeded ? null : (result.error ?? `the endpoint answered HTTP ${result.statusCode}`),
      retryAt: succeeded || number >= retry.maxAttempts ? null : new Date(Date.now() + retryDelayMs(number, retry)),
      countsForHealth: delivery.eventType !== pingEventType,
    };
  }

  async function drain(payload: unknown): Promise<void> {
    const webhookId = (payload as { webhookId?: unknown } | null)?.webhookId;
    if (typeof webhookId !== 'string') return;
    /** Read by this drain and not recorded yet: left out of the next reads, so nothing is sent twice by one drain. */
    const taken = new Set<string>();
    const ready: DueDelivery[] = [];
    const inFlight = new Set<Promise<void>>();
    let completed: AttemptOutcome[] = [];
    let firstCompletedAt = 0;
    let recording: Promise<void> | null = null;
    let failure: { error: unknown } | null = null;
    /** The endpoint is disabled (or deleted): send nothing more. */
    let stopped = false;
    /** When the last read found nothing due (0: it found some). */
    let caughtUpAt = 0;
    let reads = 0;

    const record = () => {
      const batch = completed;
      completed = [];
      // A drain that cannot record its outcomes fails and, retried, resends what it had sent: it waits for a
      // connection of the pool it shares with the import and the other drains rather than give up after 2 s.
      recording = database
        .run(() =>
          transactions.run((tx) => webhooks.recordOutcomes(tx, webhookId, batch, disableAfter), {
            connectionWaitMs: RECORD_CONNECTION_WAIT_MS,
          }),
        )
        .then((status) => {
          for (const outcome of batch) taken.delete(outcome.deliveryId);
          if (status !== 'enabled') stopped = true;
        })
        .catch((error: unknown) => {
          failure = { error };
        })
        .finally(() => {
          recording = null;
        });
    };
    const send = (delivery: DueDelivery) => {
      const request: Promise<void> = attempt(delivery).then(
        (outcome) => {
          inFlight.delete(request);
          if (completed.length === 0) firstCompletedAt = Date.now();
          completed.push(outcome);
        },
        (error: unknown) => {
          inFlight.delete(request);
          failure = { error };
        },
      );
      inFlight.add(request);
    };

    for (;;) {
      if (failure) break;
      const now = Date.now();
      // Read more when few are left to send; once caught up, look again only every DRAIN_POLL_MS while requests are
      // in flight (a delivery dispatched meanwhile gets a drain of its own, queued behind this one, anyway).
      if (
        !stopped &&
        reads < BATCHES_PER_RUN &&
        ready.length < concurrency &&
        (caughtUpAt === 0 || now - caughtUpAt >= DRAIN_POLL_MS)
      ) {
        reads += 1;
        const due = await database.run(() => webhooks.dueDeliveries(webhookId, [...taken], batchSize));
        if (due[0]?.webhookStatus === 'disabled') stopped = true;
        else
          for (const delivery of due) {
            taken.add(delivery.id);
            ready.push(delivery);
          }
        caughtUpAt = due.length === 0 ? Date.now() : 0;
      }
      while (!stopped && inFlight.size < concurrency && ready.length > 0) send(ready.shift() as DueDelivery);
      // Group commit: record what completed when a batch has gathered, nothing else is in flight, or it has waited.
      if (
        recording === null &&
        completed.length > 0 &&
        (completed.length >= batchSize || inFlight.size === 0 || Date.now() - firstCompletedAt >= DRAIN_POLL_MS)
      )
        record();
      const idle = inFlight.size === 0 && recording === null && completed.length === 0;
      if (idle && (stopped || ((caughtUpAt !== 0 || reads >= BATCHES_PER_RUN) && ready.length === 0))) break;
      if (idle) continue;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        ...inFlight,
        ...(recording ? [recording] : []),
        new Promise((resolve) => {
          timer = setTimeout(resolve, DRAIN_POLL_MS);
        }),
      ]);
      clearTimeout(timer);
    }
    // A failed record: let the requests in flight finish, then fail the job; the queue retries it and the next drain
    // sends what was not recorded again, under the same webhook-ids.
    if (failure) {
      await Promise.allSettled([...inFlight, ...(recording ? [recording] : [])]);
      throw (failure as { error: unknown }).error;
    }
    await database.run(() =>
      transactions.run(
        async (tx) => {
          if (stopped) await webhooks.failUndeliverable(tx, webhookId, 'the webhook is disabled');
          // What is left (retries, or the rest of a long backlog) runs in a new job when the earliest falls due (a
          // drain already pending keeps its time); a job queued now waits behind those queued before it.
          const next = await webhooks.nextDueAt(tx, webhookId);
          if (next) await webhooks.enqueueDrain(tx, webhookId, { later: next });
        },
        { connectionWaitMs: RECORD_CONNECTION_WAIT_MS },
      ),
    );
  }

  return {
    run: drain,
    /** The drains' share of the pool and the most of it they held at once so far. */
    connections: () => ({ limit: deps.databaseSlots, peak: database.peak() }),
  };
}
