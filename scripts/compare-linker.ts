// Output equivalence of two checkouts of the ingest engine: links (without and with NER), claims and detected
// languages for the gold documents and N corpus articles, counted where they differ. Used to show that a speed change
// changed nothing (see bench/linker-results.md):
//   git archive main src data tests/fixtures bench/corpus | tar -x -C /tmp/before && ln -s $PWD/node_modules /tmp/before/
//   npx tsx scripts/compare-linker.ts --before /tmp/before [--articles 1000] [--ner-every 10]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createArticleGenerator } from '../bench/corpus/articles.ts';
import { buildWorld } from '../bench/corpus/world.ts';
import type { GoldFile } from '../src/modules/ingest/linking/evaluate.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    articles: { type: 'string', default: '1000' },
    'ner-every': { type: 'string', default: '10' },
  },
});
if (!values.before) throw new Error('--before DIR: a checkout (or export) of the engine to compare with');

async function load(root: string) {
  const ingest = (name: string) => import(path.join(path.resolve(root), 'src/modules/ingest', name));
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
  const { detectLanguage } = (await ingest(
    'text/language.ts',
  )) as typeof import('../src/modules/ingest/text/language.ts');
  return { linker: createLinker(compileGazetteer(loadGazetteerData())), extractClaims, detectLanguage };
}

const before = await load(values.before);
const after = await load(values.after);
const articles = Number(values.articles);
const nerEvery = Number(values['ner-every']);
const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../tests/fixtures/linking-gold.json'), 'utf8'),
) as GoldFile;
const documents = gold.documents.map((document) => ({
  id: document.id,
  text: document.text,
  language: document.language,
}));
const generate = createArticleGenerator(buildWorld(1), { seed: 1, articleCount: Math.max(articles, 1000) });
for (let index = 0; index < articles; index += 1) {
  const row = generate(index).article;
  documents.push({ id: `corpus#${index}`, text: row[5] as string, language: row[6] as string });
}

const differences = { links: 0, claims: 0, languages: 0, nerLinks: 0 };
let nerDocuments = 0;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const report = (kind: string, id: string, a: readonly unknown[], b: readonly unknown[]) => {
  const left = new Set(a.map((item) => JSON.stringify(item)));
  const right = new Set(b.map((item) => JSON.stringify(item)));
  console.log(
    `${kind} ${id}: only before ${JSON.stringify([...left].filter((item) => !right.has(item)))}; only after ${JSON.stringify([...right].filter((item) => !left.has(item)))}`,
  );
};
documents.forEach((document, index) => {
  const options = { language: document.language, ner: false };
  const a = before.linker.link(document.text, options);
  const b = after.linker.link(document.text, options);
  if (!same(a, b)) {
    differences.links += 1;
    report('link', document.id, a, b);
  }
  const claimsA = before.extractClaims(document.text, a);
  const claimsB = after.extractClaims(document.text, b);
  if (!same(claimsA, claimsB)) {
    differences.claims += 1;
    report('claims', document.id, claimsA, claimsB);
  }
  if (before.detectLanguage(document.text) !== after.detectLanguage(document.text)) differences.languages += 1;
  if (index < gold.documents.length || index % nerEvery === 0) {
    nerDocuments += 1;
    const nerA = before.linker.link(document.text, { language: document.language });
    const nerB = after.linker.link(document.text, { language: document.language });
    if (!same(nerA, nerB)) {
      differences.nerLinks += 1;
      report('ner', document.id, nerA, nerB);
    }
  }
});
console.log(JSON.stringify({ documents: documents.length, nerDocuments, differences }));
