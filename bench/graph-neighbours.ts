// Neighbour queries against two servers, back to back (bench/graph-results.md): for every request, the same URL is
// sent to each server in turn (the order alternating), one request at a time, so both see the same machine load.
// Usage: node --import tsx bench/graph-neighbours.ts <database-url> <label>=<base-url> [<label>=<base-url> …]
import pg from 'pg';

const [databaseUrl, ...servers] = process.argv.slice(2);
if (!databaseUrl || servers.length === 0) {
  console.error('usage: graph-neighbours.ts <database-url> <label>=<base-url> …');
  process.exit(2);
}
const targets = servers.map((server) => {
  const [label, url] = server.split('=') as [string, string];
  return { label, url };
});

const requestsPerLine = 400;
const warmup = 20;

async function sample(): Promise<{ entities: string[]; hub: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // setseed makes the sample the same on every run against the same data.
    await client.query('SELECT setseed(0.7)');
    const entities = await client.query<{ id: string }>(
      `SELECT id::text FROM (SELECT DISTINCT subject_id AS id FROM relations) e ORDER BY random() LIMIT ${requestsPerLine}`,
    );
    const hub = await client.query<{ id: string }>(
      `SELECT object_id::text AS id FROM relations WHERE object_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    return { entities: entities.rows.map((row) => row.id), hub: hub.rows[0]?.id ?? '' };
  } finally {
    await client.end();
  }
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function line(name: string, paths: string[]) {
  const times = new Map(targets.map((target) => [target.label, [] as number[]]));
  for (const [index, path] of [...paths.slice(0, warmup), ...paths].entries()) {
    const order = index % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const ms = await timed(`${target.url}${path}`);
      if (index >= warmup) times.get(target.label)?.push(ms);
    }
  }
  for (const target of targets) {
    const sorted = (times.get(target.label) ?? []).sort((a, b) => a - b);
    console.log(
      `${name}\t${target.label}\tp50 ${percentile(sorted, 0.5).toFixed(1)} ms\tp95 ${percentile(sorted, 0.95).toFixed(1)} ms\tp99 ${percentile(sorted, 0.99).toFixed(1)} ms\t(n=${sorted.length})`,
    );
  }
}

const { entities, hub } = await sample();
const repeat = (path: string) => Array.from({ length: requestsPerLine }, () => path);
await line(
  'neighbors',
  entities.map((id) => `/v1/entities/${id}/neighbors`),
);
await line(
  'neighbors?type=located_in,owns&as_of=2010-01-01',
  entities.map((id) => `/v1/entities/${id}/neighbors?type=located_in,owns&as_of=2010-01-01`),
);
await line('hub neighbors (both directions)', repeat(`/v1/entities/${hub}/neighbors`));
await line(
  'hub neighbors?direction=incoming&type=located_in',
  repeat(`/v1/entities/${hub}/neighbors?direction=incoming&type=located_in`),
);
await line(
  'hub neighbors?status=accepted&as_of=2010-01-01',
  repeat(`/v1/entities/${hub}/neighbors?status=accepted&as_of=2010-01-01`),
);
