// Reference knowledge through time: the historical data as loaded (counts, names, validity, successions) and
// date-aware linking on short texts written for the purpose. No database.
import { describe, expect, it } from 'vitest';

import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { dateBound, loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';

const data = loadGazetteerData();
const linker = createLinker(compileGazetteer(data));
const entity = (key: string) => data.entities.find((candidate) => candidate.key === key)!;
const aliasesOf = (key: string) => entity(key).aliases;

/** `surface=key` for every known entity the linker finds, in text order. */
function link(text: string, publishedAt: string | null, language = 'en'): string[] {
  return linker
    .link(text, { language, ner: false, publishedAt })
    .filter((mention) => mention.entity.status === 'known')
    .map((mention) => `${mention.surface}=${mention.entity.status === 'known' ? mention.entity.key : ''}`);
}

function mentionOf(text: string, surface: string, publishedAt: string | null) {
  return linker.link(text, { language: 'en', ner: false, publishedAt }).find((mention) => mention.surface === surface);
}

const NAKASONE = 'person:Q250828';

describe('reference data through time', () => {
  it('has the states that ceased to exist, keyed by ISO 3166-3 code or Wikidata id, with their years', () => {
    const historical = data.entities.filter((candidate) => candidate.tags.includes('historical'));
    expect(historical.filter((candidate) => candidate.type === 'country').map((candidate) => candidate.key)).toEqual(
      expect.arrayContaining([
        'country:SUHH',
        'country:DDDE',
        'country:YUCS',
        'country:CSHH',
        'country:YDYE',
        'country:Q713750',
        'country:Q267584',
      ]),
    );
    expect(entity('country:SUHH')).toMatchObject({
      name: 'Soviet Union',
      wikidataId: 'Q15180',
      iso3166Alpha4: 'SUHH',
      isoAlpha2: null,
      validFrom: { value: '1922-12-30', precision: 'day' },
      validTo: { value: '1991-12-26', precision: 'day' },
    });
    expect(entity('country:Q713750')).toMatchObject({ name: 'West Germany', iso3166Alpha4: null });
    // The current states carry no validity: they still exist.
    expect(entity('country:DE').validTo ?? null).toBeNull();
  });

  it('links each successor to the state it followed, from the day it ended', () => {
    const successors = (key: string) =>
      data.relations
        .filter((relation) => relation.type === 'successor_of' && relation.objectKey === key)
        .map((relation) => relation.subjectKey);
    expect(successors('country:SUHH')).toHaveLength(15);
    expect(successors('country:SUHH')).toEqual(expect.arrayContaining(['country:RU', 'country:UA', 'country:EE']));
    expect(successors('country:Q713750')).toEqual(['country:DE']);
    expect(successors('country:CSHH').sort()).toEqual(['country:CZ', 'country:SK']);
    expect(data.relations.find((relation) => relation.objectKey === 'country:DDDE')?.start).toEqual({
      value: '1990-10-03',
      precision: 'day',
    });
    expect(successors('organization:gatt')).toEqual(['organization:SPRVD0393191']);
  });

  it('flags aliases by kind and dates former names', () => {
    expect(aliasesOf('country:GB')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Britain', kind: 'name' }),
        expect.objectContaining({ name: 'U.K.', kind: 'abbreviation' }),
        expect.objectContaining({ name: 'British', kind: 'demonym' }),
      ]),
    );
    expect(aliasesOf('country:MM').find((alias) => alias.name === 'Burma')).toMatchObject({
      kind: 'former_name',
      validTo: { value: '1989-06-18', precision: 'day' },
    });
    expect(aliasesOf('country:CD').find((alias) => alias.name === 'Zaire')).toMatchObject({ kind: 'former_name' });
    expect(aliasesOf('country:SUHH').map((alias) => `${alias.name}:${alias.kind}`)).toEqual(
      expect.arrayContaining(['USSR:abbreviation', 'Unión Soviética:name', 'Soviet:demonym', 'soviético:demonym']),
    );
    // Portuguese and French names where the packages have them.
    expect(aliasesOf('country:DE')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Alemanha', language: 'pt' }),
        expect.objectContaining({ name: 'Allemagne', language: 'fr' }),
      ]),
    );
  });

  it('has office holders since 1945 with time-scoped roles', () => {
    const roles = data.roles.filter((role) => role.personKey === NAKASONE);
    expect(entity(NAKASONE).name).toBe('Yasuhiro Nakasone');
    // The premiership, and his seat in the House of Representatives (legislators/japan-ministers.csv).
    expect(roles.map((role) => role.category).sort()).toEqual(['head_of_government', 'legislator']);
    expect(roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Prime Minister of Japan',
          category: 'head_of_government',
          organizationKey: 'country:JP',
          start: { value: '1982-11-27', precision: 'day' },
          end: { value: '1987-11-06', precision: 'day' },
        }),
      ]),
    );
    const reagan = data.roles.filter((role) => role.personKey === 'person:Q9960');
    expect(reagan.map((role) => `${role.start?.value}/${role.end?.value}`)).toEqual([
      '1981-01-20/1985-01-20',
      '1985-01-20/1989-01-20',
    ]);
    // Every role of the office holders file starts before it ends, and the file reaches back to 1945.
    const holders = data.roles.filter((role) => role.source.startsWith('officials/officeholders.csv'));
    expect(holders.length).toBeGreaterThan(4500);
    for (const role of holders) expect(dateBound(role.start, 'start')).toBeLessThanOrEqual(dateBound(role.end, 'end'));
    expect(holders.some((role) => role.start?.value.startsWith('1945'))).toBe(true);
  });

  it('has the historical international organisations with their years', () => {
    expect(entity('organization:eec')).toMatchObject({
      name: 'European Economic Community',
      validTo: { value: '2009-11-30', precision: 'day' },
    });
    for (const key of ['organization:gatt', 'organization:comecon', 'organization:unctad'])
      expect(entity(key)).toBeDefined();
    expect(aliasesOf('organization:international-tin-council').map((alias) => alias.name)).toContain('ITC');
  });
});

describe('names through time', () => {
  const story =
    'Britain and the U.K. Treasury, the Soviet Union, Zaire and Burma signed; the EEC and GATT objected, and UNCTAD agreed.';
  it.each([['1987-03-10T12:00:00Z'], [null]])(
    'links Britain, U.K., the Soviet Union, Zaire, Burma, the EEC, GATT and UNCTAD (published %s)',
    (publishedAt) => {
      expect(link(story, publishedAt)).toEqual([
        'Britain=country:GB',
        'U.K.=country:GB',
        'Soviet Union=country:SUHH',
        'Zaire=country:CD',
        'Burma=country:MM',
        'EEC=organization:eec',
        'GATT=organization:gatt',
        'UNCTAD=organization:unctad',
      ]);
    },
  );
  it('links the UN bodies, missions and groupings news names that the supraverden list lacks, and the news names of others', () => {
    const text =
      'The European Court of Justice ruled as the Eurogroup met. OCHA, UNODC and UNAIDS reported, the IPCC warned, ' +
      'UNIFIL and MONUSCO patrolled, the World Heritage Committee and the Visegrad Group met, and the UN Refugee Agency ' +
      'recalled the League of Nations.';
    expect(link(text, '2019-06-01T12:00:00Z')).toEqual([
      'European Court of Justice=organization:SPRVD0688288',
      'Eurogroup=organization:eurogroup',
      'OCHA=organization:un-ocha',
      'UNODC=organization:unodc',
      'UNAIDS=organization:unaids',
      'IPCC=organization:ipcc',
      'UNIFIL=organization:unifil',
      'MONUSCO=organization:monusco',
      'World Heritage Committee=organization:world-heritage-committee',
      'Visegrad Group=organization:visegrad-group',
      'UN Refugee Agency=organization:SPRVD0237365',
      'League of Nations=organization:league-of-nations',
    ]);
  });
  it('links Spanish abbreviations of intergovernmental bodies and Spanish names of cities, only in Spanish', () => {
    const text =
      'La OMS y la OPS se reunieron en Ginebra con la ONU, el FMI y ACNUR; Médicos sin Fronteras habló en Londres, ' +
      'Nueva York y Ciudad del Cabo.';
    expect(link(text, '2017-06-01T12:00:00Z', 'es')).toEqual([
      'OMS=organization:SPRVD0589231',
      'OPS=organization:SPRVD0870531',
      'Ginebra=place:gn2660646',
      'ONU=organization:SPRVD0567566',
      'FMI=organization:SPRVD0760327',
      'ACNUR=organization:SPRVD0237365',
      'Médicos sin Fronteras=organization:msf',
      'Londres=place:capital:GB:London',
      'Nueva York=place:gn5128581',
      'Ciudad del Cabo=place:capital:ZA:Cape Town',
    ]);
    // The Spanish abbreviations are Spanish: "OMS" in an English text is no one.
    expect(link('The OMS and the FMI met.', '2017-06-01T12:00:00Z', 'en')).toEqual([]);
  });
  it('links the national bodies, parties, armed groups, agencies and companies news names most', () => {
    const text =
      'The Federal Reserve and the Bank of Japan held rates; the Bundestag and the Knesset debated; Hamas, Hezbollah ' +
      'and the Taliban were named by Xinhua and Kyodo News; Boeing and Gazprom shares fell.';
    expect(link(text, '2019-06-01T12:00:00Z')).toEqual([
      'Federal Reserve=organization:us-federal-reserve',
      'Bank of Japan=organization:jp-bank-of-japan',
      'Bundestag=organization:de-bundestag',
      'Knesset=organization:il-knesset',
      'Hamas=organization:hamas',
      'Hezbollah=organization:hezbollah',
      'Taliban=organization:taliban',
      'Xinhua=organization:cn-xinhua',
      'Kyodo News=organization:jp-kyodo',
      'Boeing=organization:boeing',
      'Gazprom=organization:gazprom',
    ]);
  });
  it('keeps historical references to ended states and former names, with lower confidence', () => {
    const in1987 = mentionOf(story, 'Zaire', '1987-03-10');
    const in2023 = mentionOf(story, 'Zaire', '2023-03-10');
    expect(in2023?.entity).toMatchObject({ key: 'country:CD' });
    expect(in2023?.rule).toBe('historical-reference');
    expect(in2023!.confidence).toBeLessThan(in1987!.confidence);
    expect(mentionOf(story, 'Soviet Union', '2023-03-10')?.rule).toBe('historical-reference');
  });
  it('matches a dated abbreviation only within its dates: "EC" is the European Community in 1987, nothing in 2023 or undated', () => {
    const text = 'EC farm ministers met in Brussels.';
    expect(link(text, '1987-03-10')).toContain('EC=organization:eec');
    expect(link(text, '2023-03-10').some((mention) => mention.startsWith('EC='))).toBe(false);
    expect(link(text, null).some((mention) => mention.startsWith('EC='))).toBe(false);
  });
  it('does not make a state of the past out of a demonym in a story written after it ended', () => {
    expect(link('Soviet tanks entered Prague.', '1968-08-21')).toContain('Soviet=country:SUHH');
    expect(link('Soviet-era tanks were seen near Kyiv.', '2023-05-01').some((m) => m.startsWith('Soviet='))).toBe(
      false,
    );
  });
  it('links the UN bodies by their news forms and the G7, G20 and OHCHR, which the organisations list lacks', () => {
    const text =
      'The UN General Assembly and the World Food Programme met the G7, the G-20 and the Office of the UN High ' +
      'Commissioner for Human Rights.';
    expect(link(text, '2019-09-10')).toEqual([
      'UN General Assembly=organization:SPRVD0997193',
      'World Food Programme=organization:SPRVD0465703',
      'G7=organization:g7',
      'G-20=organization:g20',
      'Office of the UN High Commissioner for Human Rights=organization:ohchr',
    ]);
    // "General Assembly" alone names other assemblies too; the G8 is the G7's name only from 1997 to 2014.
    expect(link('The General Assembly voted.', '2019-09-10')).toEqual([]);
    expect(link('The G8 met.', '2005-07-06')).toEqual(['G8=organization:g7']);
    expect(link('The G8 met.', '2019-07-06')).toEqual([]);
  });

  it('reads a generic body ("Congress", "the Senate", "Parliament") as the body of the country the story is about', () => {
    expect(link('In Washington, Congress and the Senate argued; Republicans blamed the House.', '2019-09-10')).toEqual([
      'Washington=place:capital:US:Washington D.C.',
      'Congress=organization:united-states-congress',
      'Senate=organization:us-senate',
      'Republicans=organization:us-republican-party',
      'House=organization:us-house-of-representatives',
    ]);
    expect(link('In London, Parliament voted and the Conservatives lost.', '2019-09-10')).toEqual([
      'London=place:capital:GB:London',
      'Parliament=organization:uk-parliament',
      'Conservatives=organization:uk-conservative-party',
    ]);
    // A story about Peru: its Congress is Peru's, not the US Congress, though the US is named too.
    const peru = link('In Lima, Congress debated whether US troops could enter Peru. Peru and Peru.', '2023-06-05');
    expect(peru.filter((mention) => mention.startsWith('Congress='))).toEqual([
      'Congress=organization:pe-congress-of-the-republic-of-peru',
    ]);
    // A story about a country whose institution of that name the reference data lacks links none.
    const estonia = link('In Tallinn, the Senate debated. Estonia and Estonia.', '2023-06-05');
    expect(estonia.some((mention) => mention.startsWith('Senate='))).toBe(false);
  });

  it('reads "U.N." as the United Nations, and "Security Council" as the UN body only where the UN is named', () => {
    expect(
      link('The U.N. Security Council met, then the Security Council of the United Nations voted.', '2019-09-10'),
    ).toEqual([
      'U.N. Security Council=organization:SPRVD0310496',
      'Security Council=organization:SPRVD0310496',
      'United Nations=organization:SPRVD0567566',
    ]);
    expect(link('The Security Council of the school met.', '2019-09-10')).toEqual([]);
  });

  it('links the two Germanys and their demonyms in Spanish', () => {
    expect(link('La República Democrática Alemana y Alemania Occidental firmaron.', '1987-03-10', 'es')).toEqual([
      'República Democrática Alemana=country:DDDE',
      'Alemania Occidental=country:Q713750',
    ]);
  });
  it('breaks an organisation tie by the document’s words: "ITC" with tin is the International Tin Council', () => {
    expect(link('The ITC said the tin buffer stock had run out of money.', '1986-01-10')).toEqual([
      'ITC=organization:international-tin-council',
    ]);
    // In 2015 the Tin Council was long gone: the International Trade Centre.
    expect(link('The ITC said exports from developing countries grew.', '2015-01-10')).toEqual([
      'ITC=organization:SPRVD0713779',
    ]);
    // An alias that needs context links nothing without it ("ISO" of the International Sugar Organization).
    expect(link('The ISO said sugar prices fell.', '1987-03-10')).toEqual(['ISO=organization:SPRVD0121448']);
    expect(link('The ISO published a standard.', '1987-03-10')).toEqual([]);
  });
});

describe('office holders by publication date', () => {
  it('links "Nakasone" in a 1987 story to Yasuhiro Nakasone, the prime minister of the day', () => {
    const mention = mentionOf('Nakasone said Japan would buy more chips.', 'Nakasone', '1987-03-10');
    expect(mention).toMatchObject({ entity: { key: NAKASONE }, rule: 'official-in-office' });
    expect(link('Prime Minister Nakasone told reporters in Tokyo he would visit.', '1987-03-10')).toContain(
      `Nakasone=${NAKASONE}`,
    );
  });
  it('does not make the sitting prime minister, or anyone, of "Nakasone" in a 2023 story that names him historically', () => {
    const text = 'Former prime minister Nakasone, who led Japan in the 1980s, was remembered in Tokyo.';
    expect(link(text, '2023-05-01').some((mention) => mention.startsWith('Nakasone='))).toBe(false);
    // The full name is still him, whatever the date.
    expect(link('Yasuhiro Nakasone led Japan in the 1980s.', '2023-05-01')).toContain(`Yasuhiro Nakasone=${NAKASONE}`);
  });
  it('behaves as before without a publication date', () => {
    expect(link('Nakasone said Japan would buy more chips.', null)).toEqual(['Japan=country:JP']);
  });
  it('leaves a surname that is part of a longer name, or that belongs to no one in office in the document’s countries', () => {
    // Shintaro Abe, foreign minister until 1986, is not the data's office holder "Abe" of 1987 (there is none).
    expect(link('Shintaro Abe visited Japan’s allies.', '1987-03-10').some((m) => m.startsWith('Abe='))).toBe(false);
    // A story about Peru in 1987: no Nakasone in office there, and no title before the name.
    expect(
      link('Nakasone, a shopkeeper in Lima, said Peru was calm.', '1987-03-10').some((m) => m.startsWith('Nakasone=')),
    ).toBe(false);
  });
  it('reads a title in either case when the document names none of the office holder’s countries', () => {
    expect(link('El presidente Reagan habló con la Unión Soviética.', '1987-03-10', 'es')).toEqual([
      'Reagan=person:Q9960',
      'Unión Soviética=country:SUHH',
    ]);
  });
  it('counts the predecessor of a country as the same country: Kohl in a 1987 story about West Germany', () => {
    expect(link('Kohl said West Germany would not revalue the mark.', '1987-03-10')).toEqual([
      'Kohl=person:Q2518',
      'West Germany=country:Q713750',
    ]);
  });
});

describe('office holders by publication date: names with a patronymic', () => {
  it('links the name without its dynasty, in either spelling of a final q, and the given name alone after it', () => {
    expect(
      link(
        'Sultan Qaboos bin Said of Oman died. Qaboos had ruled since 1970. Before Qaboos’s burial, Haitham bin Tariq took the oath.',
        '2020-01-11',
      ),
    ).toEqual([
      'Qaboos bin Said=person:Q57331',
      'Oman=country:OM',
      'Qaboos=person:Q57331',
      'Qaboos=person:Q57331',
      'Haitham bin Tariq=person:Q12250314',
    ]);
  });
});

describe('office holders by publication date: the Arabic article written either way', () => {
  it('links al-Sisi as el-Sisi, whole, with the surname alone after it', () => {
    expect(
      link('Egyptian President Abdel Fattah al-Sisi met the delegation. Later al-Sisi spoke.', '2020-06-01'),
    ).toEqual(['Egyptian=country:EG', 'Abdel Fattah al-Sisi=person:Q307871', 'Sisi=person:Q307871']);
  });
});

describe('office holders by publication date: heads before 2000 and countries without a Wikidata office list', () => {
  it('links the Soviet leaders of 1987 by full name and by surname', () => {
    expect(
      link(
        'Soviet leader Mikhail Gorbachev said Prime Minister Nikolai Ryzhkov would visit. Gorbachev also met Gromyko.',
        '1987-03-10',
      ),
    ).toEqual([
      'Soviet=country:SUHH',
      'Mikhail Gorbachev=person:suhh-mikhail-gorbachev',
      'Nikolai Ryzhkov=person:suhh-nikolai-ryzhkov',
      'Gorbachev=person:suhh-mikhail-gorbachev',
      'Gromyko=person:suhh-andrei-gromyko',
    ]);
  });
  it('links a surname to the holder of the day: Craxi in 1986, Goria in 1987, both of Italy', () => {
    expect(link('Italian Prime Minister Craxi met the unions.', '1986-05-02')).toContain(
      'Craxi=person:it-bettino-craxi',
    );
    expect(link('Italian Prime Minister Goria met the unions.', '1987-11-02')).toContain(
      'Goria=person:it-giovanni-goria',
    );
  });
  it('links a hand-compiled row to the person already known under a Wikidata id rather than making a second one', () => {
    expect(link('Iraqi President Saddam Hussein spoke in 1987.', '1987-03-10')).toContain(
      'Saddam Hussein=person:Q1316',
    );
  });
  it('links a Thai prime minister of 2004, a country without a Wikidata office list', () => {
    expect(
      link('Thai Prime Minister Thaksin Shinawatra said the king, Bhumibol Adulyadej, was ill.', '2004-12-01'),
    ).toEqual([
      'Thai=country:TH',
      'Thaksin Shinawatra=person:th-thaksin-shinawatra',
      'Bhumibol Adulyadej=person:th-bhumibol-adulyadej',
    ]);
  });
  it('links the finance officials of a 1987 currency story, by full name, spelling without umlaut and surname', () => {
    const found = link(
      'Treasury Secretary James Baker met Bundesbank President Karl Otto Poehl and Chancellor of the Exchequer Nigel Lawson. ' +
        'Baker said West Germany agreed; Stoltenberg and French Finance Minister Balladur did too.',
      '1987-03-02',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'James Baker=person:us-james-baker',
        'Karl Otto Poehl=person:de-karl-otto-pohl',
        'Baker=person:us-james-baker',
        'Stoltenberg=person:de-gerhard-stoltenberg',
        'Balladur=person:fr-edouard-balladur',
      ]),
    );
  });
  it('links a Thai prime minister named again by his given name, as Thai news does', () => {
    expect(link('Thai Prime Minister Thaksin Shinawatra spoke. Thaksin left for Bangkok.', '2004-12-01')).toContain(
      'Thaksin=person:th-thaksin-shinawatra',
    );
  });
  it('loads the hand-compiled rows of officeholders.csv that have no Wikidata id', () => {
    expect(link('West German Chancellor Konrad Adenauer met de Gaulle.', '1962-01-10')).toContain(
      'Konrad Adenauer=person:de-konrad-adenauer',
    );
  });
});

describe('intergovernmental organisations by publication date: former and renamed bodies', () => {
  it.each([
    ['The OAU summit in Lusaka ended on Wednesday.', '2001-07-11', 'OAU=organization:organisation-of-african-unity'],
    [
      'The Organization of African Unity met in Addis Ababa.',
      '1985-07-18',
      'Organization of African Unity=organization:organisation-of-african-unity',
    ],
    ['WEU ministers met in Brussels.', '1998-11-16', 'WEU=organization:western-european-union'],
    ['AMISOM troops retook the port town.', '2012-09-28', 'AMISOM=organization:amisom'],
    ['KFOR soldiers patrolled the bridge in Mitrovica.', '2023-05-30', 'KFOR=organization:kfor'],
    ['ISAF said two soldiers were killed.', '2010-06-21', 'ISAF=organization:isaf'],
    ['The UNWTO said tourist arrivals fell by 70 percent.', '2020-10-27', 'UNWTO=organization:SPRVD0252299'],
    ['The CSCE review conference opened in Vienna.', '1986-11-04', 'CSCE=organization:SPRVD0939651'],
    ['Andean Pact ministers met in Quito.', '1987-05-12', 'Andean Pact=organization:SPRVD0096684'],
    ['SADCC leaders met in Harare.', '1987-08-24', 'SADCC=organization:SPRVD0780723'],
    [
      'The Organisation of the Islamic Conference opened its summit in Kuwait.',
      '1987-01-26',
      'Organisation of the Islamic Conference=organization:SPRVD0502523',
    ],
    ['The Group of 77 called for debt relief at UNCTAD.', '1987-07-10', 'Group of 77=organization:group-of-77'],
    ['Contadora Group ministers met in Panama.', '1986-06-07', 'Contadora Group=organization:contadora-group'],
    ['The ATPC agreed to cut tin exports.', '1987-03-02', 'ATPC=organization:association-of-tin-producing-countries'],
    [
      'The United Nations Security Council met. Later the Security Council voted on a resolution.',
      '1987-07-20',
      'Security Council=organization:SPRVD0310496',
    ],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(link(text, date)).toContain(expected);
  });
});

describe('heads of international bodies (curated/igo-officeholders.csv)', () => {
  it('links the heads of the IMF, the World Bank and the GATT of 1987, with their bodies as the office', () => {
    const found = link(
      'IMF Managing Director Michel Camdessus met World Bank President Barber Conable and GATT Director-General ' +
        'Arthur Dunkel. Dunkel said Conable agreed.',
      '1987-06-01',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Barber Conable=person:us-barber-conable',
        'Arthur Dunkel=person:ch-arthur-dunkel',
        'Dunkel=person:ch-arthur-dunkel',
        'Conable=person:us-barber-conable',
      ]),
    );
    const camdessus = data.entities.find((candidate) => candidate.name === 'Michel Camdessus')!;
    const offices = data.roles!.filter((role) => role.personKey === camdessus.key).map((role) => role.organizationKey);
    expect(offices).toEqual(expect.arrayContaining(['country:FR', 'organization:SPRVD0760327']));
  });

  it('reads a surname of several words with its particle as the person named in full', () => {
    expect(
      link('Secretary-General Javier Perez de Cuellar met them. Perez de Cuellar said it was good.', '1987-06-01'),
    ).toEqual([
      'Javier Perez de Cuellar=person:pe-javier-perez-de-cuellar',
      'Perez de Cuellar=person:pe-javier-perez-de-cuellar',
    ]);
  });
});

describe('intergovernmental organisations: a generic name needs its organisation in the text', () => {
  it('reads the Security Council alone as no United Nations body where nothing names the United Nations', () => {
    expect(
      link('The National Security Council met. The Security Council of Ukraine voted.', '2019-06-01'),
    ).not.toContain('Security Council=organization:SPRVD0310496');
  });
});

describe('office holders by publication date: words that are also surnames', () => {
  it('links "May" to Theresa May only after a title, never the month', () => {
    const date = '2018-06-10';
    expect(link('In May, Britain said talks would resume.', date).some((m) => m.startsWith('May='))).toBe(false);
    expect(link('Prime Minister May told Britain’s parliament the talks would resume.', date)).toContain(
      'May=person:Q264766',
    );
  });
});

describe('office holders by publication date: another person of the surname', () => {
  it('leaves "Cohen" alone when the story names a Michael Cohen, whoever of that surname held office', () => {
    const text = 'His former lawyer Michael Cohen was convicted. Cohen told the United States Congress he had lied.';
    expect(link(text, '2019-03-10').some((m) => m.startsWith('Cohen='))).toBe(false);
    // Without the full name the same sentence is about the office holder of the day (the acting UN ambassador).
    expect(link('Cohen told the United States Congress he had lied.', '2019-03-10')).toContain(
      'Cohen=person:Q55615279',
    );
  });
});

describe('members of Congress (congress-legislators, CC0)', () => {
  const PELOSI = 'person:Q170581';
  const SCHUMER = 'person:Q380900';
  const OCASIO_CORTEZ = 'person:Q55223040';
  const MIKE_LEE = 'person:Q627098';
  const JOHN_KENNEDY_LA = 'person:Q6250211';
  const CUMMINGS = 'person:Q934898';
  const NADLER = 'person:Q505598';

  it('holds their terms as dated roles, the Speaker included', () => {
    const rolesOf = (key: string) => data.roles.filter((role) => role.personKey === key);
    expect(rolesOf(SCHUMER).map((role) => [role.title, role.start?.value, role.category])).toEqual(
      expect.arrayContaining([['United States Senator from New York', '1999-01-06', 'legislator']]),
    );
    expect(rolesOf(PELOSI).map((role) => [role.title, role.start?.value])).toEqual(
      expect.arrayContaining([['Speaker of the United States House of Representatives', '2019-01-03']]),
    );
    // Common name forms: the Wikipedia title names him, the official name is an alias.
    expect(entity(SCHUMER).name).toBe('Chuck Schumer');
    expect(aliasesOf(SCHUMER).map((alias) => alias.name)).toContain('Charles E. Schumer');
  });

  it('links "Speaker Nancy Pelosi" and "Senator Chuck Schumer" in a 2019 story, and their titled surnames', () => {
    const story = 'Speaker Nancy Pelosi and Senator Chuck Schumer met the president on Tuesday.';
    expect(link(story, '2019-01-08')).toEqual([`Nancy Pelosi=${PELOSI}`, `Chuck Schumer=${SCHUMER}`]);
    expect(link('Speaker Pelosi said the House would vote. Senator Schumer agreed.', '2019-01-08')).toEqual([
      `Pelosi=${PELOSI}`,
      `Schumer=${SCHUMER}`,
    ]);
  });

  it('does not link a bare surname to a member in a story dated long before any of their terms', () => {
    // Schumer entered the House in 1981, Ocasio-Cortez in 2019.
    expect(link('Senator Schumer told reporters he would visit.', '1975-03-10')).toEqual([]);
    expect(link('Ocasio-Cortez said the bill would pass.', '1975-03-10')).toEqual([]);
    // Untitled, a surname is a member only when the document names them in full (coreference).
    expect(link('Ocasio-Cortez said the bill would pass.', '2019-03-10')).toEqual([]);
    expect(link('Alexandria Ocasio-Cortez spoke.', '2019-03-10')).toEqual([
      `Alexandria Ocasio-Cortez=${OCASIO_CORTEZ}`,
    ]);
    expect(link('Jerrold Nadler spoke. Nadler said the bill would pass.', '2019-03-10')).toEqual([
      `Jerrold Nadler=${NADLER}`,
      `Nadler=${NADLER}`,
    ]);
    // Nadler entered the House in 1992.
    expect(link('Congressman Nadler said the bill would pass.', '1980-03-10')).toEqual([]);
  });

  it('names a member only around their years in Congress, and a disambiguated name only beside their office', () => {
    expect(link('Mike Lee said the vote was close.', '2019-03-10')).toEqual([`Mike Lee=${MIKE_LEE}`]);
    // Mike Lee took his seat in 2011: a Mike Lee of 1990 is somebody else.
    expect(link('Mike Lee said the vote was close.', '1990-03-10')).toEqual([]);
    expect(link('Mike Lee said the vote was close.', null)).toEqual([]);
    // "John Kennedy" is the senator from Louisiana only in a story about the Senate or Louisiana: otherwise the
    // president the reference data names so.
    expect(link('John Kennedy was remembered in Boston.', '2019-03-10')).toContain('John Kennedy=person:Q9696');
    expect(link('Senator John Kennedy of Louisiana said the vote was close.', '2019-03-10')).toContain(
      `John Kennedy=${JOHN_KENNEDY_LA}`,
    );
  });

  it('does not make a relative of the same surname, or the surname inside a longer name, the member', () => {
    const story =
      'Elijah Cummings died on Thursday. His parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers. ' +
      'Cummings was 68. The Saffir–Simpson scale was not mentioned; John F. Kennedy was.';
    expect(link(story, '2019-10-18')).toEqual([`Elijah Cummings=${CUMMINGS}`, `Cummings=${CUMMINGS}`]);
  });
});

describe('cabinet ministers beyond foreign and finance (every-politician-scrapers holders21, Wikidata CC0)', () => {
  const PARRIKAR = 'person:Q1391309';
  const ALONSO = 'person:Q1388724';

  it('holds their offices as dated roles of their country', () => {
    expect(
      data.roles
        .filter((role) => role.personKey === ALONSO)
        .map((role) => [role.title, role.start?.value, role.organizationKey, role.category]),
    ).toEqual(
      expect.arrayContaining([
        ['Minister of the Interior', '2004-04-18', 'country:ES', 'minister'],
        ['Minister of Defence', '2006-04-11', 'country:ES', 'minister'],
      ]),
    );
  });

  it('links a minister named in full around their years in office, and only after a title by surname alone', () => {
    expect(link('Interior Minister José Antonio Alonso spoke in Madrid.', '2004-11-02')).toContain(
      `José Antonio Alonso=${ALONSO}`,
    );
    expect(link('Defence Minister Manohar Parrikar visited the border.', '2016-05-01')).toContain(
      `Manohar Parrikar=${PARRIKAR}`,
    );
    expect(link('Minister Parrikar visited India’s border posts.', '2016-05-01')).toContain(`Parrikar=${PARRIKAR}`);
    expect(link('Parrikar visited India’s border posts.', '2016-05-01')).not.toContain(`Parrikar=${PARRIKAR}`);
    // Parrikar entered the Union cabinet in 2014: a namesake of 1990 is not linked by his name.
    expect(link('Manohar Parrikar visited the border.', '1990-05-01')).toEqual([]);
  });
});

describe('members of legislatures beyond Congress and regional executives (every-politician-scrapers, Wikidata CC0)', () => {
  const REGINA_IP = 'person:Q50835';
  const STURGEON = 'person:Q467112';
  const TOM_WATSON = 'person:Q263802';
  const PRANAB_MUKHERJEE = 'person:Q57446';
  const ABHIJIT_MUKHERJEE = 'person:Q4667397';

  it('holds their seats and regional offices as dated roles of their country', () => {
    const rolesOf = (key: string) =>
      data.roles
        .filter((role) => role.personKey === key)
        .map((role) => [role.title, role.start?.value, role.end?.value ?? null, role.organizationKey, role.category]);
    expect(rolesOf(REGINA_IP)).toEqual(
      expect.arrayContaining([
        ['member of the Legislative Council of Hong Kong', '2016-10-01', '2020-09-30', 'country:HK', 'legislator'],
        ['Secretary for Security', '1998-08-31', '2003-07-25', 'country:HK', 'minister'],
      ]),
    );
    expect(rolesOf(STURGEON)).toEqual(
      expect.arrayContaining([
        ['First Minister (Scottish Government)', '2014-11-20', null, 'country:GB', 'minister'],
        ['Member of the 5th Scottish Parliament', '2016-05-05', '2021-05-05', 'country:GB', 'legislator'],
      ]),
    );
    const sources = new Set(data.roles.map((role) => role.source));
    expect(sources).toContain('officials/legislators/hong-kong.csv');
    expect(sources).toContain('officials/legislators/united-kingdom-cabinet.csv');
  });

  it('links a member named in full around their years in office, and not decades before', () => {
    expect(link('Regina Ip was re-elected in Kowloon West.', '2016-09-09')).toContain(`Regina Ip=${REGINA_IP}`);
    expect(link('First Minister Nicola Sturgeon spoke in Edinburgh.', '2019-03-28')).toContain(
      `Nicola Sturgeon=${STURGEON}`,
    );
    expect(link('Regina Ip was born in Hong Kong.', '1975-06-01')).not.toContain(`Regina Ip=${REGINA_IP}`);
  });

  it('links a name Wikipedia disambiguates only beside a word of the office', () => {
    expect(link('Labour deputy leader Tom Watson, the MP for West Bromwich East, spoke.', '2019-03-28')).toContain(
      `Tom Watson=${TOM_WATSON}`,
    );
    expect(link('Tom Watson won the Open at Turnberry.', '2019-03-28')).not.toContain(`Tom Watson=${TOM_WATSON}`);
  });

  it('links a surname alone to the story’s person when relatives of that surname are named too', () => {
    const story =
      'Pranab Mukherjee, a former President of India, died. His son Abhijit Mukherjee announced it. ' +
      'Born in 1935, Pranab Mukherjee entered politics early. Mukherjee was cremated on Tuesday.';
    expect(link(story, '2020-09-03')).toEqual([
      `Pranab Mukherjee=${PRANAB_MUKHERJEE}`,
      `India=country:IN`,
      `Abhijit Mukherjee=${ABHIJIT_MUKHERJEE}`,
      `Pranab Mukherjee=${PRANAB_MUKHERJEE}`,
      `Mukherjee=${PRANAB_MUKHERJEE}`,
    ]);
    // Named in full once each: "Mukherjee" could be either of them.
    const tie = 'Pranab Mukherjee and his son Abhijit Mukherjee met. Mukherjee spoke first.';
    expect(link(tie, '2013-01-10')).not.toContain(`Mukherjee=${PRANAB_MUKHERJEE}`);
    expect(link(tie, '2013-01-10')).not.toContain(`Mukherjee=${ABHIJIT_MUKHERJEE}`);
  });

  it('links a surname written without the name’s accents to the person named with them', () => {
    const story = 'Interior Minister Joachim Brudziński visited Koszalin. Brudzinski ordered inspections.';
    const brudzinski = link(story, '2019-01-05').filter((found) => found.includes('Brudzi'));
    expect(brudzinski).toHaveLength(2);
    expect(new Set(brudzinski.map((found) => found.split('=')[1])).size).toBe(1);
    // A lowercase word is not the surname: "may" is not Theresa May.
    expect(
      link('Theresa May said talks may resume.', '2018-06-01').filter((found) => found.startsWith('may=')),
    ).toEqual([]);
  });
});

describe('office holders by publication date: a middle initial the reference name lacks', () => {
  it('links "Viktor F. Yanukovych" to the prime minister of the day, not to his namesake son', () => {
    const found = linker
      .link('Prime Minister Viktor F. Yanukovych of Ukraine said the vote was fair.', {
        language: 'en',
        ner: true,
        publishedAt: '2004-11-25',
      })
      .filter((mention) => mention.entity.status === 'known' && mention.entity.type === 'person')
      .map((mention) => `${mention.surface}=${mention.entity.status === 'known' ? mention.entity.key : ''}`);
    expect(found).toEqual(['Viktor F. Yanukovych=person:Q1459658']);
  });
});

describe('office holders by publication date: namesakes', () => {
  it('links the full name two people share to the one in office on the day', () => {
    expect(link('Prime Minister Viktor Yanukovych said so. Yanukovych left.', '2004-11-15')).toEqual([
      'Viktor Yanukovych=person:Q1459658',
      'Yanukovych=person:Q1459658',
    ]);
  });
});
