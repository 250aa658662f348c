import { AppError } from './errors.ts';

// Resources carry a version, incremented on every update; their ETag is that version. Clients send it back in
// If-Match so two editors cannot silently overwrite each other (RFC 9110 §13.1.1: strong comparison).

export function etagOf(version: number): string {
  return `"${version}"`;
}

export type Precondition = { any: true } | { versions: number[] };

/** If-Match: `*`, or a list of entity tags. Weak tags never match (strong comparison). */
export function parseIfMatch(header: string | undefined): Precondition | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { any: true };
  const versions = header
    .split(',')
    .map((tag) => /^\s*"(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
  return { versions };
}

export function assertPrecondition(
  precondition: Precondition | undefined,
  currentVersion: number,
  resource: string,
): void {
  if (precondition === undefined || 'any' in precondition) return;
  if (!precondition.versions.includes(currentVersion)) {
    throw new AppError(
      'precondition_failed',
      `The ${resource} is now at version ${currentVersion} (ETag ${etagOf(currentVersion)}); If-Match did not name it.`,
      {
        errors: [
          {
            location: 'headers',
            field: 'if-match',
            message: `does not match the current ETag ${etagOf(currentVersion)}`,
          },
        ],
      },
    );
  }
}

/** For If-None-Match (weak comparison): does the header name this ETag? */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Checks If-Match against the version just read, then writes with that version in the WHERE clause, so a change
 * that lands between the read and the write is caught too (compare-and-set; no lock held across the request).
 */
export async function writeIfCurrent<T>(
  precondition: Precondition | undefined,
  currentVersion: number,
  resource: string,
  write: (expectedVersion: number | undefined) => Promise<T>,
): Promise<T> {
  assertPrecondition(precondition, currentVersion, resource);
  const expected = precondition && !('any' in precondition) ? currentVersion : undefined;
  try {
    return await write(expected);
  } catch (error) {
    // P2025: no row matched (id, version): someone else changed it since it was read.
    if (expected !== undefined && (error as { code?: unknown }).code === 'P2025') {
      throw new AppError(
        'precondition_failed',
        `The ${resource} changed while this request was being processed; GET it again.`,
        {
          errors: [{ location: 'headers', field: 'if-match', message: 'names a version that is no longer current' }],
        },
      );
    }
    throw error;
  }
}

/** The WHERE for a versioned write: by id, and by version when a precondition pinned one. */
export function versioned(id: string, expectedVersion: number | undefined) {
  return expectedVersion === undefined ? { id } : { id, version: expectedVersion };
}
