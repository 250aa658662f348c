// `npx tsx bench/import-file.ts --articles 20000 --seed 1 > bench/out/articles.ndjson`: raw articles as NDJSON for
// POST /v1/imports and `npm run import`, made from the synthetic corpus (bench/corpus): realistic multilingual news
// text with entity names, quotes and numbers, its republications and translations. To look like scraped input, about
// half the bodies are HTML with page furniture (navigation, scripts, share prompts) and some text bodies carry a
// comment form after the last paragraph. The same seed and count always give the same bytes.
import { parseArgs } from 'node:util';
import { createArticleGenerator } from './corpus/articles.ts';
import { Random } from './corpus/random.ts';
import { tables } from './corpus/tables.ts';
import { buildWorld } from './corpus/world.ts';

const articleColumn = (name: string) => tables.articles.columns.findIndex(([column]) => column === name);
const sourceColumn = (name: string) => tables.sources.columns.findIndex(([column]) => column === name);

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * NDJSON lines (without the newline) for `count` raw articles; `from` skips the corpus's first articles (to import
 * new articles of the same world into a database `npm run corpus` filled with `from` of them).
 */
export function* importLines(count: number, seed: number, from = 0): Generator<string> {
  const world = buildWorld(seed);
  const domains = new Map(
    world.rows.sources.map((row) => [
      row[sourceColumn('id')] as string,
      new URL(row[sourceColumn('homepage')] as string).hostname,
    ]),
  );
  const generate = createArticleGenerator(world, { seed, articleCount: Math.max(from + count, 1000) });
  const column = {
    url: articleColumn('url'),
    title: articleColumn('title'),
    dek: articleColumn('dek'),
    byline: articleColumn('byline'),
    body: articleColumn('body'),
  };
  const at = {
    language: articleColumn('language'),
    publishedAt: articleColumn('published_at'),
    source: articleColumn('source_id'),
  };
  for (let index = from; index < from + count; index++) {
    const { article } = generate(index);
    const random = new Random(seed, 'import-file', index);
    const text = article[column.body] as string;
    const html = random.chance(0.5);
    const body = html
      ? `<html><head><script>window.analytics=1</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${text
          .split('\n\n')
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
          .join('')}<p>Share this: Facebook Twitter WhatsApp</p></article><footer>© Outlet</footer></body></html>`
      : random.chance(0.3)
        ? `${text}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`
        : text;
    yield JSON.stringify({
      url: article[column.url],
      title: article[column.title],
      ...(article[column.dek] !== null ? { dek: article[column.dek] } : {}),
      ...(article[column.byline] !== null ? { byline: article[column.byline] } : {}),
      body,
      bodyFormat: html ? 'html' : 'text',
      ...(random.chance(0.7) ? { language: article[at.language] } : {}),
      ...(article[at.publishedAt] !== null ? { publishedAt: article[at.publishedAt] } : {}),
      source: { domain: domains.get(article[at.source] as string) },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: '0' },
    },
  });
  const out = process.stdout;
  for (const line of importLines(Number(values.articles), Number(values.seed), Number(values.from))) {
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
}
