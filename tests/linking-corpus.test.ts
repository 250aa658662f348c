// The linking gold corpus (tests/fixtures/linking-gold: real, openly licensed Wikinews articles, hand-annotated, see
// SOURCES.md and GUIDELINES.md) run through the ingest pipeline, with floors that fail on a regression. No database.
//
// The floors sit a little under what the code measured when they were set (bench/linker-results.md, "Issue 12:
// quality on the gold corpus"), so that a change that makes linking worse on either split fails here. `dev` is the
// split tuning looks at; `heldout` is the one results are reported on: nobody reads its errors to tune the linker, so
// its floors only catch regressions. Raise a floor when the measured value rises; never lower one to make a change
// pass without saying why in the commit.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { createPipelineEvaluator, GOLD_DIR, loadCorpus } from '../src/modules/ingest/evaluate-pipeline.ts';
import {
  type CorpusDocument,
  type CorpusReport,
  evaluateCorpus,
} from '../src/modules/ingest/linking/evaluate-corpus.ts';
import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';

const data = loadGazetteerData();
const linker = createLinker(compileGazetteer(data));
const reference = new Map(data.entities.map((entity) => [entity.key, entity]));

interface Floors {
  documents: number;
  /** Mention level, with NER. */
  mentionF1: number;
  mentionPrecision: number;
  countryMentionF1: number;
  personMentionF1: number;
  placeMentionF1: number;
  organizationMentionF1: number;
  eventMentionF1: number;
  /** Document level, countries named once in passing neither required nor counted against. */
  countryPrecision: number;
  countryRecall: number;
  personDocumentF1: number;
  headsLinked: number;
  trackedOfficialsLinked: number;
  /** Every official the gold set marks, members of legislatures, governors, mayors and UN officials included. */
  officialsLinked: number;
  intergovernmentalLinked: number;
  usableProposals: number;
  /** Ceilings: shares of all proposals. */
  maxJunkProposals: number;
  /**
   * Title-prefixed or fragment names: their share of all proposals (null: not held) and their number. The share alone
   * rises when usable proposals become reference links and the fragments stay — session 23's officials and curated
   * organisations took held-out from 430 to 377 proposals with the same 36 fragments — so the number is held too.
   */
  maxTitleOrFragmentProposals: number | null;
  maxTitleOrFragmentCount: number;
}

// Measured on 2026-12-07 at 754fc4d (npm run evaluate:linking -- --split dev|heldout), with NER:
//   dev     mention F1 0.816, P 0.912; country 0.949; person 0.873; place 0.812; organisation 0.687; doc country
//           P 0.932 R 1.000; person doc F1 0.904; heads 0.936; tracked officials 0.925; IGOs 0.957; proposals usable
//           0.846, junk 0.035, title/fragment 0.068
//   heldout mention F1 0.806, P 0.926; country 0.945; person 0.894; place 0.799; organisation 0.642; doc country
//           P 0.949 R 1.000; person doc F1 0.927; heads 0.879; tracked officials 0.855; IGOs 0.815; proposals usable
//           0.843, junk 0.023, title/fragment 0.084
// Raised on 2026-12-07 (session 21: storms, curated events, elections, languages, names split at "and", given names
// alone; tuned on dev): dev mention F1 0.830, P 0.924, country 0.957, person 0.882, organisation 0.692, event 0.703,
// doc country P 0.944, usable 0.870, title/fragment 0.054; heldout mention F1 0.815, P 0.932, country 0.957, event
// 0.511, person 0.892, doc country P 0.963, usable 0.846, title/fragment 0.083. Then IGO names and the US bodies:
// dev organisation 0.700; heldout organisation 0.648, IGOs 0.852, mention F1 0.817.
// Raised on 2026-12-07 (session 23, officials: members of Congress and vice presidents from congress-legislators,
// cabinet ministers beyond foreign and finance from holders21; tuned on dev): dev tracked officials 0.934, all
// officials 0.577 (was 0.375); heldout tracked officials 0.868, all officials 0.555 (was 0.390).
// Raised on 2026-12-07 (session 23, the rest: proposals of declined known names, ports inside longer names, UN
// bodies, 68 organisations and 22 places of the curated list, ministries as institutions; tuned on dev): dev mention
// F1 0.840, P 0.936, country 0.963, person 0.887, place 0.815, organisation 0.715, doc country P 0.953, person doc
// 0.917, IGOs 1.000, title/fragment 0.041 (27); heldout mention F1 0.821, organisation 0.677, IGOs 0.889,
// title/fragment 0.095 (36 of 377: fewer proposals in all, the same 36 fragments as at 0.084 of 430 — held as a number).
// Raised on 2026-12-07 (session 24, names that go on: a head inside a longer name, "of"-fragments, a name split at
// "and" within its sentence, initials, "Don", office words after a connector, ordinary words alone; tuned on dev):
// dev mention P 0.941, title/fragment 0.020 (13 of 650); heldout mention P 0.936, title/fragment 0.082 (30 of 368).
// Then a country's constitution, amendments and embassies as one name, and no "U.S." in "U.S.S.": dev mention P 0.945,
// country 0.970, title/fragment 0.020 (13 of 658); heldout mention P 0.937, F1 0.822, title/fragment 0.084 (31 of 371).
// Raised on 2026-12-07 (session 24, officials: members of 16 legislatures and the Hong Kong and Scottish executives
// from every-politician-scrapers; surname coreference across accents and to the story's person; tuned on dev): dev
// all officials 0.696 (was 0.577), tracked officials 0.943, heads 0.947, person mention F1 0.896, person doc F1 0.930.
// Both together (merged): dev mention F1 0.852, P 0.946, title/fragment 0.022 (13 of 600); heldout mention F1 0.824,
// P 0.936, organisation 0.687, all officials 0.620, heads 0.909, title/fragment 0.089 (32 of 361).
// Then the text's own abbreviations (the shortest run of words the letters abbreviate, proposed when it names a body),
// UN missions, US federal court districts, time zones and short names in capitals: dev mention F1 0.855, P 0.949,
// title/fragment 0.023 (14 of 607); heldout mention F1 0.824, title/fragment 0.091 (33 of 363 — one more than at
// 4583884; still below the 36 this session started from).
// Then picture credits ("Image: …"), "the Trump administration" as one body, a surname's particle ("de Blasio"): dev
// mention F1 0.858, P 0.954, person P 0.972, title/fragment 0.025 (15 of 604); heldout mention F1 0.825, P 0.937,
// person P 0.953, title/fragment 0.090 (33 of 365).
// Then a company before a model number ("Boeing 737") is the product, and a text's abbreviation of a thing that is no
// body names nothing ("AIS") or, for a law, its proposal ("DMCA"): dev mention F1 0.860, P 0.959, organisation 0.749;
// heldout mention F1 0.826, P 0.937, title/fragment 0.090 (33 of 366).
// Then the legislatures, courts, cabinets, armed forces, parties and news organisations of ~90 countries by their
// generic names, read by the story's country (data/curated/national-institutions.csv), a generic name before "of" and
// a name as the head of a longer one, and a quoted nickname inside a name: dev mention F1 0.873, P 0.960,
// organisation 0.799, title/fragment 0.024 (14 of 576); heldout mention F1 0.833, P 0.939, organisation 0.721,
// title/fragment 0.092 (32 of 347). Then a body named in full gives its generic name later (any country), "Labour"
// and India's "Congress" (the party): dev F1 0.874, organisation 0.802; heldout F1 0.835, organisation 0.729.
// Then titles out of reference people's mentions, the title carrying the body's full names, patronymic names, US
// state primaries: dev F1 0.879, P 0.963, person F1 0.923, place 0.831, event 0.711; heldout F1 0.837, P 0.939,
// person 0.893, organisation 0.729, title/fragment 0.091 (32 of 350).
// Raised on 2026-12-07 (session 26: describing words before and honours after a name, facilities named after people,
// al-/el- spellings, hand-compiled heads of state and government before 2000, no place proposal for one ordinary
// word, a body's name going on after "for"/"of"): dev mention F1 0.880, heads 0.957; heldout F1 0.840, P 0.942, person
// 0.897, organisation 0.733, title/fragment 0.081 (28 of 347).
// Raised on 2026-12-08 (session 27: heads of international bodies, central banks, 1975-2005 office holders of 189
// countries, namesakes by office, surnames as written and with particles, names that stop at a sentence's end, a
// surname the document gives a person over a town's; tuned on dev and unseen Wikinews and Medicamentalia text): dev
// heads 0.968, tracked officials 0.962, person doc F1 0.945; heldout person 0.901, person doc F1 0.934, tracked
// officials 0.908, all officials 0.625, usable 0.857, title/fragment 0.076 (26 of 343).
const FLOORS: Record<'dev' | 'heldout', Floors> = {
  dev: {
    documents: 142,
    mentionF1: 0.875,
    mentionPrecision: 0.96,
    countryMentionF1: 0.965,
    personMentionF1: 0.915,
    placeMentionF1: 0.825,
    organizationMentionF1: 0.795,
    eventMentionF1: 0.7,
    countryPrecision: 0.94,
    countryRecall: 0.99,
    personDocumentF1: 0.94,
    headsLinked: 0.96,
    trackedOfficialsLinked: 0.955,
    officialsLinked: 0.69,
    intergovernmentalLinked: 0.97,
    usableProposals: 0.85,
    maxJunkProposals: 0.045,
    maxTitleOrFragmentProposals: 0.025,
    maxTitleOrFragmentCount: 14,
  },
  heldout: {
    documents: 85,
    mentionF1: 0.83,
    mentionPrecision: 0.93,
    countryMentionF1: 0.955,
    personMentionF1: 0.895,
    placeMentionF1: 0.79,
    organizationMentionF1: 0.72,
    eventMentionF1: 0.49,
    countryPrecision: 0.95,
    countryRecall: 0.99,
    personDocumentF1: 0.925,
    headsLinked: 0.86,
    trackedOfficialsLinked: 0.9,
    officialsLinked: 0.6,
    intergovernmentalLinked: 0.87,
    usableProposals: 0.85,
    maxJunkProposals: 0.035,
    maxTitleOrFragmentProposals: null,
    maxTitleOrFragmentCount: 26,
  },
};

describe('the gold corpus', () => {
  it('holds at least 150 English news articles from several years and outlets, each with its licence, and keeps the fixture in the tuning split', () => {
    const dev = loadCorpus('dev');
    const heldout = loadCorpus('heldout');
    const all = [...dev, ...heldout];
    expect(all.filter((document) => document.language === 'en').length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((document) => document.publishedAt?.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((document) => document.outlet)).size).toBeGreaterThanOrEqual(2);
    for (const document of all) expect(document.licence, document.id).toMatch(/\S/u);
    expect(dev.some((document) => document.id === 'peru-fixture')).toBe(true);
    // The splits share no article.
    const devIds = new Set(dev.map((document) => document.id));
    const devUrls = new Set(dev.map((document) => document.url));
    for (const document of heldout) {
      expect(devIds.has(document.id), document.id).toBe(false);
      expect(devUrls.has(document.url), document.url).toBe(false);
    }
  });
});

describe.each(['dev', 'heldout'] as const)('linking on the %s split, through the ingest pipeline', (split) => {
  const floors = FLOORS[split];
  let report: CorpusReport;
  beforeAll(() => {
    report = evaluateCorpus(loadCorpus(split), createPipelineEvaluator(linker, reference, { ner: true }));
  }, 120_000);

  it('reads every annotated document of the split', () => {
    expect(report.documents).toBe(floors.documents);
  });

  it('keeps mention-level precision and F1 per type above their floors', () => {
    const { overall, byType } = report.mentions;
    expect(overall.f1).toBeGreaterThanOrEqual(floors.mentionF1);
    expect(overall.precision).toBeGreaterThanOrEqual(floors.mentionPrecision);
    expect(byType.country!.f1).toBeGreaterThanOrEqual(floors.countryMentionF1);
    expect(byType.person!.f1).toBeGreaterThanOrEqual(floors.personMentionF1);
    expect(byType.place!.f1).toBeGreaterThanOrEqual(floors.placeMentionF1);
    expect(byType.organization!.f1).toBeGreaterThanOrEqual(floors.organizationMentionF1);
    expect(byType.event!.f1).toBeGreaterThanOrEqual(floors.eventMentionF1);
  });

  it('finds the countries an article is about, and few it is not', () => {
    const country = report.documentLevel.byType.country!;
    expect(country.precision).toBeGreaterThanOrEqual(floors.countryPrecision);
    expect(country.recall).toBeGreaterThanOrEqual(floors.countryRecall);
    expect(report.documentLevel.byType.person!.f1).toBeGreaterThanOrEqual(floors.personDocumentF1);
  });

  it('links officials to the reference person in office on the story’s date, and intergovernmental organisations', () => {
    expect(report.officials.headsOfStateOrGovernment.rate).toBeGreaterThanOrEqual(floors.headsLinked);
    expect(report.officials.trackedOffices.rate).toBeGreaterThanOrEqual(floors.trackedOfficialsLinked);
    expect(report.officials.all.rate).toBeGreaterThanOrEqual(floors.officialsLinked);
    expect(report.intergovernmental.rate).toBeGreaterThanOrEqual(floors.intergovernmentalLinked);
  });

  it('proposes usable names: little junk, few titles or fragments, never the wire’s sign-off', () => {
    const { total, usable, junk, titleOrFragment, signOffDocuments } = report.proposals;
    expect(total).toBeGreaterThan(0);
    expect(usable / total).toBeGreaterThanOrEqual(floors.usableProposals);
    expect(junk / total).toBeLessThanOrEqual(floors.maxJunkProposals);
    if (floors.maxTitleOrFragmentProposals !== null)
      expect(titleOrFragment / total).toBeLessThanOrEqual(floors.maxTitleOrFragmentProposals);
    expect(titleOrFragment).toBeLessThanOrEqual(floors.maxTitleOrFragmentCount);
    expect(signOffDocuments).toBe(0);
  });
});

// The Spanish gold documents (dev-es.json, heldout-es.json; SOURCES.md, "Spanish") are scored on their own: loadCorpus
// reads the English files and the Peru fixture only.
function loadSpanishCorpus(split: 'dev' | 'heldout'): CorpusDocument[] {
  const file = path.join(GOLD_DIR, `${split}-es.json`);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as CorpusDocument[]).filter((document) => document.status !== 'raw');
}

interface SpanishFloors {
  documents: number;
  mentionF1: number;
  mentionPrecision: number;
  countryMentionF1: number;
  personMentionF1: number;
  placeMentionF1: number;
  organizationMentionF1: number;
  countryPrecision: number;
  countryRecall: number;
  usableProposals: number;
}

// Measured on 2026-12-07 (npm run evaluate:linking -- --split dev|heldout, "Corpus in Spanish"), with NER:
//   dev     6 documents: mention F1 0.725, P 0.918; country 0.991; person 0.792; place 0.659; organisation 0.265;
//           doc country P 0.960 R 1.000; proposals usable 0.806
//   heldout 2 documents: mention F1 0.709, P 0.918; country 0.951; person 0.780; place 0.718; organisation 0.329;
//           doc country P 1.000 R 1.000; proposals usable 0.800
// Eight documents are few: a floor here moves with one or two mentions. Organisations are the gap (Spanish names and
// abbreviations such as "OMS", "OPS", "Médicos Sin Fronteras" are not in the gazetteer yet).
// Raised on 2026-12-07 (session 23: Spanish abbreviations of IGOs, Spanish city names, present-tense speech verbs,
// ministries as institutions; tuned on dev): dev mention F1 0.834, P 0.946, person 0.847, place 0.750, organisation
// 0.666; heldout mention F1 0.803, P 0.943, person 0.843, place 0.800, organisation 0.622.
const SPANISH_FLOORS: Record<'dev' | 'heldout', SpanishFloors> = {
  dev: {
    documents: 6,
    mentionF1: 0.81,
    mentionPrecision: 0.92,
    countryMentionF1: 0.98,
    personMentionF1: 0.82,
    placeMentionF1: 0.72,
    organizationMentionF1: 0.64,
    countryPrecision: 0.95,
    countryRecall: 0.99,
    usableProposals: 0.78,
  },
  heldout: {
    documents: 2,
    mentionF1: 0.78,
    mentionPrecision: 0.92,
    countryMentionF1: 0.94,
    personMentionF1: 0.8,
    placeMentionF1: 0.76,
    organizationMentionF1: 0.6,
    countryPrecision: 0.99,
    countryRecall: 0.99,
    usableProposals: 0.75,
  },
};

describe('the Spanish gold corpus', () => {
  it('holds Spanish news articles under an open licence, each with its date and URL, none in both splits', () => {
    const dev = loadSpanishCorpus('dev');
    const heldout = loadSpanishCorpus('heldout');
    const all = [...dev, ...heldout];
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const document of all) {
      expect(document.language, document.id).toBe('es');
      expect(document.licence, document.id).toMatch(/^(public domain|CC0 1\.0|CC BY(-SA)? \d\.\d)$/u);
      expect(document.url, document.id).toMatch(/^https:\/\//u);
      expect(document.publishedAt, document.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
    const devUrls = new Set(dev.map((document) => document.url));
    for (const document of heldout) expect(devUrls.has(document.url), document.url).toBe(false);
    // and none of them is in the English files
    const english = new Set([...loadCorpus('all')].map((document) => document.id));
    for (const document of all) expect(english.has(document.id), document.id).toBe(false);
  });
});

describe.each(['dev', 'heldout'] as const)('linking Spanish on the %s split, through the ingest pipeline', (split) => {
  const floors = SPANISH_FLOORS[split];
  let report: CorpusReport;
  beforeAll(() => {
    report = evaluateCorpus(loadSpanishCorpus(split), createPipelineEvaluator(linker, reference, { ner: true }));
  }, 120_000);

  it('reads every annotated document of the split', () => {
    expect(report.documents).toBe(floors.documents);
  });

  it('keeps mention-level precision and F1 per type above their floors', () => {
    const { overall, byType } = report.mentions;
    expect(overall.f1).toBeGreaterThanOrEqual(floors.mentionF1);
    expect(overall.precision).toBeGreaterThanOrEqual(floors.mentionPrecision);
    expect(byType.country!.f1).toBeGreaterThanOrEqual(floors.countryMentionF1);
    expect(byType.person!.f1).toBeGreaterThanOrEqual(floors.personMentionF1);
    expect(byType.place!.f1).toBeGreaterThanOrEqual(floors.placeMentionF1);
    expect(byType.organization!.f1).toBeGreaterThanOrEqual(floors.organizationMentionF1);
  });

  it('finds the countries an article is about, few it is not, and proposes usable names', () => {
    const country = report.documentLevel.byType.country!;
    expect(country.precision).toBeGreaterThanOrEqual(floors.countryPrecision);
    expect(country.recall).toBeGreaterThanOrEqual(floors.countryRecall);
    const { total, usable, signOffDocuments } = report.proposals;
    expect(total).toBeGreaterThan(0);
    expect(usable / total).toBeGreaterThanOrEqual(floors.usableProposals);
    expect(signOffDocuments).toBe(0);
  });
});
