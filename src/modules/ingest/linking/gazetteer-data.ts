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
import frenchNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import portugueseNames from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import type { Country } from 'world-countries';

import type { EntityType } from '../../../generated/prisma/enums.ts';
import { projectRoot } from '../../../lib/project-root.ts';
import { parseCsvRecords } from './csv.ts';
import { ENGLISH, isCommonWordForm } from './lexicon.ts';
import { applyExonyms, buildPlaces, placeRelations, withoutNameClashes } from './places-data.ts';

/** world-countries read as its JSON file: the package's default export is typed for CommonJS, which NodeNext misreads. */
export const worldCountries = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8'),
) as Country[];

isoCountries.registerLocale(englishNames);
isoCountries.registerLocale(spanishNames);
isoCountries.registerLocale(portugueseNames);
isoCountries.registerLocale(frenchNames);

export const DEFAULT_DATA_DIR = path.join(projectRoot, 'data');

/**
 * name: a proper name, matched with its capitals; abbreviation: matched exactly as written ("US", "NATO");
 * demonym: "Peruvian", "peruana" — linked to the country with lower confidence; metonym: a name standing for the
 * entity ("the Pentagon" for the Department of Defense); former_name: a name the entity no longer bears ("Zaire",
 * "Burma"), matched like a name and dated by its validity.
 */
export const ALIAS_KINDS = ['name', 'abbreviation', 'demonym', 'metonym', 'former_name'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface GazetteerAlias {
  name: string;
  /** BCP 47; null when language-neutral. */
  language: string | null;
  kind: AliasKind;
  /**
   * When the alias named the entity (a former name's years, "EC" for the European Community until 2009); absent or
   * null: always. Outside its validity a dated abbreviation or name is not matched, a former name still is (a
   * historical reference) with lower confidence; without a publication date, dated aliases other than former names
   * are not matched at all.
   */
  validFrom?: PartialDate | null;
  validTo?: PartialDate | null;
  /** Matched only when one of the entity's context words is in the document ("ISO" for the sugar organisation). */
  needsContext?: boolean;
  /**
   * A generic name that names the entity only in a story about its country ("Congress", "the Senate", "Parliament"):
   * matched only when the entity's country is the one the document names most (disambiguation.ts, rule 4).
   */
  countryScoped?: boolean;
}

/**
 * Marks the disambiguation rules read: a port needs port context, a capital or US state competes with a country; a
 * city or region named by an ordinary word (`common-word`: Nice, Mobile) or shared with another city or region
 * (`homonym`: Valencia, Punjab) needs its country named in the document (disambiguation.ts, rule 5);
 * `historical`: a state or organisation that no longer exists (it has a validTo).
 */
export type EntityTag =
  | 'port'
  | 'capital'
  | 'us-state'
  | 'sovereign'
  | 'city'
  | 'region'
  | 'common-word'
  | 'homonym'
  | 'historical';

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
  /** When the entity existed (a state that ceased to exist, an organisation wound up); absent or null: open. */
  validFrom?: PartialDate | null;
  validTo?: PartialDate | null;
  /** ISO 3166-3 alpha-4 code of a state that ceased to exist (SUHH, DDDE, …). */
  iso3166Alpha4?: string | null;
  /** Folded words whose presence in a document favours this entity over others of the same alias ("tin"). */
  contextWords?: readonly string[];
  /**
   * How the entity's own name is matched, like an alias's dates and context: a legislator known to the data only
   * from their years in Congress is named by it only around those years, and one whose name Wikipedia disambiguates
   * ("John Kennedy (Louisiana politician)") only in a document with one of the context words.
   */
  nameScope?: { validFrom: PartialDate | null; validTo: PartialDate | null; needsContext: boolean };
}

/** A date known to the day, the month or only the year (the heads-of-state file has years). */
export interface PartialDate {
  value: string;
  precision: 'day' | 'month' | 'year';
}

/** YYYY, YYYY-MM or YYYY-MM-DD as a PartialDate; null for anything else (an empty cell). */
export function partialDate(text: string | undefined | null): PartialDate | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(text)) return { value: text, precision: 'day' };
  if (/^\d{4}-\d{2}$/u.test(text)) return { value: text, precision: 'month' };
  if (/^\d{4}$/u.test(text)) return { value: text, precision: 'year' };
  return null;
}

/**
 * The instant a partial date starts (edge `start`) or ends (`end`), in ms since the epoch (UTC): a year-only end
 * date covers the whole year, so a role "1982–1987" includes any day of 1987. Null date: open (±Infinity).
 */
export function dateBound(date: PartialDate | null | undefined, edge: 'start' | 'end'): number {
  if (!date) return edge === 'start' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (edge === 'start') return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (day !== undefined) return Date.UTC(year, month! - 1, day + 1) - 1;
  if (month !== undefined) return Date.UTC(year, month, 1) - 1;
  return Date.UTC(year + 1, 0, 1) - 1;
}

/** What an office is, where the data says: the roles date-aware linking reads ("Prime Minister Nakasone"). */
export type RoleCategory =
  | 'head_of_state'
  | 'head_of_government'
  | 'vice_president'
  | 'foreign_minister'
  | 'finance_minister'
  | 'central_bank_governor'
  | 'minister'
  | 'legislator';

/** The day a `date` column stores for a partial date: its first day (`start`) or its last (`end`); null stays null. */
export function partialDateDay(date: PartialDate | null | undefined, edge: 'start' | 'end'): string | null {
  if (!date) return null;
  return new Date(dateBound(date, edge)).toISOString().slice(0, 10);
}

export interface GazetteerRole {
  personKey: string;
  title: string;
  officeWikidataId: string | null;
  /** Null where the source does not classify the office (the US cabinet file, the older minister lists). */
  category?: RoleCategory | null;
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

/** data/countries/country-aliases.csv by entity key: dated former names, news forms, historical states' names. */
function readCountryAliases(dataDir: string): Map<string, GazetteerAlias[]> {
  const byKey = new Map<string, GazetteerAlias[]>();
  for (const row of parseCsvRecords(readFileSync(path.join(dataDir, 'countries/country-aliases.csv'), 'utf8'))) {
    const kind = row.kind as AliasKind;
    if (!ALIAS_KINDS.includes(kind)) throw new Error(`country-aliases.csv: unknown kind ${row.kind}`);
    const alias: GazetteerAlias = {
      name: row.alias!,
      language: row.language || null,
      kind,
      validFrom: partialDate(row.valid_from),
      validTo: partialDate(row.valid_to),
    };
    byKey.set(row.key!, [...(byKey.get(row.key!) ?? []), alias]);
  }
  return byKey;
}

function buildCountries(dataDir: string, curatedAliases: ReadonlyMap<string, GazetteerAlias[]>): GazetteerEntity[] {
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
    // The curated rows first: their kind and dates win ("Burma" is a former name, not one of the package's names).
    for (const alias of curatedAliases.get(`country:${country.cca2}`) ?? [])
      if (alias.name !== country.name.common && !aliases.has(alias.name)) aliases.set(alias.name, alias);
    for (const alias of COUNTRY_ABBREVIATIONS[country.cca2] ?? []) add(alias.name, alias.language, alias.kind);
    add(country.name.official, 'en', 'name');
    for (const name of isoCountries.getName(country.cca2, 'en', { select: 'all' }) ?? []) {
      if (isUsableName(name)) add(name, 'en', 'name');
    }
    // The package's other spellings are of any language: one that is an ordinary English word and no word of the
    // country's English name is another language's name ("Island", Iceland's in Danish and German), left out.
    const englishWords = new Set(country.name.common.toLowerCase().split(/\s+/u));
    for (const name of country.altSpellings) {
      const folded = name.toLowerCase();
      const foreignWord = !name.includes(' ') && !englishWords.has(folded) && isCommonWordForm(folded, ENGLISH);
      if (isUsableName(name) && !foreignWord) add(name, null, 'name');
    }
    const spanish = country.translations.spa;
    if (spanish) for (const name of [spanish.common, spanish.official]) if (isUsableName(name)) add(name, 'es', 'name');
    for (const name of isoCountries.getName(country.cca2, 'es', { select: 'all' }) ?? []) {
      if (isUsableName(name)) add(name, 'es', 'name');
    }
    // English and Spanish demonyms before the Portuguese and French names, which may spell them ("Argentine" is
    // Argentina's name in French and its adjective in English; the first kind given wins).
    for (const demonym of demonymsEn.get(country.cca2) ?? []) add(demonym, 'en', 'demonym');
    for (const demonym of spanishDemonyms.get(country.cca2) ?? []) add(demonym, 'es', 'demonym');
    for (const [language, translation] of [
      ['pt', country.translations.por],
      ['fr', country.translations.fra],
    ] as const) {
      if (translation)
        for (const name of [translation.common, translation.official])
          if (isUsableName(name)) add(name, language, 'name');
      for (const name of isoCountries.getName(country.cca2, language, { select: 'all' }) ?? [])
        if (isUsableName(name)) add(name, language, 'name');
    }
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
        // "Washington D.C." is written with a comma as often as without, and mostly as "Washington" alone (the
        // state of that name is "Washington state"; disambiguation.ts rule 4 prefers the capital).
        aliases:
          capital === 'Washington D.C.'
            ? [
                { name: 'Washington, D.C.', language: null, kind: 'name' },
                { name: 'Washington', language: null, kind: 'name' },
              ]
            : [],
        harbourSize: null,
      });
    }
  }
  return entities;
}

// ---------------------------------------------------------------------------------------------------------------
// States that ceased to exist, and who followed them
// ---------------------------------------------------------------------------------------------------------------

function yearsOf(from: PartialDate | null, to: PartialDate | null): string {
  return `${from?.value.slice(0, 4) ?? '?'}–${to?.value.slice(0, 4) ?? ''}`;
}

/**
 * data/history/historical-states.csv: one entity per state that ceased to exist (USSR, the two Germanys, …), keyed
 * by its ISO 3166-3 code or Wikidata id, with its years; each successor is `successor_of` it from the day it ended.
 * Renamed states are not here: they are the current entity with dated former names (country-aliases.csv).
 */
function buildHistoricalStates(
  dataDir: string,
  curatedAliases: ReadonlyMap<string, GazetteerAlias[]>,
): Pick<GazetteerData, 'entities' | 'relations'> {
  const file = 'history/historical-states.csv';
  const rows = parseCsvRecords(readFileSync(path.join(dataDir, file), 'utf8'));
  const names = new Map(rows.map((row) => [row.key!, row.name!]));
  const entities: GazetteerEntity[] = [];
  const relations: GazetteerRelation[] = [];
  for (const row of rows) {
    const validFrom = partialDate(row.valid_from);
    const validTo = partialDate(row.valid_to);
    const successors = row.successors ? row.successors.split('|') : [];
    const successorNames = successors.map(
      (key) => names.get(key) ?? isoCountries.getName(key.slice('country:'.length), 'en') ?? key,
    );
    entities.push({
      key: row.key!,
      type: 'country',
      name: row.name!,
      description: `Former state (${yearsOf(validFrom, validTo)})${
        successorNames.length > 0 ? `, succeeded by ${successorNames.join(', ')}` : ''
      }.`,
      wikidataId: row.wikidata || null,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: null,
      longitude: null,
      countryIso2: null,
      tags: ['historical'],
      aliases: (curatedAliases.get(row.key!) ?? []).filter((alias) => alias.name !== row.name),
      harbourSize: null,
      validFrom,
      validTo,
      iso3166Alpha4: row.iso3166_3 || null,
    });
    for (const successor of successors)
      relations.push({
        subjectKey: successor,
        type: 'successor_of',
        objectKey: row.key!,
        start: validTo,
        end: null,
        source: file,
      });
  }
  return { entities, relations };
}

// ---------------------------------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------------------------------

function buildPorts(dataDir: string): GazetteerEntity[] {
  const rows = parseCsvRecords(readFileSync(path.join(dataDir, 'ports/ports.csv'), 'utf8'));
  return rows.map((row) => {
    const name = row.name || row.name_ascii!;
    const aliases: GazetteerAlias[] = [];
    // UN/LOCODE's remarks column holds notes as well as names ("ports", "oil terminal", "ex Bombay"): a name has a
    // capital letter and is not a note of a former name.
    const alternates = (row.alternate_names ? row.alternate_names.split('|') : []).filter(
      (alias) => /\p{Lu}/u.test(alias) && !/^ex\s/u.test(alias),
    );
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
  wikidataId: string | null;
  countryIso2: string | null;
  aliases: Set<string>;
}

const ROLE_CATEGORIES = new Set<string>([
  'head_of_state',
  'vice_president',
  'minister',
  'legislator',
  'head_of_government',
  'foreign_minister',
  'finance_minister',
  'central_bank_governor',
]);

/**
 * Other usual spellings of an Arabic name. The article before a family name is written "al-" or "el-" ("Abdel Fattah
 * el-Sisi" and "al-Sisi", "Khalifa Haftar" aside); with a patronymic ("Qaboos bin Said Al Said", "Tamim bin Hamad Al
 * Thani") news mostly leaves the dynasty out ("Qaboos bin Said") and writes a final qāf either way ("Tarik" and
 * "Tariq"). None for other names.
 */
export function arabicNameForms(name: string): string[] {
  const forms = new Set([name]);
  // The article inside the name, after a given name: "el-Sisi" ⇄ "al-Sisi", "El-Sisi" ⇄ "Al-Sisi".
  if (/ (?:[ae]l)-\p{Lu}/iu.test(name))
    forms.add(name.replace(/ ([AaEe])l-(?=\p{Lu})/gu, (_, a: string) => ` ${{ a: 'e', e: 'a', A: 'E', E: 'A' }[a]}l-`));
  if (/ (?:bin|ibn|bint) /u.test(name)) {
    for (const form of [...forms])
      forms.add(
        form.replace(
          /(\p{L}{2,})i([kq])\b/gu,
          (_, stem: string, letter: string) => `${stem}i${letter === 'k' ? 'q' : 'k'}`,
        ),
      );
    for (const form of [...forms]) {
      const match = /^(\S+ (?:bin|ibn|bint) \S+) (?:Al|al|Āl)[ -]\S+$/u.exec(form);
      if (match) forms.add(match[1]!);
    }
  }
  forms.delete(name);
  return [...forms];
}

function buildOfficials(
  dataDir: string,
  countryByWikidata: ReadonlyMap<string, string>,
): Pick<GazetteerData, 'entities' | 'roles'> {
  const read = (file: string) => parseCsvRecords(readFileSync(path.join(dataDir, 'officials', file), 'utf8'));
  const people = new Map<string, PersonRecord>();
  const roles: GazetteerRole[] = [];
  /** Names not from a Wikidata label (congress-legislators' "Joseph Biden Jr."): a label seen later replaces them. */
  const provisional = new Set<string>();
  const addPerson = (
    wikidataId: string,
    name: string,
    countryIso2: string | null,
    options: { provisionalName?: boolean } = {},
  ): string | null => {
    // A row without a person id or label cannot be linked to text (one Peruvian minister has no English label).
    if (!/^Q\d+$/u.test(wikidataId) || name === '' || /^Q\d+$/u.test(name)) return null;
    const key = `person:${wikidataId}`;
    const person = people.get(key);
    const forms = arabicNameForms(name);
    for (const form of forms) people.get(key)?.aliases.add(form);
    if (!person) {
      people.set(key, { key, name, wikidataId, countryIso2, aliases: new Set(forms) });
      if (options.provisionalName) provisional.add(key);
    } else if (person.name !== name) {
      // Another file's name for the same person is one of their names.
      if (provisional.has(key) && !options.provisionalName) {
        person.aliases.add(person.name);
        person.name = name;
        provisional.delete(key);
      } else person.aliases.add(name);
    }
    return key;
  };
  // One office held from one start is one role, whichever file also lists it (the older files repeat the newer's rows).
  // A later file may say more of the office than the first (Jack Straw's Foreign Secretaryship, a `minister` role in
  // the cabinet file, is the foreign minister's in curated/officeholders.csv): its category replaces a vaguer one.
  const roleKeys = new Map<string, GazetteerRole>();
  const pushRole = (role: GazetteerRole) => {
    const identity = `${role.personKey}|${role.officeWikidataId ?? role.title}|${role.start?.value.slice(0, 4) ?? ''}`;
    const known = roleKeys.get(identity);
    if (known) {
      if ((known.category ?? 'minister') === 'minister' && role.category && role.category !== 'minister')
        known.category = role.category;
      return;
    }
    roleKeys.set(identity, role);
    roles.push(role);
  };

  /** A row of an office-holder file (officeholders.csv, curated/officeholders.csv): its name forms and its role. */
  const addHolderRow = (personKey: string, row: Record<string, string | undefined>, source: string) => {
    const person = people.get(personKey)!;
    // The aliases were generated mechanically; a few are punctuation only.
    for (const alias of row.aliases ? row.aliases.split('|') : [])
      if (/\p{L}{2}/u.test(alias) && alias !== person.name) person.aliases.add(alias);
    const iso = row.country_iso2 || null;
    pushRole({
      personKey,
      title: row.position!,
      officeWikidataId: row.position_wikidata || null,
      category: ROLE_CATEGORIES.has(row.role!) ? (row.role as RoleCategory) : null,
      // An international body's office (curated/igo-officeholders.csv) belongs to the body; a country's, to the country.
      organizationKey: row.organization_key || (iso ? `country:${iso}` : null),
      start: partialDate(row.start),
      end: partialDate(row.end),
      source,
    });
  };

  // Office holders since 1945 (officeholders.csv, its `checked` column says how each row was checked): first, so the
  // day-precise rows win over the year-only rows of the files below.
  const holders = 'officeholders.csv';
  /** Rows without a Wikidata id (hand-compiled): read last, as the person of that name already loaded if there is one. */
  const unidentified: { row: Record<string, string>; source: string }[] = [];
  for (const row of read(holders)) {
    const iso = row.country_iso2 || null;
    if (!row.wikidata_person && row.name) {
      unidentified.push({ row: row as Record<string, string>, source: `officials/${holders}` });
      continue;
    }
    const personKey = addPerson(row.wikidata_person!, row.name!, iso, {
      provisionalName: !row.source!.includes('every-politician-scrapers'),
    });
    if (!personKey) continue;
    addHolderRow(personKey, row, `officials/${holders}`);
  }

  const heads = 'heads_of_state_and_government_wikidata_2024-10.csv';
  for (const row of read(heads)) {
    const iso = countryByWikidata.get(row.countryid!) ?? null;
    const personKey = addPerson(row.officeholder!, row.officeholderLabel!, iso);
    if (!personKey) continue;
    pushRole({
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
    pushRole({
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
    pushRole({
      personKey,
      title: row.title!,
      officeWikidataId: null,
      organizationKey: 'country:US',
      start: dayDate(row.start!),
      end: dayDate(row.end!),
      source: `officials/${cabinet}`,
    });
  }

  // Members of Congress (since 2012, with their earlier terms) and vice presidents, day-precise
  // (us_congress_legislators.csv, built by scripts/reference/build-congress-data.ts). Last: a name from the Wikidata
  // label files above wins over the Wikipedia title this file names people by.
  const congress = 'us_congress_legislators.csv';
  const disambiguatedNames = new Set<string>();
  for (const row of read(congress)) {
    const personKey = addPerson(row.wikidata_person!, row.name!, 'US');
    if (!personKey) continue;
    for (const alias of row.aliases ? row.aliases.split('|') : []) people.get(personKey)!.aliases.add(alias);
    if (row.ambiguous_name === 'y') disambiguatedNames.add(personKey);
    pushRole({
      personKey,
      title: row.position!,
      officeWikidataId: null,
      category: row.role === 'vice_president' ? 'vice_president' : 'legislator',
      organizationKey: 'country:US',
      start: dayDate(row.start!),
      end: dayDate(row.end!),
      source: `officials/${congress}`,
    });
  }

  // Cabinet ministers other than the offices above (defence, interior, justice, health, …; deputy prime ministers),
  // from the holders21 files officeholders.csv was built from (ministers_holders21_2022.csv, built by
  // scripts/reference/build-cabinet-data.ts). A row names its repository only; the commit and path it was read at are
  // that repository's row of officeholders-sources.csv, so a row from anywhere else is an error.
  const ministers21 = 'ministers_holders21_2022.csv';
  const scraperRepositories = new Set(read('officeholders-sources.csv').map((row) => row.repository));
  for (const row of read(ministers21)) {
    if (!scraperRepositories.has(`every-politician-scrapers/${row.repository}`))
      throw new Error(`${ministers21}: repository ${row.repository} is not in officeholders-sources.csv`);
    const iso = row.country_iso2 || null;
    const personKey = addPerson(row.wikidata_person!, row.name!, iso);
    if (!personKey) continue;
    if (row.aliases) people.get(personKey)!.aliases.add(row.aliases);
    pushRole({
      personKey,
      title: row.position!,
      officeWikidataId: null,
      category: 'minister',
      organizationKey: iso ? `country:${iso}` : null,
      start: partialDate(row.start),
      end: partialDate(row.end),
      source: `officials/${ministers21}`,
    });
  }

  // Members of legislatures beyond Congress (the UK, Scottish, Philippine, Australian, Canadian, Indian, Irish, New
  // Zealand, South African, Israeli, Japanese, French, Polish, Ukrainian and Greek parliaments and Hong Kong's
  // Legislative Council, with the state and provincial legislatures Wikidata lists) and the regional executives of Hong
  // Kong and Scotland, from every-politician-scrapers' legislators and holders21 files: legislators/<repository>.csv,
  // one per row of legislators-sources.csv (built by scripts/reference/build-legislators-data.ts). Named like members
  // of Congress: around their years in office, and beside a word of their office where Wikipedia disambiguates the name.
  for (const source of read('legislators-sources.csv')) {
    const file = `legislators/${source.repository!.replace(/^every-politician-scrapers\//u, '')}.csv`;
    for (const row of read(file)) {
      const iso = row.country_iso2 || null;
      const personKey = addPerson(row.wikidata_person!, row.name!, iso);
      if (!personKey) continue;
      if (row.aliases) people.get(personKey)!.aliases.add(row.aliases);
      if (row.ambiguous_name === 'y') disambiguatedNames.add(personKey);
      pushRole({
        personKey,
        title: row.position!,
        officeWikidataId: null,
        category: row.role === 'minister' ? 'minister' : 'legislator',
        organizationKey: iso ? `country:${iso}` : null,
        start: partialDate(row.start),
        end: partialDate(row.end),
        source: `officials/${file}`,
      });
    }
  }

  // Heads of state and government the files above lack — before 2000 for most countries, and after it for countries
  // without a holders21 repository — hand-compiled in curated/officeholders.csv (with some 1980s ministers and central-bank governors), with officeholders.csv's
  // rows that have no Wikidata id. Such a row is the person of that name and country loaded above when there is one
  // (by name or alias), else a person of their own keyed by country and name (`person:th-thaksin-shinawatra`).
  const curatedHeads = 'curated/officeholders.csv';
  for (const row of parseCsvRecords(readFileSync(path.join(dataDir, curatedHeads), 'utf8')))
    unidentified.push({ row: row as Record<string, string>, source: curatedHeads });
  // The heads of international bodies (UN, IMF, World Bank, GATT/WTO, the European Commission and its trade,
  // agriculture, competition and internal-market commissioners, NATO, …), hand-compiled in curated/igo-officeholders.csv:
  // the row's country is the person's (Michel Camdessus of France, found by name among France's office holders), the
  // office is the body's (`organization_key`).
  const curatedBodies = 'curated/igo-officeholders.csv';
  for (const row of parseCsvRecords(readFileSync(path.join(dataDir, curatedBodies), 'utf8')))
    unidentified.push({ row: row as Record<string, string>, source: curatedBodies });
  // A person is found by a name in any country they held office in ("Jacques Chirac", co-prince of Andorra first and
  // President of France), or — whose country changed (Václav Havel of Czechoslovakia and of the Czech Republic, Eduard
  // Shevardnadze, Soviet foreign minister and Georgian president) — by a name only one head of state or government bears.
  const byName = new Map<string, string>();
  const headsByName = new Map<string, Set<string>>();
  const countriesOf = new Map<string, Set<string>>();
  for (const role of roles) {
    const countries = countriesOf.get(role.personKey) ?? new Set<string>();
    if (role.organizationKey?.startsWith('country:')) countries.add(role.organizationKey.slice('country:'.length));
    countriesOf.set(role.personKey, countries);
  }
  const index = (person: PersonRecord, heads: boolean) => {
    const countries = new Set([person.countryIso2 ?? '', ...(countriesOf.get(person.key) ?? [])]);
    for (const name of [person.name, ...person.aliases]) {
      for (const country of countries) byName.set(`${country}|${foldWord(name)}`, person.key);
      if (heads) headsByName.set(foldWord(name), (headsByName.get(foldWord(name)) ?? new Set()).add(person.key));
    }
  };
  const headKeys = new Set(
    roles
      .filter((role) => role.category === 'head_of_state' || role.category === 'head_of_government')
      .map((role) => role.personKey),
  );
  for (const person of people.values()) index(person, headKeys.has(person.key));
  for (const { row, source } of unidentified) {
    const iso = row.country_iso2 || null;
    const name = row.name!;
    let personKey = row.wikidata_person ? addPerson(row.wikidata_person, name, iso) : null;
    personKey ??= byName.get(`${iso ?? ''}|${foldWord(name)}`) ?? null;
    const heads = headsByName.get(foldWord(name));
    if (!personKey && heads?.size === 1) personKey = [...heads][0]!;
    if (!personKey) {
      personKey = `person:${(iso ?? 'xx').toLowerCase()}-${foldWord(name)
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-|-$/gu, '')}`;
      if (!people.has(personKey))
        people.set(personKey, { key: personKey, name, wikidataId: null, countryIso2: iso, aliases: new Set() });
      byName.set(`${iso ?? ''}|${foldWord(name)}`, personKey);
      if (row.role === 'head_of_state' || row.role === 'head_of_government')
        headsByName.set(foldWord(name), (headsByName.get(foldWord(name)) ?? new Set()).add(personKey));
    }
    for (const form of arabicNameForms(name)) people.get(personKey)!.aliases.add(form);
    addHolderRow(personKey, row, source);
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

  const rolesByPerson = new Map<string, GazetteerRole[]>();
  for (const role of roles) {
    const list = rolesByPerson.get(role.personKey);
    if (list) list.push(role);
    else rolesByPerson.set(role.personKey, [role]);
  }
  const entities: GazetteerEntity[] = [...people.values()].map((person) => {
    const personRoles = rolesByPerson.get(person.key) ?? [];
    const titles = [...new Set(personRoles.map((role) => role.title))];
    // A one-word name ("Anita", a member of a state assembly) is a given name in most texts: beside an office's words
    // only, like a name Wikipedia disambiguates.
    const nameScope = legislatorNameScope(
      personRoles,
      disambiguatedNames.has(person.key) || !/\s/u.test(person.name.trim()),
    );
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
      aliases: [...person.aliases]
        .filter((alias) => alias !== person.name)
        .map(
          (alias): GazetteerAlias => ({
            name: alias,
            language: null,
            kind: 'name',
            ...(nameScope
              ? { validFrom: nameScope.validFrom, validTo: nameScope.validTo, needsContext: nameScope.needsContext }
              : {}),
          }),
        ),
      harbourSize: null,
      ...(nameScope ? { nameScope } : {}),
      ...(nameScope?.needsContext ? { contextWords: legislatorContextWords(personRoles) } : {}),
    };
  });
  return { entities, roles };
}

/**
 * The offices whose thousands of holders are named by their names only around their years in office: members of
 * Congress and the cabinet ministers beyond the tracked offices (defence, health, …).
 */
const NAME_SCOPED_CATEGORIES: ReadonlySet<RoleCategory | null> = new Set(['legislator', 'minister']);

/** Years before a legislator's first term their name already identifies them (candidates, campaigns). */
const LEGISLATOR_NAME_YEARS_BEFORE = 2;
/** Years after their last term it still does (a former senator in the news). */
const LEGISLATOR_NAME_YEARS_AFTER = 6;

function shiftYears(date: PartialDate, years: number): PartialDate {
  return { value: `${Number(date.value.slice(0, 4)) + years}${date.value.slice(4)}`, precision: date.precision };
}

/**
 * The name scope of a person whose every role is a seat in Congress: thousands of members, many with everyday names
 * ("Mike Lee", "John Lewis"), are named by them only from a little before their first term to some years after
 * their last, and — when Wikipedia has to disambiguate the name — only beside a word of their office or state.
 * Anyone with another office (a president, a minister, a vice president) keeps the undated name they had.
 */
function legislatorNameScope(
  roles: readonly GazetteerRole[],
  disambiguated: boolean,
): GazetteerEntity['nameScope'] | undefined {
  if (roles.length === 0 || roles.some((role) => !NAME_SCOPED_CATEGORIES.has(role.category ?? null))) return undefined;
  const starts = roles.map((role) => role.start).filter((date): date is PartialDate => date !== null);
  const ends = roles.map((role) => role.end);
  const first = starts.sort((a, b) => a.value.localeCompare(b.value))[0];
  const last = ends.includes(null)
    ? null
    : (ends as PartialDate[]).sort((a, b) => a.value.localeCompare(b.value)).at(-1)!;
  return {
    validFrom: first ? shiftYears(first, -LEGISLATOR_NAME_YEARS_BEFORE) : null,
    validTo: last ? shiftYears(last, LEGISLATOR_NAME_YEARS_AFTER) : null,
    needsContext: disambiguated,
  };
}

/**
 * Words of a legislator's office and of the states they sat for ("senator", "louisiana"), and of the legislatures
 * elsewhere ("mp", "parliament", "legislative", "council", "scottish").
 */
function legislatorContextWords(roles: readonly GazetteerRole[]): string[] {
  const words = new Set(['senator', 'sen', 'senate', 'congress', 'congressman', 'congresswoman', 'rep']);
  words.add('representative').add('lawmaker').add('speaker').add('legislator');
  for (const role of roles) {
    if (role.source === 'officials/us_congress_legislators.csv') {
      const state = / from (?:the )?(.+)$/u.exec(role.title)?.[1];
      if (state) for (const word of state.split(' ')) if (word.length > 2) words.add(foldWord(word));
      continue;
    }
    words.add('mp').add('mps').add('parliament').add('minister').add('councillor');
    // "Member of the 57th Parliament of the United Kingdom", "member of the Legislative Council of Hong Kong".
    for (const word of role.title.split(/[\s(),]+/u))
      if (word.length > 3 && !OFFICE_TITLE_FILLER.has(word.toLowerCase())) words.add(foldWord(word));
  }
  return [...words];
}

/** Words of office titles that say nothing about the office. */
const OFFICE_TITLE_FILLER: ReadonlySet<string> = new Set(['member', 'with', 'from', 'united', 'government']);

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

/**
 * British and American spellings both occur in the news ("Organisation for Economic Co-operation" in London,
 * "Organization for Economic Cooperation" in New York, "World Food Program" in US papers); the data has one of them.
 */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['Organisation', 'Organization'],
  ['Co-operation', 'Cooperation'],
  ['Programme', 'Program'],
  ['Labour', 'Labor'],
  ['Centre', 'Center'],
  ['Defence', 'Defense'],
];

/** The name and its other spellings, the name first. */
function spellingVariants(name: string): string[] {
  let variants = [name];
  for (const pair of SPELLINGS)
    for (const [from, to] of [pair, [pair[1], pair[0]] as const])
      if (new RegExp(String.raw`\b${from}\b`, 'u').test(name))
        variants = variants.flatMap((variant) => [
          variant,
          variant.replace(new RegExp(String.raw`\b${from}\b`, 'gu'), to),
        ]);
  return [...new Set(variants)];
}

/**
 * The news forms of a UN body's name: "UN General Assembly", "U.N. Security Council", "Office of the UN High
 * Commissioner for Refugees"; and, when three words or more are left, the name without "United Nations" ("World Food
 * Programme") — "Security Council" or "General Assembly" alone name other bodies too.
 */
function unitedNationsShortForms(name: string): string[] {
  if (!name.includes('United Nations ')) return [];
  const forms = [name.replace('United Nations ', 'UN '), name.replace('United Nations ', 'U.N. ')];
  if (name.startsWith('United Nations ')) {
    const rest = name.slice('United Nations '.length);
    if (rest.split(' ').length >= 3 && !rest.startsWith('for ')) forms.push(rest);
  }
  return forms;
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
  const names = new Set(records.map((record) => record.name_en));
  // The list gives the OPEC Fund OPEC's full name as its "abbreviation": another organisation's name is none.
  const isAbbreviation = (record: OrganizationRecord): record is OrganizationRecord & { abbreviation_en: string } =>
    record.abbreviation_en !== null &&
    abbreviationCount.get(record.abbreviation_en) === 1 &&
    !names.has(record.abbreviation_en);
  return records.map((record) => {
    const aliases: GazetteerAlias[] = [];
    const spellings = spellingVariants(record.name_en);
    for (const variant of spellings.slice(1)) aliases.push({ name: variant, language: 'en', kind: 'name' });
    for (const name of new Set(spellings.flatMap(unitedNationsShortForms)))
      if (!names.has(name)) aliases.push({ name, language: 'en', kind: 'name' });
    if (isAbbreviation(record)) {
      aliases.push({ name: record.abbreviation_en, language: null, kind: 'abbreviation' });
      // A two-letter abbreviation is written with full stops too ("U.N.", "E.U.").
      if (/^\p{Lu}{2}$/u.test(record.abbreviation_en))
        aliases.push({ name: `${[...record.abbreviation_en].join('.')}.`, language: null, kind: 'abbreviation' });
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

interface HistoricalAliasRecord {
  name: string;
  kind: AliasKind;
  language: string | null;
  validFrom: string | null;
  validTo: string | null;
}

interface HistoricalOrganizationRecord {
  key: string;
  /** The key of an organisation of organizations.json this record adds aliases and context words to. */
  extends: string | null;
  name?: string;
  description?: string;
  wikidata?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** The organisation that took over from this one (`successor_of` it). */
  successor?: string | null;
  context: string[];
  aliases: HistoricalAliasRecord[];
  /** The record's aliases are matched only when one of the context words is in the document. */
  aliasesNeedContext?: boolean;
}

/** Folded as the tokenizer folds (lowercase, no accents), for lookups in a document's words. */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * data/organizations/historical-organizations.json: organisations that ended or were renamed (EEC, GATT, Comecon, the
 * International Tin Council, …) as entities with their years, and dated aliases and context words added to
 * organisations of organizations.json (the International Grains Council was the International Wheat Council).
 */
function applyHistoricalOrganizations(
  dataDir: string,
  organizations: GazetteerEntity[],
): Pick<GazetteerData, 'entities' | 'relations'> {
  const file = 'organizations/historical-organizations.json';
  const records = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as HistoricalOrganizationRecord[];
  const byKey = new Map(organizations.map((entity, index) => [entity.key, index]));
  const entities: GazetteerEntity[] = [];
  const relations: GazetteerRelation[] = [];
  for (const record of records) {
    const aliases = record.aliases.map(
      (alias): GazetteerAlias => ({
        name: alias.name,
        language: alias.language,
        kind: alias.kind,
        validFrom: partialDate(alias.validFrom),
        validTo: partialDate(alias.validTo),
        ...(record.aliasesNeedContext ? { needsContext: true } : {}),
      }),
    );
    const contextWords = record.context.map(foldWord);
    if (record.extends) {
      const index = byKey.get(record.extends);
      if (index === undefined) throw new Error(`${file}: ${record.extends} is not in organizations.json`);
      const current = organizations[index]!;
      organizations[index] = {
        ...current,
        aliases: [...current.aliases, ...aliases],
        contextWords: [...(current.contextWords ?? []), ...contextWords],
      };
      continue;
    }
    const validFrom = partialDate(record.validFrom);
    const validTo = partialDate(record.validTo);
    entities.push({
      key: record.key,
      type: 'organization',
      name: record.name!,
      description: record.description ?? null,
      wikidataId: record.wikidata ?? null,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: null,
      longitude: null,
      countryIso2: null,
      tags: validTo ? ['historical'] : [],
      aliases,
      harbourSize: null,
      validFrom,
      validTo,
      contextWords,
    });
    if (record.successor)
      relations.push({
        subjectKey: record.successor,
        type: 'successor_of',
        objectKey: record.key,
        start: validTo,
        end: null,
        source: file,
      });
  }
  return { entities, relations };
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

/**
 * data/curated/national-institutions.csv: legislatures and their chambers, cabinets, high courts, armed forces,
 * parties and news organisations of many countries, one row each. `aliases` and `scoped_aliases` are `|`-separated,
 * English unless prefixed `es:`; a scoped alias is a generic name ("Parliament", "Senate", "Congreso", "PT") that names
 * the entity only in a story about its country (GazetteerAlias.countryScoped). The key comes from country and name.
 */
function readNationalInstitutions(dataDir: string): CuratedRecord[] {
  const file = 'curated/national-institutions.csv';
  const alias = (form: string, countryScoped: boolean): GazetteerAlias => {
    const spanish = form.startsWith('es:');
    return {
      name: spanish ? form.slice(3) : form,
      language: spanish ? 'es' : 'en',
      kind: 'name',
      ...(countryScoped ? { countryScoped } : {}),
    };
  };
  const split = (value: string | undefined) => (value ? value.split('|').filter((form) => form !== '') : []);
  return parseCsvRecords(readFileSync(path.join(dataDir, file), 'utf8')).map((row) => {
    const country = row.country_iso2!;
    const name = row.name!;
    const slug = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      key: `organization:${country.toLowerCase()}-${slug}`,
      type: 'organization',
      name,
      description: row.description ?? '',
      wikidataId: null,
      countryIso2: country,
      tags: [],
      aliases: [
        ...split(row.aliases).map((form) => alias(form, false)),
        ...split(row.scoped_aliases).map((form) => alias(form, true)),
      ],
    };
  });
}

function buildCurated(dataDir: string): GazetteerEntity[] {
  const records = [
    ...(JSON.parse(readFileSync(path.join(dataDir, 'curated/entities.json'), 'utf8')) as CuratedRecord[]),
    ...readNationalInstitutions(dataDir),
  ];
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

/** Everything the gazetteer knows, read from the packages and data/ (about 29,000 entities; ~1 s). */
export function loadGazetteerData(dataDir: string = DEFAULT_DATA_DIR): GazetteerData {
  const curatedAliases = readCountryAliases(dataDir);
  const countries = buildCountries(dataDir, curatedAliases);
  const states = buildHistoricalStates(dataDir, curatedAliases);
  const countryByWikidata = new Map(
    countries
      .filter((country) => country.wikidataId !== null)
      .map((country) => [country.wikidataId!, country.isoAlpha2!]),
  );
  const officials = buildOfficials(dataDir, countryByWikidata);
  const organizations = buildOrganizations(dataDir);
  const historicalOrganizations = applyHistoricalOrganizations(dataDir, organizations);
  const known = [
    ...countries,
    ...states.entities,
    ...buildCapitals(),
    ...buildPorts(dataDir),
    ...officials.entities,
    ...organizations,
    ...historicalOrganizations.entities,
    ...buildCurated(dataDir),
  ];
  const places = buildPlaces(dataDir);
  const entities = [...known, ...withoutNameClashes(places.entities, known)];
  applyExonyms(dataDir, entities);
  assertUnique(entities);
  const relations = [
    ...states.relations,
    ...historicalOrganizations.relations,
    ...placeRelations(entities, places.regionOf),
  ];
  const keys = new Set(entities.map((entity) => entity.key));
  for (const relation of relations)
    if (!keys.has(relation.subjectKey) || !keys.has(relation.objectKey))
      throw new Error(`relation ${relation.subjectKey} ${relation.type} ${relation.objectKey} names an unknown entity`);
  return { entities, roles: officials.roles, relations };
}
