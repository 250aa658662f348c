import type { Database } from '../../db/client.ts';
import { enqueueSql } from '../../db/job-queue.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { WatchKind, WebhookDeliveryStatus } from '../../generated/prisma/enums.ts';
import { feedHorizon, type ResourceType } from '../history/history.repository.ts';

type Client = Database | Prisma.TransactionClient;
type Reader = Pick<Prisma.TransactionClient, '$queryRaw'>;
type Tx = Prisma.TransactionClient;

/** The job that drains one endpoint's due deliveries (webhooks.delivery.ts); one pending job per endpoint at most. */
export const drainTask = 'webhook_drain';

/** The job key and named queue of an endpoint's drain: repeated enqueues coalesce, and its drains run one at a time. */
export const drainKey = (webhookId: string) => `${drainTask}:${webhookId}`;

export type WebhookRow = Prisma.WebhookGetPayload<object>;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ include: { payload: true } }>;
export type WatchRow = Prisma.WatchGetPayload<object>;

export type WebhookData = {
  ownerKeyId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  watchIds: string[];
  secret: string;
};

/** A change of the feed as the dispatcher reads it. */
export type DispatchChange = {
  id: bigint;
  transactionId: bigint;
  resourceType: ResourceType;
  resourceId: string;
  revision: number;
  action: 'created' | 'updated' | 'deleted' | 'merged';
  changedFields: string[];
  actorKeyPrefix: string | null;
  requestId: string | null;
  operation: string | null;
  recordedAt: Date;
  mergedInto: string | null;
};

/** A change one enabled webhook receives, with the receiver's watches it matched. */
export type DispatchTarget = { revisionId: bigint; webhookId: string; watchIds: string[] };

export type NewDelivery = {
  id: string;
  webhookId: string;
  eventType: string;
  revisionId: bigint | null;
  /** Its body in webhook_payloads (one row per change, shared by the deliveries that send it). */
  payloadId: string;
  /** The receiver's watches the change matched, put into the body's `data.watchIds` when sent; null: none. */
  watchIds: string[] | null;
};

/** A body to store once for the deliveries that point at it: its id and its JSON text. */
export type NewPayload = { id: string; body: string };

/** A delivery due now, with what its attempt needs: the bytes to send and the endpoint with its valid secrets. */
export type DueDelivery = {
  id: string;
  eventType: string;
  attempts: number;
  body: string;
  url: string;
  secret: string;
  previousSecret: string | null;
  webhookStatus: 'enabled' | 'disabled';
};

export type AttemptOutcome = {
  deliveryId: string;
  succeeded: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** When to try again; null when this was the last attempt (or it succeeded). */
  retryAt: Date | null;
  /** False for a ping: a manual test neither counts as a failure of the endpoint nor clears its failures. */
  countsForHealth: boolean;
};

/** Disable an endpoint when its failures in a row reach `failures` and it has failed for at least `forMs`. */
export type DisablePolicy = { failures: number; forMs: number };

const dispatcherLock = 'meridian.webhook-dispatch';

/**
 * The bytes a delivery sends (`d`: the delivery, `p`: its stored body): the body with the delivery's watch ids as
 * `data.watchIds`, or the body as stored when it has none (plain events, whose stored `watchIds` is empty; pings;
 * deliveries recorded before the column existed). jsonb's text form is canonical, so it is the same on every read.
 */
const sentBody = Prisma.sql`(CASE WHEN cardinality(d.watch_ids) > 0
    THEN jsonb_set(p.body, '{data,watchIds}', to_jsonb(d.watch_ids)) ELSE p.body END)::text`;

/**
 * Schedules a drain of the endpoint. `now`: at once (an existing pending drain is moved forward); `later`: at `runAt`
 * unless a drain is already pending, which keeps its earlier time (a drain reschedules itself for what it leaves).
 */
async function enqueueDrain(client: Tx, webhookId: string, when: { now: true } | { later: Date }) {
  await client.$queryRawUnsafe(
    enqueueSql,
    drainTask,
    JSON.stringify({ webhookId }),
    'now' in when ? null : when.later,
    drainKey(webhookId),
    'now' in when ? 'replace' : 'preserve_run_at',
  );
}

/**
 * The changes `revisionIds` with the state fields the watches match (matchedChanges). A created revision stores no
 * state while its resource is unchanged (20261207171000_created_revisions_without_state): its fields are read from the
 * live rows then, in this snapshot — the same values, without building the whole state (an article's body and search
 * vector) as the view `revisions` would, which made dispatch several times dearer per created article.
 */
function batchOf(revisionIds: bigint[]): Prisma.Sql {
  return Prisma.sql`
          SELECT r.id, r.resource_type, r.resource_id, r.action, r.changed_fields, r.recorded_at,
                 CASE
                   WHEN r.state IS NOT NULL THEN r.state
                   WHEN r.resource_type = 'article' THEN
                     (SELECT jsonb_build_object('source_id', a.source_id) FROM articles a WHERE a.id = r.resource_id)
                   WHEN r.resource_type = 'claim' THEN
                     (SELECT jsonb_build_object('claimant_entity_id', c.claimant_entity_id, 'subject_ids',
                               coalesce((SELECT jsonb_agg(x.entity_id) FROM claim_subjects x WHERE x.claim_id = c.id), '[]'::jsonb))
                      FROM claims c WHERE c.id = r.resource_id)
                   WHEN r.resource_type IN ('relation', 'role') THEN
                     (SELECT jsonb_build_object('subject_id', t.subject_id, 'object_id', t.object_id) FROM relations t WHERE t.id = r.resource_id)
                 END AS state
          FROM revision_records r
          WHERE r.id = ANY(${revisionIds.map(String)}::text[]::bigint[])`;
}

/**
 * The saved searches the batch's new articles matched (recorded by the dispatcher just before), read by revision id:
 * materialised as a CTE of its own so the planner cannot turn the join around. Joined from the batch, the planner
 * (misjudging the batch's size) probed saved_search_matches once per (article, saved-search watch): 250 articles ×
 * 1,000 watches = 250,000 index probes, ~1 s of a dispatch transaction's ~1.5 s (bench/push-results.md, session 26).
 */
function batchMatchesOf(revisionIds: bigint[]): Prisma.Sql {
  return Prisma.sql`
          SELECT revision_id, saved_search_id FROM saved_search_matches
          WHERE revision_id = ANY(${revisionIds.map(String)}::text[]::bigint[])`;
}

/**
 * The (revision, watch) pairs among the changes in `batch` (a CTE of revisions with their state, and `batch_matches`
 * their saved-search matches): which watches each change matches. `watches` is the watches table, or a single ad-hoc watch (the change stream's entity filter).
 * Each arm finds its watches by target id through the (kind, target_id) index.
 */
function matchedChanges(watches: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
          SELECT b.id AS revision_id, w.id AS watch_id FROM batch b
            JOIN ${watches} w ON w.kind = 'source' AND w.target_id = (b.state ->> 'source_id')::uuid
            WHERE b.resource_type = 'article' AND b.action = 'created'
          UNION ALL
          SELECT b.id, w.id FROM batch b
            JOIN mentions m ON m.article_id = b.resource_id
            JOIN ${watches} w ON w.kind = 'entity' AND w.target_id = m.entity_id
            WHERE b.resource_type = 'article' AND b.action = 'created'
          UNION ALL
          SELECT b.id, w.id FROM batch b
            CROSS JOIN LATERAL (SELECT b.state ->> 'claimant_entity_id' AS entity_id
                                UNION SELECT jsonb_array_elements_text(b.state -> 'subject_ids')) e
            JOIN ${watches} w ON w.kind = 'entity' AND w.target_id = e.entity_id::uuid
            WHERE b.resource_type = 'claim' AND b.action = 'created'
          UNION ALL
          SELECT b.id, w.id FROM batch b
            CROSS JOIN LATERAL (VALUES (b.state ->> 'subject_id'), (b.state ->> 'object_id')) e(entity_id)
            JOIN ${watches} w ON w.kind = 'entity' AND w.target_id = e.entity_id::uuid
            WHERE b.resource_type IN ('relation', 'role') AND b.action = 'created'
          UNION ALL
          SELECT m.revision_id, w.id FROM batch_matches m
            JOIN ${watches} w ON w.kind = 'saved_search' AND w.target_id = m.saved_search_id
          UNION ALL
          SELECT b.id, w.id FROM batch b
            JOIN ${watches} w ON w.kind = 'claim' AND w.target_id = b.resource_id
            WHERE b.resource_type = 'claim' AND b.action = 'updated' AND 'status' = ANY(b.changed_fields)`;
}

export function createWebhookRepository(db: Database) {
  return {
    create: (data: WebhookData, tx: Tx) => tx.webhook.create({ data }),

    findOwned: (id: string, ownerKeyId: string, client: Client = db) =>
      client.webhook.findFirst({ where: { id, ownerKeyId } }),

    listPage: (ownerKeyId: string, afterId: string | undefined, take: number) =>
      db.webhook.findMany({
        where: { ownerKeyId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        take,
      }),

    update: (id: string, expectedVersion: number | undefined, data: Prisma.WebhookUpdateInput, tx: Tx) =>
      tx.webhook.update({
        where: { id, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
        data: { ...data, version: { increment: 1 } },
      }),

    remove: (id: string, expectedVersion: number | undefined, tx: Tx) =>
      tx.webhook.delete({ where: { id, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) } }),

    /** How many of `ids` are watches of the key. */
    countOwnedWatches: (ids: string[], ownerKeyId: string) =>
      db.watch.count({ where: { id: { in: ids }, ownerKeyId } }),

    createWatch: (data: { ownerKeyId: string; kind: WatchKind; targetId: string }, tx: Tx) => tx.watch.create({ data }),
    findWatch: (id: string, ownerKeyId: string) => db.watch.findFirst({ where: { id, ownerKeyId } }),
    listWatches: (ownerKeyId: string, afterId: string | undefined, take: number) =>
      db.watch.findMany({
        where: { ownerKeyId, ...(afterId ? { id: { gt: afterId } } : {}) },
        orderBy: { id: 'asc' },
        take,
      }),
    removeWatch: (id: string, tx: Tx) => tx.watch.delete({ where: { id } }),

    /** Does the watched entity, source or claim exist? */
    targetExists: async (kind: WatchKind, id: string, ownerKeyId: string) => {
      const where = { where: { id }, select: { id: true } } as const;
      if (kind === 'entity') return (await db.entity.findUnique(where)) !== null;
      if (kind === 'source') return (await db.source.findUnique(where)) !== null;
      if (kind === 'claim') return (await db.claim.findUnique(where)) !== null;
      // A saved search is watched only by the key that saved it.
      return (await db.savedSearch.findFirst({ where: { id, ownerKeyId }, select: { id: true } })) !== null;
    },

    listDeliveries: (
      webhookId: string,
      status: WebhookDeliveryStatus | undefined,
      beforeId: string | undefined,
      take: number,
    ) =>
      db.webhookDelivery.findMany({
        where: { webhookId, ...(status ? { status } : {}), ...(beforeId ? { id: { lt: beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take,
        include: { payload: true },
      }),

    findDelivery: (webhookId: string, deliveryId: string) =>
      db.webhookDelivery.findFirst({ where: { id: deliveryId, webhookId }, include: { payload: true } }),

    /** A new delivery (a ping) with its own body, and its endpoint's drain, in the caller's transaction. */
    createDelivery: async (delivery: Omit<NewDelivery, 'payloadId' | 'watchIds'>, body: string, tx: Tx) => {
      await tx.webhookPayload.create({ data: { id: delivery.id, body: JSON.parse(body) as Prisma.InputJsonValue } });
      const row = await tx.webhookDelivery.create({
        data: {
          id: delivery.id,
          webhookId: delivery.webhookId,
          eventType: delivery.eventType,
          revisionId: delivery.revisionId,
          payloadId: delivery.id,
        },
        include: { payload: true },
      });
      await enqueueDrain(tx, delivery.webhookId, { now: true });
      return row;
    },

    /** Puts a delivery back in the queue now, under the same id (the same webhook-id for the receiver). */
    requeueDelivery: async (deliveryId: string, tx: Tx) => {
      const row = await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: 'pending', nextAttemptAt: null },
        include: { payload: true },
      });
      await enqueueDrain(tx, row.webhookId, { now: true });
      return row;
    },

    // The dispatcher (webhooks.dispatcher.ts): one transaction takes the lock, reads from the cursor, enqueues, advances.

    /** Only one dispatcher at a time across every API node and worker: false when another holds the lock. */
    lockDispatcher: async (tx: Tx) =>
      (
        await tx.$queryRaw<
          { locked: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(hashtext(${dispatcherLock})) AS locked`
      )[0]?.locked === true,

    readCursor: async (tx: Tx) =>
      (
        await tx.$queryRaw<{ transactionId: bigint; revisionId: bigint }[]>`
          SELECT transaction_id AS "transactionId", revision_id AS "revisionId"
          FROM push_dispatch_cursors WHERE name = 'webhooks' FOR UPDATE`
      )[0] ?? { transactionId: 0n, revisionId: 0n },

    advanceCursor: (tx: Tx, to: { transactionId: bigint; revisionId: bigint }) =>
      tx.$executeRaw`
        INSERT INTO push_dispatch_cursors (name, transaction_id, revision_id, updated_at)
        VALUES ('webhooks', ${to.transactionId}, ${to.revisionId}, now())
        ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id, revision_id = excluded.revision_id, updated_at = now()`,

    /**
     * Whether any change could be delivered or matched: an enabled webhook or a saved search exists. Without either the
     * dispatcher moves its cursor to the feed's horizon without reading the changes (a webhook or a saved search
     * created later is served changes made after it, so nothing it could want is skipped).
     */
    /** Whether an enabled webhook or a saved search exists (in `tx`, or outside any transaction). */
    hasSubscribers: async (tx: Tx = db) =>
      (
        await tx.$queryRaw<{ any: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM webhooks WHERE status = 'enabled')
              OR EXISTS (SELECT 1 FROM saved_searches) AS any`
      )[0]?.any === true,

    /** The last change after the cursor and below the feed's horizon (see changesAfter), or null: one index probe. */
    lastChangeAfter: async (tx: Tx, after: { transactionId: bigint; revisionId: bigint }) =>
      (
        await tx.$queryRaw<{ transactionId: bigint; revisionId: bigint }[]>`
          WITH horizon AS (
            SELECT ${feedHorizon} AS transaction_id
          )
          SELECT transaction_id AS "transactionId", id AS "revisionId" FROM revision_records
          WHERE transaction_id < (SELECT transaction_id FROM horizon)
            AND (transaction_id, id) > (${after.transactionId}, ${after.revisionId})
          ORDER BY transaction_id DESC, id DESC
          LIMIT 1`
      )[0] ?? null,

    /** The client for reads outside a transaction (the change stream). */
    reader: db as Reader,

    /**
     * Where the change feed stands now: just below its horizon (see changesAfter), so every transaction still running
     * is served later. A stream without Last-Event-ID starts there.
     */
    feedEnd: async () =>
      (
        await db.$queryRaw<{ transactionId: bigint; revisionId: bigint }[]>`
          SELECT ${feedHorizon} - 1 AS "transactionId", 9223372036854775807::bigint AS "revisionId"`
      )[0] ?? { transactionId: 0n, revisionId: 0n },

    /** The change feed after the cursor, in feed order, up to the same horizon as GET /v1/changes (see history.repository.ts). */
    changesAfter: (tx: Reader, after: { transactionId: bigint; revisionId: bigint }, take: number) =>
      tx.$queryRaw<DispatchChange[]>`
        WITH horizon AS (
          SELECT ${feedHorizon} AS transaction_id
        )
        SELECT id, transaction_id AS "transactionId", resource_type AS "resourceType", resource_id::text AS "resourceId",
               revision, action, changed_fields AS "changedFields", actor_key_prefix AS "actorKeyPrefix",
               request_id AS "requestId", operation, recorded_at AS "recordedAt", state ->> 'merged_into' AS "mergedInto"
        FROM revision_records
        WHERE transaction_id < (SELECT transaction_id FROM horizon)
          AND (transaction_id, id) > (${after.transactionId}, ${after.revisionId})
        ORDER BY transaction_id, id
        LIMIT ${take}`,

    /**
     * Which enabled webhooks receive which of these changes (made since the webhook was created): by event type, or because the change matched one of the
     * webhook's watches. Watches are found by target id through the (kind, target_id) index, from the change's own
     * recorded state (and, for a new article, its mentions): the cost grows with the changes, not with the watches.
     */
    targetsOf: (tx: Tx, revisionIds: bigint[]) =>
      tx.$queryRaw<DispatchTarget[]>`
        WITH batch AS (
          ${batchOf(revisionIds)}
        ),
        batch_matches AS MATERIALIZED (${batchMatchesOf(revisionIds)}),
        matched AS MATERIALIZED (${matchedChanges(Prisma.sql`watches`)}),
        -- The webhooks' watches as rows, joined to the matches by watch id (hashed): the cost grows with the matches and
        -- the webhooks' watches, not with their product per change.
        hook_watches AS (
          SELECT h.id AS webhook_id, unnest(h.watch_ids) AS watch_id FROM webhooks h
          WHERE h.status = 'enabled' AND cardinality(h.watch_ids) > 0
        ),
        by_watch AS (
          SELECT m.revision_id, hw.webhook_id, array_agg(DISTINCT m.watch_id::text) AS watch_ids
          FROM matched m JOIN hook_watches hw ON hw.watch_id = m.watch_id
          GROUP BY 1, 2
        )
        SELECT b.id AS "revisionId", h.id::text AS "webhookId", coalesce(w.watch_ids, '{}') AS "watchIds"
        FROM batch b JOIN webhooks h ON h.status = 'enabled' AND b.recorded_at >= h.created_at
        LEFT JOIN by_watch w ON w.revision_id = b.id AND w.webhook_id = h.id
        WHERE (b.resource_type || '.' || b.action) = ANY(h.event_types)
           OR (b.resource_type || '.*') = ANY(h.event_types)
           OR w.watch_ids IS NOT NULL
        ORDER BY b.id, h.id`,

    /**
     * Which of the changes `revisionIds` concern the watch: a stored watch (by id) or an entity (its own changes, and
     * those an entity watch on it would match). For the change stream's `watch` and `entity` filters.
     */
    concerning: async (revisionIds: bigint[], filter: { watchId: string } | { entityId: string }) => {
      if (revisionIds.length === 0) return new Set<bigint>();
      const watches =
        'watchId' in filter
          ? Prisma.sql`(SELECT id, kind, target_id FROM watches WHERE id = ${filter.watchId}::uuid)`
          : Prisma.sql`(SELECT NULL::uuid AS id, 'entity'::watch_kind AS kind, ${filter.entityId}::uuid AS target_id)`;
      const own = 'entityId' in filter ? filter.entityId : null;
      const rows = await db.$queryRaw<{ id: bigint }[]>`
        WITH batch AS (
          ${batchOf(revisionIds)}
        ),
        batch_matches AS MATERIALIZED (${batchMatchesOf(revisionIds)})
        SELECT revision_id AS id FROM (${matchedChanges(watches)}) AS matched
        UNION
        SELECT id FROM batch WHERE resource_type = 'entity' AND resource_id = ${own}::uuid`;
      return new Set(rows.map((row) => row.id));
    },

    /**
     * Inserts the bodies and the deliveries, and schedules a drain of each endpoint that got one (one job per endpoint,
     * not per delivery: job_key coalesces it with a drain already pending); a (webhook, revision) already delivered is
     * skipped, and a body no inserted delivery points at is removed again.
     */
    insertDeliveries: async (tx: Tx, payloads: NewPayload[], deliveries: NewDelivery[]) => {
      if (deliveries.length === 0) return 0;
      await tx.$executeRaw`
        INSERT INTO webhook_payloads (id, body)
        SELECT * FROM unnest(${payloads.map((p) => p.id)}::text[]::uuid[], ${payloads.map((p) => p.body)}::text[]::jsonb[])`;
      const [row] = await tx.$queryRaw<{ inserted: bigint }[]>`
        WITH inserted AS (
          INSERT INTO webhook_deliveries (id, webhook_id, event_type, revision_id, payload_id, watch_ids)
          -- unnest flattens a two-dimensional array: each delivery's watch ids travel as one array literal.
          SELECT id, webhook_id, event_type, revision_id, payload_id, watch_ids::uuid[] FROM unnest(
            ${deliveries.map((d) => d.id)}::text[]::uuid[],
            ${deliveries.map((d) => d.webhookId)}::text[]::uuid[],
            ${deliveries.map((d) => d.eventType)}::text[],
            ${deliveries.map((d) => (d.revisionId === null ? null : String(d.revisionId)))}::text[]::bigint[],
            ${deliveries.map((d) => d.payloadId)}::text[]::uuid[],
            ${deliveries.map((d) => (d.watchIds === null ? null : `{${d.watchIds.join(',')}}`))}::text[])
            AS d(id, webhook_id, event_type, revision_id, payload_id, watch_ids)
          ON CONFLICT (webhook_id, revision_id) DO NOTHING
          RETURNING id, webhook_id
        ),
        endpoints AS (SELECT DISTINCT webhook_id FROM inserted)
        -- One add_jobs call for the batch's endpoints (one NOTIFY), none when every delivery already existed (the CASE
        -- evaluates its subquery only when taken); a drain already pending is moved to now (job_key, replace mode), a
        -- running one is followed by a new one.
        SELECT (SELECT count(*) FROM inserted) AS inserted,
          CASE WHEN EXISTS (SELECT 1 FROM endpoints) THEN (
            SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
              SELECT ROW(${drainTask}::text, json_build_object('webhookId', e.webhook_id),
                         ${drainTask} || ':' || e.webhook_id, NULL, 25, ${drainTask} || ':' || e.webhook_id, NULL,
                         NULL)::graphile_worker.job_spec
              FROM endpoints e ORDER BY e.webhook_id))) ELSE 0 END AS drains`;
      const inserted = Number(row?.inserted ?? 0);
      if (inserted < deliveries.length)
        await tx.$executeRaw`
          DELETE FROM webhook_payloads p WHERE p.id = ANY(${payloads.map((payload) => payload.id)}::text[]::uuid[])
            AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.payload_id = p.id)`;
      return inserted;
    },

    // The endpoint drain (webhooks.delivery.ts).

    /**
     * The endpoint's deliveries due now, oldest first, at most `take`, leaving out `exclude` (taken by this drain and
     * not recorded yet), with the endpoint's address, secrets and status: one statement through the partial index of
     * undelivered deliveries (webhook_deliveries_due_idx). The body is the shared stored one with the delivery's
     * watch ids put into `data.watchIds` (sentBody), serialised by PostgreSQL: the same bytes on every attempt.
     */
    dueDeliveries: (webhookId: string, exclude: string[], take: number) =>
      db.$queryRaw<DueDelivery[]>`
        SELECT d.id::text, d.event_type AS "eventType", d.attempts, ${sentBody} AS body, h.url, h.secret,
               CASE WHEN h.previous_secret_expires_at > now() THEN h.previous_secret END AS "previousSecret",
               h.status AS "webhookStatus"
        FROM webhooks h
        CROSS JOIN LATERAL (
          SELECT d.id, d.event_type, d.attempts, d.payload_id, d.watch_ids FROM webhook_deliveries d
          WHERE d.webhook_id = h.id AND d.status IN ('pending', 'retrying')
            AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= now())
            AND NOT (d.id = ANY(${exclude}::text[]::uuid[]))
          ORDER BY d.id
          LIMIT ${take}
        ) d
        JOIN webhook_payloads p ON p.id = d.payload_id
        WHERE h.id = ${webhookId}::uuid
        ORDER BY d.id`,

    /**
     * Records a batch of attempts on one endpoint in ONE statement: each delivery's outcome (and its next attempt
     * time), and the endpoint's failures in a row (reset by a success, counted from the last one), disabling it when
     * due. `outcomes` in the order they completed. Returns the endpoint's status after it (null: deleted).
     */
    recordOutcomes: async (tx: Tx, webhookId: string, outcomes: AttemptOutcome[], disableAfter: DisablePolicy) => {
      const health = outcomes.filter((outcome) => outcome.countsForHealth);
      const lastSuccess = health.findLastIndex((outcome) => outcome.succeeded);
      const failuresAfter = health.length - 1 - lastSuccess;
      const lastFailure = health.at(-1);
      const lastError =
        failuresAfter > 0 && lastFailure ? (lastFailure.error ?? `HTTP ${lastFailure.statusCode}`) : null;
      const status = (outcome: AttemptOutcome) =>
        outcome.succeeded ? 'succeeded' : outcome.retryAt ? 'retrying' : 'failed';
      const [row] = await tx.$queryRaw<{ status: 'enabled' | 'disabled' | null }[]>`
        WITH o AS (
          SELECT * FROM unnest(${outcomes.map((o) => o.deliveryId)}::text[]::uuid[], ${outcomes.map(status)}::text[],
                               ${outcomes.map((o) => o.statusCode)}::int[], ${outcomes.map((o) => o.latencyMs)}::int[],
                               ${outcomes.map((o) => o.error)}::text[],
                               ${outcomes.map((o) => o.retryAt?.toISOString() ?? null)}::text[]::timestamptz[])
            AS o(id, status, status_code, latency_ms, error, retry_at)
        ),
        recorded AS (
          UPDATE webhook_deliveries d SET attempts = d.attempts + 1, status = o.status::webhook_delivery_status,
            last_status_code = o.status_code, last_latency_ms = o.latency_ms, last_error = o.error,
            last_attempt_at = now(), next_attempt_at = o.retry_at,
            delivered_at = CASE WHEN o.status = 'succeeded' THEN now() ELSE d.delivered_at END
          FROM o WHERE d.id = o.id
          RETURNING d.id
        ),
        counted AS (
          SELECT CASE WHEN ${lastSuccess >= 0} THEN ${failuresAfter}::int ELSE consecutive_failures + ${failuresAfter}::int END AS failures,
                 CASE WHEN ${failuresAfter}::int = 0 THEN NULL::timestamptz
                      WHEN ${lastSuccess >= 0} THEN now() ELSE coalesce(failing_since, now()) END AS since,
                 status
          FROM webhooks WHERE id = ${webhookId}::uuid
        ),
        decided AS (
          SELECT failures, since, status = 'enabled' AND failures >= ${disableAfter.failures}::int
                   AND now() - coalesce(since, now()) >= make_interval(secs => ${disableAfter.forMs}::double precision / 1000)
                   AND since IS NOT NULL AS disable
          FROM counted
        ),
        health AS (
          UPDATE webhooks h SET consecutive_failures = x.failures, failing_since = x.since,
            status = CASE WHEN x.disable THEN 'disabled'::webhook_status ELSE h.status END,
            disabled_at = CASE WHEN x.disable THEN now() ELSE h.disabled_at END,
            disabled_reason = CASE WHEN x.disable
              THEN format('Disabled after %s failed attempts in a row since %s; the last: %s', x.failures,
                          to_char(x.since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ${lastError}::text)
              ELSE h.disabled_reason END,
            version = CASE WHEN x.disable THEN h.version + 1 ELSE h.version END
          FROM decided x
          WHERE h.id = ${webhookId}::uuid AND ${health.length > 0}
            AND NOT (x.failures = 0 AND h.consecutive_failures = 0)
          RETURNING h.status
        )
        SELECT coalesce((SELECT status FROM health), (SELECT status FROM counted))::text AS status
        FROM (SELECT count(*) FROM recorded) AS done`;
      return row?.status ?? null;
    },

    /** The deliveries of a disabled endpoint fail without a request (re-enabling it does not revive them). */
    failUndeliverable: (tx: Tx, webhookId: string, reason: string) =>
      tx.$executeRaw`
        UPDATE webhook_deliveries SET status = 'failed', last_error = ${reason}, next_attempt_at = NULL
        WHERE webhook_id = ${webhookId}::uuid AND status IN ('pending', 'retrying')
          AND EXISTS (SELECT 1 FROM webhooks WHERE id = ${webhookId}::uuid AND status = 'disabled')`,

    /** When the endpoint's next delivery falls due (a retry), or null when it has none left. */
    nextDueAt: async (tx: Tx, webhookId: string) =>
      (
        await tx.$queryRaw<{ at: Date | null }[]>`
          SELECT min(coalesce(next_attempt_at, now())) AS at FROM webhook_deliveries
          WHERE webhook_id = ${webhookId}::uuid AND status IN ('pending', 'retrying')`
      )[0]?.at ?? null,

    enqueueDrain: (tx: Tx, webhookId: string, when: { now: true } | { later: Date }) =>
      enqueueDrain(tx, webhookId, when),

    /**
     * Schedules a drain of every endpoint with deliveries left (at start-up: the drains of a previous version's
     * queue, or a drain whose job was given up, are picked up again).
     */
    scheduleUndrained: async (tx: Tx) => {
      const [row] = await tx.$queryRaw<{ drains: bigint }[]>`
        WITH undrained AS (
          SELECT webhook_id, min(coalesce(next_attempt_at, now())) AS due FROM webhook_deliveries
          WHERE status IN ('pending', 'retrying') GROUP BY webhook_id
        )
        SELECT CASE WHEN EXISTS (SELECT 1 FROM undrained) THEN (
          SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
            SELECT ROW(${drainTask}::text, json_build_object('webhookId', u.webhook_id), ${drainTask} || ':' || u.webhook_id,
                       u.due, 25, ${drainTask} || ':' || u.webhook_id, NULL, NULL)::graphile_worker.job_spec
            FROM undrained u ORDER BY u.webhook_id), job_key_preserve_run_at := true)) ELSE 0 END AS drains`;
      return Number(row?.drains ?? 0);
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
