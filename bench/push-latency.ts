// Delivery latency from commit to the receiver's 2xx, with W webhooks subscribed to article.created while articles
// are written, and the dispatcher's cost of testing new articles against S saved searches and V watches.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/push-latency.ts
// Settings: WEBHOOKS (100), ARTICLES (200), WRITERS (4), SAVED_SEARCHES (1000), WATCHES (10000), PUSH_WORKER_CONCURRENCY (8).
// It creates (and drops) a database of its own on that server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const webhooks = env('WEBHOOKS', 100);
const articles = env('ARTICLES', 200);
const writers = env('WRITERS', 4);
const savedSearchCount = env('SAVED_SEARCHES', 1000);
const watchCount = env('WATCHES', 10_000);
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `meridian_push_bench_${process.pid}`;
const url = new URL(serverUrl);
url.pathname = `/${database}`;

const admin = new pg.Client(serverUrl);
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
await applyMigrations(url.toString());

const latencies: number[] = [];
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { recordedAt?: string } };
    if (event.data.recordedAt) latencies.push(Date.now() - Date.parse(event.data.recordedAt));
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;

const config = loadConfig({
  LOG_LEVEL: 'silent',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  RATE_LIMIT_WRITE_MAX: '0',
  PUSH_WORKER_CONCURRENCY: process.env.PUSH_WORKER_CONCURRENCY ?? '8',
});
const app = await buildApp({ config, databaseUrl: url.toString(), logger: false });
await app.ready();
const key = (await app.services.keys.create({ name: 'bench', scopes: ['admin'] })).secret;
const call = async (method: string, path: string, body?: unknown) => {
  const response = await app.inject({
    method: method as 'POST',
    url: path,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
  return JSON.parse(response.body || '{}');
};

const source = await call('POST', '/v1/sources', { name: 'Bench Wire' });
const entity = await call('POST', '/v1/entities', { type: 'country', name: 'Benchland' });
// The matching load: saved searches (each tested against every new article) and watches on other targets.
for (let index = 0; index < savedSearchCount; index++)
  await call('POST', '/v1/saved-searches', { name: `s${index}`, query: { q: `term${index} OR lithium` } });
await admin.end();
const db = new pg.Client(url.toString());
await db.connect();
await db.query(
  `INSERT INTO watches (id, owner_key_id, kind, target_id)
   SELECT gen_random_uuid(), (SELECT id FROM api_keys LIMIT 1), 'entity', gen_random_uuid() FROM generate_series(1, $1)`,
  [watchCount],
);
for (let index = 0; index < webhooks; index++)
  await call('POST', '/v1/webhooks', { url: `http://127.0.0.1:${port}/hook${index}`, eventTypes: ['article.created'] });

const started = Date.now();
let next = 0;
await Promise.all(
  Array.from({ length: writers }, async () => {
    while (next < articles) {
      const index = next++;
      await call('POST', '/v1/articles', {
        url: `https://bench.example/${index}`,
        title: `Lithium report ${index}`,
        body: `Benchland exported lithium on day ${index}.`,
        language: 'en',
        sourceId: source.id,
        mentions: [{ entityId: entity.id, start: 0, end: 9 }],
      });
    }
  }),
);
const written = Date.now() - started;
const expected = webhooks * articles;
while (latencies.length < expected && Date.now() - started < 600_000) await new Promise((r) => setTimeout(r, 200));
const all = Date.now() - started;
const { rows } = await db.query<{ count: string }>('SELECT count(*) FROM saved_search_matches');
const sorted = [...latencies].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(
  JSON.stringify({
    webhooks,
    articles,
    writers,
    savedSearches: savedSearchCount,
    watches: watchCount,
    delivered: latencies.length,
    expected,
    writeSeconds: written / 1000,
    allDeliveredSeconds: all / 1000,
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) },
    savedSearchMatches: Number(rows[0]?.count ?? 0),
  }),
);
await db.end();
await app.close();
receiver.close();
const cleanup = new pg.Client(serverUrl);
await cleanup.connect();
await cleanup.query(`DROP DATABASE ${database} WITH (FORCE)`);
await cleanup.end();
