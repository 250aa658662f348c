// The one place a key that names a resource by id or by slug is told apart (paths such as /v1/entities/{idOrSlug},
// filters such as `entity=`). Slugs never look like UUIDs (src/lib/schemas.ts: IdOrSlug), so the shape decides.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the key is an id (a UUID in any case) rather than a slug. */
export function isId(key: string): boolean {
  return uuidPattern.test(key);
}

/** The key as it is stored: ids in lower case, slugs as given. */
export function storedKey(key: string): string {
  return isId(key) ? key.toLowerCase() : key;
}

/** The row the key names, looked up by id or by slug; null when there is none. */
export function findByIdOrSlug<Row>(
  key: string,
  find: { byId: (id: string) => Promise<Row | null>; bySlug: (slug: string) => Promise<Row | null> },
): Promise<Row | null> {
  return isId(key) ? find.byId(key.toLowerCase()) : find.bySlug(key);
}

/** Keys split into ids (lower case) and slugs, for lookups of many at once. */
export function splitKeys(keys: readonly string[]): { ids: string[]; slugs: string[] } {
  return { ids: keys.filter(isId).map((key) => key.toLowerCase()), slugs: keys.filter((key) => !isId(key)) };
}
