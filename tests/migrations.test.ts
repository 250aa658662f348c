import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { createTestApp } from './support/app.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

/** Runs the project's Prisma CLI the way a developer would (through prisma.config.ts and the offline engine). */
function prisma(args: string[], databaseUrl: string) {
  return run(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
  });
}

describe('migrations', () => {
  it('match schema.prisma exactly (a schema change without its migration fails here)', async () => {
    const { stdout } = await prisma(
      [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--script',
        '--exit-code',
      ],
      inject('adminDatabaseUrl'),
    );
    expect(stdout).toContain('This is an empty migration.');
  }, 60_000);

  it('report a migrated database as up to date with `prisma migrate status`', async () => {
    // A clone, not the template itself: a connection to the template would block other files cloning it.
    const t = await createTestApp();
    try {
      const { stdout } = await prisma(['migrate', 'status'], t.databaseUrl);
      expect(stdout).toContain('Database schema is up to date');
    } finally {
      await t.close();
    }
  }, 60_000);
});
