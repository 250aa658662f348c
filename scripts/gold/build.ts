/**
 * Merges extracted raw documents (a JSON array, e.g. the output of an extract-* script) into
 * dev.json / heldout.json. The split comes from the hash of the id; documents already present keep
 * their annotations (only raw ones are refreshed with the extracted text).
 *
 *   npx tsx scripts/gold/extract-wikinews-vanatteveldt.ts <git-dir> > /tmp/en.json
 *   npx tsx scripts/gold/build.ts /tmp/en.json
 */
import { readFileSync } from 'node:fs';
import { type GoldDocument, readSplit, SPLITS, splitFor, writeSplit } from './lib.js';

const incoming = process.argv.slice(2).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as GoldDocument[]);
let added = 0;
let kept = 0;
for (const split of SPLITS) {
  const docs = readSplit(split);
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const d of incoming) {
    if (splitFor(d.id) !== split) continue;
    d.split = split;
    const old = byId.get(d.id);
    if (old && old.status !== 'raw') {
      kept++;
      continue;
    }
    if (!old) added++;
    byId.set(d.id, d);
  }
  writeSplit(split, [...byId.values()]);
}
console.log(`${added} added, ${kept} annotated document(s) left untouched`);
