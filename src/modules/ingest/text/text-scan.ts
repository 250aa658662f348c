// The character classes every scanner of the ingest pipeline shares (the linker's tokenizer, the MinHash shingler):
// word characters (letters, marks, digits: \p{L}\p{M}\p{N}), white space (\s) and everything else, one byte per
// UTF-16 unit of the Basic Multilingual Plane. Built once from the Unicode properties the regex tokenizer used, so
// a loop over char codes agrees with /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu everywhere, astral planes included.

export const SPACE = 0;
export const WORD = 1;
export const OTHER = 2;
/** Or-ed into a class by classAt when the character is a surrogate pair (two UTF-16 units). */
export const ASTRAL = 8;

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHARACTER = /\s/u;

export const CLASS_OF_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit += 1) {
    // Surrogates are classified in pairs by classAt; a lone one is a punctuation character of its own.
    if (unit >= 0xd800 && unit <= 0xdfff) {
      table[unit] = OTHER;
      continue;
    }
    const character = String.fromCharCode(unit);
    table[unit] = WORD_CHARACTER.test(character) ? WORD : SPACE_CHARACTER.test(character) ? SPACE : OTHER;
  }
  return table;
})();

/** The class of the character starting at `index`, with ASTRAL set when it is a surrogate pair. */
export function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      // Astral planes: historic scripts and mathematical letters are words, emoji are punctuation.
      const character = String.fromCharCode(unit, low);
      return (WORD_CHARACTER.test(character) ? WORD : SPACE_CHARACTER.test(character) ? SPACE : OTHER) | ASTRAL;
    }
  }
  return CLASS_OF_UNIT[unit]!;
}

/** The end (exclusive) of the run of word characters starting at `start`. */
export function wordEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      if (CLASS_OF_UNIT[unit] !== WORD) break;
      index += 1;
      continue;
    }
    const kind = classAt(text, index);
    if ((kind & 7) !== WORD) break;
    index += kind & ASTRAL ? 2 : 1;
  }
  return index;
}

export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** Folded forms of non-ASCII words, which need NFD; bounded so a stream of articles cannot grow it without end. */
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** Lowercase without diacritics (NFD, marks dropped), memoised. */
export function foldNonAscii(text: string): string {
  let folded = FOLD_CACHE.get(text);
  if (folded === undefined) {
    folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
    FOLD_CACHE.set(text, folded);
  }
  return folded;
}
