import { AppError, notFound } from '../../lib/errors.ts';
import { decodeFeedCursor, encodeFeedCursor } from '../history/history.service.ts';
import { changeEvent } from './webhooks.dispatcher.ts';
import type { DispatchChange, WebhookRepository } from './webhooks.repository.ts';

export type StreamSettings = { max: number; pollMs: number; heartbeatMs: number; maxMs: number };
export type StreamFilters = { types?: string[]; entity?: string; watch?: string };

/** What a stream writes: an event (with its id) or a comment (heartbeat). */
export type StreamWriter = { event: (id: string, name: string, data: string) => void; comment: (text: string) => void };

const pageSize = 100;

/**
 * GET /v1/changes/stream: the change feed as Server-Sent Events. Each event's id is its change feed cursor, so a
 * client resumes with Last-Event-ID exactly where it stopped (the feed's exactly-once order). Streams are capped in
 * number, send a heartbeat comment when idle, end after `maxMs` (the client reconnects with Last-Event-ID) and end at
 * once when the server drains.
 */
export function createChangeStreams(deps: { webhooks: WebhookRepository; settings: StreamSettings }) {
  const { webhooks, settings } = deps;
  const wakers = new Set<() => void>();
  let open = 0;
  let draining = false;

  async function keep(changes: DispatchChange[], filters: StreamFilters): Promise<DispatchChange[]> {
    let kept = filters.types ? changes.filter((change) => filters.types?.includes(change.resourceType)) : changes;
    for (const filter of [
      filters.entity ? { entityId: filters.entity } : null,
      filters.watch ? { watchId: filters.watch } : null,
    ]) {
      if (!filter || kept.length === 0) continue;
      const concerned = await webhooks.concerning(
        kept.map((change) => change.id),
        filter,
      );
      kept = kept.filter((change) => concerned.has(change.id));
    }
    return kept;
  }

  return {
    /** Checks what a stream is asked for before anything is sent: the cursor (400), the watch's owner (404), the cap (429). */
    async open(request: { lastEventId?: string; after?: string; filters: StreamFilters; keyId: string | null }) {
      const raw = request.lastEventId ?? request.after;
      const start = decodeFeedCursor(raw, request.lastEventId !== undefined ? 'last-event-id' : 'after');
      if (request.filters.watch) {
        const watch = request.keyId ? await webhooks.findWatch(request.filters.watch, request.keyId) : null;
        if (!watch) throw notFound('watch', request.filters.watch);
      }
      if (draining || open >= settings.max)
        throw new AppError('streams_busy', `${settings.max} change streams are open; retry shortly.`);
      open += 1;
      return start ? { transactionId: start.transactionId, revisionId: start.id } : undefined;
    },

    /** Streams from `start` until the client leaves, `maxMs` pass or the server drains; then releases its place. */
    async run(
      start: { transactionId: bigint; revisionId: bigint } | undefined,
      filters: StreamFilters,
      write: StreamWriter,
      gone: () => boolean,
    ) {
      const ends = Date.now() + settings.maxMs;
      let lastWrite = Date.now();
      let cursor = start ?? (await webhooks.feedEnd());
      try {
        while (!gone() && !draining && Date.now() < ends) {
          const changes = await webhooks.changesAfter(webhooks.reader, cursor, pageSize);
          const last = changes[changes.length - 1];
          if (last) {
            for (const change of await keep(changes, filters)) {
              write.event(encodeFeedCursor(change), 'change', JSON.stringify(changeEvent(change, []).data));
              lastWrite = Date.now();
            }
            cursor = { transactionId: last.transactionId, revisionId: last.id };
            if (changes.length === pageSize) continue;
          }
          if (Date.now() - lastWrite >= settings.heartbeatMs) {
            write.comment('heartbeat');
            lastWrite = Date.now();
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, Math.min(settings.pollMs, Math.max(0, ends - Date.now())));
            function done() {
              clearTimeout(timer);
              wakers.delete(done);
              resolve();
            }
            wakers.add(done);
          });
        }
      } finally {
        open -= 1;
      }
    },

    /** Ends every stream (the server is draining) and refuses new ones. */
    drain() {
      draining = true;
      for (const wake of [...wakers]) wake();
    },
  };
}

export type ChangeStreams = ReturnType<typeof createChangeStreams>;
