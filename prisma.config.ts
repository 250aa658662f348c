import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { loadConfig } from './src/config.ts';
import { embeddedDatabaseUrl } from './src/db/embedded.ts';

// Prisma's CLI downloads a native schema engine that cannot be fetched on every machine; this project ships
// a drop-in that runs Prisma's own WASM build of the same engine. A machine that prefers the native binary
// sets PRISMA_SCHEMA_ENGINE_BINARY itself.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'scripts/prisma-schema-engine.mjs');

// The settings the server reads: DATABASE_URL, or else the embedded PostgreSQL that `npm start` runs on
// EMBEDDED_POSTGRES_PORT (see src/db/embedded.ts).
const config = loadConfig();

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgres.port) },
});
