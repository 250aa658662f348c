// Scores the linker and the claim extractor against the labelled file tests/fixtures/linking-gold.json.
// Linking: a predicted mention is correct when its span equals a gold span and it names the same entity — the
// same gazetteer key, or, for a gold entity the gazetteer does not know (key null), a proposal of the same type.
// Precision is counted per predicted type, recall per gold type. Claims: a curated claim is recalled when an
// extracted claim's evidence overlaps its evidence span; stricter rates also require the kind, and for quantities
// the value and unit. Precision: extracted claims whose evidence overlaps some curated claim.
import type { EntityType } from '../../../generated/prisma/enums.ts';
import type { CandidateClaim } from '../claims/claims-extractor.ts';
import type { LinkedMention } from './linker.ts';

export interface GoldMention {
  /** Code point offsets. */
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** The gazetteer key, or null when the gazetteer does not know the entity. */
  key: string | null;
  /** The fixture slug or a short description, for reports. */
  label: string;
}

export interface GoldDocument {
  id: string;
  language: string;
  text: string;
  mentions: GoldMention[];
}

export interface GoldClaim {
  evidenceStart: number;
  evidenceEnd: number;
  kind: string;
  value: number | null;
  unit: string | null;
  text: string;
}

export interface GoldFile {
  documents: GoldDocument[];
  claims: { documentId: string; items: GoldClaim[] };
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(truePositivesPredicted: number, predicted: number, truePositivesGold: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : truePositivesPredicted / predicted;
  const recall = gold === 0 ? 0 : truePositivesGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: truePositivesGold, predicted, gold, precision, recall, f1 };
}

export function isCorrect(predicted: LinkedMention, gold: GoldMention): boolean {
  if (predicted.start !== gold.start || predicted.end !== gold.end) return false;
  if (gold.key !== null) return predicted.entity.status === 'known' && predicted.entity.key === gold.key;
  return predicted.entity.status === 'proposed' && predicted.entity.type === gold.type;
}

export interface LinkingError {
  documentId: string;
  kind: 'false_positive' | 'false_negative';
  surface: string;
  start: number;
  /** What was predicted (false positive) or expected (false negative). */
  entity: string;
}

export interface LinkingReport {
  overall: Score;
  byType: Record<string, Score>;
  errors: LinkingError[];
}

export function evaluateLinking(
  documents: readonly GoldDocument[],
  predict: (document: GoldDocument) => LinkedMention[],
): LinkingReport {
  const counts = new Map<string, { tpPredicted: number; predicted: number; tpGold: number; gold: number }>();
  const bump = (type: string, field: 'tpPredicted' | 'predicted' | 'tpGold' | 'gold') => {
    for (const key of [type, '*']) {
      const entry = counts.get(key) ?? { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
      entry[field] += 1;
      counts.set(key, entry);
    }
  };
  const errors: LinkingError[] = [];
  for (const document of documents) {
    const predictions = predict(document);
    for (const prediction of predictions) {
      bump(prediction.entity.type, 'predicted');
      if (document.mentions.some((gold) => isCorrect(prediction, gold))) bump(prediction.entity.type, 'tpPredicted');
      else {
        const entity = prediction.entity.status === 'known' ? prediction.entity.key : `new ${prediction.entity.type}`;
        errors.push({
          documentId: document.id,
          kind: 'false_positive',
          surface: prediction.surface,
          start: prediction.start,
          entity,
        });
      }
    }
    for (const gold of document.mentions) {
      bump(gold.type, 'gold');
      if (predictions.some((prediction) => isCorrect(prediction, gold))) bump(gold.type, 'tpGold');
      else
        errors.push({
          documentId: document.id,
          kind: 'false_negative',
          surface: gold.surface,
          start: gold.start,
          entity: gold.key ?? `new ${gold.type}`,
        });
    }
  }
  const byType: Record<string, Score> = {};
  for (const [type, entry] of counts) {
    if (type !== '*') byType[type] = score(entry.tpPredicted, entry.predicted, entry.tpGold, entry.gold);
  }
  const all = counts.get('*') ?? { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
  return { overall: score(all.tpPredicted, all.predicted, all.tpGold, all.gold), byType, errors };
}

export interface ClaimReport {
  gold: number;
  extracted: number;
  /** Curated claims with an overlapping extracted claim. */
  recall: number;
  /** … of the same kind. */
  recallSameKind: number;
  /** Curated quantity claims recalled with the same value and unit, over curated quantity claims. */
  quantityRecall: number;
  /** Recall over the curated claims the extractor targets: quotes, quantities, decisions (policy). */
  recallInScope: number;
  inScope: number;
  /** Extracted claims overlapping some curated claim. */
  precision: number;
  missed: GoldClaim[];
}

function overlaps(claim: CandidateClaim, gold: GoldClaim): boolean {
  return claim.evidenceStart < gold.evidenceEnd && gold.evidenceStart < claim.evidenceEnd;
}

export function evaluateClaims(gold: readonly GoldClaim[], extracted: readonly CandidateClaim[]): ClaimReport {
  const recalled = gold.filter((item) => extracted.some((claim) => overlaps(claim, item)));
  const sameKind = gold.filter((item) => extracted.some((claim) => overlaps(claim, item) && claim.kind === item.kind));
  const quantities = gold.filter((item) => item.kind === 'quantity');
  const quantitiesRecalled = quantities.filter((item) =>
    extracted.some((claim) => overlaps(claim, item) && claim.value === item.value && claim.unit === item.unit),
  );
  const inScope = gold.filter((item) => ['attribution', 'quantity', 'policy'].includes(item.kind));
  const inScopeRecalled = inScope.filter((item) => recalled.includes(item));
  const supported = extracted.filter((claim) => gold.some((item) => overlaps(claim, item)));
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    gold: gold.length,
    extracted: extracted.length,
    recall: ratio(recalled.length, gold.length),
    recallSameKind: ratio(sameKind.length, gold.length),
    quantityRecall: ratio(quantitiesRecalled.length, quantities.length),
    recallInScope: ratio(inScopeRecalled.length, inScope.length),
    inScope: inScope.length,
    precision: ratio(supported.length, extracted.length),
    missed: gold.filter((item) => !recalled.includes(item)),
  };
}
