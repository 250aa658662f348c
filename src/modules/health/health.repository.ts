import type { Database } from '../../db/client.ts';

/** What readiness asks of the database. */
export function createHealthRepository(db: Database) {
  return {
    /** Resolves when the database answers a query. */
    ping: async () => {
      await db.$queryRaw`SELECT 1`;
    },
  };
}

export type HealthRepository = ReturnType<typeof createHealthRepository>;
