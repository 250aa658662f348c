// The document's `pattern`s, in a form every validator reads the same way. JSON Schema patterns are ECMA-262 regular
// expressions, but validators in other languages compile them with their own engines: Python's `re` (jsonschema,
// openapi-spec-validator) refuses `\p{…}` and so rejects the whole document, and reads `\d` and `\w` as any Unicode
// digit or word character, where ECMA-262 (and Java's default) mean ASCII only. Zod writes `\d` into its date and
// date-time patterns. So:
// - `\d` `\D` `\w` `\W` become the ASCII classes they mean in ECMA-262;
// - `\p{Cc}` (control characters) becomes its exact ranges, U+0000–U+001F and U+007F–U+009F;
// - any other Unicode property class, `\s`, `\b`, `\u{…}` or a named group has no form every engine reads alike, and
//   fails the build: check such a rule with `.refine()` instead (the server still enforces it; the document then states
//   it in words) — as the entity lookup's "contains a letter or a digit" does.
// scripts/check-openapi.py compiles every pattern with Python's `re` in CI.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const propertyClasses: Record<string, string> = { Cc: '\\u0000-\\u001F\\u007F-\\u009F' };

const asciiClasses: Record<string, { inClass: string | null; alone: string }> = {
  d: { inClass: '0-9', alone: '[0-9]' },
  D: { inClass: null, alone: '[^0-9]' },
  w: { inClass: 'A-Za-z0-9_', alone: '[A-Za-z0-9_]' },
  W: { inClass: null, alone: '[^A-Za-z0-9_]' },
};

function refuse(pattern: string, what: string): never {
  throw new Error(
    `The pattern ${JSON.stringify(pattern)} uses ${what}, which validators outside JavaScript read differently or not at all; ` +
      'check that rule with .refine() instead (see src/plugins/openapi-patterns.ts).',
  );
}

/** The same regular expression, written so that ECMA-262, Python `re` and java.util.regex read it alike. */
export function portablePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next in asciiClasses) {
        const ascii = asciiClasses[next] as { inClass: string | null; alone: string };
        if (inClass && ascii.inClass === null) refuse(pattern, `\\${next} inside a character class`);
        out += inClass ? ascii.inClass : ascii.alone;
        i += 1;
      } else if (next === 'p' || next === 'P') {
        const end = pattern.indexOf('}', i);
        const name = pattern[i + 2] === '{' && end > i ? pattern.slice(i + 3, end) : '';
        const ranges = propertyClasses[name];
        if (!ranges) refuse(pattern, `the Unicode property class \\${next}{${name}}`);
        if (next === 'P' && inClass) refuse(pattern, `\\P{${name}} inside a character class`);
        out += inClass ? ranges : next === 'p' ? `[${ranges}]` : `[^${ranges}]`;
        i = end;
      } else if (next === 's' || next === 'S' || next === 'b' || next === 'B') {
        refuse(pattern, `\\${next}`);
      } else if (next === 'u' && pattern[i + 2] === '{') {
        refuse(pattern, 'a \\u{…} escape');
      } else {
        out += char + next;
        i += 1;
      }
      continue;
    }
    if (inClass && char === ']') inClass = false;
    else if (!inClass && char === '[') {
      inClass = true;
      out += char;
      // A `]` or `^]` right after the opening bracket is a literal, not the end of the class.
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
      continue;
    } else if (!inClass && pattern.startsWith('(?<', i) && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') {
      refuse(pattern, 'a named group');
    }
    out += char;
  }
  return out;
}

const dataKeywords = new Set(['example', 'examples', 'default', 'const', 'enum']);

function visit(node: Json): Json {
  if (Array.isArray(node)) return node.map(visit);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    // `pattern` is a keyword only where its value is a string (a property named "pattern" holds a schema); example
    // values are data, not schemas.
    if (key === 'pattern' && typeof value === 'string') out[key] = portablePattern(value);
    else out[key] = dataKeywords.has(key) ? value : visit(value);
  }
  return out;
}

export function portablePatterns<T>(document: T): T {
  return visit(document as unknown as Json) as unknown as T;
}
