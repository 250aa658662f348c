// prepare(): everything the ingest pipeline does to one raw article before it touches the database — canonical URL,
// dates, HTML to text, boilerplate, whitespace, language, content hash, MinHash signature and LSH band keys, entity
// linking (gazetteer + optional NER) and claim extraction. Pure CPU and deterministic for a given linker, so it runs
// on worker threads for bulk imports (prepare-pool.ts) and inline for single articles.
import { AppError, type FieldError } from '../../lib/errors.ts';
import { contentHash } from '../../lib/text.ts';
import { type CandidateClaim, extractClaims } from './claims/claims-extractor.ts';
import { canonicalArticleUrl } from './dedup/canonical-url.ts';
import { lshBandKeys, minHashSignatureOfTokens, toSignedInt32Array } from './dedup/near-duplicate.ts';
import { type FieldMention, linkFields } from './linking/fields.ts';
import type { InferredEntity, LinkedEntity, Linker } from './linking/linker.ts';
import { stripBoilerplate } from './text/boilerplate.ts';
import { splitDateline, splitSignOff } from './text/datelines.ts';
import { detectLanguage } from './text/language.ts';
import { hasHtmlMarkup, htmlToParagraphs, joinParagraphs, normaliseParagraphs } from './text/normalise.ts';

/** Estimated Jaccard similarity (word 4-shingles) from which an article is linked as a republication of another. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Candidates scored per article: the articles sharing the most LSH bands with it. */
export const NEAR_DUPLICATE_CANDIDATES = 20;
/** Clock skew allowed for "never in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type SourceRef = {
  id?: string;
  domain?: string;
  name?: string;
  /** The request field that named it, for errors. */
  field?: string;
};

/** A raw article as POST /v1/articles (with `bodyFormat`) and each import line take it. */
export interface RawArticle {
  url: string;
  title: string;
  body: string;
  bodyFormat?: 'text' | 'html' | 'auto';
  dek?: string | null;
  byline?: string | null;
  language?: string;
  publishedAt?: string | null;
  modifiedAt?: string | null;
  sourceId?: string;
  source?: SourceRef;
  lineage?: { originalId: string; kind: 'republication' | 'translation' | 'rewrite' } | null;
}

/** A wire story's dateline as stored: where it was filed, the day it names and the agency. */
export interface PreparedDateline {
  /** As printed ("LONDON, March 2 (Reuters) -"); null when only a sign-off named the agency. */
  text: string | null;
  place: string | null;
  /** YYYY-MM-DD: as printed, or completed from the publication time (text/datelines.ts). */
  date: string | null;
  /** The agency in the dateline's parentheses or in the sign-off ("Reuter" on the last line). */
  agency: string | null;
}

export interface PreparedArticle {
  url: string;
  title: string;
  dateline: PreparedDateline | null;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  contentHash: string;
  minhash: number[];
  bandKeys: number[];
  source: SourceRef;
  lineage: RawArticle['lineage'];
  /** Mentions in the title, the dateline's place and the body, each with the field its offsets count into. */
  mentions: FieldMention[];
  /** Countries the mentions imply without naming them (the places' countries, demonym-only countries). */
  inferred: InferredEntity[];
  claims: CandidateClaim[];
}

export type StoreResult =
  | { outcome: 'duplicate'; articleId: string; url: string; sameContent: boolean }
  | {
      outcome: 'created';
      articleId: string;
      url: string;
      duplicateOf: string | null;
      lineage: { originalId: string; kind: string; similarity: number | null } | null;
      mentions: number;
      claims: number;
      proposedEntities: number;
      inferredCountries: number;
    };

/** A line's problem as the import records it (and the API would answer it). */
export type LineProblem = { code: string; status: number; detail: string; errors?: FieldError[] };

export function problemOf(error: unknown): LineProblem {
  if (error instanceof AppError)
    return {
      code: error.code,
      status: error.status,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
    };
  return {
    code: 'internal_error',
    status: 500,
    detail:
      'The line could not be stored because of an unexpected error; it is logged with the import id and line number.',
  };
}

export function fieldError(code: 'validation_failed' | 'unprocessable', field: string, message: string): AppError {
  return new AppError(code, `${field} ${message}`, { errors: [{ location: 'body', field, message }] });
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
}

/** The instant, or null when absent; a future one (beyond clock skew) is refused, naming the field. */
function pastInstant(value: string | null | undefined, field: string, now: number): Date | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw fieldError('validation_failed', field, 'is not a date-time with a UTC offset');
  if (time > now + FUTURE_TOLERANCE_MS) throw fieldError('unprocessable', field, 'must not be in the future');
  return new Date(time);
}

export function linkedKey(entity: LinkedEntity): string {
  return entity.status === 'known' ? entity.key : `proposed:${entity.type}:${entity.name.toLowerCase()}`;
}

/** The first `length` code points of `text`; a text of at most `length` UTF-16 units has no more code points than that. */
export const truncate = (text: string, length: number) =>
  text.length <= length || Array.from(text).length <= length ? text : Array.from(text).slice(0, length).join('');

/** Normalise, fingerprint, link and extract: CPU only, no database (the linker is built beforehand). */
export function prepareArticle(
  input: RawArticle,
  linker: Linker,
  options: { ner: boolean; now?: number; minProposalConfidence?: number },
): PreparedArticle {
  let url: string;
  try {
    url = canonicalArticleUrl(input.url);
  } catch {
    throw fieldError('validation_failed', 'url', 'is not an absolute http(s) URL');
  }
  if (url.length > 2048) throw fieldError('validation_failed', 'url', 'is longer than 2048 characters once canonical');
  const now = options.now ?? Date.now();
  const publishedAt = pastInstant(input.publishedAt, 'publishedAt', now);
  const modifiedAt = pastInstant(input.modifiedAt, 'modifiedAt', now);
  if (publishedAt && modifiedAt && modifiedAt < publishedAt)
    throw fieldError('unprocessable', 'modifiedAt', 'must not be before publishedAt');

  const format =
    input.bodyFormat === 'auto' || input.bodyFormat === undefined
      ? hasHtmlMarkup(input.body)
        ? 'html'
        : 'text'
      : input.bodyFormat;
  const paragraphs = format === 'html' ? htmlToParagraphs(input.body) : normaliseParagraphs(input.body);
  // A leading dateline ("LONDON, March 2 (Reuters) -", "Misión Verdad, Orinoco Tribune, June 5, 2023 —") and a wire's
  // sign-off ("Reuter") frame the text: they are kept as the article's dateline, not in the body. The dateline's
  // date is not used as the publication time (a day without an hour or zone would be a guess).
  const { paragraphs: afterDateline, dateline } = splitDateline(stripBoilerplate(paragraphs).paragraphs, publishedAt);
  const signedOff = splitSignOff(afterDateline);
  const body = joinParagraphs(signedOff.paragraphs);
  if (body.length === 0)
    throw fieldError('unprocessable', 'body', 'has no article text once markup and site boilerplate are removed');
  if (body.length > 1_000_000)
    throw fieldError('validation_failed', 'body', 'is longer than 1,000,000 characters once normalised');
  const title = truncate(normaliseParagraphs(input.title).join(' '), 1000);
  if (title.length === 0) throw fieldError('validation_failed', 'title', 'is empty once whitespace is normalised');

  // franc only when the line does not say which language it is in.
  const language = input.language ?? detectLanguage(body) ?? 'und';
  // One tokenizer pass over title, dateline place and body, shared by the linker and (the body's tokens) the MinHash
  // signature.
  const linked = linkFields(
    linker,
    [
      { field: 'title', text: title },
      { field: 'dateline', text: dateline?.place ? dateline.text.slice(0, dateline.placeEnd) : '' },
      { field: 'body', text: body },
    ],
    {
      language: input.language ?? (language === 'und' ? null : language),
      ner: options.ner,
      publishedAt,
      minProposalConfidence: options.minProposalConfidence,
    },
  );
  const signature = minHashSignatureOfTokens(linked.bodyTokens);
  const mentions = linked.mentions.filter((mention) => mention.end - mention.start <= 500);
  const claims = extractClaims(
    body,
    mentions.filter((mention) => mention.field === 'body'),
  );
  const agency = dateline?.agency ?? signedOff.agency;
  const inferred = linker.inferCountries(mentions, publishedAt);
  return {
    url,
    title,
    dateline:
      dateline !== null || agency !== null
        ? {
            text: dateline?.text ?? null,
            place: dateline?.place ?? null,
            date: dateline?.calendarDate ?? null,
            agency,
          }
        : null,
    dek: input.dek ? truncate(normaliseParagraphs(input.dek).join(' '), 2000) || null : null,
    byline: input.byline ? truncate(normaliseParagraphs(input.byline).join(' '), 500) || null : null,
    body,
    language,
    publishedAt,
    modifiedAt,
    contentHash: contentHash(body),
    minhash: toSignedInt32Array(signature),
    bandKeys: lshBandKeys(signature),
    source: input.sourceId ? { id: input.sourceId, field: 'sourceId' } : (input.source ?? { domain: hostOf(url) }),
    lineage: input.lineage ?? null,
    mentions,
    inferred,
    claims,
  };
}
