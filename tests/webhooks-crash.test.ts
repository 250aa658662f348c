import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyWebhook } from '../scripts/webhook-receiver.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

// At-least-once delivery under kill -9, with real processes: the API server (which runs the dispatcher and the delivery
// workers in-process by default), or a `npm run worker` process, is killed while deliveries are in flight at the
// receiver; a worker started afterwards delivers every event, and each event reaches the receiver under one webhook-id
// only.

const root = path.resolve(import.meta.dirname, '..');
const events = 8;

type Hit = { path: string; id: string; sourceId: string; valid: boolean };
const hits: Hit[] = [];
let answering = false;
const held: http.ServerResponse[] = [];
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => String(request.headers[name]);
    hits.push({
      path: request.url ?? '/',
      id: header('webhook-id'),
      sourceId: (JSON.parse(body) as { data: { id: string } }).data.id,
      valid: verifyWebhook(
        secrets.get(request.url ?? '/') ?? '',
        { id: header('webhook-id'), timestamp: header('webhook-timestamp'), signature: header('webhook-signature') },
        body,
      ),
    });
    // Until the crash, deliveries hang at the receiver: the process dies with them in flight.
    if (answering) response.writeHead(204).end();
    else held.push(response);
  });
});

let t: TestApp;
let receiverUrl = '';
const secrets = new Map<string, string>();
const children: ChildProcess[] = [];

function start(
  script: string,
  name: string,
  extraEnv: Record<string, string> = {},
): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: t.databaseUrl,
      SEED_FIXTURE: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      PUSH_DISPATCH_INTERVAL_MS: '50',
      PUSH_STALE_WORKER_MS: '1500',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_TIMEOUT_MS: '60000',
      WEBHOOK_RETRY_BASE_MS: '100',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${logs.join('')}`)), 90_000);
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      if (/Server listening at|push worker started/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  });
  return { child, ready };
}

async function waitFor(check: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  // This app only serves the test's own requests (it pushes nothing); its allow-list admits the local receiver.
  t = await createTestApp({ config: { push: { ...testConfig().push, allowedHosts: ['127.0.0.1'] } } });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const response of held) response.destroy();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});

/**
 * Starts `first` (the API server or a worker), creates `events` sources for a webhook of its own, kills `first` with
 * SIGKILL while some deliveries hang at the receiver, starts a worker, and checks that every event arrives, signed,
 * under one webhook-id each.
 */
async function killMidDelivery(first: { script: string; name: string; env?: Record<string, string> }, path: string) {
  answering = false;
  const created = await t.api
    .post('/v1/webhooks')
    .send({ url: `${receiverUrl}${path}`, eventTypes: ['source.created'] })
    .expect(201);
  secrets.set(path, created.body.secret);
  const mine = () => hits.filter((hit) => hit.path === path);
  const killed = start(first.script, first.name, first.env);
  await killed.ready;
  const sources: string[] = [];
  for (let index = 0; index < events; index++)
    sources.push(
      (
        await t.api
          .post('/v1/sources')
          .send({ name: `Crash Desk ${path} ${index}` })
          .expect(201)
      ).body.id,
    );
  // Mid-delivery: some requests have reached the receiver and are waiting for their answer.
  await waitFor(() => mine().length >= 3);
  killed.child.kill('SIGKILL');
  await new Promise((resolve) => killed.child.once('exit', resolve));
  const beforeCrash = mine().length;
  answering = true;
  for (const response of held.splice(0)) response.destroy();

  const worker = start('scripts/worker.ts', 'the worker');
  await worker.ready;
  await waitFor(() => sources.every((id) => mine().some((hit) => hit.sourceId === id)) && mine().length > beforeCrash);
  await waitFor(async () => {
    const { body } = await t.api.get(`/v1/webhooks/${created.body.id}/deliveries`).query({ limit: 100 }).expect(200);
    return (
      body.data.length === events && body.data.every((delivery: { status: string }) => delivery.status === 'succeeded')
    );
  });

  expect(mine().every((hit) => hit.valid)).toBe(true);
  // Every event arrived; an event sent twice (in flight at the crash, then retried) carries the same webhook-id.
  const idsBySource = new Map<string, Set<string>>();
  for (const hit of mine()) idsBySource.set(hit.sourceId, (idsBySource.get(hit.sourceId) ?? new Set()).add(hit.id));
  expect([...idsBySource.keys()].sort()).toEqual([...sources].sort());
  for (const ids of idsBySource.values()) expect(ids.size).toBe(1);
  expect(mine().length).toBeGreaterThan(events - 1);
  worker.child.kill('SIGTERM');
  await new Promise((resolve) => worker.child.once('exit', resolve));
}

it('loses no event and keeps each webhook-id when the API is killed mid-delivery and a worker takes over', async () => {
  await killMidDelivery({ script: 'src/server.ts', name: 'the API server' }, '/crash-api');
}, 240_000);

it('loses no event and keeps each webhook-id when a worker is killed mid-delivery and another takes over', async () => {
  await killMidDelivery({ script: 'scripts/worker.ts', name: 'the first worker' }, '/crash-worker');
}, 240_000);
