// CPU time of one search, database and application, measured so that other load on the machine does not count:
// the service runs in this process over a one-connection pool, and the database backend's on-CPU time is read
// from /proc/<pid>/schedstat (nanoseconds on a CPU, excluding time spent waiting for one) around each search.
// With one connection the statements run one after the other, so the sum is what an idle machine would take
// serially; the API runs some of them concurrently on a pool, so its latency on an idle machine is at most this.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/search_bench npx tsx bench/search-cpu.ts 20 'q=karana' 'q=mobuna' …
import { readFileSync } from 'node:fs';
import { createDatabaseClient, type Database } from '../src/db/client.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createSearchRepository } from '../src/modules/search/search.repository.ts';
import { SearchQuery } from '../src/modules/search/search.schemas.ts';
import { createSearchService } from '../src/modules/search/search.service.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL');
const args = process.argv.slice(2);
// --statements: also print, for the last run of each query, the database CPU time of each statement.
const perStatement = args.includes('--statements');
const [runsText, ...queries] = args.filter((arg) => arg !== '--statements');
const runs = Number(runsText ?? 10);

const db = createDatabaseClient(url, 1);
const pid = (await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
const onCpuNs = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
let statements: { label: string; ms: number }[] = [];
const timed = new Proxy(db, {
  get(target, property, receiver) {
    if (property !== '$queryRaw') return Reflect.get(target, property, receiver);
    return async (strings: TemplateStringsArray, ...values: unknown[]) => {
      const sql = Prisma.sql(strings, ...values);
      const before = onCpuNs();
      const rows = await target.$queryRaw(sql);
      statements.push({ label: sql.text.replace(/\s+/g, ' ').trim().slice(0, 80), ms: (onCpuNs() - before) / 1e6 });
      return rows;
    };
  },
}) as Database;
const service = createSearchService({ search: createSearchRepository(timed) });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
console.log(`backend ${pid}; ${runs} runs after 2 warm-up runs; medians in ms`);
console.log(
  `${'query'.padEnd(62)} ${'db cpu'.padStart(8)} ${'app cpu'.padStart(8)} ${'total'.padStart(8)} ${'wall'.padStart(8)}`,
);
for (const query of queries) {
  const input = SearchQuery.parse(Object.fromEntries(new URLSearchParams(query)));
  const dbCpu: number[] = [];
  const appCpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < runs + 2; run += 1) {
    const db0 = onCpuNs();
    const app0 = process.cpuUsage();
    const wall0 = performance.now();
    statements = [];
    await service.search(input);
    if (run < 2) continue;
    wall.push(performance.now() - wall0);
    const app = process.cpuUsage(app0);
    appCpu.push((app.user + app.system) / 1000);
    dbCpu.push((onCpuNs() - db0) / 1e6);
  }
  const total = dbCpu.map((value, index) => value + (appCpu[index] as number));
  const cells = [median(dbCpu), median(appCpu), median(total), median(wall)].map((value) =>
    value.toFixed(1).padStart(8),
  );
  console.log(`${query.padEnd(62)} ${cells.join(' ')}`);
  if (perStatement)
    for (const statement of statements)
      console.log(`    ${statement.ms.toFixed(1).padStart(7)} ms  ${statement.label}`);
}
await db.$disconnect();
