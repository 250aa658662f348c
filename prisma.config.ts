import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI downloads a native schema engine that cannot be fetched on every machine; this project ships
// a drop-in that runs Prisma's own WASM build of the same engine. A machine that prefers the native binary
// sets PRISMA_SCHEMA_ENGINE_BINARY itself.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'scripts/prisma-schema-engine.mjs');

// Without DATABASE_URL the CLI talks to the embedded PostgreSQL that `npm start` runs (see src/db/embedded.ts).
const defaultUrl = 'postgresql://postgres:postgres@127.0.0.1:54329/meridian';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? defaultUrl },
});
