import fc from 'fast-check';

// Values an attacker or a broken client sends. Each list is small and named for what it probes; the harness mixes
// them into otherwise valid requests so that the one hostile field is what the API has to deal with.

const hugeString = 'a'.repeat(100 * 1024);

export const unicodeEdgeCases = [
  '\uD800', // lone high surrogate
  'a\uDC00b', // lone low surrogate inside text
  '\u202Eevil\u202C', // right-to-left override
  '\u200F\u200E\u061C', // RTL / LTR / Arabic letter marks
  '👩‍👩‍👧‍👦🇵🇪', // emoji ZWJ sequence and a flag
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359', // zalgo
  '\u0000', // NUL: PostgreSQL text cannot hold it
  'x\u0000y',
  '\uFEFF', // byte-order mark
  '\uFFFF\uFFFE', // non-characters
  'İıſK', // case-folding traps
  '\u00A0\u2003\u3000', // non-ASCII spaces
  '\t\r\n\u000B\u000C',
];

export const injectionStrings = [
  "' OR '1'='1",
  "'; DROP TABLE articles; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  '$$; SELECT 1; $$',
  "E'\\x00'",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}#{7*7}$' + '{7*7}', // template injection (split so the literal is not read as a placeholder)
  '../../../../etc/passwd',
  '%00',
  '%s%s%s%n',
  '__proto__',
  'constructor',
];

/** Strings that break naive tsquery, LIKE or query-string handling. */
export const queryStrings = [
  '&',
  '!',
  ':*',
  "'",
  '"',
  '\\',
  '%',
  '_',
  '|',
  '!!',
  '(',
  ')',
  '<->',
  '*',
  'a & b | !c',
  "a' & 'b",
  ':',
  '&&&',
  '=',
  '?',
  '#',
  '+',
  ' ',
  '  ',
  ',',
  ',,',
  ';',
];

export const malformedUuids = [
  '00000000-0000-0000-0000-00000000000',
  'g0000000-0000-7000-8000-000000000000',
  '{0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d}',
  '0190a3c27b1e7cc09d2a4f0f8e1b2c3d',
  '0190A3C2-7B1E-7CC0-9D2A-4F0F8E1B2C3D',
  '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d-00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0190a3c2-7b1e-0cc0-9d2a-4f0f8e1b2c3d',
];

export const badCursors = [
  'x',
  '====',
  Buffer.from('{"id":"not-a-uuid"}').toString('base64url'),
  Buffer.from('{"k":[1e400],"id":null}').toString('base64url'),
  Buffer.from('[]').toString('base64url'),
  Buffer.from('null').toString('base64url'),
  Buffer.from('{"v":"9999-99-99","id":"0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d"}').toString('base64url'),
  Buffer.from('\u0000\u0001\u0002').toString('base64'),
  'eyJ'.repeat(100),
];

export const hostileNumbers = [
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x10',
  '1_000',
  '9007199254740993',
  '99999999999999999999999',
  '-1',
  '0',
  '1.5',
  '1e2',
  ' 1',
  '1 ',
  '+1',
];

export const hostileDates = [
  '2023-02-30',
  '0000-01-01T00:00:00Z',
  '0000-01-01',
  '0000-12-31',
  '0001-01-01T00:00:00+01:00', // year 0 once in UTC
  '9999-12-31T23:00:00-02:00', // year 10000 once in UTC
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2023-06-05T25:00:00Z',
  '2023-06-05',
  '1970-01-01T00:00:00+99:99',
  'yesterday',
  '-271821-04-20T00:00:00Z',
];

const hostileStringList = [
  '',
  hugeString,
  ...unicodeEdgeCases,
  ...injectionStrings,
  ...queryStrings,
  ...malformedUuids,
  ...badCursors,
  ...hostileNumbers,
  ...hostileDates,
];

/** A hostile string (for query and path parameters, and string fields). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStringList) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Values a forged cursor puts in place of a real field: other types, out-of-range numbers, impossible dates. */
const forgedFieldValues: unknown[] = [
  null,
  true,
  '',
  'x',
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53,
  1e308,
  '9223372036854775808',
  '99999999999999999999',
  '-1',
  '1.5',
  [],
  {},
  ...hostileDates,
  ...malformedUuids.slice(0, 3),
];

/**
 * Cursors a client edited: a real cursor decoded, one field changed (to another type, an extreme number or date, or
 * removed) or one added, and encoded again — opaque is not signed, so each must be refused as a 400, never a 500.
 */
export function forgedCursor(real: string): fc.Arbitrary<string> {
  let decoded: Record<string, unknown>;
  try {
    decoded = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return fc.constant(real);
  }
  const fields = Object.keys(decoded);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...fields), fc.constantFrom(...forgedFieldValues))
      .map(([field, value]) => encode({ ...decoded, [field]: value })),
    fc.constantFrom(...fields).map((field) => {
      const { [field]: _removed, ...rest } = decoded;
      return encode(rest);
    }),
    fc.constantFrom(...forgedFieldValues).map((value) => encode({ ...decoded, extra: value })),
    fc.constantFrom(...forgedFieldValues).map((value) => encode(value)),
  );
}

/** Builds JSON nested `depth` levels deep, as text (JSON.stringify would be fine too, but this is cheaper). */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A hostile JSON value for a body field: wrong types, nulls, huge numbers, deep nesting. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      -0,
      1.5,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 31,
      -(2 ** 31) - 1,
      [],
      {},
      [null],
      { '': null },
      ['a', 1, null],
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2, max: 60 }).map((depth) => JSON.parse(deepJson(depth, 'object')) as unknown),
  },
);

/** Keys a client should not be able to set: server-owned fields, prototype pollution, junk. */
export const extraKeys = [
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'status',
  'contentHash',
  'ingestedAt',
  '__proto__',
  'constructor',
  'prototype',
  'isAdmin',
  'scopes',
  '',
  ' ',
  '\u0000',
  'a.b',
  '$where',
];

/** Whole request bodies that are not what any operation takes, sent as raw text. */
export const rawBodies = [
  '',
  '{',
  '{"a":',
  "{'a':1}",
  'null',
  'true',
  '"text"',
  '[]',
  '1e400',
  '{"a":1e400}',
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":true}}',
  '\uFEFF{}',
  '{"\\ud800":"\\udc00"}',
  deepJson(1000, 'array'),
  deepJson(1000, 'object'),
  deepJson(100_000, 'array'),
];

export const contentTypes = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/jsonx',
  'APPLICATION/JSON',
  '*/*',
  '',
];
