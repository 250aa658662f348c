// Language of a body whose source did not say. franc works on trigrams, so short texts are guesses: below
// MIN_LETTERS letters the answer is "unknown" (null), never a coin toss. Two more guards make "unsure" explicit:
// - candidates are limited to the languages news in this store is written in (LANGUAGES); franc's full list
//   confuses English with Scots and Spanish with Galician on ordinary news text;
// - for languages with a function-word list, the text must actually use that language's function words: a list of
//   place names ("Lima, Callao, Loreto, …") has trigrams but no language, and franc would call it Italian;
//   languages without such a list are only trusted on longer texts.
// The result is a BCP 47 tag: the ISO 639-1 code (via iso-639-3), or the 639-3 code where 639-1 has none.
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';

const MIN_LETTERS = 40;
/** Languages without a function-word list below are only trusted on longer texts. */
const MIN_LETTERS_UNCHECKED = 200;

/** franc's ISO 639-3 codes; individual languages of a macrolanguage are mapped to its 639-1 code below. */
const LANGUAGES = [
  'eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'cat', 'glg', 'ron', 'pol', 'ces', 'hun', 'swe', 'dan', 'nob',
  'fin', 'ell', 'tur', 'rus', 'ukr', 'bul', 'srp', 'hrv', 'arb', 'pes', 'heb', 'hin', 'urd', 'ben', 'cmn', 'jpn',
  'kor', 'vie', 'tha', 'ind', 'zlm', 'tgl', 'swh', 'amh', 'hau',
];
const MACROLANGUAGE_MEMBERS: Readonly<Record<string, string>> = { arb: 'ar', pes: 'fa', cmn: 'zh', zlm: 'ms', swh: 'sw', nob: 'nb' };

/** Frequent function words, accent-folded; a real text in the language has several per hundred words. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  eng: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it', 'from']),
  spa: new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'con', 'para', 'una', 'es']),
  por: new Set(['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'os', 'as', 'no', 'na', 'para', 'com', 'uma', 'nao']),
  fra: new Set(['le', 'la', 'les', 'de', 'des', 'et', 'en', 'du', 'un', 'une', 'que', 'est', 'pour', 'dans', 'sur']),
  deu: new Set(['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'nicht', 'auf']),
  ita: new Set(['il', 'la', 'di', 'che', 'e', 'del', 'della', 'in', 'un', 'per', 'con', 'non', 'le', 'sono', 'una']),
};
const MIN_FUNCTION_WORD_SHARE = 0.08;

function functionWordShare(text: string, words: ReadonlySet<string>): number {
  const tokens = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) return 0;
  return tokens.filter((token) => words.has(token)).length / tokens.length;
}

/** A BCP 47 language tag for `text`, or null when it is too short or the guess is not trustworthy. */
export function detectLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const [best] = francAll(text, { only: LANGUAGES, minLength: MIN_LETTERS });
  if (!best || best[0] === 'und') return null;
  const code = best[0];
  const words = FUNCTION_WORDS[code];
  if (words ? functionWordShare(text, words) < MIN_FUNCTION_WORD_SHARE : letters < MIN_LETTERS_UNCHECKED) return null;
  return MACROLANGUAGE_MEMBERS[code] ?? iso6393To1[code] ?? code;
}
