// Runs the ingest pipeline (prepareArticle: the same normalisation, dateline, title and body linking, inference
// and NER a raw POST /v1/articles gets) over gold corpus documents and describes what it found in the terms of
// linking/evaluate-corpus.ts. Used by `npm run evaluate:linking` and by the corpus floors in the tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CorpusDocument,
  type Field,
  normaliseName,
  type PredictedEntity,
  type PredictedMention,
  type Prediction,
} from './linking/evaluate-corpus.ts';
import type { GazetteerEntity } from './linking/gazetteer-data.ts';
import type { LinkedEntity, Linker } from './linking/linker.ts';
import { type PreparedArticle, prepareArticle } from './prepare.ts';

export const GOLD_DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures/linking-gold');

/**
 * The annotated gold documents of a split: `dev` (tune on it; the Peru fixture is part of it), `heldout` (report on
 * it, never tune on it) or `all`. A file not there yet reads as empty.
 */
export function loadCorpus(split: 'dev' | 'heldout' | 'all'): CorpusDocument[] {
  const read = (name: string): CorpusDocument[] => {
    const file = path.join(GOLD_DIR, `${name}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusDocument[]) : [];
  };
  const files = split === 'all' ? ['fixture', 'dev', 'heldout'] : split === 'dev' ? ['fixture', 'dev'] : ['heldout'];
  return files.flatMap(read).filter((document) => document.status !== 'raw');
}

/** What identifies a reference entity in the gold set: its key's code, Wikidata id, ISO code and names. */
export function referenceIdentities(entity: GazetteerEntity): string[] {
  const identities = new Set<string>();
  const [kind, code] = entity.key.split(':') as [string, string | undefined];
  if (kind === 'country' && code) identities.add(code);
  if (entity.wikidataId) identities.add(entity.wikidataId);
  if (entity.isoAlpha2 && entity.type === 'country') identities.add(entity.isoAlpha2);
  identities.add(`name:${normaliseName(entity.name)}`);
  for (const alias of entity.aliases) {
    if (alias.kind !== 'demonym') identities.add(`name:${normaliseName(alias.name)}`);
  }
  return [...identities];
}

export function createPipelineEvaluator(
  linker: Linker,
  reference: ReadonlyMap<string, GazetteerEntity>,
  options: { ner: boolean; minProposalConfidence?: number },
) {
  const describe = (entity: LinkedEntity): PredictedEntity => {
    if (entity.status === 'proposed')
      return {
        type: entity.type,
        name: entity.name,
        proposed: true,
        identities: [`name:${normaliseName(entity.name)}`],
      };
    const known = reference.get(entity.key);
    return {
      type: entity.type,
      name: entity.name,
      proposed: false,
      identities: known ? referenceIdentities(known) : [`name:${normaliseName(entity.name)}`],
    };
  };

  return (document: CorpusDocument): Prediction => {
    const prepared = prepareArticle(
      {
        url: `https://gold.meridian.invalid/${encodeURIComponent(document.id)}`,
        title: document.title,
        body: document.body,
        bodyFormat: 'text',
        language: document.language,
        publishedAt: document.publishedAt ? `${document.publishedAt.slice(0, 10)}T12:00:00Z` : null,
        source: { name: document.outlet },
      },
      linker,
      { ner: options.ner, minProposalConfidence: options.minProposalConfidence },
    );
    const texts: Record<Field, { gold: string; prepared: string }> = {
      title: { gold: document.title, prepared: prepared.title },
      body: { gold: document.body, prepared: prepared.body },
    };
    // The dateline is set apart from the body by the pipeline; the gold body still starts with it.
    const dateline = { gold: document.body, prepared: prepared.dateline?.text ?? '' };
    const mentions: PredictedMention[] = [];
    for (const mention of prepared.mentions) {
      const field = fieldOf(mention);
      const located = relocate(mention.field === 'dateline' ? dateline : texts[field], mention.start, mention.end);
      if (!located) continue;
      mentions.push({ field, ...located, surface: mention.surface, entity: describe(mention.entity) });
    }
    return { mentions, inferred: inferredOf(prepared).map(describe) };
  };
}

/** Which gold field a mention stands in: the title's are the title's; the dateline is at the head of the gold body. */
function fieldOf(mention: PreparedArticle['mentions'][number]): Field {
  return mention.field === 'title' ? 'title' : 'body';
}

/** Entities the pipeline knows about the article without a mention (countries of named places, the dateline's). */
function inferredOf(prepared: PreparedArticle): LinkedEntity[] {
  const inferred = (prepared as { inferred?: { entity: LinkedEntity }[] }).inferred;
  return inferred?.map((entry) => entry.entity) ?? [];
}

/**
 * A span of the prepared text as code point offsets into the gold text. The pipeline normalises whitespace and may
 * set a dateline apart, so the two texts can differ: the span is found again as the same occurrence of its text.
 */
function relocate(texts: { gold: string; prepared: string }, start: number, end: number) {
  if (texts.gold === texts.prepared) return { start, end };
  const prepared = [...texts.prepared];
  const gold = [...texts.gold];
  const surface = prepared.slice(start, end).join('');
  let occurrence = 0;
  for (let at = indexOf(prepared, surface, 0); at !== -1 && at < start; at = indexOf(prepared, surface, at + 1))
    occurrence += 1;
  let at = indexOf(gold, surface, 0);
  for (let skipped = 0; at !== -1 && skipped < occurrence; skipped += 1) at = indexOf(gold, surface, at + 1);
  return at === -1 ? null : { start: at, end: at + (end - start) };
}

function indexOf(codePoints: readonly string[], text: string, from: number): number {
  const target = [...text];
  outer: for (let index = from; index + target.length <= codePoints.length; index += 1) {
    for (let offset = 0; offset < target.length; offset += 1)
      if (codePoints[index + offset] !== target[offset]) continue outer;
    return index;
  }
  return -1;
}
