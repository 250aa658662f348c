// The one check of a mention's offsets, wherever a mention is written (an article created with mentions, a mention
// corrected): the span must lie inside its field, be at most 500 characters long and cover text that can name
// something. Offsets count Unicode code points (src/lib/text.ts: codePoints). The ingest pipeline finds its own
// mentions in src/modules/ingest and is not checked here.

/** The longest span a mention may cover, in code points. */
const maxSpan = 500;

/**
 * Why the offsets [start, end) cannot be a mention's in a field of these code points, or undefined when they can.
 * The problem always concerns `end` (start is checked to be ≥ 0 by the request schemas).
 */
export function mentionOffsetProblem(
  span: { start: number; end: number },
  text: readonly string[],
  field: string,
): string | undefined {
  if (span.end <= span.start) return 'must be greater than start';
  if (span.end > text.length) return `is past the end of the ${field} (${text.length} code points)`;
  if (span.end - span.start > maxSpan) return `a mention spans at most ${maxSpan} characters`;
  return undefined;
}

/** Words that never name an entity on their own (English, Spanish, Portuguese, French function words). */
const functionWords = new Set(
  (
    'a an and as at by for from in into is it its of on or the this that to was were with ' +
    'al de del el en la las lo los por un una uno y ' +
    'da das do dos e na no o os um uma ' +
    'au aux des du et le les un une'
  ).split(' '),
);

/**
 * Why the text a mention's offsets cover cannot be a mention of an entity, or undefined when it can: it must start and
 * end on the name (no surrounding spaces or punctuation left in), hold a letter or digit, and be more than a
 * function word such as "the".
 */
export function mentionSpanProblem(surface: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(surface)) return `covers "${surface}", which holds no letter or digit`;
  if (/^\s|\s$/u.test(surface)) return `covers "${surface}", which starts or ends with a space: cover the name alone`;
  if (functionWords.has(surface.toLowerCase())) return `covers "${surface}", a common word rather than a name`;
  return undefined;
}
