import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';

// Sentence templates for synthetic article bodies. A template is text with slots in braces: entity slots name
// the article's cast (countries C1–C3, people P1–P2, organizations O1–O2, port PT, place PL, commodity CM, law
// or event LI) and become mentions; value slots (N, PCT, MONEY, YEAR, WEEKDAY, MONTH) become words. `[[` and `]]`
// mark the direct quote inside a claim's sentence.

export const languages = ['en', 'es', 'pt', 'fr'] as const;
export type Language = (typeof languages)[number];

export const entitySlots = ['C1', 'C2', 'C3', 'P1', 'P2', 'O1', 'O2', 'PT', 'PL', 'CM', 'LI'] as const;
export type EntitySlot = (typeof entitySlots)[number];
export const valueSlots = ['N', 'PCT', 'MONEY', 'YEAR', 'WEEKDAY', 'MONTH'] as const;
export type ValueSlot = (typeof valueSlots)[number];

/** The words of one language; every list is index for index a translation of the English one. */
export type PhrasebookText = {
  titles: string[];
  deks: string[];
  subjects: string[];
  verbs: string[];
  objects: string[];
  adverbials: string[];
  entitySentences: string[];
  /** [the sentence in the body (the claim's evidence), the claim restated on its own, or null when the sentence already is]. */
  claims: [sentence: string, text: string | null][];
  weekdays: string[];
  months: string[];
  thousandsSeparator: string;
  reporters: { first: string[]; last: string[] };
};

type ClaimKind = 'quantity' | 'event' | 'attribution' | 'policy' | 'assessment' | 'prediction';

/** What each claim template asserts, the same in every language (index for index with `PhrasebookText.claims`). */
export type ClaimShape = {
  kind: ClaimKind;
  modality: 'asserted' | 'reported' | 'speculative';
  /** Who makes the claim: a person or organization of the cast, or the article's source itself. */
  claimant: 'P1' | 'P2' | 'O1' | 'source';
  subjects: EntitySlot[];
  value: { slot: 'N' | 'PCT' | 'MONEY'; unit: string } | null;
};

export const claimShapes: ClaimShape[] = [
  {
    kind: 'quantity',
    modality: 'reported',
    claimant: 'P1',
    subjects: ['C1', 'CM'],
    value: { slot: 'PCT', unit: 'percent' },
  },
  { kind: 'assessment', modality: 'asserted', claimant: 'P1', subjects: ['C1'], value: null },
  { kind: 'event', modality: 'asserted', claimant: 'source', subjects: ['C1'], value: { slot: 'N', unit: 'troops' } },
  {
    kind: 'prediction',
    modality: 'speculative',
    claimant: 'P2',
    subjects: ['PT'],
    value: { slot: 'N', unit: 'thousand containers per year' },
  },
  {
    kind: 'quantity',
    modality: 'reported',
    claimant: 'O1',
    subjects: ['C1', 'CM'],
    value: { slot: 'PCT', unit: 'percent' },
  },
  { kind: 'assessment', modality: 'asserted', claimant: 'P1', subjects: ['C1', 'C2'], value: null },
  {
    kind: 'quantity',
    modality: 'reported',
    claimant: 'O1',
    subjects: ['C2', 'PT'],
    value: { slot: 'MONEY', unit: 'USD million' },
  },
  { kind: 'prediction', modality: 'speculative', claimant: 'P2', subjects: ['PL'], value: { slot: 'N', unit: 'jobs' } },
  { kind: 'policy', modality: 'asserted', claimant: 'source', subjects: ['O1', 'C2'], value: null },
  {
    kind: 'prediction',
    modality: 'speculative',
    claimant: 'P2',
    subjects: ['C1', 'CM'],
    value: { slot: 'PCT', unit: 'percent' },
  },
];

export type Part =
  | { kind: 'text'; text: string; codePoints: number }
  | { kind: 'entity'; slot: EntitySlot }
  | { kind: 'value'; slot: ValueSlot }
  | { kind: 'quote'; edge: 'start' | 'end' };

export type Template = { parts: Part[]; entitySlots: EntitySlot[]; valueSlots: ValueSlot[]; words: number };

export type Phrasebook = {
  language: Language;
  titles: Template[];
  deks: Template[];
  subjects: Template[];
  verbs: Template[];
  objects: Template[];
  adverbials: Template[];
  entitySentences: Template[];
  claims: { sentence: Template; text: Template | null }[];
  weekdays: string[];
  months: string[];
  thousandsSeparator: string;
  reporters: { first: string[]; last: string[] };
};

/** Unicode code points in a string (what mention offsets count), without allocating an array. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) length--;
  }
  return length;
}

const slotPattern = /\{([A-Z0-9]+)\}|\[\[|\]\]/g;

export function parseTemplate(source: string, capitalise = false): Template {
  const text = capitalise ? source.charAt(0).toLocaleUpperCase() + source.slice(1) : source;
  const parts: Part[] = [];
  const addText = (literal: string) =>
    literal && parts.push({ kind: 'text', text: literal, codePoints: codePointLength(literal) });
  let last = 0;
  for (const match of text.matchAll(slotPattern)) {
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[1];
    if (name === undefined) parts.push({ kind: 'quote', edge: match[0] === '[[' ? 'start' : 'end' });
    else if ((entitySlots as readonly string[]).includes(name))
      parts.push({ kind: 'entity', slot: name as EntitySlot });
    else if ((valueSlots as readonly string[]).includes(name)) parts.push({ kind: 'value', slot: name as ValueSlot });
    else throw new Error(`Unknown slot {${name}} in template: ${source}`);
  }
  addText(text.slice(last));
  const slotsOf = <K extends Part['kind']>(kind: K) => [
    ...new Set(
      parts.flatMap((part) => (part.kind === kind ? [(part as Extract<Part, { kind: 'entity' | 'value' }>).slot] : [])),
    ),
  ];
  return {
    parts,
    entitySlots: slotsOf('entity') as EntitySlot[],
    valueSlots: slotsOf('value') as ValueSlot[],
    words: text.replace(slotPattern, 'x').split(/\s+/).filter(Boolean).length,
  };
}

function compile(language: Language, text: PhrasebookText): Phrasebook {
  const parseAll = (sources: string[], capitalise = false) =>
    sources.map((source) => parseTemplate(source, capitalise));
  return {
    language,
    titles: parseAll(text.titles),
    deks: parseAll(text.deks),
    subjects: parseAll(text.subjects, true),
    verbs: parseAll(text.verbs),
    objects: parseAll(text.objects),
    adverbials: parseAll(text.adverbials),
    entitySentences: parseAll(text.entitySentences),
    claims: text.claims.map(([sentence, restated]) => ({
      sentence: parseTemplate(sentence),
      text: restated === null ? null : parseTemplate(restated),
    })),
    weekdays: text.weekdays,
    months: text.months,
    thousandsSeparator: text.thousandsSeparator,
    reporters: text.reporters,
  };
}

export const phrasebooks: Record<Language, Phrasebook> = {
  en: compile('en', en),
  es: compile('es', es),
  pt: compile('pt', pt),
  fr: compile('fr', fr),
};

/**
 * A plan drawn for one language renders in every other, so the lists must line up: same lengths, and each
 * template uses the same slots as its English original. Checked once at load; a mismatch is a bug in a phrasebook.
 */
function assertParallel(): void {
  const reference = phrasebooks.en;
  const listNames = ['titles', 'deks', 'subjects', 'verbs', 'objects', 'adverbials', 'entitySentences'] as const;
  const sameSlots = (a: Template, b: Template) =>
    [...a.entitySlots].sort().join() === [...b.entitySlots].sort().join() &&
    [...a.valueSlots].sort().join() === [...b.valueSlots].sort().join();
  if (reference.claims.length !== claimShapes.length)
    throw new Error('phrasebook: claims and claimShapes differ in length');
  for (const book of Object.values(phrasebooks)) {
    for (const name of listNames) {
      const list = book[name];
      if (list.length !== reference[name].length)
        throw new Error(
          `phrasebook ${book.language}.${name}: ${list.length} entries, English has ${reference[name].length}`,
        );
      list.forEach((template, index) => {
        if (!sameSlots(template, reference[name][index] as Template))
          throw new Error(`phrasebook ${book.language}.${name}[${index}] uses other slots than English`);
      });
    }
    if (book.claims.length !== reference.claims.length)
      throw new Error(`phrasebook ${book.language}.claims: wrong length`);
    book.claims.forEach((claim, index) => {
      const english = reference.claims[index] as Phrasebook['claims'][number];
      if (!sameSlots(claim.sentence, english.sentence))
        throw new Error(`phrasebook ${book.language}.claims[${index}] uses other slots than English`);
      if (
        (claim.text === null) !== (english.text === null) ||
        (claim.text && english.text && !sameSlots(claim.text, english.text))
      ) {
        throw new Error(
          `phrasebook ${book.language}.claims[${index}]: the restatement differs from English in its slots`,
        );
      }
      const quoted = (template: Template) => template.parts.some((part) => part.kind === 'quote');
      if (quoted(claim.sentence) !== quoted(english.sentence))
        throw new Error(`phrasebook ${book.language}.claims[${index}]: quote marks differ from English`);
    });
    if (book.weekdays.length !== 7 || book.months.length !== 12)
      throw new Error(`phrasebook ${book.language}: weekdays or months incomplete`);
  }
}
assertParallel();
