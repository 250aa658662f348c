import { createHash, type Hash } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createArticleGenerator } from './articles.ts';
import { type Row, type TableName, tableOrder, tables } from './tables.ts';
import { buildWorld } from './world.ts';
import { encodeCopyRows, openWriter, type WriterKind } from './writers.ts';

export type CorpusOptions = { articles: number; seed: number; batchSize: number; log: (line: string) => void };
export type CorpusSummary = {
  articles: number;
  seed: number;
  rows: Record<TableName, number>;
  /** SHA-256 over every table's rows in COPY text form: equal digests mean byte-identical data. */
  digest: string;
  generateSeconds: number;
  averageWords: number;
};

type Sink = (table: TableName, rows: Row[], copyText: string) => Promise<void>;

/**
 * Generates the corpus and hands it to `sink` table by table, parents first: the outlets, entities, aliases and
 * relations (officials' roles among them), then the articles in batches with their mentions, claims and claim subjects.
 */
export async function generateCorpus(options: CorpusOptions, sink: Sink): Promise<CorpusSummary> {
  const started = performance.now();
  const hashes = Object.fromEntries(tableOrder.map((table) => [table, createHash('sha256')])) as Record<
    TableName,
    Hash
  >;
  const rows = Object.fromEntries(tableOrder.map((table) => [table, 0])) as Record<TableName, number>;
  const emit = async (table: TableName, batch: Row[]) => {
    if (batch.length === 0) return;
    const copyText = encodeCopyRows(tables[table], batch);
    hashes[table].update(copyText);
    rows[table] += batch.length;
    await sink(table, batch, copyText);
  };

  const world = buildWorld(options.seed);
  for (const table of ['sources', 'entities', 'entityAliases', 'relations'] as const)
    await emit(table, world.rows[table]);

  const generate = createArticleGenerator(world, { seed: options.seed, articleCount: options.articles });
  let words = 0;
  let lastReport = performance.now();
  for (let first = 0; first < options.articles; first += options.batchSize) {
    const batch = { articles: [] as Row[], mentions: [] as Row[], claims: [] as Row[], claimSubjects: [] as Row[] };
    for (let index = first; index < Math.min(first + options.batchSize, options.articles); index++) {
      const article = generate(index);
      batch.articles.push(article.article);
      batch.mentions.push(...article.mentions);
      batch.claims.push(...article.claims);
      batch.claimSubjects.push(...article.claimSubjects);
      words += article.words;
    }
    for (const table of ['articles', 'mentions', 'claims', 'claimSubjects'] as const) await emit(table, batch[table]);
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      options.log(
        `${rows.articles.toLocaleString('en')} articles, ${rows.mentions.toLocaleString('en')} mentions in ${seconds.toFixed(0)} s (${Math.round(rows.articles / seconds)} articles/s)`,
      );
    }
  }

  // Batch boundaries do not show in the digest: each table is hashed as one stream of rows.
  const digest = createHash('sha256');
  for (const table of tableOrder) digest.update(`${tables[table].name}:${hashes[table].digest('hex')}\n`);
  return {
    articles: options.articles,
    seed: options.seed,
    rows,
    digest: digest.digest('hex'),
    generateSeconds: (performance.now() - started) / 1000,
    averageWords: options.articles > 0 ? words / options.articles : 0,
  };
}

export type LoadOptions = CorpusOptions & {
  databaseUrl: string;
  reset: boolean;
  writer: WriterKind;
  /** Maintain secondary indexes and foreign keys row by row instead of rebuilding them after the load. */
  keepIndexes: boolean;
};
export type LoadSummary = CorpusSummary & {
  writer: WriterKind;
  keepIndexes: boolean;
  seconds: {
    load: number;
    indexes: number;
    cooccurrences: number;
    commit: number;
    vacuumAnalyze: number;
    total: number;
  };
  rowsPerSecond: number;
  databaseBytes: number;
  tableBytes: Record<string, { total: number; heap: number; toast: number; indexes: number }>;
};

const corpusTables = tableOrder.map((table) => tables[table].name);
const tableList = corpusTables.map((name) => `"${name}"`).join(', ');

/**
 * The statement triggers on `mentions` that keep entity_cooccurrences and entity_mention_days exact (see their
 * migrations): disabled for the COPY, the tables rebuilt in one statement each afterwards.
 */
const cooccurrenceTriggers = ['cooccurrence', 'entity_days'].flatMap((name) =>
  ['insert', 'update', 'delete', 'truncate'].map((event) => `mentions_${name}_${event}`),
);

/**
 * The secondary indexes and foreign keys of the corpus tables, as statements that drop and recreate them, read from
 * the catalog so that indexes added by later migrations (a search index, say) are covered too. Primary keys stay:
 * ids arrive in order, so maintaining them costs little, and foreign keys need them.
 */
async function deferrableDefinitions(client: pg.Client): Promise<{ drop: string[]; create: string[] }> {
  const { rows: indexes } = await client.query<{ drop: string; create: string }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS create
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = t.oid)
      ORDER BY t.relname, i.indexrelid::regclass::text`,
    [corpusTables],
  );
  const { rows: foreignKeys } = await client.query<{ drop: string; create: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS create
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
      ORDER BY t.relname, c.conname`,
    [corpusTables],
  );
  // Foreign keys go first and come back last, validated in one pass each, once their indexes exist again.
  return {
    drop: [...foreignKeys, ...indexes].map((row) => row.drop),
    create: [...indexes, ...foreignKeys].map((row) => row.create),
  };
}

/**
 * Migrates the database, refuses one that already holds data unless `reset`, and loads the corpus in a single
 * transaction: an interrupted or failed run leaves the database as it was, indexes included.
 */
export async function loadCorpus(options: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  await applyMigrations(options.databaseUrl);
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  try {
    const { rows: existing } = await admin.query<{ sources: string; entities: string; articles: string }>(
      'SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM articles) AS articles',
    );
    const counts = existing[0] as { sources: string; entities: string; articles: string };
    const empty = Number(counts.sources) + Number(counts.entities) + Number(counts.articles) === 0;
    if (!empty && !options.reset) {
      throw new Error(
        `The database ${new URL(options.databaseUrl).pathname.slice(1)} already holds ${counts.articles} articles, ${counts.entities} entities ` +
          `and ${counts.sources} sources; pass --reset to empty it first (or choose another --database-url).`,
      );
    }
    const deferred = options.keepIndexes ? { drop: [], create: [] } : await deferrableDefinitions(admin);

    const writer = await openWriter(options.writer, options.databaseUrl, [
      // Index builds sort in memory; two parallel workers match the machine's cores.
      "SET maintenance_work_mem = '1GB'",
      'SET max_parallel_maintenance_workers = 2',
      'BEGIN',
      ...(empty ? [] : [`TRUNCATE ${tableList} CASCADE`]),
      ...deferred.drop,
      // The co-occurrence triggers would recount every batch's articles pair by pair; one rebuild at the end is
      // a single GROUP BY (inside the same transaction, so nobody sees the table out of step).
      ...cooccurrenceTriggers.map((trigger) => `ALTER TABLE mentions DISABLE TRIGGER ${trigger}`),
    ]);
    let summary: CorpusSummary;
    const seconds = { load: 0, indexes: 0, cooccurrences: 0, commit: 0, vacuumAnalyze: 0, total: 0 };
    try {
      const loadStarted = performance.now();
      summary = await generateCorpus(options, (table, rows, copyText) => writer.write(tables[table], rows, copyText));
      await writer.reached();
      seconds.load = (performance.now() - loadStarted) / 1000;
      if (deferred.create.length > 0)
        options.log(
          `rows written in ${seconds.load.toFixed(1)} s; rebuilding ${deferred.create.length} indexes and foreign keys…`,
        );
      const indexesStarted = performance.now();
      for (const statement of deferred.create) await writer.execute(statement);
      await writer.reached();
      seconds.indexes = (performance.now() - indexesStarted) / 1000;
      const cooccurrencesStarted = performance.now();
      await writer.execute('SELECT meridian_cooccurrence_rebuild()');
      await writer.execute('SELECT meridian_entity_days_rebuild()');
      for (const trigger of cooccurrenceTriggers)
        await writer.execute(`ALTER TABLE mentions ENABLE TRIGGER ${trigger}`);
      await writer.reached();
      seconds.cooccurrences = (performance.now() - cooccurrencesStarted) / 1000;
      options.log(`entity_cooccurrences and entity_mention_days rebuilt in ${seconds.cooccurrences.toFixed(1)} s`);
      const commitStarted = performance.now();
      // The revisions of every created claim and entity in one set-based statement: left to the deferred per-row
      // trigger, the COMMIT of the 1M corpus took 619 s (2.8M claims, bench/RESULTS.md).
      await writer.execute('SELECT meridian_revision_flush()');
      await writer.execute('COMMIT');
      await writer.reached();
      seconds.commit = (performance.now() - commitStarted) / 1000;
    } finally {
      await writer.close();
    }

    // Fresh statistics for the planner and a visibility map for index-only scans, as a long-running store would have.
    const vacuumStarted = performance.now();
    await admin.query(`VACUUM (ANALYZE) ${tableList}, entity_cooccurrences, entity_mention_days`);
    seconds.vacuumAnalyze = (performance.now() - vacuumStarted) / 1000;
    seconds.total = (performance.now() - started) / 1000;

    const { rows: sizes } = await admin.query<{
      name: string;
      total: string;
      heap: string;
      toast: string;
      indexes: string;
    }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap,
              COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) AS toast, pg_indexes_size(c.oid) AS indexes
         FROM pg_class c WHERE c.relname = ANY($1) AND c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname`,
      [corpusTables],
    );
    const { rows: database } = await admin.query<{ bytes: string }>(
      'SELECT pg_database_size(current_database()) AS bytes',
    );
    const totalRows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    return {
      ...summary,
      writer: options.writer,
      keepIndexes: options.keepIndexes,
      seconds,
      rowsPerSecond: totalRows / (seconds.load + seconds.indexes + seconds.commit),
      databaseBytes: Number(database[0]?.bytes ?? 0),
      tableBytes: Object.fromEntries(
        sizes.map((size) => [
          size.name,
          {
            total: Number(size.total),
            heap: Number(size.heap),
            toast: Number(size.toast),
            indexes: Number(size.indexes),
          },
        ]),
      ),
    };
  } finally {
    await admin.end();
  }
}
