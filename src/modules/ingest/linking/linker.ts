// The linker: mentions of known entities (method `gazetteer`) and proposals of new ones (method `ner`) in a
// normalised body, with exact code-point offsets. Passes, each cheap:
// 1. gazetteer matching, leftmost-longest over the token trie, each match resolved by the context rules of
//    disambiguation.ts — run twice, because the rules read what the document names (its countries, its US states,
//    the ports it establishes, the entities that break a tie), which only the first run knows. Before resolving, a
//    match inside a longer name loses its place-like candidates (longer-names.ts), and where the text's case says
//    nothing (text-case.ts) an alias spelled like an ordinary word waits for the first run to corroborate it;
// 2. surname coreference: once "Dina Boluarte" is matched, a later "Boluarte" is her (only when one person of the
//    document has that surname); with a publication date, a surname standing alone ("Nakasone", "Prime Minister
//    Nakasone") is the office holder of that date when exactly one person of that surname held office then in the
//    document's countries (officialMentions);
// 3. pattern proposals: institutions named after a country ("Peruvian Armed Forces") and numbered legal acts;
// 4. overlaps: the longest span wins, so a demonym inside an institution's name is not a mention of the country;
// 5. optional NER (compromise) proposals, only in the gaps the earlier passes left, and compromise only reads the
//    sentences with a capitalised word outside those passes' spans (see nerCandidateSentences);
// 6. abbreviations the text defines ("the Automatic Identification System (AIS)"): the short form names what the
//    long form was linked to or proposed as, and no reference entity the text did not mean (abbreviations.ts).
// Speed (bench/linker-results.md): one tokenizer pass over char codes, one trie walk per document shared by both
// gazetteer passes — the second only runs when a resolution read the document context (ports, Georgia) — and the
// case check on capitals precomputed at build. Without NER a 800-word article links in a few tenths of a millisecond;
// compromise still costs milliseconds, so the bulk import path is expected to pass `ner: false`.
import type { EntityType } from '../../../generated/prisma/enums.ts';
import { codePointIndexer } from '../text/offsets.ts';
import { sentenceRanges, type TextRange } from '../text/sentences.ts';
import { classAt, WORD } from '../text/text-scan.ts';
import { foldToken, startsUpper, type Token, tokenize } from '../text/tokens.ts';
import { type AbbreviationDefinition, abbreviationDefinitions, CONNECTORS } from './abbreviations.ts';
import {
  countryIsNamed,
  type DocumentContext,
  isCommonWord,
  personSurnamesOf,
  type Resolution,
  resolveCandidates,
  TITLES,
} from './disambiguation.ts';
import { type Candidate, casePassesAt, dottedAbbreviationGoesOn, type Gazetteer, type Official } from './gazetteer.ts';
import type { AliasKind, GazetteerEntity, RoleCategory } from './gazetteer-data.ts';
import { type InferenceRule, inferCountries } from './hierarchy.ts';
import { languageMask } from './lexicon.ts';
import { type LongerNameInput, longerNameRule } from './longer-names.ts';
import { CUE, proposeNames } from './ner.ts';
import {
  FAMILY_PARTICLES,
  HONORIFICS,
  NAME_PARTICLES,
  ORGANIZATION_DESIGNATORS,
  PLACE_DESIGNATORS,
} from './ner-lexicon.ts';
import {
  type CountryMention,
  electionSpans,
  institutionSpans,
  legalActSpans,
  standaloneInstitutionSpans,
  stateInstitutionSpans,
} from './patterns.ts';
import {
  CASE_MODE_MASK,
  CASED,
  caseModesByLine,
  IN_DATELINE,
  LOWER as LOWER_CASE,
  opensSentence,
  UPPER,
} from './text-case.ts';

export type LinkedEntity =
  | { status: 'known'; key: string; type: EntityType; name: string }
  /**
   * Not in the gazetteer: to be created with status `proposed` when stored. `confidence` is the evidence for the name
   * in this document: the noisy-OR of its mentions' confidences, 1 − Π(1 − cᵢ).
   */
  | { status: 'proposed'; type: EntityType; name: string; countryIso2Hint: string | null; confidence: number };

export interface LinkedMention {
  /** Code point offsets into the body: body[start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  method: 'gazetteer' | 'ner';
  confidence: number;
  entity: LinkedEntity;
  /** The rule that produced it (disambiguation rule, pattern or NER), for review. */
  rule: string;
  /** For gazetteer mentions: how the surface names the entity (a name, an abbreviation, a demonym, a metonym). */
  aliasKind?: AliasKind;
}

/** A country an article's mentions imply (hierarchy.ts), with the mentioned entities it rests on. */
export interface InferredEntity {
  entity: Extract<LinkedEntity, { status: 'known' }>;
  rule: InferenceRule;
  evidence: Extract<LinkedEntity, { status: 'known' }>[];
}

export interface LinkOptions {
  /** BCP 47 language of the body; aliases tagged with another language are skipped. Null: use all. */
  language?: string | null;
  /** Run compromise NER for proposals (slow: several ms per article even on candidate sentences only). Default true. */
  ner?: boolean;
  /** tokenize(body), when the caller has it already (prepare() shares it with the MinHash signature). */
  tokens?: readonly Token[];
  /**
   * When the article was published. With it, names resolve to what they named then: a state that existed, an office
   * holder of that day; without it (null or absent) nothing reads dates and dated aliases other than former names
   * are not matched.
   */
  publishedAt?: Date | string | null;
  /**
   * Proposals whose confidence in the document is below this are left out (NER_MIN_CONFIDENCE). Default
   * DEFAULT_MIN_PROPOSAL_CONFIDENCE.
   */
  minProposalConfidence?: number;
  /**
   * Per token: its case mode and flags (text-case.ts), when the caller knows the text's parts (fields.ts: a title
   * may be in headline case, a dateline names a filing place). Default: the case mode of each paragraph.
   */
  tokenFlags?: Uint8Array;
  /** The UTF-16 range compromise NER may propose in (fields.ts: the body). Default: everywhere. */
  nerRange?: TextRange;
}

/** How far around the publication date an office counts as held (a story a few days after a handover). */
const OFFICE_WINDOW_MS = 31 * 24 * 3600 * 1000;

/** The default of NER_MIN_CONFIDENCE: a name needs a title, an apposition, a speaker's pronoun or two weaker cues. */
export const DEFAULT_MIN_PROPOSAL_CONFIDENCE = 0.5;

/** A mention before its offsets are converted from UTF-16 units to code points. */
interface Span {
  start: number;
  end: number;
  method: LinkedMention['method'];
  confidence: number;
  entity: LinkedEntity;
  rule: string;
  aliasKind?: AliasKind;
}

function known(entity: GazetteerEntity): Extract<LinkedEntity, { status: 'known' }> {
  return { status: 'known', key: entity.key, type: entity.type, name: entity.name };
}

interface GazetteerMatch {
  first: number;
  last: number;
  entity: GazetteerEntity;
  kind: AliasKind;
  confidence: number;
  rule: string;
}

/** An alias found in the trie at a token range, with the candidates that pass the language and case checks. */
interface Hit {
  last: number;
  candidates: Candidate[];
  /**
   * Candidates whose alias is spelled like an ordinary word where the text's capitals say nothing (an all-caps or
   * lowercase text, a headline, the first word of a sentence): linked only when the first pass found the entity
   * named otherwise too ("ISLAND" is Iceland only in a text that says ICELAND or REYKJAVIK). Null when none.
   */
  weak: Candidate[] | null;
  contextual: boolean;
  /** The candidates left once longerNameRule has read the match's neighbours; undefined until read. */
  outside: Candidate[] | undefined;
  /**
   * The resolution of a hit without a contextual candidate, once made: only ports and the two Georgias read the
   * document context (disambiguation.ts rules 1 and 3), so the others resolve the same in both passes, and the second
   * pass (which runs on nearly every document: port names are common words) reuses it. Undefined until resolved.
   */
  settled: Resolution | null | undefined;
}

/**
 * The trie walk of every start token, done once per document and shared by both gazetteer passes: per token, the
 * aliases starting there (longest first) that pass the language and case checks; null where none does.
 */
function findHits(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  language: string | null,
  publishedAt: number | null,
  flags: Uint8Array,
): (Hit[] | null)[] {
  const hits: (Hit[] | null)[] = new Array(tokens.length).fill(null);
  const { root, lowerRoot } = gazetteer;
  const mask = languageMask(language);
  for (let first = 0; first < tokens.length; first += 1) {
    const token = tokens[first]!;
    const flag = flags[first]!;
    const mode = flag & CASE_MODE_MASK;
    // Without case information every token may start any alias, and the case check has nothing to check.
    const caseless = mode === UPPER || mode === LOWER_CASE;
    let node = (caseless || startsUpper(token.text) ? root.children : lowerRoot).get(token.folded);
    if (node === undefined) continue;
    let found: Hit[] | null = null;
    for (let index = first; ; ) {
      if (node.candidates.length > 0 && !dottedAbbreviationGoesOn(tokens, index)) {
        let kept: Candidate[] | null = null;
        let weak: Candidate[] | null = null;
        let contextual = false;
        for (const candidate of node.candidates) {
          if (language !== null && candidate.language !== null && candidate.language !== language) continue;
          if (!caseless && !casePassesAt(candidate, tokens, first)) continue;
          // A dated alias other than a former name ("EC" until 2009) names the entity only within its dates.
          if (
            candidate.dated &&
            candidate.kind !== 'former_name' &&
            (publishedAt === null || publishedAt < candidate.aliasFrom || publishedAt > candidate.aliasTo)
          )
            continue;
          // A dateline names the town a story was filed from, never a harbour.
          if (flag & IN_DATELINE && candidate.entity.tags.includes('port')) continue;
          if (
            (candidate.commonWord & mask) !== 0 &&
            (mode !== CASED || (candidate.kind !== 'abbreviation' && opensSentence(tokens, first)))
          ) {
            if (weak === null) weak = [];
            weak.push(candidate);
            contextual = true;
            continue;
          }
          if (kept === null) kept = [];
          kept.push(candidate);
          if (candidate.contextual) contextual = true;
        }
        if (kept !== null || weak !== null) {
          if (found === null) found = [];
          found.unshift({
            last: index,
            candidates: kept ?? [],
            weak,
            contextual,
            outside: undefined,
            settled: undefined,
          });
        }
      }
      index += 1;
      if (index >= tokens.length || tokens[index]!.breakBefore) break;
      node = node.children.get(tokens[index]!.folded);
      if (node === undefined) break;
    }
    hits[first] = found;
  }
  return hits;
}

interface Pass {
  matches: GazetteerMatch[];
  /** Some resolution read the document context, so a pass with a fuller context may differ. */
  readContext: boolean;
}

/** Country and person aliases starting at a token, for longerNameRule ("U.S. Japan", "Chinese Xi Jinping"). */
function startsKnownName(hits: readonly (Hit[] | null)[], index: number): boolean {
  for (const hit of hits[index] ?? [])
    for (const candidate of hit.candidates)
      if (candidate.entity.type === 'country' || candidate.entity.type === 'person') return true;
  return false;
}

/**
 * The title (and dateline) name again what the body's proposals name — "United States military kills Qasem
 * Soleimani" over a body that introduces him — but NER does not read them (their capitals make it guess): each
 * proposed person or organisation's name of two words or more, as the body wrote it, is linked where it stands whole
 * in the text before the body. (A bare surname is not: a title's "Sirhan Sirhan" or "Carroll" is too often another.)
 */
function namesAgainBeforeBody(selected: readonly Span[], body: string, bodyStart: number): Span[] {
  const names = new Map<string, Span>();
  for (const span of selected) {
    const entity = span.entity;
    if (span.start < bodyStart || entity.status !== 'proposed') continue;
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const text = body.slice(span.start, span.end);
    if (/\s/u.test(text) && !names.has(text)) names.set(text, span);
  }
  const found: Span[] = [];
  const head = body.slice(0, bodyStart);
  const wordChar = /[\p{L}\p{N}]/u;
  for (const [name, span] of [...names].sort((a, b) => b[0].length - a[0].length))
    for (let at = head.indexOf(name); at !== -1; at = head.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (wordChar.test(head[at - 1] ?? '') || wordChar.test(head[end] ?? '')) continue;
      if (found.some((other) => other.start < end && at < other.end)) continue;
      found.push({ ...span, start: at, end, rule: 'same-name-as-body' });
    }
  return found;
}

/** Titles a reference person's name may begin with ("Pope Francis", "King Abdullah II", "Sheikh Tamim bin Hamad"). */
const NAME_TITLES: ReadonlySet<string> = new Set([
  'pope',
  'cardinal',
  'archbishop',
  'ayatollah',
  'sheikh',
  'emir',
  'sultan',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'president',
  'sir',
  'dame',
]);

/**
 * Where a person's mention starts: after the title its reference name begins with, as with every other title ("Pope
 * Francis" is a mention "Francis"), so a mention never depends on which form the reference data happens to hold.
 */
function personNameStart(tokens: readonly Token[], match: GazetteerMatch): number {
  if (match.entity.type !== 'person' || match.last === match.first) return match.first;
  return NAME_TITLES.has(tokens[match.first]!.folded) && startsUpper(tokens[match.first + 1]!.text)
    ? match.first + 1
    : match.first;
}

/** The hit's candidates that are not part of a longer name (longer-names.ts): people and ports are never blocked. */
function candidatesOutsideLongerNames(hit: Hit, input: LongerNameInput, first: number): Candidate[] {
  if (hit.outside === undefined) {
    const all = hit.weak === null ? hit.candidates : [...hit.candidates, ...hit.weak];
    const isDemonym = all.some((candidate) => candidate.kind === 'demonym');
    const isCountry = all.some((candidate) => candidate.entity.type === 'country');
    const isPlace = isCountry || all.some((candidate) => candidate.entity.type === 'place');
    const isOrganization = all.every((candidate) => candidate.entity.type === 'organization');
    const isGeneric = all.every((candidate) => candidate.countryScoped);
    const blockable = all.some(
      (candidate) => candidate.entity.type !== 'person' && !candidate.entity.tags.includes('port'),
    );
    const rule = blockable
      ? longerNameRule(input, first, hit.last, { isCountry, isPlace, isDemonym, isOrganization, isGeneric })
      : null;
    hit.outside =
      rule === null
        ? hit.candidates
        : hit.candidates.filter(
            (candidate) => candidate.entity.type === 'person' || candidate.entity.tags.includes('port'),
          );
    if (rule !== null && hit.weak !== null)
      hit.weak = hit.weak.filter(
        (candidate) => candidate.entity.type === 'person' || candidate.entity.tags.includes('port'),
      );
  }
  return hit.outside;
}

/** Words before a common noun: a weak alias after one is the ordinary word ("the island", "un bar"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
]);

/**
 * A weak candidate is linked when the first pass found the entity, or (for places) its country, named otherwise —
 * and, unless it is an abbreviation, not after a determiner, where its word is the ordinary one.
 */
function corroborated(candidate: Candidate, context: Context, first: number): boolean {
  const previous = first > 0 ? context.tokens[first - 1]! : undefined;
  const afterDeterminer =
    previous !== undefined && !context.tokens[first]!.breakBefore && DETERMINERS.has(previous.folded);
  // "the US" is the usual way to write the abbreviation; "the island" the usual way to write the word.
  if (afterDeterminer && candidate.kind !== 'abbreviation') return false;
  const entity = candidate.entity;
  if (context.keys.has(entity.key)) return true;
  // Written without the name's accents ("Para" for Pará, in a Spanish story that names Brazil), the ordinary word is
  // meant unless the document names the entity itself.
  const written = context.tokens.slice(first, first + candidate.tokens.length).map((token) => token.text.toLowerCase());
  if (candidate.tokens.some((word, index) => word.toLowerCase() !== written[index])) return false;
  if (entity.type === 'country') return entity.isoAlpha2 !== null && context.countryWeights.has(entity.isoAlpha2);
  // A place's country may be named by a US state as well ("Mobile, Alabama").
  return entity.type !== 'organization' && countryIsNamed(entity, context);
}

/** Leftmost-longest: at each token the longest alias that resolves wins, and matching resumes after it. */
function matchGazetteer(
  hits: readonly (Hit[] | null)[],
  tokens: readonly Token[],
  context: Context,
  input: LongerNameInput,
): Pass {
  const matches: GazetteerMatch[] = [];
  let readContext = false;
  let index = 0;
  while (index < tokens.length) {
    let matched: GazetteerMatch | null = null;
    /** The last token the alias covered (the mention may be shorter: see the US states below). */
    let matchedEnd = index;
    // Most tokens start no alias: no empty array and no iterator for them.
    const starting = hits[index];
    for (let at = 0; starting != null && at < starting.length; at += 1) {
      const hit = starting[at]!;
      const candidates = candidatesOutsideLongerNames(hit, input, index);
      let resolution: Resolution | null;
      let pool = candidates;
      if (hit.weak !== null && hit.weak.length > 0) {
        const confirmed = hit.weak.filter((candidate) => corroborated(candidate, context, index));
        if (confirmed.length > 0) pool = [...candidates, ...confirmed];
      }
      if (pool.length === 0) {
        if (hit.weak !== null) readContext = true;
        continue;
      }
      if (hit.contextual) {
        readContext = true;
        resolution = resolveCandidates(pool, tokens, index, hit.last, context);
      } else {
        if (hit.settled === undefined) {
          context.consulted = false;
          const settled = resolveCandidates(pool, tokens, index, hit.last, context);
          // A resolution that read the document (a tie broken by context) may differ in the second pass.
          if (context.consulted) {
            readContext = true;
            resolution = settled;
          } else {
            hit.settled = settled;
            resolution = settled;
          }
        } else resolution = hit.settled;
      }
      if (!resolution) continue;
      const kind = pool.find((candidate) => candidate.entity === resolution.entity)!.kind;
      // "the state of Wisconsin", "Maryland state law": the state's forms with "state" tell it from a city or a
      // country of its name, but the mention is the name.
      let [first, last] = [index, hit.last];
      if (resolution.entity.tags.includes('us-state') && last > first) {
        if (tokens[first]!.folded === 'state' && tokens[first + 1]?.folded === 'of') first += 2;
        else if (tokens[last]!.folded === 'state') last -= 1;
      }
      matched = {
        first,
        last,
        entity: resolution.entity,
        kind,
        confidence: resolution.confidence,
        rule: resolution.rule,
      };
      matchedEnd = hit.last;
      break;
    }
    if (matched) {
      matches.push(matched);
      index = matchedEnd + 1;
    } else index += 1;
  }
  return { matches, readContext };
}

/** The folded words of the document, built on first use (only the Georgia rule reads them) and shared by both passes. */
class LazyWords {
  private words: Set<string> | null = null;
  private personSurnames: Set<string> | null = null;
  constructor(private readonly tokens: readonly Token[]) {}
  surnames(): ReadonlySet<string> {
    this.personSurnames ??= personSurnamesOf(this.tokens);
    return this.personSurnames;
  }
  get(): ReadonlySet<string> {
    if (this.words === null) {
      this.words = new Set();
      for (const token of this.tokens) this.words.add(token.folded);
    }
    return this.words;
  }
}

/** What the disambiguation rules read; a class, so the lazy `words` is a prototype getter and not a per-object accessor. */
class Context implements DocumentContext {
  readonly countries = new Set<string>();
  readonly usStates = new Set<string>();
  readonly establishedPorts = new Set<string>();
  readonly keys = new Set<string>();
  readonly longestMention = new Map<string, number>();
  readonly countryWeights = new Map<string, number>();
  consulted = false;
  constructor(
    readonly tokens: readonly Token[],
    matches: readonly GazetteerMatch[],
    private readonly lazyWords: LazyWords,
    readonly publishedAt: number | null,
    private readonly officials: Gazetteer['officialsBySurname'],
  ) {
    for (const match of matches) {
      const entity = match.entity;
      if (entity.type === 'country' && entity.isoAlpha2) this.countries.add(entity.isoAlpha2);
      if (entity.tags.includes('us-state')) this.usStates.add(entity.key);
      if (match.rule === 'port-explicit') this.establishedPorts.add(entity.key);
      this.keys.add(entity.key);
      const length = match.last - match.first + 1;
      if (length > (this.longestMention.get(entity.key) ?? 0)) this.longestMention.set(entity.key, length);
      const country = entity.type === 'country' ? entity.isoAlpha2 : entity.countryIso2;
      if (country !== null) this.countryWeights.set(country, (this.countryWeights.get(country) ?? 0) + 1);
    }
  }
  get words(): ReadonlySet<string> {
    return this.lazyWords.get();
  }
  get personSurnames(): ReadonlySet<string> {
    return this.lazyWords.surnames();
  }
  inOffice(entity: GazetteerEntity): boolean {
    const at = this.publishedAt;
    if (at === null || entity.type !== 'person') return false;
    const surname = tokenize(entity.name).at(-1)?.folded ?? '';
    return (this.officials.get(surname) ?? []).some(
      (official) =>
        official.entity.key === entity.key &&
        official.offices.some((office) => office.from - OFFICE_WINDOW_MS <= at && at <= office.to + OFFICE_WINDOW_MS),
    );
  }
}

/** Particles of an Arabic patronymic: "bin Said", "ibn Saud", "bint Talal". */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/** Countries whose people go by their given name ("Thaksin" of Thaksin Shinawatra, "Katrín" of Katrín Jakobsdóttir). */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['TH', 'IS']);

/**
 * Pass 2: surnames of the people matched in full, linked where they stand alone — written with or without the name's
 * accents ("Brudzinski" after "Joachim Brudziński"). Where several people of the document share the surname, it is the
 * story's person: the one named in full first and more often than each other ("Pranab Mukherjee" three times, his son
 * "Abhijit Mukherjee" once); a tie leaves it.
 */
function surnameMentions(
  tokens: readonly Token[],
  matches: readonly GazetteerMatch[],
  taken: Uint8Array,
): GazetteerMatch[] {
  const bySurname = new Map<string, { text: string; people: Map<GazetteerEntity, number> }>();
  for (const match of [...matches].sort((a, b) => a.first - b.first)) {
    if (match.entity.type !== 'person') continue;
    const words = tokenize(match.entity.name);
    // A name with a patronymic goes by its given name alone ("Qaboos" of "Qaboos bin Said Al Said"), as well as by
    // its last word; so does a Thai or an Icelandic name.
    const patronymic =
      words.some((word, index) => index > 0 && PATRONYMIC_PARTICLES.has(word.folded)) ||
      (words.length > 1 && GIVEN_NAME_COUNTRIES.has(match.entity.countryIso2 ?? ''));
    // The surname as the text writes it too: "Poehl" after "Karl Otto Poehl" (the data's "Pöhl").
    const written = tokens[match.last];
    const asWritten = written && written.folded !== words.at(-1)?.folded && startsUpper(written.text) ? [written] : [];
    for (const surname of [words.at(-1), ...asWritten, ...(patronymic ? [words[0]] : [])]) {
      if (!surname || surname.text.length < 3) continue;
      const entry = bySurname.get(surname.folded) ?? { text: surname.text, people: new Map() };
      entry.people.set(match.entity, (entry.people.get(match.entity) ?? 0) + 1);
      bySurname.set(surname.folded, entry);
    }
  }
  const found: GazetteerMatch[] = [];
  if (bySurname.size === 0) return found;
  const storyPerson = (people: ReadonlyMap<GazetteerEntity, number>): GazetteerEntity | null => {
    const [first, ...others] = [...people];
    if (!first) return null;
    return others.every(([, count]) => count < first[1]) ? first[0] : null;
  };
  tokens.forEach((token, index) => {
    // Every surname has at least 3 units: shorter tokens (punctuation, articles) are not looked up.
    if (token.text.length < 3 || taken[index] === 1) return;
    const entry = bySurname.get(token.folded);
    // As written, or capitalised without the accents: "may" is not Theresa May.
    if (!entry || (token.text !== entry.text && !startsUpper(token.text))) return;
    const person = storyPerson(entry.people);
    if (person === null) return;
    // "Perez de Cuellar said" of "Javier Pérez de Cuéllar": the words before the surname that the name has before it,
    // from a particle on, are the surname too.
    const nameWords = tokenize(person.name).map((word) => word.folded);
    let first = index;
    if (token.folded === nameWords.at(-1))
      for (let at = nameWords.length - 2; at >= 1 && first > 0; at -= 1) {
        const previous = tokens[first - 1]!;
        if (tokens[first]!.breakBefore || taken[first - 1] === 1 || previous.folded !== nameWords[at]) break;
        if (first === index && !NAME_PARTICLES.has(previous.folded)) break;
        first -= 1;
      }
    // "Ruth Elma Cummings", "Robert Cummings Sr." beside Elijah Cummings: a relative, not him.
    if (inLongerName(tokens, first, index)) return;
    found.push({
      first,
      last: index,
      entity: person,
      kind: 'name',
      confidence: 0.75,
      rule: 'surname-coreference',
    });
  });
  return found;
}

/**
 * Pass 2b, with a publication date: a capitalised word standing alone (not inside a longer capitalised name) that is
 * the surname of an office holder in office at that date (± OFFICE_WINDOW_MS) links to them, when exactly one person
 * of that surname was in office in the document's countries (the countries it names, or the countries of the places
 * and people it names, and their predecessors or successors). A document naming none of their countries needs a
 * title right before the surname ("Prime Minister Nakasone") and one such office holder in the whole data.
 */
function officialMentions(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  matches: readonly GazetteerMatch[],
  taken: Uint8Array,
  publishedAt: number,
): GazetteerMatch[] {
  const found: GazetteerMatch[] = [];
  if (gazetteer.officialsBySurname.size === 0) return found;
  let countries: Set<string> | null = null;
  const documentCountries = () => {
    if (countries !== null) return countries;
    countries = new Set();
    for (const match of matches) {
      const entity = match.entity;
      if (entity.type === 'country') countries.add(entity.key);
      else if (entity.countryIso2) countries.add(`country:${entity.countryIso2}`);
    }
    for (const key of [...countries])
      for (const related of gazetteer.relatedCountries.get(key) ?? []) countries.add(related);
    return countries;
  };
  // Both scans below look for one word, and only for the few capitalised words that are surnames of office holders.
  const lowercaseSeen = new Map<string, boolean>();
  const writtenLowercase = (folded: string) => {
    let seen = lowercaseSeen.get(folded);
    if (seen === undefined) {
      seen = tokens.some((word) => word.folded === folded && !startsUpper(word.text));
      lowercaseSeen.set(folded, seen);
    }
    return seen;
  };
  const officeCurrent = (office: Official['offices'][number]) =>
    office.from - OFFICE_WINDOW_MS <= publishedAt && publishedAt <= office.to + OFFICE_WINDOW_MS;
  const inOffice = (official: Official) => official.offices.some(officeCurrent);
  // The capitalised words written right before each surname anywhere in the document: "Michael Cohen" there means a
  // later "Cohen" is Michael Cohen, not an office holder Jonathan Cohen.
  const givenNames = new Map<string, Set<string>>();
  const givenNamesBefore = (surname: string) => {
    let given = givenNames.get(surname);
    if (given === undefined) {
      given = new Set();
      for (let index = 1; index < tokens.length; index += 1) {
        const token = tokens[index]!;
        if (token.folded !== surname || token.breakBefore) continue;
        const before = tokens[index - 1]!;
        if (!startsUpper(before.text) || TITLES.has(before.folded) || SENTENCE_OPENERS.has(before.folded)) continue;
        given.add(before.folded);
      }
      givenNames.set(surname, given);
    }
    return given;
  };
  const namedOtherwise = (official: Official, surname: string) => {
    const given = givenNamesBefore(surname);
    for (const word of given) if (!official.nameWords.has(word)) return true;
    return false;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (taken[index] === 1 || token.text.length < 3 || !startsUpper(token.text)) continue;
    // The longest surname first: "López Obrador" before "Obrador".
    const next = tokens[index + 1];
    const twoWords =
      next !== undefined &&
      !next.breakBefore &&
      taken[index + 1] !== 1 &&
      startsUpper(next.text) &&
      gazetteer.officialSurnameFirstWords.has(token.folded)
        ? gazetteer.officialsBySurname.get(`${token.folded} ${next.folded}`)
        : undefined;
    const last = twoWords ? index + 1 : index;
    const officials = twoWords ?? gazetteer.officialsBySurname.get(token.folded);
    if (!officials) continue;
    // Part of a longer capitalised name ("Shintaro Abe", "Abe Lincoln") unless what precedes is a title.
    const before = tokens[index - 1];
    const after = tokens[last + 1];
    // "President Reagan", "el presidente Reagan": a title in either case — but not initials in capitals ("MS The
    // results suggest": an interview's speaker, not "Ms").
    // "Mr. Kohl", "Gen. Zia": the title may carry a full stop.
    const dotted = before?.text === '.' && !token.breakBefore && !before.breakBefore ? tokens[index - 2] : undefined;
    const title = dotted ?? before;
    const titled =
      title !== undefined &&
      !token.breakBefore &&
      TITLES.has(title.folded) &&
      !(title.text.length <= 3 && /^\p{Lu}{2,}$/u.test(title.text) && /\p{Ll}/u.test(token.text));
    // "Mrs. Potts" in a list of costumes: an honorific says a person, not which member or minister of that surname.
    const honorific = titled && HONORIFICS.has(title.folded);
    // An article or a conjunction is nobody's surname, though one without its accents may read so ("The" of "Thể").
    if (SENTENCE_OPENERS.has(token.folded) || inLongerName(tokens, index, last)) continue;
    // "The Bush administration", "the Thatcher government": a government named after its leader is not the person.
    if (after && !after.breakBefore && GOVERNMENT_NOUNS.has(after.folded)) continue;
    // The cheap test first: most capitalised words are nobody's surname in office at the date.
    if (!officials.some(inOffice)) continue;
    // A surname that is also a word ("May", "Key", "Bush" where the text has "bush") needs a title: "Prime Minister May".
    if (!titled && (isCommonWord(token.text) || writtenLowercase(token.folded))) continue;
    // Hundreds of members of Congress and ministers beyond the tracked offices sit at any date: a bare surname is
    // one of them only after a title ("Senator Schumer", "Speaker Pelosi", "Minister Parrikar"; "Houthi" alone is the
    // movement, not a Yemeni minister); named in full earlier, the coreference pass links it already. The offices held
    // at the date count: a member of the Diet in 1987 who was foreign minister in 2008 needs a title in 1987.
    const serving = officials.filter(
      (official) =>
        inOffice(official) &&
        !namedOtherwise(official, tokens[last]!.folded) &&
        ((titled && !honorific) ||
          official.offices.some((office) => officeCurrent(office) && !TITLE_ONLY_CATEGORIES.has(office.category))),
    );
    if (serving.length === 0) continue;
    const local = serving.filter((official) =>
      official.offices.some((office) => office.countryKey !== null && documentCountries().has(office.countryKey)),
    );
    // Named in no country of theirs, only an office's title says who ("Prime Minister Nakasone"), not "Mr.".
    let chosen = local.length > 0 ? local : titled && !honorific ? serving : [];
    // "Prime Minister Nakasone" in 1987: the head of government, not his son in the upper house. Of several holders
    // of the surname, the one in an office the data tracks (beyond seats and ministries) is the one news names so.
    if (new Set(chosen.map((official) => official.entity)).size > 1) {
      const tracked = chosen.filter((official) =>
        official.offices.some((office) => officeCurrent(office) && !TITLE_ONLY_CATEGORIES.has(office.category)),
      );
      if (new Set(tracked.map((official) => official.entity)).size === 1) chosen = tracked;
    }
    if (new Set(chosen.map((official) => official.entity)).size !== 1) continue;
    found.push({
      first: index,
      last,
      entity: chosen[0]!.entity,
      kind: 'name',
      confidence: local.length > 0 ? 0.8 : 0.75,
      rule: 'official-in-office',
    });
    taken.fill(1, index, last + 1);
  }
  return found;
}

/**
 * Whether the capitalised word(s) at [first, last] belong to a longer name: a capitalised word before them that is
 * not a title or a sentence opener ("Shintaro Abe"), an initial ("John F. Kennedy"), a capitalised word joined by a
 * hyphen or dash ("the Saffir–Simpson scale"), or a capitalised word after them ("Abe Lincoln").
 */
function inLongerName(tokens: readonly Token[], first: number, last: number): boolean {
  const token = tokens[first]!;
  const before = tokens[first - 1];
  if (before && !token.breakBefore) {
    const previous = tokens[first - 2];
    // "Former Trump adviser Paul Manafort": a describing word capitalised only because it opens the sentence or the
    // headline is not a given name (an ordinary word may be one: "Hunter Biden").
    const opener =
      SENTENCE_OPENERS.has(before.folded) ||
      (opensSentence(tokens, first - 1) && DESCRIBING_OPENERS.has(before.folded));
    if (startsUpper(before.text) && !TITLES.has(before.folded) && !opener) return true;
    const joined = previous !== undefined && !before.breakBefore && previous.end === before.start;
    if (joined && before.start === previous.end && before.end === token.start && /^[-‐‑–—]$/u.test(before.text)) {
      if (startsUpper(previous.text)) return true;
      // "Ali al-Khalifa al-Sabah": a family particle after another name's word is that name's, not the surname alone.
      const name = tokens[first - 3];
      // ("Later al-Sisi spoke": a word opening the sentence is no name).
      if (
        FAMILY_PARTICLES.has(previous.folded) &&
        name &&
        !previous.breakBefore &&
        startsUpper(name.text) &&
        !opensSentence(tokens, first - 3)
      )
        return true;
    }
    // "F." in "John F. Kennedy": an initial and its full stop.
    if (joined && before.text === '.' && /^\p{Lu}$/u.test(previous.text)) return true;
  }
  const after = tokens[last + 1];
  return after !== undefined && !after.breakBefore && startsUpper(after.text) && /^\p{L}/u.test(after.text);
}

/** Offices whose holders a bare surname names only after a title (officialMentions). */
const TITLE_ONLY_CATEGORIES: ReadonlySet<RoleCategory | null> = new Set(['legislator', 'minister']);

/** Nouns that make a surname before them the name of a government or an era rather than a mention of the person. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  'administration',
  'government',
  'cabinet',
  'era',
  'years',
  'doctrine',
  'regime',
  'presidency',
  'camp',
  'campaign',
]);

/** Words that describe a person before the surname, capitalised when they open a sentence: "Former Trump adviser". */
const DESCRIBING_OPENERS: ReadonlySet<string> = new Set(
  'former late then outgoing incumbent ousted embattled jailed exiled deposed disgraced veteran rival fellow both only even also meanwhile however today yesterday now later ex expresidente exministro'.split(
    ' ',
  ),
);

/** Capitalised only because they open a sentence or a headline: not a given name before a surname. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'when',
  'after',
  'before',
  'as',
  'if',
  'while',
  'since',
  'in',
  'on',
  'at',
  'for',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'pero',
  'y',
  'cuando',
  'tras',
  'según',
  'segun',
  'para',
  'en',
]);

function mostNamedCountry(matches: readonly GazetteerMatch[]): string | null {
  const counts = new Map<string, number>();
  for (const match of matches) {
    if (match.entity.type === 'country' && match.entity.isoAlpha2)
      counts.set(match.entity.isoAlpha2!, (counts.get(match.entity.isoAlpha2!) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const LOWER = /^\p{Ll}/u;

function startsLower(text: string): boolean {
  const unit = text.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  return LOWER.test(text);
}

/**
 * The sentences where an NER proposal could survive. A proposal starts with a capital and must not overlap what the
 * gazetteer and the patterns found, so a sentence is worth tagging only when it has a capitalised word outside every
 * selected span — not counting its first word when the document also writes that word in lowercase ("The", "El",
 * "But": capitalised only because they open the sentence). The others are never shown to compromise.
 */
function nerCandidateSentences(
  body: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  lowercase: ReadonlySet<string>,
): TextRange[] {
  const candidates: TextRange[] = [];
  let next = 0;
  for (const sentence of sentenceRanges(body)) {
    while (next < tokens.length && tokens[next]!.end <= sentence.start) next += 1;
    let first = true;
    for (let index = next; index < tokens.length && tokens[index]!.start < sentence.end; index += 1) {
      const token = tokens[index]!;
      if ((classAt(token.text, 0) & 7) !== WORD) continue;
      const opensSentence = first;
      first = false;
      if (!startsUpper(token.text) || covered[token.start] === 1) continue;
      if (opensSentence && lowercase.has(token.folded)) continue;
      candidates.push(sentence);
      break;
    }
  }
  return candidates;
}

/**
 * Whether a proposal's whole span is the name of a known country or place, which the linker read and did not link
 * there: "US" in "US dollars", "Nevada" in "the Nevada Independent", "America" at a sentence's start. Proposing it
 * would file a second United States in the review queue. A name shared with a harbour ("Carroll", "Johnson", "NASA"),
 * an organisation of another country ("House of Representatives") or a person is left to NER: those stay open.
 */
/**
 * The one reference person a proposed name is once its middle initials are left out: "Viktor F. Yanukovych", "George
 * W. Bush" where the reference data has "Viktor Yanukovych". The name without them must be a whole alias of a person.
 */
function personWithoutInitials(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  tokenAt: ReadonlyMap<number, number>,
  proposal: { start: number; end: number },
  publishedAt: number | null,
): GazetteerEntity | null {
  const first = tokenAt.get(proposal.start);
  if (first === undefined) return null;
  const words: Token[] = [];
  let initials = 0;
  for (let index = first; index < tokens.length && tokens[index]!.end <= proposal.end; index += 1) {
    const token = tokens[index]!;
    const initial = index > first && /^\p{Lu}\.?$/u.test(token.text);
    if (initial) initials += 1;
    else if (token.text !== '.') words.push(token);
  }
  if (initials === 0 || words.length < 2) return null;
  let node: { children: ReadonlyMap<string, unknown>; candidates: readonly Candidate[] } | undefined = gazetteer.root;
  for (const word of words) {
    node = node.children.get(word.folded) as typeof node;
    if (!node) return null;
  }
  const people = new Map(
    node.candidates
      .filter((candidate) => candidate.entity.type === 'person')
      .map((candidate) => [candidate.entity.key, candidate.entity]),
  );
  if (people.size === 1) return [...people.values()][0]!;
  // Namesakes (a president and his son in parliament): the one in office on the publication day, if only one is.
  if (publishedAt === null) return null;
  const inOffice = (gazetteer.officialsBySurname.get(words.at(-1)!.folded) ?? []).filter(
    (official) =>
      people.has(official.entity.key) &&
      official.offices.some((office) => office.from <= publishedAt && publishedAt <= office.to),
  );
  return new Set(inOffice.map((official) => official.entity.key)).size === 1 ? inOffice[0]!.entity : null;
}

function namesKnownEntity(
  hits: readonly (Hit[] | null)[],
  tokens: readonly Token[],
  tokenAt: ReadonlyMap<number, number>,
  proposal: { start: number; end: number; name: string; rule: string },
  body: string,
): boolean {
  // "Warren" resolved to "Elizabeth Warren" by the document is her, whatever else is called Warren; a title says a
  // person is meant ("Minister Lima said").
  if (proposal.name !== body.slice(proposal.start, proposal.end)) return false;
  if (proposal.rule === 'ner-person-title' || proposal.rule === 'ner-person-honorific') return false;
  const first = tokenAt.get(proposal.start);
  if (first === undefined) return false;
  // The name itself, or a known name that holds it ("Salvador" of "El Salvador", read and declined in "Ministerio de
  // Salud de El Salvador").
  for (let start = first; start >= Math.max(0, first - 2); start -= 1) {
    if (start < first && tokens[start + 1]!.breakBefore) break;
    for (const hit of hits[start] ?? []) {
      if (tokens[hit.last]!.end < proposal.end || (start === first && tokens[hit.last]!.end !== proposal.end)) continue;
      const candidates = hit.weak === null ? hit.candidates : [...hit.candidates, ...hit.weak];
      if (candidates.some((candidate) => candidate.entity.type === 'country' || candidate.entity.type === 'place'))
        return true;
    }
  }
  return false;
}

/**
 * A name folded for comparison: case, accents, hyphens, connectors ("Fondo de Población de [las] Naciones Unidas")
 * and British/American "-isation" aside.
 */
function comparable(name: string): string {
  return foldToken(name)
    .replace(/[-‐–]/gu, ' ')
    .replace(/isation/gu, 'ization')
    .split(/\s+/u)
    .filter((word) => word.length > 0 && !CONNECTORS.has(word))
    .join(' ');
}

/**
 * The spans with the text's own abbreviations applied (step 6 of the header). Per definition "Long Form (SHORT)":
 * where a span covers the long form, every standalone SHORT of the document names that span's entity (a known one it
 * was linked to under another entity's abbreviation, or none, becomes it); where nothing does, a reference entity
 * linked under SHORT whose names do not include the long form is dropped there — the text said what SHORT means.
 */
function applyDefinitions(
  spans: readonly Span[],
  definitions: readonly AbbreviationDefinition[],
  tokens: readonly Token[],
  body: string,
  gazetteer: Gazetteer,
): Span[] {
  let result = [...spans];
  for (const definition of definitions) {
    // The long form named whole: "Naciones Unidas" is not what "Fondo de Población de Naciones Unidas (FPNU)" defines.
    let long = result.find((span) => span.start === definition.start && span.end === definition.end);
    // A long form nothing named whole, ending with a body's or a place's designator ("the Syrian Democratic Forces
    // (SDF)"), is proposed: its abbreviation says it is one name, so the names inside it are not mentions of their own.
    const type = long === undefined ? designatedType(body.slice(definition.start, definition.end)) : null;
    const overlapping = result.filter((span) => span.start < definition.end && definition.start < span.end);
    if (type !== null && overlapping.every((span) => span.start >= definition.start && span.end <= definition.end)) {
      long = {
        start: definition.start,
        end: definition.end,
        method: 'ner',
        confidence: CUE.designatedOrganization,
        entity: {
          status: 'proposed',
          type,
          name: body.slice(definition.start, definition.end),
          countryIso2Hint: null,
          confidence: 0,
        },
        rule: 'defined-abbreviation',
      };
      result = [...result.filter((span) => !overlapping.includes(span)), long];
    }
    const longForm = comparable(body.slice(definition.start, definition.end));
    const names = (entity: LinkedEntity) => {
      if (entity.status !== 'known') return false;
      const reference = gazetteer.byKey.get(entity.key);
      return [entity.name, ...(reference?.aliases.map((alias) => alias.name) ?? [])].some(
        (name) => comparable(name) === longForm,
      );
    };
    for (const token of tokens) {
      if (token.text !== definition.short) continue;
      const at = result.findIndex((span) => span.start < token.end && token.start < span.end);
      const current = at === -1 ? undefined : result[at]!;
      // Inside a longer span ("UN General Assembly"), the longer name stands.
      if (current !== undefined && (current.start !== token.start || current.end !== token.end)) continue;
      if (long !== undefined) {
        if (current !== undefined && sameEntity(current.entity, long.entity)) continue;
        const span: Span = {
          start: token.start,
          end: token.end,
          method: long.method,
          confidence: long.confidence,
          entity: long.entity,
          rule: 'defined-abbreviation',
          ...(long.entity.status === 'known' ? { aliasKind: 'abbreviation' as const } : {}),
        };
        result =
          current === undefined ? [...result, span] : result.map((other, index) => (index === at ? span : other));
      } else if (
        current !== undefined &&
        ((current.entity.status === 'known' && !names(current.entity)) || current.entity.status === 'proposed')
      )
        // The text said what the letters mean, and it is no body: neither a reference entity of those letters nor a
        // body NER guessed from them ("AIS" of "the Automatic Identification System (AIS)").
        result = result.filter((_, index) => index !== at);
    }
  }
  return result;
}

/**
 * What a leader's name before it makes a government: "the Trump administration". Not "government": "the Boluarte
 * government" reads as the person's as often (the fixture's and a dev story's annotations), "the Trump administration"
 * as the body.
 */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['administration']);

/**
 * A government named after its leader is one organisation, named as written, and the leader's name inside it is no
 * mention of the person: "the Trump administration's affairs" (the annotation guidelines' rule); "a Jorgensen
 * administration" is one that does not exist, the person's. The possessive ("Trump's administration") stays the person's; Spanish writes the leader after the word ("el
 * gobierno de Zapatero") and is left alone.
 */
function governmentsOfLeaders(spans: Span[], tokens: readonly Token[], body: string): Span[] {
  return spans.map((span) => {
    if (
      span.entity.type !== 'person' ||
      body[span.end] !== ' ' ||
      !/\bthe $/iu.test(body.slice(span.start - 4, span.start))
    )
      return span;
    const next = tokens.find((token) => token.start === span.end + 1);
    if (next === undefined || !GOVERNMENT_WORDS.has(next.text)) return span;
    return {
      start: span.start,
      end: next.end,
      method: 'ner',
      confidence: CUE.designatedOrganization,
      entity: {
        status: 'proposed',
        type: 'organization',
        name: body.slice(span.start, next.end),
        countryIso2Hint: null,
        confidence: 0,
      },
      rule: 'government-of-leader',
    };
  });
}

/** The last words of a law's or a treaty's name: "the Digital Millennium Copyright Act (DMCA)". */
const INSTRUMENT_WORDS: ReadonlySet<string> = new Set(
  'act treaty agreement accord accords convention protocol charter directive regulation ley tratado acuerdo convencion protocolo'.split(
    ' ',
  ),
);

/**
 * A place by the designator its name ends with ("Airport"), a law or a treaty by its last word ("Act"), an
 * organisation by one of its words ("Forces", "National Institute for Communicable Diseases"), or null ("Automatic
 * Identification System").
 */
function designatedType(name: string): 'organization' | 'place' | 'legal_instrument' | null {
  const words = name.split(/\s+/u).map((word) => foldToken(word));
  if (PLACE_DESIGNATORS.has(words.at(-1)!)) return 'place';
  if (INSTRUMENT_WORDS.has(words.at(-1)!)) return 'legal_instrument';
  return words.some((word) => ORGANIZATION_DESIGNATORS.has(word) && !PLACE_DESIGNATORS.has(word))
    ? 'organization'
    : null;
}

function sameEntity(a: LinkedEntity, b: LinkedEntity): boolean {
  if (a.status === 'known') return b.status === 'known' && a.key === b.key;
  return b.status === 'proposed' && a.type === b.type && a.name === b.name;
}

/** The confidence of each proposed name in the document (noisy-OR of its mentions); those below `min` are dropped. */
function scoreProposals(spans: Span[], min: number): Span[] {
  const miss = new Map<string, number>();
  const keyOf = (entity: Extract<LinkedEntity, { status: 'proposed' }>) =>
    `${entity.type}:${entity.name.toLowerCase()}`;
  for (const span of spans)
    if (span.entity.status === 'proposed') {
      const key = keyOf(span.entity);
      miss.set(key, (miss.get(key) ?? 1) * (1 - span.confidence));
    }
  return spans.filter((span) => {
    if (span.entity.status !== 'proposed') return true;
    span.entity.confidence = 1 - miss.get(keyOf(span.entity))!;
    return span.entity.confidence >= min;
  });
}

export interface Linker {
  link(body: string, options?: LinkOptions): LinkedMention[];
  /** The countries the known entities of these mentions imply (see hierarchy.ts), on `at` when it is known. */
  inferCountries(mentions: readonly LinkedMention[], at?: Date | null): InferredEntity[];
}

function publicationTime(value: LinkOptions['publishedAt']): number | null {
  if (value === null || value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

const STRONG_HARBOURS = new Set(['Large', 'Medium']);

export function createLinker(gazetteer: Gazetteer): Linker {
  return {
    inferCountries(mentions, at) {
      // A port linked only because shipping words stand nearby is a guess — "China", "On" and "Java" became small
      // ports that way in dev stories — so its country is inferred only for a large or medium harbour (World Port
      // Index: Rotterdam, Callao); "the port of X" and its later mentions always count.
      const weakPort = (mention: LinkedMention) =>
        mention.rule === 'port-shipping-words' &&
        mention.entity.status === 'known' &&
        !STRONG_HARBOURS.has(gazetteer.byKey.get(mention.entity.key)?.harbourSize ?? '');
      const knownMentions = mentions.flatMap((mention) =>
        mention.entity.status === 'known' && !weakPort(mention)
          ? [
              {
                key: mention.entity.key,
                isCountry: mention.entity.type === 'country',
                demonym: mention.aliasKind === 'demonym',
              },
            ]
          : [],
      );
      return inferCountries(knownMentions, gazetteer.hierarchy, at).flatMap((inference) => {
        const country = gazetteer.byKey.get(inference.key);
        if (!country) return [];
        const evidence = inference.evidence.flatMap((key) => {
          const entity = gazetteer.byKey.get(key);
          return entity ? [known(entity)] : [];
        });
        return [{ entity: known(country), rule: inference.rule, evidence }];
      });
    },
    link(body, options = {}) {
      const language = options.language ?? null;
      const tokens = options.tokens ?? tokenize(body);
      const publishedAt = publicationTime(options.publishedAt);
      const flags = options.tokenFlags ?? caseModesByLine(tokens);
      const hits = findHits(gazetteer, tokens, language, publishedAt, flags);
      const words = new LazyWords(tokens);
      const input: LongerNameInput = {
        tokens,
        flags,
        mask: languageMask(language),
        startsKnownName: (index) => startsKnownName(hits, index),
        startsAnyName: (index) => hits[index] != null,
      };
      const draft = matchGazetteer(
        hits,
        tokens,
        new Context(tokens, [], words, publishedAt, gazetteer.officialsBySurname),
        input,
      );
      // The second pass only changes what read the context; without such a resolution it would repeat the first.
      const { matches } = draft.readContext
        ? matchGazetteer(
            hits,
            tokens,
            new Context(tokens, draft.matches, words, publishedAt, gazetteer.officialsBySurname),
            input,
          )
        : draft;

      const taken = new Uint8Array(tokens.length);
      for (const match of matches) taken.fill(1, match.first, match.last + 1);
      const coreferent = surnameMentions(tokens, matches, taken);
      for (const match of coreferent) taken[match.first] = 1;
      const officials = publishedAt === null ? [] : officialMentions(gazetteer, tokens, matches, taken, publishedAt);
      matches.push(...coreferent, ...officials);

      const spans: Span[] = matches.map((match) => ({
        start: tokens[personNameStart(tokens, match)]!.start,
        end: tokens[match.last]!.end,
        method: 'gazetteer',
        confidence: match.confidence,
        entity: known(match.entity),
        rule: match.rule,
        aliasKind: match.kind,
      }));

      /** Mentions of the matches that pass, as the patterns read them, each with the country it stands for. */
      const mentionsOf = (passes: (match: GazetteerMatch) => boolean, iso2: (match: GazetteerMatch) => string) =>
        matches.filter(passes).map(
          (match): CountryMention => ({
            first: match.first,
            last: match.last,
            iso2: iso2(match),
            isDemonym: match.kind === 'demonym',
            name: match.entity.name,
          }),
        );
      const countryMentions = mentionsOf(
        (match) => match.entity.type === 'country' && match.entity.isoAlpha2 !== null,
        (match) => match.entity.isoAlpha2!,
      );
      const stateMentions = mentionsOf(
        (match) => match.entity.tags.includes('us-state'),
        () => 'US',
      );
      const hint = mostNamedCountry(matches);
      for (const pattern of [
        ...institutionSpans(tokens, body, countryMentions),
        ...stateInstitutionSpans(tokens, body, stateMentions),
        ...electionSpans(tokens, countryMentions, stateMentions),
        ...standaloneInstitutionSpans(tokens, body, hint),
      ]) {
        spans.push({
          start: tokens[pattern.start]!.start,
          end: tokens[pattern.end]!.end,
          method: 'ner',
          confidence: 0.6,
          entity: {
            status: 'proposed',
            type: pattern.type,
            name: pattern.name,
            countryIso2Hint: pattern.countryIso2Hint,
            confidence: 0,
          },
          rule: pattern.rule,
        });
      }
      for (const act of legalActSpans(body)) {
        spans.push({
          start: act.start,
          end: act.end,
          method: 'ner',
          confidence: 0.7,
          entity: {
            status: 'proposed',
            type: 'legal_instrument',
            name: act.name,
            countryIso2Hint: hint,
            confidence: 0,
          },
          rule: 'legal-act',
        });
      }

      // Longest first; at equal length a known entity beats a proposal.
      const selected: Span[] = [];
      const ordered = [...spans].sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          (a.method === b.method ? a.start - b.start : a.method === 'gazetteer' ? -1 : 1),
      );
      const overlaps = (span: Span) => selected.some((other) => other.start < span.end && span.start < other.end);
      for (const span of ordered) if (!overlaps(span)) selected.push(span);

      if (options.ner ?? true) {
        const covered = new Uint8Array(body.length);
        for (const span of selected) covered.fill(1, span.start, span.end);
        const lowercaseWords = new Set<string>();
        for (const token of tokens) if (startsLower(token.text)) lowercaseWords.add(token.folded);
        // Only the body is read for proposals (fields.ts passes its range): a title or dateline proposes nothing.
        const range = options.nerRange;
        const sentences = nerCandidateSentences(body, tokens, covered, lowercaseWords).filter(
          (sentence) => range === undefined || (sentence.start >= range.start && sentence.end <= range.end),
        );
        // People the gazetteer found: their first names alone ("Jacques" after "Jacques Chirac") are no one new.
        const knownGivenNames = new Set<string>();
        for (const span of selected)
          if (span.entity.status === 'known' && span.entity.type === 'person') {
            const words = tokenize(body.slice(span.start, span.end));
            if (words.length > 1) knownGivenNames.add(words[0]!.folded);
          }
        const tokenAt = new Map<number, number>();
        for (let index = 0; index < tokens.length; index += 1) tokenAt.set(tokens[index]!.start, index);
        for (const ner of proposeNames({
          body,
          tokens,
          sentences,
          covered,
          lowercaseWords,
          knownGivenNames,
          demonyms: gazetteer.demonyms,
        })) {
          if (namesKnownEntity(hits, tokens, tokenAt, ner, body)) continue;
          const reference =
            ner.type === 'person' ? personWithoutInitials(gazetteer, tokens, tokenAt, ner, publishedAt) : null;
          if (reference) {
            const span: Span = {
              start: ner.start,
              end: ner.end,
              method: 'gazetteer',
              confidence: 0.9,
              entity: known(reference),
              rule: 'name-without-initials',
            };
            if (!overlaps(span)) selected.push(span);
            continue;
          }
          const span: Span = {
            start: ner.start,
            end: ner.end,
            method: 'ner',
            confidence: ner.confidence,
            entity: { status: 'proposed', type: ner.type, name: ner.name, countryIso2Hint: null, confidence: 0 },
            rule: ner.rule,
          };
          if (!overlaps(span)) selected.push(span);
        }
        if (range !== undefined && range.start > 0)
          for (const span of namesAgainBeforeBody(selected, body, range.start))
            if (!overlaps(span)) selected.push(span);
      }

      const governments = governmentsOfLeaders(selected, tokens, body);
      const definitions = abbreviationDefinitions(tokens);
      const resolved =
        definitions.length === 0 ? governments : applyDefinitions(governments, definitions, tokens, body, gazetteer);
      const kept = scoreProposals(resolved, options.minProposalConfidence ?? DEFAULT_MIN_PROPOSAL_CONFIDENCE);
      const toCodePoints = codePointIndexer(body);
      return kept
        .sort((a, b) => a.start - b.start)
        .map((span) => ({
          start: toCodePoints(span.start),
          end: toCodePoints(span.end),
          surface: body.slice(span.start, span.end),
          method: span.method,
          confidence: span.confidence,
          entity: span.entity,
          rule: span.rule,
          ...(span.aliasKind ? { aliasKind: span.aliasKind } : {}),
        }));
    },
  };
}
