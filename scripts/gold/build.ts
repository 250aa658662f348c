/**
 * Merges extracted raw documents (a JSON array, e.g. the output of an extract-* script) into
 * dev.json / heldout.json (English) or dev-es.json / heldout-es.json (Spanish). The split comes from the
 * hash of the id, the file from the document's language; documents already present keep their
 * annotations (only raw ones are refreshed with the extracted text).
 *
 *   npx tsx scripts/gold/extract-wikinews-vanatteveldt.ts <git-dir> > /tmp/en.json
 *   npx tsx scripts/gold/build.ts /tmp/en.json
 */
import { readFileSync } from 'node:fs';
import { GOLD_FILES, type GoldDocument, readSplit, splitFor, writeSplit } from './lib.js';

const incoming = process.argv.slice(2).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as GoldDocument[]);
let added = 0;
let kept = 0;
for (const { split, language } of GOLD_FILES) {
  const docs = readSplit(split, language);
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const d of incoming) {
    if (splitFor(d.id) !== split || d.language !== language) continue;
    d.split = split;
    const old = byId.get(d.id);
    if (old && old.status !== 'raw') {
      kept++;
      continue;
    }
    if (!old) added++;
    byId.set(d.id, d);
  }
  writeSplit(split, [...byId.values()], language);
}
console.log(`${added} added, ${kept} annotated document(s) left untouched`);
