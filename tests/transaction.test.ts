// The transaction helper (src/db/transaction.ts) on its own, against the real database: when a write commits, with
// whom as its author, and what commits with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Transactions, WritePathError, type WriteScope } from '../src/db/transaction.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin } from './support/global-setup.ts';

let t: TestApp;
let transactions: Transactions;
let counter = 0;
beforeAll(async () => {
  t = await createTestApp();
  transactions = t.app.transactions;
});
afterAll(() => t.close());

const name = () => `Helper Source ${Date.now().toString(36)}-${++counter}`;
const scope = (writes: WriteScope['writes'] = 'atomic'): WriteScope => ({
  actor: { keyId: null, keyPrefix: 'helpertest', requestId: `helper-${++counter}` },
  writes,
});
/** What another connection sees: only what has committed. */
const committed = async (sourceName: string) =>
  (
    await admin(t.databaseUrl, (client) =>
      client.query<{ actor_key_prefix: string | null; request_id: string | null; operation: string | null }>(
        `SELECT r.actor_key_prefix, r.request_id, r.operation FROM sources s
         JOIN revisions r ON r.resource_type = 'source' AND r.resource_id = s.id WHERE s.name = $1`,
        [sourceName],
      ),
    )
  ).rows;
const createSource = (sourceName: string) => (tx: Parameters<Parameters<Transactions['run']>[0]>[0]) =>
  tx.source.create({ data: { name: sourceName, slug: sourceName.toLowerCase().replaceAll(/\W+/g, '-') } });
const outcome =
  (requestId: string) => async (sql: { query: (text: string, values?: unknown[]) => Promise<unknown> }) => {
    await sql.query(
      `INSERT INTO audit_events (id, method, route, path, status, request_id) VALUES (gen_random_uuid(), 'POST', '/t', '/t', 201, $1)`,
      [requestId],
    );
  };
const audited = async (requestId: string) =>
  (
    await admin(t.databaseUrl, (client) =>
      client.query('SELECT status FROM audit_events WHERE request_id = $1', [requestId]),
    )
  ).rows;

describe('the transaction helper', () => {
  it('outside a request commits when the work is done, recording the operation without an actor', async () => {
    const sourceName = name();
    await transactions.run(createSource(sourceName), { operation: 'import' });
    expect(await committed(sourceName)).toEqual([{ actor_key_prefix: null, request_id: null, operation: 'import' }]);
  });

  it('inside a request holds the write until the request settles, then commits it with the outcome rows', async () => {
    const sourceName = name();
    const request = scope();
    const created = await transactions.bind(request, () => transactions.run(createSource(sourceName)));
    expect(created.name).toBe(sourceName);
    // Done, but not committed: nobody else sees it yet.
    expect(await committed(sourceName)).toEqual([]);
    await transactions.settle(request, { commit: true, write: outcome(request.actor.requestId!) });
    expect(await committed(sourceName)).toEqual([
      { actor_key_prefix: 'helpertest', request_id: request.actor.requestId, operation: null },
    ]);
    expect(await audited(request.actor.requestId!)).toEqual([{ status: 201 }]);
  });

  it('rolls a request’s write back when the request is refused, and records the outcome alone', async () => {
    const sourceName = name();
    const request = scope();
    await transactions.bind(request, () => transactions.run(createSource(sourceName)));
    await transactions.settle(request, { commit: false, write: outcome(request.actor.requestId!) });
    expect(await committed(sourceName)).toEqual([]);
    expect(await audited(request.actor.requestId!)).toEqual([{ status: 201 }]);
  });

  it('commits neither the write nor the outcome when writing the outcome fails', async () => {
    const sourceName = name();
    const request = scope();
    await transactions.bind(request, () => transactions.run(createSource(sourceName)));
    await expect(
      transactions.settle(request, {
        commit: true,
        write: async (sql) => {
          await outcome(request.actor.requestId!)(sql);
          await sql.query('SELECT 1 / 0');
        },
      }),
    ).rejects.toThrow();
    expect(await committed(sourceName)).toEqual([]);
    expect(await audited(request.actor.requestId!)).toEqual([]);
  });

  it('lets a request retry a write that failed, but not open a second transaction beside its first', async () => {
    const request = scope();
    const first = name();
    await transactions.bind(request, async () => {
      await expect(
        transactions.run(async (tx) => {
          await createSource(first)(tx);
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      await transactions.run(createSource(first));
      await expect(transactions.run(createSource(name()))).rejects.toBeInstanceOf(WritePathError);
    });
    await transactions.settle(request, { commit: true, write: async () => {} });
    expect(await committed(first)).toHaveLength(1);
  });

  it('in a batched request commits each transaction at once, the first one with the provisional outcome', async () => {
    const request = scope('batched');
    const requestId = request.actor.requestId!;
    request.firstWrite = outcome(requestId);
    const [one, two] = [name(), name()];
    await transactions.bind(request, async () => {
      await transactions.run(createSource(one));
      expect(await committed(one)).toHaveLength(1);
      expect(await audited(requestId)).toEqual([{ status: 201 }]);
      await transactions.runBatch((client) =>
        client.query('INSERT INTO sources (id, name, slug, updated_at) VALUES (gen_random_uuid(), $1, $2, now())', [
          two,
          two.toLowerCase().replaceAll(/\W+/g, '-'),
        ]),
      );
    });
    expect(await committed(two)).toEqual([{ actor_key_prefix: 'helpertest', request_id: requestId, operation: null }]);
    expect(await audited(requestId)).toHaveLength(1);
  });
});
