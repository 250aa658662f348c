// Language of a body whose source did not say. franc works on trigrams, so short texts are guesses: below
// MIN_LETTERS letters the answer is "unknown" (null), never a coin toss. Two more guards make "unsure" explicit:
// - candidates are limited to the languages news in this store is written in (LANGUAGES); franc's full list
//   confuses English with Scots and Spanish with Galician on ordinary news text;
// - for languages with a function-word list, the text must actually use that language's function words: a list of
//   place names ("Lima, Callao, Loreto, …") has trigrams but no language, and franc would call it Italian;
//   languages without such a list are only trusted on longer texts.
// The result is a BCP 47 tag: the ISO 639-1 code (via iso-639-3), or the 639-3 code where 639-1 has none.
// Speed: franc and the function-word check read a bounded prefix of the text (PREFIX_LENGTH, cut at a space):
// trigram statistics settle within a few hundred characters, and franc's cost grows with the trigrams it compares
// against every candidate language. The letter count behind the length guards stops as soon as it is decided.
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';

const MIN_LETTERS = 40;
/** Languages without a function-word list below are only trusted on longer texts. */
const MIN_LETTERS_UNCHECKED = 200;

/** franc's ISO 639-3 codes; individual languages of a macrolanguage are mapped to its 639-1 code below. */
const LANGUAGES = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'cat',
  'glg',
  'ron',
  'pol',
  'ces',
  'hun',
  'swe',
  'dan',
  'nob',
  'fin',
  'ell',
  'tur',
  'rus',
  'ukr',
  'bul',
  'srp',
  'hrv',
  'arb',
  'pes',
  'heb',
  'hin',
  'urd',
  'ben',
  'cmn',
  'jpn',
  'kor',
  'vie',
  'tha',
  'ind',
  'zlm',
  'tgl',
  'swh',
  'amh',
  'hau',
];
const MACROLANGUAGE_MEMBERS: Readonly<Record<string, string>> = {
  arb: 'ar',
  pes: 'fa',
  cmn: 'zh',
  zlm: 'ms',
  swh: 'sw',
  nob: 'nb',
};

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
/** Characters of the text read by franc and the function-word check. */
export const PREFIX_LENGTH = 512;

function functionWordShare(text: string, words: ReadonlySet<string>): number {
  const tokens =
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) return 0;
  return tokens.filter((token) => words.has(token)).length / tokens.length;
}

const LETTER = /\p{L}/u;

/** Letters (\p{L}) in `text`, counted only up to `enough`. */
function countLetters(text: string, enough: number): number {
  let letters = 0;
  for (let index = 0; index < text.length && letters < enough; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      if ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) letters += 1;
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      if (LETTER.test(text.slice(index, index + 2))) letters += 1;
      index += 1;
    } else if (LETTER.test(text[index]!)) letters += 1;
  }
  return letters;
}

/** The first PREFIX_LENGTH characters, cut back to the last space so no word is split. */
function prefixOf(text: string): string {
  if (text.length <= PREFIX_LENGTH) return text;
  const space = text.lastIndexOf(' ', PREFIX_LENGTH);
  return text.slice(0, space > PREFIX_LENGTH / 2 ? space : PREFIX_LENGTH);
}

/** A BCP 47 language tag for `text`, or null when it is too short or the guess is not trustworthy. */
export function detectLanguage(text: string): string | null {
  const letters = countLetters(text, MIN_LETTERS_UNCHECKED);
  if (letters < MIN_LETTERS) return null;
  const prefix = prefixOf(text);
  const [best] = francAll(prefix, { only: LANGUAGES, minLength: MIN_LETTERS });
  if (!best || best[0] === 'und') return null;
  const code = best[0];
  const words = FUNCTION_WORDS[code];
  if (words ? functionWordShare(prefix, words) < MIN_FUNCTION_WORD_SHARE : letters < MIN_LETTERS_UNCHECKED) return null;
  return MACROLANGUAGE_MEMBERS[code] ?? iso6393To1[code] ?? code;
}
