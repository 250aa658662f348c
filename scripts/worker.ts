// `npm run worker`: webhook push delivery without the HTTP API — the change-feed dispatcher and the endpoint drains on
// the PostgreSQL job queue, for deployments that keep them apart from the API nodes (which then run with
// PUSH_IN_PROCESS=false). Any number of workers and API nodes may run at once: the dispatcher takes an advisory lock,
// an endpoint's drain runs in one worker at a time, and a worker killed mid-delivery has its drains resumed by the
// others after PUSH_STALE_WORKER_MS. Needs DATABASE_URL (migrations are applied first). SIGTERM or SIGINT stops it
// after running deliveries finish.
import pino from 'pino';
import { buildApp, loggerOptions } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const config = loadConfig();
const logger = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);
if (!config.databaseUrl) {
  logger.error('could not start: the worker needs DATABASE_URL');
  process.exit(1);
}
await applyMigrations(config.databaseUrl);
const app = await buildApp({
  config: { ...config, push: { ...config.push, inProcess: true } },
  databaseUrl: config.databaseUrl,
  logger: loggerOptions(config.logLevel),
});
await app.ready();
logger.info({ concurrency: config.push.workerConcurrency }, 'push worker started');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'push worker stopping');
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
