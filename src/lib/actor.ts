import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';

// Who is writing. The revision triggers (see the history migration) read it from the transaction-local setting
// `meridian.actor`, so every write path is recorded — API routes, scripts, bulk imports — and a path that does not
// set it is still recorded, with no actor. Set it inside each write transaction with `setActor` or use
// `writeTransaction`; within a request the actor comes from the request (see src/plugins/actor.ts).

export type Actor = {
  /** The API key's id and public prefix; null for writes made without a key (seeding, scripts). */
  keyId: string | null;
  keyPrefix: string | null;
  requestId: string | null;
  /** What the write is part of when it is more than a plain create/update/delete: `merge`, `split`, `import`. */
  operation?: string;
};

const storage = new AsyncLocalStorage<Actor>();

/** Runs `fn` with `actor` as the current actor (the actor plugin does this around every route handler). */
export function runAsActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function currentActor(): Actor | undefined {
  return storage.getStore();
}

/** The value the triggers read: compact JSON, at most 1 KB. */
export function actorSetting(actor: Actor): string {
  return JSON.stringify({
    keyId: actor.keyId,
    keyPrefix: actor.keyPrefix,
    requestId: actor.requestId,
    operation: actor.operation ?? null,
  }).slice(0, 1024);
}

/** For plain `pg` clients inside their own BEGIN … COMMIT: `client.query(actorSettingSql, [actorSetting(actor)])`. */
export const actorSettingSql = "SELECT set_config('meridian.actor', $1, true)";

type TransactionClient = Prisma.TransactionClient;

/** Records `actor` (default: the current one) as the author of this transaction's writes. Call it inside the transaction. */
export async function setActor(
  tx: TransactionClient,
  actor: Actor | undefined = currentActor(),
  operation?: string,
): Promise<void> {
  if (actor === undefined && operation === undefined) return;
  const value = actorSetting({
    keyId: null,
    keyPrefix: null,
    requestId: null,
    ...actor,
    ...(operation ? { operation } : {}),
  });
  await tx.$executeRaw`SELECT set_config('meridian.actor', ${value}, true)`;
}

/** `db.$transaction` with the current actor recorded: use it for every write to articles, entities, claims and sources. */
export function writeTransaction<T>(
  db: Database,
  fn: (tx: TransactionClient) => Promise<T>,
  options: { operation?: string } = {},
): Promise<T> {
  return db.$transaction(async (tx) => {
    await setActor(tx, currentActor(), options.operation);
    return fn(tx);
  });
}
