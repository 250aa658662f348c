// `npm run seed`: makes sure the database is migrated and holds the Peru fixture (a no-op when it already does).
// Uses DATABASE_URL when set, or else the embedded PostgreSQL in .data/ (stop `npm start` first: they share it).
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/db/database.ts';

const config = loadConfig();
const logger = pino({ level: config.logLevel === 'silent' ? 'silent' : 'info' });
const database = await prepareDatabase({ ...config, seedFixture: true }, logger);
await database.stop();
