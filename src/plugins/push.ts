import fp from 'fastify-plugin';
import type { PushConfig } from '../config.ts';
import { startJobQueue } from '../db/job-queue.ts';
import { createEndpointDrainer } from '../modules/webhooks/webhooks.delivery.ts';
import { createDispatcher, type Dispatcher } from '../modules/webhooks/webhooks.dispatcher.ts';
import { drainTask } from '../modules/webhooks/webhooks.repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Moves changes from the change feed into webhook deliveries (runs on a timer when this process pushes). */
    pushDispatcher: Dispatcher;
    /** The drains' share of the pool (PUSH_DRAIN_CONNECTIONS) and the most of it they held at once so far. */
    pushDrainConnections: () => { limit: number; peak: number };
  }
}

/**
 * Push delivery in this process: the dispatcher every PUSH_DISPATCH_INTERVAL_MS (several processes may run it; an
 * advisory lock lets one at a time work) and up to PUSH_WORKER_CONCURRENCY endpoint drains on the job queue, each with
 * up to PUSH_ENDPOINT_CONCURRENCY requests in flight. Off with
 * PUSH_IN_PROCESS=false, for deployments that run `npm run worker` (scripts/worker.ts) beside the API instead.
 * Both stop before the app's pool closes: running deliveries finish, the dispatcher's transaction commits or rolls back.
 */
export default fp<{ databaseUrl: string; push: PushConfig }>(
  async (app, options) => {
    const { push } = options;
    const webhooks = app.services.webhookRepository;
    const dispatcher = createDispatcher({
      transactions: app.transactions,
      webhooks,
      batchSize: push.dispatchBatch,
      recordSavedSearchMatches: app.services.savedSearches.recordMatches,
    });
    app.decorate('pushDispatcher', dispatcher);
    if (!push.inProcess) {
      app.decorate('pushDrainConnections', () => ({ limit: push.drainConnections, peak: 0 }));
      return;
    }

    const drain = createEndpointDrainer({
      transactions: app.transactions,
      webhooks,
      concurrency: push.endpointConcurrency,
      batchSize: push.drainBatch,
      databaseSlots: push.drainConnections,
      outbound: {
        allowedHosts: new Set(push.allowedHosts),
        timeoutMs: push.timeoutMs,
        maxResponseBytes: push.maxResponseBytes,
      },
      retry: {
        maxAttempts: push.maxAttempts,
        baseDelayMs: push.retryBaseMs,
        maxDelayMs: push.retryMaxMs,
        disableAfterFailures: push.disableAfterFailures,
        disableAfterMs: push.disableAfterMs,
      },
    });
    app.decorate('pushDrainConnections', drain.connections);
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let signalled = false;
    let quickUntil = 0;
    let dispatching: Promise<unknown> = Promise.resolve();
    let queue: Awaited<ReturnType<typeof startJobQueue>> | undefined;

    const tick = () => {
      clearTimeout(timer);
      running = true;
      signalled = false;
      dispatching = dispatcher
        .dispatchAll()
        .catch((error: unknown) => app.log.error({ err: error }, 'webhook dispatch failed; retrying'))
        .finally(() => {
          running = false;
          if (stopped) return;
          // A commit signalled during this round may be past its horizon: go again at once. Shortly after a signal,
          // poll every 25 ms: a signalled commit stays behind the feed's horizon while an older transaction (a
          // delivery's record, say) is still open, and its signal has been spent. Otherwise poll at the interval.
          // Not while nothing subscribes: no change committed before a webhook exists is delivered to it, and each
          // later commit signals (a bulk import's commits cost ~10 existence checks each: bench/ingest-results.md).
          const quick = Date.now() < quickUntil && !dispatcher.idle();
          const delay = signalled ? 0 : quick ? 25 : push.dispatchIntervalMs;
          timer = setTimeout(tick, delay);
        });
    };
    // Each commit that adds to the change feed notifies `meridian_changes` (the change_feed_notify migration): the
    // dispatcher starts at once rather than at its next poll, which stays as the fallback when a signal is missed.
    app.notifications.subscribe('meridian_changes', () => {
      if (stopped) return;
      quickUntil = Date.now() + 250;
      if (running) signalled = true;
      else if (queue) tick();
    });

    app.addHook('onReady', async () => {
      queue = await startJobQueue({
        databaseUrl: options.databaseUrl,
        concurrency: push.workerConcurrency,
        staleWorkerMs: push.staleWorkerMs,
        tasks: { [drainTask]: drain.run },
        onError: (error) => app.log.error({ err: error }, 'job queue error'),
      });
      // Endpoints with deliveries left and no drain queued (a queue of an earlier version, a drain given up after its
      // attempts) are drained again; job_key makes this a no-op for those that have one.
      await app.transactions.run((tx) => webhooks.scheduleUndrained(tx));
      tick();
    });
    app.addHook('preClose', async () => {
      stopped = true;
      clearTimeout(timer);
      await dispatching;
      await queue?.stop();
    });
  },
  { name: 'push', dependencies: ['services', 'database'] },
);
