// Near-duplicate detection: a MinHash signature of a normalised body, so that a republication or a light rewrite
// can be linked to an earlier article with a similarity score.
//
// Signature (version 2): one-permutation MinHash with optimal densification (Li, Owen & Zhang 2012; Shrivastava
// 2017) over the body's word 4-shingles (accent-folded, lowercase word tokens). Each shingle is hashed once to 32
// bits; its top 7 bits choose one of 128 bins and the bin keeps its smallest hash. Bins no shingle fell into take
// the value of a bin chosen by a fixed probe sequence of their own, the same in every document. The fraction of
// equal positions between two signatures estimates the Jaccard similarity of their shingle sets with the accuracy
// of 128 independent permutations (standard error ≈ sqrt(J(1-J)/128), under 0.045) at the cost of one hash per
// shingle instead of 128 (version 1 computed 128 hashes per shingle, most of the pipeline's MinHash time).
// Word hashes are FNV-1a over the folded word, computed in one pass over the text without building shingle strings;
// a shingle's hash chains the murmur3 finaliser over its four word hashes.
//
// Storage and SQL (for the wiring step): store the signature as `int4[]` (toSignedInt32Array: same bits, read as
// signed) or as a 512-byte `bytea` (toBytes: big-endian). Compare in SQL with
//   SELECT count(*)::float8 / 128 FROM unnest($1::int4[], other.signature) AS pair(a, b) WHERE a = b;
// Candidate lookup uses LSH: lshBandKeys gives 32 band keys (4 rows each), stored one row per (band, key) in an
// indexed table; articles sharing any band key are candidates, scored with the query above. With 32 bands of 4 rows
// a pair at Jaccard 0.5 becomes a candidate with probability 1-(1-0.5^4)^32 ≈ 0.87, at 0.3 ≈ 0.23, at 0.8 > 0.99.
// The hashing below is part of the stored format: changing it (or the shingle size, or the tokeniser) makes old
// signatures incomparable, so SIGNATURE_VERSION must be stored beside each signature and bumped with any change.

import { ASTRAL, CLASS_OF_UNIT, classAt, foldNonAscii, WORD, wordEnd } from '../text/text-scan.ts';
import type { Token } from '../text/tokens.ts';

export const SIGNATURE_VERSION = 2;
export const SIGNATURE_LENGTH = 128;
export const SHINGLE_WORDS = 4;
export const LSH_BANDS = 32;
export const LSH_ROWS = SIGNATURE_LENGTH / LSH_BANDS;

/** MurmurHash3's 32-bit finaliser: a cheap bijective mix with good avalanche. */
function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 units: stable across platforms, unlike any built-in string hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of the ASCII word text[start, end), lowercased on the fly (no string is built). */
function fnv1aAsciiLower(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
    h ^= unit;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the folded word tokens of `body`, in order (what version 1 matched with /[\p{L}\p{N}]+/ after folding). */
function wordHashes(body: string): Uint32Array {
  let hashes = new Uint32Array(Math.max(16, body.length >>> 2));
  let count = 0;
  let index = 0;
  while (index < body.length) {
    const unit = body.charCodeAt(index);
    const kind = unit < 0x80 ? CLASS_OF_UNIT[unit]! : classAt(body, index);
    if ((kind & 7) !== WORD) {
      index += kind & ASTRAL ? 2 : 1;
      continue;
    }
    const start = index;
    let ascii = true;
    // Inline ASCII run, then the general scanner if a non-ASCII word character follows.
    while (index < body.length) {
      const next = body.charCodeAt(index);
      if (next >= 0x80) {
        const end = wordEnd(body, index);
        if (end > index) ascii = false;
        index = end;
        break;
      }
      if (CLASS_OF_UNIT[next] !== WORD) break;
      index += 1;
    }
    let hash: number;
    if (ascii) hash = fnv1aAsciiLower(body, start, index);
    else {
      const folded = foldNonAscii(body.slice(start, index));
      // A word of marks only (a stray combining accent) folds to nothing and is not a word.
      if (folded.length === 0) continue;
      hash = fnv1a(folded);
    }
    if (count === hashes.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[count] = hash;
    count += 1;
  }
  return hashes.subarray(0, count);
}

/**
 * The same hashes as wordHashes(body), from tokenize(body) (gazetteer.ts), for a caller that has the tokens already:
 * the word tokens are the same maximal runs of word characters, and a token's `folded` is what wordHashes hashes
 * (the ASCII word lowercased, or foldNonAscii of the word), so no second scan of the body is needed.
 */
function wordHashesOfTokens(tokens: readonly Token[]): Uint32Array {
  const hashes = new Uint32Array(tokens.length);
  let count = 0;
  for (const token of tokens) {
    if ((classAt(token.text, 0) & 7) !== WORD) continue;
    const folded = token.folded;
    // A word of marks only folds to nothing and is not a word (as in wordHashes).
    if (folded.length === 0) continue;
    hashes[count] = fnv1a(folded);
    count += 1;
  }
  return hashes.subarray(0, count);
}

const SHINGLE_SEED = 0x9e3779b9;

/** The hash of the shingle of words[first, first + length). */
function shingleHash(words: Uint32Array, first: number, length: number): number {
  let h = SHINGLE_SEED;
  for (let i = first; i < first + length; i += 1) h = fmix32(h ^ words[i]!);
  return h;
}

/** Calls `visit` with the hash of every word shingle; a body shorter than one shingle is a single shingle of all its words. */
function forEachShingle(body: string, visit: (hash: number) => void): void {
  const words = wordHashes(body);
  if (words.length === 0) return;
  if (words.length < SHINGLE_WORDS) {
    visit(shingleHash(words, 0, words.length));
    return;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) visit(shingleHash(words, i, SHINGLE_WORDS));
}

/** Hashes of the body's word shingles. */
function shingleHashes(body: string): Set<number> {
  const hashes = new Set<number>();
  forEachShingle(body, (hash) => hashes.add(hash));
  return hashes;
}

const BIN_SHIFT = 32 - Math.log2(SIGNATURE_LENGTH);
const EMPTY = 0xffffffff;

/** The MinHash signature of a normalised body (see the module comment). An empty body gives all-ones minima. */
export function minHashSignature(body: string): Uint32Array {
  return signatureOf(wordHashes(body));
}

/** minHashSignature(body) from tokenize(body), without scanning the body again. */
export function minHashSignatureOfTokens(tokens: readonly Token[]): Uint32Array {
  return signatureOf(wordHashesOfTokens(tokens));
}

function signatureOf(words: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  const filled = new Uint8Array(SIGNATURE_LENGTH);
  let filledCount = 0;
  const add = (hash: number) => {
    const bin = hash >>> BIN_SHIFT;
    if (filled[bin] === 0) {
      filled[bin] = 1;
      filledCount += 1;
      signature[bin] = hash;
    } else if (hash < signature[bin]!) signature[bin] = hash;
  };
  if (words.length === 0) return signature;
  if (words.length < SHINGLE_WORDS) add(shingleHash(words, 0, words.length));
  else for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) add(shingleHash(words, i, SHINGLE_WORDS));
  if (filledCount < SIGNATURE_LENGTH) densify(signature, filled);
  return signature;
}

/**
 * Optimal densification: an empty bin copies the bin its own probe sequence (a hash of the bin and the attempt,
 * identical in every document) first finds filled. Two documents then agree on an empty bin exactly as often as on
 * a filled one, which keeps the estimate unbiased for short bodies.
 */
function densify(signature: Uint32Array, filled: Uint8Array): void {
  for (let bin = 0; bin < SIGNATURE_LENGTH; bin += 1) {
    if (filled[bin] === 1) continue;
    let attempt = 0;
    let probe = bin;
    do {
      attempt += 1;
      probe = fmix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77)) >>> BIN_SHIFT;
      // Past a few hundred misses (a body of one or two shingles), walk the bins in order: still the same for all.
      if (attempt > 512) probe = (bin + attempt) % SIGNATURE_LENGTH;
    } while (filled[probe] === 0);
    // Filled bins are never written here, so copying from one reads its own minimum.
    signature[bin] = signature[probe]!;
  }
}

/** Estimated Jaccard similarity of the two bodies' shingle sets, in [0, 1]. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== SIGNATURE_LENGTH || b.length !== SIGNATURE_LENGTH) {
    throw new Error(`MinHash signatures have ${SIGNATURE_LENGTH} values`);
  }
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / SIGNATURE_LENGTH;
}

/** The exact Jaccard similarity of two bodies' shingle sets, which the signature estimates. */
export function shingleJaccard(bodyA: string, bodyB: string): number {
  const a = shingleHashes(bodyA);
  const b = shingleHashes(bodyB);
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const hash of a) if (b.has(hash)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** LSH band keys: band i hashes signature values [i·LSH_ROWS, (i+1)·LSH_ROWS). Store as (band, key) pairs. */
export function lshBandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band += 1) {
    let h = fmix32(band);
    for (let row = 0; row < LSH_ROWS; row += 1) h = fmix32(h ^ signature[band * LSH_ROWS + row]!);
    keys.push(h | 0);
  }
  return keys;
}

/** The same 32 bits per value, read as signed: what a PostgreSQL `int4[]` holds. */
export function toSignedInt32Array(signature: Uint32Array): number[] {
  // A plain loop: Array.from with a map function costs a call per value.
  const values: number[] = [];
  for (let index = 0; index < signature.length; index += 1) values.push(signature[index]! | 0);
  return values;
}

export function fromSignedInt32Array(values: readonly number[]): Uint32Array {
  return Uint32Array.from(values, (value) => value >>> 0);
}

/** Big-endian bytes, 4 per value: a PostgreSQL `bytea` of 512 bytes. */
export function toBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, index) => {
    view.setUint32(index * 4, value, false);
  });
  return bytes;
}

export function fromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.byteLength / 4 }, (_, index) => view.getUint32(index * 4, false));
}
