// The stored body of an article: NFC text made of paragraphs separated by exactly one blank line, each paragraph a
// single line with single spaces. The same article scraped twice, as HTML or as text, with CRLF or LF, hard-wrapped
// or not, composed or decomposed accents, normalises to the same string and so to the same content hash — the form
// src/seed/peru-fixture.ts parseFixtureArticle stores for the seeded article.
import { compile } from 'html-to-text';

import { contentHash } from '../../../lib/text.ts';

// Characters that change the hash without changing what a reader sees.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
// Every Unicode space except the line breaks handled below, including no-break and narrow spaces.
const HORIZONTAL_SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu;

// A line where HORIZONTAL_SPACE would change something: one of its other spaces, or two spaces in a row. Elsewhere
// every run is a single ' ' replaced by ' ', so the replace (a new string, one replacement per word) is skipped.
const NOT_SINGLE_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/u;

/** Splits text into normalised paragraphs: blank lines separate paragraphs, single line breaks are hard wraps. */
export function normaliseParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .split(/\n[ \t\u00A0]*\n/u)
    .map((block) =>
      block
        .split('\n')
        .map((line) => (NOT_SINGLE_SPACES.test(line) ? line.replace(HORIZONTAL_SPACE, ' ') : line).trim())
        .filter((line) => line.length > 0)
        .join(' '),
    )
    .filter((paragraph) => paragraph.length > 0);
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** The normalised body of `text` (see the module comment). */
export function normaliseText(text: string): string {
  return joinParagraphs(normaliseParagraphs(text));
}

/** sha256 hex of the normalised body: the Article.contentHash of src/lib/text.ts. */
export function bodyHash(normalisedBody: string): string {
  return contentHash(normalisedBody);
}

// Page furniture that is never article text. Figures go too: their captions repeat or credit, they do not report.
const SKIPPED_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
  'figure',
  'img',
];

// Elements whose tags are evidence that a body is HTML. Angle brackets alone are not: wires put company names and
// tickers in them ("<Strong Point Inc>", "<IBM>"), and a plain text must not lose them to the HTML reader.
const ELEMENTS =
  'a|abbr|article|aside|b|blockquote|body|br|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|' +
  'form|h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|p|pre|q|s|script|section|' +
  'small|span|strong|style|sub|sup|table|tbody|td|th|thead|title|tr|u|ul';
/**
 * Markup: a closing tag (`</p>`), an opening tag alone (`<p>`, `<br/>`) or with an attribute that has a value
 * (`<a href="…">`, `<div class=x>`), a comment or a doctype. Tag names in one case only, as HTML is written: a
 * capitalised word in brackets (`<Strong Point Inc>`) is a name, not a tag.
 */
const MARKUP = new RegExp(
  `<!--|<!doctype\\s|<(/?)(${ELEMENTS})(?:\\s*/?>|\\s+[a-z][\\w:-]*\\s*=)|</(${ELEMENTS})\\s*>`,
  'giu',
);

/** Whether a body declared `auto` is HTML: only real markup counts (see MARKUP). */
export function hasHtmlMarkup(text: string): boolean {
  for (const match of text.matchAll(MARKUP)) {
    const name = match[2] ?? match[3];
    if (name === undefined || name === name.toLowerCase() || name === name.toUpperCase()) return true;
  }
  return false;
}

const blockBreaks = { leadingLineBreaks: 2, trailingLineBreaks: 2 };
// Compiled once: html-to-text's convert() re-merges the options and rebuilds its selector decision tree on every
// call, which was a fifth of the whole import pipeline's CPU (bench/ingest-results.md).
const htmlToText = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    ...SKIPPED_ELEMENTS.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'h1', options: { uppercase: false, ...blockBreaks } },
    { selector: 'h2', options: { uppercase: false, ...blockBreaks } },
    { selector: 'h3', options: { uppercase: false, ...blockBreaks } },
    { selector: 'h4', options: { uppercase: false, ...blockBreaks } },
    { selector: 'h5', options: { uppercase: false, ...blockBreaks } },
    { selector: 'h6', options: { uppercase: false, ...blockBreaks } },
    { selector: 'p', options: blockBreaks },
    { selector: 'div', format: 'block', options: blockBreaks },
    { selector: 'blockquote', format: 'block', options: blockBreaks },
    { selector: 'li', format: 'block', options: blockBreaks },
    { selector: 'ul', format: 'block' },
    { selector: 'ol', format: 'block' },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/**
 * Article HTML to normalised text. Block elements (p, div, li, headings, blockquote) become paragraphs; links keep
 * their text only; tables are read as text. Run the boilerplate stripper on the paragraphs afterwards.
 */
export function htmlToParagraphs(html: string): string[] {
  return normaliseParagraphs(htmlToText(html));
}
