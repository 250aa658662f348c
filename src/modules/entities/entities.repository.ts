import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { versioned } from '../../lib/conditional.ts';
import { type Cursor, keysetAfter, keysetOrder } from '../../lib/pagination.ts';

type Client = Database | Prisma.TransactionClient;

const refSelect = { id: true, type: true, name: true, slug: true } as const;
export const roleInclude = { person: { select: refSelect }, organization: { select: refSelect } } as const;

export function entityInclude(withRoles: boolean) {
  return {
    aliases: { orderBy: { id: 'asc' as const } },
    ...(withRoles
      ? {
          rolesHeld: { include: roleInclude, orderBy: { startDate: 'asc' as const } },
          rolesIn: { include: roleInclude, orderBy: { startDate: 'asc' as const } },
        }
      : {}),
  };
}

export type EntityRow = Prisma.EntityGetPayload<{ include: ReturnType<typeof entityInclude> }>;
export type EntityRowWithRoles = Prisma.EntityGetPayload<{ include: { aliases: true; rolesHeld: { include: typeof roleInclude }; rolesIn: { include: typeof roleInclude } } }>;
export type RoleRow = Prisma.RoleGetPayload<{ include: typeof roleInclude }>;

export type EntityListWhere = { type?: Prisma.EntityWhereInput['type']; name?: string; mentionedInArticleId?: string };

export function createEntityRepository(db: Database) {
  return {
    findById: (id: string, withRoles = false, tx: Client = db) => tx.entity.findUnique({ where: { id }, include: entityInclude(withRoles) }),
    findBySlug: (slug: string, withRoles = false, tx: Client = db) => tx.entity.findUnique({ where: { slug }, include: entityInclude(withRoles) }),
    /** Which of these ids exist (to name the missing ones in an error). */
    existingIds: async (ids: string[], tx: Client = db) =>
      new Set((await tx.entity.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id)),
    findByUnique: (field: 'slug' | 'wikidataId' | 'isoAlpha2' | 'isoAlpha3' | 'unlocode', value: string, tx: Client = db) =>
      tx.entity.findFirst({ where: { [field]: value }, select: { id: true } }),

    listPage: (filters: EntityListWhere, withRoles: boolean, cursor: Cursor | undefined, take: number, tx: Client = db) =>
      tx.entity.findMany({
        where: {
          AND: [
            { type: filters.type },
            filters.name
              ? { OR: [{ name: { contains: filters.name, mode: 'insensitive' } }, { aliases: { some: { name: { contains: filters.name, mode: 'insensitive' } } } }] }
              : {},
            filters.mentionedInArticleId ? { mentions: { some: { articleId: filters.mentionedInArticleId } } } : {},
            keysetAfter('id', 'asc', cursor) ?? {},
          ],
        },
        include: entityInclude(withRoles),
        orderBy: { id: 'asc' },
        take,
      }),

    /** The mentions of the given entities in one article, in text order (one query for a whole page). */
    mentionsInArticle: (articleId: string, entityIds: string[], tx: Client = db) =>
      tx.mention.findMany({ where: { articleId, entityId: { in: entityIds } }, orderBy: { start: 'asc' } }),

    rolesPage: (entityId: string, at: Date | undefined, cursor: Cursor | undefined, take: number, tx: Client = db) =>
      tx.role.findMany({
        where: {
          AND: [
            { OR: [{ personId: entityId }, { organizationId: entityId }] },
            at ? { AND: [{ OR: [{ startDate: null }, { startDate: { lte: at } }] }, { OR: [{ endDate: null }, { endDate: { gte: at } }] }] } : {},
            keysetAfter('startDate', 'asc', cursor, (value) => new Date(String(value))) ?? {},
          ],
        },
        include: roleInclude,
        orderBy: keysetOrder('startDate', 'asc') as Prisma.RoleOrderByWithRelationInput[],
        take,
      }),

    create: (data: Prisma.EntityUncheckedCreateInput, tx: Client = db) => tx.entity.create({ data, include: entityInclude(false) }),
    update: (id: string, expectedVersion: number | undefined, data: Prisma.EntityUncheckedUpdateInput, tx: Client = db) =>
      tx.entity.update({ where: versioned(id, expectedVersion), data: { ...data, version: { increment: 1 } }, include: entityInclude(false) }),
    replaceAliases: async (entityId: string, aliases: { name: string; language: string | null }[], tx: Client = db) => {
      await tx.entityAlias.deleteMany({ where: { entityId } });
      await tx.entityAlias.createMany({ data: aliases.map((alias) => ({ entityId, ...alias })), skipDuplicates: true });
    },
    delete: (id: string, expectedVersion: number | undefined, tx: Client = db) => tx.entity.delete({ where: versioned(id, expectedVersion) }),
    countClaimReferences: async (id: string, tx: Client = db) => ({
      asClaimant: await tx.claim.count({ where: { claimantEntityId: id } }),
      asSubject: await tx.claimSubject.count({ where: { entityId: id } }),
    }),
  };
}

export type EntityRepository = ReturnType<typeof createEntityRepository>;
