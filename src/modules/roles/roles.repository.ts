import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { versioned } from '../../lib/conditional.ts';
import { type RoleRow, roleInclude } from '../entities/entities.repository.ts';

type Client = Database | Prisma.TransactionClient;

/** Roles (terms in office), written through the API; the ingest store writes the reference ones it links. */
export function createRoleRepository(db: Database) {
  return {
    findById: (id: string, tx: Client = db) =>
      tx.role.findUnique({ where: { id }, include: roleInclude }) as Promise<RoleRow | null>,
    create: (data: Prisma.RoleUncheckedCreateInput, tx: Client) =>
      tx.role.create({ data, include: roleInclude }) as Promise<RoleRow>,
    update: (id: string, expectedVersion: number | undefined, data: Prisma.RoleUncheckedUpdateInput, tx: Client) =>
      tx.role.update({
        where: versioned(id, expectedVersion),
        data: { ...data, version: { increment: 1 } },
        include: roleInclude,
      }) as Promise<RoleRow>,
    delete: (id: string, expectedVersion: number | undefined, tx: Client) =>
      tx.role.delete({ where: versioned(id, expectedVersion) }),
  };
}

export type RoleRepository = ReturnType<typeof createRoleRepository>;
