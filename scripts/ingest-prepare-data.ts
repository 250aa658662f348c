// Derives the compact reference files in data/ from the shared reference data set (the folder described by its
// README: ports/, officials/, organizations/). Run once when that data set changes; the outputs are committed with
// their SOURCE.txt and LICENSE files, so the linker never needs the originals.
//
//   npx tsx scripts/ingest-prepare-data.ts /path/to/shared/data
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { formatCsv, parseCsv, parseCsvRecords } from '../src/modules/ingest/linking/csv.ts';
import { worldCountries as countries } from '../src/modules/ingest/linking/gazetteer-data.ts';

const sharedDir = process.argv[2];
if (!sharedDir) throw new Error('usage: tsx scripts/ingest-prepare-data.ts <shared data folder>');
const dataDir = path.resolve(import.meta.dirname, '../data');

function read(relative: string): string {
  return readFileSync(path.join(sharedDir!, relative), 'utf8');
}

function write(relative: string, text: string): void {
  const target = path.join(dataDir, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`${relative}: ${text.length.toLocaleString('en')} characters`);
}

// ---------------------------------------------------------------------------------------------------------------
// Ports: UN/LOCODE rows with a port function and coordinates, harbour positions from the World Port Index
// ---------------------------------------------------------------------------------------------------------------

const PORT_HEADER = [
  'locode',
  'country',
  'location',
  'name',
  'name_ascii',
  'subdivision',
  'status',
  'function',
  'iata',
  'lat',
  'lon',
  'coords_geocoded_by_geoapify',
  'wpi_number',
  'wpi_name',
  'wpi_harbor_size',
  'wpi_lat',
  'wpi_lon',
] as const;

/**
 * 58 Japanese rows carry a name like `"Ariake, Tokyo"` whose quotes were doubled twice upstream: `name` and
 * `name_ascii` each span two fields and the (empty) `status` and `iata` columns are missing, so the row still has 17
 * fields. They are recognised by the stray quotes and put back in place.
 */
function repairPortRow(fields: string[]): string[] {
  if (fields.length !== PORT_HEADER.length) throw new Error(`unexpected port row: ${fields.join(',')}`);
  if (!(fields[3]!.startsWith('"') && fields[4]!.endsWith('"'))) return fields;
  const name = `${fields[3]},${fields[4]}`.replace(/"/gu, '');
  const [subdivision, functionCode, lat, lon, geocoded, ...wpi] = fields.slice(7);
  return [...fields.slice(0, 3), name, name, subdivision!, '', functionCode!, '', lat!, lon!, geocoded!, ...wpi];
}

/** "Mariehamn (Maarianhamina)" is two names of one place: the UN/LOCODE way of giving a bilingual name. */
function splitNames(name: string): string[] {
  const match = /^(.+?)\s*\((.+)\)$/u.exec(name);
  return match ? [match[1]!.trim(), match[2]!.trim()] : [name];
}

function preparePorts(): void {
  const [header, ...rows] = parseCsv(read('ports/unlocode_ports.csv'));
  if (header?.join(',') !== PORT_HEADER.join(',')) throw new Error('ports header changed');
  // UN/LOCODE repeats a code once per official language of a bilingual place; the first row is kept and the other
  // rows' names become alternate names.
  const byCode = new Map<string, { fields: string[]; names: Set<string> }>();
  for (const raw of rows) {
    const fields = repairPortRow(raw);
    const row = Object.fromEntries(PORT_HEADER.map((name, index) => [name, fields[index]!])) as Record<
      (typeof PORT_HEADER)[number],
      string
    >;
    if (!row.function.startsWith('1')) continue;
    // The WPI position is the harbour itself and public domain; the UN/LOCODE one is often a geocoded town centre.
    const fromWpi = row.wpi_lat !== '' && row.wpi_lon !== '';
    const lat = fromWpi ? row.wpi_lat : row.lat;
    const lon = fromWpi ? row.wpi_lon : row.lon;
    if (lat === '' || lon === '') continue;
    // U+FFFD marks diacritics lost upstream: such a name is useless, name_ascii stands in.
    const names = [...(row.name.includes('\uFFFD') ? [] : splitNames(row.name)), ...splitNames(row.name_ascii)];
    const known = byCode.get(row.locode);
    if (known) {
      for (const name of names) known.names.add(name);
      continue;
    }
    const coordinateSource = fromWpi ? 'wpi' : row.coords_geocoded_by_geoapify === 'true' ? 'geoapify' : 'unlocode';
    const [primaryName] = row.name.includes('\uFFFD') ? [''] : splitNames(row.name);
    const [primaryAscii] = splitNames(row.name_ascii);
    byCode.set(row.locode, {
      fields: [
        row.locode,
        row.country,
        primaryName!,
        primaryAscii!,
        row.subdivision,
        row.function,
        Number(lat).toFixed(6),
        Number(lon).toFixed(6),
        coordinateSource,
        row.wpi_number,
        row.wpi_name,
        row.wpi_harbor_size,
      ],
      names: new Set(names),
    });
  }
  const out = [...byCode.values()].map(({ fields, names }) => {
    const alternates = [...names].filter((name) => name !== fields[2] && name !== fields[3]);
    return [...fields.slice(0, 4), alternates.join('|'), ...fields.slice(4)];
  });
  out.sort((a, b) => a[0]!.localeCompare(b[0]!));
  write(
    'ports/ports.csv',
    formatCsv(
      [
        'locode',
        'country',
        'name',
        'name_ascii',
        'alternate_names',
        'subdivision',
        'function',
        'lat',
        'lon',
        'coordinate_source',
        'wpi_number',
        'wpi_name',
        'wpi_harbor_size',
      ],
      out,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Officials
// ---------------------------------------------------------------------------------------------------------------

/**
 * The cabinet and cabinet-level offices of the United States (the heads of the 15 executive departments, the Vice
 * President and the officials the White House lists as cabinet-level), mapped to their full titles. The President is
 * kept too: the heads-of-state file has years only, this file has days.
 */
const US_CABINET_TITLES: Readonly<Record<string, string>> = {
  President: 'President of the United States',
  'Vice President': 'Vice President of the United States',
  'Secretary of State': 'United States Secretary of State',
  'Secretary of the Treasury': 'United States Secretary of the Treasury',
  'Secretary of Defence': 'United States Secretary of Defense',
  'Attorney General': 'United States Attorney General',
  'Secretary of the Interior': 'United States Secretary of the Interior',
  'Secretary of Agriculture': 'United States Secretary of Agriculture',
  'Secretary of Commerce': 'United States Secretary of Commerce',
  'Secretary of Labor': 'United States Secretary of Labor',
  'Secretary of Health and Human Services': 'United States Secretary of Health and Human Services',
  'Secretary of Housing and Urban Development': 'United States Secretary of Housing and Urban Development',
  'Secretary of Transportation': 'United States Secretary of Transportation',
  'Secretary of Energy': 'United States Secretary of Energy',
  'Secretary of Education': 'United States Secretary of Education',
  'Secretary of Veterans Affairs': 'United States Secretary of Veterans Affairs',
  'Secretary of Homeland Security': 'United States Secretary of Homeland Security',
  'White House Chief of Staff': 'White House Chief of Staff',
  'Ambassador to the United Nations': 'United States Ambassador to the United Nations',
  'Director of National Intelligence': 'Director of National Intelligence',
  'United States Trade Representative': 'United States Trade Representative',
  'Administrator of the Environmental Protection Agency': 'Administrator of the Environmental Protection Agency',
  'Director of the Office of Management and Budget': 'Director of the Office of Management and Budget',
  'Director of the CIA': 'Director of the Central Intelligence Agency',
  'Administrator of the Small Business Administration': 'Administrator of the Small Business Administration',
  'Chair of the Council of Economic Advisers': 'Chair of the Council of Economic Advisers',
  'Presidential Science Advisor and Director of the Office of Science and Technology Policy':
    'Director of the Office of Science and Technology Policy',
};

function prepareOfficials(): void {
  write(
    'officials/heads_of_state_and_government_wikidata_2024-10.csv',
    read('officials/heads_of_state_and_government_wikidata_2024-10.csv'),
  );
  // The statement ids (psid) are dropped: nothing uses them.
  const ministers = parseCsvRecords(read('officials/foreign_ministers_wikidata_2023-01.csv'));
  write(
    'officials/foreign_ministers_wikidata_2023-01.csv',
    formatCsv(
      ['person', 'name', 'country', 'countryLabel', 'position', 'positionLabel', 'start'],
      ministers.map((row) => [
        row.person!,
        row.name!,
        row.country!,
        row.countryLabel!,
        row.position!,
        row.positionLabel!,
        row.start!,
      ]),
    ),
  );
  const holders = parseCsvRecords(read('officials/us_cabinet_officeholders_21c_2022-08.csv'));
  const cabinet = holders
    .filter((row) => US_CABINET_TITLES[row.position!] !== undefined && row.personID !== '')
    .map((row) => [row.position!, US_CABINET_TITLES[row.position!]!, row.person!, row.personID!, row.start!, row.end!]);
  write(
    'officials/us_cabinet_21c_2022-08.csv',
    formatCsv(['position', 'title', 'person', 'personID', 'start', 'end'], cabinet),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Countries: Wikidata ids from the officials files, joined to ISO codes by name
// ---------------------------------------------------------------------------------------------------------------

/**
 * Labels in the officials files that are not a world-countries name, and labels that must not be joined: the
 * Kingdom of Denmark (Q756617) and Kingdom of the Netherlands (Q29999) are the realms, whereas ISO DK and NL are
 * Denmark (Q35) and the Netherlands (Q55), which the files also have; the Holy See is not Vatican City (ISO VA);
 * the Sahrawi Republic is not the territory Western Sahara (ISO EH); the rest are not countries.
 */
const LABEL_TO_ISO: Readonly<Record<string, string | null>> = {
  "People's Republic of China": 'CN',
  'United States of America': 'US',
  'The Bahamas': 'BS',
  Bahamas: 'BS',
  Turkey: 'TR',
  'The Gambia': 'GM',
  'Ivory Coast': 'CI',
  'East Timor': 'TL',
  'Cape Verde': 'CV',
  'Federated States of Micronesia': 'FM',
  'State of Palestine': 'PS',
  'Republic of the Congo': 'CG',
  'Democratic Republic of the Congo': 'CD',
  'Czech Republic': 'CZ',
  'Bailiwick of Guernsey': 'GG',
  'Republic of Ireland': 'IE',
  'Kingdom of Denmark': null,
  'Kingdom of the Netherlands': null,
  'Holy See': null,
  'Sahrawi Arab Democratic Republic': null,
  'European Union': null,
  Cantabria: null,
  Catalonia: null,
  Quebec: null,
  Scotland: null,
  'Kurdistan Region': null,
  Tibet: null,
  'Republic of Abkhazia': null,
  'Republic of Artsakh': null,
  "Donetsk People's Republic": null,
  "Luhansk People's Republic": null,
  'South Ossetia': null,
  Transnistria: null,
  Somaliland: null,
  'Turkish Republic of Northern Cyprus': null,
};

function prepareCountryWikidata(): void {
  const byName = new Map<string, string>();
  for (const country of countries) {
    for (const name of [country.name.common, country.name.official]) byName.set(name, country.cca2);
  }
  const found = new Map<string, { qid: string; label: string; file: string }>();
  const conflicts: string[] = [];
  const consider = (qid: string, label: string, file: string) => {
    if (qid === '' || label === '') return;
    const iso = label in LABEL_TO_ISO ? LABEL_TO_ISO[label] : byName.get(label);
    if (iso === null) return;
    if (iso === undefined) throw new Error(`country label not mapped: ${label} (${qid}); add it to LABEL_TO_ISO`);
    const existing = found.get(iso);
    if (existing && existing.qid !== qid)
      conflicts.push(`${iso}: ${existing.qid} (${existing.label}) vs ${qid} (${label})`);
    if (!existing) found.set(iso, { qid, label, file });
  };
  for (const row of parseCsvRecords(read('officials/heads_of_state_and_government_wikidata_2024-10.csv'))) {
    consider(row.countryid!, row.country!, 'heads_of_state_and_government_wikidata_2024-10.csv');
  }
  for (const row of parseCsvRecords(read('officials/foreign_ministers_wikidata_2023-01.csv'))) {
    consider(row.country!, row.countryLabel!, 'foreign_ministers_wikidata_2023-01.csv');
  }
  if (conflicts.length > 0) throw new Error(`conflicting country ids:\n${conflicts.join('\n')}`);
  const rows = [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iso, { qid, label, file }]) => [iso, qid, label, file]);
  write(
    'countries/country-wikidata.csv',
    formatCsv(['iso_alpha2', 'wikidata_id', 'label_in_source', 'source_file'], rows),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// International organizations
// ---------------------------------------------------------------------------------------------------------------

interface SupraverdenRecord {
  sprvd_id: string;
  wikidata: string | null;
  name_en: string;
  abbreviation_en: string | null;
  name_es: string | null;
  org_family: string | null;
  type: string | null;
  headquarters: string | null;
  year_established: number | null;
}

function prepareOrganizations(): void {
  const records = JSON.parse(read('organizations/international_organizations_supraverden.json')) as SupraverdenRecord[];
  // The upstream list writes "[No code found.]" where an organization has no Wikidata item, and gives one item to two
  // different organizations once (Q17088342): which of them is right cannot be told from the file, so neither keeps it.
  const validId = (id: string | null) => (id !== null && /^Q\d+$/u.test(id) ? id : null);
  const idCount = new Map<string, number>();
  for (const record of records) {
    const id = validId(record.wikidata);
    if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const compact = records.map((record) => ({
    sprvd_id: record.sprvd_id,
    wikidata: idCount.get(validId(record.wikidata) ?? '') === 1 ? validId(record.wikidata) : null,
    name_en: record.name_en,
    abbreviation_en: record.abbreviation_en,
    name_es: record.name_es,
    org_family: record.org_family,
    type: record.type,
    headquarters: record.headquarters,
    year_established: record.year_established,
  }));
  write('organizations/organizations.json', `${JSON.stringify(compact, null, 1)}\n`);
}

preparePorts();
prepareOfficials();
prepareCountryWikidata();
prepareOrganizations();
