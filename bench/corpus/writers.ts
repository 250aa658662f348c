import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import pg from 'pg';
import type { Row, Table, Value } from './tables.ts';

// Two ways to write rows in bulk. `copy` streams PostgreSQL's COPY text format through a psql child process (the
// project has no COPY client library); `insert` sends one INSERT … SELECT FROM unnest($1::type[], …) per batch and
// table through node-postgres, for machines without psql. Both keep one session, so SET commands and an open
// transaction apply throughout.

export type WriterKind = 'copy' | 'insert';

export interface RowWriter {
  /** `copyText` is `rows` already encoded by {@link encodeCopyRows} (the loader hashes it for the corpus digest). */
  write(table: Table, rows: Row[], copyText: string): Promise<void>;
  /** Runs one SQL statement in the writer's session, after everything written so far. */
  execute(sql: string): Promise<void>;
  /** Resolves once the server has executed everything sent before it (psql runs behind the pipe), for timing phases. */
  reached(): Promise<void>;
  close(): Promise<void>;
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Columns of these types never hold a tab, newline or backslash, so their values skip the escaping scan. */
const plainTypes = new Set([
  'uuid',
  'timestamptz',
  'date',
  'int4',
  'float8',
  'source_kind',
  'entity_type',
  'lineage_kind',
  'mention_method',
  'claim_kind',
  'claim_modality',
  'claim_status',
]);

/** Rows in COPY's text format: tab-separated, `\N` for null, backslash escapes, one line per row. */
export function encodeCopyRows(table: Table, rows: Row[]): string {
  const escaped = table.columns.map(([, sqlType]) => !plainTypes.has(sqlType));
  let text = '';
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      const value = row[column] as Value;
      if (column > 0) text += '\t';
      if (value === null) text += '\\N';
      else if (typeof value === 'number') text += String(value);
      else if (escaped[column] && /[\\\t\n\r]/.test(value))
        text += value.replace(/[\\\t\n\r]/g, (char) => copyEscapes[char] as string);
      else text += value;
    }
    text += '\n';
  }
  return text;
}

export function psqlAvailable(): boolean {
  return spawnSync('psql', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** libpq's environment variables for a postgresql:// URL, so the password never appears on a command line. */
function libpqEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const environment: NodeJS.ProcessEnv = {
    PGHOST: decodeURIComponent(url.hostname) || 'localhost',
    PGPORT: url.port || '5432',
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    PGUSER: decodeURIComponent(url.username) || 'postgres',
    PGAPPNAME: 'meridian-corpus',
  };
  if (url.password) environment.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) environment.PGSSLMODE = sslmode;
  return environment;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnList = (table: Table) => table.columns.map(([column]) => quoteIdentifier(column)).join(', ');

class PsqlCopyWriter implements RowWriter {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly exited: Promise<number | null>;
  private stderr = '';
  private markers = 0;
  private readonly waiting = new Map<string, () => void>();

  constructor(databaseUrl: string, setup: string[]) {
    this.child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1'], {
      env: { ...process.env, ...libpqEnvironment(databaseUrl) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    // psql echoes the markers `reached` sends once it gets to them; nothing else is printed in quiet mode.
    let partial = '';
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.waiting.get(line)?.();
    });
    // A write after psql has stopped on an error fails with EPIPE; the exit code and stderr tell the real story.
    this.child.stdin.on('error', () => {});
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
    for (const statement of setup) this.child.stdin.write(`${statement};\n`);
  }

  private async send(text: string): Promise<void> {
    if (this.child.exitCode !== null) throw this.failure();
    if (!this.child.stdin.write(text)) {
      await Promise.race([once(this.child.stdin, 'drain'), this.exited]);
      if (this.child.exitCode !== null) throw this.failure();
    }
  }

  private failure(): Error {
    return new Error(`psql stopped (exit ${this.child.exitCode}): ${this.stderr.trim() || 'no message'}`);
  }

  write(table: Table, rows: Row[], copyText: string): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.send(`COPY ${quoteIdentifier(table.name)} (${columnList(table)}) FROM STDIN;\n${copyText}\\.\n`);
  }

  execute(sql: string): Promise<void> {
    return this.send(`${sql};\n`);
  }

  async reached(): Promise<void> {
    const marker = `reached-${++this.markers}`;
    const seen = new Promise<void>((resolve) => this.waiting.set(marker, resolve));
    await this.send(`\\echo ${marker}\n`);
    await Promise.race([seen, this.exited]);
    this.waiting.delete(marker);
    if (this.child.exitCode !== null) throw this.failure();
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    const code = await this.exited;
    if (code !== 0) throw this.failure();
  }
}

class UnnestInsertWriter implements RowWriter {
  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string, setup: string[]): Promise<UnnestInsertWriter> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'meridian-corpus' });
    await client.connect();
    for (const statement of setup) await client.query(statement);
    return new UnnestInsertWriter(client);
  }

  async write(table: Table, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = table.columns.map((_, column) => rows.map((row) => row[column] ?? null));
    const casts = table.columns.map(([, sqlType], index) => `$${index + 1}::${sqlType}[]`).join(', ');
    await this.client.query(
      `INSERT INTO ${quoteIdentifier(table.name)} (${columnList(table)}) SELECT * FROM unnest(${casts})`,
      columns,
    );
  }

  async execute(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  /** Every statement was awaited already. */
  async reached(): Promise<void> {}

  close(): Promise<void> {
    return this.client.end();
  }
}

export async function openWriter(kind: WriterKind, databaseUrl: string, setup: string[]): Promise<RowWriter> {
  return kind === 'copy' ? new PsqlCopyWriter(databaseUrl, setup) : UnnestInsertWriter.open(databaseUrl, setup);
}
