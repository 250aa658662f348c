/**
 * Extracts the Spanish articles of Medicamentalia (Fundación Ciudadana Civio's investigation into access to
 * medicines and vaccines, https://medicamentalia.org) from a snapshot of the public repository
 * civio/medicamentalia — data only: `_articles/**\/*.es.md`, the site's Jekyll sources (texts CC BY 3.0: the
 * site footer `_includes/footer.html` links "(CC-BY 3.0)" to https://creativecommons.org/licenses/by/3.0/, and
 * the methodology pages say "todos los materiales propios del proyecto son Creative Commons (CC BY)"; see
 * tests/fixtures/linking-gold/SOURCES.md).
 *
 *   npx tsx scripts/gold/extract-medicamentalia.ts <git-dir-of-snapshot> [commit] > /tmp/medicamentalia.json
 *   npx tsx scripts/gold/build.ts /tmp/medicamentalia.json
 *
 * Selection: the articles with a publication date in their front matter (`pub_date`): six on vaccines (2017)
 * and two on contraceptives (2018). Left out: the methodology ("team") pages, graphics, iframes, the "-static"
 * copies of the contraceptives articles, and the 2015 access-to-medicines articles (no date in the sources).
 *
 * Text: the page header's title and subtitle make the title ("Antivacunas. Cuando el problema no es solo de
 * recursos"); the header's description (the dek) is the first paragraph; then the Markdown body, one
 * paragraph per Markdown paragraph, heading or list item, and the text steps of the scrolling graphics (a
 * `<p>` alone in a `<div class="step">`: the article's narration beside the graphic; a step whose text is
 * filled in by the graphic's script is left out). Liquid tags (graphics, videos, pull quotes), other HTML
 * blocks (graphic containers and captions, an embedded tweet and its script) and kramdown attribute lists are
 * dropped; links keep their text; emphasis marks, backslash escapes and HTML tags are removed and entities
 * decoded; runs of spaces are shown as one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type GoldDocument, splitFor } from './lib.js';

export const SOURCE = { repo: 'civio/medicamentalia', dir: '_articles', pattern: /^_articles\/.+\.es\.md$/ };
const SITE = 'https://medicamentalia.org';
const CATEGORIES = new Set(['vacunas', 'anticonceptivos']);

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&mdash;': '—',
  '&ndash;': '–',
  '&lt;': '<',
  '&gt;': '>',
};

/** The front matter's `key: value` pairs (one line each; quotes around the value removed). */
export function frontMatter(source: string): { meta: Record<string, string>; content: string } {
  const m = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) return { meta: {}, content: source };
  const meta: Record<string, string> = {};
  for (const line of (m[1] as string).split('\n')) {
    const kv = line.match(/^([\w-]+):\s*(.*)$/);
    if (kv) meta[kv[1] as string] = (kv[2] as string).trim().replace(/^"(.*)"$/, '$1');
  }
  return { meta, content: m[2] as string };
}

/** Inline Markdown/HTML of one paragraph to plain text. */
export function inlineText(s: string): string {
  let t = s
    .replace(/\{:[^}]*\}|\{#[^}]*\}/g, '') // kramdown attribute lists ({:target="_blank"}) and header ids
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // links keep their text (URLs may hold parentheses)
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]([^*_]+)[*_](?![\p{L}\p{N}])/gu, '$1$2') // *emphasis*, _emphasis_
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  for (const [entity, char] of Object.entries(ENTITIES)) t = t.split(entity).join(char);
  return t.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** The article's paragraphs: Markdown paragraphs, headings and list items, without HTML blocks and Liquid. */
export function paragraphsOf(content: string): string[] {
  const cleaned = content
    .replace(/<blockquote class="twitter-tweet"[\s\S]*?<\/blockquote>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '');
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineText(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  let previous = '';
  for (const raw of cleaned.split('\n')) {
    const line = raw.trim();
    const before = previous;
    if (line !== '') previous = line;
    if (line === '' || /^\{:[^}]*\}$/.test(line)) {
      flush();
      continue;
    }
    if (line.startsWith('<')) {
      flush();
      // the narration of a scrolling graphic: one <p> in a step; one with empty elements is filled by a script
      const step = line.match(/^<p(?: markdown="1")?>(.*)<\/p>$/);
      if (step && /^<div class="step"[^>]*>$/.test(before) && !/<(\w+)\b[^>]*><\/\1>/.test(step[1] as string)) {
        current.push(step[1] as string);
        flush();
      }
      // any other line of HTML: a graphic's container or caption, not article prose
      continue;
    }
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    const item = line.match(/^(?:[-*+]|\d+\.)\s+(.*)$/);
    if (heading || item) {
      flush();
      current.push((heading?.[1] ?? item?.[1]) as string);
      flush();
      continue;
    }
    current.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return paragraphs;
}

export function main(gitDir: string, commit = 'HEAD'): GoldDocument[] {
  const git = (...args: string[]) =>
    execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const resolved = git('rev-parse', commit).trim();
  const files = git('ls-tree', '-r', '--name-only', resolved, SOURCE.dir)
    .split('\n')
    .filter((f) => SOURCE.pattern.test(f));
  const docs: GoldDocument[] = [];
  for (const file of files) {
    const { meta, content } = frontMatter(git('show', `${resolved}:${file}`));
    if (meta.lang !== 'es' || !meta.category || !CATEGORIES.has(meta.category) || /-static$/.test(meta.ref ?? ''))
      continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.pub_date ?? '') || !meta.slug || !meta.title || !meta.subtitle) continue;
    const paragraphs = paragraphsOf(content);
    const words = paragraphs.join(' ').split(/\s+/).length;
    if (words < 300) continue; // a graphic with a caption, not an article
    const url = `${SITE}/${meta.category}/${meta.slug}/`;
    const publishedAt = meta.pub_date as string;
    const id = `medicamentalia-es-${publishedAt.slice(0, 4)}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
    const dek = inlineText(meta.description ?? '');
    docs.push({
      id,
      split: splitFor(id),
      language: 'es',
      outlet: 'Medicamentalia (Civio)',
      url,
      licence: 'CC BY 3.0',
      publishedAt,
      title: `${inlineText(meta.title)}. ${inlineText(meta.subtitle)}`,
      body: [dek, ...paragraphs].filter(Boolean).join('\n\n'),
      status: 'raw',
      entities: [],
      mentions: [],
      dateline: null,
      notes: `Byline: ${inlineText(meta.author ?? '')}. Licence: site footer "(CC-BY 3.0)" (_includes/footer.html) and "todos los materiales propios del proyecto son Creative Commons (CC BY)" (_articles/${meta.category}/team.es.md).`,
      source: { repository: SOURCE.repo, commit: resolved, path: file },
    });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, commit] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: npx tsx scripts/gold/extract-medicamentalia.ts <git-dir> [commit]');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(main(gitDir, commit), null, 1)}\n`);
}
