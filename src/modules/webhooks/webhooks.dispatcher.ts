import { uuidv7 } from 'uuidv7';
import type { TransactionClient, Transactions } from '../../db/transaction.ts';
import { encodeFeedCursor, plural, toRevisionDto } from '../history/history.service.ts';
import type { MatchCandidate } from '../saved-searches/saved-searches.repository.ts';
import type {
  DispatchChange,
  DispatchTarget,
  NewDelivery,
  NewPayload,
  WebhookRepository,
} from './webhooks.repository.ts';

/** The body POSTed for one change (the `WebhookChangeEvent` schema), from the change feed's own representation. */
export function changeEvent(change: DispatchChange, watchIds: string[]) {
  const revision = toRevisionDto(change.resourceType, {
    ...change,
    state: change.mergedInto ? { merged_into: change.mergedInto } : {},
  });
  return {
    type: `${change.resourceType}.${change.action}`,
    timestamp: change.recordedAt.toISOString(),
    data: {
      cursor: encodeFeedCursor(change),
      type: change.resourceType,
      id: change.resourceId,
      location: `/v1/${plural[change.resourceType]}/${change.resourceId}`,
      ...revision,
      watchIds,
    },
  };
}

/**
 * The bodies to store and the deliveries to record for a batch's targets. A change's body is stored ONCE for all its
 * endpoints: the one per-endpoint part, `data.watchIds`, is stored with each delivery and put into the body when it is
 * sent (dueDeliveries), so the bytes signed and sent are the same on every attempt.
 */
export function deliveriesOf(changes: Map<bigint, DispatchChange>, targets: DispatchTarget[]) {
  const payloads = new Map<bigint, NewPayload>();
  const deliveries: NewDelivery[] = targets.map((target) => {
    const change = changes.get(target.revisionId) as DispatchChange;
    let payload = payloads.get(change.id);
    if (payload === undefined) {
      payload = { id: uuidv7(), body: JSON.stringify(changeEvent(change, [])) };
      payloads.set(change.id, payload);
    }
    return {
      id: uuidv7(),
      webhookId: target.webhookId,
      eventType: `${change.resourceType}.${change.action}`,
      revisionId: change.id,
      payloadId: payload.id,
      watchIds: target.watchIds.length > 0 ? target.watchIds : null,
    };
  });
  return { payloads: [...payloads.values()], deliveries };
}

/** How often the cursor is stepped over the feed while no webhook and no saved search exists. */
const IDLE_STEP_MS = 1000;

/**
 * Reads the change feed from the cursor stored in `push_dispatch_cursors` and, in ONE transaction, records a delivery
 * for each change each webhook wants, schedules a drain of each endpoint that got one, and moves the cursor past the
 * changes read. A crash before COMMIT loses nothing (the cursor did not move), a crash after it duplicates nothing (the
 * cursor moved with the deliveries), and an advisory lock keeps a second API node or worker from dispatching the same
 * changes meanwhile.
 */
export function createDispatcher(deps: {
  transactions: Pick<Transactions, 'run'>;
  webhooks: WebhookRepository;
  batchSize: number;
  /** Records which saved searches the batch's new articles match, in the dispatch transaction. */
  recordSavedSearchMatches: (tx: TransactionClient, articles: MatchCandidate[]) => Promise<number>;
}) {
  const { transactions, webhooks, batchSize, recordSavedSearchMatches } = deps;
  /** When this process last stepped the cursor over the feed because nothing subscribed (null: something did). */
  let steppedIdleAt: number | null = null;

  /** One batch; how many changes it read (0: caught up, or another process holds the lock). */
  async function dispatchOnce(): Promise<{ changes: number; deliveries: number }> {
    // While nothing subscribes, a bulk import's commits would each cost a locked transaction that only steps the
    // cursor: one existence check stands in for it, and the cursor is stepped at most every IDLE_STEP_MS. Nothing is
    // lost by the wait: a webhook is only ever served changes recorded after it was created (targetsOf).
    if (steppedIdleAt !== null && Date.now() - steppedIdleAt < IDLE_STEP_MS && !(await webhooks.hasSubscribers()))
      return { changes: 0, deliveries: 0 };
    return transactions.run(async (tx) => {
      if (!(await webhooks.lockDispatcher(tx))) return { changes: 0, deliveries: 0 };
      const cursor = await webhooks.readCursor(tx);
      // No enabled webhook and no saved search: nothing to deliver or match; step over the changes unread.
      if (!(await webhooks.hasSubscribers(tx))) {
        const end = await webhooks.lastChangeAfter(tx, cursor);
        if (end !== null) await webhooks.advanceCursor(tx, end);
        steppedIdleAt = Date.now();
        return { changes: 0, deliveries: 0 };
      }
      steppedIdleAt = null;
      const changes = await webhooks.changesAfter(tx, cursor, batchSize);
      const last = changes[changes.length - 1];
      if (!last) return { changes: 0, deliveries: 0 };
      const byId = new Map(changes.map((change) => [change.id, change]));
      await recordSavedSearchMatches(
        tx,
        changes
          .filter((change) => change.resourceType === 'article' && change.action === 'created')
          .map((change) => ({ articleId: change.resourceId, revisionId: change.id, matchedAt: change.recordedAt })),
      );
      const targets = await webhooks.targetsOf(
        tx,
        changes.map((change) => change.id),
      );
      const { payloads, deliveries } = deliveriesOf(byId, targets);
      const enqueued = await webhooks.insertDeliveries(tx, payloads, deliveries);
      await webhooks.advanceCursor(tx, { transactionId: last.transactionId, revisionId: last.id });
      return { changes: changes.length, deliveries: enqueued };
    });
  }

  return {
    dispatchOnce,
    /** Whether the last round found no webhook and no saved search (it stepped the cursor over the feed unread). */
    idle: () => steppedIdleAt !== null,
    /** Dispatches until caught up (a full batch means there may be more). */
    async dispatchAll(): Promise<number> {
      let total = 0;
      for (;;) {
        const { changes, deliveries } = await dispatchOnce();
        total += deliveries;
        if (changes < batchSize) return total;
      }
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
