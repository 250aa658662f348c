// Normalisation: canonical URLs, HTML, whitespace, boilerplate, language, dates, near-duplicates. No database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalArticleUrl } from '../src/modules/ingest/dedup/canonical-url.ts';
import {
  estimateSimilarity,
  fromBytes,
  fromSignedInt32Array,
  lshBandKeys,
  minHashSignature,
  toBytes,
  toSignedInt32Array,
} from '../src/modules/ingest/dedup/near-duplicate.ts';
import { stripBoilerplate } from '../src/modules/ingest/text/boilerplate.ts';
import { splitDateline } from '../src/modules/ingest/text/datelines.ts';
import { parsePublishedAt } from '../src/modules/ingest/text/dates.ts';
import { detectLanguage } from '../src/modules/ingest/text/language.ts';
import {
  bodyHash,
  htmlToParagraphs,
  joinParagraphs,
  normaliseParagraphs,
  normaliseText,
} from '../src/modules/ingest/text/normalise.ts';
import { ORIGINAL_BODY_STANDIN, parseFixtureArticle, readFixtureText } from '../src/seed/peru-fixture.ts';

/** normaliseParagraphs as it was, with the space replace on every line (prepare() now skips it where it changes nothing). */
function referenceNormaliseParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .split(/\n[ \t\u00A0]*\n/u)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ').trim())
        .filter((line) => line.length > 0)
        .join(' '),
    )
    .filter((paragraph) => paragraph.length > 0);
}

const WHITESPACE_PIECES = [
  'a',
  'Perú',
  'e\u0301',
  '.',
  ' ',
  '  ',
  '\t',
  '\v',
  '\f',
  '\u00A0',
  '\u1680',
  '\u2009',
  '\u202F',
  '\u205F',
  '\u3000',
  '\u180E',
  '\n',
  '\n\n',
  '\n \n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u200B',
  '\uFEFF',
  '\u00AD',
  '😀',
];

const raw = readFixtureText();
const fixture = parseFixtureArticle(raw);

describe('normaliseParagraphs', () => {
  it('agrees with the per-line space replace on any text', () => {
    const pieced = fc.array(fc.constantFrom(...WHITESPACE_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(normaliseParagraphs(text)).toEqual(referenceNormaliseParagraphs(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('canonicalArticleUrl', () => {
  it.each([
    ['https://Example.COM:443/a/b/?utm_source=x&b=2&a=1#top', 'https://example.com/a/b?a=1&b=2'],
    ['HTTP://example.com:80/', 'http://example.com/'],
    ['https://example.com/story?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=tw', 'https://example.com/story'],
    ['https://example.com/story/?id=7&UTM_Campaign=z', 'https://example.com/story?id=7'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    ['https://example.com/search?q=b&q=a', 'https://example.com/search?q=a&q=b'],
    [
      'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/',
      'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru',
    ],
  ])('%s → %s', (input, expected) => {
    expect(canonicalArticleUrl(input)).toBe(expected);
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(() => canonicalArticleUrl('ftp://example.com/a')).toThrow();
    expect(() => canonicalArticleUrl('/relative')).toThrow();
  });
});

describe('normalisation and boilerplate on the raw fixture', () => {
  const [title, ...rest] = normaliseParagraphs(raw);
  const { paragraphs: afterDateline, dateline } = splitDateline(rest);
  const stripped = stripBoilerplate(afterDateline);

  it('removes exactly the comment form and gives the seed fixture body and hash', () => {
    expect(title).toBe(fixture.title);
    expect(dateline).toEqual({
      text: 'Misión Verdad, Orinoco Tribune, June 5, 2023 —',
      place: null,
      placeEnd: 0,
      date: { year: 2023, month: 6, day: 5 },
      agency: null,
      calendarDate: '2023-06-05',
    });
    expect(stripped.removed).toEqual([
      { kind: 'comment_form', text: 'Leave a Reply', paragraph: 15 },
      {
        kind: 'comment_form',
        text: 'Your email address will not be published. Required fields are marked *',
        paragraph: 16,
      },
    ]);
    expect(joinParagraphs(stripped.paragraphs)).toBe(fixture.body);
    expect(bodyHash(joinParagraphs(stripped.paragraphs))).toBe(fixture.contentHash);
  });

  it('normalises CRLF, NFD, hard wraps, no-break spaces and zero-width characters to the same body', () => {
    const messy = fixture.body
      .normalize('NFD')
      .replace(/\n\n/gu, '\r\n \r\n')
      .replace('On May 31, the', 'On May\u00A031,\u200B\r\nthe');
    expect(normaliseText(messy)).toBe(fixture.body);
  });

  it('strips share prompts, newsletter pleas, cookie notices and a trailing related-posts list, never prose', () => {
    const paragraphs = [
      'We use cookies to give you the best experience. Accept',
      'The minister said the share of exports rose.',
      'Share this: Facebook Twitter WhatsApp',
      'Subscribe to our newsletter',
      'Read more: Peru votes on troops',
      'Leave a comment is what the editor told readers to do.',
      'Related posts',
      'Chancay port opens',
      'Lithium prices fall',
    ];
    const result = stripBoilerplate(paragraphs);
    expect(result.paragraphs).toEqual([paragraphs[1], paragraphs[5]]);
    expect(result.removed.map((block) => block.kind)).toEqual([
      'cookie_notice',
      'share_prompt',
      'newsletter',
      'related_posts',
      'related_posts',
      'related_posts',
      'related_posts',
    ]);
  });

  it('turns HTML into paragraphs without scripts, styles or navigation', () => {
    const html =
      '<nav><a href="/">Home</a></nav><script>x()</script><h1>Title</h1><p>First <a href="/x">link</a><br>wrapped.</p><ul><li>One</li></ul><footer>©</footer>';
    expect(htmlToParagraphs(html)).toEqual(['Title', 'First link wrapped.', 'One']);
  });
});

describe('detectLanguage', () => {
  it('recognises English and Spanish and says null for short or language-less text', () => {
    expect(detectLanguage(fixture.body)).toBe('en');
    expect(detectLanguage(ORIGINAL_BODY_STANDIN)).toBe('es');
    expect(detectLanguage('Hola, Perú')).toBeNull();
    expect(detectLanguage('Lima, Callao, Loreto, San Martín, Santa Lucía, Huánuco, Ucayali, Pasco')).toBeNull();
  });
});

describe('parsePublishedAt', () => {
  const now = new Date('2024-01-01T12:00:00Z');
  it.each([
    ['2023-06-05T10:00:00-04:00', '2023-06-05T14:00:00.000Z'],
    ['2023-06-05T10:00:00Z', '2023-06-05T10:00:00.000Z'],
    ['Mon, 05 Jun 2023 10:00:00 -0400', '2023-06-05T14:00:00.000Z'],
    ['2024-01-01T12:05:00Z', '2024-01-01T12:05:00.000Z'],
  ])('%s → %s', (value, expected) => {
    expect(parsePublishedAt(value, { now })?.toISOString()).toBe(expected);
  });
  it.each([
    null,
    undefined,
    '',
    'yesterday',
    '2023-06-05T10:00:00',
    '2023-06-05',
    '2023-02-30T10:00:00Z',
    '2024-01-01T13:00:00Z',
  ])('refuses %s without guessing', (value) => {
    expect(parsePublishedAt(value, { now })).toBeNull();
  });
  it('reads a date-only value as local midnight when the source offset is known', () => {
    expect(parsePublishedAt('2023-06-05', { now, sourceUtcOffset: '-04:00' })?.toISOString()).toBe(
      '2023-06-05T04:00:00.000Z',
    );
  });
});

describe('near-duplicate signatures', () => {
  const signature = minHashSignature(fixture.body);
  it('scores identical bodies 1', () => {
    expect(estimateSimilarity(signature, minHashSignature(fixture.body))).toBe(1);
  });
  it('scores a light rewrite high and an unrelated text low', () => {
    const rewrite = fixture.body
      .replace('On May 31,', 'On 31 May,')
      .replace('Firstly, we must point out', 'First, we should note')
      .replace(/Pentagon/gu, 'US Department of Defense')
      .replace('Why is Chancay so important?', 'What makes Chancay important?');
    expect(estimateSimilarity(signature, minHashSignature(rewrite))).toBeGreaterThan(0.75);
    const unrelated = readFixtureText().split('\n').slice(6, 8).join(' ').split(' ').reverse().join(' ');
    expect(estimateSimilarity(signature, minHashSignature(unrelated))).toBeLessThan(0.1);
  });
  it('round-trips through int4[] and bytea forms and gives 32 band keys', () => {
    expect(fromSignedInt32Array(toSignedInt32Array(signature))).toEqual(signature);
    expect(fromBytes(toBytes(signature))).toEqual(signature);
    expect(toBytes(signature)).toHaveLength(512);
    expect(lshBandKeys(signature)).toHaveLength(32);
  });
});
