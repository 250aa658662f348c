import { z } from 'zod';
import { problemCodes } from './errors.ts';
import type { ResponseHeaderName } from './response-headers.ts';
import { slugPattern } from './slug.ts';

// Schemas shared by every module. Those given an id become OpenAPI components referenced with $ref.

export const Uuid = z
  .uuid()
  .meta({ description: 'A UUID (version 7: time-ordered).', example: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' });

export const IdParams = z.strictObject({ id: Uuid });

export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(slugPattern, 'must be lowercase letters, digits and single hyphens');

/** A path or filter key naming a resource by its id or its slug; src/lib/id-or-slug.ts tells the two apart. */
export const IdOrSlug = z.union([Uuid, Slug]);

export const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: 'An RFC 3339 date-time.', example: '2023-06-05T00:00:00.000Z' });

// PostgreSQL has no year 0 (1 BC is year -1 to it) and JSON dates have four-digit years: a date or time outside
// 0001-01-01 … 9999-12-31 in UTC is refused where it is read, naming the parameter, instead of failing in a query.
const earliestInstant = Date.parse('0001-01-01T00:00:00Z');
const latestInstant = Date.parse('9999-12-31T23:59:59.999Z');
const representable = (value: string) => {
  const instant = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return instant >= earliestInstant && instant <= latestInstant;
};
const rangeMessage = 'must be between 0001-01-01 and 9999-12-31 (UTC)';

/** An RFC 3339 date-time sent by a client (a query parameter or body field), within the representable years. */
export const InstantInput = z.iso.datetime({ offset: true }).max(64).refine(representable, rangeMessage);

/** A calendar day (YYYY-MM-DD) sent by a client, within the representable years. */
export const DayInput = z.iso.date().refine(representable, rangeMessage);

/** A day or a date-time, for ranges such as `publishedFrom`; a day means its midnight, UTC. */
export const DayOrInstantInput = z.union([InstantInput, DayInput]);

/** BCP 47 language tag, e.g. `en`, `es`, `pt-BR`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or pt-BR')
  .max(35)
  .meta({ description: 'A BCP 47 language tag.', example: 'en' });

export const CountryCode = z
  .string()
  .length(2)
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, such as PE')
  .meta({ description: 'An ISO 3166-1 alpha-2 country code.', example: 'PE' });

const FieldErrorSchema = z.object({
  location: z.enum(['body', 'querystring', 'params', 'headers']).meta({ description: 'Where the field was sent.' }),
  field: z.string().meta({ description: 'The field, as a dotted path (`mentions.0.start`).', example: 'limit' }),
  message: z.string().meta({ description: 'Why the value was refused.', example: 'must be at most 100' }),
});

export const Problem = z
  .object({
    type: z.string().meta({
      description: 'A URI reference naming the problem type; GET it for a description.',
      example: '/problems/validation_failed',
    }),
    title: z.string().meta({ description: 'A short, human-readable summary of the problem type.' }),
    status: z.number().int().meta({ description: 'The HTTP status code.', example: 400 }),
    detail: z.string().meta({ description: 'What went wrong with this request.' }),
    instance: z.string().meta({ description: 'The path of the request that failed.', example: '/v1/articles' }),
    code: z
      .enum(Object.keys(problemCodes) as [keyof typeof problemCodes])
      .meta({ description: 'A stable machine-readable code.' }),
    requestId: z.string().meta({ description: 'The request id, also returned in the X-Request-Id header.' }),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .meta({ description: 'For validation failures: each refused field and why.' }),
    location: z.string().optional().meta({ description: 'On conflicts: the URL of the existing resource.' }),
    supported: z
      .array(z.object({ format: z.string(), mediaType: z.string() }))
      .optional()
      .meta({ description: 'On 406: the representations the operation offers, as `format` values and media types.' }),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details object (media type application/problem+json).',
    examples: [
      {
        type: '/problems/validation_failed',
        title: 'The request is not valid',
        status: 400,
        detail: 'The querystring is not valid: limit: Too big: expected number to be <=100',
        instance: '/v1/articles',
        code: 'validation_failed',
        requestId: '01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80',
        errors: [{ location: 'querystring', field: 'limit', message: 'Too big: expected number to be <=100' }],
      },
    ],
  });

export type ProblemBody = z.infer<typeof Problem>;

const problemDescriptions: Record<number, string> = {
  400: 'The request is not valid: the problem lists each refused field and why.',
  401: 'No valid API key was sent (`Authorization: Bearer <key>`).',
  403: 'The API key lacks the scope this operation needs.',
  404: 'The resource (or route) does not exist.',
  408: 'The request did not arrive in time (headers or body too slow).',
  406: 'The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones.',
  409: 'The request conflicts with an existing resource or reference.',
  412: 'If-Match named a version that is no longer current.',
  413: 'The request body is too large.',
  414: 'The URL (path and query string) is longer than the server accepts.',
  415: 'The request body is not application/json.',
  422: 'The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request).',
  431: 'The request line and headers are too large.',
  429: 'Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers).',
  500: 'An unexpected failure on the server; the problem’s requestId identifies it in the logs.',
  503: 'The service is temporarily unavailable; retry after the Retry-After delay.',
};

/**
 * Headers every problem of a status carries: the auth plugin challenges every 401, the rate limiter's 429 and every
 * 503 (prepareProblem in src/plugins/errors.ts) say when to retry.
 */
const problemHeaders: Record<number, ResponseHeaderName[]> = {
  401: ['WWW-Authenticate'],
  429: ['Retry-After'],
  503: ['Retry-After'],
};

/** Problem responses for a route's `response` map, documented as application/problem+json. */
export function problemResponses<const Statuses extends readonly number[]>(...statuses: Statuses) {
  const entry = (status: number) => ({
    description: problemDescriptions[status] ?? 'An error.',
    content: { 'application/problem+json': { schema: Problem } },
    ...(problemHeaders[status] ? { headers: problemHeaders[status] } : {}),
  });
  return Object.fromEntries(statuses.map((status) => [status, entry(status)])) as {
    [S in Statuses[number]]: ReturnType<typeof entry>;
  };
}

export const PageInfo = z
  .object({
    limit: z.number().int().meta({ description: 'The page size used.' }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
    next: z
      .string()
      .nullable()
      .meta({ description: 'The URL of the next page (also sent as a Link header); null on the last page.' }),
  })
  .meta({ id: 'PageInfo' });

/** Page schemas whose handlers answer through sendPage (src/lib/pagination.ts), which sends the Link header. */
const linkedPages = new WeakSet<z.ZodType>();

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  const page = z
    .object({ data: z.array(item), page: PageInfo })
    .meta({ id, description: `A page of ${id.replace(/Page$/, '')} objects.` });
  linkedPages.add(page);
  return page;
}

export const PageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ description: 'How many items per page (1–100).', example: 20 }),
  cursor: z.string().max(512).optional().meta({ description: 'The opaque `page.nextCursor` of the previous page.' }),
};

/**
 * A boolean query parameter: `true` or `false`, nothing else (`1`, `yes`, `TRUE` are refused with 400 naming it).
 * The document declares it as a JSON boolean, which is how OpenAPI's form style serialises `true` and `false` into a
 * query string, so generated SDKs type it as a boolean rather than a string.
 */
export function queryBoolean(defaultValue: boolean, description: string) {
  return z
    .stringbool({ truthy: ['true'], falsy: ['false'], case: 'sensitive' })
    .default(defaultValue)
    .meta({ type: 'boolean', description: `${description} \`true\` or \`false\` (default \`${defaultValue}\`).` });
}

/**
 * `include=a,b`: related objects to embed, one level deep (no `a.b` paths). Unknown names are refused, so a typo
 * never passes silently, and so is naming one twice: the list can never be longer than the names there are.
 */
export function includeParam<const Names extends readonly [string, ...string[]]>(names: Names) {
  const pattern = new RegExp(`^(${names.join('|')})(,(${names.join('|')}))*$`);
  const longest = names.join(',').length;
  return z
    .string()
    .max(longest, `must name each of ${names.join(', ')} at most once`)
    .regex(pattern, `must be a comma-separated list of: ${names.join(', ')} (related objects embed one level deep)`)
    .refine(
      (value) => new Set(value.split(',')).size === value.split(',').length,
      `must name each of ${names.join(', ')} at most once`,
    )
    .transform((value) => new Set(value.split(',')) as Set<Names[number]>)
    .optional()
    .meta({ description: `Related objects to embed, comma-separated: ${names.map((n) => `\`${n}\``).join(', ')}.` });
}

/**
 * A filter that takes several values: repeat the parameter (`entity=a&entity=b`) or separate them with commas
 * (`entity=a,b`), or both. Each value is checked on its own, so an error names the parameter and the bad value;
 * at most `max` values in all (after splitting), so one request cannot ask for an unbounded filter.
 */
export function listParam<T extends z.ZodType<unknown, string>>(
  item: T,
  max: number,
  description: string,
  example: string,
) {
  return z
    .union([z.string().max(4000), z.array(z.string().max(4000)).max(max)])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(max, `at most ${max} values`))
    .optional()
    .meta({
      description: `${description} Repeat the parameter or separate values with commas (at most ${max}).`,
      example,
    });
}

/** A resource with a version: handlers send that version as its ETag (etagOf in src/lib/conditional.ts). */
function isVersionedResource(schema: z.ZodType): boolean {
  return schema instanceof z.ZodObject && 'version' in schema.shape;
}

/**
 * A success response documented with a description (SDK docs show it), its JSON schema and the headers it carries:
 * a page's Link, a versioned resource's ETag, and `headers` that only this route's handler sends.
 */
export function ok<T extends z.ZodType>(schema: T, description: string, headers: readonly ResponseHeaderName[] = []) {
  const carried: ResponseHeaderName[] = [
    ...(linkedPages.has(schema) ? (['Link'] as const) : []),
    ...(isVersionedResource(schema) ? (['ETag'] as const) : []),
    ...headers,
  ];
  return {
    description,
    content: { 'application/json': { schema } },
    ...(carried.length > 0 ? { headers: carried } : {}),
  };
}

/** A 201 response: the created resource, at the path its Location header names. */
export function created<T extends z.ZodType>(schema: T, description: string) {
  return ok(schema, description, ['Location']);
}
