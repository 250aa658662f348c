// The place hierarchy of the reference data: cities and first-level regions (data/places, from GeoNames) as
// entities, and a `located_in` relation from every place, port, city, region and US state to its country (and from a
// city to its region), each naming the file it comes from. Kept apart from gazetteer-data.ts, which calls it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import isoCountries from 'i18n-iso-countries';

import { tokenize } from '../text/tokens.ts';
import { parseCsvRecords } from './csv.ts';
import type { EntityTag, GazetteerEntity, GazetteerRelation } from './gazetteer-data.ts';

const CITIES_FILE = 'places/cities.csv';
const REGIONS_FILE = 'places/regions.csv';
const EXONYMS_FILE = 'places/exonyms.csv';

/** Where each kind of reference entity takes its country from, for the relation's `source`. */
function countrySource(entity: GazetteerEntity): string | null {
  if (entity.tags.includes('port')) return 'ports/ports.csv';
  if (entity.tags.includes('capital')) return 'world-countries@5.1.0 (capital)';
  if (entity.tags.includes('city')) return CITIES_FILE;
  if (entity.tags.includes('region')) return REGIONS_FILE;
  if (entity.type === 'place') return 'curated/entities.json';
  return null;
}

/** The key of a city (`place:gn<GeoNames id>`) and of a first-level region (`place:admin1:<GeoNames admin1 code>`). */
export const cityKey = (geonamesId: string) => `place:gn${geonamesId}`;
export const regionKey = (admin1Code: string) => `place:admin1:${admin1Code}`;

function countryName(iso2: string): string {
  return isoCountries.getName(iso2, 'en') ?? iso2;
}

function tags(base: EntityTag, row: Record<string, string>): EntityTag[] {
  const marks: EntityTag[] = [base];
  if (row.common_word === '1') marks.push('common-word');
  if (row.homonym === '1') marks.push('homonym');
  return marks;
}

export interface Places {
  entities: GazetteerEntity[];
  /** The region key of each city that names one. */
  regionOf: ReadonlyMap<string, string>;
}

/** Cities (≥ 100,000 people) and first-level regions, read from data/places (see scripts/places-prepare-data.ts). */
export function buildPlaces(dataDir: string): Places {
  const regionOf = new Map<string, string>();
  const regions = parseCsvRecords(readFileSync(path.join(dataDir, REGIONS_FILE), 'utf8')).map(
    (row): GazetteerEntity => ({
      key: regionKey(row.admin1_code!),
      type: 'place',
      name: row.name!,
      description: `First-level administrative division of ${countryName(row.country!)} (GeoNames admin1 ${row.admin1_code}).`,
      wikidataId: null,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: null,
      longitude: null,
      countryIso2: row.country!,
      tags: tags('region', row),
      aliases: [],
      harbourSize: null,
    }),
  );
  const cities = parseCsvRecords(readFileSync(path.join(dataDir, CITIES_FILE), 'utf8')).map((row): GazetteerEntity => {
    if (row.admin1) regionOf.set(cityKey(row.geonames_id!), regionKey(`${row.country}.${row.admin1}`));
    return {
      key: cityKey(row.geonames_id!),
      type: 'place',
      name: row.name!,
      description: `City in ${countryName(row.country!)}, population ${Number(row.population).toLocaleString('en')} (GeoNames ${row.geonames_id}).`,
      wikidataId: null,
      isoAlpha2: null,
      isoAlpha3: null,
      unlocode: null,
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      countryIso2: row.country!,
      tags: tags('city', row),
      aliases: [],
      harbourSize: null,
    };
  });
  return { entities: [...regions, ...cities], regionOf };
}

const foldedName = (name: string) =>
  tokenize(name.normalize('NFC'))
    .map((token) => token.folded)
    .join(' ');

/**
 * The cities and regions whose name no other reference entity (but a port) has: the linker cannot tell two entities
 * of one name and type apart without a rule for them, so a new place must not take a name that already links
 * ("Tokyo" is the capital, "London" in Ontario yields to the capital, "Moscow" the region to the capital). Ports
 * share their towns' names by design: they link only with port context (disambiguation.ts, rule 1).
 */
export function withoutNameClashes(
  places: readonly GazetteerEntity[],
  others: readonly GazetteerEntity[],
): GazetteerEntity[] {
  const taken = new Set<string>();
  for (const entity of others) {
    if (entity.tags.includes('port')) continue;
    taken.add(foldedName(entity.name));
    for (const alias of entity.aliases) taken.add(foldedName(alias.name));
  }
  return places.filter((place) => !taken.has(foldedName(place.name)));
}

/**
 * `located_in` from every place-like reference entity with a country to that country, and from a city to its region
 * when the region is in the data. Entities whose country is not a reference entity get none.
 */
export function placeRelations(
  entities: readonly GazetteerEntity[],
  regionOf: ReadonlyMap<string, string>,
): GazetteerRelation[] {
  const keys = new Set(entities.map((entity) => entity.key));
  const relations: GazetteerRelation[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place' && entity.type !== 'port') continue;
    const source = countrySource(entity);
    const country = entity.countryIso2 ? `country:${entity.countryIso2}` : null;
    if (!source || !country || !keys.has(country)) continue;
    relations.push({ subjectKey: entity.key, type: 'located_in', objectKey: country, start: null, end: null, source });
    const region = regionOf.get(entity.key);
    if (region && keys.has(region))
      relations.push({ subjectKey: entity.key, type: 'located_in', objectKey: region, start: null, end: null, source });
  }
  return relations;
}

/**
 * data/places/exonyms.csv (hand-curated): the names other languages give to cities news names most ("Londres",
 * "Nueva York", "Pekín", "Ciudad del Cabo"), added as aliases of the place of that country and name — the capital
 * first, then the city, then the region. A row naming no place is an error, so the file cannot drift from the data.
 */
export function applyExonyms(dataDir: string, entities: GazetteerEntity[]): void {
  const rank = (entity: GazetteerEntity) =>
    entity.key.startsWith('place:capital:') ? 0 : entity.tags.includes('city') ? 1 : 2;
  const byName = new Map<string, number[]>();
  entities.forEach((entity, index) => {
    if (entity.type !== 'place' || entity.countryIso2 === null) return;
    const key = `${entity.countryIso2}|${entity.name}`;
    byName.set(key, [...(byName.get(key) ?? []), index]);
  });
  for (const row of parseCsvRecords(readFileSync(path.join(dataDir, EXONYMS_FILE), 'utf8'))) {
    const index = (byName.get(`${row.country}|${row.name}`) ?? []).sort(
      (a, b) => rank(entities[a]!) - rank(entities[b]!),
    )[0];
    if (index === undefined) throw new Error(`${EXONYMS_FILE}: no place ${row.name} in ${row.country}`);
    const place = entities[index]!;
    const language = row.language || null;
    if (place.aliases.some((alias) => alias.name === row.alias && alias.language === language)) continue;
    entities[index] = { ...place, aliases: [...place.aliases, { name: row.alias!, language, kind: 'name' }] };
  }
}
