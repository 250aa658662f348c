// `npm run corpus -- --articles 100000 --seed 1`: a deterministic synthetic corpus for benchmarks, written straight
// into a migrated database. See bench/README.md.
import { parseArgs } from 'node:util';
import { generateCorpus, loadCorpus } from '../bench/corpus/load.ts';
import { psqlAvailable, type WriterKind } from '../bench/corpus/writers.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/meridian_bench' },
    reset: { type: 'boolean', default: false },
    'keep-indexes': { type: 'boolean', default: false },
    writer: { type: 'string' },
    'batch-size': { type: 'string', default: '1000' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run corpus -- [options]
  --articles N          articles to generate (default 10000)
  --seed S              integer seed; the same seed and N give byte-identical data (default 1)
  --database-url URL    target database, created and migrated if needed
                        (default postgresql://postgres@127.0.0.1:5432/meridian_bench)
  --reset               empty a database that already holds data (otherwise the run refuses)
  --keep-indexes        maintain indexes and foreign keys row by row (default: drop them for the load and
                        rebuild them at the end, inside the same transaction)
  --writer copy|insert  COPY through psql (default when psql is on the PATH) or INSERT … unnest through pg
  --batch-size N        articles per COPY/INSERT round (default 1000; does not change the data)
  --dry-run             generate and print the digest without a database`);
  process.exit(0);
}

const integer = (name: string, text: string, min: number) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`--${name} must be an integer ≥ ${min}, not ${text}`);
  return value;
};
const writer = (values.writer ?? (psqlAvailable() ? 'copy' : 'insert')) as WriterKind;
if (writer !== 'copy' && writer !== 'insert') throw new Error(`--writer must be copy or insert, not ${values.writer}`);
const options = {
  articles: integer('articles', values.articles, 1),
  seed: integer('seed', values.seed, 0),
  batchSize: integer('batch-size', values['batch-size'], 1),
  log: (line: string) => console.error(`[corpus] ${line}`),
};

if (values['dry-run']) {
  const summary = await generateCorpus(options, async () => {});
  console.log(
    JSON.stringify({ ...summary, articlesPerSecond: Math.round(summary.articles / summary.generateSeconds) }, null, 2),
  );
} else {
  const summary = await loadCorpus({
    ...options,
    databaseUrl: values['database-url'],
    reset: values.reset,
    writer,
    keepIndexes: values['keep-indexes'],
  });
  console.log(JSON.stringify(summary, null, 2));
}
