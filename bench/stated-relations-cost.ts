// What proposing stated relations (src/modules/ingest/relations/stated-relations.ts) adds to an import, on one thread:
// prepare() per line, then statedRelationsOfBatch over the prepared lines as the store calls it (per batch of 100),
// and how many relations it proposes (each batch with any costs one more INSERT; none, no statement).
//   npx tsx bench/import-file.ts --articles 2000 --seed 5 > /tmp/a2000.ndjson
//   node --import tsx bench/stated-relations-cost.ts /tmp/a2000.ndjson
import { readFileSync } from 'node:fs';
import { prepareLine } from '../src/modules/imports/prepare-line.ts';
import { buildLinker } from '../src/modules/ingest/linking/gazetteer-cache.ts';
import { linkedKey, type PreparedArticle } from '../src/modules/ingest/prepare.ts';
import { statedRelationsOfBatch } from '../src/modules/ingest/relations/stated-relations.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: bench/stated-relations-cost.ts FILE.ndjson');
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);
const linker = buildLinker([]);
let started = performance.now();
const prepared: PreparedArticle[] = [];
for (const line of lines) {
  const outcome = prepareLine(line, linker, { ner: false });
  if ('prepared' in outcome) prepared.push(outcome.prepared);
}
const prepareMs = performance.now() - started;
// The rows the store builds: one id per article, the linked key standing in for the entity id.
const articles = prepared.map((article, index) => ({ id: String(index), body: article.body }));
const mentions = prepared.flatMap((article, index) =>
  article.mentions.map((mention) => ({
    articleId: String(index),
    entityId: linkedKey(mention.entity),
    field: mention.field,
    start: mention.start,
    end: mention.end,
  })),
);
const rounds = 5;
let proposed = 0;
let batchesWithAny = 0;
const batches: { articles: typeof articles; mentions: typeof mentions }[] = [];
for (let offset = 0; offset < articles.length; offset += 100) {
  const ids = new Set(articles.slice(offset, offset + 100).map((article) => article.id));
  batches.push({
    articles: articles.slice(offset, offset + 100),
    mentions: mentions.filter((mention) => ids.has(mention.articleId)),
  });
}
started = performance.now();
for (let round = 0; round < rounds; round += 1) {
  proposed = 0;
  batchesWithAny = 0;
  for (const batch of batches) {
    const found = statedRelationsOfBatch(batch.articles, batch.mentions);
    proposed += found.length;
    if (found.length > 0) batchesWithAny += 1;
  }
}
const statedMs = (performance.now() - started) / rounds;
console.log(
  `${prepared.length} articles, ${mentions.length} mentions: prepare ${(prepareMs / prepared.length).toFixed(3)} ms/line; ` +
    `stated relations ${(statedMs / prepared.length).toFixed(4)} ms/line (${((100 * statedMs) / prepareMs).toFixed(2)}% of prepare); ` +
    `${proposed} proposed in ${batchesWithAny} of ${Math.ceil(articles.length / 100)} batches`,
);
