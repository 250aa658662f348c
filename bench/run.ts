// `npm run bench -- --scenario article-by-id,article-by-id-baseline`: starts the real API (src/server.ts) and the
// baseline server on the benchmark database, drives each scenario with autocannon and writes the numbers to
// bench/results/. See bench/README.md.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { Random } from './corpus/random.ts';
import { type Scenario, scenarios, type Target } from './scenarios.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/meridian_bench' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2000' },
    'warmup-seconds': { type: 'string', default: '15' },
    rounds: { type: 'string', default: '1' },
    pool: { type: 'string', default: '10' },
    samples: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || values.list) {
  if (values.help) {
    console.log(`Usage: npm run bench -- [options]
  --scenario a,b,…     scenarios to run, in this order (default: all; --list shows them)
  --database-url URL   the corpus (default postgresql://postgres@127.0.0.1:5432/meridian_bench)
  --connections N      concurrent connections (default 50)
  --duration S         measured seconds per scenario and round (default 20)
  --warmup N           requests before each measurement, to let V8 and Prisma warm up (default 2000), but at
                       most --warmup-seconds S (default 15)
  --rounds N           repeat the scenario list N times, interleaved, and report medians (default 1)
  --pool N             database connections of each server (default 10, Meridian's default)
  --samples N          distinct request paths drawn per scenario (default 2000), --seed S (default 1)
  --out FILE           results file (default bench/results/<time>.json)
  --profile            run Meridian under --cpu-prof; the profile lands in bench/results/profiles/ (see
                       bench/profile-summary.ts)`);
  }
  for (const scenario of scenarios) console.log(`${scenario.name.padEnd(38)} ${scenario.description}`);
  process.exit(0);
}

const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, not ${text}`);
  return value;
};
const settings = {
  databaseUrl: values['database-url'],
  connections: positive('connections', values.connections),
  duration: positive('duration', values.duration),
  warmupRequests: Number(values.warmup),
  warmupSeconds: Number(values['warmup-seconds']),
  rounds: positive('rounds', values.rounds),
  pool: positive('pool', values.pool),
  samples: positive('samples', values.samples),
  seed: positive('seed', values.seed),
};
const selected =
  values.scenario === 'all'
    ? scenarios
    : values.scenario.split(',').map((name) => {
        const scenario = scenarios.find((candidate) => candidate.name === name.trim());
        if (!scenario) throw new Error(`Unknown scenario ${name}; --list shows them`);
        return scenario;
      });

const repoRoot = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.error(`[bench] ${line}`);

// ---- The machine and the corpus, recorded with every result ----

const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

/** CPU seconds used so far by each PostgreSQL backend serving the benchmark database (the servers' pools). */
function postgresCpuSeconds(database: string): Map<number, number> {
  const listing = spawnSync('pgrep', ['-f', `postgres: .* ${database} `], { encoding: 'utf8' }).stdout;
  const backends = new Map<number, number>();
  for (const pid of listing.split('\n').filter(Boolean).map(Number)) {
    try {
      backends.set(pid, cpuSeconds(pid));
    } catch {
      // exited between pgrep and the read
    }
  }
  return backends;
}

/** CPU the backends used between two readings; a backend opened meanwhile counts from zero. */
function postgresCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

async function describeCorpus(client: pg.Client) {
  const { rows: counts } = await client.query<{ relname: string; rows: string }>(
    `SELECT relname, reltuples::bigint AS rows FROM pg_class
      WHERE relkind = 'r' AND relname IN ('sources', 'entities', 'articles', 'mentions', 'claims', 'claim_subjects', 'roles')`,
  );
  const { rows: meta } = await client.query<{ version: string; bytes: string }>(
    'SELECT current_setting($1) AS version, pg_database_size(current_database()) AS bytes',
    ['server_version'],
  );
  return {
    /** From the planner's statistics (VACUUM ANALYZE after loading makes them exact). */
    rows: Object.fromEntries(counts.map((row) => [row.relname, Number(row.rows)])),
    databaseBytes: Number(meta[0]?.bytes),
    postgres: meta[0]?.version,
  };
}

// ---- The servers ----

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

type Server = { target: Target; url: string; process: ChildProcess };

async function startServer(target: Target): Promise<Server> {
  const port = await freePort();
  const entry = target === 'meridian' ? 'src/server.ts' : 'bench/baseline-pg-server.ts';
  const profiling =
    values.profile && target === 'meridian'
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repoRoot, 'bench/results/profiles')}`]
      : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', entry], {
    cwd: repoRoot,
    // Rate limits off: the load generator is one client, and a 429 would measure the limiter, not the API.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: settings.databaseUrl,
      DATABASE_POOL_MAX: String(settings.pool),
      SEED_FIXTURE: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_READ_MAX: '0',
      RATE_LIMIT_WRITE_MAX: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Meridian answers /readyz once migrated; the baseline has no such route, so any answer means it listens.
  const probe = target === 'meridian' ? '/readyz' : '/';
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const status = await fetch(`${url}${probe}`).then(
      (response) => response.status,
      () => 0,
    );
    if (target === 'meridian' ? status === 200 : status > 0) return { target, url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`${entry} did not become ready within 120 s`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  server.process.kill('SIGTERM');
  await Promise.race([once(server.process, 'exit'), new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

// ---- Measuring ----

type Measurement = {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** CPU milliseconds per request, of the server process and of the PostgreSQL backends serving it. */
  cpuMsPerRequest: { server: number; postgres: number };
  loadAverage: { before: number; after: number };
};

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number);
}

/** Drives the server with autocannon, `connections` clients cycling through `paths`; warming up stops after `maxRequests`. */
async function drive(
  server: Server,
  paths: string[],
  seconds: number,
  record: boolean,
  maxRequests = Number.POSITIVE_INFINITY,
): Promise<Measurement> {
  let next = 0;
  let warmed = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const database = new URL(settings.databaseUrl).pathname.slice(1);
  const cpuBefore = { server: cpuSeconds(server.process.pid as number), postgres: postgresCpuSeconds(database) };
  const loadBefore = os.loadavg()[0] as number;
  const instance = autocannon({
    url: server.url,
    connections: settings.connections,
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
  instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
    if (record) {
      latencies.push(milliseconds);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    } else if (++warmed >= maxRequests) instance.stop();
  });
  const result = await instance;
  const cpu = {
    server: cpuSeconds(server.process.pid as number) - cpuBefore.server,
    postgres: postgresCpuDelta(cpuBefore.postgres, postgresCpuSeconds(database)),
  };
  const sorted = Float64Array.from(latencies).sort();
  const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / result.duration, 0),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
      mean: round(latencies.reduce((sum, value) => sum + value, 0) / latencies.length),
    },
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMsPerRequest: {
      server: round((cpu.server * 1000) / latencies.length, 3),
      postgres: round((cpu.postgres * 1000) / latencies.length, 3),
    },
    loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0] as number) },
  };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

// ---- The run ----

const client = new pg.Client({ connectionString: settings.databaseUrl });
await client.connect();
const corpus = await describeCorpus(client);
if (!corpus.rows.articles)
  throw new Error(`No articles in ${settings.databaseUrl}: load a corpus first (npm run corpus)`);
const context = {
  query: async <T extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
    (await client.query<T>(sql, params)).rows,
  seed: settings.seed,
  size: settings.samples,
};
const paths = new Map<Scenario, string[]>();
for (const scenario of selected) {
  const drawn = await scenario.paths({ ...context, random: new Random(settings.seed, scenario.name) });
  if (drawn.length === 0) throw new Error(`Scenario ${scenario.name} drew no requests from this corpus`);
  paths.set(scenario, drawn);
}
await client.end();

const servers = new Map<Target, Server>();
for (const target of new Set(selected.map((scenario) => scenario.target))) {
  log(`starting ${target}`);
  servers.set(target, await startServer(target));
}

try {
  // Every scenario must answer 200 before it is measured, and a baseline must send Meridian's body byte for byte.
  for (const scenario of selected) {
    const server = servers.get(scenario.target) as Server;
    const first = (paths.get(scenario) as string[])[0] as string;
    const response = await fetch(`${server.url}${first}`);
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${scenario.name}: GET ${first} answered ${response.status}: ${body.slice(0, 300)}`);
    if (scenario.baselineFor) {
      const meridian = servers.get('meridian');
      const reference = meridian ? await (await fetch(`${meridian.url}${first}`)).text() : undefined;
      if (reference !== undefined && reference !== body)
        throw new Error(`${scenario.name}: the baseline's body differs from Meridian's for ${first}`);
    }
  }

  const measured = new Map<Scenario, Measurement[]>(selected.map((scenario) => [scenario, []]));
  for (let round = 1; round <= settings.rounds; round++) {
    for (const scenario of selected) {
      const server = servers.get(scenario.target) as Server;
      const scenarioPaths = paths.get(scenario) as string[];
      if (settings.warmupRequests > 0)
        await drive(server, scenarioPaths, settings.warmupSeconds, false, settings.warmupRequests);
      const measurement = await drive(server, scenarioPaths, settings.duration, true);
      measured.get(scenario)?.push(measurement);
      const failures = measurement.requests - (measurement.statuses['200'] ?? 0);
      log(
        `round ${round} ${scenario.name}: ${measurement.requestsPerSecond} req/s, p50 ${measurement.latencyMs.p50} ms, p95 ${measurement.latencyMs.p95} ms, ` +
          `p99 ${measurement.latencyMs.p99} ms${failures > 0 ? `, ${failures} not 200: ${JSON.stringify(measurement.statuses)}` : ''}`,
      );
    }
  }

  const summaries = selected.map((scenario) => {
    const runs = measured.get(scenario) as Measurement[];
    const pick = (get: (run: Measurement) => number) => median(runs.map(get));
    return {
      name: scenario.name,
      description: scenario.description,
      target: scenario.target,
      distinctPaths: paths.get(scenario)?.length,
      median: {
        requestsPerSecond: pick((run) => run.requestsPerSecond),
        latencyMs: {
          p50: pick((run) => run.latencyMs.p50),
          p95: pick((run) => run.latencyMs.p95),
          p99: pick((run) => run.latencyMs.p99),
        },
        cpuMsPerRequest: {
          server: pick((run) => run.cpuMsPerRequest.server),
          postgres: pick((run) => run.cpuMsPerRequest.postgres),
        },
      },
      rounds: runs,
    };
  });

  // Meridian against its yardstick, round by round (the two ran back to back, under the same machine load).
  const comparisons = selected
    .filter(
      (scenario) =>
        scenario.baselineFor &&
        measured.has(scenarios.find((candidate) => candidate.name === scenario.baselineFor) as Scenario),
    )
    .map((baseline) => {
      const meridian = scenarios.find((candidate) => candidate.name === baseline.baselineFor) as Scenario;
      const pairs = (measured.get(meridian) as Measurement[]).map(
        (run, index) => [run, (measured.get(baseline) as Measurement[])[index] as Measurement] as const,
      );
      const throughputRatios = pairs.map(
        ([ours, theirs]) => Math.round((ours.requestsPerSecond / theirs.requestsPerSecond) * 100) / 100,
      );
      const cpuRatios = pairs.map(
        ([ours, theirs]) => Math.round((theirs.cpuMsPerRequest.server / ours.cpuMsPerRequest.server) * 100) / 100,
      );
      return {
        meridian: meridian.name,
        baseline: baseline.name,
        throughputRatios,
        medianThroughputRatio: median(throughputRatios),
        serverCpuEfficiencyRatios: cpuRatios,
      };
    });

  const results = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: corpus.postgres,
      platform: `${os.type()} ${os.release()}`,
    },
    corpus: { rows: corpus.rows, databaseBytes: corpus.databaseBytes },
    settings: { ...settings, databaseUrl: settings.databaseUrl.replace(/:[^:@/]*@/, ':***@') },
    scenarios: summaries,
    comparisons,
  };
  const out = values.out ?? path.join(repoRoot, 'bench/results', `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  console.log('| scenario | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const summary of summaries) {
    const { requestsPerSecond, latencyMs, cpuMsPerRequest } = summary.median;
    console.log(
      `| ${summary.name} | ${requestsPerSecond} | ${latencyMs.p50} | ${latencyMs.p95} | ${latencyMs.p99} | ${cpuMsPerRequest.server} | ${cpuMsPerRequest.postgres} |`,
    );
  }
  for (const comparison of comparisons) {
    console.log(
      `\n${comparison.meridian} / ${comparison.baseline}: throughput ${comparison.medianThroughputRatio}× (rounds: ${comparison.throughputRatios.join(', ')})`,
    );
  }
  log(`results written to ${path.relative(process.cwd(), out)}`);
} finally {
  // autocannon closes its sockets when time is up, but the server still finishes the requests in flight; stopping
  // it at once would close the database pool under them (each then logs an error for a client that is gone).
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  for (const server of servers.values()) await stopServer(server);
}
