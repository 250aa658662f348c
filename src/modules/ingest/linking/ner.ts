// Named-entity recognition with compromise (people, organizations, places), to propose entities the gazetteer does
// not know. compromise is a rule-and-lexicon tagger for English: fast to load, no model to download, but noisy —
// so its spans are cleaned (quotes, punctuation and possessives trimmed, lowercase edges dropped), only fill the
// gaps the gazetteer leaves, and carry a low confidence. It is also slow next to the gazetteer (tens of µs per
// word), which is why the linker makes it optional and only shows it the sentences where a proposal could survive.
import nlp from 'compromise';

import type { EntityType } from '../../../generated/prisma/enums.ts';

export interface NerSpan {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  text: string;
  type: Extract<EntityType, 'person' | 'organization' | 'place'>;
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

// Angle brackets too: wires bracket company names ("<Strong Point Inc>"), which plain text keeps.
const EDGE_PUNCTUATION = /^[\s“”"‘’'([<«»,.;:!?—–-]+|[\s“”"‘’'()\]<>«»,.;:!?—–-]+$/gu;
const POSSESSIVE = /[’']s$/u;
/** Words that start a span but are not part of a name ("President Pedro Castillo" → "Pedro Castillo"). */
const LEADING_WORDS =
  /^(?:(?:the|a|an|el|la|los|las|que|de|del|President|Presidente|Presidenta|Secretary|Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+/u;
const TITLE_ONLY =
  /^(?:President|Presidente|Presidenta|Secretary|Minister|Ministro|Ministra|Senator|Governor|General)$/u;
const CONFIDENCE: Readonly<Record<NerSpan['type'], number>> = { person: 0.5, organization: 0.4, place: 0.4 };

function clean(text: string): string {
  let core = text.replace(EDGE_PUNCTUATION, '');
  core = core.replace(POSSESSIVE, '').replace(EDGE_PUNCTUATION, '');
  return core.replace(LEADING_WORDS, '');
}

/** Where `core` stands in the body near compromise's offset (its offsets can skip leading punctuation). */
function locate(body: string, core: string, near: number): number {
  const from = Math.max(0, near - 8);
  const at = body.indexOf(core, from);
  return at !== -1 && at <= near + 16 ? at : -1;
}

/** NER proposals over the whole body. */
export function nerSpans(body: string): NerSpan[] {
  return nerSpansIn(body, [{ start: 0, end: body.length }]);
}

/**
 * NER proposals inside the given UTF-16 ranges of the body (whole sentences: compromise tags a sentence from its own
 * words, so a sentence tagged alone gets the tags it gets inside the document), in body order. The linker passes only
 * the sentences where a proposal could survive, which is most of the saving: compromise costs tens of µs per word.
 */
export function nerSpansIn(body: string, ranges: readonly { start: number; end: number }[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const range of ranges) {
    const text = body.slice(range.start, range.end);
    for (const span of spansOf(text))
      spans.push({ ...span, start: span.start + range.start, end: span.end + range.start });
  }
  // Stable: at one start, people before organizations before places, as nerSpans always gave them.
  return spans.sort((a, b) => a.start - b.start);
}

function spansOf(body: string): NerSpan[] {
  const doc = nlp(body);
  const groups: [NerSpan['type'], CompromiseMatch[]][] = [
    ['person', doc.people().json({ offset: true }) as CompromiseMatch[]],
    ['organization', doc.organizations().json({ offset: true }) as CompromiseMatch[]],
    ['place', doc.places().json({ offset: true }) as CompromiseMatch[]],
  ];
  const spans: NerSpan[] = [];
  for (const [type, matches] of groups) {
    for (const match of matches) {
      const core = clean(match.text);
      // A single lowercase word, or a span starting lowercase, is not a name.
      if (core.length < 2 || !/^\p{Lu}/u.test(core) || !/\p{Ll}|\p{Lu}{2}/u.test(core) || TITLE_ONLY.test(core))
        continue;
      const start = locate(body, core, match.offset.start);
      if (start === -1) continue;
      spans.push({ start, end: start + core.length, text: core, type });
    }
  }
  return spans;
}

export function nerConfidence(type: NerSpan['type']): number {
  return CONFIDENCE[type];
}
