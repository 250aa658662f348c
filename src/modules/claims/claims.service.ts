import type { Transactions } from '../../db/transaction.ts';
import type { QuantityBound } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { EntityLookup } from '../../lib/references.ts';
import { codePoints } from '../../lib/text.ts';
import type { SourceRepository } from '../sources/sources.repository.ts';
import { toClaimDto } from './claims.mappers.ts';
import type { ClaimListWhere, ClaimRepository } from './claims.repository.ts';
import type { ClaimCreate, ClaimListFilters, ClaimUpdate, EntityClaimListFilters } from './claims.schemas.ts';

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  claims: ClaimRepository;
  entities: EntityLookup;
  sources: Pick<SourceRepository, 'findById'>;
};

type ClaimShape = {
  articleId: string;
  quote: string | null;
  claimant: { type: 'entity' | 'source'; id: string };
  subjectIds: string[];
  evidence: { start: number; end: number };
};

export function createClaimService(deps: Deps) {
  const { transactions, claims, entities, sources } = deps;

  async function get(id: string, withArticle = false) {
    const claim = await claims.findById(id, withArticle);
    if (!claim) throw notFound('claim', id);
    return claim;
  }

  /** Checks what a claim points at: its article's text, its claimant and its subjects. */
  async function assertConsistent(claim: ClaimShape) {
    const article = await claims.findArticleBody(claim.articleId);
    if (!article) throw missingReference('articleId', 'article', claim.articleId);
    const errors: FieldError[] = [];
    if (claim.evidence.end <= claim.evidence.start) {
      errors.push({ location: 'body', field: 'evidence.end', message: 'must be greater than evidence.start' });
    } else if (claim.evidence.end > codePoints(article.body).length) {
      errors.push({
        location: 'body',
        field: 'evidence.end',
        message: `is past the end of the article body (${codePoints(article.body).length} code points)`,
      });
    }
    if (claim.quote && !article.body.includes(claim.quote)) {
      errors.push({ location: 'body', field: 'quote', message: 'does not appear verbatim in the article body' });
    }
    if (errors.length > 0)
      throw new AppError('validation_failed', errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });

    const claimantExists =
      claim.claimant.type === 'entity'
        ? (await entities.existingIds([claim.claimant.id])).size === 1
        : (await sources.findById(claim.claimant.id)) !== null;
    if (!claimantExists) throw missingReference('claimant.id', claim.claimant.type, claim.claimant.id);
    const found = await entities.existingIds(claim.subjectIds);
    const missing = claim.subjectIds.map((id, index) => ({ id, index })).filter(({ id }) => !found.has(id));
    if (missing.length > 0) {
      throw new AppError('unprocessable', 'Some subjectIds refer to entities that do not exist.', {
        errors: missing.map(({ id, index }) => ({
          location: 'body' as const,
          field: `subjectIds.${index}`,
          message: `no entity has the id '${id}'`,
        })),
      });
    }
  }

  /** A bound describes a value: it needs one, and clearing the value clears it. */
  function boundColumns(
    value: number | null,
    bound: QuantityBound | null | undefined,
    boundSent: boolean,
  ): { bound?: QuantityBound | null } {
    if (value === null) {
      if (boundSent && bound !== null)
        throw new AppError('validation_failed', 'bound needs a value', {
          errors: [{ location: 'body', field: 'bound', message: 'needs a value (the claim has none)' }],
        });
      return { bound: null };
    }
    return boundSent ? { bound: bound ?? null } : {};
  }

  function claimantColumns(claimant: { type: 'entity' | 'source'; id: string }) {
    return claimant.type === 'entity'
      ? { claimantEntityId: claimant.id, claimantSourceId: null }
      : { claimantEntityId: null, claimantSourceId: claimant.id };
  }

  async function listWhere(
    where: ClaimListWhere,
    filters: Pick<ClaimListFilters, 'cursor' | 'limit' | 'include' | 'status' | 'kind' | 'method' | 'reviewStatus'>,
  ) {
    const cursor = decodeCursor(filters.cursor, 'claims:id');
    const rows = await claims.listPage(
      {
        ...where,
        status: filters.status,
        kind: filters.kind,
        method: filters.method,
        reviewStatus: filters.reviewStatus,
      },
      filters.include?.has('article') ?? false,
      cursor,
      filters.limit + 1,
    );
    const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'claims:id', v: null, id: row.id }));
    return { ...page, items: page.items.map(toClaimDto) };
  }

  return {
    get,

    list: (filters: ClaimListFilters) =>
      listWhere(
        { articleId: filters.articleId, claimantId: filters.claimantId, subjectId: filters.subjectId },
        filters,
      ),

    listForEntity: (entityId: string, filters: EntityClaimListFilters) =>
      listWhere({ entityId, entityAs: filters.as }, filters),

    async create(input: ClaimCreate) {
      const subjectIds = [...new Set(input.subjectIds)];
      await assertConsistent({ ...input, quote: input.quote ?? null, subjectIds });
      const { claimant, subjectIds: _subjects, evidence, bound, ...columns } = input;
      const bounded = boundColumns(input.value ?? null, bound, bound !== undefined);
      return transactions.run((tx) =>
        claims.create(
          {
            ...columns,
            ...bounded,
            ...claimantColumns(claimant),
            evidenceStart: evidence.start,
            evidenceEnd: evidence.end,
          },
          subjectIds,
          tx,
        ),
      );
    },

    async update(id: string, input: ClaimUpdate, precondition?: Precondition) {
      const claim = await get(id);
      const subjectIds = input.subjectIds
        ? [...new Set(input.subjectIds)]
        : claim.subjects.map((subject) => subject.entityId);
      const claimant =
        input.claimant ??
        (claim.claimantEntityId
          ? { type: 'entity' as const, id: claim.claimantEntityId }
          : { type: 'source' as const, id: claim.claimantSourceId ?? '' });
      const evidence = input.evidence ?? { start: claim.evidenceStart, end: claim.evidenceEnd };
      await assertConsistent({
        articleId: claim.articleId,
        quote: input.quote === undefined ? claim.quote : input.quote,
        claimant,
        subjectIds,
        evidence,
      });
      const { claimant: _claimant, subjectIds: _subjects, evidence: _evidence, bound, ...columns } = input;
      const bounded = boundColumns(input.value === undefined ? claim.value : input.value, bound, bound !== undefined);
      return writeIfCurrent(precondition, claim.version, 'claim', (expected) =>
        transactions.run(async (tx) => {
          await claims.update(
            id,
            expected,
            {
              ...columns,
              ...bounded,
              ...claimantColumns(claimant),
              evidenceStart: evidence.start,
              evidenceEnd: evidence.end,
            },
            tx,
          );
          if (input.subjectIds) await claims.replaceSubjects(id, subjectIds, tx);
          return (await claims.findById(id, false, tx))!;
        }),
      );
    },

    async remove(id: string, precondition?: Precondition) {
      const claim = await get(id);
      await writeIfCurrent(precondition, claim.version, 'claim', (expected) =>
        transactions.run((tx) => claims.delete(id, expected, tx)),
      );
    },
  };
}

export type ClaimService = ReturnType<typeof createClaimService>;
