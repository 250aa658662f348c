// One-off: derives the small reference tables the corpus generator reads (bench/corpus/data/*.json) from the
// project's shared reference data and two sources every Debian/Node machine has. Run again only to refresh them:
//   tsx bench/corpus/derive-reference-data.ts /work/shared/data
// The generator never reads anything outside the repository, so a fresh clone produces the same corpus.
// Provenance and licenses: bench/corpus/data/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const sharedData = process.argv[2];
if (!sharedData) throw new Error('usage: tsx bench/corpus/derive-reference-data.ts <shared data folder>');
const outputDir = path.join(import.meta.dirname, 'data');
const isoCodesFile = '/usr/share/iso-codes/json/iso_3166-1.json';

/** RFC 4180 CSV (quoted fields may hold commas and doubled quotes) into records keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(sharedData as string, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      field += char;
    } else if (char !== '\r') {
      row.push(field);
      field = '';
      if (char === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows;
  if (!header) return [];
  return records.map((values) => Object.fromEntries(header.map((name, column) => [name, values[column] ?? ''])));
}

const wikidataPattern = /^Q[1-9][0-9]*$/;
const write = (name: string, rows: unknown[]) => {
  // One record per line: small diffs when the data is refreshed.
  writeFileSync(path.join(outputDir, name), `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
  console.log(`${name}: ${rows.length} records`);
};

// Countries: codes from Debian's iso-codes, names in four languages from the CLDR data built into Node (Intl).
const headsOfState = readCsv('officials/heads_of_state_and_government_wikidata_2024-10.csv');
const foreignMinisters = readCsv('officials/foreign_ministers_wikidata_2023-01.csv');
const isoCountries = (
  JSON.parse(readFileSync(isoCodesFile, 'utf8')) as {
    '3166-1': { alpha_2: string; alpha_3: string; name: string; common_name?: string }[];
  }
)['3166-1'];
const displayNames = Object.fromEntries(
  ['en', 'es', 'pt', 'fr'].map((language) => [language, new Intl.DisplayNames([language], { type: 'region' })]),
);
const countryQidByLabel = new Map<string, string>();
for (const row of headsOfState)
  if (row.countryid && row.country) countryQidByLabel.set(row.country as string, row.countryid as string);
for (const row of foreignMinisters)
  if (row.country && row.countryLabel) countryQidByLabel.set(row.countryLabel as string, row.country as string);
const countries = isoCountries
  .map((country) => {
    const names = Object.fromEntries(
      Object.entries(displayNames).map(([language, names]) => [language, names?.of(country.alpha_2) ?? country.name]),
    );
    const labels = [names.en, country.common_name, country.name].filter((label): label is string => Boolean(label));
    const wikidataId =
      labels.map((label) => countryQidByLabel.get(label)).find((qid) => qid && wikidataPattern.test(qid)) ?? null;
    return { alpha2: country.alpha_2, alpha3: country.alpha_3, wikidataId, names };
  })
  .sort((a, b) => a.alpha2.localeCompare(b.alpha2));
write('countries.json', countries);
const alpha2ByQid = new Map(
  countries.filter((country) => country.wikidataId).map((country) => [country.wikidataId as string, country.alpha2]),
);

// People and the offices they held: Wikidata (CC0) via EveryPolitician's query results.
type Role = { title: string; country: string | null; start: string | null; end: string | null };
const people = new Map<string, { wikidataId: string; name: string; roles: Role[] }>();
const yearOrDate = (value: string | undefined) =>
  !value ? null : /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
function addRole(qid: string | undefined, name: string | undefined, role: Role) {
  if (!qid || !name || !wikidataPattern.test(qid) || /^Q\d+$/.test(name)) return;
  const person = people.get(qid) ?? { wikidataId: qid, name, roles: [] };
  if (role.start && role.end && role.end < role.start) role.end = null;
  if (!person.roles.some((known) => known.title === role.title && known.start === role.start)) person.roles.push(role);
  people.set(qid, person);
}
for (const row of headsOfState) {
  addRole(row.officeholder, row.officeholderLabel, {
    title: row.positionLabel ?? '',
    country: alpha2ByQid.get(row.countryid ?? '') ?? null,
    start: yearOrDate(row.start_year),
    end: yearOrDate(row.end_year),
  });
}
for (const row of foreignMinisters) {
  addRole(row.person, row.name, {
    title: row.positionLabel ?? '',
    country: alpha2ByQid.get(row.country ?? '') ?? null,
    start: yearOrDate(row.start),
    end: null,
  });
}
for (const row of readCsv('officials/us_cabinet_officeholders_21c_2022-08.csv')) {
  addRole(row.personID, row.person, {
    title: row.position ?? '',
    country: 'US',
    start: yearOrDate(row.start),
    end: yearOrDate(row.end),
  });
}
write(
  'people.json',
  [...people.values()].sort((a, b) => Number(a.wikidataId.slice(1)) - Number(b.wikidataId.slice(1))),
);

// International organizations: supraverden (CC BY-SA 4.0) — the names only.
type SupraverdenRecord = {
  name_en: string;
  abbreviation_en: string | null;
  name_es: string | null;
  name_fr: string | null;
  wikidata: string | null;
};
const seenQids = new Set<string>();
const organizations = (
  JSON.parse(
    readFileSync(path.join(sharedData, 'organizations/international_organizations_supraverden.json'), 'utf8'),
  ) as SupraverdenRecord[]
).map((record) => {
  const qid =
    record.wikidata && wikidataPattern.test(record.wikidata) && !seenQids.has(record.wikidata) ? record.wikidata : null;
  if (qid) seenQids.add(qid);
  return {
    name: record.name_en,
    abbreviation: record.abbreviation_en,
    names: { es: record.name_es, fr: record.name_fr },
    wikidataId: qid,
  };
});
write('organizations.json', organizations);

// Ports: UN/LOCODE sea ports matched to the NGA World Port Index (public domain coordinates and harbour size).
const locations = readCsv('ports/unlocode_ports.csv');
const round = (value: string | undefined) => Math.round(Number(value) * 1e5) / 1e5;
// A few locodes match several WPI entries (terminals of one port); UN/LOCODE is unique in the store, so keep the first.
const seenLocodes = new Set<string>();
const ports = locations
  .filter(
    (row) =>
      row.wpi_number &&
      row.wpi_lat &&
      row.wpi_lon &&
      !seenLocodes.has(row.locode ?? '') &&
      seenLocodes.add(row.locode ?? ''),
  )
  .map((row) => ({
    unlocode: row.locode,
    country: row.country,
    name: row.name_ascii,
    wpiName: row.wpi_name || null,
    harborSize: row.wpi_harbor_size || null,
    latitude: round(row.wpi_lat),
    longitude: round(row.wpi_lon),
  }));
write('ports.json', ports);

// Places: towns served by at least two transport modes, with UNECE's own coordinates (not the geocoded ones).
const places = locations
  .filter(
    (row) =>
      !row.wpi_number &&
      row.coords_geocoded_by_geoapify === 'false' &&
      row.lat &&
      row.lon &&
      (row.function ?? '').replace(/\D/g, '').length >= 3,
  )
  .map((row) => ({ country: row.country, name: row.name_ascii, latitude: round(row.lat), longitude: round(row.lon) }));
write('places.json', places);
