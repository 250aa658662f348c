// prepare() alone, on one thread: the CPU an import worker spends per line (no server, no database).
//   npx tsx bench/import-file.ts --articles 2000 --seed 5 > /tmp/a2000.ndjson
//   node --import tsx bench/prepare-bench.ts /tmp/a2000.ndjson [--rounds 3] [--ner]
// Prints ms per line for each round and a digest of every prepared line: a change that only makes prepare() faster
// must leave the digest as it was (the linker is built from the reference data alone, as on an empty database).
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/prepare-bench.ts FILE
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareLine } from '../src/modules/imports/prepare-line.ts';
import { buildLinker } from '../src/modules/ingest/linking/gazetteer-cache.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' }, ner: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file) throw new Error('usage: bench/prepare-bench.ts FILE.ndjson [--rounds N] [--ner]');
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);
let started = performance.now();
const linker = buildLinker([]);
console.log(`linker built in ${(performance.now() - started).toFixed(0)} ms; ${lines.length} lines`);
for (let round = 0; round < Number(values.rounds); round += 1) {
  const digest = createHash('sha256');
  started = performance.now();
  for (const line of lines) digest.update(JSON.stringify(prepareLine(line, linker, { ner: values.ner })));
  const elapsed = performance.now() - started;
  console.log(
    `round ${round + 1}: ${(elapsed / lines.length).toFixed(3)} ms/line, digest ${digest.digest('hex').slice(0, 16)}`,
  );
}
