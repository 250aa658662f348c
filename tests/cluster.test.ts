import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { createTransactions } from '../src/db/transaction.ts';
import { createKeyRepository } from '../src/modules/keys/keys.repository.ts';
import { createKeyService } from '../src/modules/keys/keys.service.ts';
import { admin, withDatabase } from './support/global-setup.ts';
import { freePort } from './support/ports.ts';

// Two API processes (the real server, `src/server.ts`) on one database, as behind a load balancer: rate limits counted
// once in Redis, a gazetteer change on one node used by the other's next ingest, an import started on one and read on
// the other, and one node stopped with SIGTERM under load behind HAProxy with no failed request.

const root = path.resolve(import.meta.dirname, '..');
const redisUrl = 'redis://127.0.0.1:6379';

type ApiNode = { name: string; port: number; child: ChildProcess; exited: Promise<number | null>; logs: string[] };

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const startedAt = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - startedAt > timeoutMs)
      throw new Error(`${what} did not happen within ${timeoutMs} ms (${(lastError as Error | undefined)?.message})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startNode(name: string, databaseUrl: string): Promise<ApiNode> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_FIXTURE: 'false',
      REDIS_URL: redisUrl,
      RATE_LIMIT_READ_MAX: '100000',
      RATE_LIMIT_WRITE_MAX: '100000',
      IMPORT_WORKERS: '0',
      // A busy shared machine must not shed this file's requests.
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      PRESSURE_MAX_HEAP_USED_BYTES: '0',
      SHUTDOWN_READINESS_DELAY_MS: '1500',
      SHUTDOWN_TIMEOUT_MS: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const node = { name, port, child, exited, logs };
  await eventually(`node ${name} ready`, async () => {
    if (child.exitCode !== null) throw new Error(`node ${name} exited: ${logs.join('')}`);
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    return response.status === 200 ? true : undefined;
  });
  return node;
}

async function stopNode(node: ApiNode | undefined) {
  if (!node) return;
  if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGTERM');
  await node.exited;
}

describe('two API nodes on one database', () => {
  let databaseUrl: string;
  let database: string;
  let secret: string;
  let nodeA: ApiNode;
  let nodeB: ApiNode;
  const api = (node: ApiNode) => supertest(`http://127.0.0.1:${node.port}`);
  const auth = () => ({ authorization: `Bearer ${secret}` });

  beforeAll(async () => {
    const adminUrl = inject('adminDatabaseUrl');
    database = `meridian_cluster_${randomBytes(6).toString('hex')}`;
    await admin(adminUrl, (client) =>
      client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`),
    );
    databaseUrl = withDatabase(adminUrl, database);
    const opened = openDatabase(databaseUrl, 1);
    try {
      const keys = createKeyService({ transactions: createTransactions(opened), keys: createKeyRepository(opened.db) });
      secret = (await keys.create({ name: 'cluster test', scopes: ['admin'] })).secret;
    } finally {
      await opened.close();
    }
    [nodeA, nodeB] = await Promise.all([startNode('a', databaseUrl), startNode('b', databaseUrl)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopNode(nodeA), stopNode(nodeB)]);
    await admin(inject('adminDatabaseUrl'), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
  }, 60_000);

  it('counts a client’s requests once across nodes (rate limits in Redis)', async () => {
    const remaining: number[] = [];
    for (const node of [nodeA, nodeB, nodeA, nodeB]) {
      const response = await api(node).get('/v1/sources').set(auth()).expect(200);
      remaining.push(Number(response.headers['ratelimit-remaining']));
    }
    // One budget: every request, whichever node took it, spent one unit of it.
    expect(remaining.slice(1).map((value, index) => (remaining[index] as number) - value)).toEqual([1, 1, 1]);
  });

  it('links the next ingest on node B with an entity just created on node A', async () => {
    const article = (url: string, body: string) => ({
      url,
      title: 'Shipping talks in Lima',
      body,
      bodyFormat: 'text',
      publishedAt: '2024-05-07T10:00:00Z',
    });
    const linked = async (url: string, body: string) => {
      const created = await api(nodeB).post('/v1/articles').set(auth()).send(article(url, body)).expect(201);
      const read = await api(nodeB)
        .get(`/v1/articles/${created.body.id}`)
        .query({ include: 'mentions' })
        .set(auth())
        .expect(200);
      return (read.body.mentions as { surface: string; entity: { name: string } }[]).map(
        (mention) => `${mention.surface}=${mention.entity.name}`,
      );
    };
    // Node B's linker is built and in use before the entity exists.
    const before = await linked(
      'https://cluster.example.org/before',
      'The Zephyrine Maritime Consortium opened talks with port officials in Lima on Tuesday about new berths.',
    );
    expect(before).not.toContain('Zephyrine Maritime Consortium=Zephyrine Maritime Consortium');
    await api(nodeA)
      .post('/v1/entities')
      .set(auth())
      .send({ type: 'organization', name: 'Zephyrine Maritime Consortium' })
      .expect(201);
    const after = await linked(
      'https://cluster.example.org/after',
      'Officials in Lima said on Friday that the Zephyrine Maritime Consortium had signed for two container cranes.',
    );
    expect(after).toContain('Zephyrine Maritime Consortium=Zephyrine Maritime Consortium');
  });

  it('lists an import started on node A on node B, with its outcome', async () => {
    const line = JSON.stringify({
      url: 'https://cluster.example.org/imported',
      title: 'Imported through node A',
      body: 'A short report imported through one node and read through the other, about the port of Callao.',
      bodyFormat: 'text',
      publishedAt: '2024-05-08T10:00:00Z',
    });
    const started = await api(nodeA)
      .post('/v1/imports')
      .query({ ner: 'false' })
      .set(auth())
      .set('content-type', 'application/x-ndjson')
      .send(`${line}\n`);
    expect(started.status).toBeLessThan(300);
    const location = started.headers.location as string;
    const id = location.split('/').at(-1);
    const onB = await api(nodeB).get(location).set(auth()).expect(200);
    expect(onB.body.id).toBe(id);
    expect(onB.body.state).toBe(started.body.state);
    const listed = await api(nodeB).get('/v1/imports').set(auth()).expect(200);
    expect((listed.body.data as { id: string }[]).map((item) => item.id)).toContain(id);
  });

  it('delivers the change feed exactly once when its pages are read from alternating nodes', async () => {
    const nodes = [nodeA, nodeB];
    const created: string[] = [];
    for (const [index, node] of [nodeA, nodeB, nodeA, nodeB].entries()) {
      const response = await api(node)
        .post('/v1/sources')
        .set(auth())
        .send({ name: `Feed Courier ${index} ${database}` })
        .expect(201);
      created.push(response.body.id);
    }
    const events: { cursor: string; type: string; id: string; action: string }[] = [];
    let after: string | null = null;
    let page = 0;
    await eventually('the feed reaching the four new sources', async () => {
      // Small pages, each from the other node, resuming from the cursor the previous node returned.
      const node = nodes[page++ % 2] as ApiNode;
      const response = await api(node)
        .get('/v1/changes')
        .query({ limit: 3, ...(after ? { after } : {}) })
        .set(auth())
        .expect(200);
      events.push(...response.body.data);
      after = response.body.page.nextCursor ?? after;
      const seen = events.filter((event) => event.type === 'source' && created.includes(event.id));
      return seen.length >= created.length ? true : undefined;
    });
    expect(new Set(events.map((event) => event.cursor)).size).toBe(events.length);
    const createdEvents = events.filter((event) => event.action === 'created' && created.includes(event.id));
    expect(createdEvents.map((event) => event.id).sort()).toEqual([...created].sort());
    expect(page).toBeGreaterThan(1);
  });

  it('stops node A with SIGTERM under load behind HAProxy without a failed request', async () => {
    const port = await freePort();
    const folder = mkdtempSync(path.join(os.tmpdir(), 'meridian-haproxy-'));
    const config = path.join(folder, 'haproxy.cfg');
    writeFileSync(
      config,
      haproxyConfig(port, [
        { name: 'a', port: nodeA.port },
        { name: 'b', port: nodeB.port },
      ]),
    );
    const balancer = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    const balancerLogs: string[] = [];
    balancer.stderr?.on('data', (chunk: Buffer) => balancerLogs.push(chunk.toString()));
    const balancerExited = new Promise((resolve) => balancer.once('exit', resolve));
    const served = { a: 0, b: 0 };
    const failures: string[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/v1/sources?limit=5`, { headers: auth() });
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${response.status} from ${response.headers.get('x-served-by')}`);
          else served[response.headers.get('x-served-by') as 'a' | 'b'] += 1;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    };
    let clients: Promise<void>[] = [];
    try {
      await eventually('the balancer sending to both nodes', async () => {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
        return response?.status === 200 ? true : undefined;
      });
      clients = [client(), client(), client(), client()];
      await eventually('both nodes serving through the balancer', async () =>
        served.a >= 10 && served.b >= 10 ? true : undefined,
      );
      nodeA.child.kill('SIGTERM');
      expect(await nodeA.exited).toBe(0);
      const afterStop = served.b;
      await eventually('node B serving alone', async () => (served.b >= afterStop + 20 ? true : undefined));
    } finally {
      running = false;
      await Promise.all(clients);
      balancer.kill('SIGTERM');
      await balancerExited;
      rmSync(folder, { recursive: true, force: true });
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(served.a).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * HAProxy in front of the nodes: round robin, each node checked on /readyz every 200 ms and taken out after two
 * failures (a draining node answers 503 there for SHUTDOWN_READINESS_DELAY_MS before it stops accepting).
 */
function haproxyConfig(port: number, nodes: { name: string; port: number }[]): string {
  return [
    'global',
    '  maxconn 256',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    // /readyz asks the database about migrations: slower than the check interval on a busy machine.
    '  timeout check 5s',
    '  retries 2',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response',
    'frontend api',
    `  bind 127.0.0.1:${port}`,
    '  default_backend nodes',
    'backend nodes',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    '  http-response set-header X-Served-By %s',
    '  default-server inter 200ms fall 2 rise 1',
    ...nodes.map((node) => `  server ${node.name} 127.0.0.1:${node.port} check`),
    '',
  ].join('\n');
}
