// The search query language, parsed here so that no user text ever reaches PostgreSQL's tsquery parser as syntax.
// The result is a small tree (OR of AND-groups of terms); the repository turns each term into a tsquery with
// functions that cannot fail on any input (plainto_tsquery, phraseto_tsquery) and combines them with tsquery
// operators. Only prefix terms use to_tsquery, on an operand made of letters and digits alone.
//
// Syntax (web-search style, as websearch_to_tsquery understands it, plus prefixes):
//   lithium troops        both words (stemmed: "troop" also finds "troops")
//   "armed forces"        the words next to each other, in that order
//   chile OR peru         either side; OR binds loosest: `a b OR c` is (a and b) or c
//   -bolivia  -"la paz"   without this word or phrase
//   lith*                 words starting with "lith" (at least 3 letters before the star)
// Everything else is text: punctuation is ignored the way the text search parser ignores it.

export type Term = {
  kind: 'word' | 'phrase' | 'prefix';
  /** The text to normalise: a word, a phrase's words, or a prefix's letters. */
  text: string;
  negated: boolean;
};

/** Terms that must all hold; a query is a list of groups of which any may hold. */
export type TermGroup = Term[];

export type ParsedQuery = { groups: TermGroup[]; termCount: number };

export const maxTerms = 32;
export const minPrefixLength = 3;

export class QuerySyntaxError extends Error {}

/** Control characters (NUL included) cannot be stored in PostgreSQL text and mean nothing in a query: blanks. */
function clean(input: string): string {
  return input.normalize('NFC').replace(/[\p{Cc}\p{Cs}\u{FFFE}\u{FFFF}]/gu, ' ');
}

const prefixCore = /^[\p{L}\p{N}\p{M}]+$/u;

function wordTerm(raw: string, negated: boolean): Term | null {
  if (raw.endsWith('*')) {
    const core = raw.replace(/\*+$/, '');
    if (prefixCore.test(core)) {
      if (Array.from(core).length < minPrefixLength) {
        throw new QuerySyntaxError(`a prefix needs at least ${minPrefixLength} letters before the star: '${raw}'`);
      }
      return { kind: 'prefix', text: core, negated };
    }
    // Not a plain run of letters ("u.s.*", "*"): the star is punctuation, like any other.
    return core.length > 0 ? { kind: 'word', text: core, negated } : null;
  }
  return { kind: 'word', text: raw, negated };
}

export function parseQuery(input: string): ParsedQuery {
  const text = clean(input);
  const groups: TermGroup[] = [[]];
  let termCount = 0;
  let index = 0;
  const push = (term: Term | null) => {
    if (term === null) return;
    termCount += 1;
    if (termCount > maxTerms) throw new QuerySyntaxError(`a query has at most ${maxTerms} words, phrases and prefixes`);
    (groups[groups.length - 1] as TermGroup).push(term);
  };

  while (index < text.length) {
    const char = text[index] as string;
    if (/\s/u.test(char)) {
      index += 1;
      continue;
    }
    const negated = char === '-' && index + 1 < text.length && !/\s/u.test(text[index + 1] as string);
    const start = negated ? index + 1 : index;
    if (text[start] === '"') {
      // A phrase runs to the closing quote, or to the end when there is none (as websearch_to_tsquery reads it).
      const close = text.indexOf('"', start + 1);
      const end = close === -1 ? text.length : close;
      const phrase = text.slice(start + 1, end).trim();
      if (phrase.length > 0) push({ kind: 'phrase', text: phrase, negated });
      index = end + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/u.test(text[end] as string) && text[end] !== '"') end += 1;
    const raw = text.slice(start, end);
    index = end;
    if (!negated && raw.toLowerCase() === 'or') {
      // OR between two terms starts a new group; a leading, trailing or doubled OR is ignored.
      if ((groups[groups.length - 1] as TermGroup).length > 0) groups.push([]);
      continue;
    }
    if (raw.length > 0) push(wordTerm(raw, negated));
  }
  return { groups: groups.filter((group) => group.length > 0), termCount };
}

/** The words a query looks for (not the excluded ones), for matching entity names: one list per OR-group. */
export function positiveTexts(query: ParsedQuery): string[][] {
  return query.groups
    .map((group) => group.filter((term) => !term.negated).map((term) => term.text))
    .filter((texts) => texts.length > 0);
}
