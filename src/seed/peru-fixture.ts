// The hand-checked seed fixture: one Misión Verdad analysis (June 2023) on the entry of US troops into Peru, its
// English republication by Orinoco Tribune, the entities it names, the roles of the people in it and the claims it
// makes. Everything here is pure data plus pure functions (no database), so it can be unit-tested and reused as the
// reference for the ingestion pipeline's boilerplate stripper and mention finder.
// Where each identifier comes from, and under which license: prisma/fixtures/SOURCES.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  ClaimKind,
  ClaimModality,
  EntityType,
  LineageKind,
  QuantityBound,
  SourceKind,
} from '../generated/prisma/enums.ts';
import { projectRoot } from '../lib/project-root.ts';

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

export interface SourceSeed {
  slug: string;
  name: string;
  homepage: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** BCP 47. */
  language: string;
  kind: SourceKind;
}

export interface AliasSeed {
  name: string;
  /** BCP 47; null when the alias is language-neutral (a personal name, an acronym). */
  language: string | null;
}

/**
 * A surface form to look for in the article body. A plain string matches wherever it stands as a whole word; the
 * object form adds context conditions and must say why the form belongs to this entity in this article.
 */
export type SurfaceForm =
  | string
  | {
      text: string;
      /** Tested against the text just before the match; anchor it with `$`. */
      precededBy?: RegExp;
      /** Tested against the text just after the match; anchor it with `^`. */
      followedBy?: RegExp;
      /** The context rule in words: why this occurrence is this entity. */
      note: string;
    };

export interface EntitySeed {
  slug: string;
  type: EntityType;
  name: string;
  /** One factual sentence. */
  description: string;
  wikidataId: string | null;
  isoAlpha2: string | null;
  isoAlpha3: string | null;
  /** UN/LOCODE without the space. */
  unlocode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Other names, stored as EntityAlias rows and used by the gazetteer across all articles: only unambiguous ones. */
  aliases: readonly AliasSeed[];
  /**
   * How this entity is written in *this* article's body. These may be narrower or more context-bound than aliases
   * ("Boluarte", "Armed Forces") and are not stored as aliases.
   */
  surfaces: readonly SurfaceForm[];
}

export interface RoleSeed {
  personSlug: string;
  title: string;
  organizationSlug: string | null;
  /** YYYY-MM-DD (a PostgreSQL `date`). */
  startDate: string | null;
  /** YYYY-MM-DD; null while the office is held (or the end is not known). */
  endDate: string | null;
  /** Why these dates, when they are not plain facts from the data files. */
  note?: string;
}

export interface ArticleSeed {
  /** Stable handle used inside the fixture (`original`, `translation`, `constructed`); not stored. */
  key: 'original' | 'translation' | 'constructed';
  url: string;
  sourceSlug: string;
  title: string;
  dek: string | null;
  byline: string | null;
  language: string;
  /** ISO 8601 instant, or null when unknown (never guessed). */
  publishedAt: string | null;
  /** The key of the article this one derives from, and how. */
  lineage: { originalKey: ArticleSeed['key']; kind: LineageKind } | null;
}

export type ClaimantSeed = { entity: string } | { source: string };

export interface ClaimSeed {
  /** The claim as a self-contained sentence. */
  text: string;
  /** The exact words, when the claim is a direct quote; must be a substring of the body. */
  quote?: string;
  claimant: ClaimantSeed;
  subjects: readonly string[];
  kind: ClaimKind;
  value?: number;
  unit?: string;
  /** How `value` bounds the quantity; `exact` when a value is given without one. */
  bound?: QuantityBound;
  modality: ClaimModality;
  /** Exact substring of the body that carries the claim. */
  evidence: string;
  /** 0-based occurrence of `evidence` to use when it appears more than once; without it, it must appear once. */
  occurrence?: number;
}

export interface ComputedMention {
  entitySlug: string;
  /** Offsets in code points, as PostgreSQL's char_length counts them (see the migration's mentions checks). */
  start: number;
  end: number;
  surface: string;
}

export interface ResolvedClaim extends ClaimSeed {
  evidenceStart: number;
  evidenceEnd: number;
}

/** A claim of an article other than the mention article: the Spanish original, the constructed test article. */
export interface OtherArticleClaimSeed extends ClaimSeed {
  articleKey: Exclude<ArticleSeed['key'], 'translation'>;
}

export interface ResolvedOtherArticleClaim extends OtherArticleClaimSeed {
  evidenceStart: number;
  evidenceEnd: number;
}

export interface ParsedFixtureArticle {
  title: string;
  /** The "Outlet, Month D, YYYY —" line, when the text has one; not part of the body. */
  dateline: string | null;
  paragraphs: string[];
  /** Paragraphs joined with a blank line: the normalised body that is stored and hashed. */
  body: string;
  /** sha256 of the UTF-8 body, lowercase hex. */
  contentHash: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing the fixture text
// ---------------------------------------------------------------------------------------------------------------

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "Misión Verdad, Orinoco Tribune, June 5, 2023 —", alone or at the head of the first paragraph. */
const DATELINE = new RegExp(`^([^\\n—–]{0,200}?\\b${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\s*[—–-])\\s*`, 'u');

/**
 * WordPress-style comment form text that scrapes of article pages carry after the last paragraph. Each pattern is
 * one phrase; a trailing paragraph made only of such phrases (and stray asterisks or punctuation) is dropped.
 */
const COMMENT_FORM_PHRASES: readonly RegExp[] = [
  /Leave a (?:Reply|Comment)\b/giu,
  /Cancel reply/giu,
  /Your email address will not be published\.?/giu,
  /Required fields are marked\s*\*?/giu,
  /Save my name, email, and website in this browser for the next time I comment\.?/giu,
  /Post Comment/giu,
  /This site uses Akismet to reduce spam\.[^\n]*/giu,
  // Form field labels, last so that whole phrases ("Post Comment") go first; only ever removed from a trailing
  // paragraph that is nothing but form text.
  /\b(?:Comment|Name|Email|Website)\b\s*\*?/giu,
];
const COMMENT_FORM_START = /\s*Leave a (?:Reply|Comment)\b/u;

function isCommentFormText(text: string): boolean {
  let rest = text;
  for (const phrase of COMMENT_FORM_PHRASES) rest = rest.replace(phrase, ' ');
  return /^[\s*:.,;|–—-]*$/u.test(rest);
}

/** Collapses a paragraph's internal line breaks and runs of spaces or tabs into single spaces. */
function normaliseParagraph(block: string): string {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ')
    .replace(/[ \t]+/gu, ' ');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Parses a scraped article in the fixture's plain-text layout: the title on the first line, an optional dateline,
 * then paragraphs separated by blank lines, possibly followed by the page's comment form.
 * Text is NFC-normalised, line endings unified and each paragraph's whitespace collapsed, so the same article scraped
 * twice hashes the same.
 */
export function parseFixtureArticle(text: string): ParsedFixtureArticle {
  const normalised = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC');
  const lines = normalised.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  if (titleIndex === -1) throw new Error('Fixture article is empty');
  const title = normaliseParagraph(lines[titleIndex]!);

  const paragraphs = lines
    .slice(titleIndex + 1)
    .join('\n')
    .split(/\n[ \t]*\n/u)
    .map(normaliseParagraph)
    .filter((paragraph) => paragraph.length > 0);

  let dateline: string | null = null;
  const first = paragraphs[0];
  const datelineMatch = first === undefined ? null : DATELINE.exec(first);
  if (first !== undefined && datelineMatch) {
    dateline = datelineMatch[1]!.trim();
    const rest = first.slice(datelineMatch[0].length);
    if (rest.length > 0) paragraphs[0] = rest;
    else paragraphs.shift();
  }

  // Drop the comment form: whole trailing paragraphs of it, then a form glued onto the last real paragraph.
  while (paragraphs.length > 0 && isCommentFormText(paragraphs[paragraphs.length - 1]!)) paragraphs.pop();
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined) {
    const glued = COMMENT_FORM_START.exec(last);
    if (glued && glued.index > 0 && isCommentFormText(last.slice(glued.index))) {
      paragraphs[paragraphs.length - 1] = last.slice(0, glued.index).trimEnd();
    }
  }

  if (title.length === 0 || paragraphs.length === 0) throw new Error('Fixture article has no title or no body');
  const body = paragraphs.join('\n\n');
  return { title, dateline, paragraphs, body, contentHash: sha256Hex(body) };
}

export const FIXTURE_PATH = path.join(projectRoot, 'prisma/fixtures/peru-us-troops-2023-06-05.txt');

export function readFixtureText(): string {
  return readFileSync(FIXTURE_PATH, 'utf8');
}

// ---------------------------------------------------------------------------------------------------------------
// Offsets: code points, not UTF-16 units
// ---------------------------------------------------------------------------------------------------------------

/** Maps UTF-16 indices of `text` to code point indices (the unit the database's CHECK constraints use). */
function codePointIndexer(text: string): (utf16Index: number) => number {
  // No u flag: in Unicode mode a surrogate range never matches the halves of a pair.
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const table = new Int32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i += 1) {
    table[i] = codePoints;
    const unit = text.charCodeAt(i);
    // The low half of a surrogate pair shares its code point with the high half.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) codePoints += 1;
  }
  table[text.length] = codePoints;
  return (index) => table[index]!;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** `text[start, end)` with offsets in code points: the inverse of the offsets computed here. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Mentions
// ---------------------------------------------------------------------------------------------------------------

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;

interface SurfacePattern {
  entitySlug: string;
  text: string;
  precededBy?: RegExp;
  followedBy?: RegExp;
  order: number;
}

function surfacePatterns(entities: readonly EntitySeed[]): SurfacePattern[] {
  const patterns: SurfacePattern[] = [];
  for (const entity of entities) {
    for (const surface of entity.surfaces) {
      const form = typeof surface === 'string' ? { text: surface } : surface;
      const text = form.text.normalize('NFC');
      if (text.length === 0) throw new Error(`Empty surface form for ${entity.slug}`);
      patterns.push({ ...form, text, entitySlug: entity.slug, order: patterns.length });
    }
  }
  // Two entities sharing an unconditioned surface form would make the result depend on declaration order.
  const unconditioned = new Map<string, string>();
  for (const pattern of patterns) {
    if (pattern.precededBy || pattern.followedBy) continue;
    const owner = unconditioned.get(pattern.text);
    if (owner !== undefined && owner !== pattern.entitySlug) {
      throw new Error(`Surface form "${pattern.text}" is claimed by both ${owner} and ${pattern.entitySlug}`);
    }
    unconditioned.set(pattern.text, pattern.entitySlug);
  }
  // Longest first, so "Peruvian Armed Forces" wins over "Peruvian" and "National Police of Peru" over "Peru".
  return patterns.sort((a, b) => b.text.length - a.text.length || a.order - b.order);
}

/** The character (code point) that ends just before UTF-16 index `index`, or '' at the start. */
function characterBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const unit = text.charCodeAt(index - 1);
  const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
  const from = isLowSurrogate && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(from)!);
}

function characterAt(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : '';
}

function isWholeWord(body: string, start: number, end: number): boolean {
  return !WORD_CHARACTER.test(characterBefore(body, start)) && !WORD_CHARACTER.test(characterAt(body, end));
}

/**
 * Every occurrence in `body` of every entity's surface forms: case-sensitive whole-word matches, longest forms
 * first, no two mentions overlapping, sorted by start. Offsets are code points.
 */
export function computeMentions(body: string, entities: readonly EntitySeed[]): ComputedMention[] {
  const text = body.normalize('NFC');
  if (text !== body) throw new Error('Body must be NFC-normalised before computing mentions');
  const taken = new Uint8Array(body.length);
  const found: { entitySlug: string; start: number; end: number; surface: string }[] = [];

  for (const pattern of surfacePatterns(entities)) {
    for (let start = body.indexOf(pattern.text); start !== -1; start = body.indexOf(pattern.text, start + 1)) {
      const end = start + pattern.text.length;
      if (!isWholeWord(body, start, end)) continue;
      if (pattern.precededBy && !pattern.precededBy.test(body.slice(Math.max(0, start - 80), start))) continue;
      if (pattern.followedBy && !pattern.followedBy.test(body.slice(end, end + 80))) continue;
      if (taken.subarray(start, end).some((flag) => flag === 1)) continue;
      taken.fill(1, start, end);
      found.push({ entitySlug: pattern.entitySlug, start, end, surface: pattern.text });
    }
  }

  const toCodePoints = codePointIndexer(body);
  return found
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({ ...mention, start: toCodePoints(mention.start), end: toCodePoints(mention.end) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence spans
// ---------------------------------------------------------------------------------------------------------------

/** [start, end) of `evidence` in `body`, in code points; throws unless it is found exactly once (or `occurrence`). */
export function resolveEvidence(body: string, evidence: string, occurrence?: number): [number, number] {
  const positions: number[] = [];
  for (let at = body.indexOf(evidence); at !== -1; at = body.indexOf(evidence, at + 1)) positions.push(at);
  if (evidence.length === 0 || positions.length === 0) {
    throw new Error(`Evidence not found in the body: "${evidence.slice(0, 80)}"`);
  }
  let start: number;
  if (occurrence === undefined) {
    if (positions.length !== 1) {
      throw new Error(`Evidence found ${positions.length} times (give an occurrence): "${evidence.slice(0, 80)}"`);
    }
    start = positions[0]!;
  } else {
    const chosen = positions[occurrence];
    if (chosen === undefined) {
      throw new Error(`Evidence occurrence ${occurrence} of ${positions.length}: "${evidence.slice(0, 80)}"`);
    }
    start = chosen;
  }
  const toCodePoints = codePointIndexer(body);
  return [toCodePoints(start), toCodePoints(start + evidence.length)];
}

// ---------------------------------------------------------------------------------------------------------------
// Sources and articles
// ---------------------------------------------------------------------------------------------------------------

export const SOURCES: readonly SourceSeed[] = [
  {
    slug: 'mision-verdad',
    name: 'Misión Verdad',
    homepage: 'https://misionverdad.com',
    country: 'VE',
    language: 'es',
    // state_affiliated rather than independent: not formally a state outlet ("government" is for a state's own
    // publications), but widely described as aligned with and amplified by the Venezuelan government and its media;
    // the kind records that tie so readers can weigh its claims. Revisit if ownership or funding is documented.
    kind: 'state_affiliated',
  },
  {
    slug: 'orinoco-tribune',
    name: 'Orinoco Tribune',
    homepage: 'https://orinocotribune.com',
    country: 'VE',
    language: 'en',
    // independent: a privately run English-language site with an openly pro-Chavista editorial line but no known
    // state ownership or funding. The kind describes ownership and control, not editorial stance.
    kind: 'independent',
  },
  // Not an outlet: the publisher of the constructed test article below (CONSTRUCTED_BODY), so that nothing
  // constructed is attributed to a real outlet. Its homepage is on a reserved domain (RFC 2606).
  {
    slug: 'meridian-test-fixtures',
    name: 'Meridian test fixtures',
    homepage: 'https://meridian.example',
    country: 'VE',
    language: 'en',
    kind: 'other',
  },
];

// Stored in canonical form (src/modules/ingest/canonical-url.ts: no trailing slash except at the root), as every URL is.
export const TRANSLATION_URL = 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru';
/** The Misión Verdad original, as archived on a public page snapshot (its own date line was not captured). */
export const ORIGINAL_URL =
  'https://misionverdad.com/globalistan/detras-del-ingreso-de-tropas-y-armas-estadounidenses-en-peru';

/**
 * The Spanish original's body is NOT Misión Verdad's text: the fixture holds only the English republication, so this
 * is Meridian's own Spanish rendering of the English first paragraph, labelled as such in the dek. It gives the
 * original a real, honest body (and hash) so the lineage can be stored; replace it with the original when ingested.
 */
export const ORIGINAL_BODY_STANDIN =
  'El 31 de mayo, el gobierno peruano autorizó el ingreso al país, por aire y por mar, de personal militar ' +
  'estadounidense con armas. Según la administración de facto de Dina Boluarte, el propósito sería realizar ' +
  'actividades de cooperación y entrenamiento con las Fuerzas Armadas y la Policía Nacional del Perú.';

/**
 * A constructed article — not real text, not from any outlet (the machine that built the fixture could not reach the
 * web for a real contradicting report). It exists so the tests can show the pipeline proposing a `contradicts`
 * relation against the fixture's "more than 3,500 US soldiers since 2015": it gives a count no number satisfies
 * together with that one. Its publisher is the `meridian-test-fixtures` source.
 */
export const CONSTRUCTED_URL = 'https://meridian.example/test-fixtures/us-troops-in-peru-a-different-count';
export const CONSTRUCTED_BODY =
  'This is a constructed test article written for Meridian’s test fixture; it is not reporting and no outlet published it. ' +
  'About 1,200 US soldiers have entered Peru since 2015, according to this constructed count. ' +
  'The figure is meant to disagree with the one in the Misión Verdad analysis.';

export const ARTICLES: readonly ArticleSeed[] = [
  {
    key: 'original',
    url: ORIGINAL_URL,
    sourceSlug: 'mision-verdad',
    title: 'Detrás del ingreso de tropas y armas estadounidenses en Perú',
    dek:
      'Artículo original en español. El cuerpo guardado no es el texto de Misión Verdad: es una traducción al ' +
      'español, hecha por Meridian, del primer párrafo de la republicación en inglés de Orinoco Tribune.',
    byline: null,
    language: 'es',
    // The original's own publication date is not in the fixture; it may precede the June 5 republication.
    publishedAt: null,
    lineage: null,
  },
  {
    key: 'translation',
    url: TRANSLATION_URL,
    sourceSlug: 'orinoco-tribune',
    title: '', // taken from the fixture's first line by prepareFixture
    dek: null,
    // The republication credits Misión Verdad as the author in its dateline.
    byline: 'Misión Verdad',
    language: 'en',
    // The page gives a date but no time. Orinoco Tribune is based in Venezuela (UTC−04:00 all year since 2016), so the
    // instant is local midnight of the printed date: June 5 both in Caracas and in UTC, whereas midnight UTC would be
    // June 4, 20:00 in Caracas. The schema cannot mark day precision (see the report on the schema).
    publishedAt: '2023-06-05T00:00:00-04:00',
    lineage: { originalKey: 'original', kind: 'translation' },
  },
  {
    key: 'constructed',
    url: CONSTRUCTED_URL,
    sourceSlug: 'meridian-test-fixtures',
    title: 'Constructed test article: a different count of US troops entering Peru',
    dek: 'Not reporting. Written for Meridian’s tests to contradict a figure of the Misión Verdad analysis; no outlet published it.',
    byline: null,
    language: 'en',
    // Never published: no date (and so outside every published-date filter the tests use to find the real articles).
    publishedAt: null,
    lineage: null,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------------------------

type EntityInput = Omit<
  EntitySeed,
  'wikidataId' | 'isoAlpha2' | 'isoAlpha3' | 'unlocode' | 'latitude' | 'longitude' | 'aliases'
> &
  Partial<
    Pick<EntitySeed, 'wikidataId' | 'isoAlpha2' | 'isoAlpha3' | 'unlocode' | 'latitude' | 'longitude' | 'aliases'>
  >;

function entity(input: EntityInput): EntitySeed {
  return {
    wikidataId: null,
    isoAlpha2: null,
    isoAlpha3: null,
    unlocode: null,
    latitude: null,
    longitude: null,
    aliases: [],
    ...input,
  };
}

const en = (name: string): AliasSeed => ({ name, language: 'en' });
const es = (name: string): AliasSeed => ({ name, language: 'es' });
const neutral = (name: string): AliasSeed => ({ name, language: null });

// Countries: ISO codes, centroids (latlng) and Spanish names from the npm package world-countries 5.1.0 (ODbL);
// Wikidata ids from officials/heads_of_state_and_government_wikidata_2024-10.csv (CC0), Q30 from the foreign
// ministers file. Demonyms are aliases: "Peruvian government" names Peru.
const COUNTRIES: EntitySeed[] = [
  entity({
    slug: 'peru',
    type: 'country',
    name: 'Peru',
    description: 'Country on the Pacific coast of western South America whose capital is Lima.',
    wikidataId: 'Q419',
    isoAlpha2: 'PE',
    isoAlpha3: 'PER',
    latitude: -10,
    longitude: -76,
    aliases: [
      en('Republic of Peru'),
      es('Perú'),
      es('República del Perú'),
      en('Peruvian'),
      es('peruano'),
      es('peruana'),
    ],
    // "Peruvian" inside "Peruvian Armed Forces" is the organization's mention (longest match wins); elsewhere
    // ("Peruvian government", "Peruvian president", "Peruvian state", "Peruvian troops") it names Peru.
    surfaces: ['Peru', 'Peruvian'],
  }),
  entity({
    slug: 'united-states',
    type: 'country',
    name: 'United States',
    description: 'Federal republic in North America whose capital is Washington, D.C.',
    wikidataId: 'Q30',
    isoAlpha2: 'US',
    isoAlpha3: 'USA',
    latitude: 38,
    longitude: -97,
    aliases: [
      en('United States of America'),
      en('US'),
      en('U.S.'),
      en('USA'),
      es('Estados Unidos'),
      es('Estados Unidos de América'),
      es('EE. UU.'),
      es('estadounidense'),
    ],
    // "US" inside "US State Department" belongs to the department's mention.
    surfaces: ['United States of America', 'United States', 'US'],
  }),
  entity({
    slug: 'china',
    type: 'country',
    name: 'China',
    description: "Country in East Asia, officially the People's Republic of China, whose capital is Beijing.",
    wikidataId: 'Q148',
    isoAlpha2: 'CN',
    isoAlpha3: 'CHN',
    latitude: 35,
    longitude: 105,
    aliases: [en("People's Republic of China"), en('PRC'), es('República Popular China'), en('Chinese'), es('chino')],
    // "Chinese capital" (investment money) names China as the investing country.
    surfaces: ['China', 'Chinese'],
  }),
  entity({
    slug: 'bolivia',
    type: 'country',
    name: 'Bolivia',
    description: 'Landlocked country in central South America, officially the Plurinational State of Bolivia.',
    wikidataId: 'Q750',
    isoAlpha2: 'BO',
    isoAlpha3: 'BOL',
    latitude: -17,
    longitude: -65,
    aliases: [
      en('Plurinational State of Bolivia'),
      es('Estado Plurinacional de Bolivia'),
      en('Bolivian'),
      es('boliviano'),
    ],
    surfaces: ['Bolivia'],
  }),
  entity({
    slug: 'chile',
    type: 'country',
    name: 'Chile',
    description: 'Country along the Pacific coast of southern South America whose capital is Santiago.',
    wikidataId: 'Q298',
    isoAlpha2: 'CL',
    isoAlpha3: 'CHL',
    latitude: -30,
    longitude: -71,
    aliases: [en('Republic of Chile'), es('República de Chile'), en('Chilean'), es('chileno')],
    surfaces: ['Chile'],
  }),
  entity({
    slug: 'argentina',
    type: 'country',
    name: 'Argentina',
    description: 'Country in southern South America whose capital is Buenos Aires.',
    wikidataId: 'Q414',
    isoAlpha2: 'AR',
    isoAlpha3: 'ARG',
    latitude: -34,
    longitude: -64,
    aliases: [en('Argentine Republic'), es('República Argentina'), en('Argentine'), en('Argentinian'), es('argentino')],
    surfaces: ['Argentina'],
  }),
  entity({
    slug: 'germany',
    type: 'country',
    name: 'Germany',
    description: 'Country in central Europe whose capital is Berlin.',
    wikidataId: 'Q183',
    isoAlpha2: 'DE',
    isoAlpha3: 'DEU',
    latitude: 51,
    longitude: 9,
    aliases: [
      en('Federal Republic of Germany'),
      es('Alemania'),
      es('República Federal de Alemania'),
      en('German'),
      es('alemán'),
    ],
    surfaces: ['Germany'],
  }),
  entity({
    slug: 'japan',
    type: 'country',
    name: 'Japan',
    description: 'Island country in East Asia whose capital is Tokyo.',
    wikidataId: 'Q17',
    isoAlpha2: 'JP',
    isoAlpha3: 'JPN',
    latitude: 36,
    longitude: 138,
    aliases: [es('Japón'), en('Japanese'), es('japonés')],
    surfaces: ['Japan'],
  }),
  entity({
    slug: 'france',
    type: 'country',
    name: 'France',
    description: 'Country in western Europe whose capital is Paris.',
    wikidataId: 'Q142',
    isoAlpha2: 'FR',
    isoAlpha3: 'FRA',
    latitude: 46,
    longitude: 2,
    // world-countries' Spanish official name ("República francés") is ungrammatical; the correct form is used.
    aliases: [en('French Republic'), es('Francia'), es('República Francesa'), en('French'), es('francés')],
    surfaces: ['France'],
  }),
];

// People: Wikidata ids from /work/shared/data officials files (CC0); Ned Price is in none of them and no id is
// recorded rather than one from memory.
const PEOPLE: EntitySeed[] = [
  entity({
    slug: 'dina-boluarte',
    type: 'person',
    name: 'Dina Boluarte',
    description:
      'Peruvian lawyer and politician who became President of Peru on 7 December 2022 after serving as First Vice President.',
    wikidataId: 'Q106474688',
    aliases: [neutral('Dina Ercilia Boluarte Zegarra')],
    surfaces: [
      'Dina Boluarte',
      {
        text: 'Boluarte',
        note: 'The surname alone always means Dina Boluarte in this article ("Boluarte received", "the Boluarte government", "President Boluarte"); too ambiguous to be a general alias.',
      },
    ],
  }),
  entity({
    slug: 'pedro-castillo',
    type: 'person',
    name: 'Pedro Castillo',
    description:
      'Peruvian schoolteacher and politician who was President of Peru from 28 July 2021 until his removal on 7 December 2022.',
    wikidataId: 'Q103838608',
    aliases: [neutral('José Pedro Castillo Terrones')],
    surfaces: ['Pedro Castillo'],
  }),
  entity({
    slug: 'antony-blinken',
    type: 'person',
    name: 'Antony Blinken',
    description: 'American diplomat who was United States Secretary of State from 26 January 2021 to 20 January 2025.',
    wikidataId: 'Q7821917',
    aliases: [neutral('Tony Blinken'), neutral('Antony John Blinken')],
    surfaces: ['Antony Blinken'],
  }),
  entity({
    slug: 'ned-price',
    type: 'person',
    name: 'Ned Price',
    description:
      'American official who was spokesperson for the United States Department of State from January 2021 to March 2023.',
    surfaces: ['Ned Price'],
  }),
];

// Ports: UN/LOCODEs from ports/unlocode_ports.csv (UNECE, free to use); coordinates from the NGA World Port Index
// (ports/wpi_ports_compact.csv, US Government work, public domain), which gives the harbour position, whereas the
// UN/LOCODE rows were geocoded to town centres by Geoapify (OpenStreetMap-derived, ODbL).
const PORTS: EntitySeed[] = [
  entity({
    slug: 'chancay',
    type: 'port',
    name: 'Port of Chancay',
    description:
      "Deep-water port at Chancay on Peru's central coast north of Lima, built with majority Chinese capital and inaugurated in November 2024.",
    unlocode: 'PECHY',
    latitude: -11.583333,
    longitude: -77.25,
    aliases: [
      neutral('Chancay'),
      en('Chancay Port'),
      en('Chancay megaport'),
      es('Puerto de Chancay'),
      es('Megapuerto de Chancay'),
    ],
    // Every "Chancay" here is the port ("the port of Chancay is being built", "Why is Chancay so important? With 11
    // berths"), never the town.
    surfaces: ['Chancay'],
  }),
  entity({
    slug: 'port-of-callao',
    type: 'port',
    name: 'Port of Callao',
    description: "Peru's principal seaport, in the Constitutional Province of Callao next to Lima.",
    unlocode: 'PECLL',
    latitude: -12.05,
    longitude: -77.15,
    aliases: [en('Callao port'), es('Puerto del Callao')],
    // No surface: both "Callao"s in this body name the region (see the callao entity), never the port itself.
    surfaces: [],
  }),
  entity({
    slug: 'pucusana',
    type: 'port',
    name: 'Pucusana',
    description: 'Fishing port and district on the Pacific coast south of Lima, Peru.',
    // Not in the UN/LOCODE port list or the World Port Index: no code and no coordinates from the data.
    surfaces: ['Pucusana'],
  }),
];

const ORGANIZATIONS: EntitySeed[] = [
  entity({
    slug: 'peruvian-armed-forces',
    type: 'organization',
    name: 'Armed Forces of Peru',
    description: "Peru's military, made up of the Army, the Navy and the Air Force under a Joint Command.",
    aliases: [en('Peruvian Armed Forces'), es('Fuerzas Armadas del Perú')],
    surfaces: [
      'Peruvian Armed Forces',
      {
        text: 'Armed Forces',
        note: 'In the resolution quoted ("the Armed Forces and the National Police of Peru") the bare name is Peru\'s; not a general alias.',
      },
    ],
  }),
  entity({
    slug: 'national-police-of-peru',
    type: 'organization',
    name: 'National Police of Peru',
    description: "Peru's national police force, under the Ministry of the Interior.",
    aliases: [en('Peruvian National Police'), es('Policía Nacional del Perú'), neutral('PNP')],
    surfaces: [
      'National Police of Peru',
      {
        text: 'National Police',
        note: '"the Peruvian Armed Forces and National Police": Peru\'s police; too ambiguous to be a general alias.',
      },
    ],
  }),
  entity({
    slug: 'us-department-of-defense',
    type: 'organization',
    name: 'United States Department of Defense',
    description:
      'Executive department of the US federal government in charge of the armed forces, headquartered in the Pentagon.',
    // Q11209 is the department; Q11208 is the Pentagon building, which the article uses only as a metonym.
    wikidataId: 'Q11209',
    aliases: [
      en('Department of Defense'),
      en('US Department of Defense'),
      en('DoD'),
      en('Pentagon'),
      en('the Pentagon'),
      es('Departamento de Defensa de los Estados Unidos'),
      es('Pentágono'),
    ],
    surfaces: [
      {
        text: 'Pentagon',
        note: '"the Pentagon" is a metonym for the Department of Defense (which regards investments, trains troops), not the building.',
      },
    ],
  }),
  entity({
    slug: 'us-department-of-state',
    type: 'organization',
    name: 'United States Department of State',
    description: 'Executive department of the US federal government responsible for foreign relations.',
    wikidataId: 'Q789915',
    aliases: [
      en('State Department'),
      en('US State Department'),
      en('U.S. Department of State'),
      es('Departamento de Estado de los Estados Unidos'),
      es('Departamento de Estado'),
    ],
    surfaces: ['US State Department', 'State Department'],
  }),
  entity({
    slug: 'peru-ministry-of-foreign-affairs',
    type: 'organization',
    name: 'Ministry of Foreign Affairs of Peru',
    description: "Peru's ministry in charge of foreign relations, known as the Cancillería.",
    aliases: [
      en('Peruvian Foreign Ministry'),
      en('Foreign Ministry of Peru'),
      es('Ministerio de Relaciones Exteriores del Perú'),
      es('Cancillería del Perú'),
    ],
    surfaces: [
      {
        text: 'Foreign Ministry',
        note: 'Blinken\'s support was reported "according to the Foreign Ministry": Peru\'s Cancillería, which published the communiqué on his call with Boluarte. Every country has one, so it is not a general alias.',
      },
    ],
  }),
  entity({
    slug: 'nato',
    type: 'organization',
    name: 'North Atlantic Treaty Organization',
    description: 'Intergovernmental military alliance of North American and European states founded in 1949.',
    // Q7184 and the Spanish abbreviation from organizations/international_organizations_supraverden.json (CC BY-SA 4.0).
    wikidataId: 'Q7184',
    aliases: [
      neutral('NATO'),
      en('North Atlantic Treaty Organisation'),
      neutral('OTAN'),
      es('Organización del Tratado del Atlántico Norte'),
    ],
    // “metallic NATO” is a figure of speech, but it still names NATO; claims about it do not take NATO as subject.
    surfaces: ['NATO'],
  }),
  entity({
    slug: 'congress-of-peru',
    type: 'organization',
    name: 'Congress of Peru',
    description: "The Congress of the Republic of Peru, the country's unicameral legislature in 2023.",
    aliases: [
      en('Congress of the Republic of Peru'),
      en('Peruvian Congress'),
      es('Congreso de la República del Perú'),
      es('Congreso del Perú'),
    ],
    // Not named in the body: present as the issuer, and so the claimant, of Legislative Resolution No. 31758.
    surfaces: [],
  }),
];

// Places. "Lima" and "Callao" are ambiguous in Peru: both are regions and cities, and Callao is also the port.
// The deployment list mixes regions (Loreto … Apurímac) with localities (Iquitos, Pucusana, Santa Lucía); "Lima" is
// taken as the capital and "Callao" as the Constitutional Province of Callao (a region that is in effect one city),
// both in the list and in "Lima and Callao, locations where the most important ports … are located" — the text calls
// them locations that contain ports, so neither is the Port of Callao.
const PLACES: EntitySeed[] = [
  entity({
    slug: 'lima',
    type: 'place',
    name: 'Lima',
    description: 'Capital and largest city of Peru, on the Pacific coast.',
    wikidataId: 'Q2868',
    // UN/LOCODE row PE LIM (geocoded by Geoapify, ODbL). The code itself is not attached: LOCODEs are kept for ports.
    latitude: -12.1605555,
    longitude: -77.0025561,
    aliases: [en('Lima Metropolitan Area'), es('Lima Metropolitana')],
    surfaces: ['Lima'],
  }),
  entity({
    slug: 'callao',
    type: 'place',
    name: 'Callao',
    description:
      "Constitutional Province of Callao, a first-level region of Peru next to Lima that contains the country's main seaport.",
    aliases: [en('Constitutional Province of Callao'), es('Provincia Constitucional del Callao'), es('El Callao')],
    surfaces: ['Callao'],
  }),
  entity({
    slug: 'loreto-region',
    type: 'place',
    name: 'Loreto Region',
    description:
      "Peru's largest region, in the Amazon basin in the north-east of the country, with Iquitos as its capital.",
    aliases: [neutral('Loreto'), es('Departamento de Loreto'), es('Región Loreto')],
    surfaces: ['Loreto'],
  }),
  entity({
    slug: 'san-martin-region',
    type: 'place',
    name: 'San Martín Region',
    description: 'Region of northern Peru on the eastern slopes of the Andes, with Moyobamba as its capital.',
    aliases: [neutral('San Martín'), es('Departamento de San Martín'), es('Región San Martín')],
    surfaces: ['San Martín'],
  }),
  entity({
    slug: 'santa-lucia-peru',
    type: 'place',
    name: 'Santa Lucía',
    description:
      'Locality in the Upper Huallaga valley of Peru, presumably the one meant here, where a counter-narcotics base stands.',
    surfaces: ['Santa Lucía'],
  }),
  entity({
    slug: 'huanuco-region',
    type: 'place',
    name: 'Huánuco Region',
    description:
      'Region of central Peru spanning Andean highlands and Amazon rainforest, with the city of Huánuco as its capital.',
    aliases: [neutral('Huánuco'), es('Departamento de Huánuco'), es('Región Huánuco')],
    surfaces: ['Huánuco'],
  }),
  entity({
    slug: 'ucayali-region',
    type: 'place',
    name: 'Ucayali Region',
    description: 'Amazonian region of eastern Peru bordering Brazil, with Pucallpa as its capital.',
    aliases: [neutral('Ucayali'), es('Departamento de Ucayali'), es('Región Ucayali')],
    surfaces: ['Ucayali'],
  }),
  entity({
    slug: 'pasco-region',
    type: 'place',
    name: 'Pasco Region',
    description: 'Region of central Peru with Cerro de Pasco as its capital.',
    aliases: [neutral('Pasco'), es('Departamento de Pasco'), es('Región Pasco')],
    surfaces: ['Pasco'],
  }),
  entity({
    slug: 'junin-region',
    type: 'place',
    name: 'Junín Region',
    description: 'Region of central Peru with Huancayo as its capital.',
    aliases: [neutral('Junín'), es('Departamento de Junín'), es('Región Junín')],
    surfaces: ['Junín'],
  }),
  entity({
    slug: 'huancavelica-region',
    type: 'place',
    name: 'Huancavelica Region',
    description: 'Andean region of south-central Peru with the city of Huancavelica as its capital.',
    aliases: [neutral('Huancavelica'), es('Departamento de Huancavelica'), es('Región Huancavelica')],
    surfaces: ['Huancavelica'],
  }),
  entity({
    slug: 'cusco-region',
    type: 'place',
    name: 'Cusco Region',
    description: 'Region of south-eastern Peru with the city of Cusco as its capital.',
    aliases: [neutral('Cusco'), neutral('Cuzco'), es('Departamento del Cusco'), es('Región Cusco')],
    // In a list of regions, "Cusco" is the region rather than its capital city.
    surfaces: ['Cusco'],
  }),
  entity({
    slug: 'ayacucho-region',
    type: 'place',
    name: 'Ayacucho Region',
    description: 'Andean region of south-central Peru with the city of Ayacucho as its capital.',
    aliases: [neutral('Ayacucho'), es('Departamento de Ayacucho'), es('Región Ayacucho')],
    surfaces: ['Ayacucho'],
  }),
  entity({
    slug: 'iquitos',
    type: 'place',
    name: 'Iquitos',
    description: 'City on the Amazon River in north-eastern Peru, capital of the Loreto Region.',
    // World Port Index 12570 "Iquitos" (river port; public domain). Its LOCODE PEIQT is not attached: this is the city.
    latitude: -3.75,
    longitude: -73.233333,
    surfaces: ['Iquitos'],
  }),
  entity({
    slug: 'apurimac-region',
    type: 'place',
    name: 'Apurímac Region',
    description: 'Andean region of south-central Peru with Abancay as its capital.',
    aliases: [neutral('Apurímac'), es('Departamento de Apurímac'), es('Región Apurímac')],
    surfaces: ['Apurímac'],
  }),
  entity({
    slug: 'pacific-ocean',
    type: 'place',
    name: 'Pacific Ocean',
    description: "The Earth's largest ocean, which borders Peru to the west.",
    wikidataId: 'Q98',
    aliases: [en('Pacific'), es('Océano Pacífico')],
    // "the Pacific axis" names the ocean's basin as a trade area.
    surfaces: ['Pacific Ocean', 'Pacific'],
  }),
  entity({
    slug: 'andes',
    type: 'place',
    name: 'Andes',
    description: 'Mountain range running the length of western South America, through Peru.',
    wikidataId: 'Q5456',
    aliases: [en('Andes Mountains'), es('Cordillera de los Andes')],
    surfaces: ['Andes'],
  }),
  entity({
    slug: 'south-america',
    type: 'place',
    name: 'South America',
    description: 'Continent of the Western Hemisphere that includes Peru, Bolivia, Chile and Argentina.',
    wikidataId: 'Q18',
    aliases: [es('América del Sur'), es('Sudamérica'), es('Suramérica'), en('South American'), es('sudamericano')],
    surfaces: ['South America', 'South American'],
  }),
  entity({
    slug: 'asia',
    type: 'place',
    name: 'Asia',
    description: "The Earth's largest and most populous continent.",
    wikidataId: 'Q48',
    aliases: [en('Asian'), es('asiático')],
    // "the Asian continent" names Asia.
    surfaces: ['Asia', 'Asian'],
  }),
  entity({
    slug: 'south-asia',
    type: 'place',
    name: 'South Asia',
    description: 'Southern subregion of Asia that includes India, Pakistan and Bangladesh.',
    wikidataId: 'Q771405',
    aliases: [en('Southern Asia'), es('Asia del Sur'), es('Asia meridional')],
    surfaces: ['South Asia'],
  }),
  entity({
    slug: 'lithium-triangle',
    type: 'place',
    name: 'Lithium Triangle',
    description: 'Lithium-rich region of salt flats where Argentina, Bolivia and Chile meet.',
    aliases: [es('Triángulo del litio')],
    surfaces: [
      'lithium triangle',
      {
        text: 'triangle',
        precededBy: /“$/u,
        note: 'the aforementioned “triangle” refers back, in quotation marks, to the “lithium triangle”; the bare word is not an alias.',
      },
    ],
  }),
];

const OTHERS: EntitySeed[] = [
  entity({
    slug: 'resolute-sentinel-2023',
    type: 'event',
    name: 'Resolute Sentinel 2023',
    description:
      'The 2023 edition of Resolute Sentinel, a multinational training exercise sponsored by US Southern Command, held partly in Peru.',
    aliases: [es('Ejercicio Militar Internacional Resolute Sentinel 2023')],
    surfaces: ['Resolute Sentinel 2023 International Military Exercise', 'Resolute Sentinel 2023'],
  }),
  entity({
    slug: 'legislative-resolution-31758',
    type: 'legal_instrument',
    name: 'Legislative Resolution No. 31758',
    description:
      'Resolution of the Congress of Peru authorising US military personnel to enter Peru with weapons for training cooperation from 1 June to 31 December 2023.',
    aliases: [
      en('Legislative Resolution 31758'),
      es('Resolución Legislativa N.º 31758'),
      es('Resolución Legislativa Nº 31758'),
    ],
    surfaces: ['Legislative Resolution No. 31758'],
  }),
  entity({
    slug: 'political-constitution-of-peru',
    type: 'legal_instrument',
    name: 'Political Constitution of Peru',
    description:
      "Peru's constitution in force since 1993, whose article 102 requires Congress to approve the entry of foreign troops.",
    aliases: [en('Constitution of Peru'), en('Peruvian Constitution'), es('Constitución Política del Perú')],
    surfaces: ['Political Constitution of Peru'],
  }),
  entity({
    slug: 'belt-and-road-initiative',
    type: 'other',
    name: 'Belt and Road Initiative',
    description: 'Global infrastructure and investment strategy launched by the Chinese government in 2013.',
    aliases: [
      en('New Silk Road'),
      neutral('BRI'),
      en('One Belt, One Road'),
      es('Iniciativa de la Franja y la Ruta'),
      es('Nueva Ruta de la Seda'),
    ],
    surfaces: ['Belt and Road Initiative', 'New Silk Road'],
  }),
  entity({
    slug: 'lithium',
    type: 'commodity',
    name: 'Lithium',
    description: 'Light alkali metal mined chiefly for rechargeable batteries.',
    wikidataId: 'Q568',
    aliases: [es('litio')],
    surfaces: ['lithium'],
  }),
];

export const ENTITIES: readonly EntitySeed[] = [
  ...COUNTRIES,
  ...PEOPLE,
  ...PORTS,
  ...ORGANIZATIONS,
  ...PLACES,
  ...OTHERS,
];

// ---------------------------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------------------------

// Years from officials/heads_of_state_and_government_wikidata_2024-10.csv; days are the constitutional hand-overs
// (28 July 2021 inauguration; 7 December 2022 removal of Castillo and swearing-in of Boluarte). Blinken's start is
// the exact date in foreign_ministers_wikidata_2023-01.csv and us_cabinet_current_2022-08.csv.
export const ROLES: readonly RoleSeed[] = [
  {
    personSlug: 'dina-boluarte',
    title: 'First Vice President of Peru',
    organizationSlug: 'peru',
    startDate: '2021-07-28',
    endDate: '2022-12-07',
  },
  {
    personSlug: 'dina-boluarte',
    title: 'President of Peru',
    organizationSlug: 'peru',
    startDate: '2022-12-07',
    endDate: null,
    note: 'Open-ended in the data file (October 2024). Record an end date only from a checked source.',
  },
  {
    personSlug: 'pedro-castillo',
    title: 'President of Peru',
    organizationSlug: 'peru',
    startDate: '2021-07-28',
    endDate: '2022-12-07',
  },
  {
    personSlug: 'antony-blinken',
    title: 'United States Secretary of State',
    organizationSlug: 'us-department-of-state',
    startDate: '2021-01-26',
    endDate: '2025-01-20',
    note: 'The data files (2022–2023) have no end; the term ended with the change of administration on 20 January 2025.',
  },
  {
    personSlug: 'ned-price',
    title: 'Spokesperson for the United States Department of State',
    organizationSlug: 'us-department-of-state',
    startDate: '2021-01-20',
    endDate: '2023-03-01',
    note: 'Not in the data files. He left the post in March 2023; the day is not known, so the first of the month stands for it (month precision).',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------------------------

/** A relation the article states (source kind `article`), with the words that state it. */
export interface RelationSeed {
  subjectSlug: string;
  type: 'located_in' | 'head_of';
  objectSlug: string;
  /** When the relation began (a day), where the article's words alone do not date it: from the roles above. */
  startDate?: string;
  /** Exact text of the body that states it; must occur once, or give `occurrence`. */
  evidence: string;
  occurrence?: number;
}

export interface ResolvedRelation extends RelationSeed {
  evidenceStart: number;
  evidenceEnd: number;
}

// The place hierarchy the article states: the places where the US troops "will be in Peru", and the port of Chancay,
// "the largest in Peru". (The port of Callao is not named in the body, so the article states nothing about it.)
/** The places the article says US troops were to be deployed in (its located_in relations and its claim). */
const DEPLOYMENT_PLACES = [
  'lima',
  'callao',
  'loreto-region',
  'san-martin-region',
  'santa-lucia-peru',
  'huanuco-region',
  'ucayali-region',
  'pasco-region',
  'junin-region',
  'huancavelica-region',
  'cusco-region',
  'ayacucho-region',
  'iquitos',
  'pucusana',
  'apurimac-region',
] as const;

const PLACES_IN_PERU =
  'A quick overview of the arrival of the US military in Peru indicates that they will be in Lima, Callao, Loreto, San Martín, Santa Lucía, Huánuco, Ucayali, Pasco, Junín, Huancavelica, Cusco, Ayacucho, Iquitos, Pucusana and Apurímac.';

export const RELATIONS: readonly RelationSeed[] = [
  ...DEPLOYMENT_PLACES.map(
    (slug): RelationSeed => ({ subjectSlug: slug, type: 'located_in', objectSlug: 'peru', evidence: PLACES_IN_PERU }),
  ),
  {
    subjectSlug: 'chancay',
    type: 'located_in',
    objectSlug: 'peru',
    evidence: 'The port of Chancay is the largest in Peru',
  },
  // "The border region of Bolivia, Chile and Argentina": the lithium triangle lies in each of the three (its members),
  // so an article about it concerns them.
  ...(['bolivia', 'chile', 'argentina'] as const).map(
    (slug): RelationSeed => ({
      subjectSlug: 'lithium-triangle',
      type: 'located_in',
      objectSlug: slug,
      evidence: 'The border region of Bolivia, Chile and Argentina, called the “lithium triangle,”',
    }),
  ),
  // The article calls her "the Peruvian president"; she took office on 2022-12-07 (ROLES above). The port's operator
  // is not named in the article (it says only "built with Chinese capital"), so it states no `operates` relation.
  {
    subjectSlug: 'dina-boluarte',
    type: 'head_of',
    objectSlug: 'peru',
    startDate: '2022-12-07',
    evidence: 'the Peruvian president, Dina Boluarte',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------------------------

// Claimants: the article's own assertions are Misión Verdad's (the author; Orinoco Tribune only translated and
// republished them), so they name the mision-verdad source. Words the article attributes to someone name that entity.
// An unnamed "report" or "recent studies" cannot be an entity, so those stay with Misión Verdad, modality reported.
// Modality: asserted = stated in the claimant's own voice; reported = relayed from another party (a quote, "according
// to"); speculative = hedged ("could", "would", "intends"). All claims are unverified until checked.
const MV = { source: 'mision-verdad' } as const;

export const CLAIMS: readonly ClaimSeed[] = [
  {
    text: 'On 31 May 2023 the Peruvian government authorized US military personnel to enter Peru with weapons by air and sea.',
    claimant: MV,
    subjects: ['peru', 'united-states'],
    kind: 'event',
    modality: 'asserted',
    evidence:
      'On May 31, the Peruvian government authorized the entry of US military personnel into the country by air and sea with weapons.',
  },
  {
    text: "According to Dina Boluarte's administration, US military personnel entered Peru to carry out cooperation and training activities with the Peruvian Armed Forces and National Police.",
    // The government of Peru speaks here; a country's government is represented by the country entity.
    claimant: { entity: 'peru' },
    subjects: ['dina-boluarte', 'united-states', 'peruvian-armed-forces', 'national-police-of-peru'],
    kind: 'policy',
    modality: 'reported',
    evidence:
      'According to Dina Boluarte’s de facto administration, the purpose would be to carry out cooperation and training activities with the Peruvian Armed Forces and National Police.',
  },
  {
    text: 'Legislative Resolution No. 31758 authorizes US military personnel to enter Peru from 1 June to 31 December 2023 to carry out training cooperation activities with the Armed Forces and the National Police of Peru.',
    quote:
      'The entry into the territory of the Republic by military personnel from the United States of America is authorized, with the purpose of carrying out training cooperation activities with the Armed Forces and the National Police of Peru, from June 1 to December 31, 2023, within the framework of what is established in numeral (8) of article 102 of the Political Constitution of Peru in accordance with the specifications and objectives indicated in the appendix that forms an integral part of this legislative resolution.',
    // The quoted words are the resolution's; the body that adopted them, Congress, is the claimant and the
    // resolution itself a subject.
    claimant: { entity: 'congress-of-peru' },
    subjects: [
      'legislative-resolution-31758',
      'united-states',
      'peru',
      'peruvian-armed-forces',
      'national-police-of-peru',
      'political-constitution-of-peru',
    ],
    kind: 'policy',
    modality: 'reported',
    evidence:
      'The entry into the territory of the Republic by military personnel from the United States of America is authorized, with the purpose of carrying out training cooperation activities with the Armed Forces and the National Police of Peru, from June 1 to December 31, 2023, within the framework of what is established in numeral (8) of article 102 of the Political Constitution of Peru in accordance with the specifications and objectives indicated in the appendix that forms an integral part of this legislative resolution.',
  },
  {
    text: 'The US military personnel authorized to enter Peru in 2023 were to be deployed in Lima, Callao, Loreto, San Martín, Santa Lucía, Huánuco, Ucayali, Pasco, Junín, Huancavelica, Cusco, Ayacucho, Iquitos, Pucusana and Apurímac.',
    claimant: MV,
    subjects: ['united-states', ...DEPLOYMENT_PLACES],
    kind: 'event',
    modality: 'asserted',
    evidence:
      'they will be in Lima, Callao, Loreto, San Martín, Santa Lucía, Huánuco, Ucayali, Pasco, Junín, Huancavelica, Cusco, Ayacucho, Iquitos, Pucusana and Apurímac.',
  },
  {
    text: 'US military personnel in Peru were to carry out training activities with the Peruvian Armed Forces in connection with the Resolute Sentinel 2023 international military exercise.',
    claimant: MV,
    subjects: ['united-states', 'peruvian-armed-forces', 'resolute-sentinel-2023'],
    kind: 'event',
    modality: 'asserted',
    evidence:
      'They will carry out training activities with the Peruvian Armed Forces in connection with the Resolute Sentinel 2023 International Military Exercise and within the framework of bilateral cooperation.',
  },
  {
    text: "Peru's political situation, moves towards an autonomous South American political bloc and major trade agreements between China and South American countries explain US interest in the Andean region.",
    claimant: MV,
    subjects: ['united-states', 'peru', 'china', 'south-america', 'andes'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'However, the local context, the latest political and social events in Peru, the meetings between the leaders of the region to consolidate an autonomous South American political bloc, and the establishment of major trade agreements between China and South American countries are immovable factors that account for the United States’ interests in that piece of the Andes, beyond the obvious.',
  },
  {
    text: 'Dina Boluarte came to power through what Misión Verdad calls a coup against President Pedro Castillo.',
    claimant: MV,
    subjects: ['dina-boluarte', 'pedro-castillo', 'peru'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'Her arrival to power was marked by a context that resulted in the coup against President Pedro Castillo.',
  },
  {
    text: 'The repression of protests in Peru since Dina Boluarte took power has left at least 50 people dead, thousands injured and tens of thousands detained.',
    claimant: MV,
    subjects: ['peru', 'dina-boluarte'],
    kind: 'quantity',
    value: 50,
    bound: 'at_least',
    unit: 'deaths',
    modality: 'asserted',
    evidence:
      'Since then, there has been intense repression against the population, leaving at least 50 dead, thousands injured, and tens of thousands detained to date.',
  },
  {
    text: 'The repression of protesters in Peru drew criticism from some South American leaders but not from the United States.',
    claimant: MV,
    subjects: ['peru', 'south-america', 'united-states'],
    kind: 'event',
    modality: 'asserted',
    evidence: 'sparked the rejection of some South American leaders, but not from the United States',
  },
  {
    text: "A few days after Dina Boluarte's government was installed, US Secretary of State Antony Blinken reiterated US support for Peru and the will to keep strengthening the bilateral relationship, according to Peru's Foreign Ministry.",
    quote: 'its will to continue strengthening the nurtured bilateral relationship',
    // The ministry's communiqué is the source of these words about Blinken's call.
    claimant: { entity: 'peru-ministry-of-foreign-affairs' },
    subjects: ['antony-blinken', 'united-states', 'peru', 'dina-boluarte'],
    kind: 'attribution',
    modality: 'reported',
    evidence:
      'Boluarte received the support of United States Secretary of State Antony Blinken, who, according to the Foreign Ministry, reiterated his country’s support for Peru and “its will to continue strengthening the nurtured bilateral relationship.”',
  },
  {
    text: "According to Peru's Foreign Ministry, the support Antony Blinken expressed was for Peru's democratic institutions and for the actions taken to deal with a 'social outbreak'.",
    quote: 'for democratic institutions',
    claimant: { entity: 'peru-ministry-of-foreign-affairs' },
    subjects: ['antony-blinken', 'united-states', 'peru'],
    kind: 'attribution',
    modality: 'reported',
    evidence:
      'Total support was “for democratic institutions” and the actions to deal with what they called a “social outbreak,”',
  },
  {
    text: 'US support for the Boluarte government showed that the repression of the population did not matter to Washington and that it regarded the government as a reliable ally.',
    claimant: MV,
    subjects: ['united-states', 'dina-boluarte', 'peru'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'which reflects that it did not matter that the population was being brutally repressed and confirmed that the Boluarte government was a reliable ally',
  },
  {
    text: "In December 2022, US State Department spokesperson Ned Price said the United States recognized Dina Boluarte as President of Peru and would keep working with Peru's democratic institutions.",
    quote:
      'Of course, we recognize the Peruvian president, Dina Boluarte, and we will continue to work with the democratic institutions of Peru. We look forward to working closely with President Boluarte and the Peruvian state',
    claimant: { entity: 'ned-price' },
    subjects: ['dina-boluarte', 'peru', 'united-states', 'us-department-of-state'],
    kind: 'attribution',
    modality: 'reported',
    evidence:
      '“Of course, we recognize the Peruvian president, Dina Boluarte, and we will continue to work with the democratic institutions of Peru. We look forward to working closely with President Boluarte and the Peruvian state,” Ned Price, now-former spokesperson for the US State Department, declared in December 2022.',
  },
  {
    text: "The United States does not want to lose Peru, which it considers part of its geopolitical 'backyard' and one of the port hubs of the Pacific.",
    claimant: MV,
    subjects: ['united-states', 'peru', 'pacific-ocean'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'Everything points to the fact that the United States does not want to lose an important piece of what they consider their geopolitical “backyard,” one of the port hubs of the Pacific axis.',
  },
  {
    text: "The United States is responding to China's progress and large investments under the Belt and Road Initiative.",
    claimant: MV,
    subjects: ['united-states', 'china', 'belt-and-road-initiative'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'It is also evident that they are responding to China’s progress and large investments to continue deploying the Belt and Road Initiative, also known as the New Silk Road, throughout the world.',
  },
  {
    text: "One of the 2023 US training exercises in Peru was to be held in Lima and Callao, where Peru's most important ports are located and where the port of Chancay is being built.",
    claimant: MV,
    subjects: ['united-states', 'lima', 'callao', 'chancay'],
    kind: 'event',
    modality: 'asserted',
    evidence:
      'one of the exercises will be carried out in Lima and Callao, locations where the most important ports in that country are located and where the port of Chancay is being built.',
  },
  {
    text: 'The port of Chancay is the largest port in Peru and is being built with Chinese capital.',
    claimant: MV,
    subjects: ['chancay', 'china', 'peru'],
    kind: 'event',
    modality: 'asserted',
    evidence: 'The port of Chancay is the largest in Peru and is being built with Chinese capital',
  },
  {
    text: 'The Pentagon does not regard Chinese investment in the port of Chancay favourably because it interferes with US interests in the region.',
    claimant: MV,
    subjects: ['us-department-of-defense', 'chancay', 'china'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'an investment that has not been well regarded by the Pentagon for interfering with its interests in the region.',
  },
  {
    text: 'The port of Chancay has 11 berths.',
    claimant: MV,
    subjects: ['chancay'],
    kind: 'quantity',
    value: 11,
    unit: 'berths',
    modality: 'asserted',
    evidence: 'With 11 berths',
  },
  {
    text: 'The port of Chancay can receive ships of up to 9,000 tons.',
    claimant: MV,
    subjects: ['chancay'],
    kind: 'quantity',
    value: 9000,
    unit: 'tons',
    bound: 'at_most',
    modality: 'asserted',
    evidence: 'the capacity to receive ships of up to 9,000 tons',
  },
  {
    text: 'The port of Chancay is a commercial gateway across the Pacific Ocean for goods from Asia.',
    claimant: MV,
    subjects: ['chancay', 'pacific-ocean', 'asia'],
    kind: 'assessment',
    modality: 'asserted',
    evidence: 'the megaport constitutes a commercial gateway through the Pacific Ocean for merchandise from Asia.',
  },
  {
    text: "The port of Chancay would become an important outlet for the region's raw materials, such as lithium, bound for Asia.",
    claimant: MV,
    subjects: ['chancay', 'asia', 'lithium'],
    kind: 'prediction',
    modality: 'speculative',
    evidence:
      'Given its location, it would also be an important port where raw materials from the region would leave for the Asian continent. For example, lithium',
  },
  {
    text: 'Lithium has drawn worldwide attention because it is vital to new technological production chains.',
    claimant: MV,
    subjects: ['lithium'],
    kind: 'assessment',
    modality: 'asserted',
    evidence:
      'a mineral that has received worldwide attention because it is vital for the new technological productive chains being built.',
  },
  {
    text: "The lithium triangle, the border region of Bolivia, Chile and Argentina, holds 68% of the world's lithium reserves.",
    claimant: MV,
    subjects: ['lithium-triangle', 'bolivia', 'chile', 'argentina', 'lithium'],
    kind: 'quantity',
    value: 68,
    unit: '%',
    modality: 'asserted',
    evidence:
      'The border region of Bolivia, Chile and Argentina, called the “lithium triangle,” concentrates 68% of the world’s mineral reserves.',
  },
  {
    text: "Bolivia holds 30% of the world's lithium reserves, according to recent studies.",
    claimant: MV,
    subjects: ['bolivia', 'lithium'],
    kind: 'quantity',
    value: 30,
    unit: '%',
    modality: 'reported',
    evidence: 'According to recent studies, Bolivia has 30% of the world’s lithium reserves',
  },
  {
    text: "Chile holds 21% of the world's lithium reserves, according to recent studies.",
    claimant: MV,
    subjects: ['chile', 'lithium'],
    kind: 'quantity',
    value: 21,
    unit: '%',
    modality: 'reported',
    evidence: 'followed by Chile with 21%',
  },
  {
    text: "Argentina holds 17% of the world's lithium reserves, according to recent studies.",
    claimant: MV,
    subjects: ['argentina', 'lithium'],
    kind: 'quantity',
    value: 17,
    unit: '%',
    modality: 'reported',
    evidence: 'and Argentina with 17%',
  },
  {
    text: 'According to a report cited by Misión Verdad, the central economic powers of the 20th century — the United States, Germany, Japan and France — are falling behind the dynamism of South Asia and above all China.',
    quote:
      'see each other more and more lagging behind and dwarfed by the strong dynamism in South Asia and especially that generated by China',
    claimant: MV,
    subjects: ['united-states', 'germany', 'japan', 'france', 'south-asia', 'china'],
    kind: 'assessment',
    modality: 'reported',
    evidence:
      'the central economic powers of the 20th century—the United States, Germany, Japan, France—”see each other more and more lagging behind and dwarfed by the strong dynamism in South Asia and especially that generated by China,” the report states.',
  },
  {
    text: "The United States intends to build a 'metallic NATO' to control the lithium and other metal markets of the lithium triangle through extraterritorial militarization.",
    claimant: MV,
    // NATO is named only as a metaphor, so it is not a subject.
    subjects: ['united-states', 'lithium', 'lithium-triangle'],
    kind: 'assessment',
    modality: 'speculative',
    evidence:
      'the United States intends to develop a sort of “metallic NATO” with which it could control, via extraterritorial militarization, the dynamics around the lithium and other metal markets in the aforementioned “triangle.”',
  },
  {
    text: "The Pentagon's training of Peruvian troops and police could have the strategic intention of advancing US political, economic and geostrategic interests in Peru.",
    claimant: MV,
    subjects: ['us-department-of-defense', 'peru', 'peruvian-armed-forces', 'national-police-of-peru'],
    kind: 'assessment',
    modality: 'speculative',
    evidence:
      'The training of the Peruvian troops and police by the Pentagon could have a strategic intention, establishing its political, economic and geostrategic interests as prerogatives for the advancement of bilateral relations with Peru',
  },
  {
    text: 'More than 3,500 US soldiers have entered Peru since 2015 to cooperate in fighting drug trafficking and insurgent groups.',
    claimant: MV,
    subjects: ['united-states', 'peru'],
    kind: 'quantity',
    value: 3500,
    bound: 'more_than',
    unit: 'soldiers',
    modality: 'asserted',
    evidence:
      'Since 2015, over 3,500 soldiers have entered to cooperate and “fight” against drug trafficking and insurgent groups.',
  },
  {
    text: "The 2023 US military entry into Peru would serve both to help security forces keep the Boluarte government stable and to establish the United States as a deterrent force in the region against China's advance and regional integration.",
    claimant: MV,
    subjects: ['united-states', 'peru', 'dina-boluarte', 'china'],
    kind: 'prediction',
    modality: 'speculative',
    evidence:
      'Everything indicates that they would be covering two fronts with this new entry. On the one hand, to collaborate with security forces to maintain the stability that the Boluarte government desperately needs and, on the other, to try to establish itself as a dominating and “deterrent” factor through weapons in the region in the face of China’s advancement and possible regional integration.',
  },
];

/**
 * Claims of the other articles. The Spanish original's two claims stand in its stored body, which is Meridian's
 * Spanish translation of the republication's first paragraph (ORIGINAL_BODY_STANDIN), so they pair with the English
 * claims of the same sentences: the seed's cross-language pairs (the pipeline proposes them as `repeats`). The
 * constructed article's claim contradicts the English "more than 3,500 soldiers" (see CONSTRUCTED_BODY).
 */
export const OTHER_ARTICLE_CLAIMS: readonly OtherArticleClaimSeed[] = [
  {
    articleKey: 'original',
    text: 'El 31 de mayo de 2023 el gobierno peruano autorizó el ingreso al Perú de personal militar estadounidense con armas, por aire y por mar.',
    claimant: MV,
    subjects: ['peru', 'united-states'],
    kind: 'event',
    modality: 'asserted',
    evidence:
      'El 31 de mayo, el gobierno peruano autorizó el ingreso al país, por aire y por mar, de personal militar estadounidense con armas.',
  },
  {
    articleKey: 'original',
    text: 'Según la administración de Dina Boluarte, el personal militar estadounidense ingresó al Perú para realizar actividades de cooperación y entrenamiento con las Fuerzas Armadas y la Policía Nacional del Perú.',
    claimant: { entity: 'peru' },
    subjects: ['dina-boluarte', 'united-states', 'peruvian-armed-forces', 'national-police-of-peru'],
    kind: 'policy',
    modality: 'reported',
    evidence:
      'Según la administración de facto de Dina Boluarte, el propósito sería realizar actividades de cooperación y entrenamiento con las Fuerzas Armadas y la Policía Nacional del Perú.',
  },
  {
    articleKey: 'constructed',
    text: 'About 1,200 US soldiers have entered Peru since 2015.',
    claimant: { source: 'meridian-test-fixtures' },
    subjects: ['united-states', 'peru'],
    kind: 'quantity',
    value: 1200,
    bound: 'approximately',
    unit: 'soldiers',
    modality: 'reported',
    evidence: 'About 1,200 US soldiers have entered Peru since 2015, according to this constructed count.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The prepared fixture: everything resolved and checked, ready to write
// ---------------------------------------------------------------------------------------------------------------

export interface PreparedArticle extends ArticleSeed {
  body: string;
  contentHash: string;
}

export interface PreparedFixture {
  sources: readonly SourceSeed[];
  entities: readonly EntitySeed[];
  roles: readonly RoleSeed[];
  /** In write order: an original before the articles that derive from it. */
  articles: readonly PreparedArticle[];
  /** Mentions and claims belong to the English republication (the only full body). */
  mentionArticleKey: ArticleSeed['key'];
  mentions: readonly ComputedMention[];
  claims: readonly ResolvedClaim[];
  /** Claims of the Spanish original and of the constructed test article, each in its own article's body. */
  otherClaims: readonly ResolvedOtherArticleClaim[];
  /** Stated in the mention article (source kind `article`). */
  relations: readonly ResolvedRelation[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Throws on any inconsistency in the curated data: the seed must never write a half-right fixture. */
export function validateFixture(fixture: PreparedFixture): void {
  const problems: string[] = [];
  const entitySlugs = new Set<string>();
  const sourceSlugs = new Set(fixture.sources.map((source) => source.slug));
  const unique = new Map<string, string>();

  for (const item of fixture.entities) {
    if (!SLUG.test(item.slug)) problems.push(`entity slug not kebab-case ascii: ${item.slug}`);
    if (entitySlugs.has(item.slug)) problems.push(`duplicate entity slug: ${item.slug}`);
    entitySlugs.add(item.slug);
    for (const [field, value] of [
      ['wikidataId', item.wikidataId],
      ['isoAlpha2', item.isoAlpha2],
      ['isoAlpha3', item.isoAlpha3],
      ['unlocode', item.unlocode],
    ] as const) {
      if (value === null) continue;
      const key = `${field}:${value}`;
      if (unique.has(key)) problems.push(`${field} ${value} on both ${unique.get(key)} and ${item.slug}`);
      unique.set(key, item.slug);
    }
    if (item.wikidataId !== null && !/^Q[1-9]\d*$/u.test(item.wikidataId))
      problems.push(`bad wikidata id on ${item.slug}`);
    if (item.unlocode !== null && !/^[A-Z]{2}[A-Z0-9]{3}$/u.test(item.unlocode))
      problems.push(`bad UN/LOCODE on ${item.slug}`);
    if ((item.latitude === null) !== (item.longitude === null)) problems.push(`half a coordinate on ${item.slug}`);
    const aliasKeys = new Set<string>();
    for (const alias of item.aliases) {
      const key = `${alias.language ?? ''}\u0000${alias.name}`;
      if (aliasKeys.has(key) || alias.name === item.name)
        problems.push(`duplicate alias "${alias.name}" on ${item.slug}`);
      aliasKeys.add(key);
    }
  }

  for (const role of fixture.roles) {
    if (!entitySlugs.has(role.personSlug)) problems.push(`role for unknown person ${role.personSlug}`);
    if (role.organizationSlug !== null && !entitySlugs.has(role.organizationSlug)) {
      problems.push(`role in unknown organization ${role.organizationSlug}`);
    }
    for (const date of [role.startDate, role.endDate]) {
      if (date !== null && (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) {
        problems.push(`bad role date ${date}`);
      }
    }
    if (role.startDate !== null && role.endDate !== null && role.endDate < role.startDate) {
      problems.push(`role ends before it starts: ${role.personSlug} ${role.title}`);
    }
  }

  const mentionArticle = fixture.articles.find((article) => article.key === fixture.mentionArticleKey);
  if (!mentionArticle) throw new Error('The fixture has no article for its mentions');
  const body = mentionArticle.body;
  let previousEnd = 0;
  for (const mention of fixture.mentions) {
    if (!entitySlugs.has(mention.entitySlug)) problems.push(`mention of unknown entity ${mention.entitySlug}`);
    if (mention.start < previousEnd) problems.push(`overlapping mention at ${mention.start}`);
    if (sliceCodePoints(body, mention.start, mention.end) !== mention.surface) {
      problems.push(`mention [${mention.start}, ${mention.end}) is not "${mention.surface}"`);
    }
    previousEnd = mention.end;
  }

  for (const claim of [...fixture.claims, ...fixture.otherClaims]) {
    const own = fixture.articles.find(
      (article) => article.key === ('articleKey' in claim ? claim.articleKey : fixture.mentionArticleKey),
    );
    if (!own) problems.push(`claim of a missing article: "${claim.text.slice(0, 60)}"`);
    const body = own?.body ?? '';
    if (sliceCodePoints(body, claim.evidenceStart, claim.evidenceEnd) !== claim.evidence)
      problems.push(`evidence span does not match: "${claim.evidence.slice(0, 60)}"`);
    if (claim.quote !== undefined && !body.includes(claim.quote))
      problems.push(`quote not in body: "${claim.quote.slice(0, 60)}"`);
    if (claim.quote !== undefined && !claim.evidence.includes(claim.quote))
      problems.push(`quote outside its evidence: "${claim.quote.slice(0, 60)}"`);
    if (
      'entity' in claim.claimant ? !entitySlugs.has(claim.claimant.entity) : !sourceSlugs.has(claim.claimant.source)
    ) {
      problems.push(`unknown claimant for "${claim.text.slice(0, 60)}"`);
    }
    if (claim.subjects.length === 0) problems.push(`claim without subjects: "${claim.text.slice(0, 60)}"`);
    if (new Set(claim.subjects).size !== claim.subjects.length)
      problems.push(`repeated subject in "${claim.text.slice(0, 60)}"`);
    for (const subject of claim.subjects) if (!entitySlugs.has(subject)) problems.push(`unknown subject ${subject}`);
    if ((claim.kind === 'quantity') !== (claim.value !== undefined))
      problems.push(`quantity claims (only) carry a value: "${claim.text.slice(0, 60)}"`);
    if ((claim.value === undefined) !== (claim.unit === undefined))
      problems.push(`value without unit: "${claim.text.slice(0, 60)}"`);
  }

  const related = new Set<string>();
  for (const relation of fixture.relations) {
    for (const slug of [relation.subjectSlug, relation.objectSlug])
      if (!entitySlugs.has(slug)) problems.push(`relation with unknown entity ${slug}`);
    if (relation.subjectSlug === relation.objectSlug) problems.push(`relation of ${relation.subjectSlug} to itself`);
    const key = `${relation.type}:${relation.subjectSlug}:${relation.objectSlug}`;
    if (related.has(key)) problems.push(`repeated relation ${key}`);
    related.add(key);
    if (sliceCodePoints(body, relation.evidenceStart, relation.evidenceEnd) !== relation.evidence)
      problems.push(`relation evidence span does not match: "${relation.evidence.slice(0, 60)}"`);
  }

  for (const article of fixture.articles) {
    if (!sourceSlugs.has(article.sourceSlug)) problems.push(`article from unknown source ${article.sourceSlug}`);
    if (article.contentHash !== sha256Hex(article.body)) problems.push(`content hash mismatch for ${article.url}`);
    if (article.lineage && !fixture.articles.some((other) => other.key === article.lineage!.originalKey)) {
      problems.push(`article ${article.url} derives from a missing original`);
    }
  }

  if (problems.length > 0) throw new Error(`Invalid seed fixture:\n- ${problems.join('\n- ')}`);
}

/** Parses the fixture text, computes mentions and evidence spans, and validates the lot. */
export function prepareFixture(text: string = readFixtureText()): PreparedFixture {
  const parsed = parseFixtureArticle(text);
  const articles: PreparedArticle[] = ARTICLES.map((article) => {
    if (article.key === 'translation')
      return { ...article, title: parsed.title, body: parsed.body, contentHash: parsed.contentHash };
    const body = article.key === 'original' ? ORIGINAL_BODY_STANDIN : CONSTRUCTED_BODY;
    return { ...article, body, contentHash: sha256Hex(body) };
  });
  const otherClaims: ResolvedOtherArticleClaim[] = OTHER_ARTICLE_CLAIMS.map((claim) => {
    const own = articles.find((article) => article.key === claim.articleKey)!;
    const [evidenceStart, evidenceEnd] = resolveEvidence(own.body, claim.evidence, claim.occurrence);
    return { ...claim, evidenceStart, evidenceEnd };
  });
  const claims: ResolvedClaim[] = CLAIMS.map((claim) => {
    const [evidenceStart, evidenceEnd] = resolveEvidence(parsed.body, claim.evidence, claim.occurrence);
    return { ...claim, evidenceStart, evidenceEnd };
  });
  const relations: ResolvedRelation[] = RELATIONS.map((relation) => {
    const [evidenceStart, evidenceEnd] = resolveEvidence(parsed.body, relation.evidence, relation.occurrence);
    return { ...relation, evidenceStart, evidenceEnd };
  });
  const fixture: PreparedFixture = {
    sources: SOURCES,
    entities: ENTITIES,
    roles: ROLES,
    articles,
    mentionArticleKey: 'translation',
    mentions: computeMentions(parsed.body, ENTITIES),
    claims,
    otherClaims,
    relations,
  };
  validateFixture(fixture);
  return fixture;
}
