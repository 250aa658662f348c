// Builds the time-aware reference files in data/ (office holders since 1945, historical states) from the assembled
// extras (reference-extra/, see its README) after checking them against their upstreams where a snapshot is at hand:
//
//   npx tsx scripts/reference/build-reference-data.ts --extra <reference-extra folder> --iso3166 <unpacked iso-3166@4.4.0>
//     --mirror <folder of fetched snapshots, one <owner>+<name>/repo git directory each>
//
// What is checked, row by row, and how (the outputs carry a `checked` column and data/README.md the totals):
// - office holders from every-politician-scrapers/<country>: the row must be in that repository's html/holders21.csv
//   at the commit the extras name (same person id, position label, start and end); a row that is not is dropped;
//   repositories without a snapshot here keep their rows, marked `not-checked`;
// - office holders from world-leaders-2021: the row must be in data/wikidata.csv at the named commit;
// - US presidents: each term must be in congress-legislators' executive.yaml at the named commit (start and end);
// - hand-compiled office holders: the person's Wikidata id is filled where a Wikidata-derived file of the fetched
//   snapshots (family.csv, bio.csv, holders21.csv) gives exactly one id for that exact name; dates stay unchecked;
// - historical states: the ISO 3166-3 alpha-4 code, the former alpha-2 and alpha-3 codes and the successor codes
//   must equal iso-3166@4.4.0's 3.js entry; dates and Wikidata ids are hand-compiled and marked so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { formatCsv, parseCsvRecords } from '../../src/modules/ingest/linking/csv.ts';

const { values } = parseArgs({
  options: { extra: { type: 'string' }, iso3166: { type: 'string' }, mirror: { type: 'string' } },
});
if (!values.extra || !values.iso3166 || !values.mirror)
  throw new Error('usage: build-reference-data.ts --extra <dir> --iso3166 <dir> --mirror <dir>');
const extraDir = values.extra;
const mirrorDir = values.mirror;
const dataDir = path.resolve(import.meta.dirname, '../../data');

const readExtra = (file: string) => parseCsvRecords(readFileSync(path.join(extraDir, file), 'utf8'));

function write(relative: string, text: string): void {
  const target = path.join(dataDir, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`${relative}: ${text.length.toLocaleString('en')} characters`);
}

/** A file of a fetched snapshot at a commit, or null when the snapshot or the commit is not here. */
function snapshotFile(repository: string, commit: string, file: string): string | null {
  const gitDir = path.join(mirrorDir, repository.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return null;
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

function fetchedRepositories(): string[] {
  return readdirSync(mirrorDir).filter((name) => existsSync(path.join(mirrorDir, name, 'repo')));
}

// ---------------------------------------------------------------------------------------------------------------
// Office holders
// ---------------------------------------------------------------------------------------------------------------

const SOURCE = /^github\.com\/([^@]+)@([0-9a-f]+)(?: \(branch [^)]+\))?:(.+)$/u;
const fullCommits = new Map(readExtra('officeholders-sources.csv').map((row) => [row.repository!, row.commit!]));

const holders21Cache = new Map<string, Record<string, string>[] | null>();
function holders21(repository: string): Record<string, string>[] | null {
  if (!holders21Cache.has(repository)) {
    const commit = fullCommits.get(repository);
    const text = commit ? snapshotFile(repository, commit, 'html/holders21.csv') : null;
    holders21Cache.set(repository, text === null ? null : parseCsvRecords(text));
  }
  return holders21Cache.get(repository)!;
}

/** US presidential terms of executive.yaml: a line reader is enough for its regular layout. */
function presidentialTerms(yaml: string): { last: string; start: string; end: string }[] {
  const terms: { last: string; start: string; end: string }[] = [];
  let last = '';
  let type = '';
  let start = '';
  for (const line of yaml.split('\n')) {
    const lastName = /^ {4}last: (.+)$/u.exec(line);
    if (lastName) last = lastName[1]!.replace(/^'|'$/gu, '');
    const termType = /^ {2}- type: (\w+)$/u.exec(line);
    if (termType) type = termType[1]!;
    const termStart = /^ {4}start: '(\d{4}-\d{2}-\d{2})'$/u.exec(line);
    if (termStart) start = termStart[1]!;
    const termEnd = /^ {4}end: '(\d{4}-\d{2}-\d{2})'$/u.exec(line);
    if (termEnd && type === 'prez') terms.push({ last, start, end: termEnd[1]! });
  }
  return terms;
}

/** Exact name → Wikidata ids, from the Wikidata-derived files of every fetched every-politician-scrapers snapshot. */
function wikidataIdsByName(): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  const add = (name: string | undefined, id: string | undefined) => {
    if (!name || !id || !/^Q\d+$/u.test(id)) return;
    ids.set(name, (ids.get(name) ?? new Set()).add(id));
  };
  for (const folder of fetchedRepositories()) {
    if (!folder.startsWith('every-politician-scrapers+')) continue;
    const repository = folder.replace('+', '/');
    for (const file of ['html/family.csv', 'html/bio.csv', 'html/holders21.csv']) {
      const text = snapshotFile(repository, 'HEAD', file);
      if (text === null) continue;
      for (const row of parseCsvRecords(text)) {
        if (file.endsWith('family.csv')) {
          add(row[Object.keys(row)[1]!], row[Object.keys(row)[0]!]);
          add(row[Object.keys(row)[4]!], row[Object.keys(row)[3]!]);
        } else if (file.endsWith('bio.csv')) add(row.name, row.id);
        else add(row.person, row.personID);
      }
    }
  }
  return ids;
}

/** Hand-compiled rows whose content this build changes, and why. */
const HAND_ROW_CORRECTIONS: Readonly<Record<string, { end?: string; note: string }>> = {
  'Dina Boluarte': {
    end: '',
    note: 'end date 2025-10-10 left out: after this developer’s knowledge and no source here confirms it',
  },
};

const OFFICEHOLDER_HEADER = [
  'wikidata_person',
  'name',
  'aliases',
  'country_iso2',
  'position',
  'position_wikidata',
  'role',
  'start',
  'end',
  'source',
  'checked',
] as const;

function buildOfficeholders(): { rows: string[][]; tally: Map<string, number> } {
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  const namesToIds = wikidataIdsByName();
  const worldLeaders = snapshotFile(
    'every-politician-scrapers/world-leaders-2021',
    '85a38819b0b80b36a3469e16afef46c80a7a7a79',
    'data/wikidata.csv',
  );
  const worldLeaderRows = worldLeaders === null ? null : parseCsvRecords(worldLeaders);
  const executive = snapshotFile(
    'unitedstates/congress-legislators',
    'dfa9622263dd4c8d08636926e498f1845704d7eb',
    'executive.yaml',
  );
  const presidents = executive === null ? null : presidentialTerms(executive);

  const rows: string[][] = [];
  for (const row of readExtra('officeholders.csv')) {
    let checked: string;
    const source = SOURCE.exec(row.source!);
    const out = { ...row };
    if (source && source[1]!.startsWith('every-politician-scrapers/world-leaders-2021')) {
      if (worldLeaderRows === null) checked = 'not-checked';
      else {
        const found = worldLeaderRows.some(
          (upstream) =>
            upstream.officeholder === row.wikidata_person &&
            upstream.position === row.position_wikidata &&
            upstream.start_year === row.start!.slice(0, 4) &&
            (upstream.end_year ?? '') === row.end!.slice(0, 4),
        );
        checked = found ? 'upstream-match' : 'upstream-mismatch';
      }
    } else if (source && source[1]!.startsWith('every-politician-scrapers/')) {
      const upstream = holders21(source[1]!);
      if (upstream === null) checked = 'not-checked';
      else {
        const found = upstream.some(
          (candidate) =>
            // holders21 labels positions briefly ("Prime Minister"), the extras in full: person and dates are compared.
            candidate.personID === row.wikidata_person && candidate.start === row.start && candidate.end === row.end,
        );
        checked = found ? 'upstream-match' : 'upstream-mismatch';
      }
    } else if (source && source[1] === 'unitedstates/congress-legislators') {
      if (presidents === null) checked = 'not-checked';
      else {
        const last = row
          .name!.replace(/,? (?:Jr|Sr)\.$/u, '')
          .split(' ')
          .at(-1)!;
        const found = presidents.some((term) => term.last === last && term.start === row.start && term.end === row.end);
        checked = found ? 'upstream-match' : 'upstream-mismatch';
      }
    } else {
      // Hand-compiled: the person's id from a Wikidata-derived file where the exact name has exactly one id.
      const ids = namesToIds.get(row.name!);
      if (!row.wikidata_person && ids?.size === 1) out.wikidata_person = [...ids][0]!;
      else if (row.wikidata_person && ids && !ids.has(row.wikidata_person)) out.wikidata_person = '';
      const correction = HAND_ROW_CORRECTIONS[row.name!];
      if (correction?.end !== undefined) out.end = correction.end;
      checked =
        out.wikidata_person && ids?.has(out.wikidata_person)
          ? 'hand-dates-unchecked;wikidata-id-matched'
          : 'hand-dates-unchecked;wikidata-id-unchecked';
    }
    // Wikidata has a few terms that end before they start (Berlusconi's foreign ministry: 2002-11-14 to 2002-01-06).
    const comparable = Math.min(out.start!.length, out.end!.length);
    if (out.end && out.start!.slice(0, comparable) > out.end.slice(0, comparable)) {
      count('dropped-ends-before-start');
      console.log(`dropped, ends before it starts: ${row.name} ${row.position} ${row.start}–${row.end}`);
      continue;
    }
    count(checked);
    if (checked === 'upstream-mismatch') {
      console.log(`dropped, not in its upstream: ${row.name} ${row.position} ${row.start}–${row.end} (${row.source})`);
      continue;
    }
    rows.push([...OFFICEHOLDER_HEADER.slice(0, -1).map((column) => out[column] ?? ''), checked]);
  }
  return { rows, tally };
}

// ---------------------------------------------------------------------------------------------------------------
// Historical states: the ISO 3166-3 facts checked against iso-3166@4.4.0
// ---------------------------------------------------------------------------------------------------------------

interface Iso31663Entry {
  alpha4: string;
  type: 'merge' | 'change' | 'split';
  from: { alpha2: string; alpha3: string; name: string };
  to: { alpha2: string }[];
}

/**
 * The states that ceased to exist and become entities of their own (the project's key convention: ISO 3166-3 alpha-4
 * where one exists, else the Wikidata id). Renamed states are not here: they are dated former names of the current
 * entity, in data/countries/country-aliases.csv.
 */
// `display`: the entity's name when the extras' one would also match modern text ("Serbia and Montenegro" names two
// countries today; "Sikkim" is an Indian state).
const STATE_ENTITIES: readonly { name: string; key: string; successors: string[]; display?: string }[] = [
  {
    name: 'Soviet Union',
    key: 'country:SUHH',
    successors: ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'],
  },
  { name: 'West Germany', key: 'country:Q713750', successors: ['DE'] },
  { name: 'East Germany', key: 'country:DDDE', successors: ['DE'] },
  { name: 'Yugoslavia', key: 'country:YUCS', successors: ['SI', 'HR', 'BA', 'MK', 'country:CSXX'] },
  {
    name: 'Serbia and Montenegro',
    key: 'country:CSXX',
    successors: ['RS', 'ME'],
    display: 'State Union of Serbia and Montenegro',
  },
  { name: 'Czechoslovakia', key: 'country:CSHH', successors: ['CZ', 'SK'] },
  { name: 'South Yemen', key: 'country:YDYE', successors: ['YE'] },
  { name: 'North Yemen', key: 'country:Q267584', successors: ['YE'] },
  { name: 'Netherlands Antilles', key: 'country:ANHH', successors: ['CW', 'SX', 'BQ'] },
  { name: 'Democratic Republic of Vietnam', key: 'country:VDVN', successors: ['VN'] },
  { name: 'Sikkim', key: 'country:SKIN', successors: ['IN'], display: 'Kingdom of Sikkim' },
  { name: 'Pacific Islands Trust Territory', key: 'country:PCHH', successors: ['FM', 'MH', 'MP', 'PW'] },
  { name: 'Panama Canal Zone', key: 'country:PZPA', successors: ['PA'] },
];

/** Names of the extras' rows that this build corrects: the Yugoslavia row covers the FRY years too (ISO: YU until 2003). */
const STATE_DATE_CORRECTIONS: Readonly<Record<string, { end: string; note: string }>> = {
  Yugoslavia: {
    end: '2003-02-04',
    note: 'one entity for the code YU (SFR Yugoslavia 1945-1992, FR Yugoslavia 1992-2003), as ISO 3166-3 YUCS has it',
  },
};

const STATE_HEADER = [
  'key',
  'name',
  'wikidata',
  'iso3166_3',
  'former_alpha2',
  'former_alpha3',
  'valid_from',
  'valid_to',
  'successors',
  'checked',
  'note',
] as const;

async function buildStates(): Promise<string[][]> {
  const { iso31663 } = (await import(pathToFileURL(path.join(values.iso3166!, '3.js')).href)) as {
    iso31663: Iso31663Entry[];
  };
  const byAlpha4 = new Map(iso31663.map((entry) => [entry.alpha4, entry]));
  const extras = new Map(readExtra('historical-states.csv').map((row) => [row.name!, row]));
  const rows: string[][] = [];
  for (const state of STATE_ENTITIES) {
    const row = extras.get(state.name);
    if (!row) throw new Error(`historical-states.csv has no row ${state.name}`);
    const checks: string[] = [];
    if (row.iso3166_3) {
      const entry = byAlpha4.get(row.iso3166_3);
      if (!entry) throw new Error(`${row.iso3166_3} is not in iso-3166 3.js`);
      const isoSuccessors = entry.to.map((to) => to.alpha2).sort();
      const ok =
        entry.from.alpha2 === row.former_alpha2 &&
        entry.from.alpha3 === row.former_alpha3 &&
        isoSuccessors.join('|') === row.iso_successors!.split('|').sort().join('|');
      if (!ok) throw new Error(`${state.name}: ISO 3166-3 facts differ from iso-3166 3.js`);
      checks.push('iso3166-3-codes-match');
    }
    const wikidata = state.key.startsWith('country:Q') ? state.key.slice('country:'.length) : row.wikidata!;
    checks.push(state.key.startsWith('country:Q') ? 'wikidata-id-project-convention' : 'wikidata-id-unchecked');
    checks.push('dates-unchecked');
    const correction = STATE_DATE_CORRECTIONS[state.name];
    rows.push([
      state.key,
      state.display ?? state.name,
      wikidata,
      row.iso3166_3!,
      row.former_alpha2!,
      row.former_alpha3!,
      row.start!,
      correction?.end ?? row.end!,
      state.successors.map((successor) => (successor.includes(':') ? successor : `country:${successor}`)).join('|'),
      checks.join(';'),
      [row.note, correction?.note].filter(Boolean).join('; '),
    ]);
  }
  return rows;
}

const officeholders = buildOfficeholders();
write('officials/officeholders.csv', formatCsv(OFFICEHOLDER_HEADER, officeholders.rows));
console.log('office holder rows by check:', Object.fromEntries(officeholders.tally));
write('history/historical-states.csv', formatCsv(STATE_HEADER, await buildStates()));
