// The one write path. Every write to the store runs in a transaction opened here — Prisma's interactive transactions
// for the services, one pooled `pg` connection for the ingest store's batches — and every such transaction
//   1. names its author: the actor (API key, request id, operation) goes into the transaction-local setting
//      `meridian.actor`, which the revision triggers read at commit (prisma/migrations/…_history);
//   2. inside a request, commits together with the rows that record the request's outcome — its audit event and its
//      Idempotency-Key's response — or not at all.
//
// How 2 works. A write route runs its one write transaction as usual, but the transaction does not commit when the
// service's work is done: it is *parked*, still open, while the handler turns the result into the response. When the
// response is ready (its status, headers and serialised body: src/plugins/write-path.ts, onSend) the request is
// *settled*: a success (status < 400) writes the audit event and the idempotency record's completion — the exact
// bytes about to be sent — into the parked transaction and commits it; a refusal rolls the parked transaction back
// (a refused request writes nothing) and records its outcome in a transaction of its own. So a crash at any point
// leaves the change, its audit event and its replayable response all committed or none of them; when the connection
// is lost during COMMIT itself the client gets a 503 and its retry finds either the completed idempotency record
// (and replays it) or only the claim, which is released (and runs again) — never half of it. Services read what the response needs inside the
// transaction: the parked transaction holds a connection, and a read on another one would not see the write.
//
// Requests that stream (imports) commit batch by batch instead (`writes: 'batched'`): each transaction commits when
// its work is done, the first one carrying the request's provisional audit event, which the settle then completes.
// Outside a request (scripts, tests, background work) a transaction commits when its work is done.
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Database, SqlPool } from './client.ts';

export type Actor = {
  /** The API key's id and public prefix; null for writes made without a key (seeding, scripts). */
  keyId: string | null;
  keyPrefix: string | null;
  requestId: string | null;
  /** What the write is part of when it is more than a plain create/update/delete: `merge`, `split`, `import`. */
  operation?: string;
};

export type TransactionClient = Prisma.TransactionClient;
/** A `pg` connection inside its transaction (the ingest store's batches). */
export type BatchClient = Pick<pg.PoolClient, 'query'>;
/** Plain parameterised SQL inside a transaction, whichever driver opened it. */
export type SqlClient = { query: <Row = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]> };
/** Rows that record a request's outcome (its audit event, its Idempotency-Key's response), written in one transaction. */
export type OutcomeWrite = (client: SqlClient) => Promise<void>;

export type WriteOptions = {
  /** Recorded with the actor in the revisions: `merge`, `split`, `import`. */
  operation?: string;
  /**
   * How long `run` waits for a pooled connection before it fails (Prisma's default, 2 s, otherwise). Background work
   * whose failure means redoing work already done (a webhook drain resends what it could not record) waits longer.
   */
  connectionWaitMs?: number;
};

/** What a request's writes are bound to; made by the write-path plugin for every write request. */
export type WriteScope = {
  actor: Actor;
  /** `atomic`: one write transaction, committed with the response. `batched`: each transaction commits on its own. */
  writes: 'atomic' | 'batched';
  /** Batched: rows written with the first transaction that commits (the provisional audit event). */
  firstWrite?: OutcomeWrite;
  /** @internal Atomic: the request's transaction, running (`open`) or waiting for the response (a Parked). */
  transaction?: 'open' | Parked | null;
  /** @internal Batched: a transaction has committed (and carried `firstWrite`). */
  committed?: boolean;
  /** @internal The request has ended: later transactions commit on their own. */
  settled?: boolean;
};

type Decision = { commit: true; write: OutcomeWrite } | { commit: false };
type Parked = { decide: (decision: Decision) => Promise<void> };
/** Opens one transaction, runs `body` in it and commits (or rolls back when `body` throws). */
type Opener<Native> = <T>(body: (sql: SqlClient, native: Native) => Promise<T>) => Promise<T>;

/** The setting the revision triggers read: compact JSON, at most 1 KB. */
export function actorSetting(actor: Actor): string {
  return JSON.stringify({
    keyId: actor.keyId,
    keyPrefix: actor.keyPrefix,
    requestId: actor.requestId,
    operation: actor.operation ?? null,
  }).slice(0, 1024);
}

const actorSettingSql = "SELECT set_config('meridian.actor', $1, true)";
/**
 * How long a Prisma transaction may last in all, its wait for the response included (Prisma's default is 5 s); each of
 * its statements is bounded by the statement timeout as well.
 */
const prismaTransactionMs = 30_000;
/** A parked transaction whose request never settles (it cannot happen; a bug must not hold a connection forever). */
const parkedAtMostMs = 60_000;
/** Thrown inside a parked transaction to roll it back; never leaves this module. */
const rollback = Symbol('rollback');
const storage = new AsyncLocalStorage<WriteScope>();

export class WritePathError extends Error {}

export function prismaSql(tx: TransactionClient): SqlClient {
  return { query: <Row>(text: string, values: unknown[] = []) => tx.$queryRawUnsafe<Row[]>(text, ...values) };
}

export function pgSql(client: BatchClient): SqlClient {
  return {
    query: async <Row>(text: string, values: unknown[] = []) =>
      (await client.query(text, values)).rows as unknown as Row[],
  };
}

/**
 * The transaction helper (see the top of this file). `run` opens a Prisma interactive transaction, `runBatch` one on a
 * pooled `pg` connection with a longer statement timeout and the revisions flushed in one statement before COMMIT.
 */
export function createTransactions(deps: { db: Database; pool: SqlPool }) {
  const { db, pool } = deps;

  const openPrisma =
    (connectionWaitMs?: number): Opener<TransactionClient> =>
    (body) =>
      db.$transaction((tx) => body(prismaSql(tx), tx), {
        timeout: prismaTransactionMs,
        ...(connectionWaitMs === undefined ? {} : { maxWait: connectionWaitMs }),
      });

  /** BEGIN … COMMIT on one pooled connection; `statementTimeoutMs` replaces the pool's statement timeout for it. */
  const openBatch =
    (statementTimeoutMs?: number): Opener<BatchClient> =>
    async (body) => {
      const client = await pool.connect();
      // A connection that breaks while checked out emits 'error' besides failing its query: keep it from going
      // unhandled, and drop that connection instead of returning it to the pool.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        if (statementTimeoutMs !== undefined)
          await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(statementTimeoutMs)]);
        const result = await body(pgSql(client), client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(broken);
      }
    };

  /** One transaction as the current scope wants it: committed when `work` is done, or parked until the request settles. */
  async function transaction<Native, T>(
    open: Opener<Native>,
    work: (native: Native) => Promise<T>,
    options: WriteOptions & { beforeCommit?: (sql: SqlClient) => Promise<unknown> },
  ): Promise<T> {
    const scope = storage.getStore();
    const actor = scope?.actor ?? (options.operation ? { keyId: null, keyPrefix: null, requestId: null } : undefined);
    const setting = actor
      ? actorSetting({ ...actor, ...(options.operation ? { operation: options.operation } : {}) })
      : null;
    const prepare = async (sql: SqlClient, native: Native) => {
      if (setting !== null) await sql.query(actorSettingSql, [setting]);
      const value = await work(native);
      await options.beforeCommit?.(sql);
      return value;
    };

    if (scope === undefined || scope.settled || scope.writes === 'batched') {
      const first = scope?.writes === 'batched' && !scope.committed && !scope.settled ? scope.firstWrite : undefined;
      const result = await open(async (sql, native) => {
        const value = await prepare(sql, native);
        await first?.(sql);
        return value;
      });
      if (scope) scope.committed = true;
      return result;
    }
    if (scope.transaction)
      throw new WritePathError('A request writes in one transaction, and this request has already opened its own.');
    scope.transaction = 'open';
    try {
      return await park(scope, open, prepare);
    } catch (error) {
      // The transaction rolled back before it was parked (a refused write): the request may try again.
      scope.transaction = null;
      throw error;
    }
  }

  /** Runs the transaction up to its COMMIT, hands `work`'s result over, and waits for the request's decision. */
  function park<Native, T>(
    scope: WriteScope,
    open: Opener<Native>,
    prepare: (sql: SqlClient, native: Native) => Promise<T>,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let handedOver = false;
      let gaveUp = false;
      let decide!: (decision: Decision) => void;
      const decision = new Promise<Decision>((settle) => {
        decide = settle;
      });
      const finished = open(async (sql, native) => {
        const value = await prepare(sql, native);
        scope.transaction = {
          decide: async (chosen) => {
            if (gaveUp && chosen.commit)
              throw new WritePathError(
                `The request did not settle within ${parkedAtMostMs} ms; its write was rolled back.`,
              );
            decide(chosen);
            try {
              await finished;
            } catch (error) {
              if (error !== rollback) throw error;
            }
          },
        };
        handedOver = true;
        resolve(value);
        const timer = setTimeout(() => {
          gaveUp = true;
          decide({ commit: false });
        }, parkedAtMostMs);
        timer.unref();
        const chosen = await decision;
        clearTimeout(timer);
        if (!chosen.commit) throw rollback;
        await chosen.write(sql);
      });
      finished.catch((error: unknown) => {
        if (!handedOver) reject(error);
      });
    });
  }

  return {
    /** `work` in one Prisma interactive transaction, with the actor recorded (see the top of this file). */
    run: <T>(work: (tx: TransactionClient) => Promise<T>, options: WriteOptions = {}): Promise<T> =>
      transaction(openPrisma(options.connectionWaitMs), work, options),

    /**
     * `work` in one transaction on one pooled `pg` connection (the ingest store's multi-row statements), with the
     * actor recorded. A batch is hundreds of articles: its statements may take longer than the API's per-statement
     * budget. Right before COMMIT the revisions of the claims and entities it created are recorded in one statement
     * rather than one commit-time trigger call each (prisma/migrations/20261203131215_revision_flush).
     */
    runBatch: <T>(
      work: (client: BatchClient) => Promise<T>,
      options: WriteOptions & { statementTimeoutMs?: number } = {},
    ): Promise<T> =>
      transaction(openBatch(options.statementTimeoutMs ?? 60_000), work, {
        ...options,
        beforeCommit: (sql) => sql.query('SELECT meridian_revision_flush()'),
      }),

    /** Runs `fn` (a request's handler) with `scope` as the scope its writes are bound to. */
    bind: <T>(scope: WriteScope, fn: () => T): T => storage.run(scope, fn),

    /**
     * Ends a request. `commit`: its parked transaction (if it opened one) commits together with `write`; otherwise
     * the parked transaction is rolled back and `write` is made in a transaction of its own. Rejects when that fails:
     * after a failed COMMIT nothing of the request was written — unless the connection broke after PostgreSQL had
     * committed, which the idempotency record then tells a retry.
     */
    async settle(scope: WriteScope | null, outcome: { commit: boolean; write: OutcomeWrite }): Promise<void> {
      const parked = typeof scope?.transaction === 'object' ? scope.transaction : null;
      if (scope) {
        scope.transaction = null;
        scope.settled = true;
      }
      if (parked && outcome.commit) return parked.decide({ commit: true, write: outcome.write });
      if (parked) await parked.decide({ commit: false });
      await openBatch()((sql) => outcome.write(sql));
    },
  };
}

export type Transactions = ReturnType<typeof createTransactions>;
