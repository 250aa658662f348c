/**
 * Merges annotations written in a side file into the gold files (dev/heldout, English and Spanish), then
 * writes their mentions.
 *
 *   npx tsx scripts/gold/apply-annotations.ts annotations.json
 *
 * annotations.json: { "<doc id>": { "entities": [...], "status": "annotated", "notMentions"?: [...],
 * "notes"?: "...", "dateline"?: {place, date, agency} }, ... } — `dateline` when the annotator reads a
 * place (or agency) in the article's dateline that the extraction could not. Flags from the mention
 * expansion are printed for the annotator to check.
 */
import { readFileSync } from 'node:fs';
import { expandDocument } from './expand-mentions.js';
import { GOLD_FILES, type GoldDocument, readSplit, writeSplit } from './lib.js';

type Patch = Pick<GoldDocument, 'entities' | 'status'> &
  Partial<Pick<GoldDocument, 'notMentions' | 'notes' | 'dateline'>>;
const patches = Object.assign(
  {},
  ...process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, Patch>),
) as Record<string, Patch>;
const seen = new Set<string>();
for (const { split, language } of GOLD_FILES) {
  const docs = readSplit(split, language);
  for (const doc of docs) {
    const p = patches[doc.id];
    if (!p) continue;
    seen.add(doc.id);
    doc.entities = p.entities;
    doc.status = p.status;
    if (p.notMentions) doc.notMentions = p.notMentions;
    // the annotator's notes add to the extraction's (which may carry licence evidence), never replace them; applying
    // the same side file again leaves them as they are
    if (p.notes !== undefined && !doc.notes?.includes(p.notes))
      doc.notes = doc.notes && !p.notes.includes(doc.notes) ? `${doc.notes} ${p.notes}` : p.notes;
    if (p.dateline !== undefined) doc.dateline = p.dateline;
    const { mentions, flags } = expandDocument(doc);
    doc.mentions = mentions;
    console.log(`${doc.id} (${split}): ${doc.entities.length} entities, ${mentions.length} mentions`);
    for (const f of flags) console.log(`  ${f}`);
  }
  writeSplit(split, docs, language);
}
for (const id of Object.keys(patches)) if (!seen.has(id)) console.log(`unknown document id: ${id}`);
