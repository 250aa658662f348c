// An article's countries beyond the ones it names: the countries of the places it names, through `located_in`
// relations ("Rotterdam" → the Netherlands), and the countries it names only by their demonym ("Peruvian troops").
// Pure functions over keys, so the same rules serve the ingest pipeline (gazetteer keys and the reference relations)
// and articles stored with their mentions given (entity ids and the stored relations).
import { type GazetteerEntity, type GazetteerRelation, partialDateDay } from './gazetteer-data.ts';

/** How an inferred country is known: through a place it contains, or from a demonym only. */
export type InferenceRule = 'located_in' | 'demonym';

export interface Inference {
  /** The country. */
  key: string;
  rule: InferenceRule;
  /** The mentioned entities the inference rests on: the places for `located_in`, the country itself for `demonym`. */
  evidence: string[];
}

/** One mentioned entity as the rules see it. */
export interface MentionedEntity {
  key: string;
  isCountry: boolean;
  /** This mention names the country only by its demonym ("Peruvian"). */
  demonym: boolean;
}

/** The edges the rules follow, from subject to object, with their validity. */
export interface PlaceHierarchy {
  /** The countries `key` lies in on `at` (or at any time, without a date), nearest first; never `key` itself. */
  countriesOf(key: string, at?: Date | null): string[];
}

interface Edge {
  object: string;
  /** Inclusive bounds as YYYY-MM-DD; null when open. */
  from: string | null;
  to: string | null;
}

/** The walk the rules make: up `located_in` edges valid at the date, stopping at each country it reaches. */
export function createHierarchy(
  edges: Iterable<{ subject: string; object: string; from: string | null; to: string | null }>,
  isCountry: (key: string) => boolean,
): PlaceHierarchy {
  const bySubject = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = bySubject.get(edge.subject);
    const entry = { object: edge.object, from: edge.from, to: edge.to };
    if (list) list.push(entry);
    else bySubject.set(edge.subject, [entry]);
  }
  return {
    countriesOf(key, at) {
      const day = at ? at.toISOString().slice(0, 10) : null;
      const found: string[] = [];
      const seen = new Set([key]);
      let frontier = [key];
      // Breadth first, so the nearest country comes first; a place is at most a few levels below its country.
      for (let depth = 0; depth < 8 && frontier.length > 0; depth += 1) {
        const next: string[] = [];
        for (const subject of frontier) {
          for (const edge of bySubject.get(subject) ?? []) {
            if (seen.has(edge.object)) continue;
            if (day !== null && ((edge.from !== null && day < edge.from) || (edge.to !== null && day > edge.to)))
              continue;
            seen.add(edge.object);
            if (isCountry(edge.object)) found.push(edge.object);
            else next.push(edge.object);
          }
        }
        frontier = next;
      }
      return found;
    },
  };
}

/** The reference data's `located_in` relations as a hierarchy over gazetteer keys. */
export function compileHierarchy(
  relations: readonly GazetteerRelation[],
  byKey: ReadonlyMap<string, GazetteerEntity>,
): PlaceHierarchy {
  return createHierarchy(
    relations
      .filter((relation) => relation.type === 'located_in')
      .map((relation) => ({
        subject: relation.subjectKey,
        object: relation.objectKey,
        from: partialDateDay(relation.start, 'start'),
        to: partialDateDay(relation.end, 'end'),
      })),
    (key) => byKey.get(key)?.type === 'country',
  );
}

/**
 * The countries an article's mentions imply, each with its evidence: every country a mentioned place lies in
 * (`located_in`, evidence: those places), and every country mentioned by its demonym only (`demonym`, evidence: the
 * country). Countries the article names outright are not repeated, unless a place also implies them (then the
 * places are listed as evidence). In order of first evidence.
 */
export function inferCountries(
  mentions: readonly MentionedEntity[],
  hierarchy: PlaceHierarchy,
  at?: Date | null,
): Inference[] {
  const byCountry = new Map<string, Inference>();
  const named = new Set<string>();
  const demonymOnly = new Set<string>();
  const placesSeen = new Set<string>();
  for (const mention of mentions) {
    if (mention.isCountry) {
      if (mention.demonym) {
        if (!named.has(mention.key)) demonymOnly.add(mention.key);
      } else {
        named.add(mention.key);
        demonymOnly.delete(mention.key);
      }
      continue;
    }
    if (placesSeen.has(mention.key)) continue;
    placesSeen.add(mention.key);
    for (const country of hierarchy.countriesOf(mention.key, at)) {
      const inference = byCountry.get(`located_in:${country}`);
      if (inference) inference.evidence.push(mention.key);
      else byCountry.set(`located_in:${country}`, { key: country, rule: 'located_in', evidence: [mention.key] });
    }
  }
  const inferred = [...byCountry.values()];
  for (const country of demonymOnly) inferred.push({ key: country, rule: 'demonym', evidence: [country] });
  return inferred;
}
