// Read throughput with one API node on the primary against two API nodes behind HAProxy reading from a streaming
// replica, on this machine: `npx tsx bench/replicas.ts [--seconds 20] [--connections 16] [--out file.json]`.
// The databases are a real primary and replica (tests/support/replication.ts: embedded binaries, the seeded fixture);
// the nodes are real server processes (src/server.ts). Prints, per setup, requests per second, latency percentiles and
// the CPU each part spent per request (API processes, primary's and replica's PostgreSQL processes, HAProxy), read
// from /proc, with the load average — the numbers bench/replicas-results.md projects from.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from '../tests/support/ports.ts';
import { startReplication } from '../tests/support/replication.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    out: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const root = path.resolve(import.meta.dirname, '..');
const paths = ['/v1/articles?limit=20', '/v1/entities?type=country&limit=20', '/v1/search?q=lithium', '/v1/sources'];
const ticks = 100; // USER_HZ on Linux

function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return 0;
  }
}

/** CPU seconds of a PostgreSQL server: its postmaster and every process it started (backends, WAL sender/receiver…). */
function serverCpuSeconds(dataDir: string): number {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = processCpuSeconds(postmaster);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === postmaster) total += processCpuSeconds(Number(entry));
    } catch {}
  }
  return total;
}

async function until(what: string, probe: () => Promise<boolean>) {
  const startedAt = Date.now();
  while (!(await probe().catch(() => false))) {
    if (Date.now() - startedAt > 120_000) throw new Error(`${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startNode(environment: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_FIXTURE: 'false',
      RATE_LIMIT_READ_MAX: '0',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      ...environment,
    },
    stdio: 'ignore',
  });
  await until(`node on ${port}`, async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200);
  return { port, child };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function measure(url: string, pids: Record<string, () => number>) {
  // Warm-up: every path once per connection, untimed.
  await autocannon({ url, connections, duration: 3, requests: [{ path: paths[0] }] });
  const before = Object.fromEntries(Object.entries(pids).map(([name, cpu]) => [name, cpu()]));
  const load = os.loadavg();
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length] as string;
          return request;
        },
      },
    ],
  });
  const requests = result.requests.total;
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(pids).map(([name, cpu]) => [
      name,
      Number((((cpu() - (before[name] ?? 0)) * 1000) / requests).toFixed(2)),
    ]),
  );
  return {
    requestsPerSecond: Number((requests / seconds).toFixed(1)),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMsPerRequest,
    loadAverageBefore: load.map((value) => Number(value.toFixed(2))),
    loadAverageAfter: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const replication = await startReplication();
const results: Record<string, unknown> = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
  settings: { seconds, connections, paths },
  startedAt: new Date().toISOString(),
};
const children: ChildProcess[] = [];
const folder = mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-haproxy-'));
try {
  const single = await startNode({ DATABASE_URL: replication.primaryUrl });
  children.push(single.child);
  results.oneNodePrimary = await measure(`http://127.0.0.1:${single.port}`, {
    api: () => processCpuSeconds(single.child.pid as number),
    primary: () => serverCpuSeconds(replication.primaryDir),
    replica: () => serverCpuSeconds(replication.replicaDir),
  });
  await stop(single.child);

  const environment = { DATABASE_URL: replication.primaryUrl, DATABASE_READ_URLS: replication.replicaUrl };
  const [a, b] = await Promise.all([startNode(environment), startNode(environment)]);
  children.push(a.child, b.child);
  const port = await freePort();
  const config = path.join(folder, 'haproxy.cfg');
  const haproxyConfig = readFileSync(path.join(root, 'deploy/haproxy.cfg'), 'utf8')
    .replace('bind :8080', `bind 127.0.0.1:${port}`)
    .replace('api-a:3000', `127.0.0.1:${a.port}`)
    .replace('api-b:3000', `127.0.0.1:${b.port}`);
  writeFileSync(config, haproxyConfig);
  const balancer = spawn('haproxy', ['-db', '-f', config], { stdio: 'ignore' });
  children.push(balancer);
  await until('the balancer', async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200);
  results.twoNodesReplica = await measure(`http://127.0.0.1:${port}`, {
    api: () => processCpuSeconds(a.child.pid as number) + processCpuSeconds(b.child.pid as number),
    primary: () => serverCpuSeconds(replication.primaryDir),
    replica: () => serverCpuSeconds(replication.replicaDir),
    haproxy: () => processCpuSeconds(balancer.pid as number),
  });
} finally {
  for (const child of children) await stop(child);
  await replication.stop();
  rmSync(folder, { recursive: true, force: true });
}
const text = JSON.stringify(results, null, 2);
console.log(text);
if (values.out) writeFileSync(values.out, `${text}\n`);
