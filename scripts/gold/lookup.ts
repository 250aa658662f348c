/**
 * Looks a person or organisation up in the project's Wikidata-derived reference files, to take a
 * QID from a file rather than from memory.
 *
 *   npx tsx scripts/gold/lookup.ts "Mitsotakis" [--date 2020-01-07]
 *
 * Searches /work/shared/data/reference-extra/officeholders.csv (name, aliases; dates), data/officials/*.csv
 * and data/organizations/organizations.json (name_en, abbreviation_en, name_es), case-insensitively.
 * With --date, officeholder rows whose start/end do not cover the date are marked "(not in office)".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './extract-wikinews-vanatteveldt.js';
import { ROOT } from './lib.js';

const args = process.argv.slice(2);
const di = args.indexOf('--date');
const date = di >= 0 ? args[di + 1] : null;
const query = args
  .filter((_, i) => di < 0 || (i !== di && i !== di + 1))
  .join(' ')
  .toLowerCase();
if (!query) {
  console.error('usage: npx tsx scripts/gold/lookup.ts <name> [--date YYYY-MM-DD]');
  process.exit(2);
}
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const q = fold(query);
const covers = (start: string, end: string) => {
  if (!date) return true;
  const s = start || '0000';
  const e = end || '9999';
  return s.slice(0, date.length) <= date && date.slice(0, e.length) <= e;
};

const files = ['/work/shared/data/reference-extra/officeholders.csv'];
const officials = join(ROOT, 'data', 'officials');
for (const f of readdirSync(officials)) if (f.endsWith('.csv')) files.push(join(officials, f));
for (const file of files) {
  if (!existsSync(file)) continue;
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  for (const r of rows) {
    if (!fold(r.join(' ')).includes(q)) continue;
    const rec = Object.fromEntries(header.map((h, i) => [h, r[i]]));
    const start = rec.start ?? rec.start_year ?? rec.start_date ?? '';
    const end = rec.end ?? rec.end_year ?? rec.end_date ?? '';
    console.log(
      `${file.split('/').slice(-1)[0]}: ${JSON.stringify(rec)}${covers(start, end) ? '' : '  (not in office)'}`,
    );
  }
}
const orgs = JSON.parse(readFileSync(join(ROOT, 'data', 'organizations', 'organizations.json'), 'utf8')) as Record<
  string,
  unknown
>[];
for (const o of orgs) {
  const names = [o.name_en, o.abbreviation_en, o.name_es].filter(Boolean).map((s) => fold(String(s)));
  if (names.some((n) => n.includes(q)))
    console.log(
      `${o.wikidata} ${o.name_en}${o.abbreviation_en ? ` (${o.abbreviation_en})` : ''} — ${o.type}  [organizations.json]`,
    );
}
