import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The real process, as `npm start` runs it: first start on an empty embedded database, restart, SIGTERM.

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-server-test-'));
const embeddedPort = String(56000 + Math.floor(Math.random() * 4000));

type Server = { process: ChildProcess; baseUrl: string; logs: string[]; exited: Promise<number | null> };

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      EMBEDDED_POSTGRES_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: embeddedPort,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 90_000);
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${logs.join('')}`)));
  });
  child.stdout.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  return { process: child, baseUrl, logs, exited };
}

/** `npm run keys -- …` against the running server's embedded database. */
async function keysCli(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/keys.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', EMBEDDED_POSTGRES_PORT: embeddedPort },
  });
  return stdout;
}

async function stop(server: Server): Promise<number | null> {
  server.process.kill('SIGTERM');
  return server.exited;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the server process', () => {
  it('initialises, migrates and seeds an empty embedded database, keeps data across restarts, and stops cleanly on SIGTERM', async () => {
    const first = await startServer();
    const ready = await fetch(`${first.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const articles = (await (await fetch(`${first.baseUrl}/v1/articles`)).json()) as { data: { title: string }[] };
    expect(articles.data.map((article) => article.title)).toContain(
      'What is Behind the Entry of US Troops and Weapons Into Peru?',
    );
    const secret = (await keysCli('create', '--scope', 'write', '--name', 'server test'))
      .trim()
      .split('\n')
      .pop() as string;
    expect(secret).toMatch(/^mk_/);
    expect(await keysCli('list')).toContain('server test');
    const post = (key: string, name: string) =>
      fetch(`${first.baseUrl}/v1/sources`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ name }),
      });
    expect((await post(secret, 'Restart Test Source')).status).toBe(201);
    const [, prefix, secretPart] = /^mk_([A-Za-z0-9]{12})_(.+)$/.exec(secret) as unknown as [string, string, string];
    expect(await keysCli('revoke', prefix)).toContain('Revoked');
    expect((await post(secret, 'After Revocation')).status).toBe(401);
    expect(await stop(first)).toBe(0);
    const firstLogs = first.logs.join('');
    expect(firstLogs).toContain('fixture article seeded');
    expect(firstLogs).toContain('shut down cleanly');
    // Logs are JSON lines with the request id; credentials never reach them.
    expect(firstLogs).not.toContain(secretPart);
    const requestLine = firstLogs.split('\n').find((line) => line.includes('"url":"/v1/sources"'));
    expect(JSON.parse(requestLine as string)).toMatchObject({ reqId: expect.any(String) });

    const second = await startServer();
    const source = await fetch(`${second.baseUrl}/v1/sources/restart-test-source`);
    expect(source.status).toBe(200);
    const list = (await (await fetch(`${second.baseUrl}/v1/articles?limit=100`)).json()) as { data: unknown[] };
    expect(list.data).toHaveLength(2); // seeded once, not again on restart
    expect(second.logs.join('')).not.toContain('fixture article seeded');
    expect(await stop(second)).toBe(0);
  }, 180_000);
});
