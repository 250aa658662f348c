// The CPU side of ingestion on one core: normalise → language → content hash → MinHash → link → claims, per stage and
// end to end, on realistic bodies (the synthetic corpus of bench/corpus: en/es/pt/fr, 300–1,350 words, real
// country, port, organization and official names) or on 1,000-word bodies made of the Peru fixture's sentences.
//
//   npx tsx scripts/bench-linker.ts [--articles 2000] [--source corpus|fixture] [--root DIR] [--rounds 3] [--json]
//
// Rates are articles per CPU-second of this process (see measure), the best of --rounds rounds.
// --root runs the same measurement against another checkout's src/modules/ingest (e.g. an export of main), so a
// before/after ratio can be measured in one session on a shared machine: alternate the two and compare.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createArticleGenerator } from '../bench/corpus/articles.ts';
import { buildWorld } from '../bench/corpus/world.ts';
import { parseFixtureArticle, readFixtureText } from '../src/seed/peru-fixture.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    source: { type: 'string', default: 'corpus' },
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    rounds: { type: 'string', default: '3' },
    'ner-articles': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const articleCount = Number(values.articles);
const rounds = Number(values.rounds);
const nerCount = Number(values['ner-articles'] ?? Math.max(20, Math.floor(articleCount / 10)));
const root = path.resolve(values.root);
const ingest = (name: string) => import(path.join(root, 'src/modules/ingest', name));

const { normaliseText, bodyHash } = (await ingest(
  'text/normalise.ts',
)) as typeof import('../src/modules/ingest/text/normalise.ts');
const { detectLanguage } = (await ingest(
  'text/language.ts',
)) as typeof import('../src/modules/ingest/text/language.ts');
const { minHashSignature } = (await ingest(
  'dedup/near-duplicate.ts',
)) as typeof import('../src/modules/ingest/dedup/near-duplicate.ts');
const { loadGazetteerData } = (await ingest(
  'linking/gazetteer-data.ts',
)) as typeof import('../src/modules/ingest/linking/gazetteer-data.ts');
const { compileGazetteer } = (await ingest(
  'linking/gazetteer.ts',
)) as typeof import('../src/modules/ingest/linking/gazetteer.ts');
const { createLinker } = (await ingest(
  'linking/linker.ts',
)) as typeof import('../src/modules/ingest/linking/linker.ts');
const { extractClaims } = (await ingest(
  'claims/claims-extractor.ts',
)) as typeof import('../src/modules/ingest/claims/claims-extractor.ts');

const built = performance.now();
const linker = createLinker(compileGazetteer(loadGazetteerData()));
const buildSeconds = (performance.now() - built) / 1000;

interface Body {
  text: string;
  language: string;
}

function corpusBodies(count: number): Body[] {
  const generate = createArticleGenerator(buildWorld(1), { seed: 1, articleCount: Math.max(count, 1000) });
  return Array.from({ length: count }, (_, index) => {
    const row = generate(index).article;
    return { text: row[5] as string, language: row[6] as string };
  });
}

function fixtureBodies(count: number): Body[] {
  const words = parseFixtureArticle(readFixtureText()).body.split(/\s+/u);
  // Rotating the word list makes each body different, so nothing is served from a warm cache of identical input.
  return Array.from({ length: Math.min(count, 50) }, (_, index) => {
    const rotated = [...words.slice((index * 13) % words.length), ...words, ...words];
    return { text: rotated.slice(0, 1000).join(' '), language: 'en' };
  });
}

const bodies = values.source === 'fixture' ? fixtureBodies(articleCount) : corpusBodies(articleCount);
const words = bodies.reduce((sum, body) => sum + body.text.split(/\s+/u).length, 0) / bodies.length;
const pick = (index: number) => bodies[index % bodies.length]!;

type Stage = (body: Body) => unknown;
const stages: [string, Stage, number][] = [
  ['normalise', (body) => normaliseText(body.text), articleCount],
  ['language', (body) => detectLanguage(body.text), articleCount],
  ['content hash', (body) => bodyHash(body.text), articleCount],
  ['minhash', (body) => minHashSignature(body.text), articleCount],
  ['link (no NER)', (body) => linker.link(body.text, { language: body.language, ner: false }), articleCount],
  ['link (NER)', (body) => linker.link(body.text, { language: body.language, ner: true }), nerCount],
  [
    'claims',
    (body) => extractClaims(body.text, linker.link(body.text, { language: body.language, ner: false })),
    articleCount,
  ],
];
const pipeline =
  (ner: boolean): Stage =>
  (body) => {
    const text = normaliseText(body.text);
    detectLanguage(text);
    bodyHash(text);
    minHashSignature(text);
    return extractClaims(text, linker.link(text, { language: body.language, ner }));
  };

/**
 * Articles per second of CPU time (user + system, all threads of the process: GC helpers included). On a machine
 * shared with other work, wall time mostly measures the neighbours; CPU time is what one core spends per article.
 */
function measure(stage: Stage, count: number): number {
  const start = process.cpuUsage();
  for (let index = 0; index < count; index += 1) stage(pick(index));
  const used = process.cpuUsage(start);
  return count / ((used.user + used.system) / 1e6);
}

const results = new Map<string, number[]>();
const record = (name: string, rate: number) => results.set(name, [...(results.get(name) ?? []), rate]);
// Warm-up: every stage once over a slice, so the JIT has seen every path before anything is timed.
for (const [, stage] of stages) measure(stage, Math.min(200, articleCount));
for (let round = 0; round < rounds; round += 1) {
  for (const [name, stage, count] of stages) record(name, measure(stage, count));
  record('pipeline (no NER)', measure(pipeline(false), articleCount));
  record('pipeline (NER)', measure(pipeline(true), nerCount));
}
// A stage measured alone includes what it needs: "claims" links first, so its own share is the difference.
const best = (name: string) => Math.max(...results.get(name)!);
const summary = {
  root,
  source: values.source,
  articles: bodies.length,
  averageWords: Math.round(words),
  gazetteerBuildSeconds: Number(buildSeconds.toFixed(2)),
  perCore: Object.fromEntries([...results.keys()].map((name) => [name, Math.round(best(name))])),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (values.json) console.log(JSON.stringify(summary));
else {
  console.log(
    `${root} — ${summary.articles} ${summary.source} bodies of ${summary.averageWords} words on average; gazetteer built in ${summary.gazetteerBuildSeconds} s`,
  );
  for (const [name, rate] of Object.entries(summary.perCore)) {
    console.log(
      `  ${name.padEnd(20)} ${String(rate).padStart(7)} articles/s per core  (${(1000 / rate).toFixed(3)} ms each; best of ${rounds})`,
    );
  }
  console.log(`  peak RSS ${summary.peakRssMb} MB`);
}
