/** Shared helpers for the linking gold set (tests/fixtures/linking-gold/). */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLD_DIR = join(ROOT, 'tests', 'fixtures', 'linking-gold');
export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
/** English documents live in dev.json / heldout.json, Spanish ones in dev-es.json / heldout-es.json. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Every gold file, as (split, language) pairs. */
export const GOLD_FILES: { split: Split; language: Language }[] = LANGUAGES.flatMap((language) =>
  SPLITS.map((split) => ({ split, language })),
);

export const ENTITY_TYPES = [
  'country',
  'person',
  'organization',
  'place',
  'port',
  'event',
  'legal_instrument',
  'commodity',
] as const;
export const OFFICES = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'finance_minister',
  'central_bank_governor',
  'other_official',
] as const;
export const STATUSES = ['raw', 'annotated', 'checked'] as const;

export interface Entity {
  ref: string;
  type: (typeof ENTITY_TYPES)[number];
  name: string;
  id: string | null;
  forms: string[];
  demonyms?: string[];
  passing?: boolean;
  office?: (typeof OFFICES)[number] | null;
  intergovernmental?: boolean;
  country?: string | null;
  note?: string;
}
export interface Mention {
  field: 'title' | 'body';
  start: number;
  end: number;
  surface: string;
  ref: string;
  kind?: 'demonym';
}
export interface GoldDocument {
  id: string;
  split: Split;
  language: Language;
  outlet: string;
  url: string | null;
  licence: string;
  publishedAt: string;
  title: string;
  body: string;
  status: (typeof STATUSES)[number];
  entities: Entity[];
  mentions: Mention[];
  dateline: { place: string | null; date: string | null; agency: string | null } | null;
  notes: string;
  /** Surface strings that are not a mention of any annotated entity but contain a form (e.g. "British Columbia"). */
  notMentions?: string[];
  source?: { repository: string; commit: string; path: string };
}

/** ~35 % heldout, chosen by the SHA-256 of the document id (nobody hand-picks). */
export function splitFor(id: string): Split {
  const h = createHash('sha256').update(id).digest();
  return h.readUInt32BE(0) % 100 < 35 ? 'heldout' : 'dev';
}

export function goldPath(split: Split, language: Language = 'en'): string {
  return join(GOLD_DIR, language === 'en' ? `${split}.json` : `${split}-${language}.json`);
}

export function readSplit(split: Split, language: Language = 'en'): GoldDocument[] {
  try {
    return JSON.parse(readFileSync(goldPath(split, language), 'utf8')) as GoldDocument[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export function writeSplit(split: Split, docs: GoldDocument[], language: Language = 'en'): void {
  docs.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(goldPath(split, language), `${JSON.stringify(docs, null, 1)}\n`);
}

/** Code points of a string (offsets in the gold set count code points, not UTF-16 units). */
export function codePoints(s: string): string[] {
  return [...s];
}

/** Map UTF-16 index → code point index for one string. */
export function utf16ToCodePoint(s: string): (i: number) => number {
  const map = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = cp;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[s.length] = cp;
  return (i: number) => map[i] ?? cp;
}

export function slice(s: string, start: number, end: number): string {
  return codePoints(s).slice(start, end).join('');
}
