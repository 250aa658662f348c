// How a query name is compared with the stored entities and how a candidate's score is made: pure functions, shared by
// POST /v1/entities/match and the W3C reconciliation endpoint (the formula is documented in both operations and the
// README — keep them in step with `factors` and `matchThreshold` here).
import type { EntityType } from '../../generated/prisma/enums.ts';
import { foldToken } from '../ingest/text/tokens.ts';

/**
 * The key names are compared (and human judgements stored) under: case and accents folded the way the ingest linker
 * folds tokens, every run of punctuation and spacing one space. "Perú", "PERU" and " peru. " share the key `peru`.
 */
export function nameKey(name: string): string {
  return foldToken(name.normalize('NFKC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A birth date as the query gives it: a year, a month or a day. */
export type PartialDate = { year: number; month?: number; day?: number };

export function parsePartialDate(value: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [
    Number(match[1]),
    match[2] ? Number(match[2]) : undefined,
    match[3] ? Number(match[3]) : undefined,
  ];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (date.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** What the matcher needs to know about a query, its constraints already resolved. */
export type NormalisedQuery = {
  key: string;
  /** The types the query asks for (one, or several from the W3C API). */
  types?: EntityType[];
  /** ISO 3166-1 alpha-2 code (capitals) or a Meridian entity id. */
  country?: string;
  birthDate?: PartialDate;
  identifiers: { wikidata?: string; isoAlpha2?: string; isoAlpha3?: string; unlocode?: string };
};

/** A stored entity as the matcher sees it. */
export type CandidateEntity = {
  id: string;
  type: EntityType;
  name: string;
  /** Countries the entity is or lies in (itself, located_in relations two levels up, offices held), ids and codes. */
  countryIds: string[];
  countryCodes: string[];
  /** For a person, the day they were born (their `validFrom`: the first day the entity existed). */
  birthDate: Date | null;
  identifiers: { wikidata: string | null; isoAlpha2: string | null; isoAlpha3: string | null; unlocode: string | null };
};

/** A name or alias that the trigram search found close to the query, with its pg_trgm similarity. */
export type NameHit = { name: string; alias: boolean; similarity: number };

export type Agreement = 'agrees' | 'differs' | 'unknown';

export type MatchFeatures = {
  /** 1 when the query's key equals the key of a name or alias, else the best trigram similarity (below 1). */
  name: number;
  /** The stored name or alias that scored `name`. */
  matchedName: string;
  /** `matchedName` is an alias rather than the entity's name. */
  alias: boolean;
  type: Exclude<Agreement, 'unknown'> | null;
  country: Agreement | null;
  birthDate: Agreement | null;
  identifier: Exclude<Agreement, 'unknown'> | null;
  /** A reviewer judged this entity a match for this query key. */
  judgement: 'match' | null;
};

/** What each feature multiplies the name score by. A feature the query does not ask about (null) counts 1. */
export const factors = {
  type: { agrees: 1, differs: 0.5 },
  country: { agrees: 1, unknown: 0.9, differs: 0.5 },
  birthDate: { agrees: 1, unknown: 0.9, differs: 0.5 },
  identifier: { agrees: 1, differs: 0.3 },
} as const;

/** The top candidate is a match when it scores at least this much and leads the next one by `matchLead`. */
export const matchThreshold = 0.9;
export const matchLead = 0.1;

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function identifierAgreement(query: NormalisedQuery, entity: CandidateEntity): MatchFeatures['identifier'] {
  let verdict: MatchFeatures['identifier'] = null;
  for (const field of ['wikidata', 'isoAlpha2', 'isoAlpha3', 'unlocode'] as const) {
    const asked = query.identifiers[field];
    const held = entity.identifiers[field];
    if (asked === undefined || held === null) continue;
    if (asked !== held) return 'differs';
    verdict = 'agrees';
  }
  return verdict;
}

function countryAgreement(query: NormalisedQuery, entity: CandidateEntity): MatchFeatures['country'] {
  if (query.country === undefined) return null;
  if (entity.countryIds.length === 0) return 'unknown';
  const held = query.country.length === 2 ? entity.countryCodes : entity.countryIds;
  return held.includes(query.country) ? 'agrees' : 'differs';
}

function birthAgreement(query: NormalisedQuery, entity: CandidateEntity): MatchFeatures['birthDate'] {
  const asked = query.birthDate;
  if (asked === undefined) return null;
  if (entity.type !== 'person' || entity.birthDate === null) return 'unknown';
  const born = entity.birthDate;
  if (born.getUTCFullYear() !== asked.year) return 'differs';
  if (asked.month !== undefined && born.getUTCMonth() + 1 !== asked.month) return 'differs';
  if (asked.day !== undefined && born.getUTCDate() !== asked.day) return 'differs';
  return 'agrees';
}

/** The best of the name hits: an exact key wins with 1, otherwise the highest similarity, capped below 1. */
export function bestName(key: string, entity: Pick<CandidateEntity, 'name'>, hits: NameHit[]) {
  let best = { name: 0, matchedName: entity.name, alias: false };
  for (const hit of hits) {
    const value = nameKey(hit.name) === key ? 1 : Math.min(hit.similarity, 0.99);
    if (value > best.name || (value === best.name && !hit.alias && best.alias))
      best = { name: value, matchedName: hit.name, alias: hit.alias };
  }
  return best;
}

export type ScoredCandidate = { entity: CandidateEntity; score: number; match: boolean; features: MatchFeatures };

/** One candidate's features and score (its `match` flag depends on the others: see `rank`). */
export function score(
  query: NormalisedQuery,
  entity: CandidateEntity,
  hits: NameHit[],
  judgedMatch: boolean,
): ScoredCandidate {
  const name = bestName(query.key, entity, hits);
  const features: MatchFeatures = {
    ...name,
    name: round(name.name),
    type: query.types === undefined ? null : query.types.includes(entity.type) ? 'agrees' : 'differs',
    country: countryAgreement(query, entity),
    birthDate: birthAgreement(query, entity),
    identifier: identifierAgreement(query, entity),
    judgement: judgedMatch ? 'match' : null,
  };
  if (judgedMatch || features.identifier === 'agrees') return { entity, score: 1, match: true, features };
  let value = features.name;
  if (features.type) value *= factors.type[features.type];
  if (features.country) value *= factors.country[features.country];
  if (features.birthDate) value *= factors.birthDate[features.birthDate];
  if (features.identifier) value *= factors.identifier[features.identifier];
  return { entity, score: round(value), match: false, features };
}

/**
 * Best first: judged matches, then score, then name and id (stable). The top candidate is also a `match` when it
 * scores at least `matchThreshold` and leads the next by `matchLead` — a confident, unambiguous answer.
 */
export function rank<Candidate extends ScoredCandidate>(candidates: Candidate[], limit: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(b.features.judgement !== null) - Number(a.features.judgement !== null) ||
      b.score - a.score ||
      a.entity.name.localeCompare(b.entity.name) ||
      a.entity.id.localeCompare(b.entity.id),
  );
  const [first, second] = sorted;
  if (
    first &&
    !first.match &&
    first.score >= matchThreshold &&
    (second === undefined || round(first.score - second.score) >= matchLead)
  )
    sorted[0] = { ...first, match: true };
  return sorted.slice(0, limit);
}
