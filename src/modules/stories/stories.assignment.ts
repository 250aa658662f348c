// Story assignment at ingest: each new article joins a story or starts one, in the ingest batch's own transaction,
// before its row is written (the ingest store calls `assign` once per batch; src/modules/ingest/store).
//
//   1. An article that derives from another (republication, translation, exact or near-duplicate: its lineage as the
//      ingest pipeline found or was told it) joins its original's story.
//   2. Otherwise it joins the best story among those with an article published within ±3 days of it that shares one
//      of its rarer entities, scored by the IDF-weighted share of its entities the story's articles also mention
//      (ln(1 + N / df), as the related articles weigh them) and by how many of the story title's terms its own
//      title and lead repeat; below the threshold it starts a story of its own.
//
// Bounded cost per batch: one statement for the originals' stories and the entities' document frequencies, one for the
// candidates with their stories' titles (the stories a batch starts are created by its article insert). Candidates come only from the article's rarest entities while
// their document frequencies add up to at most `seedBudget` mention rows, and only from articles in the time window,
// so no statement reads all stories or all mentions of a common entity. Earlier lines of the same batch are found in
// memory, so a batch is placed exactly as if its lines were stored one by one.
//
// Stories only grow here: ingest never moves a stored article or merges two stories, so a merge or split made by
// hand (stories.service.ts) stays as it was made; later articles join the stories as they now are.
import { uuidv7 } from 'uuidv7';
import type { BatchClient } from '../../db/transaction.ts';
import type { StoryRepository } from './stories.repository.ts';

/** Half the time window: candidates were published at most this long before or after the article. */
export const storyWindowMs = 3 * 24 * 3_600_000;
/** At most this many mention rows are read per article for its candidates (the sum of its seed entities' df). */
export const seedBudget = 2_000;
/** Tuned on the development part of the bench corpus (bench/stories-results.md); not on the tests' data. */
export const storyWeights = { entities: 0.75, terms: 0.25 } as const;
export const joinThreshold = 0.2;
/** Terms shorter than this are mostly function words in the languages ingested (en, es, pt, fr). */
const minTermLength = 4;

/** What assignment needs of a new article. */
export type StoryLine = {
  id: string;
  title: string;
  /** The start of the article's text after the title (dek, else body). */
  lead: string;
  publishedAt: Date | null;
  /** The article it derives from, stored or earlier in the batch (lineage, exact or near duplicate). */
  originalId: string | null;
  /** Its linked entities (mentions, claim subjects, inferred countries), stored ids. */
  entityIds: string[];
};

/** Where assignment placed a line: its story, and whether the line starts that story (the insert creates it). */
export type StoryPlacement = { id: string; starts: boolean };

/** Lower-case, accent-folded words of at least `minTermLength` letters or digits. */
export function termsOf(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((term) => term.length >= minTermLength),
  );
}

/** The share of the story title's terms that the article's title and lead repeat (0–1). */
export function termOverlap(articleTerms: Set<string>, storyTerms: Set<string>): number {
  if (storyTerms.size === 0) return 0;
  let shared = 0;
  for (const term of storyTerms) if (articleTerms.has(term)) shared += 1;
  return shared / storyTerms.size;
}

/** How candidates are scored: the weights of the two signals and the score a story needs for the article to join. */
export type StoryTuning = { weights: { entities: number; terms: number }; threshold: number };
export const storyTuning: StoryTuning = { weights: storyWeights, threshold: joinThreshold };

export function createStoryAssignment(deps: { stories: StoryRepository; tuning?: StoryTuning }) {
  const { stories } = deps;
  const { weights, threshold } = deps.tuning ?? storyTuning;

  return {
    /**
     * The story of each line, in order, and whether the line starts it (a new id). The ingest store's article insert
     * creates the stories its lines start, in the same statement (ingest.repository.ts, insertArticles); the articles'
     * BEFORE INSERT trigger creates the story of an article written without one only (migration
     * 20261207120000_story_ingest_batch): creating each story from that row trigger cost an INSERT and a revision
     * note per article, and a statement of its own here a round trip per batch (one more for a single article).
     */
    async assign(client: BatchClient, lines: StoryLine[]): Promise<StoryPlacement[]> {
      const now = Date.now();
      const positionOf = new Map(lines.map((line, position) => [line.id, position]));
      const timeOf = lines.map((line) => line.publishedAt?.getTime() ?? now);
      const originalIds = [
        ...new Set(
          lines.flatMap((line) => (line.originalId && !positionOf.has(line.originalId) ? [line.originalId] : [])),
        ),
      ];
      // Every line's entities (one whose original turns out to have no story needs them too), in the same statement.
      const entityIds = [...new Set(lines.flatMap((line) => line.entityIds))];
      const { originals: storedOriginals, total, frequencies } = await stories.lookup(client, originalIds, entityIds);
      const free = lines.map(
        (line) =>
          line.originalId === null || !(positionOf.has(line.originalId) || storedOriginals.has(line.originalId)),
      );
      // An entity no stored article mentions yet is as rare as can be (df counts this article).
      const frequency = (entity: string) => Math.max(1, frequencies.get(entity) ?? 0);
      const weight = (entity: string) => Math.log(1 + Math.max(total, 1) / frequency(entity));

      /** The rarest entities of each line while their df add up to at most seedBudget (always the rarest one). */
      const seeds = lines.map((line, position) => {
        if (!free[position]) return [];
        const sorted = [...new Set(line.entityIds)].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1));
        const chosen: string[] = [];
        let read = 0;
        for (const entity of sorted) {
          if (chosen.length > 0 && read + frequency(entity) > seedBudget) break;
          chosen.push(entity);
          read += frequency(entity);
        }
        return chosen;
      });

      const items: number[] = [];
      const itemEntities: string[] = [];
      const from: Date[] = [];
      const to: Date[] = [];
      seeds.forEach((entities, position) => {
        for (const entity of entities) {
          items.push(position);
          itemEntities.push(entity);
          from.push(new Date(timeOf[position]! - storyWindowMs));
          to.push(new Date(timeOf[position]! + storyWindowMs));
        }
      });
      const candidateRows = await stories.candidates(client, items, itemEntities, from, to);
      const shared = lines.map(() => new Map<string, Set<string>>());
      for (const row of candidateRows) {
        const bucket = shared[row.item]!;
        const set = bucket.get(row.storyId) ?? new Set<string>();
        set.add(row.entityId);
        bucket.set(row.storyId, set);
      }
      const titles = new Map(candidateRows.map((row) => [row.storyId, row.title]));
      const storyTerms = new Map<string, Set<string>>();
      const termsOfStory = (storyId: string) => {
        let terms = storyTerms.get(storyId);
        if (!terms) {
          terms = termsOf(titles.get(storyId) ?? '');
          storyTerms.set(storyId, terms);
        }
        return terms;
      };

      const assigned: string[] = [];
      const starts: boolean[] = [];
      /** Earlier lines of the batch by seed entity, for the in-memory half of the candidates. */
      const batchBySeed = new Map<string, number[]>();
      for (const [position, line] of lines.entries()) {
        let story: string | undefined;
        if (line.originalId !== null) {
          const original = positionOf.get(line.originalId);
          story =
            original !== undefined && original < position ? assigned[original] : storedOriginals.get(line.originalId);
        }
        if (story === undefined) {
          const candidates = shared[position]!;
          for (const entity of seeds[position]!)
            for (const earlier of batchBySeed.get(entity) ?? []) {
              if (Math.abs(timeOf[earlier]! - timeOf[position]!) > storyWindowMs) continue;
              const set = candidates.get(assigned[earlier]!) ?? new Set<string>();
              set.add(entity);
              candidates.set(assigned[earlier]!, set);
            }
          const own = [...new Set(line.entityIds)].reduce((sum, entity) => sum + weight(entity), 0);
          const terms = termsOf(`${line.title} ${line.lead}`);
          let best: { id: string; score: number } | null = null;
          for (const [candidate, entities] of candidates) {
            let sharedWeight = 0;
            for (const entity of entities) sharedWeight += weight(entity);
            const score =
              weights.entities * (own > 0 ? sharedWeight / own : 0) +
              weights.terms * termOverlap(terms, termsOfStory(candidate));
            if (score >= threshold && (!best || score > best.score || (score === best.score && candidate < best.id)))
              best = { id: candidate, score };
          }
          story = best?.id;
        }
        const starting = story === undefined;
        if (story === undefined) {
          story = uuidv7();
          storyTerms.set(story, termsOf(line.title));
        }
        starts.push(starting);
        assigned.push(story);
        for (const entity of seeds[position]!) {
          const owners = batchBySeed.get(entity);
          if (owners) owners.push(position);
          else batchBySeed.set(entity, [position]);
        }
      }
      return assigned.map((id, position) => ({ id, starts: starts[position]! }));
    },

    /**
     * After the batch's articles are written (their insert creates the new stories, its triggers fill them in): the
     * new stories' first revisions, set-based.
     */
    recordCreated: (client: BatchClient) => stories.flushCreatedRevisions(client),
  };
}

export type StoryAssignment = ReturnType<typeof createStoryAssignment>;
