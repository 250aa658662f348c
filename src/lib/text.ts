import { createHash } from 'node:crypto';

/** The content hash stored with every article: SHA-256 of the body text, hex. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

// Offsets into article bodies count Unicode code points, as the W3C Web Annotation TextPositionSelector does
// and as PostgreSQL's char_length and Python's str do; JavaScript clients index with Array.from(body).

/** The body as code points, for offset arithmetic (a string's length counts UTF-16 units instead). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
