import { createHash } from 'node:crypto';
import { slugify } from '../../src/lib/slug.ts';
import { uuidv7At } from './ids.ts';
import {
  claimShapes,
  type EntitySlot,
  type Language,
  languages,
  type Phrasebook,
  phrasebooks,
  type Template,
  type ValueSlot,
} from './phrasebook/index.ts';
import { Random, Zipf } from './random.ts';
import type { Row } from './tables.ts';
import type { World, WorldEntity, WorldSource } from './world.ts';

// One synthetic article: its metadata (when, where, which outlet, whether it republishes or translates an earlier
// article), a language-independent content plan (who appears, which sentences, which claims) and the plan rendered
// into text, tracking the code-point offsets of every mention and claim as it is written.

export type GeneratedArticle = {
  article: Row;
  mentions: Row[];
  claims: Row[];
  claimSubjects: Row[];
  codePoints: number;
  words: number;
  /** The story the article belongs to: the index of the story's first article (see storyOf). */
  story: number;
};

/** Articles are ingested evenly from 2016-01-01 to 2025-10-01 whatever their number, so dates spread over years. */
const timelineStartMs = Date.UTC(2016, 0, 1);
const timelineEndMs = Date.UTC(2025, 9, 1);
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
/**
 * Stories with known membership (bench/stories.ts measures grouping against them): an article that is no copy follows
 * up a story started in the 2 days before it with this probability, reusing its main cast — the first country, person,
 * organisation, port, place and law or event — and, half the time, its title's pattern; otherwise it starts a story.
 * Copies (republications, translations) belong to their original's story. The choice has a random stream of its own,
 * so every article that starts a story is generated exactly as before stories existed.
 */
const followUpShare = 0.35;
const followUpWindowMs = 2 * dayMs;

const languageShare: Record<Language, number> = { en: 0.5, es: 0.3, pt: 0.12, fr: 0.08 };
const claimCountWeights = { 0: 5, 1: 15, 2: 25, 3: 25, 4: 15, 5: 10, 6: 5 };
const claimStatuses = { unverified: 80, verified: 10, disputed: 5, false: 3, misleading: 2 };
const mentionMethods = { gazetteer: 70, ner: 25, manual: 5 };
const bylineJoiners: Record<Language, string> = { en: ' and ', es: ' y ', pt: ' e ', fr: ' et ' };

type Lineage = { kind: 'republication' | 'translation'; originalIndex: number };
type Meta = {
  id: string;
  ingestedAtMs: number;
  language: Language;
  source: WorldSource;
  lineage: Lineage | null;
  random: Random;
};

type Values = Record<ValueSlot, number>;
type PlannedSentence =
  | { kind: 'entity'; template: number; values: Values | null; paragraph: boolean }
  | {
      kind: 'filler';
      subject: number;
      verb: number;
      object: number;
      adverbial: number | null;
      values: Values | null;
      paragraph: boolean;
    }
  | { kind: 'claim'; template: number; values: Values; status: string; paragraph: boolean };
type Plan = { cast: Record<EntitySlot, WorldEntity>; title: number; dek: number | null; sentences: PlannedSentence[] };

type Mention = { entity: WorldEntity; start: number; end: number; surface: string };
type RenderedClaim = {
  template: number;
  values: Values;
  status: string;
  evidenceStart: number;
  evidenceEnd: number;
  quote: string | null;
  text: string;
};
type Rendered = {
  title: string;
  dek: string | null;
  body: string;
  codePoints: number;
  words: number;
  mentions: Mention[];
  claims: RenderedClaim[];
};

const formatThousands = (value: number, separator: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** Appends text while counting code points, so mention offsets are known without rescanning the body. */
class TextBuilder {
  private readonly pieces: string[] = [];
  codePoints = 0;

  append(text: string, codePoints: number): void {
    this.pieces.push(text);
    this.codePoints += codePoints;
  }

  /** Plain ASCII or BMP text whose length in UTF-16 units equals its code points (numbers, separators, names of months). */
  appendSimple(text: string): void {
    this.append(text, text.length);
  }

  get mark(): number {
    return this.pieces.length;
  }

  since(mark: number, until = this.pieces.length): string {
    return this.pieces.slice(mark, until).join('');
  }

  toString(): string {
    return this.pieces.join('');
  }
}

export function createArticleGenerator(world: World, options: { seed: number; articleCount: number }) {
  const { seed, articleCount } = options;
  const stepMs = (timelineEndMs - timelineStartMs) / articleCount;
  if (stepMs < 2)
    throw new RangeError(`at most ${Math.floor((timelineEndMs - timelineStartMs) / 2)} articles fit the timeline`);
  const english = phrasebooks.en;
  const indexZipf = (length: number, exponent: number) =>
    new Zipf(
      Array.from({ length }, (_, index) => index),
      exponent,
    );
  // Flatter than entity popularity: the commonest filler words recur in most articles, none in every sentence.
  const subjects = indexZipf(english.subjects.length, 0.7);
  const verbs = indexZipf(english.verbs.length, 0.6);
  const objects = indexZipf(english.objects.length, 0.7);
  const adverbials = indexZipf(english.adverbials.length, 0.7);

  function metaFor(index: number): Meta {
    const random = new Random(seed, 'meta', index);
    // Strictly increasing: consecutive timestamps are at least stepMs - 1 apart and the jitter stays below stepMs / 2.
    const ingestedAtMs = timelineStartMs + Math.floor(index * stepMs) + Math.floor(random.next() * (stepMs / 2));
    const id = uuidv7At(ingestedAtMs, 0, random);
    if (index >= 20 && random.chance(0.03)) {
      let originalIndex = index - 1 - Math.floor(random.next() ** 3 * Math.min(index - 1, 5_000));
      let original = metaFor(originalIndex);
      // Always point at the first publication, never at another copy.
      if (original.lineage) {
        originalIndex = original.lineage.originalIndex;
        original = metaFor(originalIndex);
      }
      if (random.chance(0.67)) {
        const outlets = world.sourcesByLanguage[original.language];
        let source = outlets.sample(random);
        for (let attempt = 0; attempt < 5 && source === original.source; attempt++) source = outlets.sample(random);
        return {
          id,
          ingestedAtMs,
          language: original.language,
          source,
          lineage: { kind: 'republication', originalIndex },
          random,
        };
      }
      const others = languages.filter((language) => language !== original.language);
      const language = random.pick(others);
      return {
        id,
        ingestedAtMs,
        language,
        source: world.sourcesByLanguage[language].sample(random),
        lineage: { kind: 'translation', originalIndex },
        random,
      };
    }
    const language = random.weighted(languageShare);
    return {
      id,
      ingestedAtMs,
      language,
      source: world.sourcesByLanguage[language].sample(random),
      lineage: null,
      random,
    };
  }

  const storyMemo = new Map<number, number>();
  /** The index of the first article of the story `index` belongs to. */
  function storyOf(index: number): number {
    const known = storyMemo.get(index);
    if (known !== undefined) return known;
    const meta = metaFor(index);
    let story = index;
    if (meta.lineage) story = storyOf(meta.lineage.originalIndex);
    else if (index > 0) {
      const random = new Random(seed, 'story', index);
      if (random.chance(followUpShare)) {
        const reach = Math.max(1, Math.min(index, Math.floor(followUpWindowMs / stepMs)));
        story = storyOf(index - 1 - random.int(0, reach - 1));
      }
    }
    storyMemo.set(index, story);
    return story;
  }

  function drawValues(random: Random): Values {
    return {
      N: Math.round(2 + 4_998 * random.next() ** 3),
      PCT: random.int(1, 80),
      MONEY: Math.round(5 + 2_495 * random.next() ** 2),
      YEAR: random.int(2015, 2026),
      WEEKDAY: random.int(0, 6),
      MONTH: random.int(0, 11),
    };
  }

  function distinct(zipf: Zipf<WorldEntity>, random: Random, taken: WorldEntity[]): WorldEntity {
    for (let attempt = 0; attempt < 20; attempt++) {
      const entity = zipf.sample(random);
      if (!taken.includes(entity)) return entity;
    }
    const entity = zipf.items.find((candidate) => !taken.includes(candidate));
    if (!entity) throw new Error('not enough entities for a cast');
    return entity;
  }

  /** Prefer an entity of the given country (a Peruvian port in an article about Peru), else any. */
  function local(
    groups: Map<string, Zipf<WorldEntity>>,
    global: Zipf<WorldEntity>,
    country: WorldEntity,
    share: number,
    random: Random,
    taken: WorldEntity[],
  ) {
    const group = groups.get(country.country ?? '');
    return group && random.chance(share)
      ? distinct(group.items.length > taken.length ? group : global, random, taken)
      : distinct(global, random, taken);
  }

  function planFor(contentIndex: number): Plan {
    const random = new Random(seed, 'content', contentIndex);
    const C1 = world.countries.sample(random);
    const C2 = distinct(world.countries, random, [C1]);
    const C3 = distinct(world.countries, random, [C1, C2]);
    const P1 = local(world.local.people, world.people, C1, 0.65, random, []);
    const P2 = local(world.local.people, world.people, C2, 0.5, random, [P1]);
    const O1 = world.organizations.sample(random);
    const O2 = distinct(world.organizations, random, [O1]);
    const PT = local(world.local.ports, world.ports, C1, 0.6, random, []);
    const PL = local(world.local.places, world.places, C1, 0.6, random, []);
    const root = storyOf(contentIndex);
    const lead = root === contentIndex ? null : planFor(root);
    const cast = {
      C1,
      C2,
      C3,
      P1,
      P2,
      O1,
      O2,
      PT,
      PL,
      CM: world.commodities.sample(random),
      LI: world.lawsAndEvents.sample(random),
    };
    // A follow-up keeps its story's main cast (drawn above all the same, so the random stream stays as it was).
    if (lead) for (const slot of ['C1', 'P1', 'O1', 'PT', 'PL', 'LI'] as const) cast[slot] = lead.cast[slot];

    const targetWords = 300 + Math.floor(1_050 * random.next() ** 1.5);
    const sentences: PlannedSentence[] = [];
    let words = 0;
    let paragraphLeft = 0;
    const paragraphStart = () => {
      if (paragraphLeft > 0) {
        paragraphLeft--;
        return false;
      }
      paragraphLeft = random.int(2, 5);
      return true;
    };
    const valuesFor = (template: Template) => (template.valueSlots.length > 0 ? drawValues(random) : null);
    while (words < targetWords) {
      if (sentences.length === 0 || random.chance(0.07)) {
        const template = random.int(0, english.entitySentences.length - 1);
        const parsed = english.entitySentences[template] as Template;
        sentences.push({ kind: 'entity', template, values: valuesFor(parsed), paragraph: paragraphStart() });
        words += parsed.words;
      } else {
        const parts = {
          subject: subjects.sample(random),
          verb: verbs.sample(random),
          object: objects.sample(random),
          adverbial: random.chance(0.6) ? adverbials.sample(random) : null,
        };
        const adverbial = parts.adverbial === null ? null : (english.adverbials[parts.adverbial] as Template);
        sentences.push({
          kind: 'filler',
          ...parts,
          values: adverbial ? valuesFor(adverbial) : null,
          paragraph: paragraphStart(),
        });
        words +=
          (english.subjects[parts.subject] as Template).words +
          (english.verbs[parts.verb] as Template).words +
          (english.objects[parts.object] as Template).words +
          (adverbial?.words ?? 0);
      }
    }
    const claimCount = Number(random.weighted(claimCountWeights));
    for (let claim = 0; claim < claimCount; claim++) {
      const position = random.int(1, sentences.length);
      sentences.splice(position, 0, {
        kind: 'claim',
        template: random.int(0, claimShapes.length - 1),
        values: drawValues(random),
        status: random.weighted(claimStatuses),
        paragraph: false,
      });
    }
    const title = random.int(0, english.titles.length - 1);
    return {
      cast,
      title: lead && new Random(seed, 'story-title', contentIndex).chance(0.5) ? lead.title : title,
      dek: random.chance(0.6) ? random.int(0, english.deks.length - 1) : null,
      sentences,
    };
  }

  function render(plan: Plan, contentIndex: number, book: Phrasebook): Rendered {
    const random = new Random(seed, `render-${book.language}`, contentIndex);
    const mentioned = new Set<WorldEntity>();
    const mentions: Mention[] = [];
    const claims: RenderedClaim[] = [];
    const body = new TextBuilder();
    let words = 0;

    const valueText = (slot: ValueSlot, values: Values | null): string => {
      if (!values) throw new Error(`value slot {${slot}} without values`);
      switch (slot) {
        case 'WEEKDAY':
          return book.weekdays[values.WEEKDAY] as string;
        case 'MONTH':
          return book.months[values.MONTH] as string;
        case 'YEAR':
        case 'PCT':
          return String(values[slot]);
        default:
          return formatThousands(values[slot], book.thousandsSeparator);
      }
    };

    /** Writes a template; with `track`, entity slots become mentions (first mention in full, later ones often short). */
    const write = (
      out: TextBuilder,
      template: Template,
      values: Values | null,
      track: boolean,
    ): { quoteStart: number; quoteEnd: number } => {
      let quoteStart = -1;
      let quoteEnd = -1;
      for (const part of template.parts) {
        if (part.kind === 'text') out.append(part.text, part.codePoints);
        else if (part.kind === 'value') out.appendSimple(valueText(part.slot, values));
        else if (part.kind === 'quote' && part.edge === 'start') quoteStart = out.mark;
        else if (part.kind === 'quote') quoteEnd = out.mark;
        else {
          const entity = plan.cast[part.slot];
          const short = entity.short[book.language];
          const surface =
            track && mentioned.has(entity) && short && random.chance(0.6) ? short : entity.full[book.language];
          if (surface.prefix) out.appendSimple(surface.prefix);
          if (track) {
            mentioned.add(entity);
            mentions.push({
              entity,
              start: out.codePoints,
              end: out.codePoints + surface.codePoints,
              surface: surface.text,
            });
          }
          out.append(surface.text, surface.codePoints);
        }
      }
      return { quoteStart, quoteEnd };
    };
    const standalone = (template: Template, values: Values | null) => {
      const out = new TextBuilder();
      write(out, template, values, false);
      const text = out.toString();
      return text.charAt(0).toLocaleUpperCase(book.language) + text.slice(1);
    };

    plan.sentences.forEach((sentence, position) => {
      if (position > 0) body.appendSimple(sentence.paragraph ? '\n\n' : ' ');
      const start = body.codePoints;
      const mark = body.mark;
      if (sentence.kind === 'entity') {
        const template = book.entitySentences[sentence.template] as Template;
        write(body, template, sentence.values, true);
        words += template.words;
      } else if (sentence.kind === 'filler') {
        const parts = [
          book.subjects[sentence.subject],
          book.verbs[sentence.verb],
          book.objects[sentence.object],
          sentence.adverbial === null ? undefined : book.adverbials[sentence.adverbial],
        ];
        parts.forEach((template, index) => {
          if (!template) return;
          if (index > 0) body.appendSimple(' ');
          write(body, template, sentence.values, true);
          words += template.words;
        });
        body.appendSimple('.');
      } else {
        const claim = book.claims[sentence.template] as Phrasebook['claims'][number];
        const { quoteStart, quoteEnd } = write(body, claim.sentence, sentence.values, true);
        words += claim.sentence.words;
        const evidence = body.since(mark);
        claims.push({
          template: sentence.template,
          values: sentence.values,
          status: sentence.status,
          evidenceStart: start,
          evidenceEnd: body.codePoints,
          quote: quoteStart >= 0 ? body.since(quoteStart, quoteEnd) : null,
          text: claim.text ? standalone(claim.text, sentence.values) : evidence,
        });
      }
    });

    return {
      title: standalone(book.titles[plan.title] as Template, null),
      dek: plan.dek === null ? null : standalone(book.deks[plan.dek] as Template, null),
      body: body.toString(),
      codePoints: body.codePoints,
      words,
      mentions,
      claims,
    };
  }

  function publishedAtFor(meta: Meta): number | null {
    const { random, ingestedAtMs } = meta;
    const roll = random.next();
    if (roll < 0.04) return null; // the outlet gave no date
    if (roll < 0.06) return ingestedAtMs - Math.floor((30 + random.next() * 1_970) * dayMs); // archive backfill
    return ingestedAtMs - Math.min(5 * dayMs, Math.floor(-Math.log(1 - random.next()) * 6 * hourMs));
  }

  function byline(meta: Meta): string | null {
    const { random } = meta;
    const reporters = phrasebooks[meta.source.language].reporters;
    const name = () => `${random.pick(reporters.first)} ${random.pick(reporters.last)}`;
    const roll = random.next();
    if (roll < 0.75) return name();
    if (roll < 0.83) return `${name()}${bylineJoiners[meta.source.language]}${name()}`;
    return null;
  }

  return function generate(index: number): GeneratedArticle {
    const meta = metaFor(index);
    const { id, random } = meta;
    const contentIndex = meta.lineage?.originalIndex ?? index;
    const plan = planFor(contentIndex);
    const text = render(plan, contentIndex, phrasebooks[meta.language]);

    const at = new Date(meta.ingestedAtMs).toISOString();
    const publishedAtMs = publishedAtFor(meta);
    const modifiedAtMs =
      publishedAtMs !== null && random.chance(0.08)
        ? publishedAtMs + Math.floor((1 + random.next() * 71) * hourMs)
        : null;
    const dated = new Date(publishedAtMs ?? meta.ingestedAtMs);
    const path = `${dated.getUTCFullYear()}/${String(dated.getUTCMonth() + 1).padStart(2, '0')}/${slugify(text.title).slice(0, 80).replace(/-+$/, '')}-${index.toString(36)}`;
    const originalId = meta.lineage ? metaFor(meta.lineage.originalIndex).id : null;

    const article: Row = [
      id,
      `${meta.source.homepage}${path}`,
      text.title,
      text.dek,
      byline(meta),
      text.body,
      meta.language,
      publishedAtMs === null ? null : new Date(publishedAtMs).toISOString(),
      modifiedAtMs === null ? null : new Date(modifiedAtMs).toISOString(),
      at,
      meta.source.id,
      createHash('sha256').update(text.body, 'utf8').digest('hex'),
      originalId,
      meta.lineage?.kind ?? null,
      at,
      at,
    ];

    const mentions = text.mentions.map((mention, sequence): Row => {
      const method = random.weighted(mentionMethods);
      const confidence =
        method === 'manual'
          ? 1
          : Math.round((method === 'gazetteer' ? 0.9 + random.next() * 0.1 : 0.6 + random.next() * 0.39) * 100) / 100;
      return [
        uuidv7At(meta.ingestedAtMs, sequence, random),
        id,
        mention.entity.id,
        mention.start,
        mention.end,
        mention.surface,
        method,
        confidence,
        at,
        at,
      ];
    });

    const claims: Row[] = [];
    const claimSubjects: Row[] = [];
    text.claims.forEach((claim, sequence) => {
      const shape = claimShapes[claim.template] as (typeof claimShapes)[number];
      const claimId = uuidv7At(meta.ingestedAtMs, sequence, random);
      const claimant = shape.claimant === 'source' ? null : plan.cast[shape.claimant];
      claims.push([
        claimId,
        id,
        claim.text,
        claim.quote,
        claimant?.id ?? null,
        claimant ? null : meta.source.id,
        shape.kind,
        shape.value ? claim.values[shape.value.slot] : null,
        shape.value?.unit ?? null,
        shape.modality,
        claim.evidenceStart,
        claim.evidenceEnd,
        claim.status,
        at,
        at,
      ]);
      for (const subject of new Set(shape.subjects.map((slot) => plan.cast[slot])))
        claimSubjects.push([claimId, subject.id]);
    });

    return {
      article,
      mentions,
      claims,
      claimSubjects,
      codePoints: text.codePoints,
      words: text.words,
      story: storyOf(index),
    };
  };
}
