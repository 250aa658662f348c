// npm run evaluate:linking — how well ingest links entities, measured two ways:
// 1. The gold corpus (tests/fixtures/linking-gold/: real, openly licensed news, hand-annotated): the whole
//    pipeline per article, precision/recall/F1 per entity type at mention and document level, officials linked to
//    the right reference person, intergovernmental organisations, and the share of junk proposals. Tune on `dev`
//    only; `heldout` is what results are reported on. English (dev.json, heldout.json, with the Peru fixture) and
//    Spanish (dev-es.json, heldout-es.json) are reported separately.
// 2. The Peru fixture and the hand-labelled disambiguation sentences (tests/fixtures/linking-gold.json), mention by
//    mention, with claim-extraction recall against the fixture's curated claims.
//   npm run evaluate:linking -- [--split dev|heldout|all] [--no-ner] [--errors] [--json] [--min-confidence 0.5]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { extractClaims } from '../src/modules/ingest/claims/claims-extractor.ts';
import { createPipelineEvaluator, GOLD_DIR, loadCorpus } from '../src/modules/ingest/evaluate-pipeline.ts';
import { evaluateClaims, evaluateLinking, type GoldFile, type Score } from '../src/modules/ingest/linking/evaluate.ts';
import {
  type CorpusDocument,
  type CorpusReport,
  evaluateCorpus,
  type Rate,
} from '../src/modules/ingest/linking/evaluate-corpus.ts';
import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    'no-ner': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'min-confidence': { type: 'string' },
  },
});
const split = values.split as 'dev' | 'heldout' | 'all';
// The proposal threshold to evaluate (the NER_MIN_CONFIDENCE setting); the default is the server's.
const minProposalConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
if (minProposalConfidence !== undefined && !(minProposalConfidence >= 0 && minProposalConfidence <= 1))
  throw new Error('--min-confidence is a number from 0 to 1');
if (!['dev', 'heldout', 'all'].includes(split)) throw new Error('--split is dev, heldout or all');

const data = loadGazetteerData();
const linker = createLinker(compileGazetteer(data));
const reference = new Map(data.entities.map((entity) => [entity.key, entity]));
const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;
const row = (label: string, s: Score) =>
  `${label.padEnd(18)} P ${percent(s.precision)}  R ${percent(s.recall)}  F1 ${percent(s.f1)}   (${s.truePositives}/${s.gold} gold, ${s.predicted} predicted)`;
const rateRow = (label: string, r: Rate) => `${label.padEnd(40)} ${percent(r.rate)}   (${r.hits}/${r.total})`;

// 1. The corpus: English (loadCorpus reads dev.json / heldout.json and the fixture), then Spanish, each on its own.
/** The annotated Spanish gold documents of a split (dev-es.json, heldout-es.json). */
function loadSpanishCorpus(which: 'dev' | 'heldout' | 'all'): CorpusDocument[] {
  const files = which === 'all' ? ['dev-es', 'heldout-es'] : [`${which}-es`];
  return files.flatMap((name) => {
    const file = path.join(GOLD_DIR, `${name}.json`);
    if (!existsSync(file)) return [];
    return (JSON.parse(readFileSync(file, 'utf8')) as CorpusDocument[]).filter((document) => document.status !== 'raw');
  });
}
const corpora = { en: loadCorpus(split), es: loadSpanishCorpus(split) };
const reports: Record<string, CorpusReport> = {};
for (const [language, documents] of Object.entries(corpora))
  for (const ner of values['no-ner'] ? [false] : [true, false]) {
    if (documents.length === 0) continue;
    const report = evaluateCorpus(
      documents,
      createPipelineEvaluator(linker, reference, { ner, minProposalConfidence }),
    );
    reports[`${language}.${ner ? 'ner' : 'noNer'}`] = report;
    if (values.json) continue;
    const languages = [...new Set(documents.map((document) => document.language))].sort().join(', ');
    console.log(
      `\nCorpus ${language === 'es' ? 'in Spanish' : 'in English'} (${split}), ${ner ? 'with' : 'without'} NER — ${report.documents} documents (${languages})`,
    );
    console.log(' Mention level');
    for (const [type, typeScore] of Object.entries(report.mentions.byType).sort())
      console.log(row(`  ${type}`, typeScore));
    console.log(row('  overall', report.mentions.overall));
    console.log(' Document level (countries named once in passing neither required nor counted against)');
    for (const [type, typeScore] of Object.entries(report.documentLevel.byType).sort())
      console.log(row(`  ${type}`, typeScore));
    console.log(row('  country (strict)', report.countriesStrict));
    console.log(rateRow('  heads of state/government linked', report.officials.headsOfStateOrGovernment));
    console.log(rateRow('  officials of tracked offices linked', report.officials.trackedOffices));
    console.log(rateRow('  officials linked (incl. other officials)', report.officials.all));
    console.log(rateRow('  intergovernmental organisations linked', report.intergovernmental));
    const p = report.proposals;
    const share = (part: number) => percent(p.total === 0 ? 0 : part / p.total);
    console.log(
      `  proposals ${p.total}: usable ${share(p.usable)}, wrong type ${share(p.wrongType)}, title/fragment ${share(
        p.titleOrFragment,
      )}, junk ${share(p.junk)}; sign-off proposed in ${p.signOffDocuments} documents`,
    );
    if (values.errors) {
      for (const error of report.errors)
        console.log(
          `    ${error.level.padEnd(8)} ${error.kind.padEnd(15)} ${error.type.padEnd(12)} ${error.documentId} "${error.surface}" ${error.detail}`,
        );
      for (const example of p.examples)
        console.log(
          `    proposal ${example.verdict.padEnd(17)} ${example.type.padEnd(12)} ${example.documentId} "${example.name}"`,
        );
    }
  }
if (values.json) {
  for (const report of Object.values(reports)) report.errors = [];
  console.log(JSON.stringify({ split, documents: { en: corpora.en.length, es: corpora.es.length }, reports }, null, 1));
  process.exit(0);
}

// 2. The fixture and the disambiguation sentences.
const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../tests/fixtures/linking-gold.json'), 'utf8'),
) as GoldFile;
for (const ner of [true, false]) {
  const report = evaluateLinking(gold.documents, (document) =>
    linker.link(document.text, { language: document.language, ner }),
  );
  console.log(`\nFixture and sentences, ${ner ? 'with' : 'without'} NER — ${gold.documents.length} documents`);
  for (const [type, typeScore] of Object.entries(report.byType).sort()) console.log(row(`  ${type}`, typeScore));
  console.log(row('  overall', report.overall));
  if (ner && values.errors) {
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
if (values.errors) for (const missed of claimReport.missed) console.log(`    missed: ${missed.text}`);
