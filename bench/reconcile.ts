// Reconciliation speed: 1,000 names matched as 10 batches of 100, over HTTP on loopback, against a database with the
// corpus's 7,804 reference entities (`npm run corpus -- --articles 2000 --database-url …`). Prints each round's time
// and the load average. Not a test: the target (< 2 s for 1,000 names) is recorded in bench/reconcile-results.md.
//
//   npx tsx bench/reconcile.ts [--database-url URL] [--rounds 5] [--names 1000] [--api match|w3c] [--concurrency 1]
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/meridian_bench' },
    rounds: { type: 'string', default: '5' },
    names: { type: 'string', default: '1000' },
    api: { type: 'string', default: 'match' },
    concurrency: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  },
});
const databaseUrl = values['database-url'];
const rounds = Number(values.rounds);
const total = Number(values.names);
const concurrency = Number(values.concurrency);
const batchSize = 100;

/** A small deterministic generator (mulberry32), so every run asks the same names. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Row = { name: string; type: string; iso: string | null };
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { rows } = await client.query<Row>(`
  SELECT e.name, e.type::text AS type, c.iso_alpha2 AS iso
  FROM entities e
  LEFT JOIN LATERAL (
    SELECT country.iso_alpha2 FROM roles r JOIN entities country ON country.id = r.organization_id AND country.type = 'country'
    WHERE r.person_id = e.id LIMIT 1
  ) c ON TRUE
  ORDER BY e.id`);
await client.end();
if (rows.length === 0) throw new Error(`${databaseUrl} holds no entities: load the corpus first`);

// A newsroom's list: 60% names as stored, 15% with a typo, 10% lower-case without accents, 15% unknown names;
// a type on half of them, the country on the people whose office names it.
const next = random(Number(values.seed));
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
const typo = (name: string) => {
  const at = 1 + Math.floor(next() * Math.max(1, name.length - 2));
  return `${name.slice(0, at)}${name[at + 1] ?? ''}${name[at] ?? ''}${name.slice(at + 2)}`;
};
const queries = Array.from({ length: total }, (_, index) => {
  const row = pick(rows);
  const roll = next();
  const name =
    roll < 0.6
      ? row.name
      : roll < 0.75
        ? typo(row.name)
        : roll < 0.85
          ? row.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
          : `${pick(['Northern', 'Free', 'United', 'New'])} ${pick(rows).name.split(' ')[0]} ${pick(['Council', 'Front', 'Bay', 'Group'])}`;
  return {
    id: String(index),
    name,
    ...(next() < 0.5 ? { type: row.type } : {}),
    ...(row.iso && next() < 0.7 ? { country: row.iso } : {}),
  };
});
const batches = Array.from({ length: Math.ceil(total / batchSize) }, (_, index) =>
  queries.slice(index * batchSize, (index + 1) * batchSize),
);

const app = await buildApp({
  config: (() => {
    const config = loadConfig({});
    return { ...config, logLevel: 'warn', rateLimit: { ...config.rateLimit, readMax: 0, writeMax: 0 } };
  })(),
  databaseUrl,
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function send(batch: typeof queries): Promise<number> {
  const response =
    values.api === 'w3c'
      ? await fetch(`${base}/v1/reconcile`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            queries: JSON.stringify(
              Object.fromEntries(
                batch.map((query) => [
                  `q${query.id}`,
                  {
                    query: query.name,
                    ...(query.type ? { type: query.type, type_strict: 'should' } : {}),
                    ...(query.country ? { properties: [{ pid: 'country', v: query.country }] } : {}),
                  },
                ]),
              ),
            ),
          }),
        })
      : await fetch(`${base}/v1/entities/match`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ queries: batch.map(({ id, name, type, country }) => ({ id, name, type, country })) }),
        });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200) throw new Error(`${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const results = values.api === 'w3c' ? Object.values(body) : (body.results as unknown[]);
  return (results as { candidates?: { match: boolean }[]; result?: { match: boolean }[] }[]).filter((result) =>
    (result.candidates ?? result.result ?? []).some((candidate) => candidate.match),
  ).length;
}

async function round(): Promise<{ ms: number; matched: number }> {
  const started = performance.now();
  let matched = 0;
  const pending = [...batches];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let batch = pending.shift(); batch; batch = pending.shift()) {
        const found = await send(batch);
        matched += found;
      }
    }),
  );
  return { ms: performance.now() - started, matched };
}

try {
  const load = () =>
    os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  console.log(
    `${total} names, ${batches.length} batches of ≤ ${batchSize}, api ${values.api}, concurrency ${concurrency}, ${rows.length} entities; load average before: ${load()}`,
  );
  await round(); // warms Prisma's plans, the pool and PostgreSQL's caches
  const times: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const { ms, matched } = await round();
    times.push(ms);
    console.log(`round ${index + 1}: ${ms.toFixed(0)} ms (${matched} of ${total} names with a match)`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms; load average after: ${load()} (${os.cpus().length} cores)`,
  );
} finally {
  await app.close();
}
