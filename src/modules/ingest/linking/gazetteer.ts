// The gazetteer compiled for matching: a trie over accent-folded, lowercase word tokens. Walking it from each token
// of a body finds every alias that starts there in time linear in the body (one Map lookup per token, plus one per
// extra token of a multi-word name), which is what makes thousands of articles per second possible.
// Case is checked after the walk, per alias kind (see casePasses), so "US" the country and "us" the pronoun, or
// "Chad" and "chad", are told apart without a second index.

import { startsUpper, type Token, tokenize } from '../text/tokens.ts';
import {
  type AliasKind,
  dateBound,
  type GazetteerData,
  type GazetteerEntity,
  type RoleCategory,
} from './gazetteer-data.ts';
import { compileHierarchy, type PlaceHierarchy } from './hierarchy.ts';
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
   * sovereign or former state's own names, whose sense as the state dominates in news ("Turkey", "Chad", "Soviet").
   */
  commonWord: number;
  /** When the alias named the entity, in ms (±Infinity: open); see GazetteerAlias.validFrom. */
  aliasFrom: number;
  aliasTo: number;
  /** The alias has dates of its own. */
  dated: boolean;
  /** Matched only when one of the entity's context words is in the document. */
  needsContext: boolean;
  /** Matched only when the entity's country is the one the document names most (GazetteerAlias.countryScoped). */
  countryScoped: boolean;
  /** When the entity existed, in ms (±Infinity: open). */
  entityFrom: number;
  entityTo: number;
  /** The entity or the alias has dates: only then does the publication date change anything. */
  timed: boolean;
}

/** One person's offices as date-aware linking reads them: when, in which country, what kind of office. */
export interface OfficeSpan {
  from: number;
  to: number;
  /** `country:XX` (or a historical state's key); null when the data has no country. */
  countryKey: string | null;
  category: RoleCategory | null;
}

export interface Official {
  entity: GazetteerEntity;
  offices: readonly OfficeSpan[];
  /** The folded words of the person's name, to tell "Michael Cohen" from an office holder Jonathan Cohen. */
  nameWords: ReadonlySet<string>;
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
  /**
   * Office holders by the folded form of their surname (the last word of their name, and the last two for names of
   * three words or more: "López Obrador"), for surname-only references resolved by the publication date.
   */
  officialsBySurname: ReadonlyMap<string, readonly Official[]>;
  /** First words of the two-word surnames above, so a text builds a two-word key only where one can exist. */
  officialSurnameFirstWords: ReadonlySet<string>;
  /** Folded one-word demonyms of any entity ("american", "african", "peruano"): a people's adjective, not a name. */
  demonyms: ReadonlySet<string>;
  /** Country keys related by succession in either direction (DE ↔ West Germany), for "the document's countries". */
  relatedCountries: ReadonlyMap<string, readonly string[]>;
  /** The countries each place lies in, through the data's `located_in` relations (see hierarchy.ts). */
  hierarchy: PlaceHierarchy;
}

/** When the entity existed, in ms (±Infinity: open). */
export function entityBounds(entity: GazetteerEntity): { from: number; to: number } {
  return { from: dateBound(entity.validFrom, 'start'), to: dateBound(entity.validTo, 'end') };
}

function newNode(): TrieNode {
  return { children: new Map(), candidates: [] };
}

function newChild(parent: TrieNode, key: string): TrieNode {
  const child = newNode();
  parent.children.set(key, child);
  return child;
}

/** Entities whose disambiguation reads what the rest of the document names (disambiguation.ts, rules 1, 3 and 5). */
function isContextual(entity: GazetteerEntity): boolean {
  return (
    entity.tags.includes('port') ||
    entity.tags.includes('common-word') ||
    entity.tags.includes('homonym') ||
    entity.key === 'country:GE' ||
    entity.key === 'place:us-state:GA'
  );
}

/** Candidate.commonWord for one alias. */
function commonWordOf(
  entity: GazetteerEntity,
  form: { name: string; kind: AliasKind; language: string | null },
  tokens: readonly Token[],
): number {
  if (tokens.length !== 1 || entity.type === 'commodity') return 0;
  // An alias written in lowercase ("peruano") is matched in any case already: it asks nothing of capitals.
  if (form.kind !== 'abbreviation' && !startsUpper(tokens[0]!.text)) return 0;
  const languages = commonWordLanguages(tokens[0]!.folded);
  if (languages === 0) return 0;
  // A state's names dominate their other senses, a former state's too ("Soviet tanks"), except a native spelling that
  // reads as an English word (Iceland's "Island"): the language-neutral alternative spellings, when they are English
  // words.
  if (
    entity.type === 'country' &&
    (entity.tags.includes('sovereign') || entity.tags.includes('historical')) &&
    form.kind !== 'abbreviation'
  ) {
    const nativeEnglishWord = form.language === null && form.name !== entity.name && (languages & ENGLISH) !== 0;
    if (!nativeEnglishWord) return 0;
  }
  return languages;
}

function surnameKeys(name: string): string[] {
  const tokens = tokenize(name.normalize('NFC')).filter((token) => /^\p{L}/u.test(token.text));
  if (tokens.length < 2) return [];
  const keys = [tokens.at(-1)!.folded];
  if (tokens.length >= 3) keys.push(`${tokens.at(-2)!.folded} ${tokens.at(-1)!.folded}`);
  return keys.filter((key) => key.length >= 3);
}

function compileOfficials(
  byKey: ReadonlyMap<string, GazetteerEntity>,
  roles: GazetteerData['roles'],
): Map<string, Official[]> {
  const offices = new Map<string, OfficeSpan[]>();
  for (const role of roles) {
    if (!role.start && !role.end) continue;
    const spans = offices.get(role.personKey) ?? [];
    spans.push({
      from: dateBound(role.start, 'start'),
      to: dateBound(role.end, 'end'),
      countryKey: role.organizationKey?.startsWith('country:') ? role.organizationKey : null,
      category: role.category ?? null,
    });
    offices.set(role.personKey, spans);
  }
  const bySurname = new Map<string, Official[]>();
  for (const [personKey, spans] of offices) {
    const entity = byKey.get(personKey);
    if (!entity) continue;
    const official: Official = {
      entity,
      offices: spans,
      nameWords: new Set(tokenize(entity.name).map((token) => token.folded)),
    };
    for (const key of surnameKeys(entity.name)) bySurname.set(key, [...(bySurname.get(key) ?? []), official]);
  }
  return bySurname;
}

/**
 * Compiles the data into a trie, and its `located_in` relations into the place hierarchy. Extra entities (the
 * store's own) can be passed with the reference data; roles and relations, when given, feed date-aware linking
 * (office holders by surname, related countries).
 */
export function compileGazetteer(
  data: Pick<GazetteerData, 'entities'> & Partial<Pick<GazetteerData, 'roles' | 'relations'>>,
): Gazetteer {
  const root = newNode();
  const lowerRoot = new Map<string, TrieNode>();
  const byKey = new Map(data.entities.map((entity) => [entity.key, entity]));
  for (const entity of data.entities) {
    const bounds = entityBounds(entity);
    const forms: {
      name: string;
      kind: AliasKind;
      language: string | null;
      validFrom?: GazetteerEntity['validFrom'];
      validTo?: GazetteerEntity['validTo'];
      needsContext?: boolean;
      countryScoped?: boolean;
    }[] = [{ name: entity.name, kind: 'name', language: null, ...entity.nameScope }, ...entity.aliases];
    for (const form of forms) {
      // The adjective of a continent or region ("European integration", "African leaders") describes, it does not
      // name the place; only a country's demonym is evidence (of the state, see hierarchy.ts).
      if (form.kind === 'demonym' && entity.type !== 'country') continue;
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
      // One candidate per entity, spelling and language at a node: "Interpol" beside "INTERPOL" (an abbreviation
      // matches only as the data writes it), "CARICOM" beside "Caricom", a name of any language beside a Spanish one.
      const texts = tokens.map((token) => token.text);
      const same = node.candidates.find(
        (candidate) =>
          candidate.entity === entity &&
          (candidate.kind === 'abbreviation') === (form.kind === 'abbreviation') &&
          candidate.language === form.language &&
          (form.kind !== 'abbreviation' || candidate.tokens.join(' ') === texts.join(' ')),
      );
      // Two spellings of a name that differ in case ("Médicos Sin Fronteras", "Médicos sin Fronteras"): a word needs
      // its capital only where every spelling gives it one.
      if (same !== undefined && form.kind !== 'abbreviation')
        same.capitalised = same.capitalised.map((capital, index) => capital && startsUpper(texts[index] ?? ''));
      if (same === undefined) {
        node.candidates.push({
          entity,
          tokens: texts,
          kind: form.kind,
          language: form.language,
          capitalised: texts.map(startsUpper),
          // A country-scoped alias reads the whole document's countries: resolved again in the second pass.
          contextual: isContextual(entity) || form.countryScoped === true,
          commonWord: commonWordOf(entity, form, tokens),
          aliasFrom: dateBound(form.validFrom, 'start'),
          aliasTo: dateBound(form.validTo, 'end'),
          dated: Boolean(form.validFrom || form.validTo),
          needsContext: form.needsContext === true,
          countryScoped: form.countryScoped === true,
          entityFrom: bounds.from,
          entityTo: bounds.to,
          timed: Boolean(form.validFrom || form.validTo) || Number.isFinite(bounds.from) || Number.isFinite(bounds.to),
        });
      }
    }
  }
  const officialsBySurname = compileOfficials(byKey, data.roles ?? []);
  const relatedCountries = new Map<string, string[]>();
  for (const relation of data.relations ?? []) {
    if (relation.type !== 'successor_of') continue;
    const link = (from: string, to: string) => relatedCountries.set(from, [...(relatedCountries.get(from) ?? []), to]);
    link(relation.subjectKey, relation.objectKey);
    link(relation.objectKey, relation.subjectKey);
  }
  return {
    root,
    lowerRoot,
    entities: data.entities,
    byKey,
    officialsBySurname,
    officialSurnameFirstWords: new Set(
      [...officialsBySurname.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!),
    ),
    demonyms: new Set(
      data.entities.flatMap((entity) =>
        entity.aliases.flatMap((alias) => {
          const words = tokenize(alias.name);
          return alias.kind === 'demonym' && words.length === 1 ? [words[0]!.folded] : [];
        }),
      ),
    ),
    relatedCountries,
    hierarchy: compileHierarchy(data.relations ?? [], byKey),
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
    if (node.candidates.length > 0 && !dottedAbbreviationGoesOn(tokens, index))
      hits.push({ first, last: index, candidates: node.candidates });
  }
  return hits.reverse();
}

/** "U.S." in "U.S.S. Grayback" (a ship's prefix): a dotted abbreviation whose letters go on is another one. */
export function dottedAbbreviationGoesOn(tokens: readonly Token[], last: number): boolean {
  const period = tokens[last]!;
  const letter = tokens[last + 1];
  const next = tokens[last + 2];
  return (
    period.text === '.' &&
    letter !== undefined &&
    letter.start === period.end &&
    /^\p{L}$/u.test(letter.text) &&
    next?.text === '.' &&
    next.start === letter.end
  );
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
  // "IST" after a clock time is no "Ist", "ILO" no "Ilo": in text with ordinary case, a short one-word name written
  // all in capitals is an acronym (all-capital lines never reach this check).
  if (aliasTokens.length === 1) {
    const text = tokens[first]!.text;
    if (text.length <= 3 && text !== aliasTokens[0] && !/\p{Ll}/u.test(text) && /\p{Ll}/u.test(aliasTokens[0]!))
      return false;
  }
  return true;
}
