// The gazetteer compiled for matching: a trie over accent-folded, lowercase word tokens. Walking it from each token
// of a body finds every alias that starts there in time linear in the body (one Map lookup per token, plus one per
// extra token of a multi-word name), which is what makes thousands of articles per second possible.
// Case is checked after the walk, per alias kind (see casePasses), so "US" the country and "us" the pronoun, or
// "Chad" and "chad", are told apart without a second index.
import type { AliasKind, GazetteerData, GazetteerEntity } from './gazetteer-data.ts';

export interface Token {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  text: string;
  /** Lowercase, without diacritics: the trie key. */
  folded: string;
  /** A line break stands between this token and the previous one: names never span it. */
  breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

export function foldToken(text: string): string {
  const lower = text.toLowerCase();
  // Pure-ASCII text has nothing to fold; skipping NFD for it is the common, fast path.
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Word tokens (maximal runs of letters, marks and digits) and single punctuation characters. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      start,
      end,
      text: match[0],
      folded: foldToken(match[0]),
      breakBefore: tokens.length > 0 && text.slice(previousEnd, start).includes('\n'),
    });
    previousEnd = end;
  }
  return tokens;
}

export interface Candidate {
  entity: GazetteerEntity;
  /** The alias as written in the data, split into tokens (for the case check). */
  tokens: readonly string[];
  kind: AliasKind;
  /** BCP 47 of the alias; null for names that are the same in every language. */
  language: string | null;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  candidates: Candidate[];
}

export interface Gazetteer {
  root: TrieNode;
  entities: readonly GazetteerEntity[];
  byKey: ReadonlyMap<string, GazetteerEntity>;
}

function newNode(): TrieNode {
  return { children: new Map(), candidates: [] };
}

/** Compiles the data into a trie. Extra entities (the store's own, later) can be passed with the reference data. */
export function compileGazetteer(data: Pick<GazetteerData, 'entities'>): Gazetteer {
  const root = newNode();
  for (const entity of data.entities) {
    const forms = [{ name: entity.name, kind: 'name' as AliasKind, language: null }, ...entity.aliases];
    for (const form of forms) {
      const tokens = tokenize(form.name.normalize('NFC'));
      if (tokens.length === 0) continue;
      let node = root;
      for (const token of tokens) {
        let child = node.children.get(token.folded);
        if (!child) {
          child = newNode();
          node.children.set(token.folded, child);
        }
        node = child;
      }
      if (!node.candidates.some((candidate) => candidate.entity === entity)) {
        node.candidates.push({ entity, tokens: tokens.map((token) => token.text), kind: form.kind, language: form.language });
      }
    }
  }
  return { root, entities: data.entities, byKey: new Map(data.entities.map((entity) => [entity.key, entity])) };
}

export interface TrieHit {
  /** Token index range [first, last]. */
  first: number;
  last: number;
  candidates: readonly Candidate[];
}

/** Every alias starting at token `first`, longest first. */
export function hitsAt(gazetteer: Gazetteer, tokens: readonly Token[], first: number): TrieHit[] {
  const hits: TrieHit[] = [];
  let node: TrieNode | undefined = gazetteer.root;
  for (let index = first; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (index > first && token.breakBefore) break;
    node = node.children.get(token.folded);
    if (!node) break;
    if (node.candidates.length > 0) hits.push({ first, last: index, candidates: node.candidates });
  }
  return hits.reverse();
}

const UPPER = /^\p{Lu}/u;

/**
 * Whether the text tokens are written the way the alias needs:
 * - abbreviations exactly as in the data ("US", not "Us" or "us");
 * - names, metonyms and capitalised demonyms: every capitalised word of the alias capitalised in the text (all
 *   capitals, as headlines write, pass too); lowercase words ("of", "state") in any case;
 * - commodities and lowercase demonyms ("peruano", "lithium"): any case.
 */
export function casePasses(candidate: Candidate, textTokens: readonly Token[]): boolean {
  if (candidate.entity.type === 'commodity') return true;
  return candidate.tokens.every((aliasToken, index) => {
    const text = textTokens[index]!.text;
    if (candidate.kind === 'abbreviation') return text === aliasToken;
    return !UPPER.test(aliasToken) || UPPER.test(text);
  });
}
