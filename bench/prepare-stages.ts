// Per-stage CPU of prepare() on an NDJSON file: each stage timed alone over every line, in CPU time (process.cpuUsage).
// The last line gives each stage's best round.
//   node --import tsx bench/prepare-stages.ts /tmp/a2000.ndjson [--rounds 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentHash } from '../src/lib/text.ts';
import { extractClaims } from '../src/modules/ingest/claims/claims-extractor.ts';
import { minHashSignature } from '../src/modules/ingest/dedup/near-duplicate.ts';
import { buildLinker } from '../src/modules/ingest/linking/gazetteer-cache.ts';
import { stripBoilerplate } from '../src/modules/ingest/text/boilerplate.ts';
import { splitDateline } from '../src/modules/ingest/text/datelines.ts';
import { detectLanguage } from '../src/modules/ingest/text/language.ts';
import { htmlToParagraphs, joinParagraphs, normaliseParagraphs } from '../src/modules/ingest/text/normalise.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' } },
});
const lines = readFileSync(positionals[0]!, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as { body: string; title: string; language?: string; bodyFormat?: string });
const linker = buildLinker([]);
const HTML_TAG =
  /<\/?(?:p|div|br|span|a|html|body|article|section|h[1-6]|ul|ol|li|em|strong|b|i|blockquote|table|script|style)\b[^>]*>/iu;
const isHtml = lines.map((line) =>
  line.bodyFormat === 'auto' || line.bodyFormat === undefined ? HTML_TAG.test(line.body) : line.bodyFormat === 'html',
);
const paragraphs = lines.map((line, index) =>
  isHtml[index] ? htmlToParagraphs(line.body) : normaliseParagraphs(line.body),
);
const bodies = paragraphs.map((p) => joinParagraphs(splitDateline(stripBoilerplate(p).paragraphs).paragraphs));
const mentions = bodies.map((body, index) =>
  linker.link(body, { language: lines[index]!.language ?? null, ner: false }),
);
const stages: [string, (index: number) => unknown][] = [
  ['htmlToParagraphs (html lines)', (i) => (isHtml[i] ? htmlToParagraphs(lines[i]!.body) : null)],
  [
    'normaliseParagraphs (text lines + titles)',
    (i) => (isHtml[i] ? normaliseParagraphs(lines[i]!.title) : normaliseParagraphs(lines[i]!.body)),
  ],
  ['stripBoilerplate', (i) => stripBoilerplate(paragraphs[i]!)],
  ['detectLanguage (no language)', (i) => (lines[i]!.language ? null : detectLanguage(bodies[i]!))],
  ['minHashSignature', (i) => minHashSignature(bodies[i]!)],
  ['contentHash', (i) => contentHash(bodies[i]!)],
  ['link', (i) => linker.link(bodies[i]!, { language: lines[i]!.language ?? null, ner: false })],
  ['extractClaims', (i) => extractClaims(bodies[i]!, mentions[i]!)],
];
const best = new Map<string, number>();
for (let round = 0; round < Number(values.rounds); round += 1) {
  const out: string[] = [];
  for (const [name, stage] of stages) {
    // CPU time of this process, not wall time: the machine is shared, and waiting for a core is not the stage's cost.
    const started = process.cpuUsage();
    for (let i = 0; i < lines.length; i += 1) stage(i);
    const used = process.cpuUsage(started);
    const perLine = (used.user + used.system) / 1000 / lines.length;
    best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, perLine));
    out.push(`${name} ${perLine.toFixed(3)}`);
  }
  console.log(`round ${round + 1}: ${out.join(' | ')}`);
}
console.log(`best: ${[...best].map(([name, perLine]) => `${name} ${perLine.toFixed(3)}`).join(' | ')}`);
