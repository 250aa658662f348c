import { Prisma } from '../generated/prisma/client.ts';

/**
 * The code of an error Prisma raised for a request it understood (P2002 unique value taken, P2025 no such row,
 * P2003 broken reference), or undefined for anything else. The error handler maps these without importing Prisma.
 */
export function knownRequestErrorCode(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
}
