#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
//
// Prisma's CLI spawns whatever executable PRISMA_SCHEMA_ENGINE_BINARY names (prisma.config.ts points it here unless
// the caller chose something else) and talks JSON-RPC 2.0 to it, one JSON object per line on stdin/stdout. This
// script answers that protocol with Prisma's own WebAssembly build of the same engine
// (@prisma/schema-engine-wasm, pinned to the CLI's version in package.json), which reaches PostgreSQL through
// @prisma/adapter-pg. Migration SQL, checksums and the _prisma_migrations table are therefore the engine's own, and a
// machine with the native binary agrees with the result.
//
// The background is in the team notes (shared/notes/prisma-offline.md). In short:
//   - invocation: `--datamodels <file>… --datasource '{"url":…,"shadowDatabaseUrl":…}' [cli <command>]`, or
//     `--version`;
//   - the WASM engine has no create/drop database, so the one-shot `cli` commands are done here with `pg`;
//   - the engine and stock adapter-pg do not quite fit: "char" catalog columns, `$$` in scripts, shadow databases,
//     a stale-state error right after applying migrations, the advisory lock on a pool, and JS errors reported by
//     id only. Each is worked around below, where it bites, with the reason;
//   - a panic inside the WASM engine is answered as a panic, and the process then waits for the CLI to stop it.
//
// In server mode, stdout carries protocol messages only. Everything human-readable goes to stderr as the native
// engine's JSON log lines, because the CLI parses stderr line by line as JSON.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { parseArgs } from 'node:util';

import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

// The native engine answers every failed request with JSON-RPC error 4466 and puts the real error in `data`.
const RPC_ENGINE_ERROR = 4466;
const RPC_PARSE_ERROR = -32700;
const RPC_METHOD_NOT_FOUND = -32601;

// The RPC methods the WASM engine implements. The CLI calls `version` `getDatabaseVersion`; the rest keep their
// names. It also knows createDatabase and getDatabaseDescription, which the WASM build lacks and 7.10 never sends.
const RPC_METHOD_ALIASES = { getDatabaseVersion: 'version' };
const ENGINE_METHODS = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'diff',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
  'version',
]);

// PostgreSQL's one-byte "char" type (oid 18), used by pg_catalog for kinds and flags. 25 is text.
const CHAR_OID = 18;
const TEXT_OID = 25;

// The error the WASM engine raises when asked to diff right after applying migrations in the same session
// (see retryAfterDevDiagnostic).
const STALE_SHADOW_STATE = 'shadow DB must be provided through an external factory';

// The native engine's connect_timeout default; without one, pg waits on an unreachable host for minutes.
const CONNECT_TIMEOUT_MS = 5_000;

// ---------------------------------------------------------------------------------------------------------------
// Logging in the native engine's format. The CLI keeps every line's fields.message for its error output and treats
// a level of ERROR as the last error.

function log(level, fields, target = 'schema_engine') {
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target }) + '\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Command line.

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      datamodels: { type: 'string', short: 'd', multiple: true },
      datasource: { type: 'string' },
      version: { type: 'boolean', short: 'V' },
      // Accepted for compatibility; PostgreSQL needs neither.
      'enabled-preview-features': { type: 'string' },
      'extension-types': { type: 'string' },
    },
  });
  const [subcommand, cliCommand, ...rest] = positionals;
  if (subcommand !== undefined && (subcommand !== 'cli' || cliCommand === undefined || rest.length > 0)) {
    throw new Error(`unexpected arguments: ${positionals.join(' ')} (expected: cli <command>)`);
  }
  return {
    printVersion: values.version === true,
    datamodelPaths: values.datamodels ?? [],
    datasource: values.datasource ? JSON.parse(values.datasource) : {},
    cliCommand,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The WASM engine. The package's own entry point imports the .wasm file as an ES module, which Node 20 cannot do,
// so it is instantiated by hand the way that entry point would.

let wasmBindings;
let lastPanicMessage;

async function loadWasmEngine() {
  if (wasmBindings) return wasmBindings;
  // wasm-bindgen reports Rust panics here before the call traps; see lastPanicMessage.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      lastPanicMessage = message;
      log('ERROR', { is_panic: true, message }, 'schema_engine::logger');
    },
  };
  const bindingsUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bindings = await import(bindingsUrl);
  const wasm = await readFile(new URL('schema_engine_bg.wasm', bindingsUrl));
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmBindings = bindings;
  return bindings;
}

// ---------------------------------------------------------------------------------------------------------------
// Connection strings.

function describeUrl(url) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port || '5432',
    user: decodeURIComponent(parsed.username),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    // Prisma's own parameter naming the schema to migrate; pg ignores it.
    schema: parsed.searchParams.get('schema') ?? undefined,
  };
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = '/' + encodeURIComponent(database);
  return parsed.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Driver adapter. Each workaround is applied to the adapter objects this script creates and to nothing else.

// The engine reads pg_catalog columns of type "char" (pg_constraint.contype, for one) and expects them as
// ColumnType Character, but adapter-pg's type table has no entry for "char" and fails the query (`Column type 'char'
// could not be deserialized`). pg itself returns the value as a one-character string. So the field is presented to
// adapter-pg's mapping as text, and the column reported as Character afterwards. queryRaw hands its query object to
// the internal performIO, which is how the two halves find each other, also when queries run concurrently.
function reportCharColumnsAsCharacter(queryable) {
  const { performIO, queryRaw } = queryable;
  if (typeof performIO !== 'function') {
    throw new Error('@prisma/adapter-pg no longer has performIO; revisit reportCharColumnsAsCharacter()');
  }
  const charColumns = new WeakMap(); // query -> indexes of its "char" columns

  queryable.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const indexes = [];
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length > 0) charColumns.set(query, indexes);
    return result;
  };

  queryable.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    charColumns.delete(query);
    return result;
  };
}

function patchAdapter(adapter) {
  reportCharColumnsAsCharacter(adapter);

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const transaction = await startTransaction(...args);
    reportCharColumnsAsCharacter(transaction);
    return transaction;
  };

  // adapter-pg splits scripts on every `;`, which cuts `$$` function bodies and string literals apart. Sent whole,
  // without parameters, a script goes over PostgreSQL's simple query protocol, which runs it as one implicit
  // transaction, just as the native engine applies a migration.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // throws the DriverAdapterError the engine understands
    }
  };
  return adapter;
}

// Temporary shadow databases still open, so that an interrupted run can drop them on its way out.
const openShadowDatabases = new Map();

class MigrationPgAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';

  constructor({ url, shadowDatabaseUrl }) {
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  async connect() {
    return this.#connectTo(this.url);
  }

  // adapter-pg's own version creates a randomly named database but then connects to the original one (pg prefers
  // the connection string over a `database` override), and drops the database before closing its pool, which
  // PostgreSQL refuses. So: a user-supplied shadow database is emptied and used, as the native engine does;
  // otherwise a temporary one is created next to the main database and dropped after its pool has closed.
  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      const adapter = await this.#connectTo(this.shadowDatabaseUrl);
      await emptyDatabase(adapter.underlyingDriver());
      return adapter;
    }

    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.url, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
    const drop = () =>
      withClient(this.url, (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`));

    let adapter;
    try {
      adapter = await this.#connectTo(withDatabase(this.url, name));
    } catch (error) {
      await drop();
      throw error;
    }
    const closePool = adapter.dispose.bind(adapter);
    const dispose = async () => {
      openShadowDatabases.delete(name);
      try {
        await closePool();
      } finally {
        await drop();
      }
    };
    openShadowDatabases.set(name, dispose);
    adapter.dispose = dispose;
    return adapter;
  }

  // One connection that stays open, as the native engine has: the engine takes a session-level advisory lock
  // (pg_advisory_lock(72707369)) to keep concurrent migrators apart, and with a pool that lock would sit on whichever
  // connection happened to run it, and go away when that connection idled out. The engine sends one query at a time
  // and uses no transactions, so a single connection costs nothing.
  async #connectTo(url) {
    const { schema } = describeUrl(url);
    const factory = new PrismaPg(
      { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: 1, idleTimeoutMillis: 0 },
      { schema },
    );
    return patchAdapter(await factory.connect());
  }
}

// Leaves a user-supplied shadow database as CREATE DATABASE would: no schemas but an empty `public`. Extensions,
// types and functions go with the schemas they live in.
async function emptyDatabase(pool) {
  await pool.query(`
    DO $$
    DECLARE s name;
    BEGIN
      FOR s IN SELECT nspname FROM pg_namespace
               WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
      LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
      END LOOP;
    END $$;
    CREATE SCHEMA public;
  `);
}

async function dropOpenShadowDatabases() {
  await Promise.allSettled([...openShadowDatabases.values()].map((dispose) => dispose()));
}

// ---------------------------------------------------------------------------------------------------------------
// One-shot `cli` commands. The CLI reads stderr after the first line as JSON lines and looks for an ERROR from
// target schema_engine::logger with fields.error_code and fields.message; the code decides what it does next
// (P1003 from can-connect-to-database makes `migrate dev` and `migrate deploy` offer or run create-database).

class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// pg's errors turned into the native engine's user-facing errors (messages as in prisma-engines), for the cases the
// CLI acts on or shows.
function toUserFacingError(error, url) {
  const { host, port, user, database } = describeUrl(url);
  const server = `\`${host}\`:\`${port}\``;
  const code = error?.code;
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'].includes(code)) {
    return new UserFacingError(
      'P1001',
      `Can't reach database server at ${server}\n\nPlease make sure your database server is running at ${server}.`,
    );
  }
  // pg's own connect timeout is a plain Error without a code.
  if (code === 'ETIMEDOUT' || (code === undefined && /timeout/i.test(error?.message ?? ''))) {
    return new UserFacingError(
      'P1002',
      `The database server at ${server} was reached but timed out.\n\nPlease try again.\n\n` +
        `Please make sure your database server is running at ${server}.`,
    );
  }
  if (code === '3D000') {
    return new UserFacingError(
      'P1003',
      `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.`,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new UserFacingError(
      'P1000',
      `Authentication failed against database server at \`${host}\`, the provided database credentials for ` +
        `\`${user}\` are not valid.\n\n` +
        `Please make sure to provide valid database credentials for the database server at \`${host}\`.`,
    );
  }
  if (code === '42P04') {
    return new UserFacingError(
      'P1009',
      `Database \`${database}\` already exists on the database server at \`${host}:${port}\``,
    );
  }
  if (code === '42501') {
    return new UserFacingError('P1010', `User \`${user}\` was denied access on the database \`${database}\``);
  }
  return new UserFacingError('', error?.message ?? String(error));
}

// CREATE and DROP DATABASE cannot run inside the database concerned; like the native engine, use the `postgres`
// maintenance database, or template1 where that is missing.
async function withMaintenanceClient(url, work) {
  try {
    return await withClient(withDatabase(url, 'postgres'), work);
  } catch (error) {
    if (error?.code !== '3D000') throw error;
    return withClient(withDatabase(url, 'template1'), work);
  }
}

const cliCommands = {
  async 'can-connect-to-database'(url) {
    await withClient(url, (client) => client.query('SELECT 1'));
    return 'Connection successful';
  },
  async 'create-database'(url) {
    const { database } = describeUrl(url);
    await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`));
    return `Database '${database}' was successfully created.`;
  },
  async 'drop-database'(url) {
    const { database } = describeUrl(url);
    await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE ${pg.escapeIdentifier(database)}`));
    return 'The database was successfully dropped.';
  },
};

async function runCliCommand(command, { url }) {
  const { version } = await loadWasmEngine();
  // The CLI skips the first stderr line; the native engine writes this one there.
  log('INFO', { message: 'Starting schema engine CLI', git_hash: version() });
  try {
    if (!Object.hasOwn(cliCommands, command)) throw new UserFacingError('', `Unknown cli command: ${command}`);
    if (!url) throw new UserFacingError('', 'No datasource URL was given (--datasource \'{"url": …}\').');
    let message;
    try {
      message = await cliCommands[command](url);
    } catch (error) {
      throw error instanceof UserFacingError ? error : toUserFacingError(error, url);
    }
    log('INFO', { message });
    return 0;
  } catch (error) {
    log('ERROR', { is_panic: false, error_code: error.code ?? '', message: error.message }, 'schema_engine::logger');
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-RPC server.

function send(message) {
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');
}

// Requests this script makes of the CLI (only `print`), by id, waiting for the CLI's answer.
const outgoing = new Map();
let nextOutgoingId = 1;

function callCli(method, params) {
  const id = nextOutgoingId++;
  return new Promise((resolve, reject) => {
    outgoing.set(id, { resolve, reject });
    send({ id, method, params });
  });
}

// A Rust panic reaches JS as a trap (RuntimeError: unreachable), after its message went to the panic registry. The
// WASM instance is unusable from then on.
class EnginePanic extends Error {}

class RpcServer {
  #datamodelPaths;
  #datasource;
  #engine; // a promise, created by the first request that needs it
  #errorRegistry; // the adapter's JS errors, which reach the engine only as "External error id#N"
  #panic; // the EnginePanic, once there has been one
  #panicked; // a promise rejected with it, to race against the request it interrupts
  #reportPanic;

  constructor({ datamodelPaths, datasource }) {
    this.#datamodelPaths = datamodelPaths;
    this.#datasource = datasource;
    this.#panicked = new Promise((_, reject) => (this.#reportPanic = reject));
    this.#panicked.catch(() => {}); // observed by the races below; not unhandled
  }

  // SchemaEngine.new connects at once, so it is created on the first request rather than at start: a failure to
  // connect then becomes that request's error, as with the native engine, instead of a dead process.
  #getEngine() {
    this.#engine ??= this.#createEngine().catch((error) => {
      this.#engine = undefined; // let the next request try again
      throw error;
    });
    return this.#engine;
  }

  async #createEngine() {
    if (!this.#datasource.url) throw new Error('No datasource URL was given (--datasource \'{"url": …}\').');
    const { SchemaEngine } = await loadWasmEngine();
    const datamodels = await Promise.all(
      this.#datamodelPaths.map(async (file) => [file, await readFile(file, 'utf8')]),
    );
    const adapterFactory = bindMigrationAwareSqlAdapterFactory(new MigrationPgAdapterFactory(this.#datasource));
    this.#errorRegistry = adapterFactory.errorRegistry;
    // The engine's log lines are already the native engine's JSON; pass them on as they are.
    const onLog = (line) => process.stderr.write(String(line).trimEnd() + '\n');
    return SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, onLog, adapterFactory);
  }

  async handle(request) {
    const { id, method, params } = request;
    const engineMethod = RPC_METHOD_ALIASES[method] ?? method;
    if (!ENGINE_METHODS.has(engineMethod)) {
      send({ id, error: { code: RPC_METHOD_NOT_FOUND, message: `Method not found: ${method}` } });
      return;
    }
    try {
      if (this.#panic) throw this.#panic;
      const run = async () => this.#call(await this.#getEngine(), engineMethod, params);
      const result = await Promise.race([run(), this.#panicked]);
      send({ id, result: result ?? null });
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) this.panicked(error);
      this.#sendError(id, this.#panic ?? error);
    }
  }

  // Also called for exceptions nobody awaited: wasm-bindgen drives the engine's futures from queueMicrotask, so a
  // panic inside one is an uncaught exception, and the request it belongs to would otherwise never be answered.
  //
  // The native engine exits with 101 on a panic, without answering. Prisma 7.10's CLI does not always notice that:
  // when the engine is already gone, its stop() waits on an unref'd timer, and the CLI can exit 0 without a word.
  // So the panic is the answer to the request (and to any later one), and the process waits for the CLI to stop it.
  panicked(error) {
    if (this.#panic) return;
    const message = lastPanicMessage ?? String(error?.stack ?? error);
    if (!lastPanicMessage) log('ERROR', { is_panic: true, message }, 'schema_engine::logger');
    this.#panic = new EnginePanic(message);
    this.#reportPanic(this.#panic);
    process.exitCode = 101;
  }

  async #call(engine, method, params) {
    switch (method) {
      case 'diff':
        return this.#diff(engine, params);
      case 'evaluateDataLoss':
      case 'createMigration':
        return retryAfterDevDiagnostic(engine, params, () => engine[method](params));
      default:
        return engine[method](params);
    }
  }

  // The native engine prints a diff through the CLI (a `print` request) and answers the diff request with the exit
  // code only; the WASM engine returns the text instead.
  async #diff(engine, params) {
    const { stdout, exitCode } = await engine.diff(params);
    if (stdout) await callCli('print', { content: stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout });
    return { exitCode };
  }

  // Errors the adapter throws that are not DriverAdapterErrors (a failed CREATE DATABASE for the shadow database,
  // say) are kept in the binder's registry, and the engine only reports their id. Put the original message back.
  #describe(error) {
    const message = (error?.message ?? String(error)).trimEnd();
    return message.replace(/External error id#(\d+)/g, (reference, id) => {
      const original = this.#errorRegistry?.consumeError(Number(id))?.error;
      return original ? String(original.message ?? original) : reference;
    });
  }

  #sendError(id, error) {
    const isPanic = error instanceof EnginePanic;
    const message = this.#describe(error);
    send({
      id,
      error: {
        code: RPC_ENGINE_ERROR,
        // The CLI shows this message for panics and data.message otherwise.
        message: isPanic ? message : 'An error happened. Check the data field for details.',
        // The WASM engine's errors carry a message only, no P-code.
        data: { is_panic: isPanic, message, meta: null, error_code: null },
      },
    });
  }
}

// After applyMigrations, the same engine session can fail evaluateDataLoss or createMigration with
// STALE_SHADOW_STATE, as if it had lost track of the shadow database factory. A devDiagnostic with the same
// migrations puts it right (found by trial; the native engine does not need this), so run one and retry once.
async function retryAfterDevDiagnostic(engine, params, call) {
  try {
    return await call();
  } catch (error) {
    if (!String(error?.message).includes(STALE_SHADOW_STATE)) throw error;
    log('INFO', { message: `Retrying after devDiagnostic: ${STALE_SHADOW_STATE}` });
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    return call();
  }
}

let shuttingDown = false;

async function shutDown() {
  if (shuttingDown) return;
  shuttingDown = true;
  await dropOpenShadowDatabases();
  // Let a last answer reach the CLI before exiting; pipes are asynchronous on some platforms.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit();
}

function serve(options) {
  const server = new RpcServer(options);
  // Requests are answered strictly one at a time, in order, as the native engine does; answers to this script's
  // own `print` requests are dealt with as they arrive, since a diff request is waiting for them.
  let queue = Promise.resolve();
  let busy = false;

  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      queue = queue.then(() => send({ id: null, error: { code: RPC_PARSE_ERROR, message: 'Parse error' } }));
      return;
    }
    if (message.method === undefined) {
      const pending = outgoing.get(message.id);
      outgoing.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
      return;
    }
    queue = queue.then(async () => {
      busy = true;
      try {
        await server.handle(message);
      } finally {
        busy = false;
      }
    });
  });

  // The CLI ends stdin when it is done and sends SIGTERM right after, so normally nothing is left to do. A signal in
  // the middle of a request (Ctrl-C, a killed job) is an error: exit 1, which the CLI reports, rather than 0, which it
  // takes for a clean stop. Either way, temporary shadow databases are dropped on the way out.
  const interrupted = (signal) => {
    if (busy) {
      log('ERROR', { is_panic: false, message: `Interrupted by ${signal}` }, 'schema_engine::logger');
      process.exitCode = 1;
    }
    shutDown();
  };
  input.on('close', () => queue.then(shutDown));
  process.on('SIGTERM', interrupted);
  process.on('SIGINT', interrupted);
  process.on('uncaughtException', (error) => server.panicked(error));
  process.on('unhandledRejection', (error) => server.panicked(error));
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`prisma-schema-engine: ${error.message}\n`);
    return 1;
  }

  if (options.printVersion) {
    const { version } = await loadWasmEngine();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    return 0;
  }
  if (options.cliCommand) {
    return runCliCommand(options.cliCommand, options.datasource);
  }
  serve(options);
  return undefined;
}

const exitCode = await main();
if (exitCode !== undefined) process.exitCode = exitCode;
