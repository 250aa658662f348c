// Bounds the OpenAPI document states that the validators already enforce, so tools reading the document (OWASP
// checks, SDK generators, fuzzers) see them: the width of integers, and the length that a string's format fixes.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const int32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** A uuid is 36 characters and an RFC 3339 full-date 10: their formats' patterns admit no other length. */
const formatLengths: Record<string, number> = { uuid: 36, date: 10 };

function isType(node: Record<string, Json>, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

function visit(node: Json): Json {
  if (Array.isArray(node)) return node.map(visit);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) out[key] = visit(value);
  if (isType(out, 'integer') && out.format === undefined) {
    const min = typeof out.minimum === 'number' ? out.minimum : Number.NEGATIVE_INFINITY;
    const max = typeof out.maximum === 'number' ? out.maximum : Number.POSITIVE_INFINITY;
    // Zod integers are safe integers (|n| < 2^53): int64 unless the bounds fit in 32 bits.
    out.format = min >= int32.min && max <= int32.max ? 'int32' : 'int64';
  }
  if (
    isType(out, 'string') &&
    out.maxLength === undefined &&
    typeof out.format === 'string' &&
    formatLengths[out.format] !== undefined
  ) {
    out.maxLength = formatLengths[out.format] as number;
  }
  return out;
}

export function documentLimits<T>(document: T): T {
  return visit(document as unknown as Json) as unknown as T;
}
