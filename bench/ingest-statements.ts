// `npx tsx bench/ingest-statements.ts bench_ingest_NNN [log file] [top]`: where an import's statement time went, from
// the PostgreSQL log that `STATEMENT_LOG=1 bench/ingest-run.sh …` turns on (log_min_duration_statement = 0 for the
// run's database). Sums each statement's logged durations by its text's first 110 characters (whitespace folded) and
// phase (parse, bind, execute, or a simple-protocol statement), largest first; prints the total as well. Wall-clock
// durations: on a loaded machine every one of them grows, so compare shares, not milliseconds, across runs.
import { readFileSync } from 'node:fs';

const [database, logFile = '/var/log/postgresql/postgresql-15-main.log', top = '30'] = process.argv.slice(2);
if (!database) {
  console.error('usage: npx tsx bench/ingest-statements.ts bench_ingest_NNN [log file] [top]');
  process.exit(1);
}
const entry =
  /^\S+ \S+ \S+ \[\d+\] \S+@(\S+) LOG: {2}duration: ([\d.]+) ms {2}(parse|bind|execute|statement)[^:]*: ?(.*)$/;
const lineStart = /^\d{4}-\d\d-\d\d /;
const lines = readFileSync(logFile, 'utf8').split('\n');
const totals = new Map<string, { ms: number; calls: number }>();
let all = 0;
for (const [index, line] of lines.entries()) {
  const match = entry.exec(line);
  if (!match || match[1] !== database) continue;
  // A statement's text continues on the lines that do not start with a timestamp.
  const text = [match[4]!];
  for (let next = index + 1; next < lines.length && next < index + 25 && !lineStart.test(lines[next]!); next++)
    text.push(lines[next]!.trim());
  const key = `${match[3]!.padEnd(9)} ${text.join(' ').replace(/\s+/g, ' ').slice(0, 110)}`;
  const ms = Number(match[2]);
  const total = totals.get(key) ?? { ms: 0, calls: 0 };
  total.ms += ms;
  total.calls += 1;
  totals.set(key, total);
  all += ms;
}
console.log(`statement time in ${database}: ${Math.round(all)} ms`);
for (const [key, total] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(top)))
  console.log(`${Math.round(total.ms).toString().padStart(8)} ${total.calls.toString().padStart(5)} ${key}`);
