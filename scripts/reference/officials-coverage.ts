// Which offices the loaded officials data covers on a given day: for every UN member state (and the former states
// whose keys the data uses: SUHH, DDDE, CSHH, YUCS, YDYE, CSXX) whether a head of state and a head of government are
// known, and for the largest economies and the OPEC members whether a finance minister, a foreign minister and a
// central-bank governor are — across all the officials files the loader reads (curated/officeholders.csv and the
// Wikidata-derived files), as loadGazetteerData builds them. Prints the gaps, then a count per office.
//
//   npx tsx scripts/reference/officials-coverage.ts [--date 1987-06-01 --date 2004-06-01] [--all]
//
// `--all` lists the covered offices too (with the holder). A role with an open end (the foreign-ministers file gives
// starts only) counts from its start on; a year-only date covers its whole year, as the linker reads it.
import { parseArgs } from 'node:util';

import {
  dateBound,
  type GazetteerRole,
  loadGazetteerData,
  worldCountries,
} from '../../src/modules/ingest/linking/gazetteer-data.ts';

const { values } = parseArgs({
  options: {
    date: { type: 'string', multiple: true, default: ['1987-06-01', '2004-06-01'] },
    all: { type: 'boolean', default: false },
  },
});

type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'finance_minister'
  | 'foreign_minister'
  | 'central_bank_governor';
const OFFICES: readonly Office[] = [
  'head_of_state',
  'head_of_government',
  'finance_minister',
  'foreign_minister',
  'central_bank_governor',
];

/** Former states the data keys by their ISO 3166-3 code, with the years they existed. */
const FORMER_STATES: Record<string, [string, string]> = {
  SUHH: ['1922-12-30', '1991-12-26'],
  DDDE: ['1949-10-07', '1990-10-03'],
  CSHH: ['1918-10-28', '1992-12-31'],
  YUCS: ['1945-11-29', '2003-02-04'],
  YDYE: ['1967-11-30', '1990-05-22'],
  CSXX: ['2003-02-04', '2006-06-05'],
};
/** UN members that became independent (or separate from a former state above) after a day: not expected before it. */
const INDEPENDENT_FROM: Record<string, string> = {
  ...Object.fromEntries(
    ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'].map((iso) => [
      iso,
      '1991-08-20',
    ]),
  ),
  SI: '1991-06-25',
  HR: '1991-06-25',
  MK: '1991-09-08',
  BA: '1992-03-03',
  CZ: '1993-01-01',
  SK: '1993-01-01',
  NA: '1990-03-21',
  ER: '1993-05-24',
  MH: '1986-10-21',
  FM: '1986-11-03',
  PW: '1994-10-01',
  TL: '2002-05-20',
  ME: '2006-06-03',
  RS: '2006-06-05',
  SS: '2011-07-09',
};
/**
 * When a country had no head of government apart from the head of state (presidential republics, monarchies whose
 * king chairs the cabinet, military and one-party regimes that abolished the premiership, collective executives): a
 * missing head of government then is no gap. Periods by year or day, approximate where the office lapsed.
 */
const ALWAYS: [string, string][] = [['1800', '2100']];
const NO_SEPARATE_HEAD_OF_GOVERNMENT: Record<string, [string, string][]> = {
  ...Object.fromEntries(
    `US MX BR AR CL CO VE EC BO PY UY CR PA GT HN SV NI DO ID NG GH CY SA OM BN MV SC BW LR GM KM TM MW SL BJ KI MH
    FM NR PW CH SM ER CSXX`
      .split(/\s+/u)
      .map((iso) => [iso, ALWAYS]),
  ),
  AF: [['2002', '2100']],
  AO: [['1975', '1991']],
  BF: [['1983', '1992']],
  BI: [
    ['1978', '1988'],
    ['1998', '2020'],
  ],
  BT: [['1907', '1998']],
  CD: [['1997', '2008']],
  CF: [['1981-09-01', '1991']],
  CG: [['1997', '2005']],
  CI: [['1960', '1990-11-07']],
  CM: [['1984', '1991']],
  ET: [['1974', '1987-09-10']],
  FJ: [['1987-05-14', '1987-12-05']],
  GN: [['1985', '1996']],
  GW: [['1984', '1991']],
  HT: [['1804', '1988-02-09']],
  IR: [['1989-08-03', '2100']],
  KE: [['1964', '2008-04-17']],
  PH: [['1986-02-25', '2100']],
  QA: [['1971', '1996']],
  RW: [['1962', '1991']],
  SD: [['1989-06-30', '2017']],
  SN: [['1983-04-03', '1991-04-08']],
  SR: [['1988', '2100']],
  ST: [['1979', '1988']],
  TD: [['1982', '1991']],
  TG: [['1960', '1991']],
  ZA: [['1984-09-14', '2100']],
  ZM: [['1991-08-31', '2100']],
  ZW: [['1987-12-31', '2009-02-11']],
};
const noHeadOfGovernment = (iso: string, day: string) =>
  (NO_SEPARATE_HEAD_OF_GOVERNMENT[iso] ?? []).some(([from, to]) => from <= day && day < to);
/** About the fifty largest economies of 1987 and 2004, and the OPEC members: their ministers are measured too. */
const ECONOMIES = new Set(
  `US JP DE FR GB IT CA CN SUHH RU BR ES IN NL AU MX KR CH SE BE AT TW DK NO FI SA AR IR ID TR ZA PL YUCS CSHH DDDE
  PH MY TH IL GR PT IE NZ NG VE EG DZ PK CL CO SG KW AE LY IQ QA EC GA HK CZ HU UA RO`.split(/\s+/u),
);

/** The office a role is: its category where the file gives one, else read from the title (the heads file). */
function officeOf(role: GazetteerRole): Office | null {
  if (role.category && (OFFICES as readonly string[]).includes(role.category)) return role.category as Office;
  if (role.category) return null;
  const title = role.title;
  if (
    /prime minister|premier|chancellor|head of government|president of the government|council of ministers/iu.test(
      title,
    )
  )
    return 'head_of_government';
  if (/foreign|external (?:affairs|relations)/iu.test(title)) return 'foreign_minister';
  if (/finance|treasury|exchequer/iu.test(title)) return 'finance_minister';
  if (/central bank|reserve bank|national bank|bank of/iu.test(title)) return 'central_bank_governor';
  if (
    /president|king|queen|monarch|emir|sultan|head of state|governor-general|emperor|grand duke|prince|chairman|leader/iu.test(
      title,
    )
  )
    return 'head_of_state';
  return null;
}

const data = loadGazetteerData();
const names = new Map(data.entities.map((entity) => [entity.key, entity.name]));
/** Holders by `country|office`. */
const byOffice = new Map<string, GazetteerRole[]>();
for (const role of data.roles) {
  const office = officeOf(role);
  if (!office || !role.organizationKey?.startsWith('country:')) continue;
  const key = `${role.organizationKey.slice('country:'.length)}|${office}`;
  byOffice.set(key, [...(byOffice.get(key) ?? []), role]);
}

const unMembers = worldCountries
  .filter((country) => country.unMember)
  .map((country) => country.cca2)
  .sort();
for (const day of values.date) {
  const instant = Date.parse(`${day}T12:00:00Z`);
  const countries = [
    ...unMembers.filter((iso) => !INDEPENDENT_FROM[iso] || INDEPENDENT_FROM[iso] <= day),
    ...Object.entries(FORMER_STATES)
      .filter(([, [from, to]]) => from <= day && day < to)
      .map(([key]) => key),
  ];
  const counts = new Map<Office, [number, number]>();
  const gaps: string[] = [];
  for (const iso of countries) {
    const missing: string[] = [];
    const covered: string[] = [];
    for (const office of OFFICES) {
      if (office === 'head_of_government' && noHeadOfGovernment(iso, day)) continue;
      if (office !== 'head_of_state' && office !== 'head_of_government' && !ECONOMIES.has(iso)) continue;
      const holders = (byOffice.get(`${iso}|${office}`) ?? []).filter(
        (role) => dateBound(role.start, 'start') <= instant && instant <= dateBound(role.end, 'end'),
      );
      const [known, expected] = counts.get(office) ?? [0, 0];
      counts.set(office, [known + (holders.length > 0 ? 1 : 0), expected + 1]);
      if (holders.length === 0) missing.push(office);
      else covered.push(`${office}=${[...new Set(holders.map((role) => names.get(role.personKey)))].join('/')}`);
    }
    if (missing.length > 0 || values.all)
      gaps.push(
        `${iso.padEnd(4)} ${missing.length > 0 ? `missing ${missing.join(' ')}` : ''}${values.all ? `  ${covered.join('; ')}` : ''}`,
      );
  }
  console.log(`== ${day}: ${countries.length} countries`);
  for (const line of gaps) console.log(line);
  for (const [office, [known, expected]] of counts) console.log(`${day} ${office}: ${known}/${expected}`);
}
