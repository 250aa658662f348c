// Builds data/officials/ministers_holders21_2022.csv — the cabinet ministers other than the heads of state and
// government, foreign and finance ministers and central-bank governors that officeholders.csv already holds (defence,
// interior, justice, health, trade, …, and deputy prime ministers) — from the same every-politician-scrapers
// repositories and commits officeholders.csv was built from (officeholders-sources.csv): html/holders21.csv, Wikidata
// query results (CC0, see data/officials/SOURCE.upstream.txt), every holder since 2000 of the positions each tracked.
//
//   npx tsx scripts/reference/build-cabinet-data.ts --mirror <folder of fetched snapshots, <owner>+<name>/repo each>
//
// A repository without a snapshot at its commit is skipped and named. The US is left out: us_cabinet_21c_2022-08.csv
// is the same file of us-cabinet.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { formatCsv, parseCsvRecords } from '../../src/modules/ingest/linking/csv.ts';

const { values } = parseArgs({ options: { mirror: { type: 'string' } } });
if (!values.mirror) throw new Error('usage: build-cabinet-data.ts --mirror <dir>');
const dataDir = path.resolve(import.meta.dirname, '../../data/officials');
const read = (file: string) => parseCsvRecords(readFileSync(path.join(dataDir, file), 'utf8'));

/** Ministers and their cabinet-rank equivalents, by the English position label. */
const MINISTER =
  /^(?:Minister\b|(?:First |Second )?Deputy Prime Minister\b|Vice[- ]Premier\b|Attorney[- ]General\b|Home Secretary\b|Defence Secretary\b|Lord Chancellor\b)/iu;
/**
 * Junior and non-cabinet posts the labels above also cover: deputy and vice ministers, ministers of state and
 * ministers-delegate, parliamentary and permanent secretaries, state secretaries, chief ministers of a state or
 * province.
 */
const NOT_CABINET =
  /\b(?:Deputy Minister|Vice[- ]Minister|Ministers? of State|Minister[- ]Delegate|Delegate Minister|Junior|Assistant|Under[- ]?Secretary|Parliamentary|Shadow|Permanent|ambassador|Chief Minister|State Secretary|Deputy Attorney|Solicitor)\b/iu;

/**
 * Where the ministers are secretaries: "Secretary of State for …" in the UK and San Marino, "Secretary of …" in the
 * presidential cabinets of Mexico, the Philippines, Kenya, Honduras and Micronesia. Elsewhere a "Secretary of State"
 * is a junior post (Spain, France).
 */
const SECRETARIES = new Set(['GB', 'SM', 'MX', 'PH', 'KE', 'HN', 'FM']);

function isCabinetMinister(position: string, country: string): boolean {
  if (NOT_CABINET.test(position)) return false;
  if (/^(?:Cabinet )?Secretary (?:of|for)\b/iu.test(position)) return SECRETARIES.has(country);
  return MINISTER.test(position);
}

/** A Wikipedia title without its disambiguation ("Tom Watson (politician, born 1967)" → "Tom Watson"). */
const titleName = (title: string) => title.replace(/\s*\([^)]*\)$/u, '');

// Rows officeholders.csv holds already (the same holders21 row: person, start and end).
const known = new Set(read('officeholders.csv').map((row) => `${row.wikidata_person}|${row.start}|${row.end}`));

const HEADER = [
  'wikidata_person',
  'name',
  'aliases',
  'country_iso2',
  'position',
  'role',
  'start',
  'end',
  'repository',
] as const;
const rows: string[][] = [];
const missing: string[] = [];
let repositories = 0;
for (const source of read('officeholders-sources.csv')) {
  const repository = source.repository!;
  const country = source.country_iso2!;
  if (repository === 'every-politician-scrapers/us-cabinet' || country === '') continue;
  const gitDir = path.join(values.mirror, repository.replace('/', '+'), 'repo');
  let text: string;
  try {
    text = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${source.path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    missing.push(repository);
    continue;
  }
  repositories += 1;
  for (const row of parseCsvRecords(text)) {
    const person = row.personID ?? '';
    const name = row.person ?? '';
    if (!/^Q\d+$/u.test(person) || name === '' || /^Q\d+$/u.test(name)) continue;
    if (!isCabinetMinister(row.position!, country)) continue;
    const start = row.start ?? '';
    const end = row.end ?? '';
    if (known.has(`${person}|${start}|${end}`)) continue;
    // Wikidata has a few terms that end before they start.
    const comparable = Math.min(start.length, end.length);
    if (end && start.slice(0, comparable) > end.slice(0, comparable)) continue;
    const enwiki = row.enwiki ? titleName(row.enwiki) : '';
    rows.push([
      person,
      name,
      enwiki && enwiki !== name ? enwiki : '',
      country,
      row.position!,
      'minister',
      start,
      end,
      // The name under every-politician-scrapers/ only: its commit and path are its officeholders-sources.csv row
      // (a full "github.com/…@commit:path" on each of 15,000 rows took the file over the 2 MiB limit).
      repository.replace(/^every-politician-scrapers\//u, ''),
    ]);
  }
}
const unique = [...new Map(rows.map((row) => [row.join('|'), row])).values()];
unique.sort((a, b) => a[3]!.localeCompare(b[3]!) || a[1]!.localeCompare(b[1]!) || a[6]!.localeCompare(b[6]!));
writeFileSync(path.join(dataDir, 'ministers_holders21_2022.csv'), formatCsv(HEADER, unique));
console.log(
  `${repositories} repositories read, ${missing.length} without a snapshot (${missing.join(', ')}); ` +
    `${unique.length} rows, ${new Set(unique.map((row) => row[0])).size} people`,
);
