import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Database = PrismaClient;

export function createDatabaseClient(databaseUrl: string, poolMax = 10): Database {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolMax, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}
