// `npm run keys -- <command>`: manage API keys from the shell (the first admin key has to come from here).
//   create --scope write [--scope admin] [--name "newsroom ingest"]   prints the secret, once
//   list [--all]                                                        keys without secrets (--all: revoked too)
//   revoke <id or prefix>
// Talks to DATABASE_URL, or else to the embedded PostgreSQL of a running `npm start`.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { embeddedDatabaseUrl } from '../src/db/embedded.ts';
import { createTransactions } from '../src/db/transaction.ts';
import { createKeyRepository } from '../src/modules/keys/keys.repository.ts';
import { createKeyService } from '../src/modules/keys/keys.service.ts';

const scopes = ['read', 'write', 'admin'] as const;
type Scope = (typeof scopes)[number];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scope: { type: 'string', multiple: true },
    name: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});
const [command, argument] = positionals;

const config = loadConfig();
const databaseUrl = config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgres.port);
const database = openDatabase(databaseUrl, 1);
const keys = createKeyService({
  transactions: createTransactions(database),
  keys: createKeyRepository(database.db),
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

try {
  if (command === 'create') {
    const requested = values.scope ?? [];
    const invalid = requested.filter((scope) => !scopes.includes(scope as Scope));
    if (requested.length === 0 || invalid.length > 0)
      fail(
        `--scope must be given, one or more of: ${scopes.join(', ')}${invalid.length ? ` (not: ${invalid.join(', ')})` : ''}`,
      );
    const { key, secret } = await keys.create({
      name: values.name ?? `created ${new Date().toISOString()}`,
      scopes: requested as Scope[],
    });
    console.log(`Created key ${key.prefix} (${key.id}) with scopes [${key.scopes.join(', ')}].`);
    console.log('The secret is shown once; send it as "Authorization: Bearer <secret>":');
    console.log(secret);
  } else if (command === 'list') {
    const page = await keys.list({ limit: 100, includeRevoked: values.all ?? false });
    for (const key of page.items) {
      console.log(
        [
          key.prefix,
          key.id,
          key.scopes.join('+'),
          key.name,
          key.revokedAt ? `revoked ${key.revokedAt}` : `last used ${key.lastUsedAt ?? 'never'}`,
        ].join('\t'),
      );
    }
    if (page.nextCursor) console.log('(more keys: use GET /v1/keys to page through all)');
  } else if (command === 'revoke') {
    if (!argument) fail('usage: npm run keys -- revoke <id or prefix>');
    const key = await keys.revoke(argument);
    console.log(`Revoked key ${key.prefix} (${key.id}).`);
  } else {
    fail(
      'usage: npm run keys -- create --scope <read|write|admin> [--scope …] [--name …] | list [--all] | revoke <id or prefix>',
    );
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const { host } = new URL(databaseUrl);
  fail(
    /ECONNREFUSED|P1001|Can't reach database server/.test(message)
      ? `Cannot reach the database at ${host}. Start the API first (npm start) or set DATABASE_URL.`
      : message,
  );
} finally {
  await database.close();
}
