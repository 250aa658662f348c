// `node --expose-gc --import tsx bench/stories.ts --articles 5000 --seed 1`: story assignment measured on the synthetic corpus (bench/corpus),
// whose articles carry the story they belong to (articles.ts, storyOf). The raw articles (bench/import-file.ts) go
// through the real ingest store in corpus order — prepare, then storeBatch in batches of `--batch` (imports), the last
// `--single` one at a time (POST /v1/articles) — into a fresh database. Then:
//   - purity: each found story's largest share of one true story, weighted by size (1 = no story mixes two);
//   - completeness: each true story's largest share in one found story, weighted by size (1 = no story is split);
//   - CPU (process.threadCpuUsage: the main thread, JS and the pg driver) and wall time of the assignment step per article,
//     and EXPLAIN (ANALYZE, BUFFERS) of the candidate query of the last batch.
// `--into URL --from N` instead ingests `--articles` new articles of the same world (corpus articles N, N+1 …) into
// an existing database, e.g. one `npm run corpus -- --articles N` filled: the assignment's cost at that size (purity
// and completeness then count the new articles only).
// Seed 1 is the development corpus the thresholds were tuned on; other seeds are held out. The corpus tests only what
// the generator encodes (see bench/stories-results.md).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import type { BatchClient } from '../src/db/transaction.ts';
import { createGazetteerCache } from '../src/modules/ingest/linking/gazetteer-cache.ts';
import { createIngestRepository } from '../src/modules/ingest/store/ingest.repository.ts';
import { type BatchItem, createIngestService } from '../src/modules/ingest/store/ingest.service.ts';
import { createStoryAssignment, storyTuning } from '../src/modules/stories/stories.assignment.ts';
import { candidateSql, createStoryRepository } from '../src/modules/stories/stories.repository.ts';
import { createArticleGenerator } from './corpus/articles.ts';
import { tables } from './corpus/tables.ts';
import { buildWorld } from './corpus/world.ts';
import { importLines } from './import-file.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '100' },
    single: { type: 'string', default: '200' },
    'admin-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
    /** Tuning runs on the development corpus: another join threshold than the shipped one. */
    threshold: { type: 'string' },
    into: { type: 'string' },
    from: { type: 'string', default: '0' },
  },
});
const count = Number(values.articles);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const singles = Math.min(Number(values.single), count);
const threshold = values.threshold === undefined ? storyTuning.threshold : Number(values.threshold);
const from = Number(values.from);
let databaseUrl = values.into ?? '';
if (!values.into) {
  const database = `meridian_stories_bench_${seed}_${String(threshold).replace('.', '_')}`;
  const admin = new pg.Client({ connectionString: values['admin-url'] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(values['admin-url']);
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
}
await applyMigrations(databaseUrl);

// Without the in-process push dispatcher and job workers: their polling runs on this thread while the assignment
// awaits its statements, and was counted as the assignment's CPU (4.2 instead of ~1 ms per single article at 100k).
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent', PUSH_IN_PROCESS: 'false' }),
  databaseUrl,
  logger: false,
});
await app.ready();

// The ingest service as src/plugins/services.ts wires it, with the assignment step timed.
const stories = createStoryRepository(app.db);
let lastCandidates: unknown[] | null = null;
const assignment = createStoryAssignment({
  tuning: { ...storyTuning, threshold },
  stories: {
    ...stories,
    candidates: (
      client: BatchClient,
      ...args: Parameters<typeof stories.candidates> extends [unknown, ...infer R] ? R : never
    ) => {
      lastCandidates = args;
      return stories.candidates(client, ...args);
    },
  },
});
// This thread's CPU only (Node ≥ 23.9): V8's concurrent GC threads, busy with the rest of the pipeline's garbage,
// would otherwise be counted in whichever step happens to be running.
const threadCpu = (previous?: NodeJS.CpuUsage): NodeJS.CpuUsage =>
  (process as unknown as { threadCpuUsage: (previous?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage(previous);
const timing = { batched: { cpuMicros: 0, wallMs: 0, articles: 0 }, single: { cpuMicros: 0, wallMs: 0, articles: 0 } };
let phase: keyof typeof timing = 'batched';
const ingestRepository = createIngestRepository(app.db);
const ingest = createIngestService({
  transactions: app.transactions,
  ingest: ingestRepository,
  gazetteer: createGazetteerCache({
    storedEntities: ingestRepository.storedGazetteerEntities,
    fingerprint: ingestRepository.gazetteerFingerprint,
  }),
  nerMinConfidence: 0.9,
  stories: {
    assign: async (client, lines) => {
      const cpu = threadCpu();
      const start = performance.now();
      const result = await assignment.assign(client, lines);
      const used = threadCpu(cpu);
      timing[phase].cpuMicros += used.user + used.system;
      timing[phase].wallMs += performance.now() - start;
      timing[phase].articles += lines.length;
      return result;
    },
    recordCreated: (client) => assignment.recordCreated(client),
  },
});

// The true story of each URL.
const world = buildWorld(seed);
const generate = createArticleGenerator(world, { seed, articleCount: Math.max(from + count, 1000) });
const urlColumn = tables.articles.columns.findIndex(([column]) => column === 'url');
const truth = new Map<string, number>();
for (let index = from; index < from + count; index++) {
  const { article, story } = generate(index);
  truth.set(article[urlColumn] as string, story);
}

const started = performance.now();
let pending: BatchItem[] = [];
let line = 0;
const flush = async () => {
  if (pending.length > 0) await ingest.storeBatch(pending, {});
  pending = [];
};
const singleItems: BatchItem[] = [];
for (const raw of importLines(count, seed, from)) {
  line += 1;
  const item = { line, prepared: await ingest.prepare(JSON.parse(raw), { ner: false }) };
  if (line > count - singles) singleItems.push(item);
  else {
    pending.push(item);
    if (pending.length >= batchSize || line === count - singles) await flush();
  }
  if (line % 1000 === 0) console.error(`[stories] ${line} articles prepared`);
}
// The single articles are prepared first, so the collector's work on prepare's garbage (on V8's helper threads, which
// process.cpuUsage counts) does not land in the assignment's measurements.
(globalThis as { gc?: () => void }).gc?.();
phase = 'single';
for (const item of singleItems) await ingest.storeBatch([item], {});
const ingestSeconds = (performance.now() - started) / 1000;

// Purity and completeness over the stored articles.
const { rows } = await app.sql.query<{ url: string; story: string }>('SELECT url, story_id AS story FROM articles');
const pairs = rows.flatMap((row) => (truth.has(row.url) ? [{ found: row.story, true: truth.get(row.url)! }] : []));
function weightedBest<K, V>(groupBy: (pair: (typeof pairs)[number]) => K, label: (pair: (typeof pairs)[number]) => V) {
  const groups = new Map<K, Map<V, number>>();
  for (const pair of pairs) {
    const inner = groups.get(groupBy(pair)) ?? new Map<V, number>();
    inner.set(label(pair), (inner.get(label(pair)) ?? 0) + 1);
    groups.set(groupBy(pair), inner);
  }
  let best = 0;
  for (const inner of groups.values()) best += Math.max(...inner.values());
  return { score: best / pairs.length, groups: groups.size };
}
const purity = weightedBest(
  (pair) => pair.found,
  (pair) => pair.true,
);
const completeness = weightedBest(
  (pair) => pair.true,
  (pair) => pair.found,
);

// The candidate query of the last batch, as the planner runs it.
let plan: string[] = [];
if (lastCandidates) {
  const explained = await app.sql.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${candidateSql}`,
    lastCandidates as unknown[],
  );
  plan = explained.rows.map((row) => row['QUERY PLAN']);
}
const [sizes] = (
  await app.sql.query<{ stories: number; mentions: number }>(
    'SELECT (SELECT count(*) FROM stories)::int AS stories, (SELECT count(*) FROM mentions)::int AS mentions',
  )
).rows;
await app.close();

const perArticle = (entry: (typeof timing)[keyof typeof timing]) => ({
  articles: entry.articles,
  cpuMsPerArticle: Number((entry.cpuMicros / 1000 / Math.max(entry.articles, 1)).toFixed(3)),
  wallMsPerArticle: Number((entry.wallMs / Math.max(entry.articles, 1)).toFixed(3)),
});
console.log(
  JSON.stringify(
    {
      seed,
      threshold,
      articles: count,
      matched: pairs.length,
      trueStories: completeness.groups,
      foundStories: purity.groups,
      storedStories: sizes?.stories,
      mentions: sizes?.mentions,
      purity: Number(purity.score.toFixed(4)),
      completeness: Number(completeness.score.toFixed(4)),
      assignment: { batched: { batchSize, ...perArticle(timing.batched) }, single: perArticle(timing.single) },
      ingestSeconds: Number(ingestSeconds.toFixed(1)),
      candidatePlan: plan,
    },
    null,
    2,
  ),
);
