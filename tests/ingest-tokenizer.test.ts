// The fast paths of the ingest CPU pipeline against their plain definitions: the single-pass tokenizer against the
// regex tokenizer it replaced, the trie walk (longest match, lowercase root, case checks), code point offsets on
// accents and astral characters, the two-pass disambiguation, NER limited to candidate sentences, MinHash v2 and the
// bounded language prefix. No database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateSimilarity,
  minHashSignature,
  minHashSignatureOfTokens,
  SIGNATURE_LENGTH,
  SIGNATURE_VERSION,
  shingleJaccard,
} from '../src/modules/ingest/dedup/near-duplicate.ts';
import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker, type LinkedMention } from '../src/modules/ingest/linking/linker.ts';
import { nerSpans, nerSpansIn } from '../src/modules/ingest/linking/ner.ts';
import { detectLanguage, PREFIX_LENGTH } from '../src/modules/ingest/text/language.ts';
import { sliceCodePoints } from '../src/modules/ingest/text/offsets.ts';
import { sentenceRanges } from '../src/modules/ingest/text/sentences.ts';
import { foldToken, tokenize } from '../src/modules/ingest/text/tokens.ts';
import { parseFixtureArticle, readFixtureText } from '../src/seed/peru-fixture.ts';

/** The tokenizer as it was: one regex match per token, NFD per non-ASCII token. */
function referenceTokenize(text: string) {
  const tokens: { start: number; end: number; text: string; folded: string; breakBefore: boolean }[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const lower = match[0].toLowerCase();
    tokens.push({
      start,
      end,
      text: match[0],
      folded: lower.normalize('NFD').replace(/\p{M}/gu, ''),
      breakBefore: tokens.length > 0 && text.slice(previousEnd, start).includes('\n'),
    });
    previousEnd = end;
  }
  return tokens;
}

/** sentenceRanges as it was: matchAll, and three slices per sentence to trim it. */
function referenceSentenceRanges(body: string) {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = body.slice(start, end);
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed.length > 0) ranges.push({ start: start + leading, end: start + leading + trimmed.length });
  };
  const abbreviations = new Set(['no', 'mr', 'u.s', 'ee.uu', 'núm', 'dña']);
  for (const match of body.matchAll(/\n\n|[.!?]+[”"’)\]]*(?=\s+[“"‘([¿¡]?[\p{Lu}\d])/gu)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n\n') {
      const word =
        /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(start, match.index - 12), match.index + 1))?.[1]?.toLowerCase() ??
        null;
      if (word !== null && (abbreviations.has(word) || /^\p{L}$/u.test(word))) continue;
    }
    push(match[0] === '\n\n' ? match.index : end);
    start = end;
  }
  push(body.length);
  return ranges;
}

const SENTENCE_PIECES = [
  'Peru',
  'said',
  'No.',
  'Mr.',
  'U.S.',
  'EE.UU.',
  'Núm.',
  'A.',
  'x.',
  '.',
  '!',
  '?',
  '...',
  '”',
  '’',
  ')',
  '“',
  '¿',
  '(',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\u00A0',
  '\u2003',
  '\u3000',
  '\uFEFF',
  '\u2028',
  '\t',
  '31758',
  'Ñuñoa',
  '𝐀',
  '😀',
  '\uD800',
];

const PIECES = [
  'Perú',
  'Peru',
  'e\u0301',
  '\u0301',
  '😀',
  '🇵🇪',
  '𝐀𝐁',
  '\uD800',
  '\uDC00',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\u00A0',
  '\u2028',
  '\u3000',
  '.',
  ',',
  '“',
  '”',
  '’',
  'Ñuñoa',
  'İstanbul',
  'straße',
  'ǅ',
  '٣٤',
  '中文',
  'U.S.',
  'EE. UU.',
  '-',
  '42',
  'a',
  'Z',
  '\t',
  '\u200B',
  'ﬁ',
];

describe('tokenize', () => {
  it('agrees with the regex tokenizer on any text: offsets, text, folded form and line breaks', () => {
    const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps astral characters whole and folds accents', () => {
    expect(tokenize('😀Perú 𝐀x').map((token) => [token.text, token.folded, token.start, token.end])).toEqual([
      ['😀', '😀', 0, 2],
      ['Perú', 'peru', 2, 6],
      ['𝐀x', '𝐀x', 7, 10],
    ]);
    expect(foldToken('ÑUÑOA')).toBe('nunoa');
    expect(foldToken('Chancay')).toBe('chancay');
  });
});

describe('gazetteer matching', () => {
  const linker = createLinker(compileGazetteer(loadGazetteerData()));
  const keys = (text: string, language: string | null = 'en', ner = false) =>
    linker.link(text, { language, ner }).map((mention) => `${mention.surface}=${keyOf(mention)}`);
  const keyOf = (mention: LinkedMention) =>
    mention.entity.status === 'known' ? mention.entity.key : `new ${mention.entity.type}`;

  it('takes the longest alias among overlapping candidates', () => {
    expect(keys('Papua New Guinea and Guinea-Bissau signed with Equatorial Guinea and Guinea.')).toEqual([
      'Papua New Guinea=country:PG',
      'Guinea-Bissau=country:GW',
      'Equatorial Guinea=country:GQ',
      'Guinea=country:GN',
    ]);
  });

  it('matches multi-word names, but never across a line break', () => {
    expect(keys('The World Customs Organization met in Papua New Guinea.')).toEqual([
      'World Customs Organization=organization:SPRVD0014006',
      'Papua New Guinea=country:PG',
    ]);
    // Each line is read alone: "Guinea", not Papua New Guinea. "Papua New" is a longer capitalised name than the
    // region "Papua" (longer-names.ts), so it names nothing; a line of its own, "Papua" is Indonesia's province.
    expect(keys('Papua New\nGuinea')).toEqual(['Guinea=country:GN']);
    expect(keys('Papua\nNew Guinea')).toEqual(['Papua=place:admin1:ID.36']);
  });

  it('checks case per alias kind: lowercase commodities and demonyms match, capitalised names and abbreviations need their capitals', () => {
    expect(keys('us and US and Us')).toEqual(['US=country:US']);
    expect(keys('LITHIUM and lithium; PERU and Peru; peru.')).toEqual([
      'LITHIUM=commodity:lithium',
      'lithium=commodity:lithium',
      'PERU=country:PE',
      'Peru=country:PE',
    ]);
    expect(keys('el litio peruano', 'es')).toEqual(['litio=commodity:lithium', 'peruano=country:PE']);
  });

  it('gives code point offsets across accents, emoji, flags and astral letters', () => {
    const text = '😀 Perú y 😀 Chile firmaron; el litio boliviano 🇵🇪 llegó a Bogotá. 𝐀 Ñuñoa, Perú.';
    const mentions = linker.link(text, { language: 'es', ner: false });
    expect(mentions.map((mention) => [mention.surface, mention.start, mention.end])).toEqual([
      ['Perú', 2, 6],
      ['Chile', 11, 16],
      ['litio', 30, 35],
      ['boliviano', 36, 45],
      ['Bogotá', 57, 63],
      ['Perú', 74, 78],
    ]);
    for (const mention of mentions) expect(sliceCodePoints(text, mention.start, mention.end)).toBe(mention.surface);
  });

  it('re-resolves with the whole document when a rule reads it: a port established later, a US state named later', () => {
    expect(keys('Chancay was busy. The port of Chancay received ships.')).toEqual([
      'Chancay=port:PECHY',
      'Chancay=port:PECHY',
    ]);
    expect(keys('Chancay was busy. The district of Chancay elected a mayor.')).toEqual([]);
    expect(keys('Georgia voted. Officials in Arizona counted.')).toEqual([
      'Georgia=place:us-state:GA',
      'Arizona=place:us-state:AZ',
    ]);
    expect(keys('Georgia voted. Officials in Tbilisi counted.')).toEqual([
      'Georgia=country:GE',
      'Tbilisi=place:capital:GE:Tbilisi',
    ]);
  });

  it('still tells Lima the city from Lima the surname, and the Pentagon is the Department of Defense', () => {
    expect(keys('Protesters marched through Lima. Mr. Lima said so. Ricardo Lima agreed.')).toEqual([
      'Lima=place:capital:PE:Lima',
    ]);
    expect(keys('The Pentagon said so.')).toEqual(['Pentagon=organization:us-department-of-defense']);
  });

  it('shows compromise only the sentences where a proposal could survive', () => {
    expect(keys('Officials said the deal was fair. Jane Whitfield met officials in Lima.', 'en', true)).toEqual([
      'Jane Whitfield=new person',
      'Lima=place:capital:PE:Lima',
    ]);
    // Sentence-initial articles that the text also writes in lowercase are not names.
    expect(keys('La marine a annoncé un accord. La marine et la banque.', 'fr', true)).toEqual([]);
  });

  it('finds the same NER spans sentence by sentence as over the whole fixture', () => {
    const body = parseFixtureArticle(readFixtureText()).body;
    expect(nerSpansIn(body, sentenceRanges(body))).toEqual(nerSpans(body));
  });
});

describe('sentenceRanges', () => {
  it('agrees with the slicing implementation it replaced on any text (abbreviations among the pieces)', () => {
    const pieced = fc.array(fc.constantFrom(...SENTENCE_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pieced, (text) => {
        expect(sentenceRanges(text)).toEqual(referenceSentenceRanges(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('MinHash v2', () => {
  const body = parseFixtureArticle(readFixtureText()).body;

  it('is version 2 with 128 values and fills every bin, short bodies too', () => {
    expect(SIGNATURE_VERSION).toBe(2);
    for (const text of [body, 'Peru and Chile signed a deal', 'Peru']) {
      const signature = minHashSignature(text);
      expect(signature).toHaveLength(SIGNATURE_LENGTH);
      expect(signature.every((value) => value !== 0xffffffff)).toBe(true);
    }
    expect(minHashSignature('').every((value) => value === 0xffffffff)).toBe(true);
    expect(minHashSignature(' ,. ')).toEqual(minHashSignature(''));
  });

  it("is the same from the tokenizer's tokens as from the body, on any text (prepare() shares one tokenizer pass)", () => {
    expect(minHashSignatureOfTokens(tokenize(body))).toEqual(minHashSignature(body));
    const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(minHashSignatureOfTokens(tokenize(text))).toEqual(minHashSignature(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case and accents, and estimates the Jaccard similarity within a few standard errors', () => {
    expect(minHashSignature(body.toUpperCase())).toEqual(minHashSignature(body));
    expect(minHashSignature('Perú y Bogotá')).toEqual(minHashSignature('PERU Y BOGOTA'));
    const sentences = body.split('. ');
    for (const keep of [0.2, 0.5, 0.8]) {
      const edited = sentences
        .map((sentence, index) => ((index * 7919) % 100 < keep * 100 ? sentence : `${sentence} indeed`))
        .join('. ');
      const estimate = estimateSimilarity(minHashSignature(body), minHashSignature(edited));
      const exact = shingleJaccard(body, edited);
      expect(Math.abs(estimate - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / SIGNATURE_LENGTH) + 0.02);
    }
  });
});

describe('language on a bounded prefix', () => {
  it('decides from the first characters and still refuses short or language-less text', () => {
    const english = parseFixtureArticle(readFixtureText()).body;
    expect(english.length).toBeGreaterThan(PREFIX_LENGTH * 4);
    expect(detectLanguage(english)).toBe('en');
    // What follows the prefix does not change the answer.
    expect(
      detectLanguage(
        `${english.slice(0, PREFIX_LENGTH)} ${'el gobierno de la república y los ministros '.repeat(200)}`,
      ),
    ).toBe('en');
    expect(detectLanguage('Lima, Callao, Loreto, San Martín, Santa Lucía, Huánuco, Ucayali, Pasco')).toBeNull();
    expect(detectLanguage('Hola, Perú')).toBeNull();
  });
});
