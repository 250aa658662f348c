/**
 * Extracts English Wikinews articles of November 2004 – January 2005 (public domain: Wikinews
 * articles published before 25 September 2005) from a snapshot of the public repository
 * airKlizz/WikinewsSum — data only: `endataset.json`, which exists in the repository's history
 * (commit 1d985031…), not at HEAD. See tests/fixtures/linking-gold/SOURCES.md.
 *
 *   npx tsx scripts/gold/extract-wikinews-wikinewssum.ts <git-dir-of-snapshot> [commit] > /tmp/wns.json
 *   npx tsx scripts/gold/build.ts /tmp/wns.json
 *
 * The file holds one JSON object a line ({title, text: [wikitext paragraph, …], categories, sources}).
 * The wikitext is rendered to plain text the way the article displays: link and {{w}} templates become
 * their label, other templates, files and categories are dropped, bold/italic quotes removed, HTML
 * entities decoded. Articles whose wikitext was damaged by the repository's own processing (a
 * `{{byline|date=…` template cut together with the start of the first paragraph, or a table comment
 * that lost its "<") are skipped: only articles whose first paragraph is their date line are kept. Selection as for the other Wikinews
 * extracts: at least 80 words (2004 articles are short), at least one geopolitical keyword and no
 * more off-topic keywords than geopolitical ones.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { GEO, OFF_TOPIC, score } from './extract-wikinews-vanatteveldt.js';
import { type GoldDocument, splitFor } from './lib.js';

export const SOURCE = {
  repo: 'airKlizz/WikinewsSum',
  commit: '1d985031625909c908766812e8a18d0c88116ec8',
  file: 'endataset.json',
  outlet: 'Wikinews (English)',
};
/** Wikinews: content published before this date is in the public domain, later content CC BY 2.5. */
const PUBLIC_DOMAIN_BEFORE = '2005-09-25';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DATE = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})$`);

/** Removes every balanced `open…close` construct whose opening matches `start` (e.g. `[[File:`). */
function removeBalanced(text: string, start: RegExp, open: string, close: string): string {
  let out = text;
  for (;;) {
    const m = start.exec(out);
    if (!m) return out;
    let depth = 0;
    let i = m.index;
    for (; i < out.length; i++) {
      if (out.startsWith(open, i)) {
        depth++;
        i += open.length - 1;
      } else if (out.startsWith(close, i)) {
        depth--;
        i += close.length - 1;
        if (depth === 0) break;
      }
    }
    out = out.slice(0, m.index) + out.slice(i + 1);
  }
}

const ENTITIES: Record<string, string> = {
  mdash: '—',
  ndash: '–',
  nbsp: '\u00a0',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  hellip: '…',
  eacute: 'é',
  ouml: 'ö',
  uuml: 'ü',
};
function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/** Renders one wikitext paragraph as displayed text (a paragraph may yield several lines). */
export function renderWikitext(source: string): string[] {
  let s = source.replace(/<!--[\s\S]*?-->/g, '');
  s = removeBalanced(s, /\[\[(?:File|Image|Category|Kategorie):/i, '[[', ']]');
  // interlanguage links ("[[de:…]]") are shown in the sidebar, not in the text
  s = s.replace(/\[\[[a-z]{2,3}(?:-[a-z]+)?:[^\]]*\]\]/g, (m) => (/^\[\[w:/i.test(m) ? m : ''));
  s = s.replace(/<ref[^>]*\/>/gi, '').replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, '');
  s = s.replace(/\{\{date\|([^{}|]*)\}\}/gi, '$1');
  s = s.replace(/\{\{w\|([^{}|]*)\|([^{}]*)\}\}/gi, '$2').replace(/\{\{w\|([^{}|]*)\}\}/gi, '$1');
  // other templates (infoboxes, {{archive}}, {{PD-Article}}…) render nothing here; some closing
  // templates lost their first brace in the repository's processing ("{publish}}")
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\{\{[^{}]*\}\}/g, '');
  }
  s = s.replace(/\{[a-z]+\}\}/gi, '');
  s = s.replace(/\[\[(?:w:|W:|wikipedia:|:)?[^\]|]*\|([^\]]*)\]\]/gi, '$1');
  s = s.replace(/\[\[(?:w:|W:|wikipedia:|:)?([^\]|]*)\]\]/gi, '$1');
  s = s.replace(/\[(?:https?:)?\/\/[^\s\]]+ ([^\]]+)\]/g, '$1').replace(/\[(?:https?:)?\/\/[^\s\]]+\]/g, '');
  s = s.replace(/'''''|'''|''/g, '');
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-z][^>]*>/gi, '');
  s = decodeEntities(s);
  return (
    s
      .split('\n')
      // "----" is a horizontal rule; ":", "*", "#" at the start of a line are indentation and list markup
      .filter((line) => !/^\s*-{4,}\s*$/.test(line))
      .map((line) => line.replace(/^[:*#;]+\s*/, ''))
      // a browser shows runs of spaces as one (e.g. around a link label that ends in a space)
      .map((line) => line.replace(/ {2,}/g, ' ').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
      .filter((line) => line.length > 0)
  );
}

interface Row {
  title: string;
  text: string[];
}

export function main(gitDir: string, commit = SOURCE.commit): GoldDocument[] {
  const resolved = execFileSync('git', [`--git-dir=${gitDir}`, 'rev-parse', commit], { encoding: 'utf8' }).trim();
  const data = execFileSync('git', [`--git-dir=${gitDir}`, 'show', `${resolved}:${SOURCE.file}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const docs: GoldDocument[] = [];
  for (const line of data.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    const wikitext = row.text.join('\n');
    // damaged rows: the cut {{byline|date=…}} swallowed the first paragraph's opening
    if (/byline\|date/i.test(wikitext)) continue;
    const paragraphs = row.text.flatMap(renderWikitext);
    // also damaged: a table whose opening "<!--" lost its "<"
    if (paragraphs.some((p) => /\{\||!--/.test(p))) continue;
    const dateLine = paragraphs[0] ?? '';
    const date = dateLine.match(DATE);
    if (!date) continue;
    const publishedAt = `${date[3]}-${String(MONTHS.indexOf(date[1] as string) + 1).padStart(2, '0')}-${(date[2] as string).padStart(2, '0')}`;
    const title = row.title.trim();
    const body = paragraphs.join('\n\n');
    const words = paragraphs.slice(1).join(' ').split(/\s+/).filter(Boolean).length;
    if (words < 80 || words > 1500) continue;
    const text = `${title}\n${body}`;
    const geo = score(text, GEO);
    const off = score(text, OFF_TOPIC);
    if (geo < 1 || off > geo) continue;
    const url = `https://en.wikinews.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
    const id = `wikinews-en-${publishedAt.slice(0, 4)}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
    const pd = publishedAt < PUBLIC_DOMAIN_BEFORE;
    docs.push({
      id,
      split: splitFor(id),
      language: 'en',
      outlet: SOURCE.outlet,
      url,
      licence: pd ? 'public domain' : 'CC BY 2.5',
      publishedAt,
      title,
      body,
      status: 'raw',
      entities: [],
      mentions: [],
      dateline: { place: null, date: dateLine, agency: null },
      notes: /\{\{PD-Article\}\}/.test(wikitext)
        ? 'The article wikitext carries {{PD-Article}} (public domain).'
        : pd
          ? 'Published before 2005-09-25: public domain under Wikinews policy (no {{PD-Article}} tag in this copy).'
          : '',
      source: { repository: SOURCE.repo, commit: resolved, path: SOURCE.file },
    });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, commit] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: npx tsx scripts/gold/extract-wikinews-wikinewssum.ts <git-dir> [commit]');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(main(gitDir, commit), null, 1)}\n`);
}
