// Relations an article states plainly, between two entities it mentions next to each other: "Dina Boluarte, the
// president of Peru" (head_of), "the port of Chancay, operated by Cosco Shipping" (operates). Pure: text and mention
// spans in, candidate relations out. They are stored as `proposed`, with the article and the words as evidence, for a
// reviewer to accept (POST /v1/relations/{id}/review); the entity types each type joins are checked when they are
// stored (relations.rules.ts), so a pattern that happens to join a place and a person proposes nothing.

/** A body mention as the store has it: code-point offsets and the entity it links to. */
export type SpanMention = { start: number; end: number; entityId: string };

export type StatedRelation = {
  type: 'head_of' | 'operates';
  subjectId: string;
  objectId: string;
  /** The evidence in code points of the body: from the first mention's start to the second's end. */
  evidenceStart: number;
  evidenceEnd: number;
};

/** The words between the two mentions, and which mention is the subject. */
const patterns: { between: RegExp; type: StatedRelation['type']; subject: 'first' | 'second' }[] = [
  // "X, the president of Y", "X, president of Y", "X, the prime minister of Y", "X, head of state of Y"
  {
    between:
      /^,\s+(?:the\s+)?(?:president|prime\s+minister|premier|head\s+of\s+state|head\s+of\s+government|leader|chairman|chairwoman|chair|secretary[-\s]general|director[-\s]general|chief\s+executive)\s+of\s+(?:the\s+)?$/i,
    type: 'head_of',
    subject: 'first',
  },
  // "Y's president, X" / "Y president X" are too loose to read without a parser: only the apposition above.
  // "the port of Chancay, operated by Cosco Shipping", "Chancay (operated by Cosco)", "Chancay, run by DP World"
  {
    between: /^(?:,|\s+\()\s*(?:which\s+is\s+|that\s+is\s+)?(?:operated|run|managed)\s+by\s+(?:the\s+)?$/i,
    type: 'operates',
    subject: 'second',
  },
];

/** Longest gap between two mentions worth testing against the patterns (the longest pattern is well under this). */
const maxGap = 48;

/** The body's text between two code-point offsets. */
type Slice = (start: number, end: number) => string;

/**
 * The body as code-point slices: a body with no surrogate pair (almost every one) is sliced as it is, since its
 * UTF-16 indices are its code points; another is split into code points once.
 */
export function codePointSlice(body: string): Slice {
  if (!/[\uD800-\uDFFF]/.test(body)) return (start, end) => body.slice(start, end);
  const points = Array.from(body);
  return (start, end) => points.slice(start, end).join('');
}

/**
 * The relations stated between consecutive body mentions of distinct entities. `body` slices the article body by
 * code points (what mention offsets count; codePointSlice); mentions in any order.
 */
export function statedRelations(body: Slice, mentions: readonly SpanMention[]): StatedRelation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const found: StatedRelation[] = [];
  const seen = new Set<string>();
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    const first = sorted[index]!;
    const second = sorted[index + 1]!;
    if (first.entityId === second.entityId || second.start < first.end || second.start - first.end > maxGap) continue;
    const between = body(first.end, second.start);
    for (const pattern of patterns) {
      if (!pattern.between.test(between)) continue;
      const [subject, object] = pattern.subject === 'first' ? [first, second] : [second, first];
      const key = `${pattern.type}:${subject.entityId}:${object.entityId}`;
      if (seen.has(key)) break;
      seen.add(key);
      found.push({
        type: pattern.type,
        subjectId: subject.entityId,
        objectId: object.entityId,
        evidenceStart: first.start,
        evidenceEnd: second.end,
      });
      break;
    }
  }
  return found;
}

/** The stated relations of a batch of stored articles, from their body mentions, with the article as source. */
export function statedRelationsOfBatch(
  articles: readonly { id: string; body: string }[],
  mentions: readonly { articleId: string; entityId: string; field: string; start: number; end: number }[],
): (StatedRelation & { articleId: string })[] {
  const byArticle = new Map<string, SpanMention[]>();
  for (const mention of mentions) {
    if (mention.field !== 'body') continue;
    const list = byArticle.get(mention.articleId);
    if (list) list.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  const found: (StatedRelation & { articleId: string })[] = [];
  for (const article of articles) {
    const spans = byArticle.get(article.id);
    if (!spans || spans.length < 2) continue;
    for (const relation of statedRelations(codePointSlice(article.body), spans))
      found.push({ ...relation, articleId: article.id });
  }
  return found;
}
