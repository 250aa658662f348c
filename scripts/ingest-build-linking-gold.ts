// Writes tests/fixtures/linking-gold.json: the labelled data `npm run evaluate:linking` scores against.
// - The Peru fixture: its curated mentions (src/seed/peru-fixture.ts computeMentions) and claims, each entity
//   mapped to its gazetteer key through Wikidata id, ISO code or UN/LOCODE, else by type and name (a region's without
//   "Region"); null when the
//   gazetteer does not know it (then only a proposal of the right type at the right place counts as correct).
// - Hand-labelled sentences (below) for the disambiguation cases, in English and Spanish.
// - The fixture again, as a document of the gold corpus (tests/fixtures/linking-gold/fixture.json, split `dev`): its
//   entities with ids (ISO code, else Wikidata id), the surfaces it uses, the office each person held on its date.
// Run after changing either: npx tsx scripts/ingest-build-linking-gold.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { GoldDocument, GoldFile, GoldMention } from '../src/modules/ingest/linking/evaluate.ts';
import type { CorpusDocument, CorpusEntity, Office } from '../src/modules/ingest/linking/evaluate-corpus.ts';
import { type GazetteerEntity, loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { ARTICLES, ENTITIES, type EntitySeed, prepareFixture, ROLES } from '../src/seed/peru-fixture.ts';

const entities = loadGazetteerData().entities;

function gazetteerKey(seed: EntitySeed): string | null {
  const match = (test: (entity: GazetteerEntity) => boolean) => entities.find(test)?.key ?? null;
  if (seed.wikidataId) {
    const key = match((entity) => entity.wikidataId === seed.wikidataId);
    if (key) return key;
  }
  if (seed.isoAlpha2) return match((entity) => entity.isoAlpha2 === seed.isoAlpha2);
  if (seed.unlocode) return match((entity) => entity.unlocode === seed.unlocode);
  // The fixture names Peru's regions "Loreto Region"; GeoNames (data/places/regions.csv) names them "Loreto".
  const region = seed.name.replace(/ Region$/u, '');
  return match(
    (entity) =>
      entity.type === seed.type &&
      (entity.name === seed.name ||
        entity.aliases.some((alias) => alias.name === seed.name) ||
        (region !== seed.name && entity.tags.includes('region') && entity.name === region)),
  );
}

function fixtureDocument(): { document: GoldDocument; claims: GoldFile['claims'] } {
  const fixture = prepareFixture();
  const article = fixture.articles.find((candidate) => candidate.key === fixture.mentionArticleKey)!;
  const bySlug = new Map(ENTITIES.map((entity) => [entity.slug, entity]));
  const mentions: GoldMention[] = fixture.mentions.map((mention) => {
    const seed = bySlug.get(mention.entitySlug)!;
    return {
      start: mention.start,
      end: mention.end,
      surface: mention.surface,
      type: seed.type,
      key: gazetteerKey(seed),
      label: seed.slug,
    };
  });
  return {
    document: { id: 'peru-fixture', language: 'en', text: article.body, mentions },
    claims: {
      documentId: 'peru-fixture',
      items: fixture.claims.map((claim) => ({
        evidenceStart: claim.evidenceStart,
        evidenceEnd: claim.evidenceEnd,
        kind: claim.kind,
        value: claim.value ?? null,
        unit: claim.unit ?? null,
        text: claim.text,
      })),
    },
  };
}

type Label = [surface: string, type: GoldMention['type'], key: string | null, occurrence?: number];

/** Each sentence tests one rule of disambiguation.ts or patterns.ts; the comment says which. */
const SENTENCES: { id: string; language: string; text: string; labels: Label[] }[] = [
  {
    id: 'georgia-country', // rule 3: country cues (Tbilisi, Caucasus)
    language: 'en',
    text: "Georgia's parliament met in Tbilisi as protesters filled the streets of the Caucasus nation's capital.",
    labels: [
      ['Georgia', 'country', 'country:GE'],
      ['Tbilisi', 'place', 'place:capital:GE:Tbilisi'],
      ['Caucasus', 'place', 'place:caucasus'],
    ],
  },
  {
    id: 'georgia-us-state', // rule 3: US-state cues (Atlanta, another state)
    language: 'en',
    text: 'Voters in Georgia lined up for hours in Atlanta, while officials in Arizona counted ballots.',
    labels: [
      ['Georgia', 'place', 'place:us-state:GA'],
      ['Atlanta', 'place', 'place:gn4180439'],
      ['Arizona', 'place', 'place:us-state:AZ'],
    ],
  },
  {
    id: 'lima-surname', // rule 2: a given name before a place name
    language: 'en',
    text: 'Ricardo Lima, a Brazilian economist, said inflation would ease.',
    labels: [
      ['Ricardo Lima', 'person', null],
      ['Brazilian', 'country', 'country:BR'],
    ],
  },
  {
    id: 'lima-city',
    language: 'en',
    text: 'Protesters marched through Lima on Thursday demanding new elections in Peru.',
    labels: [
      ['Lima', 'place', 'place:capital:PE:Lima'],
      ['Peru', 'country', 'country:PE'],
    ],
  },
  {
    id: 'lima-title', // rule 2: a title before a place name; rule 1: "port of Callao"
    language: 'en',
    text: 'Mr. Lima told reporters the port of Callao handled record cargo.',
    labels: [
      ['Lima', 'person', null],
      ['Callao', 'port', 'port:PECLL'],
    ],
  },
  {
    id: 'chancay-port', // rule 1: "megaport of X"
    language: 'en',
    text: 'The megaport of Chancay, built by Cosco Shipping, received its first container ships in November.',
    labels: [
      ['Chancay', 'port', 'port:PECHY'],
      ['Cosco Shipping', 'organization', null],
    ],
  },
  {
    id: 'chancay-district', // rule 1: no port context, so not the port
    language: 'en',
    text: 'The mayor of the district of Chancay, north of Lima, asked for more police.',
    labels: [
      ['Chancay', 'place', null],
      ['Lima', 'place', 'place:capital:PE:Lima'],
    ],
  },
  {
    id: 'pentagon', // metonym alias
    language: 'en',
    text: 'The Pentagon said the Navy would send two destroyers.',
    labels: [
      ['Pentagon', 'organization', 'organization:us-department-of-defense'],
      // The Pentagon's navy: a story about the United States names its navy as "the Navy" (a country-scoped alias).
      ['Navy', 'organization', 'organization:us-navy'],
    ],
  },
  {
    id: 'demonyms',
    language: 'en',
    text: 'Chinese and Peruvian officials met in Beijing.',
    labels: [
      ['Chinese', 'country', 'country:CN'],
      ['Peruvian', 'country', 'country:PE'],
      ['Beijing', 'place', 'place:capital:CN:Beijing'],
    ],
  },
  {
    id: 'demonym-inside-name', // patterns.ts: demonym + institution
    language: 'en',
    text: 'The Peruvian Armed Forces deployed troops to the border.',
    labels: [['Peruvian Armed Forces', 'organization', null]],
  },
  {
    id: 'chad-first-name', // rule 2: a place name that is a given name, before a surname
    language: 'en',
    text: 'Chad Daniels, a consultant in Texas, said the deal was fair.',
    labels: [
      ['Chad Daniels', 'person', null],
      ['Texas', 'place', 'place:us-state:TX'],
    ],
  },
  {
    id: 'jordan-country',
    language: 'en',
    text: 'Jordan and Egypt condemned the strike on Gaza.',
    labels: [
      ['Jordan', 'country', 'country:JO'],
      ['Egypt', 'country', 'country:EG'],
      ['Gaza', 'place', null],
    ],
  },
  {
    id: 'jordan-surname', // rule 2: a given name before a place name
    language: 'en',
    text: 'Michael Jordan visited China last year.',
    labels: [
      ['Michael Jordan', 'person', null],
      ['China', 'country', 'country:CN'],
    ],
  },
  {
    id: 'china-porcelain', // case check: lowercase "china" is not the country
    language: 'en',
    text: 'She collected fine china from her grandmother.',
    labels: [],
  },
  {
    id: 'es-demonym',
    language: 'es',
    text: 'El presidente de Colombia, Gustavo Petro, dijo que los estadounidenses no deben intervenir en Venezuela.',
    labels: [
      ['Colombia', 'country', 'country:CO'],
      ['Gustavo Petro', 'person', 'person:Q704022'],
      ['estadounidenses', 'country', 'country:US'],
      ['Venezuela', 'country', 'country:VE'],
    ],
  },
  {
    id: 'es-ports', // rule 1 in Spanish: "puerto del X", "megapuerto de X"
    language: 'es',
    text: 'Los buques de carga llegaron al puerto del Callao y luego al megapuerto de Chancay.',
    labels: [
      ['Callao', 'port', 'port:PECLL'],
      ['Chancay', 'port', 'port:PECHY'],
    ],
  },
  {
    id: 'es-organizations',
    language: 'es',
    text: 'La OTAN y la Unión Europea expresaron su apoyo a Ucrania.',
    labels: [
      ['OTAN', 'organization', 'organization:SPRVD0232360'],
      ['Unión Europea', 'organization', 'organization:SPRVD0688028'],
      ['Ucrania', 'country', 'country:UA'],
    ],
  },
  {
    id: 'es-pentagon-lithium',
    language: 'es',
    text: 'El Pentágono confirmó que el litio boliviano interesa a Estados Unidos.',
    labels: [
      ['Pentágono', 'organization', 'organization:us-department-of-defense'],
      ['litio', 'commodity', 'commodity:lithium'],
      ['boliviano', 'country', 'country:BO'],
      ['Estados Unidos', 'country', 'country:US'],
    ],
  },
  {
    id: 'es-institution', // patterns.ts: head + del + country
    language: 'es',
    text: 'La Policía Nacional del Perú detuvo a dos sospechosos en Tbilisi, la capital de Georgia.',
    labels: [
      ['Policía Nacional del Perú', 'organization', null],
      ['Tbilisi', 'place', 'place:capital:GE:Tbilisi'],
      ['Georgia', 'country', 'country:GE'],
    ],
  },
];

function sentenceDocument(sentence: (typeof SENTENCES)[number]): GoldDocument {
  const codePoints = Array.from(sentence.text);
  const mentions = sentence.labels.map(([surface, type, key, occurrence = 0]) => {
    let at = -1;
    for (let seen = -1; seen < occurrence; seen += 1) at = sentence.text.indexOf(surface, at + 1);
    if (at === -1) throw new Error(`"${surface}" not in ${sentence.id}`);
    const start = Array.from(sentence.text.slice(0, at)).length;
    const end = start + Array.from(surface).length;
    if (codePoints.slice(start, end).join('') !== surface) throw new Error(`offset error in ${sentence.id}`);
    if (key !== null && !entities.some((entity) => entity.key === key)) throw new Error(`unknown gazetteer key ${key}`);
    return { start, end, surface, type, key, label: key ?? `new ${type}` };
  });
  return { id: sentence.id, language: sentence.language, text: sentence.text, mentions };
}

const { document, claims } = fixtureDocument();
const gold: GoldFile = { documents: [document, ...SENTENCES.map(sentenceDocument)], claims };
const target = path.resolve(import.meta.dirname, '../tests/fixtures/linking-gold.json');
writeFileSync(target, `${JSON.stringify(gold, null, 1)}\n`);
console.log(
  `${target}: ${gold.documents.length} documents, ${gold.documents.reduce((sum, doc) => sum + doc.mentions.length, 0)} mentions, ${claims.items.length} claims`,
);

/** The fixture article as a gold corpus document: document-level entities from its curated mentions. */
function fixtureCorpusDocument(): CorpusDocument {
  const fixture = prepareFixture();
  const article = fixture.articles.find((candidate) => candidate.key === fixture.mentionArticleKey)!;
  const seed = ARTICLES.find((candidate) => candidate.key === fixture.mentionArticleKey)!;
  const date = (seed.publishedAt ?? '').slice(0, 10);
  const bySlug = new Map(ENTITIES.map((entity) => [entity.slug, entity]));
  const counts = new Map<string, number>();
  for (const mention of fixture.mentions) counts.set(mention.entitySlug, (counts.get(mention.entitySlug) ?? 0) + 1);
  const office = (slug: string): Office | null => {
    const held = ROLES.filter(
      (role) =>
        role.personSlug === slug &&
        (role.startDate === null || role.startDate <= date) &&
        (role.endDate === null || role.endDate > date),
    );
    if (held.length === 0) return null;
    return held.some((role) => /^President of /u.test(role.title)) ? 'head_of_state' : 'other_official';
  };
  const entities: CorpusEntity[] = [...counts.keys()].map((slug) => {
    const entity = bySlug.get(slug)!;
    const forms = [...new Set(fixture.mentions.filter((m) => m.entitySlug === slug).map((m) => m.surface))];
    return {
      ref: slug,
      type: entity.type,
      name: entity.name,
      id: entity.isoAlpha2 ?? entity.wikidataId ?? null,
      forms,
      ...(entity.type === 'country' ? { passing: counts.get(slug) === 1 } : {}),
      ...(entity.type === 'person' ? { office: office(slug) } : {}),
    };
  });
  return {
    id: 'peru-fixture',
    split: 'dev',
    language: 'en',
    outlet: 'Orinoco Tribune (Meridian fixture)',
    url: seed.url,
    licence: 'see prisma/fixtures (the seeded fixture)',
    publishedAt: date,
    title: article.title,
    body: article.body,
    status: 'checked',
    entities,
    mentions: fixture.mentions.map((mention) => ({
      field: 'body',
      start: mention.start,
      end: mention.end,
      surface: mention.surface,
      ref: mention.entitySlug,
    })),
    dateline: null,
  };
}

const corpusTarget = path.resolve(import.meta.dirname, '../tests/fixtures/linking-gold/fixture.json');
mkdirSync(path.dirname(corpusTarget), { recursive: true });
writeFileSync(corpusTarget, `${JSON.stringify([fixtureCorpusDocument()], null, 1)}\n`);
console.log(`${corpusTarget}: the fixture as a corpus document`);
