/**
 * Writes the `mentions` array of every document that has entities, from the entities' `forms`
 * (name mentions) and `demonyms` (kind "demonym"), in title and body.
 *
 *   npx tsx scripts/gold/expand-mentions.ts [--id <doc id>]... [--dry-run]
 *
 * Rules: word boundaries (no letter or digit on either side); case-sensitive unless the field's
 * text is all-caps or all-lowercase; longest form first; no overlaps (a shorter form inside an
 * accepted longer span is dropped); strings in the document's `notMentions` block any form inside
 * them. Ambiguities are printed for the annotator: one form listed for two entities, and a form
 * occurrence dropped because it lies inside another entity's longer form.
 */
import { GOLD_FILES, type GoldDocument, type Mention, readSplit, utf16ToCodePoint, writeSplit } from './lib.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Candidate {
  form: string;
  ref: string | null; // null = a notMentions blocker
  kind?: 'demonym';
}

export function expandDocument(doc: GoldDocument): { mentions: Mention[]; flags: string[] } {
  const flags: string[] = [];
  const owners = new Map<string, Set<string>>();
  const candidates: Candidate[] = [];
  for (const e of doc.entities) {
    for (const f of e.forms ?? []) candidates.push({ form: f, ref: e.ref });
    for (const f of e.demonyms ?? []) candidates.push({ form: f, ref: e.ref, kind: 'demonym' });
  }
  for (const c of candidates) {
    const set = owners.get(c.form) ?? new Set<string>();
    set.add(c.ref as string);
    owners.set(c.form, set);
  }
  for (const [form, refs] of owners)
    if (refs.size > 1) flags.push(`form "${form}" is listed for ${[...refs].join(', ')} — resolve by hand`);
  for (const b of doc.notMentions ?? []) candidates.push({ form: b, ref: null });
  // longest first (code points), then blockers before entities of equal length
  candidates.sort((a, b) => [...b.form].length - [...a.form].length || (a.ref === null ? -1 : 1));

  const mentions: Mention[] = [];
  for (const field of ['title', 'body'] as const) {
    const text = doc[field];
    const caseless = !/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text);
    const cp = utf16ToCodePoint(text);
    const taken: { start: number; end: number; ref: string | null; form: string }[] = [];
    for (const c of candidates) {
      if (!c.form) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(c.form)}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index as number;
        const end = start + m[0].length;
        const clash = taken.find((t) => start < t.end && t.start < end);
        if (clash) {
          if (clash.ref !== c.ref && c.ref !== null && clash.ref !== null)
            flags.push(
              `${field}@${cp(start)}: "${m[0]}" (${c.ref}) lies inside "${clash.form}" (${clash.ref}) — kept as ${clash.ref}`,
            );
          continue;
        }
        taken.push({ start, end, ref: c.ref, form: c.form });
        if (c.ref === null) continue;
        const mention: Mention = { field, start: cp(start), end: cp(end), surface: m[0], ref: c.ref };
        if (c.kind) mention.kind = c.kind;
        mentions.push(mention);
      }
    }
  }
  for (const e of doc.entities) {
    const n = mentions.filter((m) => m.ref === e.ref).length;
    if (n === 0) flags.push(`${e.ref} (${e.name}) has no mention: check its forms`);
  }
  mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  return { mentions, flags };
}

function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const only = new Set<string>();
  for (let i = 0; i < args.length; i++) if (args[i] === '--id') only.add(args[++i] ?? '');
  let changed = 0;
  let flagged = 0;
  for (const { split, language } of GOLD_FILES) {
    const docs = readSplit(split, language);
    for (const doc of docs) {
      if (only.size && !only.has(doc.id)) continue;
      if (!doc.entities?.length) continue;
      const { mentions, flags } = expandDocument(doc);
      if (JSON.stringify(mentions) !== JSON.stringify(doc.mentions)) changed++;
      doc.mentions = mentions;
      if (flags.length) {
        flagged++;
        console.log(`${doc.id}:`);
        for (const f of flags) console.log(`  ${f}`);
      }
    }
    if (!dryRun) writeSplit(split, docs, language);
  }
  console.log(
    `${changed} document(s) with changed mentions${dryRun ? ' (dry run, nothing written)' : ''}; ${flagged} with flags`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
