import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from './support/ports.ts';

// The command-line tools read the server's settings (PORT, HOST, DATABASE_URL, EMBEDDED_POSTGRES_PORT) through
// config.ts, so each of them talks to the server or database that `npm start` on this machine would use.

const root = path.resolve(import.meta.dirname, '..');
const run = (args: string[], environment: Record<string, string>) =>
  promisify(execFile)(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...environment },
  }).catch((error: { stdout: string; stderr: string }) => error);

describe('command-line tools', () => {
  it('the import CLI sends to the PORT the server listens on', async () => {
    const { stderr } = await run(['--import', 'tsx', 'scripts/import.ts', '--help'], { PORT: '4567' });
    expect(stderr).toContain('http://127.0.0.1:4567');
  });

  it("the keys CLI and Prisma's migrate commands reach the embedded database on EMBEDDED_POSTGRES_PORT", async () => {
    // Nothing listens there, so both say where they tried.
    const port = String(await freePort());
    const keys = await run(['--import', 'tsx', 'scripts/keys.ts', 'list'], { EMBEDDED_POSTGRES_PORT: port });
    expect(keys.stderr).toContain('Cannot reach the database');
    const migrate = await run(['node_modules/prisma/build/index.js', 'migrate', 'status'], {
      EMBEDDED_POSTGRES_PORT: port,
    });
    expect(`${migrate.stdout}${migrate.stderr}`).toContain(`127.0.0.1:${port}`);
  }, 60_000);
});
