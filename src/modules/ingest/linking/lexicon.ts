// Word knowledge the context rules read: which words are ordinary English or Spanish words (so a name spelled like
// one carries no evidence where the text's capitals say nothing), which words are currency units (a country name
// before one is part of the currency's name), and which verbs report speech (a place does not say things).
//
// The common words are the lowercase stems of the Hunspell dictionaries in the npm packages dictionary-en (SCOWL,
// MIT AND BSD) and dictionary-es (RLA-ES, MPL-1.1 among its licences), read once per process. Only stems count, not
// their inflections: "china" and "island" are English words, "wales" (a plural of "wale") is not, so Wales keeps its
// name in lowercase text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { foldToken } from '../text/tokens.ts';

/** Bits of a language mask: a word is common in English, in Spanish, or both. */
export const ENGLISH = 1;
export const SPANISH = 2;
export const ANY_LANGUAGE = ENGLISH | SPANISH;

/** The mask of the languages whose common words matter for a document in `language` (null: both). */
export function languageMask(language: string | null): number {
  if (language === null) return ANY_LANGUAGE;
  const primary = language.slice(0, 2).toLowerCase();
  return primary === 'en' ? ENGLISH : primary === 'es' ? SPANISH : ANY_LANGUAGE;
}

let commonWords: Map<string, number> | undefined;

function readStems(packageName: string, bit: number, into: Map<string, number>): void {
  const entry = createRequire(import.meta.url).resolve(packageName);
  const text = readFileSync(path.join(path.dirname(entry), 'index.dic'), 'utf8');
  let start = text.indexOf('\n') + 1; // the first line is the entry count
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(start);
    // Lowercase ASCII or a non-ASCII letter: capitalised entries are proper names ("China" next to "china").
    if ((first >= 0x61 && first <= 0x7a) || first >= 0xc0) {
      let stop = start;
      while (stop < end && text[stop] !== '/' && text[stop] !== '\t' && text[stop] !== ' ' && text[stop] !== '\r')
        stop += 1;
      const word = text.slice(start, stop);
      if (word === word.toLowerCase()) {
        const folded = foldToken(word);
        into.set(folded, (into.get(folded) ?? 0) | bit);
      }
    }
    start = end + 1;
  }
}

/** English function words the dictionary lists only as forms of others (be, have, we, she, it, he). */
const ENGLISH_FORMS = ['is', 'was', 'has', 'does', 'us', 'her', 'his', 'its', 'as'];

function lexicon(): Map<string, number> {
  if (commonWords === undefined) {
    const words = new Map<string, number>();
    readStems('dictionary-en', ENGLISH, words);
    readStems('dictionary-es', SPANISH, words);
    for (const word of ENGLISH_FORMS) words.set(word, (words.get(word) ?? 0) | ENGLISH);
    commonWords = words;
  }
  return commonWords;
}

/** The languages (mask) in which the folded word is an ordinary lowercase word; 0 when it is none. */
export function commonWordLanguages(folded: string): number {
  return lexicon().get(folded) ?? 0;
}

const ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
  ['ly', ''],
  ['ern', ''],
];

/**
 * Like commonWordLanguages, but also for the usual inflections: English "Visiting", "Northern", "Talks", Spanish
 * plurals "Funcionarios", "Autoridades".
 */
export function isCommonWordForm(folded: string, mask: number): boolean {
  const words = lexicon();
  if (((words.get(folded) ?? 0) & mask) !== 0) return true;
  if ((mask & SPANISH) !== 0) {
    for (const ending of ['es', 's'])
      if (folded.length > ending.length + 2 && folded.endsWith(ending))
        if (((words.get(folded.slice(0, -ending.length)) ?? 0) & SPANISH) !== 0) return true;
  }
  if ((mask & ENGLISH) === 0) return false;
  for (const [ending, replacement] of ENDINGS) {
    if (folded.length > ending.length + 2 && folded.endsWith(ending)) {
      const stem = folded.slice(0, -ending.length) + replacement;
      if (((words.get(stem) ?? 0) & ENGLISH) !== 0) return true;
    }
  }
  return false;
}

const plurals = (units: readonly string[]) =>
  units.flatMap((unit) => (/(?:s|es)$/u.test(unit) ? [unit] : [unit, `${unit}s`]));

/**
 * Currency units, as written after a country's name, abbreviation or demonym ("U.S. dlrs", "Hong Kong dollar",
 * "Swiss francs") or, in Spanish, before the demonym ("pesos chilenos", "dólares estadounidenses"): the currency's
 * name, not a mention of the country. Current currencies and those the euro replaced, with the wire services'
 * abbreviations.
 */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set([
  // "US$400 million", "HK$", "A$": the sign glued to the country's abbreviation.
  '$',
  ...plurals([
    'dollar',
    'dlr',
    'dlrs',
    'cts',
    'franc',
    'yen',
    'stg',
    'sterling',
    'peso',
    'soles',
    'reais',
    'deutschemark',
    'lira',
    'lire',
    'guilder',
    'peseta',
    'drachma',
    'escudo',
    'schilling',
    'shilling',
    'krone',
    'kroner',
    'krona',
    'kronor',
    'markka',
    'rupee',
    'rupiah',
    'yuan',
    'renminbi',
    'rouble',
    'ruble',
    'baht',
    'ringgit',
    'dinar',
    'dirham',
    'riyal',
    'rial',
    'shekel',
    'zloty',
    'forint',
    'koruna',
    'hryvnia',
    'tenge',
    'naira',
    'cedi',
    'kwacha',
    'bolivar',
    'bolivares',
    'colones',
    'quetzal',
    'lempira',
    'guarani',
    'dolar',
    'dolares',
    'yenes',
    'yuanes',
    'rublo',
  ]),
]);

/**
 * Units that are also ordinary words ("China marks its anniversary", "the U.S. won"): a currency only after a
 * demonym ("German marks", "South Korean won", "Peruvian sol").
 */
export const CURRENCY_UNITS_AFTER_DEMONYM: ReadonlySet<string> = new Set([
  ...CURRENCY_UNITS,
  ...plurals([
    'mark',
    'won',
    'real',
    'pound',
    'sol',
    'rand',
    'lev',
    'leu',
    'colon',
    'cent',
    'euro',
    'libra',
    'franco',
    'corona',
  ]),
]);

/** Verbs that report speech: a place is not their subject ("Douglas said" is a person called Douglas). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'declared',
  'asked',
  'replied',
  'noted',
  'explained',
  'warned',
  'argued',
  'insisted',
  'dijo',
  'afirmo',
  'senalo',
  'declaro',
  'aseguro',
  'explico',
  'indico',
  'agrego',
  'anadio',
  'sostuvo',
]);
