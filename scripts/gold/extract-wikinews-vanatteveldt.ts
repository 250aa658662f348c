/**
 * Extracts English Wikinews articles (2019–2021) from a snapshot of the public
 * repository vanatteveldt/wikinews (data only: data/wikinews_2019.csv and
 * data/wikinews_2020.csv, CC BY 2.5 — see tests/fixtures/linking-gold/SOURCES.md)
 * into the gold-set document shape, status "raw".
 *
 *   npx tsx scripts/gold/extract-wikinews-vanatteveldt.ts <git-dir-of-snapshot> [commit]
 *
 * It reads the two CSV files with `git show <commit>:<path>`, selects articles
 * deterministically (word count, geopolitical keyword score), assigns splits by
 * hash and prints the documents as JSON on stdout. `scripts/gold/build.ts` merges
 * them into dev.json / heldout.json without touching documents already annotated.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const SOURCE = {
  repo: 'vanatteveldt/wikinews',
  files: ['data/wikinews_2019.csv', 'data/wikinews_2020.csv'],
  outlet: 'Wikinews (English)',
  licence: 'CC BY 2.5',
};

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Paragraphs = the scraped <p> texts, which the CSV separates by blank lines; each is trimmed (spaces, NBSP). */
export function normaliseBody(text: string): string {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export const DATE_LINE =
  /^((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})[ \t\u00a0]*(?:\n|$)/;

export const GEO = [
  'president',
  'prime minister',
  'minister',
  'government',
  'parliament',
  'election',
  'elections',
  'military',
  'troops',
  'army',
  'war',
  'sanctions',
  'trade',
  'tariff',
  'tariffs',
  'treaty',
  'embassy',
  'ambassador',
  'diplomat',
  'diplomatic',
  'protest',
  'protesters',
  'united nations',
  'nato',
  'european union',
  'congress',
  'senate',
  'border',
  'refugees',
  'economy',
  'central bank',
  'oil',
  'opposition',
  'referendum',
  'coup',
  'foreign',
  'international',
  'summit',
  'talks',
  'agreement',
  'deal',
  'vote',
  'party',
  'leader',
  'state department',
  'secretary of state',
  'airstrike',
  'missile',
  'nuclear',
  'conflict',
  'ceasefire',
  'independence',
  'constitution',
];
export const OFF_TOPIC = [
  'football',
  'cricket',
  'tennis',
  'olympic',
  'tournament',
  'championship',
  'league',
  'goal',
  'match',
  'rugby',
  'formula one',
  'grand prix',
  'album',
  'film',
  'species',
  'astronomers',
  'fossil',
  'wrestling',
  'world cup',
  'medal',
  'athlete',
];

export function score(words: string, list: string[]): number {
  let n = 0;
  for (const k of list) if (new RegExp(`\\b${k}\\b`, 'i').test(words)) n++;
  return n;
}

export function splitFor(id: string): 'dev' | 'heldout' {
  const h = createHash('sha256').update(id).digest();
  return h.readUInt32BE(0) % 100 < 35 ? 'heldout' : 'dev';
}

export function main(gitDir: string, commit = 'HEAD') {
  const resolved = execFileSync('git', [`--git-dir=${gitDir}`, 'rev-parse', commit], { encoding: 'utf8' }).trim();
  const docs = [];
  const seen = new Set<string>();
  for (const file of SOURCE.files) {
    const csv = execFileSync('git', [`--git-dir=${gitDir}`, 'show', `${resolved}:${file}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const [header = [], ...rows] = parseCsv(csv);
    const col = (name: string) => header.indexOf(name);
    const get = (r: string[], name: string) => r[col(name)] ?? '';
    for (const r of rows) {
      if (r.length < header.length) continue;
      const url = get(r, 'url').replace('https://en.wikinews.org//wiki/', 'https://en.wikinews.org/wiki/');
      const title = get(r, 'title').trim();
      const date = get(r, 'date').trim();
      const body = normaliseBody(get(r, 'text'));
      const words = body.split(/\s+/).filter(Boolean).length;
      if (words < 150 || words > 1500) continue;
      const text = `${title}\n${body}`;
      const geo = score(text, GEO);
      const off = score(text, OFF_TOPIC);
      if (geo < 1 || off > geo) continue;
      const slugHash = createHash('sha1').update(url).digest('hex').slice(0, 8);
      const id = `wikinews-en-${date.slice(0, 4)}-${slugHash}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const dateLine = body.match(DATE_LINE)?.[1];
      docs.push({
        id,
        split: splitFor(id),
        language: 'en',
        outlet: SOURCE.outlet,
        url,
        licence: SOURCE.licence,
        publishedAt: date,
        title,
        body,
        status: 'raw',
        entities: [],
        mentions: [],
        dateline: dateLine ? { place: null, date: dateLine, agency: null } : null,
        notes: '',
        source: { repository: SOURCE.repo, commit: resolved, path: file },
      });
    }
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, commit] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: npx tsx scripts/gold/extract-wikinews-vanatteveldt.ts <git-dir> [commit]');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(main(gitDir, commit), null, 1)}\n`);
}
