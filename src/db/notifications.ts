// Signals between the API nodes that share one primary, over PostgreSQL's LISTEN/NOTIFY: a node that changed
// something other nodes cache (the gazetteer's entities and aliases) notifies after its commit; every node listens on
// one dedicated connection to the primary and reacts (marks its cache stale; the rebuild happens on next use).
// A listener that loses its connection reconnects, and tells its subscribers it may have missed signals, so they
// treat the outage as one signal. Each node ignores its own signals: it has already acted on them in-process.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { OutcomeWrite } from './transaction.ts';

export type Notifications = {
  /**
   * The statement that signals `channel` to every node (this one excepted). Run inside the transaction that makes the
   * change: PostgreSQL delivers it when, and only if, that transaction commits.
   */
  signal: (channel: string) => OutcomeWrite;
  /** Calls `onSignal` whenever another node publishes on `channel`, or signals may have been missed. */
  subscribe: (channel: string, onSignal: () => void) => void;
  /**
   * Resolves once every signal committed before the call has reached its subscribers: a round trip on the listening
   * connection, ahead of whose answer PostgreSQL sends the notifications it holds for it. Immediate while not listening.
   */
  sync: () => Promise<void>;
  close: () => Promise<void>;
};

const channelPattern = /^[a-z_]{1,63}$/;

export function openNotifications(databaseUrl: string): Notifications {
  const node = randomUUID();
  const subscribers = new Map<string, (() => void)[]>();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let connectedBefore = false;
  /** The sync round trip on its way, and the one the callers that arrived meanwhile wait for. */
  let inFlight: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const signalAll = () => {
    for (const handlers of subscribers.values()) for (const handler of handlers) handler();
  };

  async function connect(): Promise<void> {
    if (closed || subscribers.size === 0) return;
    const listener = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    const reconnect = () => {
      if (client !== listener || closed) return;
      client = undefined;
      listener.end().catch(() => {});
      retry = setTimeout(() => void connect(), 1000);
      retry.unref();
    };
    listener.on('error', reconnect);
    listener.on('end', reconnect);
    listener.on('notification', (message) => {
      if (message.payload === node) return;
      for (const handler of subscribers.get(message.channel) ?? []) handler();
    });
    client = listener;
    try {
      await listener.connect();
      for (const channel of subscribers.keys()) await listener.query(`LISTEN ${channel}`);
      // Whatever was signalled while this node was not listening is unknown: act as if it had been.
      if (connectedBefore) signalAll();
      connectedBefore = true;
    } catch {
      reconnect();
    }
  }

  return {
    // pg_notify returns void, which Prisma's raw queries cannot read: a row of its own instead.
    signal: (channel) => async (sql) => {
      await sql.query('SELECT true AS signalled FROM pg_notify($1, $2)', [channel, node]);
    },
    subscribe(channel, onSignal) {
      if (!channelPattern.test(channel)) throw new Error(`Invalid notification channel: ${channel}`);
      const known = subscribers.has(channel);
      subscribers.set(channel, [...(subscribers.get(channel) ?? []), onSignal]);
      if (client) {
        if (!known) client.query(`LISTEN ${channel}`).catch(() => {});
      } else void connect();
    },
    sync() {
      if (!client) return Promise.resolve();
      // Callers arriving while a round trip is on its way share the next one (sent once the current one is answered,
      // so it still starts after their call): an import syncs before every line, and a round trip per line was ~0.2 ms
      // of the main thread per article (bench/ingest-results.md, session 25).
      if (!next) {
        const after = inFlight ?? Promise.resolve();
        const round = after.then(async () => {
          next = undefined;
          inFlight = round;
          try {
            await client?.query('SELECT 1');
          } catch {
            // A lost connection reconnects and signals every subscriber (connect()): nothing is missed.
          } finally {
            if (inFlight === round) inFlight = undefined;
          }
        });
        next = round;
      }
      return next;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const listener = client;
      client = undefined;
      await listener?.end().catch(() => {});
    },
  };
}
