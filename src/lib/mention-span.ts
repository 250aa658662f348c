// What a mention's span may hold. Offsets are checked against the body (in range, at most 500 characters) where
// mentions are written; this says whether the text they cover can name anything at all.

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
