// Times the discovery queries exactly as the API sends them (the repositories, through Prisma, 30 runs each after a
// warm-up: median and 95th percentile), then prints EXPLAIN (ANALYZE, BUFFERS) of one more run of each, taken by
// auto_explain in a separate session that reports every plan as a notice (instrumentation slows that run down, so
// its times are not the ones to quote). Needs a superuser (session_preload_libraries). Results:
// bench/discovery-queries.md.
//
//   npx tsx bench/discovery-explain.ts postgresql://postgres@127.0.0.1:5432/<scratch with fixture + bench/discovery-data.sql>
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { boxAround, boxFromBounds } from '../src/lib/geo.ts';
import { createDiscoveryRepository } from '../src/modules/discovery/discovery.repository.ts';
import { createEntityRepository } from '../src/modules/entities/entities.repository.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: tsx bench/discovery-explain.ts <database url>');

const explainPool = new pg.Pool({
  connectionString: url,
  max: 1,
  options: [
    '-c session_preload_libraries=auto_explain',
    '-c auto_explain.log_min_duration=0',
    '-c auto_explain.log_analyze=on',
    '-c auto_explain.log_buffers=on',
    '-c auto_explain.log_timing=on',
    '-c auto_explain.log_level=notice',
    '-c client_min_messages=notice',
  ].join(' '),
});
let plans: string[] = [];
explainPool.on('connect', (client) => client.on('notice', (notice) => plans.push(String(notice.message))));

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
const explainDb = new PrismaClient({ adapter: new PrismaPg(explainPool) });

const id = async (slug: string) => (await db.entity.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const peru = await id('peru');
const unitedStates = await id('united-states');
const chancay = await id('chancay');
const fixtureArticle = await db.article.findFirstOrThrow({
  where: { url: { startsWith: 'https://orinocotribune.com/' } },
  select: { id: true, title: true },
});
const benchArticle = await db.article.findFirstOrThrow({
  where: { url: 'https://bench.example.org/19' },
  select: { id: true, title: true },
});

const callao = { latitude: -12.05, longitude: -77.15 };
type Repositories = {
  entities: ReturnType<typeof createEntityRepository>;
  discovery: ReturnType<typeof createDiscoveryRepository>;
};
const cases: [string, (repositories: Repositories) => Promise<unknown>][] = [
  [
    'q=Dina Bolaurte (typo; fixture name among 20k generated)',
    ({ entities }) => entities.lookupPage({}, { by: 'score', q: 'Dina Bolaurte' }, undefined, 21),
  ],
  ['q=Estados Unidos', ({ entities }) => entities.lookupPage({}, { by: 'score', q: 'Estados Unidos' }, undefined, 21)],
  [
    'q=kagute (a syllable many generated names share: 1,700 index candidates, 61 real matches)',
    ({ entities }) => entities.lookupPage({}, { by: 'score', q: 'kagute' }, undefined, 21),
  ],
  [
    'q=Region (the word ends 4,000 generated aliases: the 200-candidate bound at work)',
    ({ entities }) => entities.lookupPage({}, { by: 'score', q: 'Region' }, undefined, 21),
  ],
  ['iso=PER', ({ entities }) => entities.lookupPage({ iso: 'PER' }, { by: 'id' }, undefined, 21)],
  ['unlocode=PECHY', ({ entities }) => entities.lookupPage({ unlocode: 'PECHY' }, { by: 'id' }, undefined, 21)],
  [
    'near=-12.05,-77.15&radius_km=100',
    ({ entities }) =>
      entities.lookupPage(
        { near: { ...callao, radiusKm: 100, box: boxAround(callao, 100) } },
        { by: 'distance' },
        undefined,
        21,
      ),
  ],
  [
    'near=-12.05,-77.15&radius_km=1000',
    ({ entities }) =>
      entities.lookupPage(
        { near: { ...callao, radiusKm: 1000, box: boxAround(callao, 1000) } },
        { by: 'distance' },
        undefined,
        21,
      ),
  ],
  [
    'bbox=179,-20,-179,-15 (crosses the antimeridian)',
    ({ entities }) =>
      entities.lookupPage(
        { bbox: boxFromBounds({ west: 179, south: -20, east: -179, north: -15 }) },
        { by: 'id' },
        undefined,
        21,
      ),
  ],
  [
    'timeline united-states, 2020-01..2025-12 by month (3,000+ mentions)',
    ({ discovery }) => discovery.timeline(unitedStates, 'month', '2020-01-01', '2025-12-01'),
  ],
  [
    'timeline peru, 2023-06-01..2023-06-30 by day',
    ({ discovery }) => discovery.timeline(peru, 'day', '2023-06-01', '2023-06-30'),
  ],
  [
    'cooccurrences united-states (in 60% of articles)',
    ({ discovery }) => discovery.cooccurrences(unitedStates, {}, undefined, 20),
  ],
  [
    'cooccurrences chancay, type=country, 2023',
    ({ discovery }) =>
      discovery.cooccurrences(
        chancay,
        { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2024-01-01T00:00:00Z') },
        'country',
        20,
      ),
  ],
  [
    'related: the fixture article (46 entities, Peru and the United States among them)',
    ({ discovery }) => discovery.related(fixtureArticle.id, fixtureArticle.title, 10),
  ],
  [
    'related: a generated article (its retelling, article 20, has a near-identical title)',
    ({ discovery }) => discovery.related(benchArticle.id, benchArticle.title, 10),
  ],
];

const plain: Repositories = { entities: createEntityRepository(db), discovery: createDiscoveryRepository(db) };
const explained: Repositories = {
  entities: createEntityRepository(explainDb),
  discovery: createDiscoveryRepository(explainDb),
};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

for (const [name, run] of cases) {
  await run(plain);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    rows = ((await run(plain)) as unknown[]).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  plans = [];
  await run(explained);
  console.log(
    `\n### ${name}\n\n${rows} rows; through Prisma, median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms\n\n\`\`\`text`,
  );
  // The planner folds meridian_unaccent($1) into a constant by running the function once: skip those one-line plans.
  for (const plan of plans.filter((text) => !text.includes("SELECT public.unaccent('public.unaccent'"))) {
    console.log(plan.replace(/^duration: [\d.]+ ms {2}plan:\n/, ''));
  }
  console.log('```');
}

await db.$disconnect();
await explainDb.$disconnect();
