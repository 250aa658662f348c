// NER proposals on a 1987 wire corpus (Reuters-21578, SGML files reut2-000.sgm … reut2-021.sgm, not shipped here: it
// is freely available for research, not redistributable with the project). Each story is prepared as POST /v1/imports
// prepares a line with defaults (dateline + body as text, NER on, NER_MIN_CONFIDENCE's default), and the proposals
// are counted: per story, distinct names, single-mention share, stories with the sign-off "Reuter" proposed as a
// person, person names starting with a title word, and recall of the people Reuters tagged each story with (<PEOPLE>:
// a person mention, known or proposed, whose name contains the tagged surname). `--sample FILE` writes 100 proposals
// drawn at random (seeded) with context, for judging by hand.
//   npx tsx bench/ner-wire.ts --dir /path/to/reuters21578 [--stories 1500] [--sample /tmp/sample.txt] [--min 0.5]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker, DEFAULT_MIN_PROPOSAL_CONFIDENCE } from '../src/modules/ingest/linking/linker.ts';
import { linkedKey, prepareArticle } from '../src/modules/ingest/prepare.ts';
import { foldToken } from '../src/modules/ingest/text/tokens.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    stories: { type: 'string', default: '1500' },
    sample: { type: 'string' },
    min: { type: 'string', default: String(DEFAULT_MIN_PROPOSAL_CONFIDENCE) },
  },
});
if (!values.dir) throw new Error('--dir names the folder with reut2-0NN.sgm');

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/&#\d+;/gu, '');
type Story = { id: string; title: string; body: string; people: string[] };
const stories: Story[] = [];
for (let file = 0; file <= 21; file += 1) {
  const text = readFileSync(path.join(values.dir, `reut2-${String(file).padStart(3, '0')}.sgm`), 'latin1');
  for (const match of text.matchAll(/<REUTERS[^>]*NEWID="(\d+)">([\s\S]*?)<\/REUTERS>/gu)) {
    const inner = match[2]!;
    const body = /<BODY>([\s\S]*?)<\/BODY>/u.exec(inner)?.[1];
    if (!body) continue;
    const title = decode(/<TITLE>([\s\S]*?)<\/TITLE>/u.exec(inner)?.[1] ?? 'untitled');
    const dateline = decode(/<DATELINE>([\s\S]*?)<\/DATELINE>/u.exec(inner)?.[1] ?? '').trim();
    const people = [...(/<PEOPLE>(.*?)<\/PEOPLE>/u.exec(inner)?.[1] ?? '').matchAll(/<D>([^<]*)<\/D>/gu)].map(
      (tag) => tag[1]!,
    );
    stories.push({ id: match[1]!, title, body: `${dateline} ${decode(body)}`, people });
  }
}
// Every story Reuters tagged with people, then every seventh of the others, up to --stories.
const chosen = [
  ...stories.filter((story) => story.people.length > 0),
  ...stories.filter((story, index) => story.people.length === 0 && index % 7 === 0),
].slice(0, Number(values.stories));

const linker = createLinker(compileGazetteer(loadGazetteerData()));
const proposals = new Map<
  string,
  { type: string; name: string; stories: Set<string>; mentions: number; context: string }
>();
let perStory = 0;
let signOffStories = 0;
const tagged = new Map<string, { total: number; found: number }>();
for (const story of chosen) {
  const prepared = prepareArticle(
    {
      url: `https://wire.example/${story.id}`,
      title: story.title,
      body: story.body,
      language: 'en',
      publishedAt: '1987-03-01T00:00:00Z',
    },
    linker,
    { ner: true, minProposalConfidence: Number(values.min) },
  );
  const keys = new Set<string>();
  let signOff = false;
  const body = Array.from(prepared.body);
  for (const mention of prepared.mentions) {
    if (mention.entity.status !== 'proposed') continue;
    const key = linkedKey(mention.entity);
    keys.add(key);
    const entry = proposals.get(key) ?? {
      type: mention.entity.type,
      name: mention.entity.name,
      stories: new Set<string>(),
      mentions: 0,
      context: body
        .slice(Math.max(0, mention.start - 60), mention.end + 40)
        .join('')
        .replaceAll('\n', ' '),
    };
    entry.stories.add(story.id);
    entry.mentions += 1;
    proposals.set(key, entry);
    if (mention.entity.type === 'person' && /^reuters?$/iu.test(mention.entity.name)) signOff = true;
  }
  perStory += keys.size;
  if (signOff) signOffStories += 1;
  for (const tag of story.people) {
    const surname = tag.split('-').at(-1)!;
    const counts = tagged.get(tag) ?? { total: 0, found: 0 };
    counts.total += 1;
    if (
      prepared.mentions.some(
        (mention) =>
          mention.entity.type === 'person' &&
          foldToken(mention.entity.name).replaceAll('-', ' ').split(/\s+/u).includes(surname),
      )
    )
      counts.found += 1;
    tagged.set(tag, counts);
  }
}

const all = [...proposals.values()];
const people = all.filter((entry) => entry.type === 'person');
const titleWords = new Set(
  'mr mrs ms dr sir president chairman chancellor minister secretary governor senator sen rep premier prime exchequer treasury finance foreign trade vice deputy general gen king queen prince pope ambassador judge justice mayor director spokesman'.split(
    ' ',
  ),
);
const titled = people.filter((entry) => titleWords.has(foldToken(entry.name.split(/\s+/u)[0]!).replace(/\.$/u, '')));
const percent = (part: number, total: number) => `${((100 * part) / Math.max(1, total)).toFixed(1)}%`;
const found = [...tagged.values()].reduce((sum, counts) => sum + counts.found, 0);
const total = [...tagged.values()].reduce((sum, counts) => sum + counts.total, 0);
console.log(`stories ${chosen.length}; proposals per story ${(perStory / chosen.length).toFixed(2)}`);
console.log(`distinct proposals ${all.length} (people ${people.length})`);
console.log(`single-mention share ${percent(all.filter((entry) => entry.mentions === 1).length, all.length)}`);
console.log(`stories with "Reuter" proposed as a person ${signOffStories} (${percent(signOffStories, chosen.length)})`);
console.log(`people whose name starts with a title word ${titled.length} (${percent(titled.length, people.length)})`);
console.log(`tagged people found ${found}/${total} (${percent(found, total)})`);
for (const tag of ['reagan', 'james-baker', 'volcker', 'lawson', 'nakasone', 'miyazawa', 'balladur', 'kohl'])
  console.log(`  ${tag} ${tagged.get(tag)?.found ?? 0}/${tagged.get(tag)?.total ?? 0}`);

if (values.sample) {
  // A seeded shuffle (mulberry32), so the same code and data draw the same 100.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const keys = [...proposals.keys()].sort();
  for (let index = keys.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [keys[index], keys[other]] = [keys[other]!, keys[index]!];
  }
  const lines = keys.slice(0, 100).map((key) => {
    const entry = proposals.get(key)!;
    return `${entry.type.padEnd(12)} | ${entry.name} | stories ${entry.stories.size} mentions ${entry.mentions} | ${entry.context}`;
  });
  writeFileSync(values.sample, `${lines.join('\n')}\n`);
}
