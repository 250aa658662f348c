import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

type Event = { id?: string; event?: string; data?: string; comment?: string };

/** An open GET of the stream, its parsed events and comments as they arrive. */
function openStream(port: number, query = '', headers: Record<string, string> = {}) {
  const events: Event[] = [];
  let status = 0;
  let body = '';
  let ended = false;
  const request = http.get(`http://127.0.0.1:${port}/v1/changes/stream${query}`, { headers }, (response) => {
    status = response.statusCode ?? 0;
    let buffer = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      body += chunk;
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: Event = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) event.comment = line.slice(1).trim();
          const [, field, value] = /^(id|event|data): (.*)$/.exec(line) ?? [];
          if (field) event[field as 'id' | 'event' | 'data'] = value;
        }
        events.push(event);
        end = buffer.indexOf('\n\n');
      }
    });
    response.on('end', () => {
      ended = true;
    });
  });
  request.on('error', () => {});
  return {
    events,
    changes: () => events.filter((event) => event.event === 'change').map((event) => JSON.parse(event.data as string)),
    status: () => status,
    body: () => body,
    ended: () => ended,
    close: () => request.destroy(),
  };
}

async function waitFor<T>(check: () => T | undefined | false, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let t: TestApp;
let port: number;
beforeAll(async () => {
  const push = testConfig().push;
  t = await createTestApp({
    config: { push: { ...push, stream: { max: 3, pollMs: 50, heartbeatMs: 200, maxMs: 20_000 } } },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

describe('GET /v1/changes/stream', () => {
  it('pushes new changes with their cursor as the event id, sends heartbeats, and resumes with Last-Event-ID', async () => {
    const stream = openStream(port);
    await waitFor(() => stream.status() === 200 && stream.body().startsWith('retry:'));
    const first = (await t.api.post('/v1/sources').send({ name: 'Stream One' }).expect(201)).body.id;
    const event = await waitFor(() => stream.events.find((item) => item.event === 'change'));
    expect(JSON.parse(event.data as string)).toMatchObject({ type: 'source', id: first, action: 'created' });
    expect(event.id).toBe(JSON.parse(event.data as string).cursor);
    await waitFor(() => stream.events.some((item) => item.comment === 'heartbeat'));
    stream.close();

    const second = (await t.api.post('/v1/sources').send({ name: 'Stream Two' }).expect(201)).body.id;
    const third = (await t.api.post('/v1/sources').send({ name: 'Stream Three' }).expect(201)).body.id;
    const resumed = openStream(port, '?types=source', { 'last-event-id': event.id as string });
    const ids = await waitFor(() => {
      const seen = resumed.changes().map((change) => change.id);
      return seen.length >= 2 ? seen : undefined;
    });
    expect(ids.slice(0, 2)).toEqual([second, third]);
    resumed.close();
  });

  it('filters by entity: only changes that concern it', async () => {
    const peru = (await t.api.get('/v1/entities/peru').expect(200)).body.id;
    const source = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
    const stream = openStream(port, `?entity=${peru}`);
    await waitFor(() => stream.status() === 200);
    const post = (slug: string, mentions: unknown[]) =>
      t.api
        .post('/v1/articles')
        .send({
          url: `https://example.org/${slug}`,
          title: slug,
          body: 'Peru met.',
          language: 'en',
          sourceId: source,
          mentions,
        })
        .expect(201)
        .then((response) => response.body.id as string);
    const unrelated = await post('stream-unrelated', []);
    const mentioning = await post('stream-peru', [{ entityId: peru, start: 0, end: 4 }]);
    const change = await waitFor(() => stream.changes()[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(change.id).toBe(mentioning);
    expect(stream.changes().map((item) => item.id)).not.toContain(unrelated);
    stream.close();
  });

  it('refuses a cursor it did not issue, a watch of another key, and more streams than the cap (429)', async () => {
    const bad = openStream(port, '', { 'last-event-id': 'nonsense' });
    await waitFor(() => bad.ended());
    expect(bad.status()).toBe(400);
    expect(JSON.parse(bad.body())).toMatchObject({
      code: 'invalid_cursor',
      errors: [{ location: 'headers', field: 'last-event-id' }],
    });
    const missing = openStream(port, '?watch=0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d');
    await waitFor(() => missing.ended());
    expect(missing.status()).toBe(404);

    const open = [openStream(port), openStream(port), openStream(port)];
    await waitFor(() => open.every((stream) => stream.status() === 200));
    const refused = openStream(port);
    await waitFor(() => refused.ended());
    expect(refused.status()).toBe(429);
    expect(JSON.parse(refused.body()).code).toBe('streams_busy');
    for (const stream of open) stream.close();
    // A closed stream gives its place back.
    await waitFor(() => open.every((stream) => stream.ended() || stream.status() === 200));
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      const stream = openStream(port);
      await waitFor(() => stream.status() !== 0);
      status = stream.status();
      stream.close();
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(200);
  });

  it('ends open streams cleanly when the server drains', async () => {
    const { createTestApp: create } = await import('./support/app.ts');
    const draining = await create();
    await draining.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = openStream((draining.app.server.address() as AddressInfo).port);
    await waitFor(() => stream.status() === 200);
    await draining.close();
    await waitFor(() => stream.ended());
    expect(stream.status()).toBe(200);
  });
});
