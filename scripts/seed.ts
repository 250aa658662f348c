// `npm run seed`: writes the Peru fixture to the database named by DATABASE_URL, once.
// TODO: take the URL from src/config.ts once the seed is wired to it (it reads process.env directly for now).
import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '../src/generated/prisma/client.ts';
import { prepareFixture } from '../src/seed/peru-fixture.ts';
import { seedFixture } from '../src/seed/seed.ts';

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      'DATABASE_URL is not set. Point it at a migrated database, e.g. ' +
        'DATABASE_URL=postgresql://postgres@127.0.0.1:5432/meridian npm run seed',
    );
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const { seeded } = await seedFixture(prisma);
    if (!seeded) {
      console.log('Seed fixture already present: nothing written.');
      return;
    }
    const fixture = prepareFixture();
    console.log(
      `Seeded the Peru fixture: ${fixture.sources.length} sources, ${fixture.articles.length} articles, ` +
        `${fixture.entities.length} entities, ${fixture.roles.length} roles, ${fixture.mentions.length} mentions, ` +
        `${fixture.claims.length} claims (entities or sources already present were reused).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
