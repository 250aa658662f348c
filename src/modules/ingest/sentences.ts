// Sentence and clause boundaries for the claim extractor, as UTF-16 ranges of the body. A full stop after a known
// abbreviation ("No. 31758", "U.S.", "Mr.") or an initial does not end a sentence; a paragraph break always does.

export interface TextRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'sen', 'rep', 'gov', 'st', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co',
  'sr', 'sra', 'srta', 'dña', 'art', 'núm', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'ee.uu',
]);

/** Sentence ranges, trimmed of surrounding spaces. */
export function sentenceRanges(body: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = body.slice(start, end);
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed.length > 0) ranges.push({ start: start + leading, end: start + leading + trimmed.length });
  };
  const boundary = /\n\n|[.!?]+[”"’)\]]*(?=\s+[“"‘([¿¡]?[\p{Lu}\d])/gu;
  for (const match of body.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n\n') {
      const word = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(start, match.index - 12), match.index + 1))?.[1]?.toLowerCase();
      if (word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
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
