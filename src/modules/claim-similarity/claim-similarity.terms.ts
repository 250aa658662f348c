// Which index probes find the claims a text may paraphrase, chosen from the text's words and how common each is. Pure.
//
// Candidates come from the claims' search vectors (the GIN index on claims.search: each claim's words stemmed in its
// article's language, unaccented). The text is stemmed as English, as Spanish and as is (simple), since its
// language is not given; a name or a number stems alike in all three, which is how a text finds claims in another
// language. The text's own language is the one whose stop words it uses most (fewest words left once they are
// removed; a tie keeps both English and Spanish). Each probe is a tsquery, run through the GIN index's bitmap scan
// (meridian_claims_matching), reading at most its own limit of claims:
//
//   all words   every word of the text in its language (rewordings, reorderings): GIN intersects the posting lists
//               from the shortest one, so the probe reads about that list
//   rare words  any word, in any of the three stemmings, expected in at most `rareClaims` claims (names, numbers,
//               uncommon nouns): short lists by definition
//   word pairs  two of the three least common remaining words of the text in its language: a paraphrase shares some
//               of the specific words even when it rewords the rest
//
// How common a word is comes from PostgreSQL's statistics on the column (pg_stats.most_common_elems: the share of
// claims holding each of the most common words, as ANALYZE measured it; a word not listed is rarer than the least
// common one listed). Without statistics (a new or small table) every word counts as rare. A probe's cost is the
// posting lists it reads: its expected length is counted against `readBudget`, and a pair or the rare-word probe
// that would pass it is left out (the first all-words probe always runs; its limit bounds the claims it returns).
// On templated text, where every word is common, that leaves the all-words probe: see
// bench/claims-similar-results.md.

/** A word of the query text, as one text search configuration stems it, and the share of claims that contain it. */
export type QueryTerm = {
  config: 'english' | 'spanish' | 'simple';
  lexeme: string;
  /** The share of claims whose search vector holds the lexeme, as ANALYZE measured it; null when it is not listed. */
  frequency: number | null;
};

/** What the statistics say about the column as a whole. */
export type TermStatistics = {
  /** The estimated number of claims (pg_class.reltuples; 0 when never analysed). */
  claims: number;
  /** The lowest frequency listed: a word not listed is at most this common; null without statistics. */
  floor: number | null;
};

export type TextProbe = { query: string; limit: number };

export const probeLimits = { allWords: 40, rareWords: 60, wordPairs: 30 } as const;
/** A word expected in at most this many claims is rare: any claim containing it is a candidate (up to the limit). */
export const rareClaims = 1000;
/**
 * Posting-list entries the probes of one text may expect to read together. At 1M claims a conjunction whose shortest
 * list held 33,000 entries took 6 ms to scan and 8 ms more to start reading its bitmap (load average 10).
 */
export const readBudget = 40_000;
/** Words past this many (per configuration, least common first) are left out of the probes. */
const maxWords = 24;
const pairWords = 3;

/** A lexeme as a tsquery operand: quoted, so that no character of it is read as an operator. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;
}

type Word = { lexeme: string; expected: number };

/** The expected number of claims containing a term (0 without statistics). */
function expectedClaims(term: QueryTerm, statistics: TermStatistics): number {
  if (statistics.floor === null || statistics.claims <= 0) return 0;
  return (term.frequency ?? statistics.floor) * statistics.claims;
}

/** The text's language(s) among the stemmings: the one that removed the most stop words (fewest words left). */
function textConfigs(words: Record<QueryTerm['config'], Word[]>): QueryTerm['config'][] {
  const english = words.english.length;
  const spanish = words.spanish.length;
  if (english === 0 || spanish === 0) {
    if (english + spanish > 0) return english > 0 ? ['english'] : ['spanish'];
    return words.simple.length > 0 ? ['simple'] : [];
  }
  if (english < spanish) return ['english'];
  if (spanish < english) return ['spanish'];
  return ['english', 'spanish'];
}

export function planTextProbes(terms: readonly QueryTerm[], statistics: TermStatistics): TextProbe[] {
  const words = { english: [] as Word[], spanish: [] as Word[], simple: [] as Word[] };
  for (const term of terms)
    words[term.config].push({ lexeme: term.lexeme, expected: expectedClaims(term, statistics) });
  for (const list of Object.values(words))
    list.sort((a, b) => a.expected - b.expected || a.lexeme.localeCompare(b.lexeme)).splice(maxWords);

  const candidates: (TextProbe & { cost: number; always: boolean })[] = [];
  const rare = new Map<string, number>();
  for (const list of Object.values(words))
    for (const word of list) if (word.expected <= rareClaims) rare.set(word.lexeme, word.expected);
  const configs = textConfigs(words);
  configs.forEach((config, index) => {
    const list = words[config];
    if (list.length === 0) return;
    candidates.push({
      query: list.map((word) => quoteLexeme(word.lexeme)).join(' & '),
      limit: probeLimits.allWords,
      cost: list[0]!.expected,
      always: index === 0,
    });
  });
  if (rare.size > 0)
    candidates.push({
      query: [...rare.keys()]
        .sort()
        .map((lexeme) => quoteLexeme(lexeme))
        .join(' | '),
      limit: probeLimits.rareWords,
      cost: [...rare.values()].reduce((sum, expected) => sum + expected, 0),
      always: false,
    });
  for (const config of configs) {
    const common = words[config].filter((word) => word.expected > rareClaims).slice(0, pairWords);
    for (let i = 0; i < common.length; i++)
      for (let j = i + 1; j < common.length; j++)
        candidates.push({
          query: `${quoteLexeme(common[i]!.lexeme)} & ${quoteLexeme(common[j]!.lexeme)}`,
          limit: probeLimits.wordPairs,
          cost: Math.min(common[i]!.expected, common[j]!.expected),
          always: false,
        });
  }

  const probes: TextProbe[] = [];
  const seen = new Set<string>();
  let spent = 0;
  for (const { query, limit, cost, always } of candidates) {
    if (seen.has(query) || (!always && spent + cost > readBudget)) continue;
    seen.add(query);
    spent += cost;
    probes.push({ query, limit });
  }
  return probes;
}
