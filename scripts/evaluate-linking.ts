// npm run evaluate:linking — linking precision/recall/F1 per entity type and overall, with and without NER, and
// claim-extraction recall against the Peru fixture's curated claims; all from tests/fixtures/linking-gold.json.
// Pass --errors to list every false positive and false negative.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { extractClaims } from '../src/modules/ingest/claims/claims-extractor.ts';
import { evaluateClaims, evaluateLinking, type GoldFile, type Score } from '../src/modules/ingest/linking/evaluate.ts';
import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';

const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../tests/fixtures/linking-gold.json'), 'utf8'),
) as GoldFile;
const linker = createLinker(compileGazetteer(loadGazetteerData()));
const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;
const row = (label: string, s: Score) =>
  `${label.padEnd(18)} P ${percent(s.precision)}  R ${percent(s.recall)}  F1 ${percent(s.f1)}   (${s.truePositives}/${s.gold} gold, ${s.predicted} predicted)`;

for (const ner of [true, false]) {
  const report = evaluateLinking(gold.documents, (document) =>
    linker.link(document.text, { language: document.language, ner }),
  );
  console.log(`\nLinking ${ner ? 'with' : 'without'} NER — ${gold.documents.length} documents`);
  for (const [type, typeScore] of Object.entries(report.byType).sort()) console.log(row(`  ${type}`, typeScore));
  console.log(row('  overall', report.overall));
  if (ner && process.argv.includes('--errors')) {
    for (const error of report.errors)
      console.log(
        `    ${error.kind.padEnd(15)} ${error.documentId} @${error.start} "${error.surface}" ${error.entity}`,
      );
  }
}

const document = gold.documents.find((candidate) => candidate.id === gold.claims.documentId)!;
const claims = extractClaims(document.text, linker.link(document.text, { language: document.language }));
const claimReport = evaluateClaims(gold.claims.items, claims);
console.log(`\nClaims on ${document.id}: ${claimReport.extracted} extracted, ${claimReport.gold} curated`);
console.log(`  recall (overlapping evidence) ${percent(claimReport.recall)}`);
console.log(
  `  recall, quotes + quantities + decisions (${claimReport.inScope} curated) ${percent(claimReport.recallInScope)}`,
);
console.log(`  recall, same kind             ${percent(claimReport.recallSameKind)}`);
console.log(`  quantity recall, value + unit ${percent(claimReport.quantityRecall)}`);
console.log(`  precision (overlaps a curated claim) ${percent(claimReport.precision)}`);
if (process.argv.includes('--errors'))
  for (const missed of claimReport.missed) console.log(`    missed: ${missed.text}`);
