import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { mentionSpanProblem } from '../../lib/mention-span.ts';
import { CursorValue, decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { codePoints, contentHash } from '../../lib/text.ts';
import { toClaimDto } from '../claims/claims.service.ts';
import type { EntityRepository } from '../entities/entities.repository.ts';
import { toMentionDto } from '../entities/entities.service.ts';
import { canonicalArticleUrl } from '../ingest/dedup/canonical-url.ts';
import { createHierarchy, inferCountries } from '../ingest/linking/hierarchy.ts';
import type { RelationRepository } from '../relations/relations.repository.ts';
import type { SourceRepository } from '../sources/sources.repository.ts';
import { toSourceDto } from '../sources/sources.service.ts';
import type { ArticleCountryRow, ArticleOrdering, ArticleRepository, ArticleRow } from './articles.repository.ts';
import type {
  ArticleCountryDto,
  ArticleCreate,
  ArticleDto,
  ArticleIncludes,
  ArticleListFilters,
  ArticleUpdate,
} from './articles.schemas.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;
/** A DATE column: a Date at UTC midnight from Prisma, its text from the raw reads and from revisions. */
const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

function toArticleCountryDto(row: ArticleCountryRow): ArticleCountryDto {
  return {
    country: { id: row.id, type: row.type, name: row.name, slug: row.slug, isoAlpha2: row.isoAlpha2 },
    how: row.mentions === 0 ? 'inferred' : row.demonymOnly ? 'demonym' : 'mentioned',
    mentions: row.mentions,
    confidence: row.confidence,
    via: row.via,
  };
}

export function toArticleDto(article: ArticleRow): ArticleDto {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    dek: article.dek,
    byline: article.byline,
    body: article.body,
    language: article.language,
    publishedAt: iso(article.publishedAt),
    modifiedAt: iso(article.modifiedAt),
    dateline:
      article.dateline !== null || article.datelineAgency !== null
        ? {
            text: article.dateline,
            place: article.datelinePlace,
            date: day(article.datelineDate as Date | string | null),
            agency: article.datelineAgency,
          }
        : null,
    ingestedAt: article.ingestedAt.toISOString(),
    sourceId: article.sourceId,
    contentHash: article.contentHash,
    version: article.version,
    lineage:
      article.originalId && article.lineageKind
        ? {
            originalId: article.originalId,
            kind: article.lineageKind,
            ...(article.lineageSimilarity !== null ? { similarity: article.lineageSimilarity } : {}),
          }
        : null,
    duplicateOf: article.duplicateOfId,
    ...('ingest' in article ? { ingest: (article as { ingest: ArticleDto['ingest'] }).ingest } : {}),
    ...(article.source ? { source: toSourceDto(article.source) } : {}),
    ...(article.original !== undefined
      ? { original: article.original ? { ...article.original, publishedAt: iso(article.original.publishedAt) } : null }
      : {}),
    ...(article.mentions
      ? { mentions: article.mentions.map((mention) => ({ ...toMentionDto(mention), entity: mention.entity })) }
      : {}),
    ...(article.claims ? { claims: article.claims.map(toClaimDto) } : {}),
    ...(article.countries ? { countries: article.countries.map(toArticleCountryDto) } : {}),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

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
  entities: Pick<EntityRepository, 'existingIds'>;
  relations: Pick<RelationRepository, 'locatedInAbove'>;
};

export function createArticleService(deps: Deps) {
  const { transactions, articles, sources, entities, relations } = deps;

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

  /**
   * Mentions name their field and offsets; the surface text is read from that field (the body or the title) so the
   * two can never disagree. A structured article has no dateline to point into.
   */
  async function mentionRows(
    article: { body: string; title: string },
    mentions: NonNullable<ArticleCreate['mentions']>,
  ) {
    const texts = { body: codePoints(article.body), title: codePoints(article.title) };
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    mentions.forEach((mention, index) => {
      const key = `${mention.entityId}:${mention.field}:${mention.start}:${mention.end}`;
      const text = mention.field === 'dateline' ? null : texts[mention.field];
      if (text === null)
        errors.push({
          location: 'body',
          field: `mentions.${index}.field`,
          message: 'a structured article has no dateline: use body or title',
        });
      else if (mention.end <= mention.start)
        errors.push({ location: 'body', field: `mentions.${index}.end`, message: 'must be greater than start' });
      else if (mention.end > text.length)
        errors.push({
          location: 'body',
          field: `mentions.${index}.end`,
          message: `is past the end of the ${mention.field} (${text.length} code points)`,
        });
      else if (mention.end - mention.start > 500)
        errors.push({
          location: 'body',
          field: `mentions.${index}.end`,
          message: 'a mention spans at most 500 characters',
        });
      if (seen.has(key))
        errors.push({ location: 'body', field: `mentions.${index}`, message: 'repeats an earlier mention' });
      seen.add(key);
    });
    if (errors.length > 0)
      throw new AppError(
        'validation_failed',
        `Invalid mentions: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        { errors },
      );
    const spans = mentions.flatMap((mention, index) => {
      // Every mention names the body or the title here (a dateline was refused above).
      const text = texts[mention.field as 'body' | 'title'];
      const problem = mentionSpanProblem(text.slice(mention.start, mention.end).join(''));
      return problem ? [{ location: 'body' as const, field: `mentions.${index}.start`, message: problem }] : [];
    });
    if (spans.length > 0)
      throw new AppError(
        'unprocessable',
        `Some mentions cannot be mentions of an entity: ${spans.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        { errors: spans },
      );
    const found = await entities.existingIds([...new Set(mentions.map((mention) => mention.entityId))]);
    const missing = mentions
      .map((mention, index) => ({ id: mention.entityId, index }))
      .filter(({ id }) => !found.has(id));
    if (missing.length > 0) {
      throw new AppError('unprocessable', 'Some mentions refer to entities that do not exist.', {
        errors: missing.map(({ id, index }) => ({
          location: 'body' as const,
          field: `mentions.${index}.entityId`,
          message: `no entity has the id '${id}'`,
        })),
      });
    }
    return (articleId: string) =>
      mentions.map((mention) => ({
        ...mention,
        articleId,
        surface: texts[mention.field === 'title' ? 'title' : 'body'].slice(mention.start, mention.end).join(''),
      }));
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
      const mentionsFor = await mentionRows(input, mentions);
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
