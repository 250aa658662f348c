// Scores the whole ingest pipeline's linking against the gold corpus (tests/fixtures/linking-gold/*.json: real,
// openly licensed news, hand-annotated; see GUIDELINES.md there). Pure: the caller runs the pipeline and describes
// each predicted entity by its identities (ISO codes, Wikidata ids, normalised names), so the gold set never needs
// the linker's internal keys.
//
// Mention level: a predicted mention is correct when its field and span equal a gold mention's and it names that
// gold entity; precision per predicted type, recall per gold type.
// Document level: the set of entities an article is found to name. Countries also count when inferred (a place's
// country, the dateline); a country the annotator marked `passing` (named once, incidentally) is neither required
// nor an error. Officials: gold people holding an office on the story's date, linked to the right reference person.
// Proposals: every proposed (new) entity is judged against the gold entities of its document — usable, of the wrong
// type, a title-prefixed name or fragment, or junk.
import type { EntityType } from '../../../generated/prisma/enums.ts';

export type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'finance_minister'
  | 'central_bank_governor'
  | 'other_official';

export interface CorpusEntity {
  ref: string;
  type: EntityType;
  name: string;
  /** ISO 3166-1 alpha-2, ISO 3166-3 alpha-4 or a Wikidata id; null when no reference file holds it. */
  id: string | null;
  forms: string[];
  passing?: boolean;
  office?: Office | null;
  intergovernmental?: boolean;
  country?: string | null;
}

export type Field = 'title' | 'body';

export interface CorpusMention {
  field: Field;
  /** Code point offsets into the field. */
  start: number;
  end: number;
  surface: string;
  ref: string;
  kind?: string;
}

export interface CorpusDocument {
  id: string;
  split: 'dev' | 'heldout';
  language: string;
  outlet: string;
  url?: string;
  licence: string;
  publishedAt: string | null;
  title: string;
  body: string;
  status: 'raw' | 'annotated' | 'checked';
  entities: CorpusEntity[];
  mentions: CorpusMention[];
  dateline?: { place: string | null; date: string | null; agency: string | null } | null;
}

export interface PredictedEntity {
  type: EntityType;
  name: string;
  /** Whether the pipeline proposes it as a new entity (not a reference or stored one). */
  proposed: boolean;
  /** What identifies it: codes and ids as the gold set writes them, and `name:<normalised>` for each of its names. */
  identities: readonly string[];
}

export interface PredictedMention {
  field: Field;
  start: number;
  end: number;
  surface: string;
  entity: PredictedEntity;
}

export interface Prediction {
  mentions: PredictedMention[];
  /** Entities known about the article without a mention of their own (a place's country, the dateline's). */
  inferred: PredictedEntity[];
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

export interface ProposalReport {
  total: number;
  usable: number;
  wrongType: number;
  titleOrFragment: number;
  junk: number;
  /** Documents where a news agency's name (the wire's sign-off) was proposed as a person. */
  signOffDocuments: number;
  examples: { documentId: string; name: string; type: string; verdict: string }[];
}

export interface CorpusError {
  documentId: string;
  level: 'mention' | 'document';
  kind: 'false_positive' | 'false_negative';
  type: string;
  surface: string;
  detail: string;
}

export interface CorpusReport {
  documents: number;
  mentions: { overall: Score; byType: Record<string, Score> };
  documentLevel: { byType: Record<string, Score> };
  /** Countries with passing mentions counted like any other (for comparison). */
  countriesStrict: Score;
  /**
   * People holding an office on the story's date, linked to the right reference person: heads of state or
   * government; the offices the reference data tracks (heads, foreign and finance ministers, central-bank governors);
   * and every official, including `other_official` (mayors, police chiefs, UN officials) no reference file holds.
   */
  officials: { headsOfStateOrGovernment: Rate; trackedOffices: Rate; all: Rate };
  intergovernmental: Rate;
  proposals: ProposalReport;
  errors: CorpusError[];
}

/**
 * Lowercase, without diacritics, punctuation folded to spaces, without a leading English article: how names are
 * compared ("The New York Times" and "New York Times" name the same paper; both sides are read the same way).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the (?=\S)/u, '');
}

const AGENCIES = new Set(['reuter', 'reuters', 'ap', 'afp', 'efe', 'europa press', 'ansa', 'dpa', 'upi', 'xinhua']);

/** Words that head a title-prefixed name ("President Obama", "el ministro Pérez"), English and Spanish. */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary chancellor king queen prince princess sheikh emir sultan pope ' +
    'general gen lieutenant colonel col major admiral commander captain sergeant governor senator sen rep ' +
    'representative congressman congresswoman mayor ambassador chairman chairwoman chair director chief judge ' +
    'justice dr mr mrs ms mme sir lord lady dame rev reverend father sister brother bishop cardinal archbishop ' +
    'foreign finance defence defense interior trade economy economic deputy spokesman spokeswoman spokesperson ' +
    'presidente vicepresidente primer primera ministro ministra secretario secretaria canciller rey reina principe ' +
    'princesa general coronel comandante gobernador gobernadora senador senadora diputado diputada alcalde ' +
    'alcaldesa embajador embajadora director directora jefe jefa juez jueza sr sra srta don dona doña el la los las ' +
    'exchequer'
  ).split(/\s+/u),
);

function score(truePositivesPredicted: number, predicted: number, truePositivesGold: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : truePositivesPredicted / predicted;
  const recall = gold === 0 ? 0 : truePositivesGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: truePositivesGold, predicted, gold, precision, recall, f1 };
}

function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total === 0 ? 0 : hits / total };
}

/** Ports are places too: at document level a port found as a place (or the reverse) names the same thing. */
function documentType(type: EntityType): string {
  return type === 'port' ? 'place' : type;
}

/** The identities a gold entity is recognised by: its id, else its names. */
function goldIdentities(entity: CorpusEntity): Set<string> {
  const identities = new Set<string>();
  if (entity.id) identities.add(entity.id);
  for (const name of [entity.name, ...entity.forms]) identities.add(`name:${normaliseName(name)}`);
  return identities;
}

/**
 * Whether a prediction names the gold entity: by id when both have one; by name when the gold entity has no id (a
 * reference the annotator's files did not hold) or the prediction is a proposal (it has no id by construction).
 */
export function names(predicted: PredictedEntity, gold: CorpusEntity): boolean {
  if (gold.id && predicted.identities.includes(gold.id)) return true;
  const predictedHasId = predicted.identities.some((identity) => !identity.startsWith('name:'));
  if (gold.id && predictedHasId) return false;
  const goldNames = goldIdentities(gold);
  return predicted.identities.some((identity) => identity.startsWith('name:') && goldNames.has(identity));
}

function sameType(predicted: PredictedEntity, gold: CorpusEntity): boolean {
  return documentType(predicted.type) === documentType(gold.type);
}

interface Counts {
  tpPredicted: number;
  predicted: number;
  tpGold: number;
  gold: number;
}

class Tally {
  private readonly counts = new Map<string, Counts>();
  bump(type: string, field: keyof Counts) {
    for (const key of [type, '*']) {
      const entry = this.counts.get(key) ?? { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
      entry[field] += 1;
      this.counts.set(key, entry);
    }
  }
  scores(): { overall: Score; byType: Record<string, Score> } {
    const byType: Record<string, Score> = {};
    for (const [type, entry] of this.counts) {
      if (type !== '*') byType[type] = score(entry.tpPredicted, entry.predicted, entry.tpGold, entry.gold);
    }
    const all = this.counts.get('*') ?? { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
    return { overall: score(all.tpPredicted, all.predicted, all.tpGold, all.gold), byType };
  }
}

function judgeProposal(entity: PredictedEntity, gold: readonly CorpusEntity[]): string {
  const name = normaliseName(entity.name);
  const words = name.split(' ');
  const matching = gold.filter((candidate) => goldIdentities(candidate).has(`name:${name}`));
  if (matching.some((candidate) => sameType(entity, candidate))) return 'usable';
  if (matching.length > 0) return 'wrong_type';
  if (entity.type === 'person' && AGENCIES.has(name)) return 'junk';
  const forms = gold.flatMap((candidate) => [candidate.name, ...candidate.forms]).map(normaliseName);
  const within = (part: string, whole: string) => ` ${whole} `.includes(` ${part} `);
  const fragment = forms.some((form) => form !== name && within(name, form));
  const extended = forms.some((form) => form !== name && within(form, name));
  if (fragment || extended || TITLE_WORDS.has(words[0]!)) return 'title_or_fragment';
  return 'junk';
}

/** Countries of the listed places and ports that the document does not list itself, as passing gold countries. */
function impliedCountries(entities: readonly CorpusEntity[]): CorpusEntity[] {
  const listed = new Set(entities.flatMap((entity) => (entity.type === 'country' && entity.id ? [entity.id] : [])));
  const implied = new Map<string, CorpusEntity>();
  for (const entity of entities) {
    const code = entity.country;
    if ((entity.type !== 'place' && entity.type !== 'port') || !code || listed.has(code) || implied.has(code)) continue;
    implied.set(code, { ref: `implied:${code}`, type: 'country', name: code, id: code, forms: [], passing: true });
  }
  return [...implied.values()];
}

export function evaluateCorpus(
  documents: readonly CorpusDocument[],
  predict: (document: CorpusDocument) => Prediction,
): CorpusReport {
  const mentionTally = new Tally();
  const documentTally = new Tally();
  const strict = new Tally();
  const errors: CorpusError[] = [];
  let heads = [0, 0];
  let tracked = [0, 0];
  let officials = [0, 0];
  let igos = [0, 0];
  const proposals: ProposalReport = {
    total: 0,
    usable: 0,
    wrongType: 0,
    titleOrFragment: 0,
    junk: 0,
    signOffDocuments: 0,
    examples: [],
  };

  for (const document of documents) {
    const prediction = predict(document);
    const byRef = new Map(document.entities.map((entity) => [entity.ref, entity]));

    // Mention level.
    const goldMentions = document.mentions.filter((mention) => byRef.has(mention.ref));
    const correct = (predicted: PredictedMention, gold: CorpusMention) =>
      predicted.field === gold.field &&
      predicted.start === gold.start &&
      predicted.end === gold.end &&
      names(predicted.entity, byRef.get(gold.ref)!);
    for (const predicted of prediction.mentions) {
      mentionTally.bump(predicted.entity.type, 'predicted');
      if (goldMentions.some((gold) => correct(predicted, gold)))
        mentionTally.bump(predicted.entity.type, 'tpPredicted');
      else
        errors.push({
          documentId: document.id,
          level: 'mention',
          kind: 'false_positive',
          type: predicted.entity.type,
          surface: predicted.surface,
          detail: `${predicted.field}@${predicted.start} → ${predicted.entity.proposed ? 'new ' : ''}${predicted.entity.name}`,
        });
    }
    for (const gold of goldMentions) {
      const entity = byRef.get(gold.ref)!;
      mentionTally.bump(entity.type, 'gold');
      if (prediction.mentions.some((predicted) => correct(predicted, gold))) mentionTally.bump(entity.type, 'tpGold');
      else
        errors.push({
          documentId: document.id,
          level: 'mention',
          kind: 'false_negative',
          type: entity.type,
          surface: gold.surface,
          detail: `${gold.field}@${gold.start} ${entity.id ?? entity.name}`,
        });
    }

    // Document level: distinct predicted entities (by their first identity) against the gold entities. The country
    // of a place the annotators listed (its `country`) is known about the article too: found, it is no error, but it
    // is not required either — like a country named once in passing.
    const documentEntities = [...document.entities, ...impliedCountries(document.entities)];
    const predictedEntities = new Map<string, PredictedEntity>();
    for (const entity of [...prediction.mentions.map((mention) => mention.entity), ...prediction.inferred]) {
      const key = `${documentType(entity.type)}|${entity.identities[0] ?? normaliseName(entity.name)}`;
      if (!predictedEntities.has(key)) predictedEntities.set(key, entity);
    }
    for (const entity of predictedEntities.values()) {
      const type = documentType(entity.type);
      const matches = documentEntities.filter((gold) => sameType(entity, gold) && names(entity, gold));
      const required = matches.filter((gold) => !gold.passing);
      strict.bump(type, 'predicted');
      if (matches.length > 0) strict.bump(type, 'tpPredicted');
      // A passing country found is not an error, and not a credit either.
      if (matches.length > 0 && required.length === 0) continue;
      documentTally.bump(type, 'predicted');
      if (required.length > 0) documentTally.bump(type, 'tpPredicted');
      else
        errors.push({
          documentId: document.id,
          level: 'document',
          kind: 'false_positive',
          type,
          surface: entity.name,
          detail: entity.proposed ? 'proposed' : (entity.identities[0] ?? ''),
        });
    }
    const found = (gold: CorpusEntity) =>
      [...predictedEntities.values()].some((entity) => sameType(entity, gold) && names(entity, gold));
    for (const gold of document.entities) {
      const type = documentType(gold.type);
      const hit = found(gold);
      strict.bump(type, 'gold');
      if (hit) strict.bump(type, 'tpGold');
      if (gold.passing) continue;
      documentTally.bump(type, 'gold');
      if (hit) documentTally.bump(type, 'tpGold');
      else
        errors.push({
          documentId: document.id,
          level: 'document',
          kind: 'false_negative',
          type,
          surface: gold.name,
          detail: gold.id ?? '',
        });
      const linkedToReference = [...predictedEntities.values()].some(
        (entity) => !entity.proposed && sameType(entity, gold) && names(entity, gold),
      );
      if (gold.type === 'person' && gold.office) {
        const isHead = gold.office === 'head_of_state' || gold.office === 'head_of_government';
        officials = [officials[0]! + (linkedToReference ? 1 : 0), officials[1]! + 1];
        if (isHead) heads = [heads[0]! + (linkedToReference ? 1 : 0), heads[1]! + 1];
        if (gold.office !== 'other_official') tracked = [tracked[0]! + (linkedToReference ? 1 : 0), tracked[1]! + 1];
      }
      if (gold.type === 'organization' && gold.intergovernmental)
        igos = [igos[0]! + (linkedToReference ? 1 : 0), igos[1]! + 1];
    }

    // Proposals, one per distinct name and type in the document.
    const seen = new Set<string>();
    let signOff = false;
    for (const mention of prediction.mentions) {
      const entity = mention.entity;
      if (!entity.proposed) continue;
      const key = `${entity.type}|${normaliseName(entity.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const verdict = judgeProposal(entity, document.entities);
      proposals.total += 1;
      if (verdict === 'usable') proposals.usable += 1;
      else if (verdict === 'wrong_type') proposals.wrongType += 1;
      else if (verdict === 'title_or_fragment') proposals.titleOrFragment += 1;
      else proposals.junk += 1;
      if (entity.type === 'person' && AGENCIES.has(normaliseName(entity.name))) signOff = true;
      if (verdict !== 'usable')
        proposals.examples.push({ documentId: document.id, name: entity.name, type: entity.type, verdict });
    }
    if (signOff) proposals.signOffDocuments += 1;
  }

  return {
    documents: documents.length,
    mentions: mentionTally.scores(),
    documentLevel: { byType: documentTally.scores().byType },
    countriesStrict: strict.scores().byType.country ?? score(0, 0, 0, 0),
    officials: {
      headsOfStateOrGovernment: rate(heads[0]!, heads[1]!),
      trackedOffices: rate(tracked[0]!, tracked[1]!),
      all: rate(officials[0]!, officials[1]!),
    },
    intergovernmental: rate(igos[0]!, igos[1]!),
    proposals,
    errors,
  };
}
