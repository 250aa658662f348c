// Near-duplicate detection: a MinHash signature of a normalised body, so that a republication or a light rewrite
// can be linked to an earlier article with a similarity score.
//
// Signature: 128 unsigned 32-bit minima over the body's word 4-shingles (accent-folded, lowercase word tokens).
// The fraction of equal positions between two signatures estimates the Jaccard similarity of their shingle sets
// (standard error ≈ sqrt(J(1-J)/128), under 0.045).
//
// Storage and SQL (for the wiring step): store the signature as `int4[]` (toSignedInt32Array: same bits, read as
// signed) or as a 512-byte `bytea` (toBytes: big-endian). Compare in SQL with
//   SELECT count(*)::float8 / 128 FROM unnest($1::int4[], other.signature) AS pair(a, b) WHERE a = b;
// Candidate lookup uses LSH: lshBandKeys gives 32 band keys (4 rows each), stored one row per (band, key) in an
// indexed table; articles sharing any band key are candidates, scored with the query above. With 32 bands of 4 rows
// a pair at Jaccard 0.5 becomes a candidate with probability 1-(1-0.5^4)^32 ≈ 0.87, at 0.3 ≈ 0.23, at 0.8 > 0.99.
// The seeds below are part of the stored format: changing them (or the shingle size, or the tokeniser) makes old
// signatures incomparable, so SIGNATURE_VERSION must be stored beside each signature and bumped with any change.

export const SIGNATURE_VERSION = 1;
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

/** One seed per hash function, from a fixed splitmix-style sequence (part of the stored format, see above). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  let state = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_LENGTH; i += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();

function words(body: string): string[] {
  return body.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the body's word shingles; a body shorter than one shingle is a single shingle of all its words. */
function shingleHashes(body: string): Set<number> {
  const tokens = words(body);
  const hashes = new Set<number>();
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length > 0) hashes.add(fnv1a(tokens.join(' ')));
    return hashes;
  }
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i += 1) {
    hashes.add(fnv1a(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
}

/** The MinHash signature of a normalised body (see the module comment). An empty body gives all-ones minima. */
export function minHashSignature(body: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const hash of shingleHashes(body)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i += 1) {
      const value = fmix32(hash ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
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
  return Array.from(signature, (value) => value | 0);
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
