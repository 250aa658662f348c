// Builds data/officials/us_congress_legislators.csv — members of the US Congress (senators, representatives,
// delegates, resident commissioners) and vice presidents, with their terms as time-scoped roles — from a fetched
// snapshot of unitedstates/congress-legislators (CC0 1.0, see data/officials/SOURCE.upstream.txt):
//
//   npx tsx scripts/reference/build-congress-data.ts --mirror <folder with unitedstates+congress-legislators/repo>
//
// legislators-historical.yaml is over the snapshot's 4 MiB file limit, so the members come from every committed
// version of legislators-current.yaml (since September 2012): each member's record is taken from the last version
// that lists them, and a member who left before their last term's scheduled end (resigned, died, appointed) ends at
// the first version that no longer lists them. Members who left Congress before September 2012 are therefore not
// here. Vice presidents come from executive.yaml at the same commit (presidents are in officeholders.csv already).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { formatCsv } from '../../src/modules/ingest/linking/csv.ts';

const { values } = parseArgs({ options: { mirror: { type: 'string' } } });
if (!values.mirror) throw new Error('usage: build-congress-data.ts --mirror <dir>');
const gitDir = path.join(values.mirror, 'unitedstates+congress-legislators', 'repo');
const git = (...args: string[]) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Terms ending before this day are left out, like the other officials files (office holders since 1945). */
const SINCE = '1945-01-01';

interface Term {
  type: 'sen' | 'rep' | 'prez' | 'viceprez';
  start: string;
  end: string;
  state?: string;
}
interface Member {
  id: { bioguide?: string; wikidata?: string; wikipedia?: string };
  name: { first: string; middle?: string; last: string; suffix?: string; nickname?: string; official_full?: string };
  terms: Term[];
  leadership_roles?: { title: string; chamber: string; start: string; end?: string }[];
}

const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
  DK: 'Dakota Territory',
  PI: 'the Philippines',
};

function position(term: Term): string {
  const state = STATES[term.state ?? ''] ?? term.state ?? '';
  if (term.type === 'sen') return `United States Senator from ${state}`;
  if (term.state === 'PR' || term.state === 'PI')
    return `Resident Commissioner of ${state} in the U.S. House of Representatives`;
  if (['DC', 'GU', 'VI', 'AS', 'MP'].includes(term.state ?? ''))
    return `Delegate to the U.S. House of Representatives from ${state}`;
  return `Member of the U.S. House of Representatives from ${state}`;
}

/** A YAML scalar as the files write it: plain, 'single-' or "double-quoted". */
function scalar(text: string): string {
  const value = text.trim();
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/gu, "'");
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  return value;
}

/**
 * The people of legislators-current.yaml or executive.yaml, read line by line: the files' layout is regular (a list
 * of records, two-space indents; `id`, `name` and `bio` maps; `terms` and `leadership_roles` lists of maps), so the
 * project needs no YAML parser for it. Only the fields used below are read.
 */
function readPeople(text: string): Member[] {
  const people: Member[] = [];
  let person: Member | null = null;
  let section = '';
  let item: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('- id:')) {
      person = { id: {}, name: { first: '', last: '' }, terms: [] };
      people.push(person);
      section = 'id';
      continue;
    }
    if (!person) continue;
    const top = /^ {2}(\w+):\s*$/u.exec(line);
    if (top) {
      section = top[1]!;
      continue;
    }
    const field = /^ {2}(- | {2})(\w+): ?(.*)$/u.exec(line);
    if (!field) continue;
    const [, marker, key, raw] = field as unknown as [string, string, string, string];
    const value = scalar(raw.replace(/^!!python\/\w+ |^!<tag:yaml\.org,2002:python\/\w+> /u, ''));
    if (value === '~' || value === '') continue;
    if (section === 'id' && (key === 'bioguide' || key === 'wikidata' || key === 'wikipedia')) person.id[key] = value;
    else if (section === 'name' && marker === '  ') (person.name as unknown as Record<string, string>)[key] = value;
    else if (section === 'terms' || section === 'leadership_roles') {
      if (marker === '- ') {
        item = {};
        if (section === 'terms') person.terms.push(item as unknown as Term);
        else {
          person.leadership_roles ??= [];
          person.leadership_roles.push(item as unknown as NonNullable<Member['leadership_roles']>[number]);
        }
      }
      if (item) item[key] = value;
    }
  }
  return people;
}

/** A Wikipedia title without its disambiguation ("John Kennedy (Louisiana politician)" → "John Kennedy"). */
function titleName(title: string | undefined): { name: string; disambiguated: boolean } | null {
  if (!title) return null;
  const match = /^(.*?)\s*\(([^)]*)\)$/u.exec(title);
  return match ? { name: match[1]!, disambiguated: true } : { name: title, disambiguated: false };
}

/** The names a member is written with in the news: the Wikipedia title, the official name, nickname + surname. */
function nameForms(member: Member): { name: string; aliases: string[]; ambiguous: boolean } {
  const { first, middle, last, suffix, nickname, official_full: official } = member.name;
  const title = titleName(member.id.wikipedia);
  const full = official ?? [first, middle, last].filter(Boolean).join(' ');
  const name = title?.name ?? full;
  const forms = new Set<string>([full]);
  if (nickname) forms.add(`${nickname} ${last}`);
  forms.add(`${first} ${last}`);
  if (middle) forms.add(`${first} ${middle} ${last}`);
  if (suffix) for (const form of [...forms]) if (!form.endsWith(suffix)) forms.add(`${form} ${suffix}`);
  // "Joe Manchin, III" is written "Joe Manchin III" as often.
  for (const form of [...forms]) if (form.includes(', ')) forms.add(form.replace(', ', ' '));
  forms.delete(name);
  return {
    name,
    // One-letter first names ("J. French Hill") and forms without a surname do not name anyone by themselves.
    aliases: [...forms].filter((form) => /^\p{L}{2}\S* (?:\S+ )*\p{L}{2}/u.test(form)),
    ambiguous: title?.disambiguated ?? false,
  };
}

/**
 * Consecutive terms in the same chamber and state, one role ("United States Senator from New York", 1999–). Early
 * versions end a term on the day the Congress adjourned (2002-11-22), weeks before the next one opens.
 */
function spans(terms: readonly Term[]): Term[] {
  const merged: Term[] = [];
  for (const term of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = merged.at(-1);
    const gapDays = last ? (Date.parse(term.start) - Date.parse(last.end)) / 86_400_000 : Number.POSITIVE_INFINITY;
    if (last && last.type === term.type && last.state === term.state && gapDays <= 75) {
      if (term.end > last.end) last.end = term.end;
    } else merged.push({ ...term });
  }
  return merged;
}

const head = git('rev-parse', 'HEAD').trim();
const versions = git('log', '--format=%H %cs', '--reverse', head, '--', 'legislators-current.yaml')
  .trim()
  .split('\n')
  .map((line) => {
    const [commit, date] = line.split(' ') as [string, string];
    return { commit, date };
  });

const latest = new Map<string, Member>();
const lastSeen = new Map<string, number>();
let unreadable = 0;
versions.forEach(({ commit }, index) => {
  // A few early versions tag strings for Python ("!!python/str"): readPeople drops the tag and keeps the string.
  const members = readPeople(git('show', `${commit}:legislators-current.yaml`));
  if (members.length === 0) unreadable += 1;
  for (const member of members) {
    const bioguide = member.id.bioguide;
    if (!bioguide) continue;
    // Early versions have no Wikidata or Wikipedia ids: an id any version gives is kept.
    const known = latest.get(bioguide)?.id;
    member.id.wikidata ??= known?.wikidata;
    member.id.wikipedia ??= known?.wikipedia;
    latest.set(bioguide, member);
    lastSeen.set(bioguide, index);
  }
});

const HEADER = [
  'wikidata_person',
  'name',
  'aliases',
  'ambiguous_name',
  'bioguide',
  'country_iso2',
  'position',
  'role',
  'start',
  'end',
  'source',
] as const;
const source = `github.com/unitedstates/congress-legislators@${head.slice(0, 12)}`;
const rows: string[][] = [];
let leftEarly = 0;
for (const [bioguide, member] of latest) {
  const wikidata = member.id.wikidata ?? '';
  const { name, aliases, ambiguous } = nameForms(member);
  const index = lastSeen.get(bioguide)!;
  const gone = index < versions.length - 1 ? versions[index + 1]!.date : null;
  const memberSpans = spans(member.terms);
  const lastSpan = memberSpans.at(-1)!;
  // Not in the file any more before the term's scheduled end: left office then (at the latest).
  if (gone !== null && gone < lastSpan.end) {
    lastSpan.end = gone;
    leftEarly += 1;
  }
  const common = [wikidata, name, aliases.join('|'), ambiguous ? 'y' : '', bioguide, 'US'];
  for (const span of memberSpans) {
    if (span.end < SINCE) continue;
    rows.push([...common, position(span), 'legislator', span.start, span.end, `${source}:legislators-current.yaml`]);
  }
  for (const role of member.leadership_roles ?? []) {
    if (role.title !== 'Speaker of the House') continue;
    const end = role.end ?? (gone !== null && gone < lastSpan.end ? gone : '');
    rows.push([
      ...common,
      'Speaker of the United States House of Representatives',
      'legislator',
      role.start,
      end,
      `${source}:legislators-current.yaml`,
    ]);
  }
}

// Vice presidents since 1945 (executive.yaml lists presidents too; those are in officeholders.csv).
let vicePresidents = 0;
for (const person of readPeople(git('show', `${head}:executive.yaml`))) {
  const { name, aliases } = nameForms(person);
  for (const term of person.terms) {
    if (term.type !== 'viceprez' || term.end < SINCE) continue;
    vicePresidents += 1;
    rows.push([
      person.id.wikidata ?? '',
      name,
      aliases.join('|'),
      '',
      person.id.bioguide ?? '',
      'US',
      'Vice President of the United States',
      'vice_president',
      term.start,
      term.end,
      `${source}:executive.yaml`,
    ]);
  }
}

// A member who left before the files carried Wikidata ids may have one as vice president (Mike Pence).
const wikidataByBioguide = new Map(
  rows.filter((row) => row[0] !== '' && row[4] !== '').map((row) => [row[4]!, row[0]!]),
);
for (const row of rows) if (row[0] === '') row[0] = wikidataByBioguide.get(row[4]!) ?? '';

rows.sort((a, b) => a[1]!.localeCompare(b[1]!) || a[8]!.localeCompare(b[8]!));
const target = path.resolve(import.meta.dirname, '../../data/officials/us_congress_legislators.csv');
writeFileSync(target, formatCsv(HEADER, rows));
console.log(
  `${versions.length} versions of legislators-current.yaml (${unreadable} unreadable, ${versions[0]!.date} – ${versions.at(-1)!.date}); ` +
    `${latest.size} members, ${leftEarly} left before their term's end; ${vicePresidents} vice-presidential terms; ` +
    `${rows.length} rows, ${rows.filter((row) => row[0] === '').length} without a Wikidata id → ${target}`,
);
