// Candidate claims from a body and its linked mentions: direct quotes with their speaker, numeric statements with
// value, unit and bound, and decisions or legal acts. Every candidate is method `auto`, status `unverified`, with a
// confidence and its evidence span in code points; a reviewer confirms, edits or drops it. The claimant is the
// speaker's mention when the text names one, else null — meaning the article's source speaks for itself.
// The patterns are English and Spanish.
import type { ClaimKind, ClaimModality } from '../../../generated/prisma/enums.ts';
import type { LinkedEntity, LinkedMention } from '../linking/linker.ts';
import { codePointIndexer, utf16Indexer } from '../text/offsets.ts';
import { clauseRanges, sentenceRanges, type TextRange } from '../text/sentences.ts';

/** How a number relates to the quantity: "at least 50" is at_least, "over 3,500" more_than, "50" exact. */
export type QuantityBound = 'exact' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'approximately';

export interface CandidateClaim {
  method: 'auto';
  status: 'unverified';
  confidence: number;
  kind: ClaimKind;
  modality: ClaimModality;
  /** The sentence that carries the claim. */
  text: string;
  /** The quoted words, for a direct quote. */
  quote: string | null;
  /** The speaker's mention; null: the article's source. */
  claimant: LinkedMention | null;
  subjects: LinkedEntity[];
  value: number | null;
  unit: string | null;
  bound: QuantityBound | null;
  /** Code point offsets of the evidence in the body. */
  evidenceStart: number;
  evidenceEnd: number;
}

/** A mention with UTF-16 offsets, to compare with the regex matches below. */
interface LocatedMention {
  mention: LinkedMention;
  start: number;
  end: number;
}

const SPEECH_VERBS =
  'said|says|declared|stated|states|told|added|noted|warned|explained|insisted|argued|wrote|tweeted|announced|claimed|affirmed|stressed|asserted|reiterated|dijo|afirmó|afirma|declaró|señaló|aseguró|indicó|manifestó|expresó|sostuvo|añadió|agregó|advirtió|explicó|escribió|anunció';
// Compiled once (they were built per quote); not global, so exec always reads from the start.
const VERB_AFTER = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'iu');
const VERB_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^.“"]{0,40}:\\s*$`, 'iu');
const QUOTE = /[“"«]([^”"»\n]{12,}?)[”"»]/gu;
const ACCORDING_TO = /\b(?:according to|según|de acuerdo con)\b/iu;
const SPEAKER_TYPES = new Set(['person', 'organization', 'country', 'legal_instrument']);

function mentionsIn(mentions: readonly LocatedMention[], range: TextRange): LocatedMention[] {
  return mentions.filter((located) => located.start >= range.start && located.end <= range.end);
}

function speakers(mentions: readonly LocatedMention[], range: TextRange): LocatedMention[] {
  return mentionsIn(mentions, range).filter((located) => SPEAKER_TYPES.has(located.mention.entity.type));
}

function entityId(entity: LinkedEntity): string {
  return entity.status === 'known' ? entity.key : `proposed:${entity.type}:${entity.name}`;
}

function uniqueEntities(mentions: readonly LocatedMention[], except: LinkedMention | null = null): LinkedEntity[] {
  const seen = new Map<string, LinkedEntity>();
  for (const { mention } of mentions) {
    if (except && entityId(mention.entity) === entityId(except.entity)) continue;
    seen.set(entityId(mention.entity), mention.entity);
  }
  return [...seen.values()];
}

function modalityOf(sentence: string): ClaimModality {
  // Lowercase "may" only: "May 31" is a date.
  if (/\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ii]ntends?|[Pp]odrían?|[Pp]retende)\b/u.test(sentence))
    return 'speculative';
  if (ACCORDING_TO.test(sentence)) return 'reported';
  return 'asserted';
}

// ---------------------------------------------------------------------------------------------------------------
// Direct quotes
// ---------------------------------------------------------------------------------------------------------------

interface Draft {
  kind: ClaimKind;
  modality: ClaimModality;
  text: string;
  quote: string | null;
  claimant: LinkedMention | null;
  subjects: LinkedEntity[];
  value: number | null;
  unit: string | null;
  bound: QuantityBound | null;
  evidence: TextRange;
  confidence: number;
}

function sentenceAt(sentences: readonly TextRange[], index: number): TextRange {
  return sentences.find((sentence) => sentence.start <= index && index < sentence.end) ?? { start: index, end: index };
}

function extractQuotes(body: string, sentences: readonly TextRange[], mentions: readonly LocatedMention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const match of body.matchAll(QUOTE)) {
    const quote = match[1]!.replace(/[,.;:]+$/u, '').trim();
    // Scare quotes ("backyard", "metallic NATO") are not statements.
    if (quote.split(/\s+/u).length < 4) continue;
    const quoteStart = match.index;
    const quoteEnd = quoteStart + match[0].length;
    const lastSentence = sentenceAt(sentences, quoteEnd - 1);
    const firstSentence = sentenceAt(sentences, quoteStart);
    let claimant: LocatedMention | null = null;
    let evidence: TextRange = { start: quoteStart, end: Math.max(quoteEnd, lastSentence.end) };

    // "…,” X said / said X / the report states (attribution after the quote, same sentence).
    const after = body.slice(quoteEnd, lastSentence.end);
    const verbAfter = VERB_AFTER.exec(after);
    if (verbAfter && verbAfter.index <= 160) {
      const window = { start: quoteEnd, end: quoteEnd + verbAfter.index + verbAfter[0].length + 60 };
      claimant = speakers(mentions, window)[0] ?? null;
    }
    // X said: “…” / X states the following: “…” (attribution before the quote, possibly the paragraph before).
    if (!claimant && !verbAfter) {
      const lead = { start: Math.max(0, firstSentence.start - 200), end: quoteStart };
      const leadText = body.slice(lead.start, lead.end);
      const verbBefore = VERB_BEFORE.exec(leadText);
      if (verbBefore) {
        const candidates = speakers(mentions, { start: lead.start, end: lead.start + verbBefore.index });
        claimant = candidates.at(-1) ?? null;
        if (claimant) evidence = { start: Math.min(claimant.start, quoteStart), end: evidence.end };
      }
    }
    // "according to X, … “…”" within the quote's sentence.
    if (!claimant) {
      const sentenceText = body.slice(firstSentence.start, quoteStart);
      const according = ACCORDING_TO.exec(sentenceText);
      if (according) {
        const from = firstSentence.start + according.index;
        claimant = speakers(mentions, { start: from, end: quoteStart })[0] ?? null;
        if (claimant) evidence = { start: firstSentence.start, end: evidence.end };
      }
    }

    // An act "speaks" through its text, but a legal act does not claim: its issuer does, and that is not named here.
    const isLegalAct = claimant?.mention.entity.type === 'legal_instrument';
    const scope = { start: evidence.start, end: evidence.end };
    const subjects = uniqueEntities(mentionsIn(mentions, scope), isLegalAct ? null : (claimant?.mention ?? null));
    drafts.push({
      kind: isLegalAct ? 'policy' : 'attribution',
      modality: 'reported',
      text: body.slice(evidence.start, evidence.end),
      quote,
      claimant: isLegalAct ? null : (claimant?.mention ?? null),
      subjects,
      value: null,
      unit: null,
      bound: null,
      evidence,
      confidence: claimant ? 0.8 : 0.55,
    });
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

const NUMBER =
  /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent\b|per cent\b|por ciento\b)|\s+(million|billion|millones|mil millones|mil)\b)?/gu;
const BOUNDS: readonly [RegExp, QuantityBound][] = [
  [/\b(?:at least|no fewer than|no less than|al menos|como mínimo|por lo menos)\s*$/iu, 'at_least'],
  [/\b(?:more than|over|above|upwards of|in excess of|más de|mas de|por encima de|superior a)\s*$/iu, 'more_than'],
  [/\b(?:up to|as many as|at most|no more than|hasta|como máximo)\s*$/iu, 'at_most'],
  [/\b(?:less than|fewer than|under|below|menos de)\s*$/iu, 'less_than'],
  [
    /\b(?:about|around|some|nearly|almost|approximately|roughly|close to|cerca de|alrededor de|unos|unas|casi|aproximadamente)\s*$/iu,
    'approximately',
  ],
];
const MULTIPLIERS: Readonly<Record<string, number>> = {
  million: 1e6,
  millones: 1e6,
  billion: 1e9,
  'mil millones': 1e9,
  mil: 1e3,
};
/** Unit words normalised: the fixture's curated claims say "deaths" for "50 dead". */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  dead: 'deaths',
  killed: 'deaths',
  deaths: 'deaths',
  muertos: 'deaths',
  fallecidos: 'deaths',
  muertes: 'deaths',
  injured: 'injuries',
  wounded: 'injuries',
  heridos: 'injuries',
  tonnes: 'tons',
  toneladas: 'tons',
  tons: 'tons',
};
/** Words after a number that are not its unit. */
const NOT_UNITS = new Set([
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'the',
  'a',
  'de',
  'y',
  'en',
  'a',
  'el',
  'la',
  'que',
  'with',
  'con',
]);
const MONTH =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?\s*$/iu;
const REFERENCE_BEFORE =
  /(?:\bNo\.|\bN\.?\s?[º°]\.?|\bnumber|\barticle|\bartículo|\bnumeral|\bResolution|\bsection|\bpage|\bchapter|\(|#)\s*$/iu;

// MONTH and REFERENCE_BEFORE end in \s*$: a match ends with one of these characters (either case: no other
// character case-folds onto these letters) followed only by white space. Checking the last non-space character
// first spares the two regexes, which try every start position of `before`, for most numbers.
const MONTH_LAST = new Set('.nybrhlegtpvcoNYBRHLEGTPVCO');
const REFERENCE_LAST = new Set('.º°rneolRNEOL(#');

/** The last character of `text` that is not white space (\s, which is what trimEnd removes), or ''. */
function lastNonSpace(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.length === 0 ? '' : trimmed[trimmed.length - 1]!;
}

function parseNumber(text: string): number {
  return Number(text.replace(/,/gu, ''));
}

function extractQuantities(
  body: string,
  sentences: readonly TextRange[],
  mentions: readonly LocatedMention[],
  covered: (range: TextRange) => boolean,
): Draft[] {
  const drafts: Draft[] = [];
  // UTF-16 units inside some mention, to test a number against all of them at once.
  const inMention = new Uint8Array(body.length + 1);
  for (const located of mentions) inMention.fill(1, located.start, located.end);
  const overlapsMention = (start: number, end: number) => {
    for (let index = start; index < end; index += 1) if (inMention[index] === 1) return true;
    return false;
  };
  sentences.forEach((sentence, sentenceIndex) => {
    const text = body.slice(sentence.start, sentence.end);
    let clauses: TextRange[] | null = null;
    // An exec loop on the shared global regex: matchAll would clone NUMBER for every sentence.
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // Numbers inside names ("Resolute Sentinel 2023", "Resolution No. 31758") belong to the name.
      if (overlapsMention(start, end)) continue;
      const before = body.slice(Math.max(sentence.start, start - 40), start);
      const afterText = body.slice(end, Math.min(sentence.end, end + 40));
      const last = lastNonSpace(before);
      if (
        (MONTH_LAST.has(last) && MONTH.test(before)) ||
        (REFERENCE_LAST.has(last) && REFERENCE_BEFORE.test(before)) ||
        /^(?:st|nd|rd|th)\b/u.test(afterText)
      )
        continue;
      const [, digits, percent, multiplier] = match;
      const isYear = /^(?:1[89]|20)\d\d$/u.test(digits!) && !percent && !multiplier;
      let unit: string | null = percent ? '%' : null;
      if (!unit) {
        const word = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(afterText)?.[1];
        if (word && !NOT_UNITS.has(word)) unit = UNIT_NAMES[word] ?? word;
      }
      if (!unit || isYear) continue;
      const bound = BOUNDS.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact';
      const value = parseNumber(digits!) * (multiplier ? MULTIPLIERS[multiplier.toLowerCase()]! : 1);
      clauses ??= clauseRanges(body, sentence);
      const clause = clauses.find((range) => range.start <= start && end <= range.end) ?? sentence;
      if (covered(clause)) continue;
      // Subjects: what the clause names, with the sentence's commodities (the "of lithium" of "21% and Argentina
      // with 17%"); without any, the sentence's, then the paragraph's countries and people so far.
      const commodities = mentionsIn(mentions, sentence).filter(
        (located) => located.mention.entity.type === 'commodity',
      );
      let scoped = [...mentionsIn(mentions, clause), ...commodities];
      if (scoped.length === commodities.length) scoped = mentionsIn(mentions, sentence);
      if (scoped.length === 0) {
        const paragraphStart = body.lastIndexOf('\n\n', sentence.start) + 1;
        const earlier = sentences.slice(0, sentenceIndex + 1).filter((other) => other.start >= paragraphStart);
        scoped = earlier
          .flatMap((other) => mentionsIn(mentions, other))
          .filter((located) => ['country', 'person'].includes(located.mention.entity.type));
      }
      drafts.push({
        kind: 'quantity',
        modality: modalityOf(text),
        text,
        quote: null,
        claimant: null,
        subjects: uniqueEntities(scoped),
        value,
        unit,
        bound,
        evidence: clause,
        confidence: 0.7,
      });
    }
  });
  return drafts;
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions and legal acts
// ---------------------------------------------------------------------------------------------------------------

const DECISION =
  /\b(?:(?:is|are|was|were|has been|have been) (?:authori[sz]ed|approved|banned|prohibited|suspended|declared|imposed|ratified|enacted|signed)|authori[sz]ed|approved|enacted|decreed|ratified|signed into law|imposed sanctions|declared a state of emergency|autoriza|autorizó|aprobó|aprueba|promulgó|decretó|ratificó|firmó|prohibió|impuso sanciones|declaró el estado de emergencia)\b/iu;

/**
 * Every alternative of DECISION contains one of these (lowercase, as a substring): the cheap test run first, with
 * indexOf on the lowercased body, so the case-insensitive alternation only reads the few sentences that have one.
 */
const DECISION_HINTS = [
  'authori',
  'approved',
  'enacted',
  'decreed',
  'ratified',
  'signed',
  'imposed',
  'declar',
  'banned',
  'prohibi',
  'suspended',
  'autoriz',
  'aprob',
  'aprueba',
  'promulg',
  'decret',
  'ratific',
  'firm',
  'impuso',
];

const ANY_HINT = new RegExp(DECISION_HINTS.join('|'), 'gu');

/**
 * Per sentence: may DECISION match in it? Exact as a filter — false only where no hint occurs. Falls back to "every
 * sentence" where lowercasing changes the length (so offsets would not line up) or where the body holds one of the
 * two characters the /i flag folds onto an ASCII letter (ſ → s, the Kelvin sign → k).
 */
function decisionCandidates(body: string, sentences: readonly TextRange[]): boolean[] {
  const lower = body.toLowerCase();
  if (lower.length !== body.length || body.includes('\u017f') || body.includes('\u212a'))
    return sentences.map(() => true);
  // Every position where some hint starts, in order: one regex scan (restarted one unit after each match, so
  // overlapping hints are all found) instead of an indexOf scan per hint and a sort.
  const positions: number[] = [];
  ANY_HINT.lastIndex = 0;
  for (let match = ANY_HINT.exec(lower); match !== null; match = ANY_HINT.exec(lower)) {
    positions.push(match.index);
    ANY_HINT.lastIndex = match.index + 1;
  }
  let next = 0;
  return sentences.map((sentence) => {
    while (next < positions.length && positions[next]! < sentence.start) next += 1;
    return next < positions.length && positions[next]! < sentence.end;
  });
}

function extractDecisions(
  body: string,
  sentences: readonly TextRange[],
  mentions: readonly LocatedMention[],
  covered: (range: TextRange) => boolean,
): Draft[] {
  const drafts: Draft[] = [];
  const mayDecide = decisionCandidates(body, sentences);
  for (const [index, sentence] of sentences.entries()) {
    if (!mayDecide[index] || covered(sentence)) continue;
    const text = body.slice(sentence.start, sentence.end);
    if (!DECISION.test(text)) continue;
    const inSentence = mentionsIn(mentions, sentence);
    const namesAct = inSentence.some((located) => located.mention.entity.type === 'legal_instrument');
    drafts.push({
      kind: 'policy',
      modality: modalityOf(text),
      text,
      quote: null,
      claimant: null,
      subjects: uniqueEntities(inSentence),
      value: null,
      unit: null,
      bound: null,
      evidence: sentence,
      confidence: namesAct ? 0.7 : 0.55,
    });
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------------------------

/** Candidate claims of a normalised body, given the linker's mentions of it; in text order. */
export function extractClaims(body: string, mentions: readonly LinkedMention[]): CandidateClaim[] {
  const toUtf16 = utf16Indexer(body);
  const located = mentions.map((mention) => ({ mention, start: toUtf16(mention.start), end: toUtf16(mention.end) }));
  const sentences = sentenceRanges(body);
  const quotes = extractQuotes(body, sentences, located);
  const inQuote = (range: TextRange) =>
    quotes.some((quote) => quote.evidence.start <= range.start && range.end <= quote.evidence.end);
  const quantities = extractQuantities(body, sentences, located, inQuote);
  const earlier = [...quotes, ...quantities];
  const decisions = extractDecisions(body, sentences, located, (range) =>
    earlier.some((draft) => draft.evidence.start < range.end && range.start < draft.evidence.end),
  );
  const toCodePoints = codePointIndexer(body);
  return [...quotes, ...quantities, ...decisions]
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ evidence, ...draft }) => ({
      method: 'auto' as const,
      status: 'unverified' as const,
      ...draft,
      evidenceStart: toCodePoints(evidence.start),
      evidenceEnd: toCodePoints(evidence.end),
    }));
}
