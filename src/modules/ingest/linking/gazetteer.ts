// The gazetteer compiled for matching: a trie over accent-folded, lowercase word tokens. Walking it from each token
// of a body finds every alias that starts there in time linear in the body (one Map lookup per token, plus one per
// extra token of a multi-word name), which is what makes thousands of articles per second possible.
// Case is checked after the walk, per alias kind (see casePasses), so "US" the country and "us" the pronoun, or
// "Chad" and "chad", are told apart without a second index.

import { startsUpper, type Token, tokenize } from '../text/tokens.ts';
import type { AliasKind, GazetteerAlias, GazetteerData, GazetteerEntity } from './gazetteer-data.ts';
import { commonWordLanguages, ENGLISH } from './lexicon.ts';

export interface Candidate {
  entity: GazetteerEntity;
  /** The alias as written in the data, split into tokens (for the case check). */
  tokens: readonly string[];
  kind: AliasKind;
  /** BCP 47 of the alias; null for names that are the same in every language. */
  language: string | null;
  /** Per alias token: written with a capital initial (precomputed at build, for the case check). */
  capitalised: readonly boolean[];
  /** The entity's resolution reads document context (a port, or one of the two Georgias): see linker.ts. */
  contextual: boolean;
  /**
   * A one-word alias spelled like an ordinary word ("Island", "Victoria", "WHO"), as a language mask (lexicon.ts);
   * 0 otherwise. Where the text's capitals say nothing, such an alias needs the document to name the entity
   * otherwise too (linker.ts). Never set for commodities (ordinary words by nature, matched in any case) nor for a
   * sovereign state's own names, whose sense as the state dominates in news ("Turkey", "Chad", "Japan").
   */
  commonWord: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  candidates: Candidate[];
}

export interface Gazetteer {
  root: TrieNode;
  /**
   * The root's children that a token without a capital initial can start: aliases whose first word is written in
   * lowercase, and commodities (matched in any case). A lowercase word cannot pass the case check of any other alias
   * (casePasses), so most tokens of a body are looked up in this much smaller map.
   */
  lowerRoot: ReadonlyMap<string, TrieNode>;
  entities: readonly GazetteerEntity[];
  byKey: ReadonlyMap<string, GazetteerEntity>;
}

function newNode(): TrieNode {
  return { children: new Map(), candidates: [] };
}

function newChild(parent: TrieNode, key: string): TrieNode {
  const child = newNode();
  parent.children.set(key, child);
  return child;
}

/** Entities whose disambiguation reads what the rest of the document names (disambiguation.ts, rules 1 and 3). */
function isContextual(entity: GazetteerEntity): boolean {
  return entity.tags.includes('port') || entity.key === 'country:GE' || entity.key === 'place:us-state:GA';
}

/** Candidate.commonWord for one alias. */
function commonWordOf(entity: GazetteerEntity, form: GazetteerAlias, tokens: readonly Token[]): number {
  if (tokens.length !== 1 || entity.type === 'commodity') return 0;
  // An alias written in lowercase ("peruano") is matched in any case already: it asks nothing of capitals.
  if (form.kind !== 'abbreviation' && !startsUpper(tokens[0]!.text)) return 0;
  const languages = commonWordLanguages(tokens[0]!.folded);
  if (languages === 0) return 0;
  // A state's names dominate their other senses, except a native spelling that reads as an English word
  // (Iceland's "Island"): the language-neutral alternative spellings, when they are English words.
  if (entity.type === 'country' && entity.tags.includes('sovereign') && form.kind !== 'abbreviation') {
    const nativeEnglishWord = form.language === null && form.name !== entity.name && (languages & ENGLISH) !== 0;
    if (!nativeEnglishWord) return 0;
  }
  return languages;
}

/** Compiles the data into a trie. Extra entities (the store's own, later) can be passed with the reference data. */
export function compileGazetteer(data: Pick<GazetteerData, 'entities'>): Gazetteer {
  const root = newNode();
  const lowerRoot = new Map<string, TrieNode>();
  for (const entity of data.entities) {
    const forms: GazetteerAlias[] = [
      { name: entity.name, kind: 'name' as AliasKind, language: null },
      ...entity.aliases,
    ];
    for (const form of forms) {
      const tokens = tokenize(form.name.normalize('NFC'));
      if (tokens.length === 0) continue;
      if (!startsUpper(tokens[0]!.text) || entity.type === 'commodity') {
        lowerRoot.set(tokens[0]!.folded, root.children.get(tokens[0]!.folded) ?? newChild(root, tokens[0]!.folded));
      }
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
        const texts = tokens.map((token) => token.text);
        node.candidates.push({
          entity,
          tokens: texts,
          kind: form.kind,
          language: form.language,
          capitalised: texts.map(startsUpper),
          contextual: isContextual(entity),
          commonWord: commonWordOf(entity, form, tokens),
        });
      }
    }
  }
  return {
    root,
    lowerRoot,
    entities: data.entities,
    byKey: new Map(data.entities.map((entity) => [entity.key, entity])),
  };
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

/**
 * Whether the text tokens are written the way the alias needs:
 * - abbreviations exactly as in the data ("US", not "Us" or "us");
 * - names, metonyms and capitalised demonyms: every capitalised word of the alias capitalised in the text (all
 *   capitals, as headlines write, pass too); lowercase words ("of", "state") in any case;
 * - commodities and lowercase demonyms ("peruano", "lithium"): any case.
 */
export function casePasses(candidate: Candidate, textTokens: readonly Token[]): boolean {
  return casePassesAt(candidate, textTokens, 0);
}

/** casePasses for the alias matched at tokens[first …], without slicing the token array. */
export function casePassesAt(candidate: Candidate, tokens: readonly Token[], first: number): boolean {
  if (candidate.entity.type === 'commodity') return true;
  const aliasTokens = candidate.tokens;
  if (candidate.kind === 'abbreviation') {
    for (let index = 0; index < aliasTokens.length; index += 1)
      if (tokens[first + index]!.text !== aliasTokens[index]) return false;
    return true;
  }
  const capitalised = candidate.capitalised;
  for (let index = 0; index < capitalised.length; index += 1) {
    if (capitalised[index] && !startsUpper(tokens[first + index]!.text)) return false;
  }
  return true;
}
