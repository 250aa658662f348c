// PostgreSQL text cannot hold U+0000: query strings, path parameters, JSON bodies and NDJSON import lines are refused
// up front, naming the field.

/** The dotted path of the first string (or key) in a JSON value that contains U+0000, or null. */
export function nulBytePath(body: unknown): string | null {
  // An explicit stack, not recursion: a body nested 100,000 levels deep is valid JSON and must not overflow the call stack.
  const pending: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const entries = Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, item] = entries[index] as [string, unknown];
      const itemPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return itemPath;
      pending.push({ value: item, path: itemPath });
    }
  }
  return null;
}
