// Names built from a country: "Peruvian Armed Forces", "National Police of Peru", "Fuerzas Armadas del Perú",
// "Political Constitution of Peru", and numbered legal acts: "Legislative Resolution No. 31758", "Ley N.º 31758",
// "Executive Order 14024". Every country has an army and a constitution, so these are not gazetteer entries but
// proposals (new entities, method `ner`), named as written and carrying the country they belong to. They matter for
// linking too: a demonym inside such a name is part of it, not a mention of the country on its own.
import type { EntityType } from '../../../generated/prisma/enums.ts';
import type { Token } from '../text/tokens.ts';
import { isTitleWord, NEVER_NAME } from './ner-lexicon.ts';

export interface PatternSpan {
  /** Token index range, both ends included. */
  start: number;
  end: number;
  type: EntityType;
  name: string;
  countryIso2Hint: string | null;
  rule: string;
}

interface Head {
  tokens: readonly string[];
  type: EntityType;
  /** Per word: written in lowercase (/^\p{Ll}/u), so any case of it matches; and its fold, precomputed. */
  lowercase: readonly boolean[];
  folded: readonly string[];
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function heads(type: EntityType, names: readonly string[]): Head[] {
  return names.map((name) => {
    const tokens = name.split(' ');
    return { tokens, type, lowercase: tokens.map((word) => /^\p{Ll}/u.test(word)), folded: tokens.map(fold) };
  });
}

const HEADS_EN: readonly Head[] = [
  ...heads('organization', [
    'Armed Forces',
    'Army',
    'Navy',
    'Air Force',
    'Marine Corps',
    'Coast Guard',
    'National Guard',
    'National Police',
    'Police',
    'Congress',
    'Senate',
    'Parliament',
    'National Assembly',
    'Supreme Court',
    'Constitutional Court',
    'Foreign Ministry',
    'Ministry of Foreign Affairs',
    'Defense Ministry',
    'Defence Ministry',
    'Ministry of Defense',
    'Ministry of Defence',
    'Interior Ministry',
    'Ministry of the Interior',
    'Finance Ministry',
    'Ministry of Finance',
    'Ministry of Economy',
    'Central Bank',
    'Embassy',
    'Foreign Office',
    'Treasury',
    'State Department',
    'Treasury Department',
    'Commerce Department',
    'Agriculture Department',
    'Justice Department',
    'Defense Department',
    'Trade Ministry',
    'Economy Ministry',
    'Agriculture Ministry',
    'Health Ministry',
    'Ministry of Health',
    'Department of Health',
    'Health Department',
    'Education Ministry',
    'Ministry of Education',
    'Justice Ministry',
    'Ministry of Justice',
    'Labour Ministry',
    'Labor Ministry',
    'Ministry of Labour',
    'Ministry of Labor',
    'Ministry of Agriculture',
    'Ministry of Trade',
    'Energy Ministry',
    'Ministry of Energy',
    'Environment Ministry',
    'Ministry of the Environment',
    'Transport Ministry',
    'Ministry of Transport',
  ]),
  ...heads('legal_instrument', ['Constitution', 'Political Constitution']),
];
const HEADS_ES: readonly Head[] = [
  ...heads('organization', [
    'Fuerzas Armadas',
    'Ejército',
    'Armada',
    'Marina de Guerra',
    'Fuerza Aérea',
    'Policía Nacional',
    'Congreso',
    'Senado',
    'Asamblea Nacional',
    'Corte Suprema',
    'Tribunal Constitucional',
    'Cancillería',
    'Ministerio de Relaciones Exteriores',
    'Ministerio de Defensa',
    'Ministerio del Interior',
    'Ministerio de Economía',
    'Ministerio de Hacienda',
    'Ministerio de Salud',
    'Ministerio de Sanidad',
    'Departamento de Salud',
    'Secretaría de Salud',
    'Ministerio de Educación',
    'Ministerio de Justicia',
    'Ministerio de Trabajo',
    'Ministerio de Agricultura',
    'Ministerio de Energía',
    'Ministerio de Medio Ambiente',
    'Ministerio de Transporte',
    'Fiscalía General',
    'Defensoría del Pueblo',
    'Banco Central',
    'Embajada',
  ]),
  ...heads('legal_instrument', ['Constitución', 'Constitución Política']),
];

/** "14th", "First", "Twenty-fifth" (its last part: "fifth"). */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|\p{Lu}\p{Ll}*(?:first|second|third|th)|First|Second|Third)$/u;

/** The first token of "<ordinal> Amendment to|of the" right before token `first`, or null. */
function amendmentBefore(tokens: readonly Token[], first: number): number | null {
  const at = (offset: number) => tokens[first - offset];
  if (at(1)?.folded !== 'the' || !['to', 'of'].includes(at(2)?.folded ?? '') || at(3)?.text !== 'Amendment')
    return null;
  const ordinal = at(4);
  if (ordinal === undefined || tokens[first - 3]!.breakBefore) return null;
  if (ORDINAL.test(ordinal.text)) return first - 4;
  // "Twenty-fifth": a tens word, a hyphen and a lowercase ordinal.
  const tens = at(6);
  return at(5)?.text === '-' &&
    tens !== undefined &&
    /^\p{Lu}\p{Ll}+ty$/u.test(tens.text) &&
    /(?:first|second|third|th)$/u.test(ordinal.text)
    ? first - 6
    : null;
}

/**
 * Heads a country's name opens as part of one name: its constitution and its embassies ("U.S. Constitution", "United
 * States Embassy"). Not its ministries or army: "U.S. Congress", "U.S. Army" name the body with the country in them.
 */
const COUNTRY_NAMED_HEADS = HEADS_EN.filter(
  (head) => head.type === 'legal_instrument' || head.tokens.join(' ') === 'Embassy',
);

/** Heads written in capitals, also standing alone ("the National Police"): only multi-word ones are specific enough. */
const STANDALONE_HEADS = [...HEADS_EN, ...HEADS_ES].filter((head) => head.tokens.length >= 2);
/** The words a standalone head can start with: most tokens are none of them, and are skipped at once. */
const STANDALONE_FIRST_WORDS = new Set(STANDALONE_HEADS.map((head) => head.tokens[0]!));
if ([...STANDALONE_FIRST_WORDS].some((word) => !/^[A-Z]/u.test(word)))
  throw new Error('standaloneInstitutionSpans assumes heads start with an ASCII capital');
/** Per ASCII capital: a bit per length (capped at 31) of the first words starting with it ("The" is no such word). */
const FIRST_WORD_LENGTHS = new Uint32Array(0x80);
for (const word of STANDALONE_FIRST_WORDS) FIRST_WORD_LENGTHS[word.charCodeAt(0)]! |= 1 << Math.min(word.length, 31);

/** Does `head` end at token `last` (reading backwards), written with its capitals? Returns its first index. */
function headEndingAt(tokens: readonly Token[], last: number, head: Head): number | null {
  const first = last - head.tokens.length + 1;
  if (first < 0) return null;
  for (let offset = 0; offset < head.tokens.length; offset += 1) {
    const token = tokens[first + offset]!;
    const word = head.tokens[offset]!;
    // The lowercase test first: it is precomputed, and most words of a head are capitalised.
    if (token.text !== word && !(offset > 0 && head.lowercase[offset]! && fold(token.text) === head.folded[offset]))
      return null;
  }
  return first;
}

function headStartingAt(tokens: readonly Token[], first: number, head: Head): number | null {
  const last = first + head.tokens.length - 1;
  return last < tokens.length && headEndingAt(tokens, last, head) === first ? last : null;
}

function longest(
  candidates: readonly { head: Head; index: number }[],
  pick: 'min' | 'max',
): { head: Head; index: number } | null {
  if (candidates.length === 0) return null;
  return candidates.reduce((best, next) =>
    (pick === 'min' ? next.index < best.index : next.index > best.index) ? next : best,
  );
}

const INSTITUTION_HEADS = [...HEADS_EN, ...HEADS_ES];

/** Whether an institution head ends at token `index` ("Policía Nacional" in "Policía Nacional del Perú"). */
export function endsInstitutionHead(tokens: readonly Token[], index: number): boolean {
  for (const head of INSTITUTION_HEADS) if (headEndingAt(tokens, index, head) !== null) return true;
  return false;
}

/** Whether an institution head ("Congress", "Armed Forces", "Ministerio de Defensa") starts at token `index`. */
export function startsInstitutionHead(tokens: readonly Token[], index: number): boolean {
  for (const head of INSTITUTION_HEADS) if (headStartingAt(tokens, index, head) !== null) return true;
  return false;
}

/** A country mention found by the gazetteer: its token range and how it was written. */
export interface CountryMention {
  first: number;
  last: number;
  iso2: string;
  isDemonym: boolean;
  /** The country's name in the reference data ("United States" for "U.S."). */
  name: string;
}

function textOf(tokens: readonly Token[], first: number, last: number, body: string): string {
  return body.slice(tokens[first]!.start, tokens[last]!.end);
}

const CONTINUING_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del']);

/**
 * The last token of the name a head starts, when the name goes on past it: "Italian Supreme Court |of Cassation",
 * "National Police |Agency", "Air Force |Base" — capitalised words, or a connector and a capitalised word, on the same
 * line. A title after the head ("the Foreign Ministry Spokesperson Hua") or a weekday does not continue it.
 */
function nameEnd(tokens: readonly Token[], last: number): number {
  // After a connector a title word is the body's field, not a person's title: "Supreme Court |of Justice".
  const capitalised = (index: number, afterConnector = false) => {
    const token = tokens[index];
    return (
      token !== undefined &&
      !token.breakBefore &&
      /^\p{Lu}\p{L}/u.test(token.text) &&
      !NEVER_NAME.has(token.folded) &&
      (afterConnector || !isTitleWord(token.folded, tokens[index - 1]?.folded))
    );
  };
  for (let words = 0; words < 6; words += 1) {
    if (capitalised(last + 1)) {
      last += 1;
      continue;
    }
    const connector = tokens[last + 1];
    if (connector === undefined || connector.breakBefore || !CONTINUING_CONNECTORS.has(connector.text)) break;
    const next = tokens[last + 2]?.folded === 'the' ? last + 3 : last + 2;
    if (!capitalised(next, true)) break;
    last = next;
  }
  return last;
}

/**
 * Institutions named after a country mention:
 *   demonym + head ("Peruvian Armed Forces"), head + of [the] + country ("National Police of Peru"),
 *   head + de/del [la República de/del] + country ("Policía Nacional del Perú"), head + demonym ("Ejército peruano").
 */
export function institutionSpans(
  tokens: readonly Token[],
  body: string,
  countries: readonly CountryMention[],
): PatternSpan[] {
  const spans: PatternSpan[] = [];
  for (const country of countries) {
    // Demonym + head (English order).
    if (country.isDemonym) {
      const after = longest(
        HEADS_EN.flatMap((head) => {
          const last = headStartingAt(tokens, country.last + 1, head);
          return last === null ? [] : [{ head, index: last }];
        }),
        'max',
      );
      if (after) {
        const end = nameEnd(tokens, after.index);
        spans.push({
          start: country.first,
          end,
          type: after.head.type,
          name: textOf(tokens, country.first, end, body),
          countryIso2Hint: country.iso2,
          rule: 'demonym-institution',
        });
        continue;
      }
    }
    // Country + constitution or embassy (English order): "the U.S. Constitution", "the United States Embassy" — named
    // after the country's reference name, so every spelling of the country gives one proposal.
    if (!country.isDemonym) {
      const after = longest(
        COUNTRY_NAMED_HEADS.flatMap((head) => {
          const last = headStartingAt(tokens, country.last + 1, head);
          return last === null ? [] : [{ head, index: last }];
        }),
        'max',
      );
      if (after && nameEnd(tokens, after.index) === after.index) {
        // "the Fourteenth Amendment to the United States Constitution", "the 25th Amendment of the US Constitution":
        // the amendment is the instrument named.
        const amendment = after.head.type === 'legal_instrument' ? amendmentBefore(tokens, country.first) : null;
        spans.push({
          start: amendment ?? country.first,
          end: after.index,
          type: after.head.type,
          name:
            amendment === null
              ? `${country.name} ${textOf(tokens, country.last + 1, after.index, body)}`
              : textOf(tokens, amendment, after.index, body),
          countryIso2Hint: country.iso2,
          rule: 'country-institution',
        });
        continue;
      }
    }
    // Head + connector + country, or head + demonym (Spanish order).
    const connectors: readonly (readonly string[])[] = country.isDemonym
      ? [[]]
      : [['of'], ['of', 'the'], ['de'], ['del'], ['de', 'la', 'republica', 'de'], ['de', 'la', 'republica', 'del']];
    for (const connector of connectors) {
      const connectorFirst = country.first - connector.length;
      if (connectorFirst < 1) continue;
      if (!connector.every((word, offset) => tokens[connectorFirst + offset]!.folded === word)) continue;
      const before = longest(
        [...HEADS_EN, ...HEADS_ES].flatMap((head) => {
          const first = headEndingAt(tokens, connectorFirst - 1, head);
          return first === null ? [] : [{ head, index: first }];
        }),
        'min',
      );
      if (!before) continue;
      spans.push({
        start: before.index,
        end: country.last,
        type: before.head.type,
        name: textOf(tokens, before.index, country.last, body),
        countryIso2Hint: country.iso2,
        rule: 'institution-of-country',
      });
      break;
    }
  }
  return spans;
}

/** Bodies of a US state named after it: "the Wisconsin Supreme Court", "the Maryland General Assembly". */
const STATE_HEADS: readonly Head[] = heads('organization', [
  'Supreme Court',
  'Court of Appeals',
  'Senate',
  'State Senate',
  'House of Representatives',
  'House of Delegates',
  'State House',
  'Assembly',
  'State Assembly',
  'General Assembly',
  'Legislature',
  'State Legislature',
  'National Guard',
  'State Police',
  'Highway Patrol',
  'Elections Commission',
  'Board of Elections',
  'Department of Health',
  'Department of Public Health',
  'Department of Transportation',
  'Department of Corrections',
  'Department of Education',
  'Democratic Party',
  'Republican Party',
]);

/**
 * A US state's bodies named after it ("the Wisconsin Supreme Court", "Texas Department of Transportation"): proposed
 * whole, so the state inside the name is not a mention of its own (a name inside a longer name), as with a country's
 * institutions above. The name is the text's.
 */
export function stateInstitutionSpans(
  tokens: readonly Token[],
  body: string,
  states: readonly CountryMention[],
): PatternSpan[] {
  const spans: PatternSpan[] = [];
  for (const state of states) {
    if (state.isDemonym) continue;
    const head = longest(
      STATE_HEADS.flatMap((candidate) => {
        const last = headStartingAt(tokens, state.last + 1, candidate);
        return last === null ? [] : [{ head: candidate, index: last }];
      }),
      'max',
    );
    if (!head) continue;
    const end = nameEnd(tokens, head.index);
    spans.push({
      start: state.first,
      end,
      type: head.head.type,
      name: textOf(tokens, state.first, end, body),
      countryIso2Hint: 'US',
      rule: 'institution-of-state',
    });
  }
  return spans;
}

/** Kinds of a vote written between a country's name and "election": "presidential", "general", "midterm". */
const ELECTION_KINDS: ReadonlySet<string> = new Set([
  'presidential',
  'general',
  'legislative',
  'parliamentary',
  'midterm',
  'local',
  'municipal',
  'regional',
  'federal',
  'senate',
  'congressional',
  'gubernatorial',
  'constitutional',
  'independence',
]);
/** What the vote is: "election", "primaries", "referendum", and a census, named the same way. */
const ELECTION_NOUNS: ReadonlySet<string> = new Set([
  'election',
  'elections',
  'primary',
  'primaries',
  'caucus',
  'caucuses',
  'referendum',
  'census',
]);
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['elections', 'primaries', 'caucuses']);
/** What a US state's vote is called: its primary or caucus (the general election is the country's). */
const STATE_VOTE_NOUNS: ReadonlySet<string> = new Set(['primary', 'primaries', 'caucus', 'caucuses']);
/** Between a state's name and its primary: the party and the office ("Democratic presidential"). */
const STATE_VOTE_KINDS: ReadonlySet<string> = new Set([
  'Democratic',
  'Republican',
  'GOP',
  'presidential',
  'gubernatorial',
  'senate',
  'congressional',
]);
/** Votes that need no kind before them: "the 2020 US census", "the Irish referendum", "the Iowa caucuses". */
const KINDLESS_NOUNS: ReadonlySet<string> = new Set(['census', 'referendum', 'primary', 'caucus', 'caucuses']);
const APOSTROPHE_TOKENS: ReadonlySet<string> = new Set(["'", '’']);
const YEAR = /^(?:1[89]|20)\d\d$/u;

/**
 * A country's vote or census named after it, an event: "the 2020 United States presidential election", "2019 UK
 * general election", "the Hong Kong legislative election", "the 2020 US census". Proposed whole, under the name the
 * reference data gives the country ("2019 United Kingdom general election"), so the country inside it is not a
 * mention of its own (a name inside a longer name). The kind and the noun are lowercase: capitalised, the words
 * continue a name that longer-names.ts reads.
 */
export function electionSpans(
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  states: readonly CountryMention[] = [],
): PatternSpan[] {
  const spans: PatternSpan[] = [];
  for (const [place, state] of [
    ...countries.map((country) => [country, false] as const),
    ...states.map((mention) => [mention, true] as const),
  ]) {
    if (place.isDemonym) continue;
    let end = place.last + 1;
    const words: string[] = [];
    // A US state's primary or caucus may name the party: "the South Carolina Democratic primary".
    const kinds = state ? STATE_VOTE_KINDS : ELECTION_KINDS;
    while (end < tokens.length && words.length < 3 && kinds.has(tokens[end]!.text) && !tokens[end]!.breakBefore)
      words.push(tokens[end++]!.text);
    const noun = tokens[end];
    if (noun === undefined || noun.breakBefore || !(state ? STATE_VOTE_NOUNS : ELECTION_NOUNS).has(noun.text)) continue;
    // A census or a referendum may stand without a kind, and a state's primary or caucus; an election needs one ("the
    // US election" is a phrase).
    if (words.length === 0 && !KINDLESS_NOUNS.has(noun.folded)) continue;
    words.push(noun.text);
    // "primary election": the noun with its noun, in the span but not the name ("the South Carolina primary").
    const after = tokens[end + 1];
    if (state && after !== undefined && !after.breakBefore && after.text === 'election') end += 1;
    const before = place.first > 0 && !tokens[place.first]!.breakBefore ? tokens[place.first - 1] : undefined;
    const dated = before !== undefined && YEAR.test(before.text);
    // "the Democratic Party's South Carolina primary": a possessive determines it as "the" does.
    const possessive =
      before?.folded === 's' && place.first >= 2 && APOSTROPHE_TOKENS.has(tokens[place.first - 2]!.text);
    // Undated, only one vote named as such ("the Hong Kong legislative election"), not votes in general ("US
    // presidential elections").
    if (!dated && ((before?.folded !== 'the' && !possessive) || PLURAL_NOUNS.has(noun.text))) continue;
    spans.push({
      start: dated ? place.first - 1 : place.first,
      end,
      type: 'event',
      name: [...(dated ? [before.text] : []), place.name, ...words].join(' '),
      countryIso2Hint: state ? 'US' : place.iso2,
      rule: state ? 'election-of-state' : 'election-of-country',
    });
  }
  return spans;
}

/** Multi-word institution heads standing alone, in capitals ("the National Police", "the Foreign Ministry"). */
export function standaloneInstitutionSpans(
  tokens: readonly Token[],
  body: string,
  countryHint: string | null,
): PatternSpan[] {
  const spans: PatternSpan[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    const text = tokens[first]!.text;
    // Every head starts with an ASCII capital: other tokens, and capitalised ones of a length no first word starting
    // with that capital has, are skipped without hashing them for the set.
    const initial = text.charCodeAt(0);
    if (initial < 0x41 || initial > 0x5a || ((FIRST_WORD_LENGTHS[initial]! >>> Math.min(text.length, 31)) & 1) === 0)
      continue;
    if (!STANDALONE_FIRST_WORDS.has(text)) continue;
    const match = longest(
      STANDALONE_HEADS.flatMap((head) => {
        const last = headStartingAt(tokens, first, head);
        return last === null ? [] : [{ head, index: last }];
      }),
      'max',
    );
    if (!match) continue;
    // Not a head standing alone but part of a longer name: "South Korea's National Police Agency", "Wright-Patterson
    // Air Force Base" — proposed by NER as a whole, if at all.
    const end = nameEnd(tokens, match.index);
    if (end !== match.index) {
      first = end;
      continue;
    }
    spans.push({
      start: first,
      end: match.index,
      type: match.head.type,
      name: textOf(tokens, first, match.index, body),
      countryIso2Hint: countryHint,
      rule: 'standalone-institution',
    });
    first = match.index;
  }
  return spans;
}

const NUMBER = String.raw`\d[\d.\-/]*\d|\d`;
const LEGAL_ACTS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:(?:Legislative|Supreme|Executive|Ministerial|Emergency|Presidential|Joint|Security Council|Republic|Public|Federal|Royal|Commonwealth|Organic)\s+)?(?:Resolution|Decree|Order|Law|Act|Bill|Directive)\s+(?:No\.|Number|N\.?\s?[º°]\.?)\s*(?:${NUMBER})`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:Executive Order|(?:Security Council )?Resolution)\s+(?:${NUMBER})`, 'gu'),
  new RegExp(
    String.raw`\b(?:Ley|Decreto(?:\s+(?:Supremo|Legislativo|de Urgencia|Ley))?|Resolución(?:\s+(?:Legislativa|Ministerial|Suprema|Directoral))?)\s+(?:N\.?\s?[º°o]\.?|No\.|número)\s*(?:${NUMBER})`,
    'gu',
  ),
];

/** Numbered legal acts, as UTF-16 offset spans of the body. */
export function legalActSpans(body: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const pattern of LEGAL_ACTS) {
    for (const match of body.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((span) => span.start <= start && end <= span.end)) continue;
      found.push({ start, end, name: match[0] });
    }
  }
  // The longest act wins where two patterns overlap ("Resolution 31758" inside "Legislative Resolution No. 31758").
  return found
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter(
      (span, index, all) => !all.slice(0, index).some((other) => other.start < span.end && span.start < other.end),
    )
    .sort((a, b) => a.start - b.start);
}
