// Named-entity recognition: proposals of people, organisations and places the gazetteer does not know.
//
// Two sources of evidence. compromise (a rule-and-lexicon tagger for English, no model to download) tags people whose
// first name it knows, organisations and places; it is noisy and slow (tens of µs per word), so it only reads the
// candidate sentences the linker picks. People are found by rules too, because news names most people by surname
// alone or after a title, which compromise cannot know: a run of capitalised words is a person when what stands
// around it says so — a title or honorific before it ("Chancellor Helmut Kohl", "Mr. Kohl", "el presidente Pedro
// Sánchez"), a role in apposition ("Balladur, the French finance minister,"), a speech verb next to it ("said
// Balladur", "Kohl told reporters"; "X said he" tells a person from "X said it", a company). Titles and honorifics are
// stripped from the name, surnames are resolved within the document to the one full name that ends with them, and
// wire furniture — a dateline, a sign-off ("Reuter"), a byline or credit — is never a name.
//
// Every mention carries a confidence: the noisy-OR of its cues (1 − Π(1 − cueᵢ)), with the weights below. The linker
// combines the mentions of one name the same way into the name's confidence in the document, which the threshold
// (NER_MIN_CONFIDENCE) is applied to.
import nlp from 'compromise';

import type { EntityType } from '../../../generated/prisma/enums.ts';
import type { TextRange } from '../text/sentences.ts';
import { foldToken, startsUpper, type Token } from '../text/tokens.ts';
import { isGivenName } from './disambiguation.ts';
import { ANY_LANGUAGE, ENGLISH, isCommonWordForm } from './lexicon.ts';
import {
  APPOSITION_OPENERS,
  BYLINE_WORDS,
  COMMON_ACRONYMS,
  CREDIT_WORDS,
  DETERMINERS,
  GENERIC_NAME_WORDS,
  HONORIFICS,
  isRoleWord,
  isTitleWord,
  MONTHS_AS_NAMES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NEVER_NAME,
  OFFICE_WORDS,
  ORGANIZATION_DESIGNATORS,
  PERSON_PRONOUNS,
  PLACE_DESIGNATORS,
  PLACE_HEADS,
  POSTNOMINALS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  THING_PRONOUNS,
} from './ner-lexicon.ts';

export type NerType = Extract<EntityType, 'person' | 'organization' | 'place' | 'event'>;

/** A span compromise tagged, cleaned. */
export interface NerSpan {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  text: string;
  type: NerType;
}

/** A proposed mention: where it stands, the name it proposes and how sure that is. */
export interface NerMention {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  /** The name proposed: as written without titles; a surname resolved to the document's full name. */
  name: string;
  type: NerType;
  /** The noisy-OR of the mention's cues (CUE weights). */
  confidence: number;
  /** What found it: `ner-person-title`, `ner-person-speech`, `ner-person-surname`, `ner-organization`, … */
  rule: string;
}

/** The weight of each cue, combined by noisy-OR. A name needs cues adding up to the threshold to be proposed. */
export const CUE = {
  /** "Mr. Kohl", "Sra. Pérez". */
  honorific: 0.85,
  /** "Chancellor Helmut Kohl", "finance minister Edouard Balladur", "el presidente Pedro Sánchez". */
  title: 0.8,
  /** "Balladur, the French finance minister,". */
  apposition: 0.75,
  /** "Balladur said he", "Kohl told her". */
  speechWithPronoun: 0.7,
  /** "Nakasone, 68,". */
  age: 0.6,
  /** "Balladur said", "said Edouard Balladur", "según Sánchez": 0.5 for a name of two words or more. */
  speechFullName: 0.5,
  /** The same for a single word, which may be a company ("Chrysler said"). */
  speechOneWord: 0.4,
  /** compromise tags it as a person (it knows the first name). */
  compromiseFullName: 0.5,
  compromiseOneWord: 0.3,
  /** ", who". */
  relativeWho: 0.5,
  /** A later bare surname of a person the document named in full. */
  surname: 0.3,
  /** A later bare occurrence of a one-word name. */
  repeatedOneWord: 0.1,
  /**
   * compromise's organisations and places: an organisation named with a designator (Inc, Bank, Party) more; places
   * come from its lexicon of place names, so one mention is enough.
   */
  organization: 0.4,
  designatedOrganization: 0.6,
  place: 0.5,
  /** "according to the BBC", "told Reuters". */
  source: 0.3,
  /** The same organisation or place again, where compromise did not tag it. */
  repeated: 0.2,
  /** "Hurricane Dorian", "Typhoon Haiyan": a storm's name with its kind. */
  namedStorm: 0.9,
} as const;

function noisyOr(values: readonly number[]): number {
  let miss = 1;
  for (const value of values) miss *= 1 - value;
  return 1 - miss;
}

// --- compromise ---------------------------------------------------------------------------------------------------

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

// Angle brackets too: wires bracket company names ("<Strong Point Inc>"), which plain text keeps.
const EDGE_PUNCTUATION = /^[\s“”"‘’'([<«»,.;:!?—–-]+|[\s“”"‘’'()\]<>«»,.;:!?—–-]+$/gu;
const POSSESSIVE = /[’']s$/u;
/** Words that start a span but are not part of a name ("the Senate Finance Committee" → "Senate Finance Committee"). */
const LEADING_WORDS = /^(?:(?:the|a|an|el|la|los|las|que|de|del|in|en)\s+)+/iu;

function clean(text: string): string {
  let core = text.replace(EDGE_PUNCTUATION, '');
  core = core.replace(POSSESSIVE, '').replace(EDGE_PUNCTUATION, '');
  return core.replace(LEADING_WORDS, '');
}

/** Where `core` stands in the body near compromise's offset (its offsets can skip leading punctuation). */
function locate(body: string, core: string, near: number): number {
  const from = Math.max(0, near - 8);
  const at = body.indexOf(core, from);
  return at !== -1 && at <= near + 16 ? at : -1;
}

/** compromise's spans over the whole body. */
export function nerSpans(body: string): NerSpan[] {
  return nerSpansIn(body, [{ start: 0, end: body.length }]);
}

/**
 * compromise's spans inside the given UTF-16 ranges of the body (whole sentences: compromise tags a sentence from its
 * own words, so a sentence tagged alone gets the tags it gets inside the document), in body order.
 */
export function nerSpansIn(body: string, ranges: readonly TextRange[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const range of ranges) {
    const text = body.slice(range.start, range.end);
    for (const span of spansOf(text))
      spans.push({ ...span, start: span.start + range.start, end: span.end + range.start });
  }
  // Stable: at one start, people before organizations before places.
  return spans.sort((a, b) => a.start - b.start);
}

function spansOf(body: string): NerSpan[] {
  const doc = nlp(body);
  const groups: [NerType, CompromiseMatch[]][] = [
    ['person', doc.people().json({ offset: true }) as CompromiseMatch[]],
    ['organization', doc.organizations().json({ offset: true }) as CompromiseMatch[]],
    ['place', doc.places().json({ offset: true }) as CompromiseMatch[]],
  ];
  const spans: NerSpan[] = [];
  for (const [type, matches] of groups) {
    for (const match of matches) {
      const core = clean(match.text);
      // A single lowercase word, or a span starting lowercase, is not a name; nor is one with a bracket, a comma or a
      // spaced dash inside ("NEC Corp, Hitachi Ltd", "Note - Company": lists and tables).
      if (
        core.length < 2 ||
        !/^\p{Lu}/u.test(core) ||
        !/\p{Ll}|\p{Lu}{2}/u.test(core) ||
        /[()[\],;]|\s[-–—]\s/u.test(core)
      )
        continue;
      const start = locate(body, core, match.offset.start);
      if (start === -1) continue;
      spans.push({ start, end: start + core.length, text: core, type });
    }
  }
  return spans;
}

// --- wire furniture -----------------------------------------------------------------------------------------------

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ene|abr|ago|dic)[a-z]*\.?`;
/**
 * A dateline at the head of the body: "PARIS, March 3 -", "NEW YORK, March 4 -", "BEAUMONT, Texas, March 4 -",
 * "LONDON (Reuters) -", "MADRID, 3 mar (EFE).-": places, an optional date and agency, then a dash.
 */
const DATELINE = new RegExp(
  String.raw`^[\p{Lu}][\p{L}.'’ -]{0,40}(?:,\s*[\p{Lu}][\p{L}.' ]{0,25})?` +
    String.raw`(?:,\s*(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+(?:de\s+)?${MONTH})(?:,?\s+\d{4})?)?` +
    String.raw`(?:\s*\([\p{L} ]{2,20}\))?\s*\.?\s*[-—–]`,
  'iu',
);

function isSentenceEnd(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?';
}

function isWordToken(token: Token): boolean {
  return /^[\p{L}\p{N}]/u.test(token.text);
}

/**
 * UTF-16 positions that are wire furniture, never names: the dateline, a sign-off (a last line or sentence of one to
 * four capitalised words and nothing else: "Reuter", "AP"), a byline at a paragraph's head ("By John Smith", "Por Ana
 * Ruiz") and credits ("Reporting by …; Editing by …").
 */
export function furnitureMask(body: string, tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(body.length);
  const dateline = DATELINE.exec(body.slice(0, 120));
  // A dateline has a comma, a bracketed agency or is all in capitals before its dash; a sentence with a dash has none.
  if (dateline && /[,(]|^[\p{Lu}\s.'-]{3,}[-—–]/u.test(dateline[0])) mask.fill(1, 0, dateline[0].length);

  // Sign-off: the words after the last sentence end or line break, when all are capitalised and there are few.
  let first = tokens.length;
  while (first > 0 && !isSentenceEnd(tokens[first - 1]!) && !tokens[first]?.breakBefore) first -= 1;
  const tail = tokens.slice(first).filter(isWordToken);
  if (first > 0 && tail.length > 0 && tail.length <= 4 && tail.every((token) => startsUpper(token.text)))
    mask.fill(1, tokens[first]!.start, body.length);

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const atParagraphHead = index === 0 || token.breakBefore;
    const byline = atParagraphHead && BYLINE_WORDS.has(token.folded) && startsUpper(token.text);
    // "Image: John Lubbock (flickr).", "Photo: Reuters": a caption's credit, as "Photo by …" is.
    const caption = startsUpper(token.text) && CAPTION_WORDS.has(token.folded) && tokens[index + 1]?.text === ':';
    const credit = caption || (CREDIT_WORDS.has(token.folded) && BYLINE_WORDS.has(tokens[index + 1]?.folded ?? ''));
    if (!byline && !credit) continue;
    // To the end of the line (a credit: "Reporting by A and B; Editing by C"), or of the names after "By".
    let last = index + 1;
    while (last + 1 < tokens.length && !tokens[last + 1]!.breakBefore) {
      const next = tokens[last + 1]!;
      if (byline && !(startsUpper(next.text) || next.text === '.' || NAME_PARTICLES.has(next.folded))) break;
      if (credit && (next.text === ')' || isSentenceEnd(next))) break;
      last += 1;
    }
    mask.fill(1, token.start, tokens[last]!.end);
  }
  return mask;
}

// --- runs of capitalised words ------------------------------------------------------------------------------------

/** A word of a run: token indices (an initial or abbreviation takes its period, "Chi-cheng" its hyphen). */
interface Word {
  first: number;
  last: number;
  folded: string;
}

/** What NER reads of the document besides its text. */
export interface NerContext {
  body: string;
  tokens: readonly Token[];
  /** The sentences worth tagging (the linker's candidate sentences). */
  sentences: readonly TextRange[];
  /** Per UTF-16 position: 1 where the gazetteer or a pattern already found something. */
  covered: Uint8Array;
  /** Folded words the document also writes in lowercase: capitalised only because they open a sentence. */
  lowercaseWords: ReadonlySet<string>;
  /** Folded first names of the people the gazetteer found in the document (a first name alone is not a new person). */
  knownGivenNames?: ReadonlySet<string>;
  /** Folded one-word demonyms of the reference data ("american", "african"): a people's adjective, no surname. */
  demonyms?: ReadonlySet<string>;
}

const APOSTROPHES = new Set(["'", '’']);

function adjacent(tokens: readonly Token[], left: number, right: number): boolean {
  return tokens[left]!.end === tokens[right]!.start;
}

/** The capitalised word starting at token `index`, or null. */
function wordAt(tokens: readonly Token[], index: number, blocked: (token: Token) => boolean): Word | null {
  const token = tokens[index];
  if (!token || blocked(token)) return null;
  // "al-Muhandis", "bin-Talal": a lowercase particle joined to a capitalised word.
  const joinedParticle =
    NAME_PARTICLES.has(token.folded) &&
    tokens[index + 1]?.text === '-' &&
    adjacent(tokens, index, index + 1) &&
    tokens[index + 2] !== undefined &&
    adjacent(tokens, index + 1, index + 2) &&
    startsUpper(tokens[index + 2]!.text);
  if (!startsUpper(token.text) && !joinedParticle) return null;
  let last = index;
  // Joined parts: "Chi-cheng", "Jean-Claude", "O'Neill" (not the possessive "'s").
  for (;;) {
    const joint = tokens[last + 1];
    const next = tokens[last + 2];
    if (!joint || !next || !adjacent(tokens, last, last + 1) || !adjacent(tokens, last + 1, last + 2)) break;
    if (blocked(next) || !isWordToken(next)) break;
    if (joint.text === '-' || (APOSTROPHES.has(joint.text) && startsUpper(next.text))) last += 2;
    else break;
  }
  const folded = tokens
    .slice(index, last + 1)
    .map((part) => part.folded)
    .join('');
  // An initial ("N.") or an abbreviation ("Sen.", "Mr.", "Jr.") takes its period; a joined word never ("D'Souza.").
  const period = tokens[last + 1];
  if (
    period?.text === '.' &&
    adjacent(tokens, last, last + 1) &&
    ((token.text.length === 1 && last === index) ||
      HONORIFICS.has(folded) ||
      isTitleWord(folded, 'secretary') ||
      NAME_SUFFIXES.has(folded) ||
      folded === 'st')
  )
    last += 1;
  return { first: index, last, folded };
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”']);

/**
 * The closing quote of a quoted nickname at token `at` — an opening quote, one or two capitalised words, a closing
 * quote, all on one line, then a capitalised word — or null.
 */
function quotedNicknameEnd(
  tokens: readonly Token[],
  at: number,
  to: number,
  blocked: (token: Token) => boolean,
): number | null {
  if (!OPENING_QUOTES.has(tokens[at]?.text ?? '')) return null;
  let index = at + 1;
  for (let words = 0; words < 2; words += 1) {
    const word = index < to ? wordAt(tokens, index, blocked) : null;
    if (word === null || tokens[index]!.breakBefore) return null;
    index = word.last + 1;
    if (CLOSING_QUOTES.has(tokens[index]?.text ?? '')) {
      const after = tokens[index + 1];
      return index + 1 < to && after !== undefined && !after.breakBefore && startsUpper(after.text) ? index : null;
    }
  }
  return null;
}

/** Runs of capitalised words (with name particles between them) inside token range [from, to). */
function runsIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  blocked: (token: Token) => boolean,
): { words: Word[]; sentenceStart: boolean }[] {
  const runs: { words: Word[]; sentenceStart: boolean }[] = [];
  let firstWordSeen = false;
  let index = from;
  while (index < to) {
    const token = tokens[index]!;
    const opensSentence = !firstWordSeen || isSentenceEnd(tokens[index - 1] ?? token);
    if (isWordToken(token)) firstWordSeen = true;
    let word = wordAt(tokens, index, blocked);
    if (word === null || NEVER_NAME.has(word.folded)) {
      index += 1;
      continue;
    }
    const words: Word[] = [];
    const sentenceStart = opensSentence || (index > 0 && /^[“"‘«¿¡(]$/u.test(tokens[index - 1]!.text));
    while (word !== null && word.last < to) {
      if (tokens[word.first]!.breakBefore && words.length > 0) break;
      // "Wayne A. I. Frederick": an initial inside a name is a letter with its period, not the pronoun "I".
      const initial = word.folded.length === 1 && word.last > word.first && tokens[word.last]!.text === '.';
      if (NEVER_NAME.has(word.folded) && words.length > 0 && !initial) {
        // "Theresa May said" (but "in May 2019", "Friday, May 3"): a month after a name, not before a number.
        const after = tokens[word.last + 1];
        if (!MONTHS_AS_NAMES.has(word.folded) || (after !== undefined && /^\d/u.test(after.text))) break;
      }
      words.push(word);
      let next: number = word.last + 1;
      // Particles between capitalised words: "von", "de", "bin" (but "al-Muhandis" is a word of its own).
      while (
        next < to &&
        NAME_PARTICLES.has(tokens[next]!.folded) &&
        !startsUpper(tokens[next]!.text) &&
        wordAt(tokens, next, blocked) === null
      )
        next += 1;
      // A nickname in quotes inside a name: Pasquale "Pat" Di Cicco, Joaquín "El Chapo" Guzmán.
      const nickname = words.length === 1 ? quotedNicknameEnd(tokens, next, to, blocked) : null;
      if (nickname !== null) next = nickname + 1;
      const following: Word | null = next < to ? wordAt(tokens, next, blocked) : null;
      if (following === null || following.first !== next || tokens[next]!.breakBefore) {
        word = null;
        index = words.at(-1)!.last + 1;
        break;
      }
      word = following;
    }
    if (word !== null) index = word.last + 1;
    if (words.length > 0) runs.push({ words, sentenceStart });
    else index += 1;
  }
  return runs;
}

// --- people -------------------------------------------------------------------------------------------------------

interface PersonCandidate {
  words: Word[];
  start: number;
  end: number;
  cues: { rule: string; weight: number }[];
}

const COMMA = new Set([',']);

/** Words between a title and the rest of its office: "Secretary of State", "Minister for the Interior". */
const OFFICE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'el', 'y']);

/** The cue a title or role before the run gives: "Chancellor of the Exchequer |Nigel Lawson", "economist |Brian". */
function titleBefore(
  tokens: readonly Token[],
  first: number,
  covered: Uint8Array,
  single: boolean,
): 'title' | 'honorific' | 'title-of' | null {
  let index = first - 1;
  if (index >= 0 && COMMA.has(tokens[index]!.text)) index -= 1;
  const direct = tokens[index];
  if (!direct) return null;
  if (HONORIFICS.has(direct.folded) && !startsUpper(direct.text)) return 'honorific';
  // Before a single word, only an office ("chancellor Kohl"), not any role ("the chief House taxwriter").
  if (!startsUpper(direct.text) && (single ? isTitleWord(direct.folded, undefined) : isRoleWord(direct.folded)))
    return 'title';
  // "<Title> of [the] <Office words>": up to six capitalised or covered words and connectors back to a title.
  for (let steps = 0; index >= 0 && steps < 8; steps += 1, index -= 1) {
    const token = tokens[index]!;
    // "Chancellor of the Exchequer |Nigel Lawson", "Chief Executive |Carrie Lam": the office's words after the title;
    // but in "Professor David Livermore of the University of |East Anglia" a person's name follows the title.
    if (isTitleWord(token.folded, tokens[index - 1]?.folded))
      return steps === 0 ? 'title' : isGivenName(tokens[index + 1]!.text) ? null : 'title-of';
    const connector = OFFICE_CONNECTORS.has(token.folded) && !startsUpper(token.text);
    if (!(connector || startsUpper(token.text) || covered[token.start] === 1)) return null;
  }
  return null;
}

function cuesAround(
  context: NerContext,
  run: { words: Word[] },
  name: Word[],
  stripped: 'title' | 'honorific' | null,
): { cues: PersonCandidate['cues']; veto: boolean; skip: boolean; officeContext: boolean } {
  const { tokens, covered } = context;
  const cues: PersonCandidate['cues'] = [];
  if (stripped === 'honorific') cues.push({ rule: 'ner-person-honorific', weight: CUE.honorific });
  if (stripped === 'title') cues.push({ rule: 'ner-person-title', weight: CUE.title });
  const runFirst = run.words[0]!.first;
  const before = titleBefore(tokens, runFirst, covered, name.length === 1);
  if (before === 'honorific') cues.push({ rule: 'ner-person-honorific', weight: CUE.honorific });
  if (before === 'title') cues.push({ rule: 'ner-person-title', weight: CUE.title });
  // "Chancellor of the Exchequer Nigel Lawson" names a person after the office; "President of the Bundesbank" does
  // not: the office's words only introduce a name of two words or more.
  if (before === 'title-of' && name.filter((word) => !OFFICE_WORDS.has(word.folded)).length >= 2)
    cues.push({ rule: 'ner-person-title', weight: CUE.title });
  const previous = tokens[runFirst - 1];
  // `veto`: this name is not a person anywhere in the document ("Morgan Stanley Group Inc"); `skip`: not at this
  // occurrence.
  let veto = false;
  let skip = false;
  // "the Bundesbank said": a determiner right before the name, with no title between, is not how people are named.
  if (previous && DETERMINERS.has(previous.folded) && stripped === null && before === null) skip = true;
  if (previous && SPEECH_VERBS.has(previous.folded))
    cues.push({ rule: 'ner-person-speech', weight: name.length > 1 ? CUE.speechFullName : CUE.speechOneWord });

  let after = name.at(-1)!.last + 1;
  // A possessive ends the name: "Kohl's government"; "Claire's Stores" names a company.
  if (APOSTROPHES.has(tokens[after]?.text ?? '') && tokens[after + 1]?.folded === 's') {
    after += 2;
    if (tokens[after] && startsUpper(tokens[after]!.text)) skip = true;
  }
  const next = tokens[after];
  if (next && SPEECH_VERBS.has(next.folded) && !startsUpper(next.text)) {
    const following = tokens.slice(after + 1, after + 4).map((token) => token.folded);
    // "Chrysler said it would": a company — or a person speaking of something ("Mendelbrot said it was historic"),
    // so this occurrence is no evidence either way.
    if (following.some((word) => THING_PRONOUNS.has(word))) skip = true;
    else if (following.some((word) => PERSON_PRONOUNS.has(word)))
      cues.push({ rule: 'ner-person-speech', weight: CUE.speechWithPronoun });
    else cues.push({ rule: 'ner-person-speech', weight: name.length > 1 ? CUE.speechFullName : CUE.speechOneWord });
  } else if (next && COMMA.has(next.text)) {
    const third = tokens[after + 2];
    if (tokens[after + 1]?.folded === 'who' || tokens[after + 1]?.folded === 'quien')
      cues.push({ rule: 'ner-person-apposition', weight: CUE.relativeWho });
    else if (/^\d{2}$/u.test(tokens[after + 1]?.text ?? '') && (third?.text === ',' || third?.text === ')'))
      cues.push({ rule: 'ner-person-apposition', weight: CUE.age });
    else if (APPOSITION_OPENERS.has(tokens[after + 1]?.folded ?? '') || isRoleWord(tokens[after + 1]?.folded ?? '')) {
      // "Balladur, the French finance minister,": a role noun before the clause ends.
      for (let index = after + 1; index < Math.min(tokens.length, after + 8); index += 1) {
        const token = tokens[index]!;
        if (token.breakBefore || [',', '.', ';', ':', '(', ')'].includes(token.text)) break;
        if (ROLE_NOUNS.has(token.folded) || isTitleWord(token.folded, tokens[index - 1]?.folded)) {
          cues.push({ rule: 'ner-person-apposition', weight: CUE.apposition });
          break;
        }
      }
    }
  }
  // "San Martín", "Fort Worth": a place's name; "Noor Mosque", "Masjid Al-Aqsa": a building's.
  if (PLACE_HEADS.has(name[0]!.folded) && name.length > 1) veto = true;
  if (name.some((word) => BUILDING_WORDS.has(word.folded))) veto = true;
  // "Morgan Stanley Group Inc", "Salomon Brothers and Co": a designator in or right after the run.
  const tail = tokens.slice(after, after + 3).map((token) => token.folded);
  if (
    name.some((word) => word.folded.split('-').some((part) => ORGANIZATION_DESIGNATORS.has(part))) ||
    ((tail[0] === 'and' || tail[0] === '&') &&
      ['co', 'cos', 'company', 'sons', 'partners', 'associates'].includes(tail[1] ?? ''))
  )
    veto = true;
  // "Fox president Jamie Kellner", "a Bear Stearns analyst": a run before a role noun names the employer.
  const roleAfter = tokens[after];
  if (roleAfter && !startsUpper(roleAfter.text) && isRoleWord(roleAfter.folded)) skip = true;
  // "GATT", "NAWG": an acronym is not a person's name.
  if (name.length === 1 && !/\p{Ll}/u.test(tokens[name[0]!.first]!.text)) veto = true;
  return { cues, veto, skip, officeContext: before === 'title' || before === 'title-of' };
}

/** Strips titles, honorifics and office words off the head of a run; returns the name and what was stripped. */
function stripTitles(
  tokens: readonly Token[],
  words: Word[],
): { name: Word[]; stripped: 'title' | 'honorific' | null } {
  let cut = -1;
  let stripped: 'title' | 'honorific' | null = null;
  for (let index = 0; index < words.length - 1; index += 1) {
    const folded = words[index]!.folded;
    // "Investor Martin Sosnoff", "Analyst Jim Rozich": a role opening the run, before a name of two words.
    if (index === 0 && ROLE_NOUNS.has(folded) && words.length >= 3) {
      cut = index;
      stripped = 'title';
    } else if (
      HONORIFICS.has(folded) &&
      // "Don Cheadle": "Don" before the last word alone is the English given name ("don Rafael Correa", "Don Juan
      // Carlos Pérez" keep the Spanish honorific).
      !(index === words.length - 2 && tokens[words[index]!.first]!.text === 'Don')
    ) {
      cut = index;
      stripped = 'honorific';
    } else if (
      isTitleWord(folded, words[index - 1]?.folded) ||
      // "General Augusto Pinochet" (but "General Motors"): a rank before a name of two words or more.
      (folded === 'general' && index === 0 && words.length >= 3)
    ) {
      cut = index;
      stripped = 'title';
    }
  }
  return { name: words.slice(cut + 1), stripped };
}

/**
 * Words before the name that describe the person rather than name them: "Whistleblower Edward Snowden", "House Nancy
 * Pelosi", "National MP John McVeigh" (a known given name that is not the run's first word starts the name), "MSNBC
 * Cummings" (an acronym before a name). A run that starts with a given name is left whole ("Martin Luther King").
 */
/**
 * Where a surname's mention starts: at the particle before it when the full name has that particle before the surname
 * ("Mayor de Blasio", "De Blasio said" of "Bill de Blasio"), and at the name before the particle when the full name
 * ends with both ("Perez de Cuellar said" of "Javier Perez de Cuellar"); else at the surname.
 */
function withParticle(body: string, tokens: readonly Token[], start: number, fullName: string): number {
  let index = tokens.findIndex((token) => token.start === start);
  if (index <= 0) return start;
  const full = ` ${fullName.toLowerCase()}`;
  const end = tokens[index]!.end;
  // "de Cuellar", then "Perez de Cuellar": the words before that the full name ends with, from a particle on.
  let from = start;
  while (index > 0) {
    const previous = tokens[index - 1]!;
    if (previous.end + 1 !== tokens[index]!.start) break;
    const extended = body.slice(previous.start, end).toLowerCase();
    if (!full.endsWith(` ${extended}`)) break;
    if (from === start && !NAME_PARTICLES.has(previous.folded)) break;
    from = previous.start;
    index -= 1;
  }
  return from;
}

/** The last word of a body's name that a "for …" or "of …" may go on from: "American Society for Biochemistry". */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_DESIGNATORS,
  'society',
  'center',
  'centre',
  'foundation',
  'federation',
  'organization',
  'organisation',
  'league',
  'alliance',
  'coalition',
  'academy',
  'program',
  'programme',
  'initiative',
  'network',
  'forum',
  'movement',
  'front',
  'court',
  'tribunal',
  'school',
]);

/** A body's name, then "for" or "of" and capitalised words (joined by "and", "of", "the", "&"). */
const NAME_GOES_ON = /^ (?:for|of) (\p{Lu}[\p{L}’'.-]*(?: (?:(?:and|of|the|for|&) )*\p{Lu}[\p{L}’'.-]*)*)/u;

/**
 * compromise cuts a body's name at "for" or "of" ("American Society" of "American Society for Biochemistry and
 * Molecular Biology", "Harvard–Smithsonian Center" of "… Center for Astrophysics"): the name goes on through it while
 * capitalised words follow and nothing the gazetteer found stands in them.
 */
function withNameGoingOn(body: string, span: NerSpan, blockedAt: (at: number) => boolean): NerSpan {
  if (span.type === 'person' || !span.text.includes(' ')) return span;
  const last = span.text.split(/\s+/u).at(-1)!.toLowerCase();
  if (!ORGANIZATION_HEADS.has(last)) return span;
  const match = NAME_GOES_ON.exec(body.slice(span.end, span.end + 120));
  if (!match) return span;
  // Not past the end of the sentence ("School of Public Health. My research …"); an initial's period is no end
  // ("Museum of the U.S. Air Force").
  const stop = /(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)/u.exec(match[0]);
  const through = stop ? match[0].slice(0, stop.index) : match[0];
  // What follows names a body or a place of its own ("District Court for the Northern District of California" keeps
  // the district apart, as "Center for X Institute" would two bodies): the name does not go on into it.
  const words = through.trim().split(' ').slice(1);
  if (
    words.length === 0 ||
    words.some((word) => ORGANIZATION_HEADS.has(word.toLowerCase()) || PLACE_DESIGNATORS.has(word.toLowerCase()))
  )
    return span;
  const end = span.end + through.length;
  for (let at = span.end; at < end; at += 1) if (blockedAt(at)) return span;
  return { ...span, end, text: body.slice(span.start, end), type: 'organization' };
}

/** Words before a colon that credit a picture: "Image: …", "Photo: …", "Foto: …". */
const CAPTION_WORDS: ReadonlySet<string> = new Set([
  'image',
  'images',
  'photo',
  'photos',
  'picture',
  'credit',
  'foto',
  'imagen',
]);

/** Cues that say outright a person is meant: a title or an honorific before the name. */
const TITLE_CUES: ReadonlySet<string> = new Set(['ner-person-title', 'ner-person-honorific']);

/** Auxiliary verbs that open a question ("Will Rocky Linux provide …?"), never a name's first word when lowercase too. */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'will would can could should shall may might must does did do is are was were has have had'.split(' '),
);

/** First words of places' names ("New Rochelle", "Fort Lee", "Mount Kenya") that never start a person's name. */
const PLACE_NAME_STARTS: ReadonlySet<string> = new Set(['new', 'fort', 'mount', 'lake', 'cape', 'port']);

/** Connectors inside a longer name: "Rogaland Fire and Rescue", "Ministry of Defence", "Procter & Gamble". */
const NAME_CONNECTORS = new Set(['and', 'of', '&', 'for', 'de', 'del', 'y']);

/**
 * Whether a one-word candidate is the tail of a longer capitalised name: "Rescue" in "Rogaland Fire and Rescue said",
 * "Project" in "The Lost 52 Project announced" — a connector or a number between it and a capitalised word.
 */
function tailOfLongerName(tokens: readonly Token[], candidate: { start: number }): boolean {
  let index = tokens.findIndex((token) => token.start === candidate.start);
  if (index < 2) return false;
  const joiner = tokens[index - 1]!;
  if (!NAME_CONNECTORS.has(joiner.folded) && !/^\d+$/u.test(joiner.text)) return false;
  index -= 2;
  return startsUpper(tokens[index]!.text) && !isSentenceEnd(tokens[index]!);
}

/**
 * Whether the document writes the word as the first part of an organisation's or a place's name somewhere: "Ford" in
 * "Ford Motor Company", "Kamloops" in "Kamloops Police", "Frelimo" in "the Frelimo party". Such a word said alone
 * ("Ford said") is that body, not a person — unless a title or an honorific says otherwise ("Mr. Ford").
 */
function namesABodyOrPlace(tokens: readonly Token[], folded: string): boolean {
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    if (tokens[index]!.folded !== folded || !startsUpper(tokens[index]!.text)) continue;
    const next = tokens[index + 1]!;
    if (next.start !== tokens[index]!.end + 1) continue;
    if (
      next.folded === 'party' ||
      (startsUpper(next.text) && (ORGANIZATION_DESIGNATORS.has(next.folded) || PLACE_DESIGNATORS.has(next.folded)))
    )
      return true;
  }
  return false;
}

/** Cues that introduce a person as the story names them: a title or honorific before, a role in apposition. */
const INTRODUCING_CUES: ReadonlySet<string> = new Set([
  'ner-person-title',
  'ner-person-honorific',
  'ner-person-apposition',
]);

/** The first words of a US federal court district's name ("Southern District of New York"). */
const JUDICIAL_DISTRICTS: ReadonlySet<string> = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'middle',
  'central',
]);

/** Words of a building's name that are never a person's: "Noor Mosque", "Masjid Al-Aqsa", "Louvre Museum". */
const BUILDING_WORDS: ReadonlySet<string> = new Set([
  'mosque',
  'masjid',
  'cathedral',
  'museum',
  'stadium',
  'airport',
  // Nor a facility's: "Bernardo O'Higgins Riquelme Base", "Camp Bastion", "Walter Reed Hospital", "James Webb
  // Telescope", "Loyola Law School".
  'base',
  'camp',
  'hospital',
  'clinic',
  'school',
  'library',
  'prison',
  'hotel',
  'telescope',
  'observatory',
  'seminary',
  // Nor a faith's or its people's: "Roman Catholic", "Catholic Christianity", "Orthodox Jews".
  'catholic',
  'catholics',
  'jews',
  'muslims',
  'christians',
  'hindus',
  'buddhists',
  'sikhs',
  'evangelicals',
  'orthodox',
  'christianity',
  'protestant',
  'islam',
]);

function withoutDescription(tokens: readonly Token[], name: Word[]): Word[] {
  const textOf = (word: Word) => tokens[word.first]!.text;
  // A describing word: an ordinary word, an acronym or an agent noun ("Whistleblower", "Podcaster", "MP") — not a
  // name of its own ("Nabil Hasan al-Quaety") nor an initial ("L. Ron Hubbard").
  const describes = (word: Word) => {
    const text = textOf(word);
    return (
      text.length > 1 &&
      !isGivenName(text) &&
      (isCommonWordForm(word.folded, ANY_LANGUAGE) ||
        /^\p{Lu}{2,}$/u.test(text) ||
        /(?:er|or|ist|ian|ent|ant)s?$/u.test(word.folded))
    );
  };
  // The name left is a given name and a capitalised surname.
  if (name.length >= 3 && startsUpper(textOf(name.at(-1)!))) {
    const at = name.length - 2;
    const before = name.slice(0, at);
    // "Hong Kong Carrie Lam", "Islamic Relations Alia Salem", "Pan-democrat Gary Fan": a place's, a body's or a camp's
    // name of two words or a hyphenated one — none of them a given name — before a given name and a surname.
    const namesSomethingElse =
      (before.length >= 2 || (before.length === 1 && textOf(before[0]!).includes('-'))) &&
      before.every((word) => !isGivenName(textOf(word)));
    if (isGivenName(textOf(name[at]!)) && (before.every(describes) || namesSomethingElse)) return name.slice(at);
  }
  if (name.length >= 2 && /^\p{Lu}{2,}$/u.test(textOf(name[0]!)) && /\p{Ll}/u.test(textOf(name[1]!)))
    return name.slice(1);
  // "Broadcaster Piers Morgan", "Violinist Brigit O'Regan": an agent noun of the dictionary heading a name of two
  // words, though the given name is not one the lexicon knows.
  if (
    name.length >= 3 &&
    describes(name[0]!) &&
    isCommonWordForm(name[0]!.folded, ANY_LANGUAGE) &&
    /(?:er|or|ist)$/u.test(name[0]!.folded) &&
    startsUpper(textOf(name[1]!))
  )
    return name.slice(1);
  return name;
}

function personCandidates(context: NerContext, compromise: readonly NerSpan[], blocked: (t: Token) => boolean) {
  const { tokens, sentences, lowercaseWords } = context;
  const candidates: PersonCandidate[] = [];
  /** Names one of whose occurrences shows a company or a place ("Comalco said it"): none of them is a person. */
  const vetoed = new Set<string>();
  const keyOf = (name: Word[]) => name.map((word) => word.folded).join(' ');
  const compromisePeople = compromise.filter((span) => span.type === 'person');
  let from = 0;
  for (const sentence of sentences) {
    while (from < tokens.length && tokens[from]!.end <= sentence.start) from += 1;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < sentence.end) to += 1;
    for (const run of runsIn(tokens, from, to, blocked)) {
      let words = run.words;
      // "But Balladur said": a capitalised first word the document also writes in lowercase is not part of the name;
      // nor is an adverb opening the sentence ("Additionally, the …", "Historically, …").
      // A question's auxiliary verb opens its sentence too, where the sentence splitter saw no start ("((WN)) Will
      // Rocky Linux provide …?").
      if (
        words.length > 0 &&
        ((run.sentenceStart &&
          (lowercaseWords.has(words[0]!.folded) ||
            /(?:ally|ently|ately|ively|ously|ingly|edly)$/u.test(words[0]!.folded))) ||
          (AUXILIARIES.has(words[0]!.folded) && lowercaseWords.has(words[0]!.folded)))
      )
        words = words.slice(1);
      if (words.length === 0) continue;
      let { name, stripped } = stripTitles(tokens, words);
      const { cues, veto, skip, officeContext } = cuesAround(context, { words }, name, stripped);
      // "Chancellor of the Exchequer Nigel Lawson": the office's words before the name.
      // "Undersecretary of the Air Force for Acquisition Darleen Druyun": so is an ordinary word after the office's
      // connector, before a name of two ("President Park Chung-hee" keeps his).
      if (stripped !== null || officeContext) {
        const connected = OFFICE_CONNECTORS.has(tokens[name[0]!.first - 1]?.text ?? '');
        while (
          (name.length > 1 && OFFICE_WORDS.has(name[0]!.folded)) ||
          (connected &&
            name.length > 2 &&
            isCommonWordForm(name[0]!.folded, ANY_LANGUAGE) &&
            !isGivenName(tokens[name[0]!.first]!.text))
        )
          name = name.slice(1);
      }
      name = withoutDescription(tokens, name);
      // "Pan-democrat Gary Fan", "Ex-minister …", "Fourteen-year-old Zoe Smith": a hyphenated word with lowercase
      // parts after the first describes the person.
      const describing = (word: Word) =>
        /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.exec(context.body.slice(tokens[word.first]!.start, tokens[word.last]!.end));
      while (
        name.length > 1 &&
        (name.length > 2 || describing(name[0]!)?.[0].endsWith('-year-old')) &&
        describing(name[0]!)
      )
        name = name.slice(1);
      // "Kama Melly QC", "Jane Smith MP": honours and seats after the name are not part of it.
      while (
        name.length > 2 &&
        POSTNOMINALS.has(tokens[name.at(-1)!.first]!.text) &&
        name.at(-1)!.first === name.at(-1)!.last
      )
        name = name.slice(0, -1);
      // "House Oversight", "Black Panther", "Rolling Stones": ordinary words throughout, no given name — not a person;
      // nor with a people's adjective ("Scientific American", "African American"). "New Rochelle", "Fort Lee": a
      // place's first word does not start a person's name.
      if (
        name.length >= 2 &&
        (PLACE_NAME_STARTS.has(name[0]!.folded) ||
          name.every(
            (word) =>
              (isCommonWordForm(word.folded, ANY_LANGUAGE) || context.demonyms?.has(word.folded)) &&
              !isGivenName(tokens[word.first]!.text),
          ))
      )
        continue;
      // A name does not end with a title ("Philippine President", "Incumbent President").
      if (isTitleWord(name.at(-1)!.folded, 'secretary')) continue;
      // A title or an office alone ("President", "Economía") is not a name, nor are initials alone ("L.K.").
      if (name.every((word) => word.first !== word.last && tokens[word.first]!.text.length === 1)) continue;
      if (veto) vetoed.add(keyOf(name));
      if (
        veto ||
        skip ||
        name.length > 5 ||
        name.every(
          (word) =>
            OFFICE_WORDS.has(word.folded) || isTitleWord(word.folded, 'secretary') || HONORIFICS.has(word.folded),
        )
      )
        continue;
      // "Governor of Washington Chris Gregoire": after a title, compromise's person (it knows the first name) may start
      // later than the run; the words before it belong to the office.
      if (stripped !== null || officeContext) {
        const end = tokens[name.at(-1)!.last]!.end;
        const person = compromisePeople.find(
          (span) => span.end === end && span.start > tokens[name[0]!.first]!.start && span.text.includes(' '),
        );
        const at = person ? name.findIndex((word) => tokens[word.first]!.start === person.start) : -1;
        if (at > 0) name = name.slice(at);
      }
      const start = tokens[name[0]!.first]!.start;
      const end = tokens[name.at(-1)!.last]!.end;
      const tagged = compromisePeople.some((span) => span.start < end && start < span.end);
      if (tagged)
        cues.push({
          rule: 'ner-person',
          weight: name.length > 1 ? CUE.compromiseFullName : CUE.compromiseOneWord,
        });
      if (cues.length === 0) continue;
      // "Cyrus R. Vance, Jr.": the generational suffix after a comma is part of the name.
      const suffix = /^,?\s(?:Jr|Sr)\b\.?/u.exec(context.body.slice(end, end + 6));
      candidates.push({ words: name, start, end: suffix ? end + suffix[0].length : end, cues });
    }
  }
  return candidates.filter((candidate) => !vetoed.has(keyOf(candidate.words)));
}

function surnameOf(words: readonly Word[]): string | null {
  const core = words.filter((word, index) => index === 0 || !NAME_SUFFIXES.has(word.folded));
  return core.length > 1 ? core.at(-1)!.folded : null;
}

/**
 * Proposals of the document: people (rules and compromise), then compromise's organisations and places where no
 * person stands, each with its cue confidence; surnames resolved to the full name the document gives.
 */
export function proposeNames(context: NerContext): NerMention[] {
  const { body, tokens, covered } = context;
  const furniture = furnitureMask(body, tokens);
  const blocked = (token: Token) => covered[token.start] === 1 || furniture[token.start] === 1;
  const blockedAt = (at: number) => covered[at] === 1 || furniture[at] === 1;
  const compromise = joinedNames(
    body,
    nerSpansIn(body, context.sentences).filter(
      (span) => covered[span.start] !== 1 && furniture[span.start] !== 1 && furniture[span.end - 1] !== 1,
    ),
    blockedAt,
  ).map((span) => withNameGoingOn(body, span, blockedAt));
  const storms = namedStorms(context, blocked);
  const stormNames = new Set(storms.map((storm) => foldToken(storm.bare)));
  // A storm's name is not a person's ("Humberto hovered east of Great Abaco").
  const people = personCandidates(context, compromise, blocked).filter(
    (candidate) =>
      !(candidate.words.length === 1 && stormNames.has(candidate.words[0]!.folded)) &&
      !storms.some((storm) => storm.start < candidate.end && candidate.start < storm.end),
  );

  // Surnames: one full name per surname in the document resolves its bare mentions; two make them ambiguous.
  const fullNames = new Map<string, Set<string>>();
  const firstNames = new Set<string>(context.knownGivenNames);
  const textOf = (candidate: PersonCandidate) => body.slice(candidate.start, candidate.end);
  /**
   * Per surname, the story's person: the first full name, when a title, an honorific or an apposition introduces it
   * and no one else of that surname (another given name) is named before its sentence ends.
   */
  const lead = new Map<string, { name: string; given: string; end: number; alone: boolean }>();
  for (const candidate of people) {
    const surname = surnameOf(candidate.words);
    if (surname === null) continue;
    const names = fullNames.get(surname) ?? new Set<string>();
    names.add(textOf(candidate));
    fullNames.set(surname, names);
    const given = candidate.words[0]!.folded;
    const first = lead.get(surname);
    if (first === undefined) {
      const introduces = candidate.cues.some((cue) => INTRODUCING_CUES.has(cue.rule));
      lead.set(surname, { name: textOf(candidate), given, end: candidate.end, alone: introduces });
    } else if (first.alone && given !== first.given && !/[.!?]\s/u.test(body.slice(first.end, candidate.start)))
      first.alone = false;
    firstNames.add(given);
  }
  // A surname the document gives several full names resolves to the story's person: "Representative Elijah Cummings
  // died …" in the lead, his parents "Robert Cummings Sr. and Ruth Elma Cummings" later, then "Cummings expressed …"
  // is him; two people introduced in one sentence ("Treasury Secretary James Baker met … Howard Baker") leave it.
  const resolve = (folded: string): string | null | undefined => {
    const names = fullNames.get(folded);
    if (names === undefined) return undefined;
    if (names.size === 1) return [...names][0]!;
    const first = lead.get(folded);
    return first?.alone ? first.name : null;
  };

  const mentions: NerMention[] = [];
  const taken = new Uint8Array(body.length);
  for (const storm of storms) {
    mentions.push({
      start: storm.start,
      end: storm.end,
      name: storm.name,
      type: 'event',
      confidence: storm.confidence,
      rule: 'ner-event-storm',
    });
    taken.fill(1, storm.start, storm.end);
  }
  /** Per folded bare word: the person it names in this document ("kohl" → "Helmut Kohl", "nakasone" → "Nakasone"). */
  const bare = new Map<string, string>();
  for (const candidate of people) {
    let name = textOf(candidate);
    let rule = candidate.cues.reduce((best, cue) => (cue.weight > best.weight ? cue : best)).rule;
    if (candidate.words.length === 1) {
      const folded = candidate.words[0]!.folded;
      const full = resolve(folded);
      // A surname shared by two people of the document, or a first name alone ("Jacques", "Rachel", a storm's
      // "Dorian"): not a name to propose — unless a title, an honorific or an apposition introduces it as a person
      // ("Minister Lima said").
      if (
        full === null ||
        (full === undefined &&
          (firstNames.has(folded) ||
            (isGivenName(textOf(candidate)) && !candidate.cues.some((cue) => INTRODUCING_CUES.has(cue.rule))) ||
            (!candidate.cues.some((cue) => TITLE_CUES.has(cue.rule)) &&
              (tailOfLongerName(tokens, candidate) ||
                namesABodyOrPlace(tokens, folded) ||
                // "Under the U.S. Constitution, the House …": an ordinary word alone, no title, no full name.
                (isCommonWordForm(folded, ANY_LANGUAGE) && !isGivenName(textOf(candidate)))))))
      )
        continue;
      if (full !== undefined) {
        name = full;
        rule = 'ner-person-surname';
      } else bare.set(folded, name);
    } else {
      // "Perez de Cuellar said" after "Javier Perez de Cuellar": the end of a longer name the document gives is that
      // person's surname of several words.
      const longer = new Set(
        people.map(textOf).filter((other) => other.length > name.length && other.endsWith(` ${name}`)),
      );
      if (longer.size === 1) {
        name = [...longer][0]!;
        rule = 'ner-person-surname';
      }
      const surname = surnameOf(candidate.words);
      if (surname !== null && resolve(surname)) bare.set(surname, resolve(surname)!);
    }
    const start = withParticle(body, tokens, candidate.start, name);
    mentions.push({
      start,
      end: candidate.end,
      name,
      type: 'person',
      confidence: noisyOr(candidate.cues.map((cue) => cue.weight)),
      rule,
    });
    taken.fill(1, start, candidate.end);
  }

  // Bare surnames anywhere in the body (not only in candidate sentences) of a person the document names.
  if (bare.size > 0) {
    const partOfRun = (index: number) => {
      const token = tokens[index];
      return (
        token !== undefined &&
        startsUpper(token.text) &&
        !blocked(token) &&
        !NEVER_NAME.has(token.folded) &&
        !SPEECH_VERBS.has(token.folded) &&
        !context.lowercaseWords.has(token.folded)
      );
    };
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      if (!startsUpper(token.text) || blocked(token) || taken[token.start] === 1) continue;
      const name = bare.get(token.folded);
      if (name === undefined) continue;
      // Only a whole word: not "Kohl" in "Kohl-Weg", nor a part of a longer run of capitalised words.
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      if (previous && adjacent(tokens, index - 1, index) && previous.text === '-') continue;
      if (next && adjacent(tokens, index, index + 1) && next.text === '-') continue;
      if (partOfRun(index - 1) || partOfRun(index + 1)) continue;
      mentions.push({
        start: withParticle(body, tokens, token.start, name),
        end: token.end,
        name,
        type: 'person',
        // A full name's surname is evidence the person is talked about; a single word repeated ("Fox") is not.
        confidence: name.includes(' ') ? CUE.surname : CUE.repeatedOneWord,
        rule: 'ner-person-surname',
      });
      taken.fill(1, token.start, token.end);
    }
  }

  // compromise's organisations and places, where no person stands and not as a fragment of a longer name.
  const others = new Map<string, { name: string; type: NerType; confidence: number }>();
  for (const span of compromise) {
    if (span.type === 'person') continue;
    if (taken[span.start] === 1 || taken[span.end - 1] === 1) continue;
    if (isFragment(context, span, compromise, blocked)) continue;
    // "Supreme Court", "Air Force", "District Council": a generic head, not the name of one institution.
    if (
      span.text.split(/\s+/u).every((word) => {
        const folded = foldToken(word);
        return GENERIC_NAME_WORDS.has(folded) || OFFICE_WORDS.has(folded) || ORGANIZATION_DESIGNATORS.has(folded);
      })
    )
      continue;
    // "African American", "Latin American": peoples' adjectives, no body's or place's name.
    if (span.text.split(/\s+/u).every((word) => context.demonyms?.has(foldToken(word))) === true) continue;
    // "The", "Monday": a word that never starts a name, or one the document also writes in lowercase.
    const only = span.text.includes(' ') ? null : span.text.toLowerCase();
    if (only !== null && (NEVER_NAME.has(only) || COMMON_ACRONYMS.has(only) || context.lowercaseWords.has(only)))
      continue;
    // "Speaker", "Eukaryote", "St": a place no gazetteer knows, named by one ordinary English word or an abbreviation,
    // is a capitalised common noun more often than a place.
    if (span.type === 'place' && only !== null && (only.length <= 2 || isCommonWordForm(foldToken(only), ENGLISH)))
      continue;
    // "EastMed gas", "Erdogan's office": a common noun inside is not part of a name.
    if (/[’']s\s|\s(?!(?:of|and|the|for|de|del|la|las|los|y|e|von|van|der|du|des|al)\s)\p{Ll}/u.test(span.text))
      continue;
    const words = span.text.split(/\s+/u).map((word) => word.toLowerCase().replace(/[.,]$/u, ''));
    const designated = words.some((word) => ORGANIZATION_DESIGNATORS.has(word) && !PLACE_DESIGNATORS.has(word));
    // compromise reads "House of Representatives", "Thames Valley Police" as places: a body is an organisation; and a
    // name ending in a place's designator is a place ("Baghdad International Airport", "Noor Mosque").
    // "the Northern District of Texas" is a federal court (longer-names.ts reads it so too), not a part of Texas.
    const court =
      words.length >= 4 && words[1] === 'district' && words[2] === 'of' && JUDICIAL_DISTRICTS.has(words[0]!);
    const type: NerType = court
      ? 'organization'
      : PLACE_DESIGNATORS.has(words.at(-1)!)
        ? 'place'
        : span.type === 'place' && designated
          ? 'organization'
          : span.type;
    const cues: number[] = [
      type === 'place' ? CUE.place : designated || court ? CUE.designatedOrganization : CUE.organization,
    ];
    // "according to the BBC", "told Reuters": a source is an organisation (or a person), never a common noun.
    const before = body.slice(Math.max(0, span.start - 20), span.start).toLowerCase();
    if (span.type === 'organization' && /(?:according to(?: the)?|told|quoted by|reported by)\s+$/u.test(before))
      cues.push(CUE.source);
    const confidence = noisyOr(cues);
    mentions.push({
      start: span.start,
      end: span.end,
      name: span.text,
      type,
      confidence,
      rule: `ner-${type}`,
    });
    taken.fill(1, span.start, span.end);
    others.set(span.text, { name: span.text, type, confidence });
  }
  // The same name elsewhere in the body, where compromise did not tag it ("PKK" in a sentence it read differently).
  for (const other of others.values()) {
    for (let at = body.indexOf(other.name); at !== -1; at = body.indexOf(other.name, at + other.name.length)) {
      const end = at + other.name.length;
      if (taken[at] === 1 || taken[end - 1] === 1 || covered[at] === 1 || furniture[at] === 1) continue;
      // A whole name: not inside a longer word.
      if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(body[end] ?? '')) continue;
      mentions.push({
        start: at,
        end,
        name: other.name,
        type: other.type,
        confidence: CUE.repeated,
        rule: `ner-${other.type}`,
      });
      taken.fill(1, at, end);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** A storm's kind before its name, strongest first: the name a storm is known by is its strongest kind's. */
const STORM_KINDS = ['Super Typhoon', 'Hurricane', 'Typhoon', 'Cyclone', 'Tropical Storm', 'Tropical Depression'];
const STORM = new RegExp(String.raw`\b(${STORM_KINDS.join('|')})\s+(\p{Lu}\p{Ll}+)\b`, 'gu');

interface StormMention {
  start: number;
  end: number;
  /** "Hurricane Humberto", however the mention writes its kind. */
  name: string;
  /** "Humberto". */
  bare: string;
  confidence: number;
}

/**
 * Named storms — "Hurricane Dorian", "Typhoon Haiyan", "Tropical Storm Humberto" — as events, and the storm's name
 * alone wherever the document uses it after ("Dorian struck the Bahamas"). Not an ordinary word after the kind
 * ("Hurricane Center", "Hurricane Hunters").
 */
function namedStorms(context: NerContext, blocked: (token: Token) => boolean): StormMention[] {
  const { body, tokens, covered } = context;
  const kinds = new Map<string, string>();
  const found: { start: number; end: number; bare: string }[] = [];
  for (const match of body.matchAll(STORM)) {
    const [whole, kind, bare] = match as unknown as [string, string, string];
    const folded = foldToken(bare);
    if (isCommonWordForm(folded, ANY_LANGUAGE) || covered[match.index!] === 1) continue;
    const known = kinds.get(folded);
    if (known === undefined || STORM_KINDS.indexOf(kind) < STORM_KINDS.indexOf(known)) kinds.set(folded, kind);
    found.push({ start: match.index!, end: match.index! + whole.length, bare });
  }
  if (found.length === 0) return [];
  const nameOf = (bare: string) => `${kinds.get(foldToken(bare))} ${bare}`;
  const storms: StormMention[] = found.map((storm) => ({
    ...storm,
    name: nameOf(storm.bare),
    confidence: CUE.namedStorm,
  }));
  const inStorm = (at: number) => found.some((storm) => storm.start <= at && at < storm.end);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!kinds.has(token.folded) || !startsUpper(token.text) || blocked(token) || inStorm(token.start)) continue;
    // The name alone, not inside a longer capitalised run ("Humberto Advisory").
    const joins = (left: Token | undefined, right: Token | undefined) =>
      left !== undefined && right !== undefined && /^[ \t]+$/u.test(body.slice(left.end, right.start));
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (joins(token, next) && startsUpper(next!.text)) continue;
    if (joins(previous, token) && startsUpper(previous!.text) && !NEVER_NAME.has(previous!.folded)) continue;
    storms.push({
      start: token.start,
      end: token.end,
      name: nameOf(token.text),
      bare: token.text,
      confidence: CUE.namedStorm,
    });
  }
  return storms.sort((a, b) => a.start - b.start);
}

const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo'.split(
    ' ',
  ),
);

/** Capitalised words after "and" that continue the name before them: "and Exchange Commission", "and Electric". */
const AND_CONTINUATION = /^\s+(?:and|&)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)/u;

/**
 * compromise's spans with two repairs. A weekday opening a name is not part of it ("Friday Ford Motor
 * Company"). A name split at its "and" is joined again when what follows the "and" cannot name anything alone — only
 * ordinary words and designators, ending with a designator: "U.S. Securities" + "and Exchange Commission", "House
 * Oversight" + "and Reform Committee", "Pacific Gas" + "and Electric" (but "Associated Press and NBC News" stay two).
 */
function joinedNames(body: string, spans: readonly NerSpan[], blocked: (at: number) => boolean): NerSpan[] {
  const trimmed = spans.map((span) => {
    const first = /^(\p{L}+)\s+/u.exec(span.text);
    if (first === null || !WEEKDAYS.has(foldToken(first[1]!))) return span;
    const cut = first[0].length;
    return { ...span, start: span.start + cut, text: span.text.slice(cut) };
  });
  const joined: NerSpan[] = [];
  for (let index = 0; index < trimmed.length; index += 1) {
    const span = trimmed[index]!;
    const found = span.type === 'person' ? null : AND_CONTINUATION.exec(body.slice(span.end, span.end + 120));
    // Not past the end of the sentence: "… and Reform Committee. In that role, …".
    const stop = found ? /\.\s/u.exec(found[0]) : null;
    const match = found && stop ? AND_CONTINUATION.exec(found[0].slice(0, stop.index)) : found;
    const written = match ? match[1]!.split(/\s+/u) : [];
    const words = written.map((word) => foldToken(word));
    const end = match ? span.end + match[0].length : span.end;
    // "Secret Service and US Park Police": an acronym ("US") is no ordinary word; "University of Washington and Center
    // for Ecosystem Sentinels": a designator with its own "for"/"of" name is a second body.
    const ownName =
      ORGANIZATION_HEADS.has(words[0] ?? '') && /^\s+(?:for|of)\s+\p{Lu}/u.test(body.slice(end, end + 40));
    const continues =
      match !== null &&
      !ownName &&
      written.every((word) => !/^\p{Lu}{2,}\.?$/u.test(word)) &&
      words.every((word) => ORGANIZATION_DESIGNATORS.has(word) || isCommonWordForm(word, ANY_LANGUAGE)) &&
      ORGANIZATION_DESIGNATORS.has(words.at(-1)!) &&
      !PLACE_DESIGNATORS.has(words.at(-1)!) &&
      [...Array(end - span.end).keys()].every((offset) => !blocked(span.end + offset));
    if (!continues) {
      joined.push(span);
      continue;
    }
    joined.push({ start: span.start, end, text: body.slice(span.start, end), type: 'organization' });
    // The spans the joined name now holds ("Exchange Commission", "Reform Committee").
    while (index + 1 < trimmed.length && trimmed[index + 1]!.start < end) index += 1;
  }
  return joined;
}

/**
 * A span that is part of a longer capitalised name: "Exchange Commission" of "Securities and Exchange Commission",
 * "Road Initiative" of "Belt and Road Initiative", "International Military" before "Exercise".
 */
function isFragment(
  context: NerContext,
  span: NerSpan,
  spans: readonly NerSpan[],
  blocked: (token: Token) => boolean,
): boolean {
  const { tokens } = context;
  const first = tokens.findIndex((token) => token.start >= span.start);
  if (first === -1) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last += 1;
  const capital = (index: number) => {
    const token = tokens[index];
    return token !== undefined && !token.breakBefore && startsUpper(token.text) && !blocked(token);
  };
  const before = tokens[first - 1];
  if (before && !tokens[first]!.breakBefore) {
    // "the City University Student Union": a capitalised word before it continues the name, even one the document
    // also writes in lowercase ("city") — unless it opens the sentence ("But Balladur").
    const opens = first - 2 < 0 || isSentenceEnd(tokens[first - 2]!);
    if (capital(first - 1) && !NEVER_NAME.has(before.folded) && !(opens && context.lowercaseWords.has(before.folded)))
      return true;
    // "Securities and Exchange Commission", but not "Associated Press and NBC News" (two names of their own);
    // "National Conference of State Legislatures", even where "National Conference" was read as a name.
    // "Jennifer Daskal of American University" is two names, a person's and the body's.
    const connector = before.folded;
    const joined = tokens[first - 2];
    const separate = (types: readonly NerType[]) =>
      spans.some(
        (other) =>
          other !== span && types.includes(other.type) && other.start <= joined!.start && joined!.end <= other.end,
      );
    if (
      joined !== undefined &&
      capital(first - 2) &&
      (['of', 'for', 'de', 'del', 'para'].includes(connector)
        ? !separate(['person'])
        : ['and', '&', 'y'].includes(connector) && !separate(['person', 'organization', 'place']))
    )
      return true;
  }
  const after = tokens[last + 1];
  if (after !== undefined && capital(last + 1) && !NEVER_NAME.has(after.folded)) return true;
  // "Federal Bureau" of "Federal Bureau of Statistics", "Union Bank" of "Union Bank of India", "National Museum" of
  // "National Museum of the U.S. Air Force".
  const next = tokens[last + 2]?.folded === 'the' && after?.folded === 'of' ? tokens[last + 3] : tokens[last + 2];
  return (
    after !== undefined &&
    ['of', 'de', 'del'].includes(after.folded) &&
    next !== undefined &&
    !next.breakBefore &&
    startsUpper(next.text)
  );
}
