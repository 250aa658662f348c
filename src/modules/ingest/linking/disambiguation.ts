// Context rules that choose between the entities an alias may name, or reject them all. Each rule is small, reads
// only the tokens around a match (or the document's other matches) and says why in its comment. The rule set:
//
// 1. Ports need port context. Most ports are named after their town ("Callao", "Lima" is even a UN/LOCODE port), so
//    a port is linked only when the text says it is one: "port of X", "puerto de X", "X port/harbour/terminal/
//    megaport", or a shipping word (berths, ships, vessels, cargo, docks, megaport…) near it; once a port is so
//    established, its other mentions in the document are the port too (one sense per discourse). Several ports of
//    one name (seven Portlands) are told apart by the countries the document names, then by harbour size.
// 2. Places and countries are not people: a place name right after a title ("Mr.", "Gen.", "President", "señor")
//    or a given name ("Ricardo Lima") is a surname; a place name that is also a given name, followed by a
//    capitalised word ("Chad Smith", "Jordan Peterson", "Georgia Brown"), is a first name.
// 3. Georgia: the country (Tbilisi, Caucasus, Abkhazia, …) against the US state (Atlanta, a governor, counties, other
//    US states named in the document). Without any cue the country wins, with lower confidence.
// 4. Time and context words: an alias that needs context ("ISO" of the sugar organisation) is no candidate without
//    its entity's words in the document; a generic name scoped to a country ("Congress", "the Senate",
//    "Parliament") names that country's body only when the document names that country most; between several entities, those whose words the document has win ("ITC"
//    with tin: the International Tin Council). With a publication date, entities that existed then win over those
//    that did not, and a demonym of a state that no longer existed then ("Soviet-era" in 2023) is no mention; a
//    historical reference (a former name out of its years, a state that had ended) keeps lower confidence.
// 5. Otherwise: one candidate left wins; between several, a sovereign country beats a territory, a country beats a
//    capital or a US state of the same name, a capital beats another place of its name ("Washington"). Candidates
//    still tied are told apart by the document: the one it names elsewhere, else the one in the countries it names
//    most ("Congo" near "Kinshasa" is the DRC, near "Brazzaville" the Republic); a tie the document cannot break
//    (two people of one name and nothing else) links nothing.
//
// Rule 1 only settles a port on shipping words when nothing else bears the name: "China" near "cargo" is the country,
// not a Japanese harbour of that name; rule 2 also reads speech verbs: "Douglas said" is a person, not the capital of
// the Isle of Man (a country that "said" is the usual metonymy, so countries stay).
// 5. (before 4) Cities and regions that need their country: one named by an ordinary word ("Nice", "Mobile",
//    "Split", "Reading") or sharing its name with another city or region ("Valencia" in Spain and Venezuela,
//    "Punjab" in India and Pakistan) is linked only when the document names its country (for a US city, the US or
//    a US state) — and an ordinary word only where it stands as a place: after "in", "at", "from", "near", … or
//    before a comma ("Mobile, Alabama"), so "the shuttle Enterprise" in a US story stays a word. Two such places of
//    one name in named countries are a tie, which links nothing.
//
// Lowercase common-noun readings ("china" the porcelain, "turkey" the bird, "chile" the pepper) never reach these
// rules in ordinary text: the case check in gazetteer.ts already refuses a lowercase match of a capitalised name. In
// text without case (all capitals, all lowercase) the linker asks the document to corroborate such names first.
import nlp from 'compromise';
import { isAscii } from '../text/text-scan.ts';
import type { Token } from '../text/tokens.ts';
import type { Candidate } from './gazetteer.ts';
import type { GazetteerEntity } from './gazetteer-data.ts';
import { ANY_LANGUAGE, isCommonWordForm, SPEECH_VERBS } from './lexicon.ts';
import { opensSentence } from './text-case.ts';

export interface Resolution {
  entity: GazetteerEntity;
  confidence: number;
  /** Which rule decided, for review and evaluation. */
  rule: string;
}

/** What the rules may look at: the document's tokens and what earlier passes established. */
export interface DocumentContext {
  tokens: readonly Token[];
  /** Folded word tokens of the whole document, for cue lookups. */
  words: ReadonlySet<string>;
  /** ISO alpha-2 codes of countries named in the document (from a first pass). */
  countries: ReadonlySet<string>;
  /** Keys of US states named in the document. */
  usStates: ReadonlySet<string>;
  /** Keys of ports established by explicit port context somewhere in the document. */
  establishedPorts: ReadonlySet<string>;
  /** Keys of every entity the first pass linked. */
  keys: ReadonlySet<string>;
  /** Per key the first pass linked: the most tokens one of its mentions spans ("U.S. Congress" 4, "Congress" 1). */
  longestMention: ReadonlyMap<string, number>;
  /** Per ISO alpha-2: how many of the first pass's mentions are of that country or of something in it. */
  countryWeights: ReadonlyMap<string, number>;
  /** Set by a rule that read the document context; the linker then re-resolves the match in its second pass. */
  consulted: boolean;
  /** The article's publication time in ms since the epoch; null when unknown (then no rule reads dates). */
  publishedAt: number | null;
  /** Folded surnames of the people the document names by a given name and a surname ("jackson" of "Stephen Jackson"). */
  personSurnames: ReadonlySet<string>;
  /** Whether the person holds an office of the reference data at the publication date (a month either side). */
  inOffice(entity: GazetteerEntity): boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 1: ports
// ---------------------------------------------------------------------------------------------------------------

const PORT_BEFORE: readonly (readonly string[])[] = [
  ['port', 'of'],
  ['port', 'of', 'the'],
  ['harbour', 'of'],
  ['harbor', 'of'],
  ['megaport', 'of'],
  ['seaport', 'of'],
  ['puerto', 'de'],
  ['puerto', 'del'],
  ['puerto', 'de', 'la'],
  ['megapuerto', 'de'],
  ['terminal', 'de'],
  ['porto', 'de'],
];
const PORT_AFTER = new Set(['port', 'harbour', 'harbor', 'terminal', 'megaport', 'seaport', 'port’s', 'ports']);
const SHIPPING_WORDS = new Set([
  'berth',
  'berths',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'cargo',
  'container',
  'containers',
  'dock',
  'docks',
  'docked',
  'shipping',
  'megaport',
  'seaport',
  'harbour',
  'harbor',
  'tanker',
  'tankers',
  'freighter',
  'teu',
  'muelle',
  'muelles',
  'buque',
  'buques',
  'barco',
  'barcos',
  'naviera',
  'megapuerto',
  'contenedores',
  'atracadero',
]);
const SHIPPING_WINDOW = 30;

/** "port of X", "X port", … : the strongest evidence, which also establishes the port for the whole document. */
export function hasExplicitPortContext(tokens: readonly Token[], first: number, last: number): boolean {
  // The words right before the match, compared in place (no slice per pattern).
  for (const pattern of PORT_BEFORE) {
    const from = first - pattern.length;
    if (from < 0) continue;
    let equal = true;
    for (let index = 0; index < pattern.length && equal; index += 1)
      equal = tokens[from + index]!.folded === pattern[index];
    if (equal) return true;
  }
  const next = tokens[last + 1];
  return next !== undefined && PORT_AFTER.has(next.folded);
}

function hasShippingWordNearby(tokens: readonly Token[], first: number, last: number): boolean {
  const from = Math.max(0, first - SHIPPING_WINDOW);
  const to = Math.min(tokens.length, last + 1 + SHIPPING_WINDOW);
  for (let index = from; index < to; index += 1) if (SHIPPING_WORDS.has(tokens[index]!.folded)) return true;
  return false;
}

const HARBOUR_RANK: Readonly<Record<string, number>> = { Large: 4, Medium: 3, Small: 2, 'Very Small': 1 };

function choosePort(
  ports: readonly GazetteerEntity[],
  context: DocumentContext,
): { port: GazetteerEntity; unique: boolean } {
  const inNamedCountry = ports.filter((port) => port.countryIso2 !== null && context.countries.has(port.countryIso2));
  const pool = inNamedCountry.length > 0 ? inNamedCountry : ports;
  const ranked = [...pool].sort(
    (a, b) => (HARBOUR_RANK[b.harbourSize ?? ''] ?? 0) - (HARBOUR_RANK[a.harbourSize ?? ''] ?? 0),
  );
  return { port: ranked[0]!, unique: pool.length === 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 2: people's names
// ---------------------------------------------------------------------------------------------------------------

/** Titles and honorifics before a name (folded): also what may follow a country without extending its name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'gen',
  'general',
  'col',
  'colonel',
  'capt',
  'captain',
  'lt',
  'sgt',
  'adm',
  'admiral',
  'sen',
  'senator',
  'rep',
  'congressman',
  'congresswoman',
  'speaker',
  'gov',
  'governor',
  'president',
  'minister',
  'secretary',
  'ambassador',
  'judge',
  'justice',
  'mayor',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'sultan',
  'emir',
  'emperor',
  'empress',
  'duke',
  'duchess',
  'pope',
  'father',
  'sr',
  'sra',
  'srta',
  'don',
  'dona',
  'senor',
  'senora',
  'presidente',
  'presidenta',
  'ministro',
  'ministra',
  'canciller',
  'alcalde',
  'alcaldesa',
  'gobernador',
  'gobernadora',
  'senadora',
  'congresista',
  'juez',
  'jueza',
]);
/** A capitalised word after a given name that still leaves it a place: "Jordan Valley" is not a person. */
const PLACE_CONTINUATIONS = new Set([
  'river',
  'valley',
  'basin',
  'lake',
  'sea',
  'gulf',
  'strait',
  'coast',
  'island',
  'islands',
  'city',
  'province',
  'state',
  'region',
  'republic',
  'kingdom',
]);

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;
const LEXICON: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);

/** compromise's lexicon of given names (about 2,000), looked up without diacritics. */
export function isGivenName(word: string): boolean {
  const tags = LEXICON[foldForLexicon(word)];
  if (tags === undefined) return false;
  return (typeof tags === 'string' ? [tags] : tags).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName']);
const MONTHS = new Set(
  'january february march april may june july august september october november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'.split(
    ' ',
  ),
);

/**
 * A word compromise's lexicon knows as something other than a name ("may", "key", "major", "ford"), or a month: as a
 * surname alone it is more often the word ("In May", "a key vote").
 */
export function isCommonWord(word: string): boolean {
  const folded = foldForLexicon(word);
  if (MONTHS.has(folded)) return true;
  const tags = LEXICON[folded];
  if (tags === undefined) return false;
  return !(typeof tags === 'string' ? [tags] : tags).some((tag) => NAME_TAGS.has(tag));
}

function foldForLexicon(word: string): string {
  // ASCII has no decomposition and no marks: NFD and the mark removal would return it unchanged.
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SURNAME_PARTICLES = new Set(['di', 'de', 'da', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'le', 'la']);
/** Words after which a name is a place ("in Nice", "near Mobile"), for the ordinary-word cities of rule 5. */
const LOCATIVES = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'outside',
  'around',
  'across',
  'into',
  'en',
  'desde',
  'cerca',
]);

/** Rule 2: true when the match at [first, last] is part of a person's name. */
/**
 * Whether the words around a match set it as a place: a locative before it ("in Jackson") or a comma and a capitalised
 * word after it ("Jackson, Mississippi"; not "worked for Imus, tweeted").
 */
function standsAsPlace(tokens: readonly Token[], first: number, last: number): boolean {
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  return (
    (previous !== undefined && !tokens[first]!.breakBefore && LOCATIVES.has(previous.folded)) ||
    (next !== undefined && next.text === ',' && after !== undefined && CAPITALISED.test(after.text))
  );
}

/**
 * The folded surnames of the people a text names by a capitalised given name and one capitalised word after it
 * ("Stephen Jackson", not "Stephen Jackson Park"): what a bare "Jackson" later refers to.
 */
export function personSurnamesOf(tokens: readonly Token[]): Set<string> {
  const surnames = new Set<string>();
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const given = tokens[index]!;
    const surname = tokens[index + 1]!;
    if (surname.breakBefore || !CAPITALISED.test(given.text) || !CAPITALISED.test(surname.text)) continue;
    if (!isGivenName(given.text)) continue;
    const after = tokens[index + 2];
    if (after !== undefined && !after.breakBefore && CAPITALISED.test(after.text)) continue;
    // "National Security Adviser John Bolton": a title's word before the given name; not another name's word.
    const before = tokens[index - 1];
    if (
      before !== undefined &&
      !given.breakBefore &&
      CAPITALISED.test(before.text) &&
      !isCommonWordForm(before.folded, ANY_LANGUAGE)
    )
      continue;
    surnames.add(surname.folded);
  }
  return surnames;
}

export function looksLikePersonName(tokens: readonly Token[], first: number, last: number): boolean {
  const previous = tokens[first - 1];
  const beforePrevious = tokens[first - 2];
  if (previous && !tokens[first]!.breakBefore) {
    // "Mr. Lima", "Gen. Lima": the title may carry a full stop.
    const title = previous.text === '.' && beforePrevious ? beforePrevious : previous;
    if (TITLES.has(title.folded) && /^\p{Lu}/u.test(title.text)) return true;
    if (CAPITALISED.test(previous.text) && isGivenName(previous.text)) return true;
    // "Luigi Di Maio", "Charles de Gaulle": a surname particle after a given name.
    if (
      SURNAME_PARTICLES.has(previous.folded) &&
      beforePrevious !== undefined &&
      CAPITALISED.test(beforePrevious.text) &&
      isGivenName(beforePrevious.text)
    )
      return true;
  }
  if (first !== last) return false;
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    !next.breakBefore &&
    isGivenName(tokens[first]!.text) &&
    CAPITALISED.test(next.text) &&
    !PLACE_CONTINUATIONS.has(next.folded) &&
    !TITLES.has(next.folded)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 3: Georgia
// ---------------------------------------------------------------------------------------------------------------

const GEORGIA_COUNTRY_CUES = [
  'tbilisi',
  'caucasus',
  'caucaso',
  'abkhazia',
  'abjasia',
  'ossetia',
  'osetia',
  'batumi',
  'kutaisi',
  'lari',
  'saakashvili',
  'zourabichvili',
  'kobakhidze',
  'garibashvili',
  'ivanishvili',
  'georgian',
];
const GEORGIA_STATE_CUES = [
  'atlanta',
  'savannah',
  'kemp',
  'raffensperger',
  'fulton',
  'county',
  'peach',
  'gubernatorial',
];

/** Rule 5: the document names the place's country (a US state counts for the US). */
export function countryIsNamed(entity: GazetteerEntity, context: DocumentContext): boolean {
  if (entity.countryIso2 === null) return false;
  return context.countries.has(entity.countryIso2) || (entity.countryIso2 === 'US' && context.usStates.size > 0);
}

function countCues(words: ReadonlySet<string>, cues: readonly string[]): number {
  return cues.filter((cue) => words.has(cue)).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 4: time and context words
// ---------------------------------------------------------------------------------------------------------------

function hasContextWords(candidate: Candidate, words: ReadonlySet<string>): boolean {
  const cues = candidate.entity.contextWords;
  if (cues === undefined) return false;
  for (const cue of cues) if (words.has(cue)) return true;
  return false;
}

/** The country the document names most (its mentions and the places in it), or null when two share the lead. */
function leadingCountry(context: DocumentContext): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  let tied = false;
  for (const [country, weight] of context.countryWeights) {
    if (weight > bestWeight) [best, bestWeight, tied] = [country, weight, false];
    else if (weight === bestWeight) tied = true;
  }
  return tied ? null : best;
}

function byContextWords(candidates: Candidate[], context: DocumentContext): Candidate[] {
  let pool = candidates;
  if (pool.some((candidate) => candidate.countryScoped)) {
    context.consulted = true;
    const lead = leadingCountry(context);
    // A body the document named in full ("the U.S. Congress") is what its generic name means later on, whichever
    // country the story is about; otherwise the generic name is the story's own country's body.
    // (Named in full: by a mention longer than the generic name, so the generic name cannot establish itself.)
    const namedInFull = (candidate: Candidate) =>
      (context.longestMention.get(candidate.entity.key) ?? 0) > candidate.tokens.length;
    const established = pool.filter((candidate) => candidate.countryScoped && namedInFull(candidate));
    pool =
      established.length > 0
        ? pool.filter((candidate) => !candidate.countryScoped || namedInFull(candidate))
        : pool.filter((candidate) => !candidate.countryScoped || candidate.entity.countryIso2 === lead);
    // The story's own country's institution of that name beats another country's ("the Labour Party" in a story
    // about New Zealand is not the British one, whose name it also is).
    if (pool.some((candidate) => candidate.countryScoped))
      pool = pool.filter(
        (candidate) =>
          candidate.countryScoped || candidate.entity.countryIso2 === null || candidate.entity.countryIso2 === lead,
      );
  }
  if (!pool.some((candidate) => candidate.needsContext || candidate.entity.contextWords !== undefined)) return pool;
  const words = context.words;
  const kept = pool.filter((candidate) => !candidate.needsContext || hasContextWords(candidate, words));
  if (new Set(kept.map((candidate) => candidate.entity)).size < 2) return kept;
  const cued = kept.filter((candidate) => hasContextWords(candidate, words));
  return cued.length > 0 ? cued : kept;
}

/** The entity existed at `at` (a state that had not ended), and the alias named it then (former names included). */
export function currentAt(candidate: Candidate, at: number): boolean {
  return candidate.entityFrom <= at && at <= candidate.entityTo && candidate.aliasFrom <= at && at <= candidate.aliasTo;
}

function byDate(pool: Candidate[], at: number | null): Candidate[] {
  if (at === null || !pool.some((candidate) => candidate.timed)) return pool;
  const kept = pool.filter(
    (candidate) => candidate.kind !== 'demonym' || (candidate.entityFrom <= at && at <= candidate.entityTo),
  );
  if (new Set(kept.map((candidate) => candidate.entity)).size < 2) return kept;
  const current = kept.filter((candidate) => currentAt(candidate, at));
  return current.length > 0 ? current : kept;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------------------------

const ALIAS_CONFIDENCE: Readonly<Record<Candidate['kind'], number>> = {
  name: 0.95,
  abbreviation: 0.9,
  metonym: 0.85,
  demonym: 0.8,
  former_name: 0.9,
};
const TYPE_PRIORITY: Readonly<Record<string, number>> = {
  country: 3,
  organization: 2,
  person: 2,
  commodity: 2,
  place: 1,
  port: 0,
};

/**
 * Whether the match is one word of a longer capitalised name: "Java Sea", "University College London", "Palm Oil
 * Producers Association". Shipping words nearby do not make such a word a harbour (a port's own phrases — "Port of
 * Callao", "Chancay Megaport" — are read by hasExplicitPortContext).
 */
function withinCapitalisedRun(tokens: readonly Token[], first: number, last: number): boolean {
  const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
  const next = tokens[last + 1];
  if (next !== undefined && !next.breakBefore && capitalised(next)) return true;
  const previous = tokens[first - 1];
  return (
    previous !== undefined && !tokens[first]!.breakBefore && capitalised(previous) && !opensSentence(tokens, first - 1)
  );
}

/** Picks the entity a match names, or null. `candidates` passed the case and language checks. */
export function resolveCandidates(
  candidates: readonly Candidate[],
  tokens: readonly Token[],
  first: number,
  last: number,
  context: DocumentContext,
): Resolution | null {
  let pool = [...candidates];

  // Rule 2 first: a surname is neither a place nor a port ("Mr. Lima" near "cargo").
  const isPlaceLike = (candidate: Candidate) => ['country', 'place', 'port'].includes(candidate.entity.type);
  if (pool.some(isPlaceLike) && looksLikePersonName(tokens, first, last)) {
    pool = pool.filter((candidate) => !isPlaceLike(candidate));
    if (pool.length === 0) return null;
  }
  // "Stephen Jackson for 30 games … Jackson then joined in": the surname of a person the document names is that
  // person, not a town of the name — unless the text sets it as a place ("in Jackson", "Jackson, Mississippi") or the
  // place is a nation's capital ("marched through Lima" beside "Ricardo Lima").
  const town = (candidate: Candidate) =>
    (candidate.entity.type === 'place' || candidate.entity.type === 'port') &&
    !candidate.entity.tags.includes('capital');
  if (
    first === last &&
    context.personSurnames.has(tokens[first]!.folded) &&
    pool.some(town) &&
    !standsAsPlace(tokens, first, last)
  ) {
    pool = pool.filter((candidate) => !town(candidate));
    if (pool.length === 0) return null;
  }
  // "Douglas said": a given name before a speech verb is a person; a town does not speak (a country may: metonymy).
  if (first === last && SPEECH_VERBS.has(tokens[last + 1]?.folded ?? '') && isGivenName(tokens[first]!.text)) {
    pool = pool.filter((candidate) => !isPlaceLike(candidate) || candidate.entity.type === 'country');
    if (pool.length === 0) return null;
  }

  // Rule 1.
  const ports = pool.filter((candidate) => candidate.entity.tags.includes('port'));
  pool = pool.filter((candidate) => !candidate.entity.tags.includes('port'));
  if (ports.length > 0) {
    const explicit = hasExplicitPortContext(tokens, first, last);
    const established = ports.filter((candidate) => context.establishedPorts.has(candidate.entity.key));
    // Shipping words are weaker evidence than a name's other senses: they settle a port only when nothing else
    // bears the name ("China" near "cargo" is the country).
    if (
      explicit ||
      established.length > 0 ||
      (pool.length === 0 && hasShippingWordNearby(tokens, first, last) && !withinCapitalisedRun(tokens, first, last))
    ) {
      const { port, unique } = choosePort(
        (established.length > 0 ? established : ports).map((candidate) => candidate.entity),
        context,
      );
      const confidence = (explicit ? 0.95 : established.length > 0 ? 0.85 : 0.8) - (unique ? 0 : 0.15);
      return {
        entity: port,
        confidence,
        rule: explicit ? 'port-explicit' : established.length > 0 ? 'port-discourse' : 'port-shipping-words',
      };
    }
  }
  if (pool.length === 0) return null;

  // Rule 3.
  const georgiaCountry = pool.find((candidate) => candidate.entity.key === 'country:GE');
  const georgiaState = pool.find((candidate) => candidate.entity.key === 'place:us-state:GA');
  if (georgiaCountry && georgiaState) {
    context.consulted = true;
    const countryScore = countCues(context.words, GEORGIA_COUNTRY_CUES);
    const otherStates = [...context.usStates].filter((key) => key !== 'place:us-state:GA').length;
    const stateScore = countCues(context.words, GEORGIA_STATE_CUES) + otherStates;
    if (stateScore > countryScore) return { entity: georgiaState.entity, confidence: 0.85, rule: 'georgia-us-state' };
    return { entity: georgiaCountry.entity, confidence: countryScore > 0 ? 0.9 : 0.6, rule: 'georgia-country' };
  }

  // Rule 5.
  const needsCountry = (candidate: Candidate) =>
    candidate.entity.tags.includes('common-word') || candidate.entity.tags.includes('homonym');
  if (pool.some(needsCountry)) {
    const previous = tokens[first - 1];
    const next = tokens[last + 1];
    const standsAsPlace =
      (previous !== undefined && !tokens[first]!.breakBefore && LOCATIVES.has(previous.folded)) ||
      (next !== undefined && next.text === ',');
    pool = pool.filter(
      (candidate) =>
        !needsCountry(candidate) ||
        (countryIsNamed(candidate.entity, context) &&
          (standsAsPlace || !candidate.entity.tags.includes('common-word'))),
    );
    if (pool.length === 0) return null;
    if (pool.length === 1 && needsCountry(pool[0]!))
      return { entity: pool[0]!.entity, confidence: 0.85, rule: 'place-in-named-country' };
  }

  // Rule 4.
  pool = byDate(byContextWords(pool, context), context.publishedAt);
  if (pool.length === 0) return null;

  // Rule 5.
  const ranked = pool
    .map((candidate) => ({
      candidate,
      score:
        (TYPE_PRIORITY[candidate.entity.type] ?? 0) * 10 +
        (candidate.entity.tags.includes('sovereign') ? 5 : 0) +
        (candidate.entity.tags.includes('capital') ? 2 : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return null;
  if (second && second.score === best.score && second.candidate.entity !== best.candidate.entity) {
    const tied = ranked.filter((entry) => entry.score === best.score).map((entry) => entry.candidate);
    // Namesakes ("Viktor Yanukovych", prime minister in 2004, and his son, later in parliament): the one in office on
    // the publication day, if only one is.
    const serving = tied.filter((candidate) => context.inOffice(candidate.entity));
    if (serving.length > 0 && new Set(serving.map((candidate) => candidate.entity)).size === 1)
      return { entity: serving[0]!.entity, confidence: ALIAS_CONFIDENCE[serving[0]!.kind] - 0.1, rule: 'in-office' };
    const chosen = breakTie(tied, context);
    if (chosen === null) return null;
    return { entity: chosen.entity, confidence: ALIAS_CONFIDENCE[chosen.kind] - 0.2, rule: 'context-tie-break' };
  }
  const historical =
    context.publishedAt !== null && best.candidate.timed && !currentAt(best.candidate, context.publishedAt);
  return {
    entity: best.candidate.entity,
    confidence: ALIAS_CONFIDENCE[best.candidate.kind] - (ranked.length > 1 ? 0.1 : 0) - (historical ? 0.1 : 0),
    rule: historical ? 'historical-reference' : ranked.length > 1 ? 'preferred-type' : 'unique',
  };
}

/** How strongly the document's other mentions point at a candidate: its own, then its country's. */
function contextWeight(entity: GazetteerEntity, context: DocumentContext): number {
  const own = context.keys.has(entity.key) ? 1000 : 0;
  const country = entity.type === 'country' ? entity.isoAlpha2 : entity.countryIso2;
  return own + (country === null ? 0 : (context.countryWeights.get(country) ?? 0));
}

/** Rule 5's tie-break: the candidate the rest of the document points at, or null when it points at none or several. */
function breakTie(tied: readonly Candidate[], context: DocumentContext): Candidate | null {
  context.consulted = true;
  let best: Candidate | null = null;
  let bestWeight = 0;
  let ambiguous = false;
  for (const candidate of tied) {
    const weight = contextWeight(candidate.entity, context);
    if (weight > bestWeight) {
      best = candidate;
      bestWeight = weight;
      ambiguous = false;
    } else if (weight === bestWeight && weight > 0 && candidate.entity !== best?.entity) ambiguous = true;
  }
  return ambiguous ? null : best;
}
