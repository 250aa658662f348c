// Sentence and clause boundaries for the claim extractor, as UTF-16 ranges of the body. A full stop after a known
// abbreviation ("No. 31758", "U.S.", "Mr.") or an initial does not end a sentence; a paragraph break always does.
import { CLASS_OF_UNIT, SPACE } from './text-scan.ts';

export interface TextRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'sen',
  'rep',
  'gov',
  'st',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'ltd',
  'co',
  'sr',
  'sra',
  'srta',
  'dña',
  'art',
  'núm',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'ee.uu',
]);

const LETTER = /^\p{L}$/u;

function isLetterOrDot(body: string, index: number): boolean {
  const unit = body.charCodeAt(index);
  if (unit < 0x80) return unit === 0x2e || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  return LETTER.test(body[index]!);
}

/**
 * The run of letters and dots right before the full stop at `stop` (not reaching before `from`), lowercased: "u.s"
 * before the last dot of "U.S.", "no" in "No. 31758". Null when `stop` is not a full stop or nothing precedes it —
 * what /([\p{L}.]+)\.$/u gave on body[from, stop], without a slice and a regex per boundary.
 */
function wordBeforeFullStop(body: string, stop: number, from: number): string | null {
  if (body.charCodeAt(stop) !== 0x2e) return null;
  let first = stop;
  while (first > from) {
    const unit = body.charCodeAt(first - 1);
    // A surrogate pair (an astral letter) is read as one character, as the regex did.
    if (unit >= 0xdc00 && unit <= 0xdfff && first - 2 >= from && LETTER.test(body.slice(first - 2, first))) first -= 2;
    else if (isLetterOrDot(body, first - 1)) first -= 1;
    else break;
  }
  return first === stop ? null : body.slice(first, stop).toLowerCase();
}

const BOUNDARY = /\n\n|[.!?]+[”"’)\]]*(?=\s+[“"‘([¿¡]?[\p{Lu}\d])/gu;

/** Sentence ranges, trimmed of surrounding spaces. */
export function sentenceRanges(body: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  // body[start, end) without the white space trim() removes (\s: the SPACE class), found on char codes, no slices.
  const push = (end: number) => {
    let first = start;
    let last = end;
    while (first < last && CLASS_OF_UNIT[body.charCodeAt(first)] === SPACE) first += 1;
    while (last > first && CLASS_OF_UNIT[body.charCodeAt(last - 1)] === SPACE) last -= 1;
    if (last > first) ranges.push({ start: first, end: last });
  };
  // An exec loop on the shared regex: matchAll would clone it.
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(body); match !== null; match = BOUNDARY.exec(body)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n\n') {
      const word = wordBeforeFullStop(body, match.index, Math.max(start, match.index - 12));
      if (word !== null && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    }
    push(match[0] === '\n\n' ? match.index : end);
    start = end;
  }
  push(body.length);
  return ranges;
}

/** Clauses of a sentence: split at commas, semicolons, dashes and " and "/" y " — for scoping a number's subjects. */
export function clauseRanges(body: string, sentence: TextRange): TextRange[] {
  const ranges: TextRange[] = [];
  let start = sentence.start;
  const text = body.slice(sentence.start, sentence.end);
  for (const match of text.matchAll(/[,;:](?=\s)\s*|[—–]\s*|\s+(?:and|y|but|pero)\s+/gu)) {
    const end = sentence.start + match.index;
    if (end > start) ranges.push({ start, end });
    start = end + match[0].length;
  }
  if (sentence.end > start) ranges.push({ start, end: sentence.end });
  return ranges;
}
