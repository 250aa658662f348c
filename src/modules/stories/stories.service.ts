import { uuidv7 } from 'uuidv7';
import type { Transactions } from '../../db/transaction.ts';
import { assertPrecondition, type Precondition } from '../../lib/conditional.ts';
import { AppError, invalidField, notFound } from '../../lib/errors.ts';
import { CursorValue, decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { toStoryArticleDto, toStoryDto } from './stories.mappers.ts';
import type { StoryRepository, StoryRow } from './stories.repository.ts';
import type { StoryListFilters, StoryMergeBody, StorySplitBody } from './stories.schemas.ts';

const listOrdering = 'stories:last_activity';
const articleOrdering = 'story-articles:id';

/** A day alone means its start (`since`) or its end (`until`), UTC. */
function instant(value: string | undefined, end: boolean): Date | undefined {
  if (value === undefined) return undefined;
  if (value.length !== 10) return new Date(value);
  const start = new Date(`${value}T00:00:00Z`);
  return end ? new Date(start.getTime() + 86_400_000 - 1) : start;
}

/**
 * Stories: reads, and the hand corrections of what ingest grouped — merge (several stories become one) and split (some
 * articles leave for a new story). Both move articles in one transaction through the write path (audit, revisions
 * with the operation `merge` or `split`, the change feed); the database triggers recompute every story they touch and
 * delete the ones left empty. Ingest never moves stored articles, so what is corrected by hand stays corrected.
 */
export function createStoryService(deps: { transactions: Pick<Transactions, 'run'>; stories: StoryRepository }) {
  const { transactions, stories } = deps;

  async function articlesPage(
    story: StoryRow,
    limit: number,
    rawCursor: string | undefined,
    tx?: Parameters<StoryRepository['findById']>[1],
  ) {
    const cursor = decodeCursor(rawCursor, articleOrdering);
    const rows = await stories.articlesPage(story.id, cursor?.id, limit + 1, tx);
    const page = pageFromRows(rows, limit, (row) => ({ o: articleOrdering, v: null, id: row.id }));
    const originals = page.items.flatMap((row) => {
      const original = row.originalId ?? row.duplicateOfId;
      return original ? [original] : [];
    });
    const inStory = await stories.inStory(story.id, originals, tx);
    return { ...page, items: page.items.map((row) => toStoryArticleDto(row, (id) => inStory.has(id))) };
  }

  return {
    async list(filters: StoryListFilters) {
      const cursor = decodeCursor(filters.cursor, listOrdering, CursorValue.instant.unwrap());
      const rows = await stories.listPage(
        {
          since: instant(filters.since, false),
          until: instant(filters.until, true),
          entityId: filters.entity,
          country: filters.country,
          language: filters.language,
          minArticles: filters.min_articles,
        },
        cursor,
        filters.limit + 1,
      );
      const page = pageFromRows(rows, filters.limit, (row) => ({
        o: listOrdering,
        v: row.lastActivity.toISOString(),
        id: row.id,
      }));
      return { ...page, items: page.items.map(toStoryDto) };
    },

    /** The story with one page of its articles, oldest stored first. */
    async get(id: string, query: { limit: number; articlesCursor?: string }) {
      const story = await stories.findById(id);
      if (!story) throw notFound('story', id);
      return { story: toStoryDto(story), articles: await articlesPage(story, query.limit, query.articlesCursor) };
    },

    /** Moves every article of `input.stories` into story `id`; the emptied stories are deleted. */
    merge(id: string, input: StoryMergeBody, precondition?: Precondition) {
      return transactions.run(
        async (tx) => {
          const others = [...new Set(input.stories)];
          const selfIndex = input.stories.indexOf(id);
          if (selfIndex !== -1)
            throw invalidField(
              'body',
              `stories[${selfIndex}]`,
              'names the story merged into; a story cannot merge with itself',
            );
          const versions = await stories.lockStories([id, ...others], tx);
          const current = versions.get(id);
          if (current === undefined) throw notFound('story', id);
          const missing = input.stories.findIndex((other) => !versions.has(other));
          if (missing !== -1)
            throw new AppError('unprocessable', `stories[${missing}] refers to a story that does not exist.`, {
              errors: [
                {
                  location: 'body',
                  field: `stories[${missing}]`,
                  message: `no story has the id '${input.stories[missing]}'`,
                },
              ],
            });
          assertPrecondition(precondition, current, 'story');
          await stories.moveStories(others, id, tx);
          // Every merged story has articles, so the count changes and the triggers bump the version.
          return { story: toStoryDto((await stories.findById(id, tx))!), merged: others };
        },
        { operation: 'merge' },
      );
    },

    /** Moves `input.articles` (all in story `id`, not all of it) into a new story. */
    split(id: string, input: StorySplitBody, precondition?: Precondition) {
      return transactions.run(
        async (tx) => {
          const versions = await stories.lockStories([id], tx);
          const current = versions.get(id);
          if (current === undefined) throw notFound('story', id);
          assertPrecondition(precondition, current, 'story');
          const articleIds = [...new Set(input.articles)];
          const storyOf = await stories.articleStories(articleIds, tx);
          const outside = input.articles.findIndex((article) => storyOf.get(article) !== id);
          if (outside !== -1)
            throw new AppError('unprocessable', `articles[${outside}] is not an article of story ${id}.`, {
              errors: [
                {
                  location: 'body',
                  field: `articles[${outside}]`,
                  message: storyOf.has(input.articles[outside]!)
                    ? 'belongs to another story'
                    : `no article has the id '${input.articles[outside]}'`,
                },
              ],
            });
          const story = (await stories.findById(id, tx))!;
          if (articleIds.length >= story.articleCount)
            throw invalidField(
              'body',
              'articles',
              'names every article of the story; a split leaves at least one behind',
            );
          const createdId = uuidv7();
          await stories.createEmpty(createdId, tx);
          await stories.moveArticles(articleIds, createdId, tx);
          // Both counts change, so the triggers bump both versions.
          const created = (await stories.findById(createdId, tx))!;
          return { story: toStoryDto((await stories.findById(id, tx))!), created: toStoryDto(created) };
        },
        { operation: 'split' },
      );
    },
  };
}

export type StoryService = ReturnType<typeof createStoryService>;
