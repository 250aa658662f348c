import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { CursorValue, decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { contentHash } from '../../lib/text.ts';
import { canonicalArticleUrl } from '../ingest/dedup/canonical-url.ts';
import { createHierarchy, inferCountries } from '../ingest/linking/hierarchy.ts';
import type { MentionService } from '../mentions/mentions.service.ts';
import type { RelationRepository } from '../relations/relations.repository.ts';
import type { SourceRepository } from '../sources/sources.repository.ts';
import { iso, toArticleDto } from './articles.mappers.ts';
import type { ArticleCountryRow, ArticleOrdering, ArticleRepository, ArticleRow } from './articles.repository.ts';
import type { ArticleCreate, ArticleIncludes, ArticleListFilters, ArticleUpdate } from './articles.schemas.ts';

const orderings: Record<ArticleListFilters['sort'], ArticleOrdering> = {
  newest: { field: 'publishedAt', direction: 'desc' },
  oldest: { field: 'publishedAt', direction: 'asc' },
  ingested: { field: 'id', direction: 'asc' },
};

/** Clock skew allowance for "never in the future". */
const futureToleranceMs = 5 * 60_000;

function assertTimes(publishedAt: string | null | undefined, modifiedAt: string | null | undefined) {
  const errors: FieldError[] = [];
  const now = Date.now() + futureToleranceMs;
  if (publishedAt && Date.parse(publishedAt) > now)
    errors.push({ location: 'body', field: 'publishedAt', message: 'must not be in the future' });
  if (modifiedAt && Date.parse(modifiedAt) > now)
    errors.push({ location: 'body', field: 'modifiedAt', message: 'must not be in the future' });
  if (publishedAt && modifiedAt && Date.parse(modifiedAt) < Date.parse(publishedAt)) {
    errors.push({ location: 'body', field: 'modifiedAt', message: 'must not be before publishedAt' });
  }
  if (errors.length > 0)
    throw new AppError('unprocessable', errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });
}

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  articles: ArticleRepository;
  sources: Pick<SourceRepository, 'findById'>;
  mentions: Pick<MentionService, 'forNewArticle'>;
  relations: Pick<RelationRepository, 'locatedInAbove'>;
};

export function createArticleService(deps: Deps) {
  const { transactions, articles, sources, relations, mentions: mentionService } = deps;

  /** With `include=countries`, each article's countries, in one query for the page. */
  async function withCountries(rows: ArticleRow[], include: ArticleIncludes | undefined): Promise<ArticleRow[]> {
    if (!include?.has('countries')) return rows;
    const byArticle = new Map<string, ArticleCountryRow[]>();
    for (const row of await articles.countriesOf(rows.map((article) => article.id)))
      byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
    return rows.map((article) => ({ ...article, countries: byArticle.get(article.id) ?? [] }));
  }

  async function get(id: string, include?: ArticleIncludes) {
    const article = await articles.findById(id, include);
    if (!article) throw notFound('article', id);
    return (await withCountries([article], include))[0]!;
  }

  /**
   * The countries an article stored with its mentions given implies, by the ingest pipeline's rules (hierarchy.ts)
   * over the stored accepted `located_in` relations, on its publication date when it has one.
   */
  async function inferredRows(entityIds: string[], publishedAt: Date | null) {
    const edges = await relations.locatedInAbove([...new Set(entityIds)]);
    const countries = new Set(edges.filter((edge) => edge.objectIsCountry).map((edge) => edge.object));
    const hierarchy = createHierarchy(edges, (id) => countries.has(id));
    const mentioned = entityIds.map((id) => ({ key: id, isCountry: countries.has(id), demonym: false }));
    const inferences = inferCountries(mentioned, hierarchy, publishedAt);
    return (articleId: string) =>
      inferences.flatMap((inference) =>
        inference.evidence.map((evidenceId) => ({
          articleId,
          entityId: inference.key,
          rule: inference.rule,
          evidenceId,
        })),
      );
  }

  async function assertReferences(sourceId: string | undefined, originalId: string | undefined, selfId?: string) {
    if (sourceId && !(await sources.findById(sourceId))) throw missingReference('sourceId', 'source', sourceId);
    if (originalId && originalId === selfId)
      throw new AppError('validation_failed', 'An article cannot derive from itself.', {
        errors: [{ location: 'body', field: 'lineage.originalId', message: 'must not be the article itself' }],
      });
    if (originalId && !(await articles.exists(originalId)))
      throw missingReference('lineage.originalId', 'article', originalId);
  }

  async function assertUrlFree(url: string) {
    const existing = await articles.findIdByUrl(url);
    if (existing) {
      throw new AppError('conflict', `An article with the URL ${url} already exists.`, {
        errors: [{ location: 'body', field: 'url', message: 'is already stored' }],
        extensions: { location: `/v1/articles/${existing.id}` },
      });
    }
  }

  return {
    get,

    async list(filters: ArticleListFilters) {
      const ordering = orderings[filters.sort];
      const cursorName = `articles:${filters.sort}`;
      const cursor = decodeCursor(
        filters.cursor,
        cursorName,
        ordering.field === 'id' ? CursorValue.none : CursorValue.instant,
      );
      const rows = await withCountries(
        await articles.listPage(filters, ordering, filters.include, cursor, filters.limit + 1),
        filters.include,
      );
      const page = pageFromRows(rows, filters.limit, (row) => ({
        o: cursorName,
        v: ordering.field === 'id' ? null : iso(row.publishedAt),
        id: row.id,
      }));
      return { ...page, items: page.items.map(toArticleDto) };
    },

    /** The stored article with this URL's canonical form, if any (for `onDuplicate=return`). */
    async findByUrl(rawUrl: string) {
      const existing = await articles.findIdByUrl(canonicalArticleUrl(rawUrl));
      return existing ? get(existing.id) : null;
    },

    /** A structured article: plain-text body, explicit source, language and mentions, stored as given. */
    async create(input: ArticleCreate) {
      const { sourceId, language } = input;
      const missing: FieldError[] = [];
      if (sourceId === undefined)
        missing.push({
          location: 'body',
          field: 'sourceId',
          message: 'is required (or send bodyFormat for raw ingest, which takes source)',
        });
      if (language === undefined)
        missing.push({
          location: 'body',
          field: 'language',
          message: 'is required (or send bodyFormat for raw ingest, which detects it)',
        });
      if (input.source !== undefined)
        missing.push({
          location: 'body',
          field: 'source',
          message: 'is only taken with bodyFormat (raw ingest); give sourceId',
        });
      if (input.body.length > 1_000_000)
        missing.push({ location: 'body', field: 'body', message: 'is longer than 1,000,000 characters' });
      if (missing.length > 0 || sourceId === undefined || language === undefined) {
        throw new AppError('validation_failed', missing.map((e) => `${e.field} ${e.message}`).join('; '), {
          errors: missing,
        });
      }
      const url = canonicalArticleUrl(input.url);
      assertTimes(input.publishedAt, input.modifiedAt);
      await assertUrlFree(url);
      await assertReferences(input.sourceId, input.lineage?.originalId);
      const mentions = input.mentions ?? [];
      const mentionsFor = await mentionService.forNewArticle(input, mentions);
      const inferredFor = await inferredRows(
        mentions.map((mention) => mention.entityId),
        input.publishedAt ? new Date(input.publishedAt) : null,
      );
      const { mentions: _mentions, lineage, bodyFormat: _format, source: _source, ...columns } = input;
      return transactions.run(async (tx) => {
        const article = await articles.create(
          {
            ...columns,
            sourceId,
            language,
            url,
            contentHash: contentHash(input.body),
            originalId: lineage?.originalId ?? null,
            lineageKind: lineage?.kind ?? null,
          },
          tx,
        );
        if (mentions.length > 0) {
          await articles.createMentions(mentionsFor(article.id), tx);
          await articles.insertInferred(inferredFor(article.id), tx);
        }
        return article;
      });
    },

    async update(id: string, input: ArticleUpdate, precondition?: Precondition) {
      const article = await get(id);
      assertTimes(
        input.publishedAt === undefined ? iso(article.publishedAt) : input.publishedAt,
        input.modifiedAt === undefined ? iso(article.modifiedAt) : input.modifiedAt,
      );
      await assertReferences(input.sourceId, input.lineage?.originalId, id);
      const bodyChanges = input.body !== undefined && input.body !== article.body;
      const titleChanges = input.title !== undefined && input.title !== article.title;
      if (bodyChanges || titleChanges) {
        const anchors = await articles.countAnchors(id);
        if (bodyChanges && (anchors.mentions > 0 || anchors.claims > 0)) {
          throw new AppError(
            'conflict',
            `The body cannot change while ${anchors.mentions} mention(s) and ${anchors.claims} claim(s) point into it by offset.`,
            {
              errors: [{ location: 'body', field: 'body', message: 'is anchored by mentions or claims' }],
            },
          );
        }
        if (titleChanges && anchors.titleMentions > 0) {
          throw new AppError(
            'conflict',
            `The title cannot change while ${anchors.titleMentions} mention(s) point into it by offset.`,
            { errors: [{ location: 'body', field: 'title', message: 'is anchored by mentions' }] },
          );
        }
      }
      const { lineage, ...columns } = input;
      return writeIfCurrent(precondition, article.version, 'article', (expected) =>
        transactions.run((tx) =>
          articles.update(
            id,
            expected,
            {
              ...columns,
              ...(input.body !== undefined ? { contentHash: contentHash(input.body) } : {}),
              ...(lineage !== undefined
                ? { originalId: lineage?.originalId ?? null, lineageKind: lineage?.kind ?? null }
                : {}),
            },
            tx,
          ),
        ),
      );
    },

    async remove(id: string, precondition?: Precondition) {
      const article = await get(id);
      await writeIfCurrent(precondition, article.version, 'article', (expected) =>
        transactions.run(async (tx) => {
          await articles.detachDerivatives(id, tx);
          await articles.delete(id, expected, tx);
        }),
      );
    },

    async assertExists(id: string) {
      if (!(await articles.exists(id))) throw notFound('article', id);
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
