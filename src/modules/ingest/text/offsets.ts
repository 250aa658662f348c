// Offsets in Meridian count Unicode code points (README, "Conventions"); JavaScript strings index UTF-16 units.
// Matching runs on UTF-16 indices and converts once at the end, through this table.

// Without the u flag a class of UTF-16 units: any surrogate, paired or lone. Irregexp scans for it about four times
// faster than a char-code loop (and a one-byte string cannot hold one at all).
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether `text` holds a surrogate (half of an astral character, or a lone one). */
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}

const IDENTITY = (index: number) => index;

/** Maps UTF-16 indices of `text` to code point indices; the identity when the text has no astral characters. */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  if (!hasSurrogates(text)) return IDENTITY;
  const table = new Int32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i += 1) {
    table[i] = codePoints;
    const unit = text.charCodeAt(i);
    const isLowHalfOfPair = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    if (!isLowHalfOfPair) codePoints += 1;
  }
  table[text.length] = codePoints;
  return (index) => table[index]!;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** `text[start, end)` in code points: what a client does with a stored offset pair. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** The inverse of codePointIndexer: code point offsets of `text` to UTF-16 indices. */
export function utf16Indexer(text: string): (codePointIndex: number) => number {
  if (!hasSurrogates(text)) return IDENTITY;
  const table: number[] = [];
  let unit = 0;
  for (const character of text) {
    table.push(unit);
    unit += character.length;
  }
  table.push(unit);
  return (index) => table[index]!;
}
