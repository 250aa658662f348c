// Mentions, the join of articles and entities: the mention resource (read, corrected, accepted or rejected), the
// entities an article mentions, and the checks every mention written passes through (mentions.offsets.ts). Mentions are stored with their article (POST /v1/articles) or by the ingest
// pipeline; the offsets and the entities they point at are checked here for both the article and the correction.
import type { Transactions } from '../../db/transaction.ts';
import type { MentionField } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { type EntityLookup, type ReviewAction, statusAfterReview } from '../../lib/references.ts';
import { codePoints } from '../../lib/text.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import type { EntityListFilters } from '../entities/entities.schemas.ts';
import type { EntityService } from '../entities/entities.service.ts';
import { toMentionDto, toMentionResourceDto } from './mentions.mappers.ts';
import { mentionOffsetProblem, mentionSpanProblem } from './mentions.offsets.ts';
import type { MentionRepository, MentionRow } from './mentions.repository.ts';
import type { MentionListFilters, MentionUpdate } from './mentions.schemas.ts';

/** A mention sent with a new article. */
type NewMention = { entityId: string; field: MentionField; start: number; end: number };

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  mentions: MentionRepository;
  entities: EntityLookup;
  entityService: Pick<EntityService, 'list'>;
};

export function createMentionService(deps: Deps) {
  const { transactions, mentions, entities, entityService } = deps;

  async function get(id: string) {
    const row = await mentions.findById(id);
    if (!row) throw notFound('mention', id);
    return row;
  }

  return {
    get,

    async list(filters: MentionListFilters) {
      const cursor = decodeCursor(filters.cursor, 'mentions:id');
      const rows = await mentions.listPage(filters, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'mentions:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toMentionResourceDto) };
    },

    /** GET /v1/articles/{id}/entities: the entities an article mentions, each with its mentions in that article. */
    async entitiesInArticle(articleId: string, filters: EntityListFilters) {
      const [page, day] = await Promise.all([
        entityService.list({ ...filters, mentionedInArticleId: articleId }),
        filters.include?.has('roles') ? mentions.articleDay(articleId) : null,
      ]);
      const rows = await mentions.inArticle(
        articleId,
        page.items.map((entity) => entity.id),
      );
      const byEntity = new Map<string, MentionRow[]>();
      for (const mention of rows) byEntity.set(mention.entityId, [...(byEntity.get(mention.entityId) ?? []), mention]);
      // The roles held on the article's publication day (inclusive; an open start or end does not exclude): the
      // president the article speaks of, not every office the person ever held. An undated article shows them all.
      const heldThen = (role: { startDate: string | null; endDate: string | null }) =>
        day === null ||
        ((role.startDate === null || role.startDate <= day) && (role.endDate === null || role.endDate >= day));
      return {
        ...page,
        items: page.items.map((entity) => {
          const dto = toEntityDto(entity);
          return {
            ...dto,
            ...(dto.roles ? { roles: dto.roles.filter(heldThen) } : {}),
            mentions: (byEntity.get(entity.id) ?? []).map(toMentionDto),
          };
        }),
      };
    },

    /**
     * The mentions a new article is stored with, checked: each names its field and offsets, and its surface text is
     * read from that field (the body or the title) so the two can never disagree. A structured article has no
     * dateline to point into. Returns the rows to store once the article has its id.
     */
    async forNewArticle<Mention extends NewMention>(
      article: { body: string; title: string },
      sent: readonly Mention[],
    ) {
      const texts = { body: codePoints(article.body), title: codePoints(article.title) };
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      sent.forEach((mention, index) => {
        const key = `${mention.entityId}:${mention.field}:${mention.start}:${mention.end}`;
        const text = mention.field === 'dateline' ? null : texts[mention.field];
        const offsets = text === null ? undefined : mentionOffsetProblem(mention, text, mention.field);
        if (text === null)
          errors.push({
            location: 'body',
            field: `mentions.${index}.field`,
            message: 'a structured article has no dateline: use body or title',
          });
        else if (offsets) errors.push({ location: 'body', field: `mentions.${index}.end`, message: offsets });
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
      // Every mention names the body or the title here (a dateline was refused above).
      const surfaceOf = (mention: NewMention) =>
        texts[mention.field === 'title' ? 'title' : 'body'].slice(mention.start, mention.end).join('');
      const spans = sent.flatMap((mention, index) => {
        const problem = mentionSpanProblem(surfaceOf(mention));
        return problem ? [{ location: 'body' as const, field: `mentions.${index}.start`, message: problem }] : [];
      });
      if (spans.length > 0)
        throw new AppError(
          'unprocessable',
          `Some mentions cannot be mentions of an entity: ${spans.map((e) => `${e.field} ${e.message}`).join('; ')}`,
          { errors: spans },
        );
      const found = await entities.existingIds([...new Set(sent.map((mention) => mention.entityId))]);
      const missing = sent
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
      return (articleId: string) => sent.map((mention) => ({ ...mention, articleId, surface: surfaceOf(mention) }));
    },

    /** A correction: another entity, other offsets (the surface is re-read from the field), a confidence or a status. */
    async correct(id: string, input: MentionUpdate, precondition?: Precondition) {
      const current = await get(id);
      const start = input.start ?? current.start;
      const end = input.end ?? current.end;
      const texts = await mentions.articleTexts(current.articleId);
      // The offsets count into the mention's field: the body, the title or the dateline.
      const text = codePoints((texts ? texts[current.field] : null) ?? '');
      const offsets = mentionOffsetProblem({ start, end }, text, current.field);
      if (offsets)
        throw new AppError('validation_failed', `end ${offsets}`, {
          errors: [{ location: 'body', field: 'end', message: offsets }],
        });
      const spanProblem = mentionSpanProblem(text.slice(start, end).join(''));
      if (spanProblem)
        throw new AppError('unprocessable', `The offsets ${start}–${end} cannot be a mention: they ${spanProblem}.`, {
          errors: [{ location: 'body', field: input.start !== undefined ? 'start' : 'end', message: spanProblem }],
        });
      if (input.entityId && (await entities.existingIds([input.entityId])).size === 0)
        throw missingReference('entityId', 'entity', input.entityId);
      try {
        return await writeIfCurrent(precondition, current.version, 'mention', (expected) =>
          transactions.run((tx) =>
            mentions.update(
              id,
              expected,
              {
                entityId: input.entityId,
                start,
                end,
                surface: text.slice(start, end).join(''),
                confidence: input.confidence,
                status: input.status,
              },
              tx,
            ),
          ),
        );
      } catch (error) {
        if ((error as { code?: unknown }).code === 'P2002') {
          throw new AppError('conflict', 'The article already has a mention of that entity at those offsets.', {
            errors: [
              { location: 'body', field: input.entityId ? 'entityId' : 'start', message: 'duplicates another mention' },
            ],
          });
        }
        throw error;
      }
    },

    async review(id: string, action: ReviewAction, precondition?: Precondition) {
      const current = await get(id);
      return writeIfCurrent(precondition, current.version, 'mention', (expected) =>
        transactions.run((tx) => mentions.update(id, expected, { status: statusAfterReview[action] }, tx)),
      );
    },
  };
}

export type MentionService = ReturnType<typeof createMentionService>;
