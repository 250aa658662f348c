// A name inside a longer name is not a mention of the shorter entity: "European Community" is not Europe, "Uruguay
// Round" not Uruguay, "Bank of Japan" not Japan, "Swiss franc" not Switzerland, "Security Pacific" not the ocean.
// The gazetteer knows few of the longer names (companies, events, exchanges, banks), so the evidence is read from the
// words around the match — one token on each side, so the check stays constant-time per match:
// 1. a currency unit after a country's name or demonym ("U.S. dlrs", "Swiss francs"), or before a demonym in
//    Spanish order ("pesos chilenos"); "language" after a demonym ("the Spanish language");
// 2. a capitalised word right after the match that continues it ("Uruguay Round", "Australian Open", "British
//    Columbia", "New York Stock Exchange") — unless it starts a title or an office ("Japanese Prime Minister", "U.S.
//    Trade Representative"), a state institution ("U.S. Congress": the patterns' heads), a person's given name, a
//    weekday or month, another country or person the gazetteer knows, or an ordinary word in capitals; nor after a
//    bare preposition ("ambassador to China Anami Koreshige": longer names come with an article);
// 3. a capitalised word right before it ("North Island", "Security Pacific", "Northern Ireland"), unless it is a
//    title, a given name, an article, the start of a name of its own, or only capitalised because it opens the
//    sentence and is an ordinary word ("In Peru", "Visiting Japan"), or a compass word before a one-word country
//    name ("Northern Syria": a part of Syria, see COMPASS_WORDS);
// 4. "X of [the] PLACE" with a capitalised X ("Bank of Japan", "Gulf of Mexico", "Universidad de Chile"), unless X is
//    a title, names the state itself or a part of it ("President of Peru", "Government of Chile", "Republic of …",
//    "the North Island of New Zealand").
// 5. a city or region after "pro-" or "anti-" ("the pro-Beijing camp"): a side in politics, not the place;
// 6. an organisation's name before a model number ("a Boeing 737", "Airbus A300"): the product, not the company;
// 8. a place's name after an Arabic name's particle and hyphen ("Sheikh Ali al-Khalifa al-Sabah"): a family's name.
// 7. a generic name of a state institution (a country-scoped alias: "Parliament", "Senate") before "of" and a name:
//    "the Parliament of New South Wales" is a state's parliament, not the nation's.
// Rules 2–4 and 7 read capitals, so they only apply where the text has ordinary case (rules 4 and 7 in headlines too:
// their "of" is lowercase there); rule 1 applies everywhere. People are never blocked (a surname inside a company's name is
// still ambiguous, and rule 2 of disambiguation.ts already reads given names), nor ports (their own context rules
// read "Port of Callao" and "Chancay Megaport").
import { startsUpper, type Token } from '../text/tokens.ts';
import { isGivenName, TITLES } from './disambiguation.ts';
import { CURRENCY_UNITS, CURRENCY_UNITS_AFTER_DEMONYM, isCommonWordForm } from './lexicon.ts';
import { FAMILY_PARTICLES } from './ner-lexicon.ts';
import { endsInstitutionHead, startsInstitutionHead } from './patterns.ts';
import { CASE_MODE_MASK, CASED, HEADLINE, opensSentence } from './text-case.ts';

/** Words after a country's name or demonym that describe an office or the state, not a longer name. */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES,
  'prime',
  'foreign',
  'finance',
  'defence',
  'defense',
  'interior',
  'state',
  'vice',
  'deputy',
  'representative',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'delegate',
  'delegation',
  'negotiator',
  'official',
  'officials',
  'leader',
  'chief',
  // "IMF Managing Director Michel Camdessus", "GATT Director-General Arthur Dunkel", "Federal Reserve Chairman Alan
  // Greenspan", "Australian Treasurer Paul Keating", "EC Commissioner Willy De Clercq".
  'managing',
  'director',
  'director-general',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'treasurer',
  'commissioner',
  'commissioners',
  'secretary-general',
  'governor',
  'economist',
  'analyst',
  'government',
  'administration',
  'cabinet',
  'gobierno',
  'portavoz',
  'rey',
  'reina',
  'primer',
  'embajador',
  'embajadora',
  // A party of the place ("the Nevada Democratic caucus", "Texas Republicans"): the place is still named.
  'democratic',
  'democrats',
  'republican',
  'republicans',
  'gop',
]);

/** X in "X of COUNTRY" naming the state itself or an office of it. */
const STATE_WORDS: ReadonlySet<string> = new Set([
  ...OFFICE_WORDS,
  'republic',
  'republica',
  'kingdom',
  'reino',
  'state',
  'estado',
  'federation',
  'federacion',
  'commonwealth',
  'principality',
  'principado',
  'emirate',
  'sultanate',
  'people',
  'pueblo',
  // Parts of a country: "the North Island of New Zealand", "the coast of Peru" still name the country.
  'island',
  'islands',
  'isla',
  'islas',
  'province',
  'provincia',
  'region',
  'department',
  'departamento',
  'county',
  'district',
  'distrito',
  'coast',
  'costa',
  'capital',
  'north',
  'south',
  'east',
  'west',
  'norte',
  'sur',
  'este',
  'oeste',
]);

/** The words a US federal court's district is named with: "the Northern District of Texas", "Middle District". */
const JUDICIAL_DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Middle',
  'Central',
]);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'a', 'an']);
/**
 * Prepositions that introduce a country by its bare name ("ambassador to China Anami Koreshige"): a longer name
 * starting with the country's comes with an article instead ("on the New York Stock Exchange", "the Uruguay Round").
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'into',
  'from',
  'for',
  'with',
  'at',
  'by',
  'against',
  'between',
  'across',
  'toward',
  'towards',
  'en',
  'desde',
  'hacia',
  'con',
  'para',
  'contra',
]);
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del']);
/** Lowercase particles inside personal names that are never a name's connector ("bin Salman", "van Rompuy"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'al',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
]);
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
    'lunes martes miercoles jueves viernes sabado domingo',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  ]
    .join(' ')
    .split(' '),
);

const HAS_LETTER = /\p{L}/u;
/** A product's model number: "737", "747s", "A300", "A320neo". */
const MODEL_NUMBER = /^\p{Lu}{0,2}\d{3,4}(?:s|neo|max)?$/u;

function isCapitalisedWord(token: Token | undefined): token is Token {
  return token !== undefined && startsUpper(token.text) && HAS_LETTER.test(token.text);
}

const HAS_LOWER = /\p{Ll}/u;

/**
 * Compass words that name a part of a country before its name ("Northern Syria", "South Poland"): the part lies in
 * the country, so the country's name is its mention and the phrase is no new place. Countries whose name after a
 * compass word names something else are left out ("Northern Ireland" is in the United Kingdom, "South Georgia" is
 * not Georgia, "Central America" not the United States); the names the gazetteer knows whole ("North Korea",
 * "South Africa", "East Germany") never reach this rule.
 */
const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/**
 * Ordinary words that start names of places ("New Guinea", "North Island", "Central America"): opening a sentence,
 * their capital still belongs to the longer name.
 */
const PLACE_NAME_STARTS: ReadonlySet<string> = new Set([...COMPASS_WORDS, 'new', 'upper', 'lower', 'great', 'greater']);

const COMPASS_EXCEPTIONS: ReadonlySet<string> = new Set(['ireland', 'georgia', 'america', 'americas', 'guinea']);

/** The folded word joined to the match by a hyphen before it ("pro" of "pro-Beijing", "al" of "al-Sabah"), if any. */
function hyphenedPrefix(tokens: readonly Token[], first: number): string | undefined {
  if (first < 2 || tokens[first]!.breakBefore) return undefined;
  const dash = tokens[first - 1]!;
  const prefix = tokens[first - 2]!;
  return dash.text === '-' && dash.start === prefix.end && dash.end === tokens[first]!.start
    ? prefix.folded
    : undefined;
}

/** An office word, singular or plural ("Presidents", "Ministers"). */
function isOfficeWord(folded: string): boolean {
  return OFFICE_WORDS.has(folded) || (folded.endsWith('s') && OFFICE_WORDS.has(folded.slice(0, -1)));
}

export interface LongerNameInput {
  tokens: readonly Token[];
  /** Per token: case mode and flags (text-case.ts); null when every token is in ordinary case. */
  flags: Uint8Array | null;
  /** Language mask of the document (lexicon.ts): which ordinary words a sentence-opening capital may be. */
  mask: number;
  /** Whether a country or person alias of the gazetteer starts at this token. */
  startsKnownName(index: number): boolean;
  /** Whether any gazetteer alias starts at this token. */
  startsAnyName(index: number): boolean;
}

/** Rule 2's exceptions: the capitalised words after the match describe an office, a state body or a person. */
function continuationKeepsName(input: LongerNameInput, next: number): boolean {
  const { tokens } = input;
  const token = tokens[next]!;
  // Cheapest first: this runs for every capitalised word after a match.
  if (CALENDAR_WORDS.has(token.folded) || input.startsKnownName(next)) return true;
  // "Japanese Agriculture Minister", "U.S. Trade Representative": an office word within the capitalised run.
  for (let index = next; index < Math.min(tokens.length, next + 4); index += 1) {
    const word = tokens[index]!;
    if (index > next && (word.breakBefore || !isCapitalisedWord(word))) break;
    if (isOfficeWord(word.folded)) return true;
  }
  // A shouted ordinary word ("THE USA IS GREAT"): its capitals are the sentence's, not a name's.
  if (!HAS_LOWER.test(token.text) && isCommonWordForm(token.folded, input.mask)) return true;
  return startsInstitutionHead(tokens, next) || isGivenName(token.text);
}

/**
 * Which rule (1–4 above) makes the match at tokens [first, last] part of a longer name, or null when none does.
 * `isDemonym`: the match is a demonym ("Swiss"), which rule 1 reads with more units.
 */
export function longerNameRule(
  input: LongerNameInput,
  first: number,
  last: number,
  match: { isCountry: boolean; isPlace: boolean; isDemonym: boolean; isOrganization?: boolean; isGeneric?: boolean },
): string | null {
  const { isCountry, isPlace, isDemonym, isOrganization = false, isGeneric = false } = match;
  const { tokens, flags } = input;
  const mode = flags === null ? CASED : flags[first]! & CASE_MODE_MASK;
  const next = tokens[last + 1];
  const nextIndex = last + 1;
  const hasNext = next !== undefined && !next.breakBefore;
  const previous = first > 0 && !tokens[first]!.breakBefore ? tokens[first - 1] : undefined;

  // Rule 1.
  if (isCountry) {
    const units = isDemonym ? CURRENCY_UNITS_AFTER_DEMONYM : CURRENCY_UNITS;
    if (hasNext && units.has(next.folded)) return 'currency-unit';
    // "the Spanish language", "((hu)) Hungarian language:": a language, not the country.
    if (isDemonym && hasNext && (next.folded === 'language' || next.folded === 'languages')) return 'language-name';
    if (isDemonym && previous !== undefined && CURRENCY_UNITS_AFTER_DEMONYM.has(previous.folded))
      return 'currency-unit';
  }

  // Rule 8: after an Arabic name's particle and its hyphen a place's name is a family's ("Sheikh Ali al-Khalifa
  // al-Sabah", "Bashar al-Assad"): part of a person's name, not the place (Sabah in Malaysia).
  const prefix = hyphenedPrefix(tokens, first);
  if (prefix !== undefined && FAMILY_PARTICLES.has(prefix)) return 'family-name';

  // Rule 6: a company's name before a model number names the product ("a Boeing 737", "Boeing 747s", "Airbus A300").
  if (isOrganization && hasNext && MODEL_NUMBER.test(next.text)) return 'product-model';

  // Rule 5: a city after "pro-" or "anti-" stands for a government's side ("the pro-Beijing camp"), not the place.
  if (isPlace && !isCountry && (prefix === 'pro' || prefix === 'anti')) return 'political-prefix';

  if (mode !== CASED && mode !== HEADLINE) return null;
  // Rule 4 (places only: "Funcionarios de International Joint Commission" names the commission).
  if (isPlace && previous !== undefined && CONNECTORS.has(previous.text)) {
    let head = first - 2;
    if (head >= 0 && ARTICLES.has(tokens[head]!.text)) head -= 1;
    const headToken = head >= 0 && !tokens[head + 1]!.breakBefore ? tokens[head] : undefined;
    // "National Police of Peru", "Constitución Política del Perú": institutions of the state, which patterns.ts
    // proposes whole (they need the country's mention to do so).
    // An acronym head is a common noun's abbreviation ("the EEZ of Cyprus"), not a name.
    // "Representative Kweisi Mfume of Maryland", "Sen. Bernie Sanders of Vermont": a surname after a name, not a
    // longer name (the head of one is an ordinary word: "the Bank of Japan", "Hong Kong University of …").
    const beforeHead = head >= 1 && !tokens[head]!.breakBefore ? tokens[head - 1] : undefined;
    // "Crown Prince Mohammad bin Salman of Saudi Arabia": a surname after a lowercase particle, too.
    const particleBefore =
      beforeHead !== undefined &&
      SURNAME_PARTICLES.has(beforeHead.text) &&
      head >= 2 &&
      !tokens[head - 1]!.breakBefore &&
      isCapitalisedWord(tokens[head - 2]);
    const surname =
      headToken !== undefined &&
      (particleBefore ||
        (isCapitalisedWord(beforeHead) &&
          (isGivenName(beforeHead!.text) ||
            (!isCommonWordForm(headToken.folded, input.mask) && !isCommonWordForm(beforeHead!.folded, input.mask)))));
    // "the Northern District of Texas", "the Southern District of New York": a federal court's district, not a part
    // of the state.
    const judicialDistrict =
      headToken?.folded === 'district' && beforeHead !== undefined && JUDICIAL_DISTRICT_WORDS.has(beforeHead.text);
    if (
      isCapitalisedWord(headToken) &&
      HAS_LOWER.test(headToken.text) &&
      !surname &&
      (judicialDistrict || !STATE_WORDS.has(headToken.folded)) &&
      !ARTICLES.has(headToken.folded) &&
      !endsInstitutionHead(tokens, head) &&
      !(opensSentence(tokens, head) && isCommonWordForm(headToken.folded, input.mask))
    )
      return 'name-of-place';
  }
  // Rule 7: a generic name that stands for its country's institution ("Parliament", "Senate", "Supreme Court") followed
  // by "of"/"de" and a name heads a longer name the gazetteer does not know: "the Parliament of New South Wales", "the
  // Supreme Court of Ohio" (the known ones, "Parliament of Australia", are matched whole before this runs).
  if (isGeneric && hasNext && CONNECTORS.has(next.text)) {
    let after = nextIndex + 1;
    if (tokens[after] !== undefined && ARTICLES.has(tokens[after]!.text)) after += 1;
    const name = tokens[after];
    if (name !== undefined && !name.breakBefore && isCapitalisedWord(name)) return 'generic-name-head';
  }
  if (mode !== CASED) return null;
  // Rule 2.
  const afterPreposition = isCountry && !isDemonym && previous !== undefined && PREPOSITIONS.has(previous.text);
  if (hasNext && isCapitalisedWord(next) && !afterPreposition && !continuationKeepsName(input, nextIndex))
    return 'continued-name';
  // Rule 3.
  if (
    isCapitalisedWord(previous) &&
    !(
      isCountry &&
      !isDemonym &&
      first === last &&
      COMPASS_WORDS.has(previous!.folded) &&
      !COMPASS_EXCEPTIONS.has(tokens[first]!.folded) &&
      !isCommonWordForm(tokens[first]!.folded, input.mask)
    ) &&
    !ARTICLES.has(previous.folded) &&
    !isOfficeWord(previous.folded) &&
    !CALENDAR_WORDS.has(previous.folded) &&
    !input.startsAnyName(first - 1) &&
    !(
      opensSentence(tokens, first - 1) &&
      isCommonWordForm(previous.folded, input.mask) &&
      !PLACE_NAME_STARTS.has(previous.folded)
    ) &&
    !isGivenName(previous.text)
  )
    return 'preceded-name';
  return null;
}
