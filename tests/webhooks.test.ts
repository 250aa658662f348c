import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../scripts/webhook-receiver.ts';
import { loadConfig } from '../src/config.ts';
import { retryDelayMs } from '../src/modules/webhooks/webhooks.delivery.ts';
import { forbiddenAddress, postJson, urlProblem } from '../src/modules/webhooks/webhooks.outbound.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

/** A real HTTP receiver on 127.0.0.1 that records every request and answers with `status()`. */
type Received = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };
function startReceiver() {
  const received: Received[] = [];
  let status = (_path: string) => 204;
  let delay = (_path: string) => 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const code = status(path);
      if (code === 0) return; // never answer (a hung endpoint)
      setTimeout(
        () => response.writeHead(code, code === 302 ? { location: '/elsewhere' } : {}).end('x'.repeat(10)),
        delay(path),
      );
    });
  });
  return new Promise<{
    url: (path: string) => string;
    received: Received[];
    answer: (fn: (path: string) => number) => void;
    /** Answers after this many milliseconds (a slow endpoint). */
    slow: (fn: (path: string) => number) => void;
    close: () => Promise<void>;
  }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: (path) => `http://127.0.0.1:${port}${path}`,
        received,
        answer: (fn) => {
          status = fn;
        },
        slow: (fn) => {
          delay = fn;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}

async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const headersOf = (request: Received) => ({
  id: String(request.headers['webhook-id']),
  timestamp: String(request.headers['webhook-timestamp']),
  signature: String(request.headers['webhook-signature']),
});

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
  t = await createTestApp({
    config: {
      push: {
        ...testConfig().push,
        inProcess: true,
        dispatchIntervalMs: 50,
        workerConcurrency: 4,
        // The four drains share one pooled connection (PUSH_DRAIN_CONNECTIONS): the test of that share below.
        drainConnections: 1,
        allowedHosts: ['127.0.0.1'],
        timeoutMs: 2000,
        maxAttempts: 3,
        retryBaseMs: 100,
        retryMaxMs: 400,
        disableAfterFailures: 3,
        disableAfterMs: 0,
        staleWorkerMs: 2000,
      },
    },
  });
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

async function createWebhook(body: Record<string, unknown>) {
  const response = await t.api.post('/v1/webhooks').send(body).expect(201);
  return response.body as { id: string; secret: string; version: number };
}

describe('webhooks: the dispatcher with no subscriber', () => {
  it('steps over the feed unread while no webhook or saved search exists, and serves a new webhook what follows', async () => {
    const source = (await t.api.post('/v1/sources').send({ name: 'Unwatched Wire' }).expect(201)).body;
    const [created] = await t.app.db.$queryRaw<{ transaction_id: bigint }[]>`
      SELECT transaction_id FROM revision_records WHERE resource_id = ${source.id}::uuid AND action = 'created'`;
    // The in-process dispatcher (or this call, when it holds the lock) moves the cursor past the creation.
    await waitFor(async () => {
      await t.app.pushDispatcher.dispatchAll();
      const [cursor] = await t.app.db.$queryRaw<{ transaction_id: bigint }[]>`
        SELECT transaction_id FROM push_dispatch_cursors WHERE name = 'webhooks'`;
      return cursor && cursor.transaction_id >= created!.transaction_id ? true : undefined;
    });
    const { id } = await createWebhook({
      url: receiver.url('/unwatched'),
      eventTypes: ['source.created', 'source.updated'],
    });
    await t.api
      .patch(`/v1/sources/${source.id}`)
      .set('if-match', '"1"')
      .send({ name: 'Unwatched Wire 2', slug: source.slug })
      .expect(200);
    const log = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200);
      return page.body.data.length > 0 && page.body.data.every((d: { status: string }) => d.status === 'succeeded')
        ? page.body.data
        : undefined;
    });
    expect(log.map((delivery: { eventType: string }) => delivery.eventType)).toEqual(['source.updated']);
    await t.api.delete(`/v1/webhooks/${id}`).set('if-match', '"1"').expect(204);
  });
});

describe('webhooks: the resource', () => {
  it('shows the secret once, at creation, and never again', async () => {
    const created = await t.api
      .post('/v1/webhooks')
      .send({ url: receiver.url('/crud'), eventTypes: ['claim.*'], description: 'desk' })
      .expect(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.headers.location).toBe(`/v1/webhooks/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    const got = await t.api.get(`/v1/webhooks/${created.body.id}`).expect(200);
    expect(got.body).not.toHaveProperty('secret');
    expect(JSON.stringify(got.body)).not.toContain(created.body.secret.slice(6));
    expect(got.body).toMatchObject({ status: 'enabled', eventTypes: ['claim.*'], description: 'desk' });
    const list = await t.api.get('/v1/webhooks').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret.slice(6));
    expect(list.body.data.map((webhook: { id: string }) => webhook.id)).toContain(created.body.id);
  });

  it('belongs to the key that created it: another key gets 404, a read key 403, no key 401', async () => {
    const { id } = await createWebhook({ url: receiver.url('/owned'), eventTypes: ['source.created'] });
    const other = await t.createKey(['write']);
    const foreign = await t.anonymous.get(`/v1/webhooks/${id}`).set('authorization', `Bearer ${other}`).expect(404);
    expect(foreign.body.code).toBe('not_found');
    const listed = await t.anonymous.get('/v1/webhooks').set('authorization', `Bearer ${other}`).expect(200);
    expect(listed.body.data).toEqual([]);
    const reader = await t.createKey(['read']);
    await t.anonymous.get(`/v1/webhooks/${id}`).set('authorization', `Bearer ${reader}`).expect(403);
    await t.anonymous.get(`/v1/webhooks/${id}`).expect(401);
  });

  it.each([
    ['ftp://example.org/hook', 'must use http or https'],
    ['not a url', 'is not an absolute URL'],
    ['http://user:pw@example.org/', 'must not carry credentials'],
    ['http://localhost:8080/', 'must not name localhost'],
    ['http://10.1.2.3/', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'private'],
    ['http://100.100.100.200/', 'private'],
    ['http://0.0.0.0/', 'private'],
    ['http://[::1]/', 'private'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://[::ffff:a9fe:a9fe]/', 'private'],
    ['http://[fd00:ec2::254]/', 'private'],
    ['http://[fe80::1]/', 'private'],
  ])('refuses the target %s with 400 naming url', async (url, reason) => {
    const response = await t.api
      .post('/v1/webhooks')
      .send({ url, eventTypes: ['article.created'] })
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0]).toMatchObject({ location: 'body', field: 'url' });
    expect(response.body.errors[0].message).toContain(reason);
  });

  it('refuses a webhook that listens to nothing, an unknown event type, and a watch of another key', async () => {
    const empty = await t.api
      .post('/v1/webhooks')
      .send({ url: receiver.url('/x') })
      .expect(400);
    expect(empty.body.errors[0].field).toBe('eventTypes');
    const unknown = await t.api
      .post('/v1/webhooks')
      .send({ url: receiver.url('/x'), eventTypes: ['article.exploded'] })
      .expect(400);
    expect(unknown.body.errors[0].field).toBe('eventTypes.0');
    const other = await t.createKey(['write']);
    const source = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body;
    const watch = await t.anonymous
      .post('/v1/watches')
      .set('authorization', `Bearer ${other}`)
      .send({ kind: 'source', targetId: source.id })
      .expect(201);
    const foreign = await t.api
      .post('/v1/webhooks')
      .send({ url: receiver.url('/x'), watchIds: [watch.body.id] })
      .expect(422);
    expect(foreign.body.errors[0].field).toBe('watchIds');
  });

  it('updates with If-Match and refuses a stale ETag with 412', async () => {
    const { id } = await createWebhook({ url: receiver.url('/patch'), eventTypes: ['source.created'] });
    const updated = await t.api
      .patch(`/v1/webhooks/${id}`)
      .set('if-match', '"1"')
      .send({ eventTypes: ['source.*'] })
      .expect(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body.eventTypes).toEqual(['source.*']);
    const stale = await t.api.patch(`/v1/webhooks/${id}`).set('if-match', '"1"').send({ enabled: false }).expect(412);
    expect(stale.body.code).toBe('precondition_failed');
    await t.api.delete(`/v1/webhooks/${id}`).set('if-match', '"2"').expect(204);
    await t.api.get(`/v1/webhooks/${id}`).expect(404);
  });
});

describe('webhooks: delivery', () => {
  it('delivers a change from the feed, signed per Standard Webhooks, and logs it', async () => {
    const { id, secret } = await createWebhook({ url: receiver.url('/feed'), eventTypes: ['source.created'] });
    const source = await t.api.post('/v1/sources').send({ name: 'Webhook Wire' }).expect(201);
    const request = await waitFor(() =>
      receiver.received.find((entry) => entry.path === '/feed' && entry.body.includes(source.body.id)),
    );
    expect(verifyWebhook(secret, headersOf(request), request.body)).toBe(true);
    expect(verifyWebhook(secret, headersOf(request), `${request.body} `)).toBe(false);
    expect(request.headers['content-type']).toBe('application/json');
    const event = JSON.parse(request.body);
    expect(event).toMatchObject({
      type: 'source.created',
      data: { type: 'source', id: source.body.id, action: 'created', location: `/v1/sources/${source.body.id}` },
    });
    // The event's cursor resumes the change feed right after it.
    const feed = await t.api.get('/v1/changes').query({ after: event.data.cursor }).expect(200);
    expect(feed.body.data.map((change: { id: string }) => change.id)).not.toContain(source.body.id);
    const log = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200);
      return page.body.data[0]?.status === 'succeeded' ? page.body.data : undefined;
    });
    expect(log[0]).toMatchObject({ id: request.headers['webhook-id'], attempts: 1, lastStatusCode: 204 });
    expect(log[0].lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it('delivers the matches of a source watch and of an entity watch, and nothing else', async () => {
    const source = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body;
    const peru = (await t.api.get('/v1/entities/peru').expect(200)).body;
    const sourceWatch = await t.api.post('/v1/watches').send({ kind: 'source', targetId: source.id }).expect(201);
    const entityWatch = await t.api.post('/v1/watches').send({ kind: 'entity', targetId: peru.id }).expect(201);
    expect(sourceWatch.headers.location).toBe(`/v1/watches/${sourceWatch.body.id}`);
    await createWebhook({ url: receiver.url('/watch'), watchIds: [sourceWatch.body.id, entityWatch.body.id] });
    const other = (await t.api.get('/v1/sources/mision-verdad').expect(200)).body;
    const article = (suffix: string, sourceId: string, mentions: unknown[] = []) =>
      t.api
        .post('/v1/articles')
        .send({
          url: `https://example.org/watch-${suffix}`,
          title: `Peru watch ${suffix}`,
          body: 'Peru and its neighbours met on Tuesday.',
          language: 'en',
          sourceId,
          mentions,
        })
        .expect(201);
    const fromSource = await article('a', source.id);
    const mentioning = await article('b', other.id, [{ entityId: peru.id, start: 0, end: 4 }]);
    const unrelated = await article('c', other.id);
    const bodies = await waitFor(() => {
      const found = receiver.received.filter((entry) => entry.path === '/watch').map((entry) => JSON.parse(entry.body));
      return found.length >= 2 ? found : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const byId = new Map(bodies.map((body) => [body.data.id, body.data.watchIds]));
    expect(byId.get(fromSource.body.id)).toEqual([sourceWatch.body.id]);
    expect(byId.get(mentioning.body.id)).toEqual([entityWatch.body.id]);
    expect(byId.has(unrelated.body.id)).toBe(false);
    await t.api.delete(`/v1/watches/${sourceWatch.body.id}`).expect(204);
    await t.api.get(`/v1/watches/${sourceWatch.body.id}`).expect(404);
  });

  it('delivers a new role of a watched entity (roles are relations recorded as `role`), and role events', async () => {
    const minister = (await t.api.post('/v1/entities').send({ type: 'person', name: 'Watched Minister' }).expect(201))
      .body;
    const watch = await t.api.post('/v1/watches').send({ kind: 'entity', targetId: minister.id }).expect(201);
    await createWebhook({ url: receiver.url('/role-watch'), watchIds: [watch.body.id] });
    await createWebhook({ url: receiver.url('/role-events'), eventTypes: ['role.created'] });
    const role = await t.api
      .post('/v1/roles')
      .send({ person: minister.slug, title: 'Minister of Fisheries', organization: 'peru', startDate: '2024-02-01' })
      .expect(201);
    for (const path of ['/role-watch', '/role-events']) {
      const request = await waitFor(() =>
        receiver.received.find((entry) => entry.path === path && entry.body.includes(role.body.id)),
      );
      expect(JSON.parse(request.body)).toMatchObject({
        type: 'role.created',
        data: { type: 'role', id: role.body.id, action: 'created' },
      });
    }
  });

  it('retries with backoff, fails, disables the endpoint with a reason; redelivery keeps the webhook-id', async () => {
    receiver.answer((path) => (path === '/flaky' ? 500 : 204));
    const { id } = await createWebhook({ url: receiver.url('/flaky'), eventTypes: ['source.created'] });
    // A ping is a manual test: its failures are logged but do not count towards disabling the endpoint.
    await t.api.post(`/v1/webhooks/${id}/ping`).expect(202);
    const failedPing = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200);
      return page.body.data[0]?.status === 'failed' ? page.body.data[0] : undefined;
    });
    expect(failedPing).toMatchObject({ attempts: 3, lastStatusCode: 500, eventType: 'webhook.ping' });
    expect((await t.api.get(`/v1/webhooks/${id}`).expect(200)).body).toMatchObject({
      status: 'enabled',
      consecutiveFailures: 0,
    });
    const pings = receiver.received.length;

    await t.api.post('/v1/sources').send({ name: 'Flaky Wire' }).expect(201);
    const failed = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200);
      return page.body.data[0]?.eventType === 'source.created' && page.body.data[0]?.status === 'failed'
        ? page.body.data[0]
        : undefined;
    });
    expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 500 });
    const attempts = receiver.received.slice(pings).filter((entry) => entry.path === '/flaky');
    expect(new Set(attempts.map((entry) => entry.headers['webhook-id']))).toEqual(new Set([failed.id]));
    // Backoff: each wait at least half its ceiling (100 ms, then 200 ms).
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(45);
    expect((attempts[2]?.at ?? 0) - (attempts[1]?.at ?? 0)).toBeGreaterThanOrEqual(95);
    const webhook = (await t.api.get(`/v1/webhooks/${id}`).expect(200)).body;
    expect(webhook.status).toBe('disabled');
    expect(webhook.disabledReason).toMatch(/3 failed attempts in a row.*HTTP 500/);
    const refused = await t.api.post(`/v1/webhooks/${id}/deliveries/${failed.id}/redeliver`).expect(409);
    expect(refused.body.code).toBe('conflict');

    receiver.answer(() => 204);
    await t.api.patch(`/v1/webhooks/${id}`).set('if-match', `"${webhook.version}"`).send({ enabled: true }).expect(200);
    await t.api.post(`/v1/webhooks/${id}/deliveries/${failed.id}/redeliver`).expect(202);
    const delivered = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).query({ status: 'succeeded' }).expect(200);
      return page.body.data[0];
    });
    expect(delivered).toMatchObject({ id: failed.id, attempts: 4, lastStatusCode: 204 });
    expect(receiver.received.filter((entry) => entry.path === '/flaky').at(-1)?.headers['webhook-id']).toBe(failed.id);
    expect((await t.api.get(`/v1/webhooks/${id}`).expect(200)).body.consecutiveFailures).toBe(0);
  });

  it('signs with both secrets during a rotation', async () => {
    const { id, secret } = await createWebhook({ url: receiver.url('/rotate'), eventTypes: ['source.created'] });
    const rotated = await t.api.post(`/v1/webhooks/${id}/rotate-secret`).expect(200);
    expect(rotated.body.secret).not.toBe(secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt)).toBeGreaterThan(Date.now());
    await t.api.post(`/v1/webhooks/${id}/ping`).expect(202);
    const request = await waitFor(() => receiver.received.find((entry) => entry.path === '/rotate'));
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifyWebhook(secret, headersOf(request), request.body)).toBe(true);
    expect(verifyWebhook(rotated.body.secret, headersOf(request), request.body)).toBe(true);
    expect(verifyWebhook('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', headersOf(request), request.body)).toBe(
      false,
    );
    expect(JSON.parse(request.body)).toMatchObject({ type: 'webhook.ping', data: { webhookId: id } });
  });

  it('stores the body of a change once for every endpoint that receives it, and releases it with the last delivery', async () => {
    const first = await createWebhook({ url: receiver.url('/shared-a'), eventTypes: ['source.deleted'] });
    const second = await createWebhook({ url: receiver.url('/shared-b'), eventTypes: ['source.deleted'] });
    // A deletion: no other endpoint of this file listens to it, so the body is these two deliveries' alone.
    const source = (await t.api.post('/v1/sources').send({ name: 'Shared Body Wire' }).expect(201)).body;
    await t.api.delete(`/v1/sources/${source.id}`).set('if-match', '"1"').expect(204);
    const received = await waitFor(() => {
      const found = receiver.received.filter(
        (entry) => entry.path.startsWith('/shared-') && entry.body.includes(source.id),
      );
      return found.length >= 2 ? found : undefined;
    });
    // The same bytes to both endpoints, signed for each with its own secret.
    expect(received[0]!.body).toBe(received[1]!.body);
    expect(
      verifyWebhook(first.secret, headersOf(received.find((entry) => entry.path === '/shared-a')!), received[0]!.body),
    ).toBe(true);
    const rows = await t.app.db.$queryRaw<{ webhook_id: string; payload_id: string }[]>`
      SELECT d.webhook_id::text, d.payload_id::text FROM webhook_deliveries d
      WHERE d.webhook_id IN (${first.id}::uuid, ${second.id}::uuid)`;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.payload_id).toBe(rows[1]!.payload_id);
    const payloadId = rows[0]!.payload_id;
    // Each endpoint's log shows the body.
    for (const { id } of [first, second]) {
      const log = (await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200)).body.data;
      expect(log[0].payload).toMatchObject({ type: 'source.deleted', data: { id: source.id } });
    }
    const exists = async () =>
      (
        await t.app.db.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM webhook_payloads WHERE id = ${payloadId}::uuid`
      )[0]!.n;
    await t.api.delete(`/v1/webhooks/${first.id}`).set('if-match', `"${first.version}"`).expect(204);
    expect(await exists()).toBe(1);
    await t.api.delete(`/v1/webhooks/${second.id}`).set('if-match', `"${second.version}"`).expect(204);
    expect(await exists()).toBe(0);
  });

  it('stores a change once for endpoints with different watches, each gets its own watchIds, redelivery sends the same bytes', async () => {
    const source = (await t.api.post('/v1/sources').send({ name: 'Composed Body Wire' }).expect(201)).body;
    const person = (await t.api.post('/v1/entities').send({ type: 'person', name: 'Composed Minister' }).expect(201))
      .body;
    const sourceWatch = (await t.api.post('/v1/watches').send({ kind: 'source', targetId: source.id }).expect(201))
      .body;
    const personWatch = (await t.api.post('/v1/watches').send({ kind: 'entity', targetId: person.id }).expect(201))
      .body;
    const one = await createWebhook({ url: receiver.url('/composed-one'), watchIds: [sourceWatch.id] });
    const both = await createWebhook({
      url: receiver.url('/composed-both'),
      watchIds: [personWatch.id, sourceWatch.id],
    });
    const events = await createWebhook({ url: receiver.url('/composed-events'), eventTypes: ['article.created'] });
    const article = (
      await t.api
        .post('/v1/articles')
        .send({
          url: 'https://example.org/composed-body',
          title: 'Composed Minister visits the wire',
          body: 'Composed Minister spoke on Tuesday.',
          language: 'en',
          sourceId: source.id,
          mentions: [{ entityId: person.id, start: 0, end: 17 }],
        })
        .expect(201)
    ).body;
    const paths = ['/composed-one', '/composed-both', '/composed-events'];
    const first = await waitFor(() => {
      const found = paths.map((path) =>
        receiver.received.find((entry) => entry.path === path && entry.body.includes(article.id)),
      );
      return found.every(Boolean) ? (found as Received[]) : undefined;
    });
    const [toOne, toBoth, toEvents] = first as [Received, Received, Received];
    // Each endpoint gets the watches of its own that the change matched, in a body signed for it.
    expect(JSON.parse(toOne.body).data.watchIds).toEqual([sourceWatch.id]);
    expect(JSON.parse(toBoth.body).data.watchIds).toEqual([personWatch.id, sourceWatch.id].sort());
    expect(JSON.parse(toEvents.body).data.watchIds).toEqual([]);
    expect(verifyWebhook(one.secret, headersOf(toOne), toOne.body)).toBe(true);
    expect(verifyWebhook(both.secret, headersOf(toBoth), toBoth.body)).toBe(true);
    expect(verifyWebhook(events.secret, headersOf(toEvents), toEvents.body)).toBe(true);
    expect(verifyWebhook(one.secret, headersOf(toOne), toBoth.body)).toBe(false);
    // Apart from data.watchIds the three bodies are the same event, stored once.
    const withoutWatches = (body: string) => {
      const event = JSON.parse(body);
      return { ...event, data: { ...event.data, watchIds: null } };
    };
    expect(withoutWatches(toOne.body)).toEqual(withoutWatches(toEvents.body));
    expect(withoutWatches(toBoth.body)).toEqual(withoutWatches(toEvents.body));
    const stored = await t.app.db.$queryRaw<{ webhook_id: string; payload_id: string }[]>`
      SELECT d.webhook_id::text, d.payload_id::text FROM webhook_deliveries d
      JOIN revision_records r ON r.id = d.revision_id
      WHERE r.resource_id = ${article.id}::uuid AND d.webhook_id IN (${one.id}::uuid, ${both.id}::uuid, ${events.id}::uuid)`;
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((row) => row.payload_id)).size).toBe(1);
    // The delivery log shows each endpoint the body it was sent.
    const logged = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${both.id}/deliveries`).query({ status: 'succeeded' }).expect(200);
      return page.body.data[0];
    });
    expect(logged.id).toBe(toBoth.headers['webhook-id']);
    expect(logged.payload).toEqual(JSON.parse(toBoth.body));
    // A redelivery sends the very same bytes under the same webhook-id, signed again with a fresh timestamp.
    await t.api.post(`/v1/webhooks/${both.id}/deliveries/${logged.id}/redeliver`).expect(202);
    const again = await waitFor(() => {
      const found = receiver.received.filter((entry) => entry.path === '/composed-both');
      return found.length >= 2 ? found[1] : undefined;
    });
    expect(again.headers['webhook-id']).toBe(toBoth.headers['webhook-id']);
    expect(again.body).toBe(toBoth.body);
    expect(verifyWebhook(both.secret, headersOf(again), again.body)).toBe(true);
    for (const webhook of [one, both, events])
      await t.api.delete(`/v1/webhooks/${webhook.id}`).set('if-match', `"${webhook.version}"`).expect(204);
  });

  it('drains a burst to one endpoint with one drain job at a time, each event once under its own webhook-id', async () => {
    const { id } = await createWebhook({ url: receiver.url('/burst'), eventTypes: ['source.created'] });
    receiver.slow((path) => (path === '/burst' ? 60 : 0));
    const sources: string[] = [];
    for (let index = 0; index < 12; index++)
      sources.push(
        (
          await t.api
            .post('/v1/sources')
            .send({ name: `Burst Wire ${index}` })
            .expect(201)
        ).body.id,
      );
    // The queue holds jobs per endpoint, not per delivery: at most one drain runs and one more waits behind it.
    let mostQueued = 0;
    const burst = () => receiver.received.filter((entry) => entry.path === '/burst');
    await waitFor(async () => {
      const [jobs] = await t.app.db.$queryRaw<{ queued: bigint; running: bigint }[]>`
        SELECT count(*) AS queued, count(*) FILTER (WHERE locked_at IS NOT NULL) AS running
        FROM graphile_worker.jobs
        WHERE task_identifier = 'webhook_drain' AND queue_name = ${`webhook_drain:${id}`}`;
      expect(Number(jobs?.running)).toBeLessThanOrEqual(1);
      expect(Number(jobs?.queued)).toBeLessThanOrEqual(2);
      mostQueued = Math.max(mostQueued, Number(jobs?.queued));
      return burst().length >= sources.length && Number(jobs?.queued) === 0;
    });
    receiver.slow(() => 0);
    expect(mostQueued).toBeGreaterThanOrEqual(1);
    const [perDelivery] = await t.app.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'webhook_delivery'`;
    expect(Number(perDelivery?.count)).toBe(0);
    const bySource = new Map(burst().map((entry) => [JSON.parse(entry.body).data.id, entry.headers['webhook-id']]));
    expect([...bySource.keys()].sort()).toEqual([...sources].sort());
    expect(burst()).toHaveLength(sources.length);
    expect(new Set(bySource.values()).size).toBe(sources.length);
    const log = (await t.api.get(`/v1/webhooks/${id}/deliveries`).query({ status: 'succeeded' }).expect(200)).body.data;
    expect(log).toHaveLength(sources.length);
    expect(log.every((delivery: { attempts: number }) => delivery.attempts === 1)).toBe(true);
  });

  it('keeps the drains of several endpoints at once to their share of the pool, and delivers each event once', async () => {
    const paths = ['/share-a', '/share-b', '/share-c', '/share-d'];
    for (const path of paths) await createWebhook({ url: receiver.url(path), eventTypes: ['source.created'] });
    // Slow answers keep the four drains running together, each reading and recording while the others wait.
    receiver.slow((path) => (paths.includes(path) ? 40 : 0));
    const sources: string[] = [];
    for (let index = 0; index < 8; index++)
      sources.push(
        (
          await t.api
            .post('/v1/sources')
            .send({ name: `Shared Pool Wire ${index}` })
            .expect(201)
        ).body.id,
      );
    const shared = () => receiver.received.filter((entry) => paths.includes(entry.path));
    await waitFor(() => shared().length >= paths.length * sources.length);
    // Every drain finishes with its scheduling transaction after its last record: wait for all four to end.
    await waitFor(async () => {
      const [jobs] = await t.app.db.$queryRaw<{ queued: bigint }[]>`
        SELECT count(*) AS queued FROM graphile_worker.jobs WHERE task_identifier = 'webhook_drain'`;
      return Number(jobs?.queued) === 0;
    });
    receiver.slow(() => 0);
    // The drains took their connections through the share (they did take one) and never held two at once.
    expect(t.app.pushDrainConnections()).toEqual({ limit: 1, peak: 1 });
    for (const path of paths) {
      const got = shared().filter((entry) => entry.path === path);
      expect(got).toHaveLength(sources.length);
      expect(new Set(got.map((entry) => entry.headers['webhook-id'])).size).toBe(sources.length);
    }
  });

  it('gives the drains half of DATABASE_POOL_MAX unless PUSH_DRAIN_CONNECTIONS says otherwise, never more than the pool', () => {
    expect(loadConfig({ DATABASE_POOL_MAX: '10' }).push.drainConnections).toBe(5);
    expect(loadConfig({ DATABASE_POOL_MAX: '1' }).push.drainConnections).toBe(1);
    expect(loadConfig({ DATABASE_POOL_MAX: '10', PUSH_DRAIN_CONNECTIONS: '3' }).push.drainConnections).toBe(3);
    expect(loadConfig({ DATABASE_POOL_MAX: '4', PUSH_DRAIN_CONNECTIONS: '9' }).push.drainConnections).toBe(4);
  });

  it('dispatches each change once even when two dispatchers race', async () => {
    const { id } = await createWebhook({ url: receiver.url('/race'), eventTypes: ['source.updated'] });
    const source = (await t.api.post('/v1/sources').send({ name: 'Race Desk' }).expect(201)).body;
    for (let version = 1; version <= 5; version++)
      await t.api
        .patch(`/v1/sources/${source.id}`)
        .set('if-match', `"${version}"`)
        .send({ name: `Race Desk ${version}`, slug: source.slug })
        .expect(200);
    await Promise.all([t.app.pushDispatcher.dispatchAll(), t.app.pushDispatcher.dispatchAll()]);
    const log = await waitFor(async () => {
      const page = await t.api.get(`/v1/webhooks/${id}/deliveries`).query({ status: 'succeeded' }).expect(200);
      return page.body.data.length >= 5 ? page.body.data : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = (await t.api.get(`/v1/webhooks/${id}/deliveries`).expect(200)).body.data;
    expect(log).toHaveLength(5);
    expect(all).toHaveLength(5);
  });
});

describe('query strings with U+0000', () => {
  it.each([
    ['/v1/webhooks?cursor=a%00b', 'cursor'],
    ['/v1/watches?cursor=%00', 'cursor'],
    ['/v1/saved-searches?cursor=%00', 'cursor'],
    ['/v1/webhooks/{webhook}/deliveries?cursor=a%00', 'cursor'],
    ['/v1/webhooks/{webhook}/deliveries?status=failed%00', 'status'],
    ['/v1/saved-searches/{saved}/matches?cursor=%00', 'cursor'],
    ['/v1/saved-searches/{saved}/results?cursor=%00', 'cursor'],
    ['/v1/saved-searches/{saved}/results?sort=newest%00', 'sort'],
    ['/v1/changes/stream?after=%00', 'after'],
    ['/v1/changes/stream?entity=pe%00ru', 'entity'],
    ['/v1/changes/stream?watch=%00', 'watch'],
    ['/v1/webhooks/%00', 'id'],
    ['/v1/saved-searches/%00', 'id'],
  ])('%s: 400 naming %s', async (path, field) => {
    const webhook = await createWebhook({ url: receiver.url('/nul'), eventTypes: ['source.created'] });
    const saved = (
      await t.api
        .post('/v1/saved-searches')
        .send({ name: 'nul', query: { q: 'port' } })
        .expect(201)
    ).body;
    const response = await t.api.get(path.replace('{webhook}', webhook.id).replace('{saved}', saved.id)).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });
});

describe('outbound requests (SSRF safety, limits)', () => {
  const policy = { allowedHosts: new Set<string>(), timeoutMs: 500, maxResponseBytes: 1024 };

  it.each([
    ['127.0.0.1'],
    ['10.0.0.1'],
    ['172.16.5.4'],
    ['192.168.1.1'],
    ['169.254.169.254'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::'],
    ['::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['fc00::1'],
    ['fe80::1'],
    ['64:ff9b::a00:1'],
  ])('refuses %s', (address) => {
    expect(forbiddenAddress(address)).not.toBeNull();
  });

  it.each([['93.184.215.14'], ['2606:2800:21f:cb07:6820:80da:af6b:8b2c'], ['::ffff:93.184.215.14']])(
    'allows the public address %s',
    (address) => {
      expect(forbiddenAddress(address)).toBeNull();
    },
  );

  it('resolves names and refuses one that resolves to a private address, unless allow-listed', async () => {
    const port = new URL(receiver.url('/')).port;
    const refused = await postJson(`http://vm:${port}/dns`, {}, '{}', policy);
    expect(refused.statusCode).toBeNull();
    expect(refused.error).toContain('resolves to 127.0.0.1');
    expect(receiver.received.some((entry) => entry.path === '/dns')).toBe(false);
    const allowed = await postJson(`http://vm:${port}/dns`, {}, '{}', { ...policy, allowedHosts: new Set(['vm']) });
    expect(allowed.statusCode).toBe(204);
    expect(urlProblem(`http://vm:${port}/`, policy)).toBeNull();
  });

  it('does not follow redirects, and gives up on an endpoint that does not answer in time', async () => {
    const local = { ...policy, allowedHosts: new Set(['127.0.0.1']) };
    receiver.answer((path) => (path === '/redirect' ? 302 : path === '/hang' ? 0 : 204));
    const redirected = await postJson(receiver.url('/redirect'), {}, '{}', local);
    expect(redirected.statusCode).toBe(302);
    expect(receiver.received.some((entry) => entry.path === '/elsewhere')).toBe(false);
    const hung = await postJson(receiver.url('/hang'), {}, '{}', local);
    expect(hung).toMatchObject({ statusCode: null, error: 'no response within 500 ms' });
    receiver.answer(() => 204);
  });

  it('backs off exponentially with jitter, up to the ceiling', () => {
    const retry = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect(retryDelayMs(1, retry, () => 0)).toBe(500);
    expect(retryDelayMs(1, retry, () => 1)).toBe(1000);
    expect(retryDelayMs(3, retry, () => 0)).toBe(2000);
    expect(retryDelayMs(10, retry, () => 1)).toBe(5000);
  });
});
