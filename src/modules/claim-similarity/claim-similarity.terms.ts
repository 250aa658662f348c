// Which index probes find the claims a text may paraphrase, chosen from the text's words and how common each is. Pure.
//
// Candidates come from the claims' search vectors (the GIN index on claims.search: each claim's words stemmed in its
// article's language, unaccented). The text is stemmed as English, as Spanish and as is (simple), since its
// language is unknown; a word stems alike in all three when it is a name or a number, which is how a text finds
// claims in another language. Each probe is a tsquery whose cost is bounded whatever the number of claims:
//
//   all words   every word of the text under one configuration (the rewordings and reorderings): GIN intersects
//               the posting lists from the rarest one, so its cost is that list's length
//   rare words  any word expected in at most `rareClaims` claims (names, numbers, uncommon nouns): the lists read
//               are short by definition
//   word pairs  any two of the four least common remaining words under one configuration: a paraphrase shares
//               some of the specific words even when it rewords the rest
//
// and reads at most its own limit of claims. How common a word is comes from PostgreSQL's statistics on the column
// (pg_stats.most_common_elems, the frequencies ANALYZE measured for the most common words; a word not listed is
// rarer than the least common listed one). Without statistics (a new or small table) every word counts as rare.
// A pair or conjunction of common words still matches many claims on templated text; the limit bounds what is read.

/** A word of the query text, as one text search configuration stems it, and the share of claims that contain it. */
export type QueryTerm = {
  config: 'english' | 'spanish' | 'simple';
  lexeme: string;
  /** The share of claims whose search vector holds the lexeme, as ANALYZE measured it; null when it is not listed. */
  frequency: number | null;
};

/** What the statistics say about the column as a whole. */
export type TermStatistics = {
  /** The estimated number of claims (pg_class.reltuples; -1 or 0 when never analysed). */
  claims: number;
  /** The lowest frequency listed: a word not listed is at most this common; null without statistics. */
  floor: number | null;
};

export type TextProbe = { query: string; limit: number };

export const probeLimits = { allWords: 30, rareWords: 60, wordPairs: 40 } as const;
/** A word expected in at most this many claims is rare: any claim containing it is a candidate (up to the limit). */
export const rareClaims = 1000;
/** How many of the least common words of each configuration make the pairs (4 words: 6 pairs). */
const pairWords = 4;
/** Words past this many (per configuration, least common first) are left out of the probes. */
const maxWords = 24;

/** A lexeme as a tsquery operand: quoted, so that no character of it is read as an operator. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;
}

/** The expected number of claims containing a term. */
function expectedClaims(term: QueryTerm, statistics: TermStatistics): number {
  if (statistics.floor === null || statistics.claims <= 0) return 0;
  return (term.frequency ?? statistics.floor) * statistics.claims;
}

export function planTextProbes(terms: readonly QueryTerm[], statistics: TermStatistics): TextProbe[] {
  const probes: TextProbe[] = [];
  const seen = new Set<string>();
  const add = (query: string, limit: number) => {
    if (seen.has(query)) return;
    seen.add(query);
    probes.push({ query, limit });
  };
  const rare = new Set<string>();
  for (const config of ['english', 'spanish', 'simple'] as const) {
    const words = terms
      .filter((term) => term.config === config)
      .map((term) => ({ lexeme: term.lexeme, expected: expectedClaims(term, statistics) }))
      .sort((a, b) => a.expected - b.expected || a.lexeme.localeCompare(b.lexeme))
      .slice(0, maxWords);
    if (words.length === 0) continue;
    add(words.map((word) => quoteLexeme(word.lexeme)).join(' & '), probeLimits.allWords);
    for (const word of words) if (word.expected <= rareClaims) rare.add(word.lexeme);
    const common = words.filter((word) => word.expected > rareClaims).slice(0, pairWords);
    const pairs: string[] = [];
    for (let i = 0; i < common.length; i++)
      for (let j = i + 1; j < common.length; j++)
        pairs.push(`(${quoteLexeme(common[i]!.lexeme)} & ${quoteLexeme(common[j]!.lexeme)})`);
    if (pairs.length > 0) add(pairs.join(' | '), probeLimits.wordPairs);
  }
  if (rare.size > 0)
    add(
      [...rare]
        .sort()
        .map((lexeme) => quoteLexeme(lexeme))
        .join(' | '),
      probeLimits.rareWords,
    );
  return probes;
}
