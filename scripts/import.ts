// `npm run import -- file.ndjson [--url URL] [--key-file path] [--no-ner]`: streams an NDJSON file of
// raw articles to POST /v1/imports of a running server, with a progress bar on stderr (bytes sent), then prints the
// import's summary. It always goes through the API — the server does the normalising, deduplication, linking and
// per-line bookkeeping — so the CLI needs nothing but the file, the URL and a key with the `write` scope.
// Re-running it with the same file after an interruption completes the import: stored lines come back `duplicate`.
//
// The key comes from the MERIDIAN_KEY environment variable or from a file (--key-file), never from the command line:
// npm prints a script's arguments in its banner, and every user of the machine can read them in `ps`.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';

// The server this machine's settings start (PORT, HOST), as `npm start` reads them.
const config = loadConfig();
const localHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
const defaultUrl = `http://${localHost.includes(':') ? `[${localHost}]` : localHost}:${config.port}`;

const usage = `Usage: MERIDIAN_KEY=mk_… npm run import -- FILE.ndjson [--url ${defaultUrl}] [--no-ner]
       npm run import -- FILE.ndjson --key-file PATH [--url …] [--no-ner]
  FILE        one JSON article per line: {"url", "title", "body", "bodyFormat"?, "publishedAt"?, "language"?, "source"?}
  MERIDIAN_KEY  an API key with the write scope (npm run keys -- create --scope write), from the environment
  --key-file  or a file holding that key (its first line)
  --url       the server (default ${defaultUrl}, from PORT and HOST)
  --no-ner    skip named-entity proposals (faster; gazetteer linking still runs)`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: defaultUrl },
    // Still parsed, only to refuse it with a reason rather than as an unknown option.
    key: { type: 'string' },
    'key-file': { type: 'string' },
    'no-ner': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.error(usage);
  process.exit(0);
}
if (values.key !== undefined)
  fail(
    '--key is not accepted: a key on the command line is printed in npm’s banner and readable by anyone in `ps`.\n' +
      'Set MERIDIAN_KEY in the environment, or pass --key-file with a file that holds the key (then revoke the key you typed).',
  );
const [file] = positionals;
if (!file) fail(usage);
let key: string | undefined;
if (values['key-file'] !== undefined) {
  try {
    key = readFileSync(values['key-file'], 'utf8').split('\n')[0]?.trim();
  } catch (error) {
    fail(`Cannot read --key-file ${values['key-file']}: ${(error as Error).message}`);
  }
} else {
  // The CLI's own input (like the file name), not a server setting: src/config.ts is the server's.
  key = process.env.MERIDIAN_KEY?.trim();
}
if (!key) fail(`No API key: set MERIDIAN_KEY or pass --key-file.\n\n${usage}`);

const path: string = file;
const total = statSync(path).size;
const started = performance.now();
let sent = 0;
const tty = process.stderr.isTTY;

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
function progress(final = false) {
  const fraction = total === 0 ? 1 : sent / total;
  const width = 30;
  const filled = Math.round(fraction * width);
  const seconds = (performance.now() - started) / 1000;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${megabytes(sent)} / ${megabytes(total)} ${megabytes(sent / Math.max(seconds, 0.001))}/s`;
  if (tty) process.stderr.write(`\r${line}${final ? '\n' : ''}`);
  else if (final) process.stderr.write(`${line}\n`);
}
const timer = setInterval(() => progress(), tty ? 200 : 5_000);
if (!tty) timer.unref();

async function* body() {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    sent += chunk.length;
    yield chunk;
  }
}

const url = new URL('/v1/imports', values.url);
if (values['no-ner']) url.searchParams.set('ner', 'false');
let response: Response;
try {
  response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
    body: body() as unknown as ReadableStream,
    duplex: 'half',
  } as RequestInit);
} catch (error) {
  clearInterval(timer);
  console.error(`\nCould not reach ${values.url}: ${(error as Error).message}`);
  process.exit(1);
}
clearInterval(timer);
progress(true);
const result = (await response.json()) as {
  id?: string;
  state?: string;
  counts?: { created: number; duplicate: number; rejected: number };
  detail?: string;
  location?: string;
};
const seconds = (performance.now() - started) / 1000;
if (!response.ok || !result.counts) {
  console.error(
    `Import failed (${response.status}): ${result.detail ?? JSON.stringify(result)}${result.location ? ` — see ${result.location}` : ''}`,
  );
  process.exit(1);
}
const lines = result.counts.created + result.counts.duplicate + result.counts.rejected;
console.log(
  [
    `import ${result.id}: ${result.state}`,
    `  created   ${result.counts.created}`,
    `  duplicate ${result.counts.duplicate}`,
    `  rejected  ${result.counts.rejected}${result.counts.rejected > 0 ? `  (GET /v1/imports/${result.id}/lines?outcome=rejected)` : ''}`,
    `  ${lines} lines in ${seconds.toFixed(1)} s: ${(lines / seconds).toFixed(1)} articles/s`,
  ].join('\n'),
);
