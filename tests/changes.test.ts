import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError } from './support/problems.ts';

let t: TestApp;
let sourceId: string;
beforeAll(async () => {
  t = await createTestApp();
  sourceId = (await t.api.get('/v1/sources?limit=1').expect(200)).body.data[0].id;
});
afterAll(() => t.close());

type ChangeEvent = {
  cursor: string;
  type: string;
  id: string;
  action: string;
  revision: number;
  changedFields: string[];
  location: string;
};
type FeedPage = { data: ChangeEvent[]; page: { nextCursor: string | null; caughtUp: boolean; next: string | null } };

async function feedPage(after: string | null, query = ''): Promise<FeedPage> {
  const response = await t.api.get(`/v1/changes?limit=100${after ? `&after=${after}` : ''}${query}`).expect(200);
  return response.body as FeedPage;
}

/** Reads the feed from `after` until it is caught up; returns the events and where to resume. */
async function drain(after: string | null, query = ''): Promise<{ events: ChangeEvent[]; cursor: string | null }> {
  const events: ChangeEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await feedPage(cursor, query);
    events.push(...page.data);
    cursor = page.page.nextCursor;
    if (page.page.caughtUp) return { events, cursor };
  }
}

/** Drains until `predicate` holds: other databases' transactions on the same server can hold the horizon back briefly. */
async function drainUntil(after: string | null, predicate: (events: ChangeEvent[]) => boolean, query = '') {
  const events: ChangeEvent[] = [];
  let cursor = after;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = await drain(cursor, query);
    events.push(...page.events);
    cursor = page.cursor;
    if (predicate(events) || Date.now() > deadline) return { events, cursor };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const articleBody = (n: string) => ({
  url: `https://example.org/changes/${n}`,
  title: `Change ${n}`,
  body: `Body ${n}.`,
  language: 'en',
  sourceId,
});

async function connect() {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  return client;
}

async function insertArticle(client: pg.Client, n: string): Promise<string> {
  const result = await client.query<{ id: string }>(
    `INSERT INTO articles (id, url, title, body, language, source_id, content_hash, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'en', $4, repeat('0', 64), now()) RETURNING id`,
    [`https://example.org/changes/sql-${n}`, `SQL ${n}`, `Body ${n}.`, sourceId],
  );
  return result.rows[0]?.id as string;
}

describe('change feed', () => {
  it('lists created, updated and deleted events in order, each with a cursor to resume from', async () => {
    const start = (await drain(null)).cursor;
    const created = await t.api.post('/v1/articles').send(articleBody('a')).expect(201);
    await t.api.patch(`/v1/articles/${created.body.id}`).send({ title: 'Change a, edited' }).expect(200);
    await t.api.delete(`/v1/articles/${created.body.id}`).expect(204);
    const { events } = await drainUntil(start, (all) =>
      all.some((event) => event.action === 'deleted' && event.id === created.body.id),
    );
    const mine = events.filter((event) => event.id === created.body.id);
    expect(mine.map((event) => [event.type, event.action, event.revision])).toEqual([
      ['article', 'created', 1],
      ['article', 'updated', 2],
      ['article', 'deleted', 3],
    ]);
    expect(mine[1]).toMatchObject({ changedFields: ['title'], location: `/v1/articles/${created.body.id}` });

    // Resuming from the first event's cursor gives exactly the events after it.
    const first = mine[0] as ChangeEvent;
    const resumed = await drainUntil(first.cursor, (all) =>
      all.some((event) => event.action === 'deleted' && event.id === created.body.id),
    );
    expect(resumed.events.filter((event) => event.id === created.body.id).map((event) => event.action)).toEqual([
      'updated',
      'deleted',
    ]);

    const onlyEntities = await drain(start, '&types=entity,claim');
    expect(onlyEntities.events.every((event) => event.type === 'entity' || event.type === 'claim')).toBe(true);
  });

  it('holds back an event committed after a reader passed a later one, then delivers it exactly once', async () => {
    const start = (await drainUntil(null, () => true)).cursor;
    const early = await connect();
    const late = await connect();
    try {
      // `early` writes first (its event gets the smaller sequence number) but commits last.
      await early.query('BEGIN');
      const earlyId = await insertArticle(early, 'early');
      await late.query('BEGIN');
      const lateId = await insertArticle(late, 'late');
      await late.query('COMMIT');

      const whileOpen = await drain(start);
      const seen = whileOpen.events.map((event) => event.id);
      expect(seen).not.toContain(earlyId);
      expect(seen).not.toContain(lateId);

      await early.query('COMMIT');
      const { events } = await drainUntil(whileOpen.cursor, (all) => all.some((event) => event.id === lateId));
      expect(events.filter((event) => event.id === earlyId || event.id === lateId).map((event) => event.id)).toEqual([
        earlyId,
        lateId,
      ]);
    } finally {
      await early.end();
      await late.end();
    }
  });

  it('delivers every event exactly once, in a stable order, to a reader resuming while concurrent writers commit', async () => {
    const start = (await drainUntil(null, () => true)).cursor;
    const writers = await Promise.all([connect(), connect(), connect(), connect()]);
    const writes = 15;
    const written = new Set<string>();
    const seen: ChangeEvent[] = [];
    let cursor = start;
    let writing = true;

    const reader = (async () => {
      while (writing) {
        const page = await drain(cursor);
        seen.push(...page.events);
        cursor = page.cursor;
      }
    })();
    await Promise.all(
      writers.map(async (client, w) => {
        for (let i = 0; i < writes; i += 1) {
          await client.query('BEGIN');
          const id = await insertArticle(client, `${w}-${i}`);
          written.add(id);
          // Vary how long each transaction stays open so commits land out of sequence order.
          await new Promise((resolve) => setTimeout(resolve, (w * 7 + i * 3) % 11));
          if (i % 3 === 0)
            await client.query('UPDATE articles SET title = title || $2, version = version + 1 WHERE id = $1', [
              id,
              ' (edited)',
            ]);
          await client.query('COMMIT');
        }
      }),
    );
    writing = false;
    await reader;
    await Promise.all(writers.map((client) => client.end()));

    const expected = writers.length * writes + writers.length * Math.ceil(writes / 3);
    const rest = await drainUntil(
      cursor,
      (all) => seen.length + all.filter((event) => written.has(event.id)).length >= expected,
    );
    seen.push(...rest.events);
    const mine = seen.filter((event) => written.has(event.id));
    const keys = mine.map((event) => `${event.id}:${event.revision}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mine).toHaveLength(expected);
    expect(new Set(mine.map((event) => event.id))).toEqual(written);

    // A fresh reader from the same start sees the same events in the same order.
    const replay = await drain(start);
    expect(replay.events.filter((event) => written.has(event.id)).map((event) => event.cursor)).toEqual(
      mine.map((event) => event.cursor),
    );
  }, 120_000);

  it('refuses a cursor it did not issue and unknown types, naming the parameter', async () => {
    expectFieldError(await t.api.get('/v1/changes?after=not-a-cursor'), 'after', 400, 'invalid_cursor');
    expectFieldError(
      await t.api.get(`/v1/changes?after=${Buffer.from('{"t":"x","i":"1"}').toString('base64url')}`),
      'after',
      400,
      'invalid_cursor',
    );
    expectFieldError(await t.api.get('/v1/changes?types=article,mention'), 'types');
    expectFieldError(await t.api.get('/v1/changes?limit=0'), 'limit');
  });
});
