// `npm run bench:explain`: the query plans behind the benchmark. For the first request of each Meridian scenario
// (the same seeded sample bench/run.ts draws), runs the real app in-process, captures every statement it sends to
// PostgreSQL — through Prisma or plain pg — and prints EXPLAIN (ANALYZE, BUFFERS) of each, as Markdown.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { Random } from './corpus/random.ts';
import { scenarios } from './scenarios.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/meridian_bench' },
    samples: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
  },
});
const databaseUrl = values['database-url'];
const seed = Number(values.seed);
const selected = scenarios.filter(
  (scenario) =>
    scenario.target === 'meridian' && (values.scenario === 'all' || values.scenario.split(',').includes(scenario.name)),
);

// Every statement goes through pg's Client#query (Prisma's adapter and the app's own SQL alike): record them there.
type Statement = { text: string; values: unknown[] };
let captured: Statement[] | null = null;
const clientPrototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const query = clientPrototype.query;
clientPrototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, parameters] = args;
  if (captured) {
    if (typeof config === 'string')
      captured.push({ text: config, values: Array.isArray(parameters) ? parameters : [] });
    else if (config && typeof config === 'object' && 'text' in config) {
      const statement = config as { text: string; values?: unknown[] };
      captured.push({ text: statement.text, values: statement.values ?? [] });
    }
  }
  return query.apply(this, args);
};

const explainer = new pg.Client({ connectionString: databaseUrl });
await explainer.connect();
const app = await buildApp({
  config: { ...loadConfig({}), logLevel: 'warn', bodyLimitBytes: 1024 * 1024, databasePoolMax: 2 },
  databaseUrl,
  logger: false,
});
await app.ready();

/** Long select lists carry no information about the plan; they are shortened to keep the output readable. */
const shorten = (sql: string) => sql.replace(/^SELECT (.{160,}?) FROM /s, 'SELECT … FROM ').replaceAll('"public".', '');

try {
  console.log(`# Query plans (${new URL(databaseUrl).pathname.slice(1)}, ${new Date().toISOString().slice(0, 10)})\n`);
  for (const scenario of selected) {
    const context = {
      query: async <T extends Record<string, unknown>>(sql: string, parameters?: unknown[]) =>
        (await explainer.query<T>(sql, parameters)).rows,
      seed,
      size: Number(values.samples),
      random: new Random(seed, scenario.name),
    };
    const [path] = await scenario.paths(context);
    if (!path) continue;
    // The first request warms caches and Prisma's query plans; the second is the one captured.
    await app.inject({ url: path });
    captured = [];
    const response = await app.inject({ url: path });
    const statements: Statement[] = captured;
    captured = null;
    console.log(`## ${scenario.name}\n\n\`GET ${path}\` → ${response.statusCode}, ${statements.length} statement(s)\n`);
    for (const statement of statements) {
      // Search asks the planner for estimates (EXPLAIN (FORMAT JSON) …): those are shown as sent, not explained again.
      const isExplain = /^\s*EXPLAIN\b/iu.test(statement.text);
      const { rows } = await explainer.query<{ 'QUERY PLAN': unknown }>(
        isExplain ? statement.text : `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
        statement.values,
      );
      const parameters = statement.values.length > 0 ? `\n-- parameters: ${JSON.stringify(statement.values)}` : '';
      console.log(
        `\`\`\`sql\n${shorten(statement.text)}${parameters}\n\`\`\`\n\`\`\`\n${rows.map((row) => (typeof row['QUERY PLAN'] === 'string' ? row['QUERY PLAN'] : JSON.stringify(row['QUERY PLAN']))).join('\n')}\n\`\`\`\n`,
      );
    }
  }
} finally {
  await app.close();
  await explainer.end();
}
