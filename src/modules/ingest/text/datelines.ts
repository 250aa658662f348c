// Datelines and wire sign-offs: where a wire story says where (and when, and through which agency) it was filed, and
// the agency's name on the story's last line. Both are furniture around the text rather than the text itself, so
// prepare() takes them off the body; the dateline is kept as an article field of its own (its place is linked as a
// mention in the field `dateline`), and the agency of either is recorded, so nothing downstream mistakes
// "Reuter" or "(EUROPA PRESS)" for a name in the story.
//
// The forms read, at the head of the first paragraph:
//   WASHINGTON, March 2 -                 PLACE, DATE SEPARATOR
//   LONDON, March 2 (Reuters) -           PLACE, DATE (AGENCY) SEPARATOR
//   ST. LOUIS, Mo., March 2 (AP) -        PLACE, REGION, DATE (AGENCY) SEPARATOR
//   BOGOTÁ, Colombia (AP) —               PLACE, REGION (AGENCY) SEPARATOR
//   PARIS —                               PLACE SEPARATOR (a place in capitals only: the capitals are the evidence)
//   Lima, 5 jun (EFE).-                   Spanish day-month order, ".-" separator
//   MADRID, 12 (EUROPA PRESS)             a day alone; the paragraph may end there
//   Misión Verdad, Orinoco Tribune, June 5, 2023 —
//                                         outlets and a full printed date: a dateline without a place
// A place written in capitals may stand alone; one in ordinary case ("Lima") needs a date or an agency after it, and
// ordinary-case names before a full date without an agency are read as outlets, not a place.

export interface DatelineDate {
  year: number | null;
  month: number | null;
  day: number;
}

export interface ParsedDateline {
  /** The dateline as printed, separator included: "LONDON, March 2 (Reuters) -". */
  text: string;
  /** The place as printed, region included ("BOGOTÁ, Colombia"); null for the outlets-and-date form. */
  place: string | null;
  /** Where the place ends in `text`, in UTF-16 units (0 without a place): the part the linker reads. */
  placeEnd: number;
  /** The printed date's parts; the year (and for a day alone, the month) are often left out. */
  date: DatelineDate | null;
  /** The agency named in parentheses ("Reuters", "EUROPA PRESS"). */
  agency: string | null;
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  ene: 1,
  enero: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dic: 12,
  diciembre: 12,
};
/** A word matched in any case without the `i` flag (which would also make \p{Lu} match lowercase letters). */
function anyCase(word: string): string {
  return [...word].map((char) => `[${char}${char.toUpperCase()}]`).join('');
}
// Longest first, so "June" is not read as "Jun" + "e".
const MONTH = `(?:${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|')})\\.?`;
const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo'.split(
    ' ',
  ),
);

// A word of a place in capitals: "WASHINGTON", "ST.", "BOGOTÁ", "AL-MUKALLA", "N'DJAMENA".
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
// A word in ordinary case: "Lima", "Calif.", and the particles of compound names ("Ciudad de México").
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’.\-]*`;
const PARTICLE = '(?:de|del|la|las|los|el|da|do|dos|das|di|of|the|al|y)';
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${TITLE_WORD}){0,3}`;
// "Colombia", "Calif.", "N.Y.", "Costa Rica": a region or country after the place.
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}`;
// "March 2", "Mar. 2, 1987", "2 March", "5 jun", "5 de junio de 2023", "12".
const DATE = [
  `(?<monthFirst>${MONTH})\\s+(?<dayAfterMonth>\\d{1,2})(?:,?\\s+(?<yearAfterDay>\\d{4}))?`,
  `(?<dayFirst>\\d{1,2})(?:\\s+(?:[dD][eE]\\s+)?(?<monthAfterDay>${MONTH})(?:,?\\s+(?:[dD][eE]\\s+)?(?<yearAfterMonth>\\d{4}))?)?`,
].join('|');
const AGENCY = String.raw`\((?<agency>\p{L}[\p{L}\p{M} .&/\-]{0,38}\p{L}|\p{L})\)`;
const SEPARATOR = String.raw`\s*(?:\.\s*)?(?:[-–—]{1,2}|:)\s*`;

const DATELINE = new RegExp(
  [
    '^(?<head>',
    `(?:(?<capsPlace>${CAPS_PLACE})|(?<titlePlace>${TITLE_PLACE}))`,
    `(?:,\\s*(?<region>${REGION}))??`,
    `(?:,?\\s*(?<date>${DATE}))?`,
    `(?:\\s*${AGENCY})?`,
    ')',
    `(?<separator>${SEPARATOR}|\\s*$)`,
  ].join(''),
  'u',
);

/** "Misión Verdad, Orinoco Tribune, June 5, 2023 —": outlets and a full printed date. */
const OUTLETS_AND_DATE = new RegExp(`^([^\\n—–]{0,200}?\\b(${MONTH})\\s+(\\d{1,2}),\\s+(\\d{4})\\s*[—–-])\\s*`, 'u');

function monthNumber(name: string | undefined): number | null {
  if (name === undefined) return null;
  return MONTH_NUMBERS[name.replace(/\.$/u, '').toLowerCase()] ?? null;
}

export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dateOf(groups: Record<string, string | undefined>): DatelineDate | null | 'invalid' {
  if (groups.date === undefined) return null;
  const month = monthNumber(groups.monthFirst ?? groups.monthAfterDay);
  const day = Number(groups.dayAfterMonth ?? groups.dayFirst);
  const yearText = groups.yearAfterDay ?? groups.yearAfterMonth;
  const year = yearText === undefined ? null : Number(yearText);
  if (day < 1 || day > 31) return 'invalid';
  if (month !== null && !isRealCalendarDate(year ?? 2000, month, day)) return 'invalid';
  return { year, month, day };
}

/** An agency in parentheses is one when it is written in capitals ("AP", "EUROPA PRESS") or is a known one. */
function isAgencyName(name: string): boolean {
  return !/\p{Ll}/u.test(name) || AGENCY_SET.has(name.replace(/\s+/gu, ' ').toLowerCase());
}

/** The dateline at the head of a paragraph, or null. */
export function parseDateline(paragraph: string): ParsedDateline | null {
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups as Record<string, string | undefined> | undefined;
  if (match && groups) {
    const { capsPlace, titlePlace, region, agency } = groups;
    const date = dateOf(groups);
    const place = capsPlace ?? titlePlace!;
    const caps = capsPlace !== undefined && /\p{Lu}{2}/u.test(capsPlace);
    const atEnd = match[0].length === paragraph.length;
    const agencyOk = agency === undefined || isAgencyName(agency);
    // A place in ordinary case needs the evidence of a date without a year, or an agency; a weekday is a date.
    const evidence =
      caps || (agency !== undefined ? agencyOk : date !== null && date !== 'invalid' && date.year === null);
    // A bare place ("PARIS —") must be followed by text in ordinary case: in capitals throughout (an all-caps
    // story, a heading) the capitals are no evidence.
    const bare = date === null && agency === undefined && region === undefined;
    const bareOk = !bare || (!atEnd && /\p{Ll}/u.test(paragraph.slice(match[0].length)));
    if (
      date !== 'invalid' &&
      agencyOk &&
      evidence &&
      bareOk &&
      !WEEKDAYS.has(place.toLowerCase()) &&
      !(atEnd && bare)
    ) {
      const placeText = region === undefined ? place : paragraph.slice(0, match[0].indexOf(region) + region.length);
      return { text: match[0].trim(), place: placeText, placeEnd: placeText.length, date, agency: agency ?? null };
    }
  }
  const outlets = OUTLETS_AND_DATE.exec(paragraph);
  if (outlets) {
    const month = monthNumber(outlets[2]);
    const [day, year] = [Number(outlets[3]), Number(outlets[4])];
    if (month !== null && isRealCalendarDate(year, month, day))
      return { text: outlets[1]!.trim(), place: null, placeEnd: 0, date: { year, month, day }, agency: null };
  }
  return null;
}

export interface Dateline extends ParsedDateline {
  /** The printed date as a calendar day (YYYY-MM-DD): as printed, or completed from the publication date. */
  calendarDate: string | null;
}

const DAY_MS = 86_400_000;

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar day a printed dateline date names. A year (or a month) left out is the one that puts the day closest
 * before the publication time (a day after it at most: the dateline is local time) — a story dated "Dec 31" and
 * published on January 1 is from the year before; without a publication time such a date stays unresolved (null).
 */
export function resolveDatelineDate(date: DatelineDate | null, publishedAt: Date | null): string | null {
  if (date === null) return null;
  if (date.year !== null && date.month !== null) return isoDay(date.year, date.month, date.day);
  if (publishedAt === null) return null;
  const year = publishedAt.getUTCFullYear();
  const month = publishedAt.getUTCMonth() + 1;
  const candidates: [number, number][] =
    date.month !== null
      ? [year - 1, year, year + 1].map((candidate) => [candidate, date.month!])
      : [-1, 0, 1].map((shift) => {
          const first = new Date(Date.UTC(year, month - 1 + shift, 1));
          return [first.getUTCFullYear(), first.getUTCMonth() + 1];
        });
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [candidateYear, candidateMonth] of candidates) {
    if (!isRealCalendarDate(candidateYear, candidateMonth, date.day)) continue;
    const offset = Date.UTC(candidateYear, candidateMonth - 1, date.day) - publishedAt.getTime();
    // Filed before it was published; a day ahead at most (the dateline's day is local time at the place).
    if (offset > DAY_MS) continue;
    const distance = Math.abs(offset);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = isoDay(candidateYear, candidateMonth, date.day);
    }
  }
  // A day more than a few weeks from the publication time is not a dateline of this story's filing.
  return bestDistance <= 45 * DAY_MS ? best : null;
}

/**
 * Splits a leading dateline off the first paragraph. Returns the paragraphs without it (the first one shortened, or
 * dropped when it was only the dateline) and the dateline, or the input unchanged and null.
 */
export function splitDateline(
  paragraphs: readonly string[],
  publishedAt: Date | null = null,
): { paragraphs: string[]; dateline: Dateline | null } {
  const [first, ...rest] = paragraphs;
  const parsed = first === undefined ? null : parseDateline(first);
  if (first === undefined || parsed === null) return { paragraphs: [...paragraphs], dateline: null };
  const remainder = first.slice(first.indexOf(parsed.text) + parsed.text.length).trimStart();
  return {
    paragraphs: remainder.length > 0 ? [remainder, ...rest] : rest,
    dateline: { ...parsed, calendarDate: resolveDatelineDate(parsed.date, publishedAt) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sign-offs
// ---------------------------------------------------------------------------------------------------------------

/**
 * News agencies whose name closes a wire story ("Reuter", "(AP)"). Their names as agencies, never people's: the
 * dateline's parentheses say the same for any agency, but a sign-off stands alone and needs the name to be known.
 */
const AGENCIES = [
  'Reuter',
  'Reuters',
  'AP',
  'AFP',
  'UPI',
  'EFE',
  'dpa',
  'DPA',
  'ANSA',
  'Xinhua',
  'IPS',
  'Europa Press',
  'Kyodo',
  'TASS',
  'Tass',
  'Prensa Latina',
  'Notimex',
  'Anadolu',
  'Yonhap',
  'Bernama',
  'PTI',
  'ANP',
];
const AGENCY_SET = new Set(AGENCIES.map((name) => name.toLowerCase()));
const AGENCY_NAMES = AGENCIES.map((name) => name.replace(/ /gu, '\\s+')).join('|');
/** The last line of the body: the agency alone, or after the last sentence of the last paragraph (hard-wrapped text). */
const SIGN_OFF = new RegExp(`(?:^|(?<=[.!?"”’)]\\s+))(?<signOff>\\(?(?<agency>${AGENCY_NAMES})\\)?)\\s*$`, 'iu');

/** A wire sign-off at the end of the last paragraph, removed; its agency as printed. */
export function splitSignOff(paragraphs: readonly string[]): { paragraphs: string[]; agency: string | null } {
  const last = paragraphs.at(-1);
  const match = last === undefined ? null : SIGN_OFF.exec(last);
  if (last === undefined || !match?.groups) return { paragraphs: [...paragraphs], agency: null };
  const agency = match.groups.agency!;
  // A sign-off is written as the agency writes it: one of the listed spellings, or all capitals ("REUTER").
  if (!AGENCIES.includes(agency.replace(/\s+/gu, ' ')) && agency !== agency.toUpperCase())
    return { paragraphs: [...paragraphs], agency: null };
  const remainder = last.slice(0, match.index).trimEnd();
  return {
    paragraphs: remainder.length > 0 ? [...paragraphs.slice(0, -1), remainder] : paragraphs.slice(0, -1),
    agency: agency.replace(/\s+/gu, ' '),
  };
}
