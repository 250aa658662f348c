// Reads on streaming replicas. The app keeps one pool per replica beside the primary's, and hands Prisma and the
// repositories a *routing pool*: a pg.Pool whose queries go to the server chosen for the current request — a replica
// for a GET route that tolerates replication lag (src/plugins/replicas.ts decides, before the handler), the primary
// for everything else (writes, the reads of a request that writes, background work, start-up). Writes never reach
// the routing pool at all: the transaction helper (src/db/transaction.ts) holds the primary's pool and client.
//
// Read-your-writes: a write response carries the primary's WAL position after its commit (the consistency token);
// a read that sends it is served by a replica that has replayed at least that far, or waits up to `waitMs` for one,
// or is served by the primary, which always has it.
//
// Health: every `checkIntervalMs` each replica is asked for its replay position; its lag is measured against the
// primary's WAL position, in bytes and in seconds (how long ago the primary was at the oldest position the replica has
// not replayed yet, from this monitor's own samples: it does not depend on the two servers' clocks agreeing, nor does
// an idle primary look like lag). A replica that does not answer, is no longer in recovery, or lags past a limit leaves
// rotation; the next check that finds it well puts it back. A read whose replica breaks mid-request is retried once on
// the primary (reads are side-effect free), and the replica leaves rotation at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { ReadReplicaConfig } from '../config.ts';

/** A WAL position as PostgreSQL writes it (`16/B374D848`: two hexadecimal halves of a 64-bit number). */
export const lsnPattern = /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/;

export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/') as [string, string];
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export function formatLsn(value: bigint): string {
  return `${(value >> 32n).toString(16).toUpperCase()}/${(value & 0xffffffffn).toString(16).toUpperCase()}`;
}

export type ReplicaState = {
  /** `replica-1`, `replica-2`, … in DATABASE_READ_URLS order (never the URL, which may hold a password). */
  name: string;
  inRotation: boolean;
  /** Why it is out of rotation (null while in). */
  reason: string | null;
  /** The last replay position measured (null before the first answer). */
  replayLsn: bigint | null;
  lagBytes: number;
  lagSeconds: number;
};

type Replica = ReplicaState & { pool: pg.Pool };

/** Where a request's reads go: a replica, or null for the primary. */
type Route = { replica: Replica | null };

/** Errors after which the same read on the primary can succeed: the replica is unreachable, restarting or in conflict with replay. */
function isReplicaFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // Connection failures, admin shutdown / crash / cannot connect now (57P0x), a query cancelled by a recovery conflict (40001).
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '40001'].includes(code)) return true;
    if (code.startsWith('08') || code.startsWith('57P')) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

const checkSql = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay`;

export type ReadReplicas = ReturnType<typeof openReadReplicas>;

/**
 * The replicas of `primary`, their monitor and the routing pool over them. `poolOptions` are the primary pool's
 * (size, timeouts), used for each replica's pool too.
 */
export function openReadReplicas(primary: pg.Pool, settings: ReadReplicaConfig, poolOptions: pg.PoolConfig) {
  const replicas: Replica[] = settings.urls.map((url, index) => {
    const pool = new pg.Pool({ ...poolOptions, connectionString: url });
    pool.on('error', () => {}); // an idle connection the replica closed (restart): dropped, the next query reconnects
    return {
      name: `replica-${index + 1}`,
      pool,
      // Out until the first check has measured it.
      inRotation: false,
      reason: 'not checked yet',
      replayLsn: null,
      lagBytes: 0,
      lagSeconds: 0,
    };
  });
  const storage = new AsyncLocalStorage<Route>();
  const served = { primary: 0, replica: 0, retried: 0 };
  /** The primary's WAL position at each check (oldest first), to tell how long ago a replica's position was current. */
  const samples: { at: number; lsn: bigint }[] = [];
  let next = 0;

  function leaveRotation(replica: Replica, reason: string) {
    replica.inRotation = false;
    replica.reason = reason;
  }

  function lagSecondsOf(replay: bigint, now: number): number {
    const oldestAhead = samples.find((sample) => sample.lsn > replay);
    return oldestAhead ? (now - oldestAhead.at) / 1000 : 0;
  }

  async function checkReplica(replica: Replica, primaryLsn: bigint | null, now: number) {
    try {
      const { rows } = await replica.pool.query<{ standby: boolean; replay: string | null }>(checkSql);
      const row = rows[0];
      if (!row?.standby || row.replay === null) return leaveRotation(replica, 'not a standby in recovery');
      const replay = parseLsn(row.replay);
      replica.replayLsn = replay;
      replica.lagBytes = primaryLsn !== null && primaryLsn > replay ? Number(primaryLsn - replay) : 0;
      replica.lagSeconds = lagSecondsOf(replay, now);
      if (settings.maxLagBytes > 0 && replica.lagBytes > settings.maxLagBytes)
        return leaveRotation(replica, `${replica.lagBytes} bytes behind`);
      if (settings.maxLagMs > 0 && replica.lagSeconds * 1000 > settings.maxLagMs)
        return leaveRotation(replica, `${replica.lagSeconds.toFixed(1)} s behind`);
      replica.inRotation = true;
      replica.reason = null;
    } catch (error) {
      leaveRotation(replica, `unreachable: ${(error as Error).message}`);
    }
  }

  async function check() {
    const now = Date.now();
    let primaryLsn: bigint | null = null;
    try {
      const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      primaryLsn = parseLsn(rows[0]!.lsn);
      if (samples.at(-1)?.lsn !== primaryLsn) samples.push({ at: now, lsn: primaryLsn });
      // Enough history to measure lag well past any sensible limit.
      while (samples.length > 1 && now - samples[0]!.at > Math.max(settings.maxLagMs, 60_000) * 2) samples.shift();
    } catch {
      // The primary is away: the replicas' lag cannot be measured, their positions still can.
    }
    await Promise.all(replicas.map((replica) => checkReplica(replica, primaryLsn, now)));
  }

  let checking: Promise<void> | undefined;
  /** One check at a time; callers arriving meanwhile share it. */
  const checkNow = () => {
    checking ??= check().finally(() => {
      checking = undefined;
    });
    return checking;
  };
  const timer = setInterval(() => void checkNow(), settings.checkIntervalMs);
  timer.unref();

  let refreshing: Promise<void> | undefined;
  /** The replay positions of the replicas in rotation, measured now (shared by every read waiting for a token). */
  function refreshPositions() {
    refreshing ??= Promise.all(
      replicas
        .filter((replica) => replica.inRotation)
        .map(async (replica) => {
          try {
            const { rows } = await replica.pool.query<{ replay: string | null }>(
              'SELECT pg_last_wal_replay_lsn()::text AS replay',
            );
            if (rows[0]?.replay) replica.replayLsn = parseLsn(rows[0].replay);
          } catch (error) {
            leaveRotation(replica, `unreachable: ${(error as Error).message}`);
          }
        }),
    )
      .then(() => {})
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  function pickFrom(candidates: Replica[]): Replica {
    next = (next + 1) % candidates.length;
    return candidates[next]!;
  }

  const caughtUp = (token: bigint) =>
    replicas.filter((replica) => replica.inRotation && replica.replayLsn !== null && replica.replayLsn >= token);

  /** The replica for a read that tolerates lag: any in rotation, or one that has replayed `token`; null: the primary. */
  async function choose(token: bigint | null): Promise<Replica | null> {
    if (token === null) {
      const candidates = replicas.filter((replica) => replica.inRotation);
      return candidates.length > 0 ? pickFrom(candidates) : null;
    }
    const deadline = Date.now() + settings.waitMs;
    for (;;) {
      const ready = caughtUp(token);
      if (ready.length > 0) return pickFrom(ready);
      if (!replicas.some((replica) => replica.inRotation) || Date.now() >= deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, Math.min(20, Math.max(1, deadline - Date.now()))));
      await refreshPositions();
    }
  }

  const current = (): Replica | null => {
    const replica = storage.getStore()?.replica ?? null;
    return replica?.inRotation ? replica : null;
  };

  function failed(replica: Replica, error: unknown): boolean {
    if (!isReplicaFailure(error)) return false;
    leaveRotation(replica, `failed a read: ${(error as Error).message}`);
    served.retried += 1;
    return true;
  }

  // A pg.Pool in name (Prisma's adapter takes only a pg.Pool), whose queries and connections are the chosen server's.
  const routing = new pg.Pool(poolOptions);
  const query = async (...args: unknown[]) => {
    const replica = current();
    const call = (pool: pg.Pool) => {
      served[pool === primary ? 'primary' : 'replica'] += 1;
      return (pool.query as (...values: unknown[]) => Promise<unknown>)(...args);
    };
    if (!replica) return call(primary);
    try {
      return await call(replica.pool);
    } catch (error) {
      if (!failed(replica, error)) throw error;
      return call(primary);
    }
  };
  const connect = async () => {
    const replica = current();
    const take = (pool: pg.Pool) => {
      served[pool === primary ? 'primary' : 'replica'] += 1;
      return pool.connect();
    };
    if (!replica) return take(primary);
    try {
      return await take(replica.pool);
    } catch (error) {
      if (!failed(replica, error)) throw error;
      return take(primary);
    }
  };
  routing.query = query as typeof routing.query;
  routing.connect = connect as typeof routing.connect;

  return {
    /** The pool to hand Prisma and the repositories: queries go where the current request's reads were sent. */
    routing,
    /** Runs `fn` with its queries sent to `replica` (null: the primary). */
    bind<T>(replica: Replica | null, fn: () => T): T {
      return storage.run({ replica }, fn);
    },
    choose,
    /** Measures every replica now (also done every checkIntervalMs). */
    check: checkNow,
    /** The primary's WAL position now: at or past the commit of every transaction that has committed. */
    async consistencyToken(): Promise<string> {
      const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
      return rows[0]!.lsn;
    },
    states: (): ReplicaState[] => replicas.map(({ pool: _pool, ...state }) => ({ ...state })),
    /** Queries and transactions of the repositories sent to the primary and to the replicas, and those retried on the primary. */
    served: () => ({ ...served }),
    poolStats: () =>
      replicas.reduce(
        (sum, replica) => ({
          total: sum.total + replica.pool.totalCount,
          idle: sum.idle + replica.pool.idleCount,
          waiting: sum.waiting + replica.pool.waitingCount,
        }),
        { total: 0, idle: 0, waiting: 0 },
      ),
    async close() {
      clearInterval(timer);
      await checking?.catch(() => {});
      await Promise.all(replicas.map((replica) => replica.pool.end()));
    },
  };
}
