// Linker throughput on one core: 1,000-word bodies made of the Peru fixture's sentences, gazetteer only (the
// target: ≥ 2,000 articles/s) and with compromise NER. npx tsx scripts/bench-linker.ts [articles]
import { loadGazetteerData } from '../src/modules/ingest/gazetteer-data.ts';
import { compileGazetteer } from '../src/modules/ingest/gazetteer.ts';
import { createLinker } from '../src/modules/ingest/linker.ts';
import { parseFixtureArticle, readFixtureText } from '../src/seed/peru-fixture.ts';

const articles = Number(process.argv[2] ?? 2000);
const built = performance.now();
const linker = createLinker(compileGazetteer(loadGazetteerData()));
console.log(`gazetteer loaded and compiled in ${((performance.now() - built) / 1000).toFixed(2)} s`);

const words = parseFixtureArticle(readFixtureText()).body.split(/\s+/u);
// Rotating the word list makes each body different, so nothing is served from a warm cache of identical input.
const bodies = Array.from({ length: 50 }, (_, index) => {
  const rotated = [...words.slice(index * 13 % words.length), ...words, ...words];
  return rotated.slice(0, 1000).join(' ');
});

function run(count: number, ner: boolean): number {
  const start = performance.now();
  let mentions = 0;
  for (let index = 0; index < count; index += 1) mentions += linker.link(bodies[index % bodies.length]!, { language: 'en', ner }).length;
  const seconds = (performance.now() - start) / 1000;
  console.log(`${ner ? 'with NER   ' : 'gazetteer  '} ${count} articles of 1,000 words: ${(count / seconds).toFixed(0)} articles/s (${((seconds / count) * 1000).toFixed(2)} ms each, ${(mentions / count).toFixed(0)} mentions each)`);
  return count / seconds;
}

run(200, false); // warm-up
run(articles, false);
run(Math.max(10, Math.floor(articles / 100)), true);
