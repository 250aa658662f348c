// `tsx bench/claims-similar.ts --database-url …`: latency of GET /v1/claims/{id}/similar and GET /v1/claims/similar
// through the real app in-process (app.inject: routing, validation, the query, scoring, serialisation; no network),
// sequential requests over claims drawn at random from the database, and EXPLAIN (ANALYZE, BUFFERS) of the candidate
// query for one of them. Build the corpus first with bench/claims-similar-data.sql. Results: claims-similar-results.md.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/claimlinks_bench' },
    requests: { type: 'string', default: '300' },
    /** `id`, `text` or both (the default). */
    only: { type: 'string', default: 'id,text' },
  },
});
const databaseUrl = values['database-url'];
const requests = Number(values.requests);

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { rows: sample } = await client.query<{ id: string; text: string }>(
  `SELECT id::text, text FROM claims TABLESAMPLE BERNOULLI (5) REPEATABLE (1) LIMIT $1`,
  [requests],
);
const { rows: counts } = await client.query<{ claims: string; subjects: string }>(
  'SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM claim_subjects) AS subjects',
);

const config = loadConfig({});
const app = await buildApp({
  // Load shedding off: on a machine shared with other work the event-loop delay would shed the benchmark's requests.
  // Rate limits off: one client sends more than a minute's worth of reads.
  config: {
    ...config,
    logLevel: 'warn',
    databasePoolMax: 2,
    pressure: { ...config.pressure, maxEventLoopDelayMs: 0 },
    rateLimit: { ...config.rateLimit, readMax: 0, writeMax: 0 },
  },
  databaseUrl,
  logger: false,
});
await app.ready();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, urls: string[]) {
  // Warm-up: the first requests load plans and caches.
  for (const url of urls.slice(0, 20)) await app.inject({ method: 'GET', url });
  const times: number[] = [];
  const failures = new Map<number, number>();
  let results = 0;
  for (const url of urls) {
    const started = process.hrtime.bigint();
    const response = await app.inject({ method: 'GET', url });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    // A failure (the statement timeout's 503 above all) is counted and its time kept: it is what the client waited.
    if (response.statusCode !== 200) failures.set(response.statusCode, (failures.get(response.statusCode) ?? 0) + 1);
    else results += (JSON.parse(response.body) as { data: unknown[] }).data.length;
  }
  times.sort((a, b) => a - b);
  const line = `${name}: n=${times.length} p50=${percentile(times, 50).toFixed(1)} ms p95=${percentile(times, 95).toFixed(1)} ms p99=${percentile(times, 99).toFixed(1)} ms max=${times.at(-1)!.toFixed(1)} ms, ${(results / times.length).toFixed(1)} results per request, failures ${JSON.stringify(Object.fromEntries(failures))}`;
  console.log(line);
}

console.log(`corpus: ${counts[0]!.claims} claims, ${counts[0]!.subjects} claim subjects`);
const only = new Set(values.only.split(','));
if (only.has('id'))
  await measure(
    'GET /v1/claims/{id}/similar',
    sample.map((row) => `/v1/claims/${row.id}/similar`),
  );
if (only.has('text'))
  await measure(
    'GET /v1/claims/similar?text=',
    sample.map((row) => `/v1/claims/similar?text=${encodeURIComponent(row.text.split(' ').slice(0, 8).join(' '))}`),
  );

// The plans of the candidate queries the app sends for the first sampled claim and for its text (the statement
// captured as sent, run again under EXPLAIN with the same parameters).
const textUrl = `/v1/claims/similar?text=${encodeURIComponent(sample[0]!.text.split(' ').slice(0, 8).join(' '))}`;
const clientPrototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = clientPrototype.query;
for (const url of [`/v1/claims/${sample[0]!.id}/similar`, textUrl]) {
  const statements: string[] = [];
  clientPrototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text;
    if (text?.includes('WITH q AS'))
      statements.push(JSON.stringify({ text, values: (config as { values?: unknown[] }).values ?? args[1] }));
    return original.apply(this, args);
  };
  await app.inject({ method: 'GET', url });
  clientPrototype.query = original;
  const captured = JSON.parse(statements[0]!) as { text: string; values: unknown[] };
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured.text}`, captured.values);
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the candidate query for GET ${decodeURIComponent(url)}:`);
  for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN']);
}

await app.close();
await client.end();
