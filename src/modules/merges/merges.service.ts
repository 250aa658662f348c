import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, invalidField, missingReference, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug, isId, storedKey } from '../../lib/id-or-slug.ts';
import { slugify } from '../../lib/slug.ts';
import { toEntityDto } from '../entities/entities.mappers.ts';
import type { EntityRepository, EntityRow } from '../entities/entities.repository.ts';
import type { EntityService } from '../entities/entities.service.ts';
import type { MergeRepository } from './merges.repository.ts';
import type { MergeBody, SplitBody } from './merges.schemas.ts';

const identifierColumns = [
  { field: 'identifiers.wikidata', column: 'wikidataId' },
  { field: 'identifiers.isoAlpha2', column: 'isoAlpha2' },
  { field: 'identifiers.isoAlpha3', column: 'isoAlpha3' },
  { field: 'identifiers.unlocode', column: 'unlocode' },
] as const;

/**
 * Merge: everything that points at the merged entity moves to the survivor — mentions (one the survivor already has
 * at the same place is dropped), claimant and subject links, aliases (plus the merged entity's name), roles,
 * relations and the articles' inferred entities resting on it — the
 * survivor takes the identifiers, description and coordinates it lacks, and the merged entity's id and slug redirect
 * to it. Different values of one identifier on both refuse the merge (409): they are two things, not one.
 * Split: a new entity takes the chosen mentions, aliases and claim links of an existing one.
 * Both run in one transaction recorded with the operation `merge` or `split` in the revisions.
 */
export function createMergeService(deps: {
  transactions: Pick<Transactions, 'run'>;
  merges: MergeRepository;
  entities: EntityRepository;
  entityService: Pick<EntityService, 'get' | 'assertUnique' | 'columnsFrom' | 'aliasRows'>;
}) {
  const { transactions, merges, entities, entityService } = deps;

  /** The `into` entity: a live id or slug, or an old one of a merged entity (followed to its survivor). */
  async function resolveSurvivor(key: string): Promise<EntityRow> {
    const live = await findByIdOrSlug(key, { byId: entities.findById, bySlug: entities.findBySlug });
    if (live) return live;
    const redirect = await merges.redirectFor(storedKey(key), isId(key));
    const survivor = redirect ? await entities.findById(redirect.targetId) : null;
    if (!survivor) throw missingReference('into', 'entity', key);
    return survivor;
  }

  function assertMergeable(merged: EntityRow, survivor: EntityRow) {
    if (merged.id === survivor.id)
      throw invalidField('body', 'into', 'names the entity being merged; an entity cannot be merged into itself');
    if (merged.type !== survivor.type) {
      throw new AppError(
        'unprocessable',
        `Only entities of the same type merge: '${merged.slug}' is a ${merged.type}, '${survivor.slug}' a ${survivor.type}.`,
        {
          errors: [{ location: 'body', field: 'into', message: `is a ${survivor.type}, not a ${merged.type}` }],
        },
      );
    }
    const errors: FieldError[] = identifierColumns
      .filter(
        ({ column }) => merged[column] !== null && survivor[column] !== null && merged[column] !== survivor[column],
      )
      .map(({ field, column }) => ({
        location: 'body',
        field,
        message: `differs: '${merged[column]}' on ${merged.slug}, '${survivor[column]}' on ${survivor.slug}`,
      }));
    if (errors.length > 0) {
      throw new AppError(
        'conflict',
        `The entities have different ${errors.map((error) => error.field).join(', ')}: they are not duplicates.`,
        {
          errors,
          extensions: { location: `/v1/entities/${survivor.id}` },
        },
      );
    }
  }

  return {
    async merge(key: string, input: MergeBody, precondition?: Precondition) {
      const merged = await entityService.get(key);
      const survivor = await resolveSurvivor(input.into);
      assertMergeable(merged, survivor);
      return writeIfCurrent(precondition, merged.version, 'entity', (expected) =>
        transactions.run(
          async (tx) => {
            const locked = await merges.lock([merged.id, survivor.id], tx);
            if (!locked.includes(survivor.id)) throw missingReference('into', 'entity', input.into);
            if (!locked.includes(merged.id)) throw notFound('entity', key);
            // Identifiers are unique: the merged entity gives up those the survivor takes before the survivor gets them.
            const taken = Object.fromEntries(
              identifierColumns
                .filter(({ column }) => merged[column] !== null && survivor[column] === null)
                .map(({ column }) => [column, merged[column]]),
            );
            if (Object.keys(taken).length > 0)
              await merges.clearIdentifiers(
                merged.id,
                Object.fromEntries(Object.keys(taken).map((column) => [column, null])),
                tx,
              );
            await merges.moveInferred(merged.id, survivor.id, tx);
            const mentionsBefore = await merges.countMentions(merged.id, tx);
            const mentions = await merges.moveAllMentions(merged.id, survivor.id, tx);
            const claimIds = await merges.claimsReferencing(merged.id, undefined, tx);
            await merges.moveClaimLinks(claimIds, merged.id, survivor.id, tx);
            const aliases =
              (await merges.moveAliases(merged.id, survivor.id, tx)) +
              (await merges.addAlias(survivor.id, merged.name, tx));
            const roles = await merges.moveRoles(merged.id, survivor.id, tx);
            const relations = await merges.moveRelations(merged.id, survivor.id, tx);
            await merges.moveMatchJudgements(merged.id, survivor.id, tx);
            await merges.redirect({ id: merged.id, slug: merged.slug }, survivor.id, tx);
            await entities.update(
              survivor.id,
              undefined,
              {
                ...taken,
                ...(survivor.description === null && merged.description !== null
                  ? { description: merged.description }
                  : {}),
                ...(survivor.latitude === null && merged.latitude !== null
                  ? { latitude: merged.latitude, longitude: merged.longitude }
                  : {}),
              },
              tx,
            );
            await entities.delete(merged.id, expected, tx);
            const result = (await entities.findById(survivor.id, false, tx)) as EntityRow;
            return {
              survivor: toEntityDto(result),
              merged: { id: merged.id, slug: merged.slug },
              moved: {
                mentions,
                mentionsDropped: mentionsBefore - mentions,
                claims: claimIds.length,
                aliases,
                roles,
                relations,
              },
            };
          },
          { operation: 'merge' },
        ),
      );
    },

    async split(key: string, input: SplitBody, precondition?: Precondition) {
      const original = await entityService.get(key);
      const slug = input.entity.slug ?? (slugify(input.entity.name) || `entity-${Date.now().toString(36)}`);
      const columns = entityService.columnsFrom({ ...input.entity, slug });
      try {
        await entityService.assertUnique(columns);
      } catch (error) {
        if (error instanceof AppError) {
          throw new AppError(error.code, error.message, {
            errors: error.errors?.map((fieldError) => ({ ...fieldError, field: `entity.${fieldError.field}` })),
            extensions: error.extensions,
          });
        }
        throw error;
      }
      return writeIfCurrent(precondition, original.version, 'entity', (expected) =>
        transactions.run(
          async (tx) => {
            const errors: FieldError[] = [];
            const mentionIds = new Set<string>();
            for (const [index, selector] of input.mentions.entries()) {
              const found = await merges.findMentions(original.id, selector, tx);
              if (found.length === 0)
                errors.push({
                  location: 'body',
                  field: `mentions.${index}`,
                  message: `'${original.slug}' has no mention there in article ${selector.articleId}`,
                });
              for (const id of found) mentionIds.add(id);
            }
            for (const [index, alias] of input.aliases.entries()) {
              if (!(await merges.hasAlias(original.id, { name: alias.name, language: alias.language ?? null }, tx))) {
                errors.push({
                  location: 'body',
                  field: `aliases.${index}`,
                  message: `'${original.slug}' has no alias '${alias.name}' (${alias.language ?? 'no language'})`,
                });
              }
            }
            const claimIds = [...new Set(input.claimIds)];
            const referencing = new Set(await merges.claimsReferencing(original.id, claimIds, tx));
            claimIds.forEach((id, index) => {
              if (!referencing.has(id))
                errors.push({
                  location: 'body',
                  field: `claimIds.${index}`,
                  message: `claim ${id} does not name '${original.slug}'`,
                });
            });
            if (errors.length > 0)
              throw new AppError('unprocessable', `The split names things '${original.slug}' does not have.`, {
                errors,
              });

            // Bumps the original's version (its representation changes) and checks If-Match in the same statement.
            await entities.update(original.id, expected, {}, tx);
            const created = await entities.create(
              { ...columns, type: input.entity.type, name: input.entity.name, slug },
              tx,
            );
            if (input.entity.aliases.length > 0)
              await entities.replaceAliases(created.id, entityService.aliasRows(input.entity.aliases), tx);
            const aliases =
              input.aliases.length > 0
                ? await merges.moveNamedAliases(
                    original.id,
                    created.id,
                    input.aliases.map((alias) => ({ name: alias.name, language: alias.language ?? null })),
                    tx,
                  )
                : 0;
            await merges.moveMentionsById([...mentionIds], created.id, tx);
            await merges.moveClaimLinks(claimIds, original.id, created.id, tx);
            return {
              original: toEntityDto((await entities.findById(original.id, false, tx)) as EntityRow),
              created: toEntityDto((await entities.findById(created.id, false, tx)) as EntityRow),
              moved: { mentions: mentionIds.size, claims: claimIds.length, aliases },
            };
          },
          { operation: 'split' },
        ),
      );
    },
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
