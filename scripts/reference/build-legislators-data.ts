// Builds data/officials/legislators/<repository>.csv — members of national and regional legislatures (the UK Commons
// and Lords, the Scottish Parliament, Hong Kong's Legislative Council, the Philippine Congress, the parliaments of
// Australia, Canada, India, Ireland, New Zealand, South Africa, Israel, Japan, France, Poland, Ukraine, Greece and the
// legislatures of their states and provinces that Wikidata lists) and the executives of two regional governments (Hong
// Kong's Chief Executive and principal officials, Scotland's First Minister and ministers) — from the
// every-politician-scrapers repositories and commits of data/officials/legislators-sources.csv: html/legislators.csv
// and html/holders21.csv, Wikidata query results (CC0, see data/officials/SOURCE.upstream.txt). One file per
// repository keeps each under the 2 MiB limit.
//
//   npx tsx scripts/reference/build-legislators-data.ts --mirror <folder of fetched snapshots, <owner>+<name>/repo each>
//
// A repository without a snapshot at its commit fails the build (the file must say what it was built from). National
// cabinets are not read here: ministers_holders21_2022.csv holds them (build-cabinet-data.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { formatCsv, parseCsvRecords } from '../../src/modules/ingest/linking/csv.ts';

const { values } = parseArgs({ options: { mirror: { type: 'string' } } });
if (!values.mirror) throw new Error('usage: build-legislators-data.ts --mirror <dir>');
const dataDir = path.resolve(import.meta.dirname, '../../data/officials');
const read = (file: string) => parseCsvRecords(readFileSync(path.join(dataDir, file), 'utf8'));

/** Seats held since 1945 only, like the other officials files. */
const SINCE = '1945';
/** Deputies, under-secretaries and junior posts of the regional executives: not named in the news by office. */
const JUNIOR = /\b(?:Deputy|Under|Junior|Assistant|Parliamentary|Permanent)\b/iu;

/** A Wikipedia title without its disambiguation ("Tom Watson (Labour politician)" → "Tom Watson"). */
const titleName = (title: string) => title.replace(/\s*\([^)]*\)$/u, '');

const HEADER = [
  'wikidata_person',
  'name',
  'aliases',
  'ambiguous_name',
  'country_iso2',
  'position',
  'role',
  'start',
  'end',
] as const;
const outputDir = path.join(dataDir, 'legislators');
mkdirSync(outputDir, { recursive: true });
const tally: string[] = [];
for (const source of read('legislators-sources.csv')) {
  const rows: string[][] = [];
  const repository = source.repository!;
  const gitDir = path.join(values.mirror, repository.replace('/', '+'), 'repo');
  for (const file of source.files!.split('|')) {
    const text = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const role = file === 'html/legislators.csv' ? 'legislator' : 'minister';
    for (const row of parseCsvRecords(text)) {
      const person = row.personID ?? '';
      const name = row.person ?? '';
      if (!/^Q\d+$/u.test(person) || name === '' || /^Q\d+$/u.test(name)) continue;
      const start = row.start ?? '';
      const end = row.end ?? '';
      if (end !== '' && end.slice(0, 4) < SINCE) continue;
      if (start === '' && end === '') continue;
      // Wikidata has a few terms that end before they start.
      const comparable = Math.min(start.length, end.length);
      if (end && start.slice(0, comparable) > end.slice(0, comparable)) continue;
      if (role === 'minister' && JUNIOR.test(row.position!)) continue;
      const enwiki = row.enwiki ?? '';
      const title = enwiki ? titleName(enwiki) : '';
      rows.push([
        person,
        name,
        title && title !== name ? title : '',
        // Wikipedia disambiguates the name: another notable person has it.
        enwiki !== title ? 'y' : '',
        source.country_iso2!,
        // "First Minister" of the Scottish Government: the office's government where the position does not name it.
        role === 'minister' && source.government ? `${row.position!} (${source.government})` : row.position!,
        role,
        start,
        end,
      ]);
    }
  }
  const unique = [...new Map(rows.map((row) => [row.join('|'), row])).values()];
  unique.sort(
    (a, b) =>
      a[1]!.localeCompare(b[1]!) ||
      a[0]!.localeCompare(b[0]!) ||
      a[7]!.localeCompare(b[7]!) ||
      a[5]!.localeCompare(b[5]!),
  );
  const name = repository.replace(/^every-politician-scrapers\//u, '');
  writeFileSync(path.join(outputDir, `${name}.csv`), formatCsv(HEADER, unique));
  const seats = unique.filter((row) => row[6] === 'legislator').length;
  tally.push(
    `${name} ${seats} seats, ${unique.length - seats} executive posts, ${new Set(unique.map((row) => row[0])).size} people`,
  );
}
console.log(tally.join('\n'));
