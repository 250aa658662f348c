import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { projectRoot } from '../lib/project-root.ts';
import { migrateJobQueue } from './job-queue.ts';

const execFileAsync = promisify(execFile);

const repoRoot = projectRoot;
const prismaCli = path.join(repoRoot, 'node_modules/prisma/build/index.js');
const migrationsDir = path.join(repoRoot, 'prisma/migrations');
// Prisma's native schema engine cannot be downloaded on every machine; this script runs its WASM build instead
// (see the script's header). A machine that prefers the native binary sets PRISMA_SCHEMA_ENGINE_BINARY itself.
const schemaEngine = path.join(repoRoot, 'scripts/prisma-schema-engine.mjs');

/**
 * Applies pending migrations from prisma/migrations with the project's own Prisma CLI (`prisma migrate deploy`),
 * creating the database if it does not exist. Running the CLI rather than re-implementing it keeps the
 * `_prisma_migrations` bookkeeping (checksums, failed-migration handling, the advisory lock that keeps concurrent
 * deployers apart) exactly Prisma's. Throws with the CLI's error output when it fails.
 */
export async function applyMigrations(databaseUrl: string, log?: (line: string) => void): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaEngine,
    // Never reach for the network: no update notice, no telemetry checkpoint.
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  };

  let output: { stdout: string; stderr: string };
  try {
    output = await execFileAsync(process.execPath, [prismaCli, 'migrate', 'deploy'], { cwd: repoRoot, env });
  } catch (error) {
    const { stderr, stdout, message } = error as Error & { stderr?: string; stdout?: string };
    const details = stderr?.trim() || stdout?.trim() || message;
    throw new Error(`prisma migrate deploy failed:\n${redact(details, databaseUrl)}`, { cause: error });
  }

  const lines = `${output.stdout}\n${output.stderr}`
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => redact(line.trimEnd(), databaseUrl));
  for (const line of lines) log?.(line);

  // Prisma 7.10's CLI exits 0 without a word when the schema engine dies in the middle of a command (its stop() then
  // waits on an unref'd timer and the event loop runs dry), so a clean exit does not prove the migrations ran.
  const { pending } = await migrationStatus(databaseUrl);
  if (pending.length > 0) {
    const summary = `prisma migrate deploy exited 0 but left migrations pending: ${pending.join(', ')}`;
    throw new Error(`${summary}\n${lines.join('\n')}`);
  }
  // The job queue's tables (schema graphile_worker) are versioned by graphile-worker itself, not by Prisma.
  await migrateJobQueue(databaseUrl);
}

/**
 * Which migrations in prisma/migrations the database has applied, for readiness checks. A migration counts as
 * applied when Prisma recorded it as finished and not rolled back; one that failed or never ran is pending.
 * Migrations the database knows but the folder does not (a newer release rolled back) count as applied.
 */
export async function migrationStatus(databaseUrl: string): Promise<{ applied: number; pending: string[] }> {
  const known = await migrationNames();
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  let applied: string[];
  try {
    applied = await appliedMigrationNames(client, new URL(databaseUrl).searchParams.get('schema') ?? 'public');
  } finally {
    await client.end();
  }
  const done = new Set(applied);
  return { applied: applied.length, pending: known.filter((name) => !done.has(name)) };
}

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function appliedMigrationNames(client: pg.Client, schema: string): Promise<string[]> {
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT DISTINCT migration_name FROM ${pg.escapeIdentifier(schema)}._prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return rows.map((row) => row.migration_name);
  } catch (error) {
    // No migrations table (or schema) yet: a database nothing has been applied to.
    const code = (error as { code?: string }).code;
    if (code === '42P01' || code === '3F000') return [];
    throw error;
  }
}

// Should the CLI ever echo the connection string, its password stays out of logs and error messages.
function redact(text: string, databaseUrl: string): string {
  return text.replaceAll(databaseUrl, '<DATABASE_URL>');
}
