// Word tokens of a body: one pass over its UTF-16 units, shared by the linker (the gazetteer trie is keyed by the
// folded form) and the MinHash signature (near-duplicate detection hashes the same folded words).
import { ASTRAL, CLASS_OF_UNIT, classAt, foldNonAscii, isAscii, SPACE, WORD, wordEnd } from './text-scan.ts';

export interface Token {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  text: string;
  /** Lowercase, without diacritics: the trie key. */
  folded: string;
  /** A line break stands between this token and the previous one: names never span it. */
  breakBefore: boolean;
}

export function foldToken(text: string): string {
  // Pure-ASCII text has nothing to fold; skipping NFD for it is the common, fast path.
  return isAscii(text) ? text.toLowerCase() : foldNonAscii(text);
}

/**
 * Word tokens (maximal runs of letters, marks and digits) and single punctuation characters (a surrogate pair is one
 * character), in one pass over the UTF-16 units without a regex per token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  let newline = false;
  while (index < length) {
    const unit = text.charCodeAt(index);
    // ASCII fast path for the commonest characters.
    let kind: number;
    if (unit < 0x80) kind = CLASS_OF_UNIT[unit]!;
    else kind = classAt(text, index);
    const width = kind & ASTRAL ? 2 : 1;
    kind &= 7;
    if (kind === SPACE) {
      if (unit === 0x0a) newline = true;
      index += width;
      continue;
    }
    const start = index;
    let ascii = unit < 0x80;
    // An ASCII token without a capital A–Z is its own lowercase form: toLowerCase is skipped for it.
    let upper = unit >= 0x41 && unit <= 0x5a;
    index += width;
    if (kind === WORD) {
      // ASCII run inline; the general scanner takes over at the first non-ASCII character.
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next >= 0x80) {
          const end = wordEnd(text, index);
          if (end > index) ascii = false;
          index = end;
          break;
        }
        if (CLASS_OF_UNIT[next] !== WORD) break;
        if (next <= 0x5a && next >= 0x41) upper = true;
        index += 1;
      }
    }
    const tokenText = text.slice(start, index);
    tokens.push({
      start,
      end: index,
      text: tokenText,
      folded: ascii ? (upper ? tokenText.toLowerCase() : tokenText) : foldNonAscii(tokenText),
      breakBefore: newline && tokens.length > 0,
    });
    newline = false;
  }
  return tokens;
}

const UPPER = /^\p{Lu}/u;

/** Whether a token starts with an uppercase letter (\p{Lu}); ASCII answered without a regex. */
export function startsUpper(text: string): boolean {
  const unit = text.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
  return UPPER.test(text);
}
