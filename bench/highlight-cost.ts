import { readFileSync } from 'node:fs';
import { createDatabaseClient } from '../src/db/client.ts';
import { createSearchRepository } from '../src/modules/search/search.repository.ts';
import { createSearchService, searchLimits } from '../src/modules/search/search.service.ts';
import { parseQuery } from '../src/modules/search/search.syntax.ts';

const db = createDatabaseClient(process.env.DATABASE_URL as string, 1);
const pid = (await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
const cpu = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
const repo = createSearchRepository(db);
const service = createSearchService({ search: repo });
for (const q of process.argv.slice(2)) {
  const compiled = await repo.compile(parseQuery(q));
  const branches = [{ configs: ['english', 'spanish', 'simple'], tsquery: compiled.tsqueries.english }];
  const query = { ...compiled, branches } as never;
  const page = await service.search({ q, limit: 20, highlightStart: '<mark>', highlightEnd: '</mark>' } as never);
  const ids = (page.articles?.items ?? []).map((item) => item.id);
  for (const [label, options] of [
    ['whole body (before)', { ...searchLimits.highlight, excerptChars: 1_000_000 }],
    ['excerpt (after)', searchLimits.highlight],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const c0 = cpu();
      await repo.articleHits(ids, query, options);
      if (i >= 2) samples.push(cpu() - c0);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${q.padEnd(20)} ${label.padEnd(22)} median ${samples[5]?.toFixed(1)} ms PostgreSQL CPU for ${ids.length} hits (min ${samples[0]?.toFixed(1)})`,
    );
  }
}
await db.$disconnect();
