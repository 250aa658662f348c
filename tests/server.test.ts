import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unenterableFolder } from '../src/db/embedded.ts';
import { freePort } from './support/ports.ts';

// The real process, as a user runs it: `npm start` (which builds dist/ and runs it with node) on an empty embedded
// database, restarts, signals sent to the npm process, a crash that leaves the database behind.

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-server-test-'));
let embeddedPort: string;
beforeAll(async () => {
  embeddedPort = String(await freePort());
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
// A failed test must not leave its server behind: the next start would (rightly) refuse the data folder.
const running = new Set<{ child: ChildProcess; exited: Promise<number | null> }>();
afterEach(async () => {
  for (const server of running) {
    if (server.child.exitCode === null && server.child.signalCode === null)
      process.kill(-(server.child.pid as number), 'SIGTERM');
    await server.exited;
  }
  running.clear();
});

type Server = {
  process: ChildProcess;
  baseUrl: string;
  logs: string[];
  exited: Promise<number | null>;
  /** The node process npm started (from the logs' pid). */
  serverPid: () => number;
};

function spawnNpmStart(environment: Record<string, string> = {}) {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // What this file checks is the process's life, on a machine other tests keep busy: never shed its requests.
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      EMBEDDED_POSTGRES_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: embeddedPort,
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a shell gives a job: a Ctrl-C at the terminal signals the whole group.
    detached: true,
  });
  const logs: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  running.add({ child, exited });
  return { child, logs, exited };
}

async function startServer(): Promise<Server> {
  const { child, logs, exited } = spawnNpmStart();
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 150_000);
    const poll = setInterval(() => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs.join(''));
      if (match) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1] as string);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
  const serverPid = () => {
    const line = logs
      .join('')
      .split('\n')
      .find((candidate) => candidate.includes('Server listening at'));
    return (JSON.parse(line as string) as { pid: number }).pid;
  };
  return { process: child, baseUrl, logs, exited, serverPid };
}

/** The compiled keys CLI (npm start built it) against the running server's embedded database. */
async function keysCli(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/scripts/keys.js', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', EMBEDDED_POSTGRES_PORT: embeddedPort },
  });
  return stdout;
}

/** The embedded PostgreSQL's process while it runs on the test's data folder, from its lock file. */
function postgresPid(): number | undefined {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function stop(server: Server): Promise<number | null> {
  server.process.kill('SIGTERM');
  return server.exited;
}

describe('the server process', () => {
  it('initialises, migrates and seeds an empty embedded database, keeps data across restarts, and stops cleanly on SIGTERM to npm', async () => {
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
    expect(postgresPid()).toBeUndefined();
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
    expect(list.data).toHaveLength(3); // the fixture's three articles, seeded once, not again on restart
    expect(second.logs.join('')).not.toContain('fixture article seeded');
    expect(await stop(second)).toBe(0);
  }, 300_000);

  it.each([
    ['Ctrl-C (SIGINT to the npm start process group)', 'SIGINT', 'group'],
    ['SIGTERM to the npm process', 'SIGTERM', 'npm'],
  ] as const)(
    '%s during an import upload: the upload completes, the database stops, the next start works',
    async (_, signal, target) => {
      const server = await startServer();
      const key = (await keysCli('create', '--scope', 'write', '--name', `upload ${signal}`)).trim().split('\n').pop();
      const run = `${signal}-${Date.now().toString(36)}`;
      const lines = Array.from({ length: 6 }, (_, index) =>
        JSON.stringify({
          url: `https://signals.example/${run}/${index}`,
          title: `Signal test ${index}`,
          body: `Peru and Chile signed an agreement on ${signal}, line ${index}.`,
          language: 'en',
        }),
      );
      let sent = 0;
      // A slow upload: one line every 400 ms, the signal after the second.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === lines.length) return controller.close();
          if (sent > 0) await new Promise((resolve) => setTimeout(resolve, 400));
          controller.enqueue(new TextEncoder().encode(`${lines[sent]}\n`));
          sent += 1;
          if (sent === 2)
            process.kill(target === 'group' ? -(server.process.pid as number) : (server.process.pid as number), signal);
        },
      });
      const response = await fetch(`${server.baseUrl}/v1/imports`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
        body,
        duplex: 'half',
      } as RequestInit);
      const result = (await response.json()) as { counts?: { created: number } };
      expect(response.status, JSON.stringify(result)).toBe(201);
      expect(result.counts?.created).toBe(lines.length);
      expect(await server.exited, server.logs.join('')).toBe(0);
      const logs = server.logs.join('');
      expect(logs).toContain(`"signal":"${signal}"`);
      expect(logs).toContain('shut down cleanly');
      expect(postgresPid()).toBeUndefined();

      const next = await startServer();
      const stored = (await (await fetch(`${next.baseUrl}/v1/articles?limit=100`)).json()) as {
        data: { url: string }[];
      };
      expect(stored.data.map((article) => article.url)).toContain(`https://signals.example/${run}/5`);
      expect(await stop(next)).toBe(0);
    },
    300_000,
  );

  it('recovers the embedded database a killed server left running', async () => {
    const crashed = await startServer();
    process.kill(crashed.serverPid(), 'SIGKILL');
    await crashed.exited;
    const orphan = postgresPid();
    expect(orphan).toBeDefined();

    const next = await startServer();
    expect(next.logs.join('')).toContain(`stopping the embedded PostgreSQL (pid ${orphan})`);
    expect((await fetch(`${next.baseUrl}/readyz`)).status).toBe(200);
    expect(await stop(next)).toBe(0);
    expect(postgresPid()).toBeUndefined();
  }, 300_000);

  it('logs the reason a start failed at error level and exits 1', async () => {
    // Something else holds the embedded database's port.
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(Number(embeddedPort), '127.0.0.1', resolve));
    try {
      const { logs, exited } = spawnNpmStart();
      expect(await exited).toBe(1);
      const failure = logs
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .find((line) => line.msg.startsWith('could not start'));
      expect(failure?.level).toBe(50);
      expect(failure?.msg).toContain('Address already in use');
      expect(postgresPid()).toBeUndefined();
    } finally {
      squatter.close();
    }
  }, 300_000);
});

describe('the embedded database as root', () => {
  it('names the folder the postgres account cannot enter, so the start can say so', () => {
    const locked = mkdtempSync(path.join(os.tmpdir(), 'meridian-locked-'));
    mkdirSync(path.join(locked, 'inner'));
    const stranger = { uid: 123_456, gid: 123_456, groups: [] };
    try {
      // mkdtemp makes folders of mode 700: only their owner may enter.
      expect(unenterableFolder(path.join(locked, 'inner', 'pgdata'), stranger)).toEqual({
        folder: locked,
        mode: '700',
      });
      expect(unenterableFolder(os.tmpdir(), stranger)).toBeUndefined();
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
