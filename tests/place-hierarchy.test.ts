// The place hierarchy of the reference data and the linker's rules for cities and regions. No database.
import { describe, expect, it } from 'vitest';

import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData, partialDateDay } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createHierarchy, inferCountries } from '../src/modules/ingest/linking/hierarchy.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';

const data = loadGazetteerData();
const linker = createLinker(compileGazetteer(data));
const keys = (text: string) =>
  linker
    .link(text, { language: 'en', ner: false })
    .map((mention) => `${mention.surface}=${mention.entity.status === 'known' ? mention.entity.key : 'new'}`);
const countries = (text: string) =>
  linker
    .inferCountries(linker.link(text, { language: 'en', ner: false }))
    .map((inference) => `${inference.entity.key} ${inference.rule} ${inference.evidence.map((e) => e.name).join('+')}`);

describe('place data', () => {
  const byKey = new Map(data.entities.map((entity) => [entity.key, entity]));
  const bySubject = new Map<string, string[]>();
  for (const relation of data.relations)
    if (relation.type === 'located_in')
      bySubject.set(relation.subjectKey, [...(bySubject.get(relation.subjectKey) ?? []), relation.objectKey]);
  const countryOf = (key: string) =>
    (bySubject.get(key) ?? []).filter((object) => byKey.get(object)?.type === 'country');

  it('gives every place, port, city, region and US state with a country its located_in relation, with a source', () => {
    const placeLike = data.entities.filter(
      (entity) =>
        (entity.type === 'place' || entity.type === 'port') &&
        entity.countryIso2 !== null &&
        byKey.has(`country:${entity.countryIso2}`),
    );
    expect(placeLike.length).toBeGreaterThan(20_000);
    for (const entity of placeLike)
      expect(countryOf(entity.key), entity.key).toEqual([`country:${entity.countryIso2}`]);
    expect(data.relations.every((relation) => byKey.has(relation.subjectKey) && byKey.has(relation.objectKey))).toBe(
      true,
    );
    const sources = new Set(
      data.relations.filter((relation) => relation.type === 'located_in').map((relation) => relation.source),
    );
    expect([...sources].sort()).toEqual([
      'curated/entities.json',
      'places/cities.csv',
      'places/regions.csv',
      'ports/ports.csv',
      'world-countries@5.1.0 (capital)',
    ]);
  });

  it('has cities by GeoNames id and regions by admin1 code, with a city in its region', () => {
    const rotterdam = byKey.get('place:gn2747891')!;
    expect(rotterdam).toMatchObject({ name: 'Rotterdam', type: 'place', countryIso2: 'NL' });
    expect(rotterdam.tags).toContain('city');
    expect(byKey.get('place:admin1:GB.SCT')).toMatchObject({ name: 'Scotland', countryIso2: 'GB' });
    expect(
      data.relations
        .filter((relation) => relation.subjectKey === 'place:gn2747891')
        .map((relation) => relation.objectKey),
    ).toEqual(['country:NL', 'place:admin1:NL.11']);
    expect(countryOf('place:us-state:TX')).toEqual(['country:US']);
    expect(countryOf('port:PECHY')).toEqual(['country:PE']);
    expect(countryOf('place:capital:JP:Tokyo')).toEqual(['country:JP']);
  });

  it('gives no new place a name another entity already links (Tokyo stays the capital, London Ontario yields)', () => {
    const named = (name: string) => data.entities.filter((entity) => entity.name === name && entity.type === 'place');
    expect(named('Tokyo').map((entity) => entity.key)).toEqual(['place:capital:JP:Tokyo']);
    expect(named('London').map((entity) => entity.key)).toEqual(['place:capital:GB:London']);
    expect(named('Texas').map((entity) => entity.key)).toEqual(['place:us-state:TX']);
  });
});

describe('linking cities and regions', () => {
  it.each([
    ['Dockworkers in Rotterdam walked out.', 'Rotterdam=place:gn2747891'],
    ['Flooding hit Scotland and Bavaria.', 'Bavaria=place:admin1:DE.02'],
    ['The port of Rotterdam reopened.', 'Rotterdam=port:NLRTM'],
    ['Police in Nice, France, closed the promenade.', 'Nice=place:gn2990440'],
    ['Mobile, Alabama, braced for the storm.', 'Mobile=place:gn4076598'],
    ['Valencia and the rest of Spain voted.', 'Valencia=place:gn2509954'],
    ['Protests in Valencia spread across Venezuela.', 'Valencia=place:gn3625549'],
  ])('%s → %s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });

  it.each([
    ['Nice weather brought crowds out.', 'Nice'],
    ['Mobile phones were banned in class.', 'Mobile'],
    ['Reading is good for children.', 'Reading'],
    ['Split the difference, he said.', 'Split'],
    ['Valencia won the match on Sunday.', 'Valencia'],
    ['Farmers in Punjab protested.', 'Punjab'],
  ])('%s does not link %s (its country is not named)', (text, surface) => {
    expect(keys(text).some((key) => key.startsWith(`${surface}=`))).toBe(false);
  });

  it('infers the countries of the places named, nearest first, and demonym-only countries', () => {
    expect(countries('Dockworkers in Rotterdam walked out.')).toEqual(['country:NL located_in Rotterdam']);
    expect(countries('Peruvian troops reached Bavaria and Rotterdam.')).toEqual([
      'country:DE located_in Bavaria',
      'country:NL located_in Rotterdam',
      'country:PE demonym Peru',
    ]);
    // A port known only from shipping words nearby counts for a large or medium harbour, not a namesake hamlet.
    expect(countries('Container ships left Rotterdam on Monday.')).toEqual(['country:NL located_in Rotterdam']);
    expect(keys('Cargo ships queued off Java as the freighters waited.')).toEqual(['Java=port:BEJAV']);
    expect(countries('Cargo ships queued off Java as the freighters waited.')).toEqual([]);
    // Named outright as well as through a place: the place is still listed as evidence; no demonym inference.
    expect(countries('Peru and its Peruvian troops held Arequipa.')).toEqual(['country:PE located_in Arequipa']);
    // Curated regions with a country count for it; a disputed one (Kashmir) names no country.
    expect(countries('Shelling continued in Donbas and Darfur.')).toEqual([
      'country:UA located_in Donbas',
      'country:SD located_in Darfur',
    ]);
    expect(countries('Troops patrolled Kashmir.')).toEqual([]);
  });
});

describe('hierarchy rules', () => {
  it('walks up located_in edges valid on the date, stopping at the first country', () => {
    const hierarchy = createHierarchy(
      [
        { subject: 'city', object: 'region', from: null, to: null },
        { subject: 'region', object: 'old-country', from: '1950-01-01', to: '1991-12-25' },
        { subject: 'region', object: 'new-country', from: '1991-12-26', to: null },
        { subject: 'new-country', object: 'union', from: null, to: null },
      ],
      (key) => key.endsWith('country') || key === 'union',
    );
    expect(hierarchy.countriesOf('city', new Date('1985-06-01'))).toEqual(['old-country']);
    expect(hierarchy.countriesOf('city', new Date('2000-06-01'))).toEqual(['new-country']);
    expect(hierarchy.countriesOf('city')).toEqual(['old-country', 'new-country']);
    expect(
      inferCountries(
        [
          { key: 'city', isCountry: false, demonym: false },
          { key: 'region', isCountry: false, demonym: false },
        ],
        hierarchy,
        new Date('2000-06-01'),
      ),
    ).toEqual([{ key: 'new-country', rule: 'located_in', evidence: ['city', 'region'] }]);
  });

  it('reads a date known to the month or year as its first or last day', () => {
    expect(partialDateDay({ value: '1991', precision: 'year' }, 'end')).toBe('1991-12-31');
    expect(partialDateDay({ value: '2024-02', precision: 'month' }, 'end')).toBe('2024-02-29');
    expect(partialDateDay({ value: '2024-02', precision: 'month' }, 'start')).toBe('2024-02-01');
    expect(partialDateDay({ value: '2024-02-10', precision: 'day' }, 'start')).toBe('2024-02-10');
  });
});
