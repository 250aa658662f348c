// How much a text's capitals say. The gazetteer's case check ("US" the country, "us" the pronoun; "Chad" and "chad")
// and the context rules that read capitals (a capitalised word after a name extends it into a longer name) assume
// ordinary case. Three other kinds of text are common in news and say less:
// - all capitals (wire copy of the 1980s, headlines): every word looks like a name or an abbreviation;
// - all lowercase (transcripts, social media): no word looks like a name;
// - headline case ("Japan To Cut Rice Imports"): every longer word is capitalised, so a capital is no evidence.
// The linker reads the mode per token (per field or per paragraph, see detectCaseMode) and, where case says little,
// matches without case and asks more of names spelled like ordinary words (linker.ts, findHits).
import { classAt, WORD } from '../text/text-scan.ts';
import { startsUpper, type Token } from '../text/tokens.ts';

export const CASED = 0;
export const HEADLINE = 1;
export const UPPER = 2;
export const LOWER = 3;
export type CaseMode = typeof CASED | typeof HEADLINE | typeof UPPER | typeof LOWER;

/** A token flag next to the case mode (bits 0–1): the token is in a dateline, which names where a story was filed. */
export const IN_DATELINE = 4;
export const CASE_MODE_MASK = 3;

const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const NO_LETTERS = 0;
const HAS_LOWERCASE = 1;
const NO_LOWERCASE = 2;

/** Whether a word token has letters, and a lowercase one; ASCII answered from char codes (this runs on every token). */
function letterCase(text: string): number {
  let letters = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) {
      if ((classAt(text, 0) & 7) !== WORD || !HAS_LETTER.test(text)) return NO_LETTERS;
      return HAS_LOWER.test(text) ? HAS_LOWERCASE : NO_LOWERCASE;
    }
    if (unit >= 0x61 && unit <= 0x7a) return HAS_LOWERCASE;
    if (unit >= 0x41 && unit <= 0x5a) letters = true;
    else if (!(unit >= 0x30 && unit <= 0x39)) return NO_LETTERS; // punctuation: a token of its own
  }
  return letters ? NO_LOWERCASE : NO_LETTERS;
}

/**
 * The case mode of tokens [from, to): UPPER when (nearly) every word with letters has no lowercase letter, LOWER when
 * none starts with a capital, HEADLINE (when allowed: titles) when every word of four letters or more is capitalised,
 * else CASED. A few words are not enough to tell: below three words the text counts as CASED.
 */
export function detectCaseMode(tokens: readonly Token[], from: number, to: number, headline = false): CaseMode {
  let words = 0;
  let withLower = 0;
  let capitalised = 0;
  let long = 0;
  let longCapitalised = 0;
  // Without headlines to tell, ordinary text is settled early: too many lowercase words for capitals, and a capital.
  const settled = headline ? Number.POSITIVE_INFINITY : (to - from) / 20;
  for (let index = from; index < to; index += 1) {
    if (withLower > settled && capitalised > 0) return CASED;
    const text = tokens[index]!.text;
    const kind = letterCase(text);
    if (kind === NO_LETTERS) continue;
    words += 1;
    const upper = startsUpper(text);
    if (upper) capitalised += 1;
    if (kind === HAS_LOWERCASE) withLower += 1;
    if (text.length >= 4) {
      long += 1;
      if (upper) longCapitalised += 1;
    }
  }
  if (words < 3) return CASED;
  // One lowercase word in twenty is tolerated in capitals ("McDONALD'S", a unit left in lowercase).
  if (withLower * 20 <= words && capitalised > 0) return UPPER;
  if (capitalised === 0) return LOWER;
  if (headline && long >= 2 && longCapitalised === long) return HEADLINE;
  return CASED;
}

/** Per token: the case mode of its line (a paragraph of a normalised body), as linker.link uses without fields. */
export function caseModesByLine(tokens: readonly Token[]): Uint8Array {
  const modes = new Uint8Array(tokens.length);
  let start = 0;
  for (let index = 1; index <= tokens.length; index += 1) {
    if (index < tokens.length && !tokens[index]!.breakBefore) continue;
    const mode = detectCaseMode(tokens, start, index);
    if (mode !== CASED) modes.fill(mode, start, index);
    start = index;
  }
  return modes;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', '(', '«', '¿', '¡', '—', '–']);

/** Whether the token opens a sentence or a line: its capital may only be the sentence's. */
export function opensSentence(tokens: readonly Token[], index: number): boolean {
  if (index === 0 || tokens[index]!.breakBefore) return true;
  return SENTENCE_OPENERS.has(tokens[index - 1]!.text);
}
