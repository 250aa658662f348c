import { type ClaimReviewCreate, ClaimReviewCreateSchema } from './claim-reviews.schemas.ts';

// Reading schema.org ClaimReview JSON-LD as fact-checkers publish it (https://schema.org/ClaimReview, Google's
// ClaimReview guidance) into the fields of a review. Lenient where publishers differ — `@type` as a string or an
// array, `author` as an object or an array, numbers as strings, URLs as strings or `{ url }` objects — and strict on
// what a review needs: claimReviewed, url, datePublished, author.name and a rating.

export type ReadClaimReview = {
  claimReviewed: string;
  review: ClaimReviewCreate & { reviewer: NonNullable<ClaimReviewCreate['reviewer']> };
  /** Where the claim appeared (itemReviewed.appearance and firstAppearance), as URLs. */
  appearanceUrls: string[];
};

export type ReadResult =
  | { ok: true; value: ReadClaimReview }
  | { ok: false; errors: { field: string; message: string }[]; url: string | null; claimReviewed: string | null };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function types(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

/** Compacted or expanded schema.org type names: `ClaimReview`, `schema:ClaimReview`, `https://schema.org/ClaimReview`. */
function hasType(node: Json, name: string): boolean {
  return types(node).some((type) => type === name || type.endsWith(`:${name}`) || type.endsWith(`/${name}`));
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value['@value'] === 'string') return text(value['@value']);
  return undefined;
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return text(value.url) ?? text(value['@id']);
  return undefined;
}

function urlsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map(urlOf).filter((url): url is string => url !== undefined);
}

/** The ClaimReviews of a request body: one object, an array, or a document with a `@graph`. */
export function claimReviewItems(body: Json | unknown[]): unknown[] {
  if (Array.isArray(body)) return body;
  if (Array.isArray(body['@graph'])) return body['@graph'];
  return [body];
}

/** One item of an import, read into a review (checked like a POST body) or the reasons it cannot be. */
export function readClaimReview(item: unknown): ReadResult {
  if (!isObject(item) || !hasType(item, 'ClaimReview'))
    return {
      ok: false,
      errors: [{ field: '@type', message: 'must be ClaimReview' }],
      url: isObject(item) ? (urlOf(item.url) ?? null) : null,
      claimReviewed: isObject(item) ? (text(item.claimReviewed) ?? null) : null,
    };
  const claimReviewed = text(item.claimReviewed);
  const url = urlOf(item.url);
  const authors = (Array.isArray(item.author) ? item.author : [item.author]).filter(isObject);
  const author = authors[0];
  const rating = isObject(item.reviewRating) ? item.reviewRating : {};
  const itemReviewed = isObject(item.itemReviewed) ? item.itemReviewed : {};
  const errors: { field: string; message: string }[] = [];
  if (!claimReviewed) errors.push({ field: 'claimReviewed', message: 'is required (the text of the claim reviewed)' });
  if (!author) errors.push({ field: 'author', message: 'is required (the reviewer, with a name)' });
  if (!isObject(item.reviewRating)) errors.push({ field: 'reviewRating', message: 'is required' });

  const candidate = {
    reviewer: {
      name: text(author?.name),
      url: urlOf(author?.url),
      type: author && hasType(author, 'Person') ? 'Person' : 'Organization',
    },
    rating: {
      value: number(rating.ratingValue),
      best: number(rating.bestRating),
      worst: number(rating.worstRating),
      alternateName: text(rating.alternateName),
    },
    datePublished: text(item.datePublished),
    explanation: text(item.reviewBody) ?? text(item.description),
    url,
  };
  const parsed = ClaimReviewCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set(errors.map((error) => error.field));
    for (const issue of parsed.error.issues) {
      const field = fieldName(issue.path.map(String));
      if (!seen.has(field)) errors.push({ field, message: issue.message });
      seen.add(field);
    }
  }
  // The reader always sends a reviewer (the author), so a review that parsed has one.
  if (errors.length > 0 || !parsed.success || !parsed.data.reviewer)
    return { ok: false, errors, url: url ?? null, claimReviewed: claimReviewed ?? null };
  return {
    ok: true,
    value: {
      claimReviewed: claimReviewed!,
      review: { ...parsed.data, reviewer: parsed.data.reviewer },
      appearanceUrls: [...new Set([...urlsOf(itemReviewed.appearance), ...urlsOf(itemReviewed.firstAppearance)])],
    },
  };
}

/** A field of the review as the JSON-LD names it, for the errors reported per item. */
function fieldName(path: string[]): string {
  const names: Record<string, string> = {
    rating: 'reviewRating',
    'reviewer.name': 'author.name',
    'reviewer.url': 'author.url',
    'reviewer.type': 'author.@type',
    'rating.value': 'reviewRating.ratingValue',
    'rating.best': 'reviewRating.bestRating',
    'rating.worst': 'reviewRating.worstRating',
    'rating.alternateName': 'reviewRating.alternateName',
    explanation: 'reviewBody',
  };
  const joined = path.join('.');
  return names[joined] ?? joined;
}

export { fieldName as jsonLdFieldName };
