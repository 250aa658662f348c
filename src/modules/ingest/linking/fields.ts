// Linking an article's fields together: the title, the dateline's place and the body are read as one document —
// one tokenizer pass and one trie walk, and one context, so "Congo" in a title is told apart by "Kinshasa" in the
// body — and each mention is then reported in the field it stands in, with code point offsets into that field.
//
// Per field: the title may be written in headline case ("Japan To Cut Rice Imports") or capitals, the body in
// capitals or lowercase, each detected on its own (text-case.ts); the dateline is read for its place only (a town,
// never a port), and compromise NER only proposes in the body (a title's capitals make it guess).
import { codePointIndexer } from '../text/offsets.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { LinkedMention, Linker } from './linker.ts';
import { detectCaseMode, IN_DATELINE } from './text-case.ts';

export const MENTION_FIELDS = ['title', 'dateline', 'body'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];

export interface FieldText {
  field: MentionField;
  text: string;
}

export interface FieldMention extends LinkedMention {
  /** The field the offsets count into: title[start, end) === surface, or the dateline's, or the body's. */
  field: MentionField;
}

export interface LinkedFields {
  mentions: FieldMention[];
  /** The tokens of the body alone (offsets into the joined text): the MinHash signature hashes their words. */
  bodyTokens: Token[];
}

const SEPARATOR = '\n\n';

/** Links the fields as one document; mentions come back per field, in field order then text order. */
export function linkFields(
  linker: Linker,
  fields: readonly FieldText[],
  options: {
    language: string | null;
    ner: boolean;
    publishedAt?: Date | string | null;
    minProposalConfidence?: number;
  },
): LinkedFields {
  const parts = fields.filter((part) => part.text.length > 0);
  const text = parts.map((part) => part.text).join(SEPARATOR);
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += part.text.length + SEPARATOR.length;
  }
  const tokens = tokenize(text);
  const flags = new Uint8Array(tokens.length);
  let bodyRange = { start: text.length, end: text.length };
  let bodyTokens: Token[] = [];
  let index = 0;
  parts.forEach((part, position) => {
    const start = starts[position]!;
    const end = start + part.text.length;
    const from = index;
    while (index < tokens.length && tokens[index]!.start < end) index += 1;
    const mode = detectCaseMode(tokens, from, index, part.field === 'title');
    flags.fill(mode | (part.field === 'dateline' ? IN_DATELINE : 0), from, index);
    if (part.field === 'body') {
      bodyRange = { start, end };
      bodyTokens = tokens.slice(from, index);
    }
  });

  const linked = linker.link(text, { ...options, tokens, tokenFlags: flags, nerRange: bodyRange });
  const toCodePoints = codePointIndexer(text);
  const bounds = parts.map((part, position) => ({
    field: part.field,
    start: toCodePoints(starts[position]!),
    end: toCodePoints(starts[position]! + part.text.length),
  }));
  const mentions: FieldMention[] = [];
  for (const mention of linked) {
    const bound = bounds.find((candidate) => mention.start >= candidate.start && mention.start < candidate.end);
    // A span across the blank line between two fields (a pattern's whitespace) belongs to neither.
    if (bound === undefined || mention.end > bound.end) continue;
    mentions.push({
      ...mention,
      field: bound.field,
      start: mention.start - bound.start,
      end: mention.end - bound.start,
    });
  }
  return { mentions, bodyTokens };
}
