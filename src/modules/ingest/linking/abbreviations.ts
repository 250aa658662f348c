// Abbreviations the text defines: "the Inter-American Development Bank (IDB)", "the Automatic Identification System
// (AIS)". News spells out a short form the first time it uses it; from then on the short form means what the text
// said, whatever else the reference data knows by those letters ("AIS" is also an organisation's abbreviation). The
// linker reads the definitions once per document (linker.ts): the short form's mentions name the entity the long form
// was linked to (or proposed as), and a reference entity the text did not mean is not linked under it.
import { startsUpper, type Token } from '../text/tokens.ts';

export interface AbbreviationDefinition {
  /** The short form as written ("IDB"). */
  short: string;
  /** UTF-16 offsets of the long form ("Inter-American Development Bank"), without a leading article. */
  start: number;
  end: number;
}

/** Words a long form may hold between its capitalised ones ("Bank of Japan", "Ministerio de Salud"). */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'the',
  '&',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
]);
const SHORT_FORM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/** Initials of the long form's words and their hyphenated parts: "Inter-American Development Bank" → I, A, D, B. */
function initials(words: readonly string[]): string[] {
  return words.flatMap((word) =>
    word
      .split('-')
      .filter((part) => part.length > 0)
      .map((part) => part[0]!.toUpperCase()),
  );
}

/** Whether the short form's letters appear, in order, among the long form's initials, the first letters equal. */
function abbreviates(short: string, words: readonly string[]): boolean {
  const letters = [...short].filter((char) => /\p{L}/u.test(char));
  const heads = initials(words);
  if (letters.length < 2 || heads[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    while (at < heads.length && heads[at] !== letter) at += 1;
    if (at === heads.length) return false;
    at += 1;
  }
  return true;
}

/**
 * Every "Long Form (SHORT)" of the document: a run of capitalised words (with connectors inside) right before a
 * bracketed short form whose letters its initials hold.
 */
export function abbreviationDefinitions(tokens: readonly Token[]): AbbreviationDefinition[] {
  const definitions: AbbreviationDefinition[] = [];
  for (let index = 2; index + 1 < tokens.length; index += 1) {
    const short = tokens[index]!;
    if (tokens[index - 1]!.text !== '(' || tokens[index + 1]!.text !== ')' || !SHORT_FORM.test(short.text)) continue;
    // The long form, read back from the bracket: capitalised words, connectors between them, hyphens inside words.
    const words: { text: string; first: number }[] = [];
    for (let at = index - 2; at >= 0 && words.length < 16; at -= 1) {
      const token = tokens[at]!;
      if (at < index - 2 && tokens[at + 1]!.breakBefore) break;
      const hyphen = tokens[at + 1]?.text === '-' && tokens[at + 1]!.start === token.end && words.length > 0;
      if (token.text === '-' && at > 0 && tokens[at - 1]!.end === token.start && token.end === tokens[at + 1]?.start)
        continue;
      if (!/\p{L}/u.test(token.text)) break;
      if (hyphen) words[0] = { text: `${token.text}-${words[0]!.text}`, first: at };
      else if (startsUpper(token.text) || CONNECTORS.has(token.folded)) words.unshift({ text: token.text, first: at });
      else break;
    }
    // The shortest tail of the run that the letters abbreviate, starting with a capitalised word that is no article
    // or connector: "Health Minister Zweli Mkhize of the National Institute for Communicable Diseases (NICD)" defines
    // the institute, not the minister.
    for (let from = words.length - 2; from >= 0; from -= 1) {
      const first = words[from]!.text;
      if (CONNECTORS.has(first.toLowerCase()) || !startsUpper(first)) continue;
      if (
        !abbreviates(
          short.text,
          words.slice(from).map((word) => word.text),
        )
      )
        continue;
      definitions.push({ short: short.text, start: tokens[words[from]!.first]!.start, end: tokens[index - 2]!.end });
      break;
    }
  }
  return definitions;
}
