// Enqueue + process throughput and enqueue→handler latency of the two PostgreSQL job queues the push issue named.
// Run from a scratch folder with both installed (the project depends on graphile-worker only):
//   npm i graphile-worker@0.18.0 pg-boss@12.38.1 pg && N=2000 node push-queue-compare.mjs
// Each queue gets a fresh database on 127.0.0.1:5432; jobs are enqueued one by one while the workers run.
import pg from 'pg';
import { run, makeWorkerUtils } from 'graphile-worker';
import { PgBoss } from 'pg-boss';
const base = 'postgresql://postgres@127.0.0.1:5432/';
const N = Number(process.env.N ?? 1000);
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
async function freshDb(name) {
  const c = new pg.Client(base + 'postgres'); await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name}`); await c.query(`CREATE DATABASE ${name}`); await c.end();
  return base + name;
}
async function graphile() {
  const url = await freshDb('qbench_graphile');
  const utils = await makeWorkerUtils({ connectionString: url }); await utils.migrate();
  const sent = new Map(); const lat = []; let done = 0; let resolveAll;
  const all = new Promise((r) => (resolveAll = r));
  const runner = await run({ connectionString: url, concurrency: 4, noHandleSignals: true, pollInterval: 2000,
    taskList: { t: async (p) => { lat.push(performance.now() - sent.get(p.i)); if (++done === N) resolveAll(); } }, logger: undefined });
  const t0 = performance.now();
  for (let i = 0; i < N; i++) { sent.set(i, performance.now()); await utils.addJob('t', { i }); }
  const enq = performance.now() - t0; await all; const total = performance.now() - t0;
  await runner.stop(); await utils.release();
  return { queue: 'graphile-worker 0.18.0', enqueuePerSec: Math.round(N / enq * 1000), processedPerSec: Math.round(N / total * 1000), p50: pct(lat, .5).toFixed(1), p95: pct(lat, .95).toFixed(1), p99: pct(lat, .99).toFixed(1) };
}
async function boss(batchSize) {
  const url = await freshDb('qbench_pgboss');
  const b = new PgBoss({ connectionString: url }); b.on('error', console.error); await b.start();
  await b.createQueue('t');
  const sent = new Map(); const lat = []; let done = 0; let resolveAll;
  const all = new Promise((r) => (resolveAll = r));
  await b.work('t', { pollingIntervalSeconds: 0.5, batchSize }, async (jobs) => { for (const j of jobs) { lat.push(performance.now() - sent.get(j.data.i)); if (++done === N) resolveAll(); } });
  const t0 = performance.now();
  for (let i = 0; i < N; i++) { sent.set(i, performance.now()); await b.send('t', { i }); }
  const enq = performance.now() - t0; await all; const total = performance.now() - t0;
  await b.stop({ graceful: false, wait: false });
  return { queue: `pg-boss 12.38.1 (polling 0.5 s, batch ${batchSize})`, enqueuePerSec: Math.round(N / enq * 1000), processedPerSec: Math.round(N / total * 1000), p50: pct(lat, .5).toFixed(1), p95: pct(lat, .95).toFixed(1), p99: pct(lat, .99).toFixed(1) };
}
console.log(JSON.stringify(await graphile()));
console.log(JSON.stringify(await boss(4)));
console.log(JSON.stringify(await boss(100)));
process.exit(0);
