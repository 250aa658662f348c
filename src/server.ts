import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp, loggerOptions } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { type PreparedDatabase, prepareDatabase } from './db/database.ts';
import { EmbeddedPostgresError } from './db/embedded.ts';
import { referenceGazetteerData } from './modules/ingest/linking/gazetteer-cache.ts';

// Starts the process: database (embedded unless DATABASE_URL is set), the app, and a graceful shutdown.
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // Before there is a configured logger: the same JSON line at error level, without a stack trace.
  pino().error(`could not start: ${(error as Error).message}`);
  process.exit(1);
}
const logger = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);

let database: PreparedDatabase | undefined;
let app: FastifyInstance | undefined;
let stopping: Promise<void> | undefined;

/** Logs why the start failed, at error level and in its own words, stops what was started, and exits 1. */
async function failedStart(error: unknown): Promise<never> {
  const message = error instanceof Error ? error.message : String(error);
  // A message written for the operator needs no stack trace; anything else keeps it.
  logger.error(error instanceof EmbeddedPostgresError ? {} : { err: error }, `could not start: ${message}`);
  await app?.close().catch(() => {});
  await database?.stop().catch(() => {});
  process.exit(1);
}

/** Drains in-flight requests, closes the pool, then stops the database; at most SHUTDOWN_TIMEOUT_MS. */
async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down: draining in-flight requests');
  const deadline = setTimeout(() => {
    logger.error('shutdown timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  try {
    if (app && config.shutdownReadinessDelayMs > 0) {
      // Not ready any more, still serving: a balancer polling /readyz takes this node out before it stops accepting.
      app.lifecycle.draining = true;
      await new Promise((resolve) => setTimeout(resolve, config.shutdownReadinessDelayMs));
    }
    if (app) {
      // A keep-alive connection whose last request finishes after close() began would stay open for
      // keepAliveTimeout (72 s) and hold up the exit: close such connections as soon as they fall idle.
      const server = app.server;
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
      await app.close(); // stops accepting, waits for in-flight requests, then closes the database pool
      clearInterval(idleSweep);
    }
    await database?.stop();
    logger.info('shut down cleanly');
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
  }
}

// Listening from the first moment: a signal during start-up stops what has started once that step ends, instead of
// killing the process and leaving the embedded PostgreSQL behind. Ctrl-C under `npm start` arrives twice (from the
// terminal and forwarded by npm): the first one counts.
let requested: string | undefined;
const onSignal = (signal: string) => {
  requested ??= signal;
  if (app && !stopping) stopping = shutdown(signal);
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

try {
  database = await prepareDatabase(config, logger);
  // The reference data the ingest store reads (~1 s to parse) is loaded before the server takes requests, so the
  // first ingest or import does not hold the event loop — and every request in flight — while it loads; and before the
  // app exists, so load shedding does not take that second of start-up for overload and shed the first requests.
  if (requested === undefined) referenceGazetteerData();
  if (requested === undefined)
    app = await buildApp({ config, databaseUrl: database.url, logger: loggerOptions(config.logLevel) });
} catch (error) {
  await failedStart(error);
}
if (requested !== undefined) {
  stopping = shutdown(requested);
} else {
  try {
    await app?.listen({ port: config.port, host: config.host });
  } catch (error) {
    await failedStart(error);
  }
}
