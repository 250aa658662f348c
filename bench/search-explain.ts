// Prints EXPLAIN (ANALYZE, BUFFERS) of every SQL statement one GET /v1/search runs, with its timing, by running the
// real service over a database client that explains each raw query before running it.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/search_bench \
//     npx tsx bench/search-explain.ts 'q=karana&sort=relevance' [--plans] [--repeat=N]
//
// Without --plans it prints one line per statement (time, first line of the plan) and the total; --repeat runs the
// search N times first to warm the cache and reports the last run.
import pg from 'pg';
import { createDatabaseClient, type Database } from '../src/db/client.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createSearchRepository } from '../src/modules/search/search.repository.ts';
import { SearchQuery } from '../src/modules/search/search.schemas.ts';
import { createSearchService } from '../src/modules/search/search.service.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL');
const args = process.argv.slice(2);
const query = args.find((arg) => !arg.startsWith('--')) ?? '';
const showPlans = args.includes('--plans');
const repeat = Number(args.find((arg) => arg.startsWith('--repeat='))?.split('=')[1] ?? 0);

const db = createDatabaseClient(url, 4);
const explainer = new pg.Client({ connectionString: url });
await explainer.connect();

type Explained = { label: string; ms: number; plan: string };
let explained: Explained[] = [];
let explaining = false;

const spy = new Proxy(db, {
  get(target, property, receiver) {
    if (property !== '$queryRaw') return Reflect.get(target, property, receiver);
    return async (strings: TemplateStringsArray, ...values: unknown[]) => {
      const sql = Prisma.sql(strings, ...values);
      if (explaining && !sql.text.trimStart().startsWith('EXPLAIN')) {
        const result = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
        const plan = result.rows.map((row) => row['QUERY PLAN'] as string).join('\n');
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        explained.push({
          label: sql.text.replace(/\s+/g, ' ').slice(0, 90),
          ms,
          plan: `${sql.text}\n-- values: ${JSON.stringify(sql.values)}\n${plan}`,
        });
      }
      return target.$queryRaw(sql);
    };
  },
}) as Database;

const service = createSearchService({ search: createSearchRepository(spy) });
const input = SearchQuery.parse(Object.fromEntries(new URLSearchParams(query)));

for (let run = 0; run < repeat; run += 1) await service.search(input);
explaining = true;
explained = [];
const started = performance.now();
const result = await service.search(input);
const wall = performance.now() - started;

for (const entry of explained) {
  if (showPlans) console.log(`\n-- ${entry.ms.toFixed(1)} ms\n${entry.plan}`);
  else console.log(`${entry.ms.toFixed(2).padStart(9)} ms  ${entry.label}`);
}
console.log(
  JSON.stringify({
    total: result.articles?.total,
    ranking: result.articles?.ranking,
    hits: result.articles?.items.length,
    facets: result.facets ? { sampled: result.facets.sampled, counted: result.facets.counted } : undefined,
    claims: result.claims?.total,
    entities: result.entities?.total,
  }),
);
console.log(
  `sum of statement execution times: ${explained.reduce((sum, entry) => sum + entry.ms, 0).toFixed(1)} ms (wall clock with EXPLAIN overhead: ${wall.toFixed(0)} ms)`,
);
await explainer.end();
await db.$disconnect();
