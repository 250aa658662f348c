import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { commodities, lawsAndEvents, outletCountries, outletNamePatterns, prominentCountries } from './catalog.ts';
import { uuidv7At } from './ids.ts';
import { codePointLength, type Language, languages } from './phrasebook/index.ts';
import { Random, Zipf } from './random.ts';
import type { Row } from './tables.ts';

// The fixed part of the corpus — outlets, entities with their aliases, and the relations between them (officials'
// roles, where ports and places lie, memberships and alliances) — built from the reference data in ./data and the seed. Articles (./articles.ts) then draw from it with Zipf popularity.

type EntityType = 'country' | 'person' | 'organization' | 'port' | 'place' | 'commodity' | 'legal_instrument' | 'event';

/** How an entity is written in a sentence: `prefix` (an article such as "the ") is text around the mention. */
export type Surface = { prefix: string; text: string; codePoints: number };

export type WorldEntity = {
  id: string;
  type: EntityType;
  name: string;
  /** ISO alpha-2 of the country it belongs to (itself for a country), for picking entities that go together. */
  country: string | null;
  full: Record<Language, Surface>;
  /** A shorter form for later mentions (a surname, an acronym), where one exists in that language. */
  short: Partial<Record<Language, Surface>>;
};

export type WorldSource = { id: string; language: Language; homepage: string };

export type World = {
  sourcesByLanguage: Record<Language, Zipf<WorldSource>>;
  countries: Zipf<WorldEntity>;
  people: Zipf<WorldEntity>;
  organizations: Zipf<WorldEntity>;
  ports: Zipf<WorldEntity>;
  places: Zipf<WorldEntity>;
  commodities: Zipf<WorldEntity>;
  lawsAndEvents: Zipf<WorldEntity>;
  /** People, ports and places of each country, most popular first. */
  local: {
    people: Map<string, Zipf<WorldEntity>>;
    ports: Map<string, Zipf<WorldEntity>>;
    places: Map<string, Zipf<WorldEntity>>;
  };
  rows: { sources: Row[]; entities: Row[]; entityAliases: Row[]; relations: Row[] };
};

type CountryRecord = { alpha2: string; alpha3: string; wikidataId: string | null; names: Record<Language, string> };
type PersonRecord = {
  wikidataId: string;
  name: string;
  roles: { title: string; country: string | null; start: string | null; end: string | null }[];
};
type OrganizationRecord = {
  name: string;
  abbreviation: string | null;
  names: { es: string | null; fr: string | null };
  wikidataId: string | null;
};
type PortRecord = {
  unlocode: string;
  country: string;
  name: string;
  wpiName: string | null;
  harborSize: string | null;
  latitude: number;
  longitude: number;
};
type PlaceRecord = { country: string; name: string; latitude: number; longitude: number };

const readData = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'data', file), 'utf8')) as T;

/** Entities and outlets are dated before the first article: 2015-06-01, one second apart. */
const worldEpochMs = Date.UTC(2015, 5, 1);
const sourceCount = 180;
const sourceLanguageShare: Record<Language, number> = { en: 0.45, es: 0.3, pt: 0.15, fr: 0.1 };
const sourceKinds = {
  commercial: 35,
  independent: 25,
  public_broadcaster: 10,
  state_affiliated: 10,
  wire: 8,
  government: 4,
  ngo: 3,
  academic: 2,
  other: 3,
};
const prominentOrganizations = [
  'UN',
  'EU',
  'NATO',
  'IMF',
  'OAS',
  'WB',
  'WTO',
  'OPEC',
  'AU',
  'WHO',
  'ASEAN',
  'ICC',
  'IAEA',
  'OECD',
  'ECLAC',
  'FAO',
  'ILO',
  'INTERPOL',
];
const harborSizeRank: Record<string, number> = { Large: 0, Medium: 1, Small: 2, 'Very Small': 3 };
/** Leading articles kept out of mention surfaces ("the Paris Agreement" is mentioned as "Paris Agreement"). */
const leadingArticle = /^(the |el |la |los |las |o |a |os |as |le |les |l’)/;

function surface(text: string, prefixed = false): Surface {
  const prefix = prefixed ? (text.match(leadingArticle)?.[0] ?? '') : '';
  const rest = text.slice(prefix.length);
  return { prefix, text: rest, codePoints: codePointLength(rest) };
}

const sameInEvery = (text: string) =>
  Object.fromEntries(languages.map((language) => [language, surface(text)])) as Record<Language, Surface>;

/** A surname for later mentions: the last word of a plain two-to-four-word name ("Pedro Castillo" → "Castillo"). */
function surname(name: string): string | null {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && words.length <= 4 && !name.includes(',') && /^\p{Lu}\p{Ll}{2,}$/u.test(last)
    ? last
    : null;
}

/** Items ordered by tier (lower first), in seeded random order within a tier: the order is the popularity rank. */
function rankByTier<T>(items: T[], tier: (item: T) => number, random: Random): T[] {
  const shuffled = random.shuffle([...items]);
  return shuffled
    .map((item, order) => ({ item, order, tier: tier(item) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .map(({ item }) => item);
}

type RelationType = 'holds_position' | 'located_in' | 'member_of' | 'allied_with';

/** A row of `relations` (tables.ts): from reference data, accepted, dated to the day where a date is known. */
function relationRow(
  id: string,
  type: RelationType,
  subjectId: string,
  objectId: string | null,
  at: Date,
  extra: { title?: string; start?: string | null; end?: string | null; dataset: string },
): Row {
  const start = extra.start ?? null;
  const end = extra.end ?? null;
  return [
    id,
    type,
    subjectId,
    objectId,
    extra.title ?? null,
    start,
    start === null ? null : 'day',
    end,
    end === null ? null : 'day',
    'reference',
    extra.dataset,
    'accepted',
    at.toISOString(),
    at.toISOString(),
  ];
}

export function buildWorld(seed: number): World {
  const random = new Random(seed, 'world');
  let created = 0;
  const nextTimestamp = () => new Date(worldEpochMs + 1000 * created++);
  const lastCreatedAt = () => new Date(worldEpochMs + 1000 * (created - 1));
  const rows: World['rows'] = { sources: [], entities: [], entityAliases: [], relations: [] };
  const slugs = new Set<string>();
  /** The name's slug; on a clash, qualified by country or type ("callao-pe"), else numbered. */
  const uniqueSlug = (name: string, qualifiers: (string | null)[]) => {
    const base = slugify(name) || 'entity';
    const qualified = qualifiers
      .filter((qualifier): qualifier is string => Boolean(qualifier))
      .map((qualifier) => `${base}-${slugify(qualifier)}`);
    let slug = [base, ...qualified].find((candidate) => !slugs.has(candidate));
    for (let counter = 2; slug === undefined; counter++)
      if (!slugs.has(`${base}-${counter}`)) slug = `${base}-${counter}`;
    slugs.add(slug);
    return slug;
  };

  type EntityInput = {
    type: EntityType;
    name: string;
    country: string | null;
    full: Record<Language, Surface>;
    short?: Partial<Record<Language, Surface>>;
    description?: string | null;
    wikidataId?: string | null;
    isoAlpha2?: string;
    isoAlpha3?: string;
    unlocode?: string;
    latitude?: number;
    longitude?: number;
    aliases?: { name: string; language: Language | null }[];
  };
  const wikidataIds = new Set<string>();
  function addEntity(input: EntityInput): WorldEntity {
    const at = nextTimestamp();
    const id = uuidv7At(at.getTime(), 0, random);
    // Wikidata ids are unique in the store; the reference lists overlap a little (a country that is also listed as an organization).
    const wikidataId = input.wikidataId && !wikidataIds.has(input.wikidataId) ? input.wikidataId : null;
    if (wikidataId) wikidataIds.add(wikidataId);
    const slug = uniqueSlug(input.name, [input.country, input.type]);
    rows.entities.push([
      id,
      input.type,
      input.name,
      slug,
      input.description ?? null,
      wikidataId,
      input.isoAlpha2 ?? null,
      input.isoAlpha3 ?? null,
      input.unlocode ?? null,
      input.latitude ?? null,
      input.longitude ?? null,
      at.toISOString(),
      at.toISOString(),
    ]);
    const seen = new Set<string>([`${input.name}|`]);
    input.aliases?.forEach((alias, sequence) => {
      const key = `${alias.name}|${alias.language ?? ''}`;
      if (seen.has(key) || alias.name === input.name) return;
      seen.add(key);
      rows.entityAliases.push([
        uuidv7At(at.getTime(), sequence + 1, random),
        id,
        alias.name,
        alias.language,
        at.toISOString(),
        at.toISOString(),
      ]);
    });
    return {
      id,
      type: input.type,
      name: input.name,
      country: input.country,
      full: input.full,
      short: input.short ?? {},
    };
  }

  const countryRecords = readData<CountryRecord[]>('countries.json');
  const countryName = new Map(countryRecords.map((country) => [country.alpha2, country.names.en]));
  const countries = new Map<string, WorldEntity>();
  for (const country of countryRecords) {
    countries.set(
      country.alpha2,
      addEntity({
        type: 'country',
        name: country.names.en,
        country: country.alpha2,
        full: Object.fromEntries(languages.map((language) => [language, surface(country.names[language])])) as Record<
          Language,
          Surface
        >,
        wikidataId: country.wikidataId,
        isoAlpha2: country.alpha2,
        isoAlpha3: country.alpha3,
        aliases: (['es', 'pt', 'fr'] as const).map((language) => ({ name: country.names[language], language })),
      }),
    );
  }

  const people: WorldEntity[] = [];
  const headsOfProminentStates = new Set<WorldEntity>();
  for (const person of readData<PersonRecord[]>('people.json')) {
    const home = person.roles.find((role) => role.country)?.country ?? null;
    const latest = [...person.roles].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
    const short = surname(person.name);
    const entity = addEntity({
      type: 'person',
      name: person.name,
      country: home,
      full: sameInEvery(person.name),
      short: short ? sameInEvery(short) : {},
      description: latest
        ? `${latest.title}${latest.country && !latest.title.includes(countryName.get(latest.country) ?? '\0') ? ` (${countryName.get(latest.country)})` : ''}`
        : null,
      wikidataId: person.wikidataId,
    });
    people.push(entity);
    if (
      person.roles.some(
        (role) =>
          /President|Prime Minister/.test(role.title) && prominentCountries.slice(0, 20).includes(role.country ?? ''),
      )
    )
      headsOfProminentStates.add(entity);
    // Roles are recorded together with their holder.
    const at = lastCreatedAt();
    person.roles.forEach((role, sequence) => {
      const organization = role.country ? countries.get(role.country) : undefined;
      rows.relations.push(
        relationRow(
          uuidv7At(at.getTime(), sequence, random),
          'holds_position',
          entity.id,
          organization?.id ?? null,
          at,
          {
            title: role.title,
            start: role.start,
            end: role.end,
            dataset: 'corpus/people.json',
          },
        ),
      );
    });
  }

  const organizations = readData<OrganizationRecord[]>('organizations.json').map((organization) => {
    const inLanguage = {
      en: organization.name,
      es: organization.names.es ?? organization.name,
      pt: organization.name,
      fr: organization.names.fr ?? organization.name,
    };
    return {
      abbreviation: organization.abbreviation,
      entity: addEntity({
        type: 'organization',
        name: organization.name,
        country: null,
        full: Object.fromEntries(languages.map((language) => [language, surface(inLanguage[language])])) as Record<
          Language,
          Surface
        >,
        short: organization.abbreviation ? { en: surface(organization.abbreviation) } : {},
        wikidataId: organization.wikidataId,
        aliases: [
          ...(organization.abbreviation ? [{ name: organization.abbreviation, language: null }] : []),
          ...(organization.names.es ? [{ name: organization.names.es, language: 'es' as const }] : []),
          ...(organization.names.fr ? [{ name: organization.names.fr, language: 'fr' as const }] : []),
        ],
      }),
    };
  });

  const ports = readData<PortRecord[]>('ports.json').map((port) => ({
    harborSize: port.harborSize,
    entity: addEntity({
      type: 'port',
      name: port.name,
      country: port.country,
      full: sameInEvery(port.name),
      description: `Sea port in ${countryName.get(port.country) ?? port.country}${port.harborSize ? `; ${port.harborSize.toLowerCase()} harbour in the World Port Index` : ''}.`,
      unlocode: port.unlocode,
      latitude: port.latitude,
      longitude: port.longitude,
      aliases: port.wpiName ? [{ name: port.wpiName, language: null }] : [],
    }),
  }));

  const places = readData<PlaceRecord[]>('places.json').map((place) =>
    addEntity({
      type: 'place',
      name: place.name,
      country: place.country,
      full: sameInEvery(place.name),
      description: `Town in ${countryName.get(place.country) ?? place.country}.`,
      latitude: place.latitude,
      longitude: place.longitude,
    }),
  );

  const commodityEntities = commodities.map((names) =>
    addEntity({
      type: 'commodity',
      name: names.en,
      country: null,
      full: Object.fromEntries(languages.map((language) => [language, surface(names[language])])) as Record<
        Language,
        Surface
      >,
      aliases: (['es', 'pt', 'fr'] as const).map((language) => ({ name: names[language], language })),
    }),
  );

  const lawAndEventEntities = lawsAndEvents.map(({ type, wikidataId, ...names }) => {
    const bare = (text: string) => surface(text, true).text;
    return addEntity({
      type,
      name: bare(names.en).replace(/^./, (first) => first.toUpperCase()),
      country: null,
      full: Object.fromEntries(languages.map((language) => [language, surface(names[language], true)])) as Record<
        Language,
        Surface
      >,
      wikidataId,
      aliases: (['es', 'pt', 'fr'] as const).map((language) => ({ name: bare(names[language]), language })),
    });
  });

  // The graph around them, from a stream of its own (the rest of the world does not change with it): every port and
  // place located_in its country; countries member_of organizations (the first of the list with the most members,
  // 120 down to 5); and alliances between countries, each pair once. A large country is a hub of a few hundred located_in edges.
  const graphRandom = new Random(seed, 'relations');
  const graphAt = lastCreatedAt();
  let graphSequence = 0;
  // A UUIDv7 holds 4,096 sequence numbers per millisecond: the edges take the milliseconds after the last entity's.
  const graphId = () => {
    const sequence = graphSequence++;
    return uuidv7At(graphAt.getTime() + 1 + Math.floor(sequence / 4096), sequence % 4096, graphRandom);
  };
  for (const entity of [...ports.map((port) => port.entity), ...places]) {
    const country = entity.country ? countries.get(entity.country) : undefined;
    if (country)
      rows.relations.push(
        relationRow(graphId(), 'located_in', entity.id, country.id, graphAt, {
          dataset: entity.type === 'port' ? 'corpus/ports.json' : 'corpus/places.json',
        }),
      );
  }
  const countryList = [...countries.values()];
  for (const [rank, { entity }] of organizations.entries()) {
    const members = new Set<WorldEntity>();
    const size = Math.max(5, Math.round(120 / Math.sqrt(rank + 1)));
    while (members.size < Math.min(size, countryList.length)) members.add(graphRandom.pick(countryList));
    for (const member of members)
      rows.relations.push(
        relationRow(graphId(), 'member_of', member.id, entity.id, graphAt, {
          start: `${1945 + graphRandom.int(0, 75)}-01-01`,
          dataset: 'corpus/organizations.json',
        }),
      );
  }
  const alliances = new Set<string>();
  for (const country of countryList)
    for (let alliance = graphRandom.int(0, 4); alliance > 0; alliance--) {
      const ally = graphRandom.pick(countryList);
      const pair = `${country.id}|${ally.id}`;
      if (ally !== country && !alliances.has(pair) && alliances.add(pair))
        rows.relations.push(
          relationRow(graphId(), 'allied_with', country.id, ally.id, graphAt, {
            start: `${1950 + graphRandom.int(0, 70)}-01-01`,
            dataset: 'corpus/countries.json',
          }),
        );
    }

  const outlets = new Map<Language, WorldSource[]>(languages.map((language) => [language, []]));
  const sourceSlugs = new Set<string>();
  for (let index = 0; index < sourceCount; index++) {
    const at = nextTimestamp();
    const language = random.weighted(sourceLanguageShare);
    const country = random.pick(outletCountries[language]);
    const towns = places.filter((place) => place.country === country);
    const city = towns.length > 0 ? random.pick(towns).name : (countryName.get(country) ?? country);
    const name = random.pick(outletNamePatterns[language]).replace('{city}', city);
    let slug = slugify(name);
    for (let counter = 2; sourceSlugs.has(slug); counter++) slug = `${slugify(name)}-${counter}`;
    sourceSlugs.add(slug);
    const source: WorldSource = {
      id: uuidv7At(at.getTime(), 0, random),
      language,
      homepage: `https://${slug}.example/`,
    };
    rows.sources.push([
      source.id,
      slug,
      name,
      source.homepage,
      country,
      language,
      random.weighted(sourceKinds),
      at.toISOString(),
      at.toISOString(),
    ]);
    outlets.get(language)?.push(source);
  }

  const countriesRanked = rankByTier(
    [...countries.values()],
    (country) => {
      const rank = prominentCountries.indexOf(country.country ?? '');
      return rank === -1 ? prominentCountries.length : rank;
    },
    random,
  );
  const peopleRanked = rankByTier(people, (person) => (headsOfProminentStates.has(person) ? 0 : 1), random);
  const organizationsRanked = rankByTier(
    organizations,
    ({ abbreviation }) => {
      const rank = prominentOrganizations.indexOf(abbreviation ?? '');
      return rank === -1 ? prominentOrganizations.length : rank;
    },
    random,
  ).map(({ entity }) => entity);
  const portsRanked = rankByTier(ports, ({ harborSize }) => harborSizeRank[harborSize ?? ''] ?? 4, random).map(
    ({ entity }) => entity,
  );
  const placesRanked = random.shuffle([...places]);

  const byCountry = (ranked: WorldEntity[]) => {
    const groups = new Map<string, WorldEntity[]>();
    for (const entity of ranked)
      if (entity.country) groups.set(entity.country, [...(groups.get(entity.country) ?? []), entity]);
    return new Map([...groups].map(([country, members]) => [country, new Zipf(members)]));
  };

  return {
    sourcesByLanguage: Object.fromEntries(
      languages.map((language) => [language, new Zipf(outlets.get(language) ?? [], 0.9)]),
    ) as Record<Language, Zipf<WorldSource>>,
    countries: new Zipf(countriesRanked, 1.1),
    people: new Zipf(peopleRanked),
    organizations: new Zipf(organizationsRanked),
    ports: new Zipf(portsRanked),
    places: new Zipf(placesRanked),
    commodities: new Zipf(commodityEntities, 0.9),
    lawsAndEvents: new Zipf(lawAndEventEntities, 0.9),
    local: { people: byCountry(peopleRanked), ports: byCountry(portsRanked), places: byCountry(placesRanked) },
    rows,
  };
}
