// What a claimed quantity counts, in one language-independent word, so that "3,500 soldiers" and "1.200 soldados"
// are recognised as the same kind of quantity, and the range of values a bounded quantity allows ("more than 3,500"
// is any number above 3,500). Pure functions; the claim relation proposals (relation-proposals.ts) use them.
import type { QuantityBound } from './claims-extractor.ts';

/** Spanish unit nouns and English variants onto one English word (the extractor keeps the unit as written). */
const KIND_OF: Readonly<Record<string, string>> = {
  '%': 'percent',
  percent: 'percent',
  'per cent': 'percent',
  'por ciento': 'percent',
  porcentaje: 'percent',
  soldado: 'soldier',
  militar: 'soldier',
  troop: 'soldier',
  tropa: 'soldier',
  efectivo: 'soldier',
  muerto: 'death',
  muerte: 'death',
  fallecido: 'death',
  dead: 'death',
  killed: 'death',
  herido: 'injury',
  injured: 'injury',
  wounded: 'injury',
  detenido: 'detainee',
  detained: 'detainee',
  arrested: 'detainee',
  tonelada: 'ton',
  tonne: 'ton',
  persona: 'person',
  people: 'person',
  dolar: 'dollar',
  usd: 'dollar',
  barco: 'ship',
  buque: 'ship',
  vessel: 'ship',
  muelle: 'berth',
  kilometro: 'kilometre',
  km: 'kilometre',
  kilometer: 'kilometre',
  ano: 'year',
  dia: 'day',
};

/** An English or Spanish plural folded to its singular ("soldiers" → "soldier", "toneladas" → "tonelada"). */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:ies)$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|[lrnd]es)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The kind of quantity a unit names: lowercase, accents folded, singular, Spanish and variants onto English; null without a unit. */
export function quantityKind(unit: string | null): string | null {
  if (unit === null) return null;
  // Units repeat (a bulk import's claims have a few hundred): each is folded once. Bounded, for a long-lived process.
  const known = KINDS.get(unit);
  if (known !== undefined) return known;
  const kind = kindOf(unit);
  if (KINDS.size >= 10_000) KINDS.clear();
  KINDS.set(unit, kind);
  return kind;
}

const KINDS = new Map<string, string | null>();

function kindOf(unit: string): string | null {
  const folded = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (folded.length === 0) return null;
  if (KIND_OF[folded]) return KIND_OF[folded];
  const one = singular(folded);
  return KIND_OF[one] ?? one;
}

/** The values a bounded quantity allows, as an interval; open ends are strict. "about" allows ±10 %. */
export type Interval = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

export function intervalOf(value: number, bound: QuantityBound | null): Interval {
  switch (bound) {
    case 'at_least':
      return { low: value, high: Number.POSITIVE_INFINITY, lowOpen: false, highOpen: true };
    case 'more_than':
      return { low: value, high: Number.POSITIVE_INFINITY, lowOpen: true, highOpen: true };
    case 'at_most':
      return { low: Number.NEGATIVE_INFINITY, high: value, lowOpen: true, highOpen: false };
    case 'less_than':
      return { low: Number.NEGATIVE_INFINITY, high: value, lowOpen: true, highOpen: true };
    case 'approximately': {
      const spread = Math.abs(value) * 0.1;
      return { low: value - spread, high: value + spread, lowOpen: false, highOpen: false };
    }
    default:
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}

/** Whether some number lies in both intervals (both claims could be true of the same quantity). */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** The numbers written in a text, separators dropped ("3,500" and "3.500" are both "3500"), as a sorted set. */
export function numbersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?/gu))
    found.add(match[0].replace(/[.,\u00a0 ]/gu, ''));
  return [...found].sort();
}
