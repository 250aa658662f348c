import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { ReadReplicaConfig } from '../src/config.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';
import { type Replication, startReplication } from './support/replication.ts';

// A real primary and a real streaming replica of it (tests/support/replication.ts), and the app configured with both.
// Replay on the replica is paused (pg_wal_replay_pause) to force lag: a row the primary has and the replica has not
// yet replayed shows which server answered a read.

type Node = { app: FastifyInstance; api: ReturnType<typeof supertest.agent> };

const tokenPattern = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

async function startNode(replication: Replication, replicas: Partial<ReadReplicaConfig>): Promise<Node> {
  const config = testConfig();
  const app = await buildApp({
    config: {
      ...config,
      readReplicas: {
        ...config.readReplicas,
        urls: [replication.replicaUrl],
        checkIntervalMs: 100,
        ...replicas,
      },
    },
    databaseUrl: replication.primaryUrl,
    logger: false,
  });
  await app.ready();
  const { secret } = await app.services.keys.create({ name: 'replicas test', scopes: ['admin'] });
  return { app, api: supertest.agent(app.server).set('authorization', `Bearer ${secret}`) };
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const startedAt = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - startedAt > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A metric's value from GET /metrics (0 when the series is absent). */
async function metric(node: Node, series: string): Promise<number> {
  const text = (await node.api.get('/metrics').expect(200)).text;
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('read replicas', () => {
  let replication: Replication;
  let node: Node;
  let counter = 0;
  const newSource = () => {
    counter += 1;
    return { name: `Replica Herald ${process.pid} ${counter}` };
  };

  beforeAll(async () => {
    replication = await startReplication();
    // Lag limits out of the way: these tests pause replay on purpose (the limits have tests of their own).
    node = await startNode(replication, { maxLagMs: 0, maxLagBytes: 0, waitMs: 1500 });
  }, 120_000);

  afterAll(async () => {
    await node?.app.close();
    await replication?.stop();
  }, 60_000);

  const resumeReplay = () => replication.onReplica('SELECT pg_wal_replay_resume()');
  const pauseReplay = () => replication.onReplica('SELECT pg_wal_replay_pause()');

  it('answers every write with a consistency token, and reads without one from the replica', async () => {
    await pauseReplay();
    try {
      const created = await node.api.post('/v1/sources').send(newSource()).expect(201);
      expect(created.headers['meridian-consistency-token']).toMatch(tokenPattern);
      // The replica has not replayed the write: a lag-tolerant read without the token does not see it…
      await node.api.get(`/v1/sources/${created.body.slug}`).expect(404);
      // …while the primary does (GET /v1/audit is not lag-tolerant: its reads stay on the primary).
      const audit = await node.api.get('/v1/audit').query({ limit: 5 }).expect(200);
      expect(JSON.stringify(audit.body)).toContain(created.body.id);
    } finally {
      await resumeReplay();
    }
  });

  it('serves a read with the token after the bounded wait from the primary while the replica lags', async () => {
    await pauseReplay();
    try {
      const created = await node.api.post('/v1/sources').send(newSource()).expect(201);
      const token = created.headers['meridian-consistency-token'] as string;
      const replicaReads = await metric(node, 'db_routed_queries_total{server="replica"}');
      const startedAt = Date.now();
      const read = await node.api
        .get(`/v1/sources/${created.body.slug}`)
        .set('meridian-consistency-token', token)
        .expect(200);
      expect(read.body.id).toBe(created.body.id);
      // It waited for the replica (DATABASE_READ_WAIT_MS = 1500) before the primary answered.
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1400);
      // The paused replica does not have the row, and was not asked.
      expect(await metric(node, 'db_routed_queries_total{server="replica"}')).toBe(replicaReads);
    } finally {
      await resumeReplay();
    }
  });

  it('serves a read with the token from the replica once it has replayed that far', async () => {
    await pauseReplay();
    let resumed = false;
    try {
      const created = await node.api.post('/v1/sources').send(newSource()).expect(201);
      const token = created.headers['meridian-consistency-token'] as string;
      const replicaReads = await metric(node, 'db_routed_queries_total{server="replica"}');
      const reading = node.api.get(`/v1/sources/${created.body.slug}`).set('meridian-consistency-token', token);
      const read = reading.then((response) => response);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await resumeReplay();
      resumed = true;
      const response = await read;
      expect(response.status).toBe(200);
      expect(response.body.id).toBe(created.body.id);
      expect(await metric(node, 'db_routed_queries_total{server="replica"}')).toBeGreaterThan(replicaReads);
    } finally {
      if (!resumed) await resumeReplay();
    }
  });

  it('refuses a malformed token with a problem naming the header', async () => {
    const response = await node.api.get('/v1/sources').set('meridian-consistency-token', 'yesterday').expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.body.errors)).toContain('meridian-consistency-token');
  });

  it('exports the replica’s lag and whether it is in rotation in /metrics', async () => {
    const text = (await node.api.get('/metrics').expect(200)).text;
    expect(text).toMatch(/^db_replica_lag_bytes\{replica="replica-1"\} \d+/m);
    expect(text).toMatch(/^db_replica_lag_seconds\{replica="replica-1"\} [\d.e-]+/m);
    expect(text).toMatch(/^db_replica_in_rotation\{replica="replica-1"\} 1$/m);
  });

  it('takes a replica that lags past the limit out of rotation and puts it back once it catches up', async () => {
    const strict = await startNode(replication, { maxLagBytes: 1, maxLagMs: 0, waitMs: 0 });
    await pauseReplay();
    try {
      const created = await strict.api.post('/v1/sources').send(newSource()).expect(201);
      await eventually('the lagging replica leaving rotation', async () =>
        (await metric(strict, 'db_replica_in_rotation{replica="replica-1"}')) === 0 ? true : undefined,
      );
      // Out of rotation: reads without a token go to the primary, which has the write.
      await strict.api.get(`/v1/sources/${created.body.slug}`).expect(200);
      await resumeReplay();
      await eventually('the replica coming back into rotation', async () =>
        (await metric(strict, 'db_replica_in_rotation{replica="replica-1"}')) === 1 ? true : undefined,
      );
      const replicaReads = await metric(strict, 'db_routed_queries_total{server="replica"}');
      await strict.api.get(`/v1/sources/${created.body.slug}`).expect(200);
      expect(await metric(strict, 'db_routed_queries_total{server="replica"}')).toBeGreaterThan(replicaReads);
    } finally {
      await resumeReplay();
      await strict.app.close();
    }
  });

  it('keeps answering reads while the replica is killed and restarted, and uses it again afterwards', async () => {
    let running = true;
    const outcomes = { ok: 0, failed: [] as string[] };
    const reader = async () => {
      while (running) {
        const response = await node.api.get('/v1/articles').query({ limit: 5 });
        if (response.status === 200) outcomes.ok += 1;
        else outcomes.failed.push(`${response.status} ${response.text.slice(0, 200)}`);
      }
    };
    const readers = [reader(), reader()];
    try {
      await eventually('reads under way', async () => (outcomes.ok >= 5 ? true : undefined));
      await replication.killReplica();
      await eventually('the killed replica leaving rotation', async () =>
        (await metric(node, 'db_replica_in_rotation{replica="replica-1"}')) === 0 ? true : undefined,
      );
      const whileDown = outcomes.ok;
      await eventually('reads answered while the replica is down', async () =>
        outcomes.ok >= whileDown + 5 ? true : undefined,
      );
      await replication.startReplica();
      await eventually(
        'the restarted replica coming back into rotation',
        async () => ((await metric(node, 'db_replica_in_rotation{replica="replica-1"}')) === 1 ? true : undefined),
        60_000,
      );
      const replicaReads = await metric(node, 'db_routed_queries_total{server="replica"}');
      await eventually('reads served by the restarted replica', async () =>
        (await metric(node, 'db_routed_queries_total{server="replica"}')) >= replicaReads + 5 ? true : undefined,
      );
    } finally {
      running = false;
      await Promise.all(readers);
    }
    expect(outcomes.failed).toEqual([]);
    expect(outcomes.ok).toBeGreaterThan(15);
  }, 120_000);
});

describe('without read replicas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('sends no consistency token and accepts one on reads (every read is the primary’s)', async () => {
    const created = await t.api
      .post('/v1/sources')
      .send({ name: `Single Node Gazette ${process.pid}` })
      .expect(201);
    expect(created.headers['meridian-consistency-token']).toBeUndefined();
    await t.api.get(`/v1/sources/${created.body.slug}`).set('meridian-consistency-token', '0/1').expect(200);
  });
});
