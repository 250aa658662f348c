// The transaction helper's wait for a pooled connection: Prisma's 2 s by default, longer where background work asks
// for it (a webhook drain recording its outcomes, src/modules/webhooks/webhooks.delivery.ts). A pool of one connection,
// held by one transaction for 3 s, and a second transaction waiting for it. Real PostgreSQL, no app.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { createTransactions } from '../src/db/transaction.ts';

const opened = openDatabase(inject('adminDatabaseUrl'), 1, { poolTimeoutMs: 10_000 });
const transactions = createTransactions(opened.primary);
afterAll(() => opened.close());

const holdFor = (ms: number) =>
  transactions.run((tx) => tx.$queryRawUnsafe(`SELECT pg_sleep(${ms / 1000})::text AS slept`));
const answer = (options?: { connectionWaitMs: number }) =>
  transactions.run(async (tx) => (await tx.$queryRawUnsafe<{ one: number }[]>('SELECT 1 AS one'))[0]!.one, options);

describe('waiting for a pooled connection', () => {
  it('gives up after Prisma’s 2 s by default while the only connection is held', async () => {
    const held = holdFor(3_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(answer()).rejects.toThrow();
    await held;
  });
  it('waits as long as connectionWaitMs says, and then runs', async () => {
    const held = holdFor(3_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(answer({ connectionWaitMs: 8_000 })).resolves.toBe(1);
    await held;
  });
});
