/**
 * Extracts the English Wikinews articles (2006–2023) of the GUM corpus from a snapshot of the public
 * repository amir-zeldes/gum — data only: `dep/GUM_news_*.conllu` (texts CC BY 2.5 as Wikinews
 * articles, see the repository's LICENSE.txt and tests/fixtures/linking-gold/SOURCES.md).
 *
 *   npx tsx scripts/gold/extract-wikinews-gum.ts <git-dir-of-snapshot> [commit] > /tmp/gum.json
 *   npx tsx scripts/gold/build.ts /tmp/gum.json
 *
 * Text: each sentence's `# text` line (the sentence as written, spacing restored by the corpus), joined
 * by one space within a paragraph (`# newpar`), paragraphs by a blank line. The title is
 * `# meta::title`; sentences inside the title heading, other headings, figures and captions are left
 * out (image captions are not article text, as in the other Wikinews extracts), and so is everything from
 * the "Sources" heading or the "Categories:" line on (the page's source list); a date line that the
 * corpus joined to the first sentence is put back on its own. Selection as for the
 * other Wikinews extracts (80–1,500 words, geopolitical keywords outnumber off-topic ones).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DATE_LINE, GEO, OFF_TOPIC, score } from './extract-wikinews-vanatteveldt.js';
import { type GoldDocument, splitFor } from './lib.js';

export const SOURCE = { repo: 'amir-zeldes/gum', dir: 'dep', pattern: /^dep\/GUM_news_[^/]+\.conllu$/ };
const SKIPPED_BLOCKS = new Set(['head', 'figure', 'caption']);
const END_HEADINGS = /^(Sources?|Related news|External links|References)$/i;

interface Open {
  name: string;
  left: number;
}

/** Paragraphs of one GUM CoNLL-U document, without headings, figures and captions. */
export function paragraphsOf(conllu: string): { meta: Record<string, string>; paragraphs: string[] } {
  const meta: Record<string, string> = {};
  const paragraphs: string[][] = [];
  let stack: Open[] = [];
  for (const line of conllu.split('\n')) {
    const m = line.match(/^# meta::(\w+) = (.*)$/);
    if (m) meta[m[1] as string] = (m[2] as string).trim();
    else if (line === '# newpar') paragraphs.push([]);
    else if (line.startsWith('# newpar_block = ')) {
      // "p (6 s) | figure rend:::"…" (1 s) | caption (1 s)": elements opened here, outermost first
      for (const part of line.slice('# newpar_block = '.length).split(' | ')) {
        const el = part.match(/^(\w+).*\((\d+) s\)\s*$/);
        if (el) stack.push({ name: el[1] as string, left: Number(el[2]) });
      }
    } else if (line.startsWith('# text = ')) {
      const text = line.slice('# text = '.length).trim();
      const skipped = stack.some((o) => SKIPPED_BLOCKS.has(o.name));
      // the "Sources" heading and the category line start the page furniture, not article text
      if ((skipped && END_HEADINGS.test(text)) || (!skipped && text === 'Categories:')) break;
      if (!skipped) paragraphs[paragraphs.length - 1]?.push(text);
      for (const o of stack) o.left--;
      stack = stack.filter((o) => o.left > 0);
    }
  }
  return { meta, paragraphs: paragraphs.filter((p) => p.length > 0).map((p) => p.join(' ')) };
}

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export function main(gitDir: string, commit = 'HEAD'): GoldDocument[] {
  const git = (...args: string[]) =>
    execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const resolved = git('rev-parse', commit).trim();
  const files = git('ls-tree', '-r', '--name-only', resolved, SOURCE.dir)
    .split('\n')
    .filter((f) => SOURCE.pattern.test(f));
  const docs: GoldDocument[] = [];
  for (const file of files) {
    const { meta, paragraphs } = paragraphsOf(git('show', `${resolved}:${file}`));
    // Wikinews shows the date line on its own; GUM's sentence splitter sometimes joined it to the
    // first sentence ("Thursday, May 7, 2015 On Tuesday, …"): give it back its own paragraph
    const joined = paragraphs[0]?.match(new RegExp(`^((?:${WEEKDAYS}), (?:${MONTHS}) \\d{1,2}, \\d{4}) (.+)$`, 's'));
    if (joined) paragraphs.splice(0, 1, joined[1] as string, joined[2] as string);
    const title = meta.title ?? '';
    const url = meta.sourceURL ?? '';
    if (!title || !url.startsWith('https://en.wikinews.org/')) continue;
    const body = paragraphs.join('\n\n');
    const words = body.split(/\s+/).filter(Boolean).length;
    if (words < 80 || words > 1500) continue;
    const text = `${title}\n${body}`;
    const geo = score(text, GEO);
    const off = score(text, OFF_TOPIC);
    if (geo < 1 || off > geo) continue;
    const dateLine = body.match(DATE_LINE)?.[1];
    // the date line is the publication date; dateCreated (the page's creation) is the fallback
    const parsed = dateLine?.match(new RegExp(`(${MONTHS}) (\\d{1,2}), (\\d{4})`));
    const publishedAt = parsed
      ? `${parsed[3]}-${String(MONTHS.split('|').indexOf(parsed[1] as string) + 1).padStart(2, '0')}-${(parsed[2] as string).padStart(2, '0')}`
      : (meta.dateCreated ?? '');
    const id = `wikinews-en-${publishedAt.slice(0, 4)}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
    docs.push({
      id,
      split: splitFor(id),
      language: 'en',
      outlet: 'Wikinews (English)',
      url,
      licence: 'CC BY 2.5',
      publishedAt,
      title,
      body,
      status: 'raw',
      entities: [],
      mentions: [],
      dateline: dateLine ? { place: null, date: dateLine, agency: null } : null,
      notes: `GUM document ${file.replace(/^dep\/|\.conllu$/g, '')}.`,
      source: { repository: SOURCE.repo, commit: resolved, path: file },
    });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, commit] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: npx tsx scripts/gold/extract-wikinews-gum.ts <git-dir> [commit]');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(main(gitDir, commit), null, 1)}\n`);
}
