import { AppError, invalidField, notFound } from '../../lib/errors.ts';
import type { EntityService } from '../entities/entities.service.ts';
import type { DiscoveryRepository, PublishedRange } from './discovery.repository.ts';
import {
  type CooccurrenceFilters,
  type EntityCooccurrencesDto,
  type EntityTimelineDto,
  maxTimelineBuckets,
  type RelatedArticlesDto,
  type RelatedFilters,
  type TimelineFilters,
  type TimelineInterval,
} from './discovery.schemas.ts';

const dayMs = 86_400_000;

/** How many buckets a timeline shows when `from` is not given. */
const defaultBuckets: Record<TimelineInterval, number> = { day: 30, week: 26, month: 12 };

const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);
const formatDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the bucket holding `day`: the day itself, the Monday of its ISO week, or the 1st of its month. */
export function bucketStart(day: Date, interval: TimelineInterval): Date {
  if (interval === 'day') return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  if (interval === 'week') return new Date(bucketStart(day, 'day').getTime() - ((day.getUTCDay() + 6) % 7) * dayMs);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

export function addBuckets(start: Date, interval: TimelineInterval, count: number): Date {
  if (interval === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + count, 1));
  return new Date(start.getTime() + count * (interval === 'week' ? 7 : 1) * dayMs);
}

/** Buckets from the one starting on `first` to the one starting on `last`, both included. */
export function bucketCount(first: Date, last: Date, interval: TimelineInterval): number {
  if (interval === 'month')
    return (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  return Math.round((last.getTime() - first.getTime()) / ((interval === 'week' ? 7 : 1) * dayMs)) + 1;
}

/** `from`/`to` are whole days: [from 00:00 UTC, the day after `to` 00:00 UTC). */
function dayRange(from: string | undefined, to: string | undefined): PublishedRange {
  if (from && to && from > to) throw invalidField('querystring', 'from', `must not be after to (${to})`);
  return { from: from ? parseDay(from) : undefined, to: to ? new Date(parseDay(to).getTime() + dayMs) : undefined };
}

type Deps = { discovery: DiscoveryRepository; entities: Pick<EntityService, 'get'> };

export function createDiscoveryService(deps: Deps) {
  const { discovery, entities } = deps;

  async function entityRef(idOrSlug: string) {
    const { id, type, name, slug } = await entities.get(idOrSlug);
    return { id, type, name, slug };
  }

  return {
    async timeline(idOrSlug: string, filters: TimelineFilters): Promise<EntityTimelineDto> {
      const entity = await entityRef(idOrSlug);
      const { interval } = filters;
      if (filters.from && filters.to && filters.from > filters.to)
        throw invalidField('querystring', 'from', `must not be after to (${filters.to})`);
      let first: Date;
      let last: Date;
      if (filters.from) {
        first = bucketStart(parseDay(filters.from), interval);
        last = filters.to
          ? bucketStart(parseDay(filters.to), interval)
          : addBuckets(first, interval, defaultBuckets[interval] - 1);
      } else {
        const to = filters.to ? parseDay(filters.to) : ((await discovery.lastMentionedAt(entity.id)) ?? new Date());
        last = bucketStart(to, interval);
        first = addBuckets(last, interval, 1 - defaultBuckets[interval]);
      }
      const count = bucketCount(first, last, interval);
      if (count > maxTimelineBuckets) {
        throw new AppError(
          'validation_failed',
          `from–to spans ${count} ${interval} buckets; at most ${maxTimelineBuckets} are answered.`,
          {
            errors: [
              {
                location: 'querystring',
                field: 'from',
                message: `the range has ${count} ${interval} buckets, more than ${maxTimelineBuckets}: narrow it or use a longer interval`,
              },
            ],
          },
        );
      }
      const rows = await discovery.timeline(entity.id, interval, formatDay(first), formatDay(last));
      const data = rows.map((row) => ({ ...row, end: formatDay(addBuckets(parseDay(row.start), interval, 1)) }));
      const totals = data.reduce(
        (sum, bucket) => ({ mentions: sum.mentions + bucket.mentions, articles: sum.articles + bucket.articles }),
        { mentions: 0, articles: 0 },
      );
      return {
        entity,
        interval,
        data: data.map(({ start, end, mentions, articles }) => ({ start, end, mentions, articles })),
        totals,
      };
    },

    async cooccurrences(idOrSlug: string, filters: CooccurrenceFilters): Promise<EntityCooccurrencesDto> {
      const range = dayRange(filters.from, filters.to);
      const entity = await entityRef(idOrSlug);
      const rows = await discovery.cooccurrences(entity.id, range, filters.type, filters.limit);
      const refs = new Map((await discovery.entityRefs(rows.map((row) => row.id))).map((ref) => [ref.id, ref]));
      return {
        entity,
        articles: await discovery.countArticlesMentioning(entity.id, range),
        data: rows.flatMap((row) => {
          const ref = refs.get(row.id);
          return ref ? [{ entity: ref, articles: row.articles, mentions: row.mentions }] : [];
        }),
      };
    },

    async related(articleId: string, filters: RelatedFilters): Promise<RelatedArticlesDto> {
      const article = await discovery.articleSummary(articleId);
      if (!article) throw notFound('article', articleId);
      const rows = await discovery.related(article.id, article.title, filters.limit);
      const summaries = new Map(
        (await discovery.articleSummaries(rows.map((row) => row.id))).map((summary) => [summary.id, summary]),
      );
      const weights = rows.flatMap((row) => row.shared ?? []);
      const refs = new Map(
        (await discovery.entityRefs([...new Set(weights.map((shared) => shared.id))])).map((ref) => [ref.id, ref]),
      );
      const summary = (row: NonNullable<typeof article>) => ({
        ...row,
        publishedAt: row.publishedAt?.toISOString() ?? null,
      });
      return {
        article: summary(article),
        data: rows.flatMap((row) => {
          const related = summaries.get(row.id);
          if (!related) return [];
          const sharedEntities = (row.shared ?? []).flatMap((shared) => {
            const ref = refs.get(shared.id);
            return ref ? [{ ...ref, weight: Number(shared.weight) }] : [];
          });
          return [
            {
              article: summary(related),
              score: row.score,
              entityScore: row.entityScore,
              titleSimilarity: row.titleSimilarity,
              sharedEntities,
            },
          ];
        }),
      };
    },
  };
}

export type DiscoveryService = ReturnType<typeof createDiscoveryService>;
