// The layering the write path relies on, checked over the source: only repositories (and the data layer in src/db)
// touch the Prisma client or run SQL, and every write a repository makes goes through a transaction the caller opened
// with the transaction helper (src/db/transaction.ts) — except the few bookkeeping writes listed below.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return relative === 'src/generated' ? [] : sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The code without its comments (a comment may quote SQL or name the client). */
function code(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const all = sourceFiles('src');
const repositories = all.filter((file) => file.endsWith('.repository.ts'));
/** The data layer (opens the client and the transactions), seeding (a script run before the app), the wiring of repositories. */
const dataLayer = (file: string) =>
  file.startsWith('src/db/') || file.startsWith('src/seed/') || file === 'src/plugins/database.ts';
const wiring = 'src/plugins/services.ts';
/** Services, routes, schemas, plugins, the ingest core and the rest: everything that is neither of the above. */
const aboveRepositories = all.filter((file) => !file.endsWith('.repository.ts') && !dataLayer(file));

/** Modules that give access to the database: the Prisma client (enums are plain values and allowed), pg, the client factory. */
const databaseImports = [
  /from '[./]*(?:\.\.\/)*generated\/prisma\/(?!enums)[^']*'/,
  /from '@prisma\//,
  /from 'pg'/,
  /from '[./]*(?:\.\.\/)*db\/client\.ts'/,
];
const sqlCalls = [
  /\$queryRaw|\$executeRaw|\$transaction|Prisma\.sql/,
  /\.query\s*(?:<[^>]*>)?\s*\(/,
  /['"`]\s*(?:SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS)/,
  // A Prisma model delegate called on a client: tx.claim.findMany(…), db.entity.update(…).
  /\b(?:db|tx|prisma|client)\.[a-z]\w*\.(?:find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\s*\(/,
  /\bapp\.(?:db|sql)\b/,
];

describe('no Prisma client or SQL outside repositories', () => {
  it('finds the files it checks', () => {
    expect(repositories.length).toBeGreaterThanOrEqual(15);
    expect(aboveRepositories).toEqual(
      expect.arrayContaining([
        'src/modules/review/review.service.ts',
        'src/modules/merges/merges.service.ts',
        'src/modules/entities/entities.routes.ts',
        'src/plugins/write-path.ts',
        'src/plugins/idempotency.ts',
        'src/plugins/errors.ts',
      ]),
    );
  });

  it('services, routes, plugins and the rest import neither the Prisma client nor pg', () => {
    const offences = aboveRepositories.flatMap((file) =>
      databaseImports.filter((pattern) => pattern.test(code(file))).map((pattern) => `${file}: ${pattern}`),
    );
    expect(offences).toEqual([]);
  });

  it('services, routes, plugins and the rest run no SQL and call no Prisma delegate (only the wiring passes the client on)', () => {
    const offences = aboveRepositories.flatMap((file) =>
      sqlCalls
        .filter((pattern) => pattern.test(code(file)))
        .filter((pattern) => !(file === wiring && pattern.source.includes('app\\.')))
        .map((pattern) => `${file}: ${pattern}`),
    );
    expect(offences).toEqual([]);
  });

  it('the rules catch what they are meant to', () => {
    const imports = ["import { Prisma } from '../../generated/prisma/client.ts';", "import pg from 'pg';"];
    for (const line of imports)
      expect(
        databaseImports.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    expect(
      databaseImports.some((pattern) => pattern.test("import { EntityType } from '../generated/prisma/enums.ts';")),
    ).toBe(false);
    const calls = [
      'await tx.mention.count({ where: { entityId } })',
      'db.$transaction(async (tx) => {',
      "client.query('UPDATE claims SET version = 1')",
      'await app.db.$queryRaw`SELECT 1`',
      'const text = `SELECT id FROM articles`;',
    ];
    for (const line of calls)
      expect(
        sqlCalls.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    expect(sqlCalls.some((pattern) => pattern.test('await entities.update(id, expected, columns, tx);'))).toBe(false);
    expect(sqlCalls.some((pattern) => pattern.test('request.query.limit'))).toBe(false);
    expect(sqlCalls.some((pattern) => pattern.test("const skipped = ['select', 'option'];"))).toBe(false);
  });
});

describe('every write goes through the transaction helper', () => {
  // Writes a repository makes on the shared client rather than on the transaction it is handed. Bookkeeping only:
  // an Idempotency-Key's claim, release and expiry (its completion rides on the request's transaction), a key's
  // last-use time, an import's heartbeat. Anything else a repository writes takes the caller's transaction client.
  const bookkeeping: Record<string, number> = {
    'src/modules/idempotency/idempotency.repository.ts': 4,
    'src/modules/keys/keys.repository.ts': 1,
    'src/modules/imports/imports.repository.ts': 1,
  };
  const directWrite =
    /\bdb\.(?:\$executeRaw\w*|\$queryRaw(?:<[^`]*?>)?`\s*(?:INSERT|UPDATE|DELETE)|[a-z]\w*\.(?:create|createMany|update|updateMany|delete|deleteMany|upsert)\s*\()/g;

  it('repositories write only through the transaction they are given, bookkeeping aside', () => {
    const counts = Object.fromEntries(
      repositories
        .map((file) => [file, code(file).match(directWrite)?.length ?? 0] as const)
        .filter(([, count]) => count > 0),
    );
    expect(counts).toEqual(bookkeeping);
  });

  it('only the data layer opens transactions', () => {
    const opening = all.filter((file) => !file.startsWith('src/db/') && /\$transaction|'BEGIN'/.test(code(file)));
    expect(opening).toEqual(['src/seed/seed.ts']);
  });
});

describe('module boundaries', () => {
  const modulesRoot = 'src/modules';
  const moduleOf = (file: string) =>
    file.startsWith(`${modulesRoot}/`) ? file.slice(modulesRoot.length + 1).split('/')[0] : undefined;

  /** Module → the other modules it imports from (values and types alike: a type import couples the two as well). */
  function moduleGraph(files: readonly string[], read: (file: string) => string): Map<string, Set<string>> {
    const graph = new Map<string, Set<string>>();
    for (const file of files) {
      const from = moduleOf(file);
      if (!from) continue;
      for (const [, specifier] of read(file).matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
        const to = moduleOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier as string)));
        if (!to || to === from) continue;
        graph.set(from, (graph.get(from) ?? new Set()).add(to));
      }
    }
    return graph;
  }

  function mutualPairs(graph: Map<string, Set<string>>): string[] {
    return [...graph].flatMap(([from, targets]) =>
      [...targets].filter((to) => from < to && graph.get(to)?.has(from)).map((to) => `${from} <-> ${to}`),
    );
  }

  /** The modules that sit on an import cycle of any length (Tarjan's strongly connected components). */
  function modulesOnCycles(graph: Map<string, Set<string>>): string[] {
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onCycle: string[] = [];
    const visit = (node: string) => {
      order.set(node, order.size);
      low.set(node, order.get(node) as number);
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (!order.has(next)) {
          visit(next);
          low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
        } else if (stack.includes(next)) low.set(node, Math.min(low.get(node) as number, order.get(next) as number));
      }
      if (low.get(node) !== order.get(node)) return;
      const component = stack.splice(stack.indexOf(node));
      if (component.length > 1) onCycle.push(...component);
    };
    for (const node of graph.keys()) if (!order.has(node)) visit(node);
    return onCycle.sort();
  }

  const moduleFiles = all.filter((file) => file.startsWith(`${modulesRoot}/`));
  const graph = moduleGraph(moduleFiles, (file) => readFileSync(path.join(root, file), 'utf8'));

  it('no two modules import each other', () => {
    // The one pair left: articles uses ingest's URL canonicalisation and country inference, and the ingest store
    // reads articles' row shape. Ingest is being reworked apart from this change; untangle it there.
    expect(mutualPairs(graph)).toEqual(['articles <-> ingest']);
  });

  it('no new module joins an import cycle', () => {
    // The cycle that remains runs through the navigation routes: /v1/entities/{idOrSlug}/articles (entities imports
    // the article page schema) and /v1/articles/{id}/entities (articles → mentions → entities), plus the ingest pair.
    expect(modulesOnCycles(graph)).toEqual(['articles', 'entities', 'ingest', 'mentions', 'relations']);
  });

  it('the graph rules catch what they are meant to', () => {
    const sources: Record<string, string> = {
      'src/modules/a/a.service.ts': "import { toB } from '../b/b.mappers.ts';",
      'src/modules/b/b.routes.ts':
        "import type { ADto } from '../a/a.schemas.ts';\nimport { x } from '../../lib/x.ts';",
      'src/modules/c/c.service.ts': "import { toA } from '../a/a.mappers.ts';",
      'src/modules/d/d.service.ts': "export { toC } from '../c/c.service.ts';",
    };
    const example = moduleGraph(Object.keys(sources), (file) => sources[file] as string);
    expect(mutualPairs(example)).toEqual(['a <-> b']);
    expect(modulesOnCycles(example)).toEqual(['a', 'b']);
    sources['src/modules/a/a.service.ts'] = "import { toD } from '../d/d.mappers.ts';";
    expect(modulesOnCycles(moduleGraph(Object.keys(sources), (file) => sources[file] as string))).toEqual([
      'a',
      'c',
      'd',
    ]);
  });

  // Telling an id from a slug, and looking a row up by either, is src/lib/id-or-slug.ts's alone.
  const uuidShape = /\{8\}-\[0-9a-f\]\{4\}/i;
  const eitherLookup = /\?\s*(?:await\s+)?[\w.]+\.findById\([^)]*\)\s*:\s*(?:await\s+)?[\w.]+\.findBySlug\(/;

  it('ids and slugs are told apart in one place', () => {
    const offences = all
      .filter((file) => file !== 'src/lib/id-or-slug.ts')
      .flatMap((file) =>
        [uuidShape, eitherLookup].filter((pattern) => pattern.test(code(file))).map((pattern) => `${file}: ${pattern}`),
      );
    expect(offences).toEqual([]);
    expect(uuidShape.test(code('src/lib/id-or-slug.ts'))).toBe(true);
    expect(
      eitherLookup.test(
        'const row = uuidPattern.test(key) ? await entities.findById(key) : await entities.findBySlug(key);',
      ),
    ).toBe(true);
  });

  it('mention offsets are checked in the mentions module only', () => {
    const checkers = all.filter((file) => /mentionOffsetProblem|mentionSpanProblem/.test(code(file)));
    expect(
      checkers.every((file) => file.startsWith('src/modules/mentions/')),
      checkers.join(', '),
    ).toBe(true);
    expect(checkers).toContain('src/modules/mentions/mentions.offsets.ts');
    expect(checkers).toContain('src/modules/mentions/mentions.service.ts');
    // Nothing else words (and so checks) the limit on a mention's length; the ingest pipeline finds its own spans.
    const limits = all.filter((file) => !file.startsWith('src/modules/ingest/') && /spans at most/.test(code(file)));
    expect(limits).toEqual(['src/modules/mentions/mentions.offsets.ts']);
  });
});
