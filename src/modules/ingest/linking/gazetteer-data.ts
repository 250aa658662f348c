// The gazetteer's reference data: every entity the linker can recognise, with identifiers and aliases, and the
// time-scoped roles of the officials among them. Built from the npm packages world-countries (ODbL) and
// i18n-iso-countries (MIT) and from the files in data/ (each folder's SOURCE.txt names origin and license). The
// shapes mirror the store (Entity, EntityAlias, Role) so the same data can later be written to the database.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import isoCountries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import spanishNames from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import type { Country } from 'world-countries';

import type { EntityType } from '../../../generated/prisma/enums.ts';
import { projectRoot } from '../../../lib/project-root.ts';
import { parseCsvRecords } from './csv.ts';

/** world-countries read as its JSON file: the package's default export is typed for CommonJS, which NodeNext misreads. */
export const worldCountries = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8'),
) as Country[];

isoCountries.registerLocale(englishNames);
isoCountries.registerLocale(spanishNames);

export const DEFAULT_DATA_DIR = path.join(projectRoot, 'data');

/**
 * name: a proper name, matched with its capitals; abbreviation: matched exactly as written ("US", "NATO");
 * demonym: "Peruvian", "peruana" — linked to the country with lower confidence; metonym: a name standing for the
 * entity ("the Pentagon" for the Department of Defense).
 */
export type AliasKind = 'name' | 'abbreviation' | 'demonym' | 'metonym';

export interface GazetteerAlias {
  name: string;
  /** BCP 47; null when language-neutral. */
  language: string | null;
  kind: AliasKind;
}

/** Marks the disambiguation rules read: a port needs port context, a capital or US state competes with a country. */
export type EntityTag = 'port' | 'capital' | 'us-state' | 'sovereign';

export interface GazetteerEntity {
  /** Stable key: `country:PE`, `port:PECHY`, `person:Q106474688`, `organization:SPRVD0232360`, … */
  key: string;
  type: EntityType;
  name: string;
  description: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  isoAlpha3: string | null;
  unlocode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The country it lies in or serves (ports, capitals, officials), as ISO alpha-2. */
  countryIso2: string | null;
  tags: readonly EntityTag[];
  aliases: readonly GazetteerAlias[];
  /** World Port Index harbour size, for ports that have one ("Large" … "Very Small"). */
  harbourSize: string | null;
}

/** A date known to the day, or only to the year (the heads-of-state file has years). */
export interface PartialDate {
  value: string;
  precision: 'day' | 'year';
}

export interface GazetteerRole {
  personKey: string;
  title: string;
  officeWikidataId: string | null;
  /** The entity the office belongs to: a country key (`country:PE`). */
  organizationKey: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  /** The data file the role comes from. */
  source: string;
}

/**
 * A typed edge between two reference entities, as the relations table stores it (the knowledge graph's model:
 * located_in is the place hierarchy, successor_of links a state that ceased to exist to the states that followed it).
 */
export type GazetteerRelationType = 'located_in' | 'successor_of' | 'part_of' | 'member_of';

export interface GazetteerRelation {
  subjectKey: string;
  type: GazetteerRelationType;
  objectKey: string;
  start: PartialDate | null;
  end: PartialDate | null;
  /** The data file (or package) the relation comes from. */
  source: string;
}

export interface GazetteerData {
  entities: GazetteerEntity[];
  roles: GazetteerRole[];
  /** Edges between the entities above (both ends are keys of `entities`). */
  relations: GazetteerRelation[];
}

// ---------------------------------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------------------------------

/** The abbreviations that reliably name one country in running text; other two- and three-letter codes do not. */
const COUNTRY_ABBREVIATIONS: Readonly<Record<string, readonly GazetteerAlias[]>> = {
  US: [
    ...['US', 'U.S.', 'USA', 'U.S.A.'].map((name): GazetteerAlias => ({ name, language: null, kind: 'abbreviation' })),
    ...['EE. UU.', 'EE.UU.', 'EEUU'].map((name): GazetteerAlias => ({ name, language: 'es', kind: 'abbreviation' })),
  ],
  GB: ['UK', 'U.K.'].map((name) => ({ name, language: null, kind: 'abbreviation' as const })),
  AE: [{ name: 'UAE', language: null, kind: 'abbreviation' }],
  CD: [{ name: 'DRC', language: null, kind: 'abbreviation' }],
  CN: [{ name: 'PRC', language: null, kind: 'abbreviation' }],
  KP: [{ name: 'DPRK', language: null, kind: 'abbreviation' }],
};

/** Spanish plural of a demonym: peruano → peruanos, iraní → iraníes, alemán → alemanes, español → españoles. */
export function spanishPlural(word: string): string {
  if (/[aeiouáéó]$/u.test(word)) return `${word}s`;
  if (/[íú]$/u.test(word)) return `${word}es`;
  const unaccented = word.replace(
    /([áéíóú])([^áéíóú]*)$/u,
    (_, vowel: string, rest: string) => vowel.normalize('NFD')[0]! + rest,
  );
  return `${unaccented}es`;
}

/** English plural of a demonym used as a noun: Peruvians, Israelis; "Chinese", "French", "Swiss" have none. */
function englishPlural(word: string): string | null {
  return /(?:an|i)$/u.test(word) ? `${word}s` : null;
}

function isUsableName(name: string): boolean {
  return name.length >= 4 && !/[()\d]/u.test(name);
}

function readDemonymsEs(dataDir: string): Map<string, string[]> {
  const rows = parseCsvRecords(readFileSync(path.join(dataDir, 'countries/demonyms-es.csv'), 'utf8'));
  const byCountry = new Map<string, string[]>();
  for (const row of rows) {
    const forms = new Set([row.masculine!, row.feminine!]);
    for (const form of [...forms]) forms.add(spanishPlural(form));
    byCountry.set(row.iso_alpha2!, [...forms]);
  }
  return byCountry;
}

/**
 * English demonyms shared by several entries: a sovereign state keeps it over territories ("French": France, not
 * the French Southern Lands); when two sovereign states share one ("Congolese", "Dominican") nobody gets it.
 */
function englishDemonyms(): Map<string, string[]> {
  const owners = new Map<string, Country[]>();
  for (const country of worldCountries) {
    const demonyms = country.demonyms.eng;
    if (!demonyms) continue;
    for (const demonym of new Set([demonyms.m, demonyms.f]))
      owners.set(demonym, [...(owners.get(demonym) ?? []), country]);
  }
  const byCountry = new Map<string, string[]>();
  for (const [demonym, countries] of owners) {
    const sovereign = countries.filter((country) => country.independent);
    const owner = countries.length === 1 ? countries[0] : sovereign.length === 1 ? sovereign[0] : undefined;
    if (!owner) continue;
    const forms = [demonym, englishPlural(demonym)].filter((form): form is string => form !== null);
    byCountry.set(owner.cca2, [...(byCountry.get(owner.cca2) ?? []), ...forms]);
  }
  return byCountry;
}

function buildCountries(dataDir: string): GazetteerEntity[] {
  const wikidata = new Map(
    parseCsvRecords(readFileSync(path.join(dataDir, 'countries/country-wikidata.csv'), 'utf8')).map((row) => [
      row.iso_alpha2!,
      row.wikidata_id!,
    ]),
  );
  const spanishDemonyms = readDemonymsEs(dataDir);
  const demonymsEn = englishDemonyms();
  const entities: GazetteerEntity[] = [];
  for (const country of worldCountries) {
    const aliases = new Map<string, GazetteerAlias>();
    // Keyed by name: the first kind given wins, so abbreviations go first ("U.S." is also in the English names).
    const add = (name: string, language: string | null, kind: AliasKind) => {
      if (name !== country.name.common && !aliases.has(name)) aliases.set(name, { name, language, kind });
    };
    for (const alias of COUNTRY_ABBREVIATIONS[country.cca2] ?? []) add(alias.name, alias.language, alias.kind);
    add(country.name.official, 'en', 'name');
    for (const name of isoCountries.getName(country.cca2, 'en', { select: 'all' }) ?? []) {
      if (isUsableName(name)) add(name, 'en', 'name');
    }
    for (const name of country.altSpellings) if (isUsableName(name)) add(name, null, 'name');
    const spanish = country.translations.spa;
    if (spanish) for (const name of [spanish.common, spanish.official]) if (isUsableName(name)) add(name, 'es', 'name');
    for (const name of isoCountries.getName(country.cca2, 'es', { select: 'all' }) ?? []) {
      if (isUsableName(name)) add(name, 'es', 'name');
    }
    for (const demonym of demonymsEn.get(country.cca2) ?? []) add(demonym, 'en', 'demonym');
    for (const demonym of spanishDemonyms.get(country.cca2) ?? []) add(demonym, 'es', 'demonym');
    entities.push({
      key: `country:${country.cca2}`,
      type: 'country',
      name: country.name.common,
      description: `${country.independent ? 'Country' : 'Territory'} in ${country.subregion || country.region}${
        country.capital[0] ? ` whose capital is ${country.capital[0]}` : ''
      }.`,
      wikidataId: wikidata.get(country.cca2) ?? null,
      isoAlpha2: country.cca2,
      isoAlpha3: country.cca3,
      unlocode: null,
      latitude: country.latlng[0],
      longitude: country.latlng[1],
      countryIso2: country.cca2,
      tags: country.independent ? ['sovereign'] : [],
      aliases: [...aliases.values()],
      harbourSize: null,
    });
  }
  return entities;
}

/** Capitals as places. A capital named like its country (Singapore, Monaco, Luxembourg) is left to the country. */
function buildCapitals(): GazetteerEntity[] {
  const entities: GazetteerEntity[] = [];
  for (const country of worldCountries) {
    for (const capital of country.capital) {
      if (capital === country.name.common) continue;
      entities.push({
        key: `place:capital:${country.cca2}:${capital}`,
        type: 'place',
        name: capital,
        description: `Capital of ${country.name.common}.`,
        wikidataId: null,
        isoAlpha2: null,
        isoAlpha3: null,
        unlocode: null,
        latitude: null,
        longitude: null,
        countryIso2: country.cca2,
        tags: ['capital'],
        // "Washington D.C." is written with a comma as often as without.
        aliases: capital === 'Washington D.C.' ? [{ name: 'Washington, D.C.', language: null, kind: 'name' }] : [],
        harbourSize: null,
      });
    }
  }
  return entities;
}

// ---------------------------------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------------------------------

function buildPorts(dataDir: string): GazetteerEntity[] {
  const rows = parseCsvRecords(readFileSync(path.join(dataDir, 'ports/ports.csv'), 'utf8'));
  return rows.map((row) => {
    const name = row.name || row.name_ascii!;
    const aliases: GazetteerAlias[] = [];
    const alternates = row.alternate_names ? row.alternate_names.split('|') : [];
    for (const alias of [row.name_ascii!, ...alternates, row.wpi_name!]) {
      if (alias !== '' && alias !== name && !aliases.some((known) => known.name === alias)) {
        aliases.push({ name: alias, language: null, kind: 'name' });
      }
    }
    return {
      key: `port:${row.locode}`,
      type: 'port' as const,
      name,
      description: `Port${row.wpi_harbor_size ? ` (${row.wpi_harbor_size.toLowerCase()} harbour)` : ''} in ${
        isoCountries.getName(row.country!, 'en') ?? row.country
      }, UN/LOCODE ${row.country} ${row.locode!.slice(2)}.`,
      wikidataId: null,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: row.locode!,
      latitude: Number(row.lat),
      longitude: Number(row.lon),
      countryIso2: row.country!,
      tags: ['port' as const],
      aliases,
      harbourSize: row.wpi_harbor_size || null,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Officials and their roles
// ---------------------------------------------------------------------------------------------------------------

function yearDate(year: string): PartialDate | null {
  return /^\d{4}$/u.test(year) ? { value: year, precision: 'year' } : null;
}

function dayDate(day: string): PartialDate | null {
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? { value: day, precision: 'day' } : null;
}

interface PersonRecord {
  key: string;
  name: string;
  wikidataId: string;
  countryIso2: string | null;
}

function buildOfficials(
  dataDir: string,
  countryByWikidata: ReadonlyMap<string, string>,
): Pick<GazetteerData, 'entities' | 'roles'> {
  const read = (file: string) => parseCsvRecords(readFileSync(path.join(dataDir, 'officials', file), 'utf8'));
  const people = new Map<string, PersonRecord>();
  const roles: GazetteerRole[] = [];
  const addPerson = (wikidataId: string, name: string, countryIso2: string | null): string | null => {
    // A row without a person id or label cannot be linked to text (one Peruvian minister has no English label).
    if (!/^Q\d+$/u.test(wikidataId) || name === '' || /^Q\d+$/u.test(name)) return null;
    const key = `person:${wikidataId}`;
    if (!people.has(key)) people.set(key, { key, name, wikidataId, countryIso2 });
    return key;
  };

  const heads = 'heads_of_state_and_government_wikidata_2024-10.csv';
  for (const row of read(heads)) {
    const iso = countryByWikidata.get(row.countryid!) ?? null;
    const personKey = addPerson(row.officeholder!, row.officeholderLabel!, iso);
    if (!personKey) continue;
    roles.push({
      personKey,
      title: row.positionLabel!,
      officeWikidataId: row.position || null,
      organizationKey: iso ? `country:${iso}` : null,
      start: yearDate(row.start_year!),
      end: yearDate(row.end_year!),
      source: `officials/${heads}`,
    });
  }
  const ministers = 'foreign_ministers_wikidata_2023-01.csv';
  for (const row of read(ministers)) {
    const iso = countryByWikidata.get(row.country!) ?? null;
    const personKey = addPerson(row.person!, row.name!, iso);
    if (!personKey) continue;
    roles.push({
      personKey,
      title: row.positionLabel!,
      officeWikidataId: row.position || null,
      organizationKey: iso ? `country:${iso}` : null,
      start: dayDate(row.start!),
      end: null,
      source: `officials/${ministers}`,
    });
  }
  const cabinet = 'us_cabinet_21c_2022-08.csv';
  for (const row of read(cabinet)) {
    const personKey = addPerson(row.personID!, row.person!, 'US');
    if (!personKey) continue;
    roles.push({
      personKey,
      title: row.title!,
      officeWikidataId: null,
      organizationKey: 'country:US',
      start: dayDate(row.start!),
      end: dayDate(row.end!),
      source: `officials/${cabinet}`,
    });
  }

  // Days of public record for roles the files give by year only (role-date-overrides.csv says why, row by row).
  for (const override of read('role-date-overrides.csv')) {
    const role = roles.find(
      (candidate) =>
        candidate.personKey === `person:${override.person_wikidata_id}` &&
        candidate.officeWikidataId === override.office_wikidata_id,
    );
    if (!role)
      throw new Error(`role-date-overrides.csv names a role that is not in the data: ${override.person_wikidata_id}`);
    role.start = dayDate(override.start_date!) ?? role.start;
    role.end = dayDate(override.end_date!) ?? role.end;
    role.source += ' + officials/role-date-overrides.csv';
  }

  const entities: GazetteerEntity[] = [...people.values()].map((person) => {
    const titles = [...new Set(roles.filter((role) => role.personKey === person.key).map((role) => role.title))];
    return {
      key: person.key,
      type: 'person',
      name: person.name,
      description: `${titles.join('; ')}.`,
      wikidataId: person.wikidataId,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: null,
      longitude: null,
      countryIso2: person.countryIso2,
      tags: [],
      aliases: [],
      harbourSize: null,
    };
  });
  return { entities, roles };
}

// ---------------------------------------------------------------------------------------------------------------
// International organizations and the hand-curated entities
// ---------------------------------------------------------------------------------------------------------------

interface OrganizationRecord {
  sprvd_id: string;
  wikidata: string | null;
  name_en: string;
  abbreviation_en: string | null;
  name_es: string | null;
  org_family: string | null;
  headquarters: string | null;
  year_established: number | null;
}

/** British and American spellings of "Organisation" both occur in the news; the data has one of them. */
function spellingVariants(name: string): string[] {
  const variants = [name];
  if (/Organisation/u.test(name)) variants.push(name.replace(/Organisation/gu, 'Organization'));
  if (/Organization/u.test(name)) variants.push(name.replace(/Organization/gu, 'Organisation'));
  return variants;
}

function buildOrganizations(dataDir: string): GazetteerEntity[] {
  const records = JSON.parse(
    readFileSync(path.join(dataDir, 'organizations/organizations.json'), 'utf8'),
  ) as OrganizationRecord[];
  // An abbreviation two organizations share (ECA, ISA, …) names neither reliably.
  const abbreviationCount = new Map<string, number>();
  for (const record of records) {
    if (record.abbreviation_en)
      abbreviationCount.set(record.abbreviation_en, (abbreviationCount.get(record.abbreviation_en) ?? 0) + 1);
  }
  return records.map((record) => {
    const aliases: GazetteerAlias[] = [];
    for (const variant of spellingVariants(record.name_en).slice(1))
      aliases.push({ name: variant, language: 'en', kind: 'name' });
    if (record.abbreviation_en && abbreviationCount.get(record.abbreviation_en) === 1) {
      aliases.push({ name: record.abbreviation_en, language: null, kind: 'abbreviation' });
    }
    if (record.name_es) {
      // Some Spanish "names" are the Spanish abbreviation (NATO's is OTAN).
      const isAbbreviation = /^[\p{Lu}\d&-]{2,8}$/u.test(record.name_es);
      aliases.push({
        name: record.name_es,
        language: isAbbreviation ? null : 'es',
        kind: isAbbreviation ? 'abbreviation' : 'name',
      });
    }
    return {
      key: `organization:${record.sprvd_id}`,
      type: 'organization' as const,
      name: record.name_en,
      description: [
        'International organization',
        record.year_established ? ` founded in ${record.year_established}` : '',
        record.headquarters ? `, headquartered in ${record.headquarters}` : '',
        '.',
      ].join(''),
      wikidataId: record.wikidata,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: null,
      longitude: null,
      countryIso2: null,
      tags: [],
      aliases,
      harbourSize: null,
    };
  });
}

interface CuratedRecord {
  key: string;
  type: EntityType;
  name: string;
  description: string;
  wikidataId: string | null;
  countryIso2: string | null;
  tags: EntityTag[];
  aliases: GazetteerAlias[];
}

function buildCurated(dataDir: string): GazetteerEntity[] {
  const records = JSON.parse(readFileSync(path.join(dataDir, 'curated/entities.json'), 'utf8')) as CuratedRecord[];
  return records.map((record) => ({
    ...record,
    isoAlpha2: null,
    isoAlpha3: null,
    unlocode: null,
    latitude: null,
    longitude: null,
    harbourSize: null,
  }));
}

// ---------------------------------------------------------------------------------------------------------------

/** Throws on duplicate keys or identifiers: the store keeps them unique, so the data must too. */
function assertUnique(entities: readonly GazetteerEntity[]): void {
  const seen = new Map<string, string>();
  for (const entity of entities) {
    for (const identifier of [
      `key:${entity.key}`,
      entity.wikidataId && `wikidata:${entity.wikidataId}`,
      entity.isoAlpha2 && `iso2:${entity.isoAlpha2}`,
      entity.unlocode && `unlocode:${entity.unlocode}`,
    ]) {
      if (!identifier) continue;
      const owner = seen.get(identifier);
      if (owner !== undefined) throw new Error(`${identifier} on both ${owner} and ${entity.key}`);
      seen.set(identifier, entity.key);
    }
  }
}

/** Everything the gazetteer knows, read from the packages and data/ (about 17,500 entities; ~0.3 s). */
export function loadGazetteerData(dataDir: string = DEFAULT_DATA_DIR): GazetteerData {
  const countries = buildCountries(dataDir);
  const countryByWikidata = new Map(
    countries
      .filter((country) => country.wikidataId !== null)
      .map((country) => [country.wikidataId!, country.isoAlpha2!]),
  );
  const officials = buildOfficials(dataDir, countryByWikidata);
  const entities = [
    ...countries,
    ...buildCapitals(),
    ...buildPorts(dataDir),
    ...officials.entities,
    ...buildOrganizations(dataDir),
    ...buildCurated(dataDir),
  ];
  assertUnique(entities);
  return { entities, roles: officials.roles, relations: [] };
}
