// The response headers the API sends that a client can act on, as OpenAPI header objects. The document declares
// each once under components.headers and refers to it from every response that sends it; which responses those are
// is said by the code that sends the header (plugins through documentRoute, response helpers in lib/schemas.ts),
// never listed by hand per route. Security and caching headers that apply to every response alike (helmet's CSP,
// HSTS…, Vary, Cache-Control) are left out: SDKs have nothing to expose from them.

/** `required`: every response the header is declared on carries it (a header is optional otherwise). */
type HeaderObject = { description: string; required?: boolean; schema: Record<string, unknown> };

export const responseHeaders = {
  'X-Request-Id': {
    description:
      'The request id: the `X-Request-Id` the client sent when it is 1–128 of `A–Z a–z 0–9 _ . : -`, else one the server minted (a UUIDv7). Every log line of the request and the `requestId` of a problem carry it.',
    required: true,
    schema: { type: 'string', minLength: 1, maxLength: 128, example: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' },
  },
  ETag: {
    description:
      'The entity tag of the resource version in this response: `"<version>"` for the JSON representation, `"<version>-<format>"` for the others (ninjs, JSON-LD). Send it back in `If-None-Match` (304 while current) or `If-Match` (writes refused with 412 once it is stale). Absent when `include=` or `as_of=` shaped the body.',
    schema: { type: 'string', maxLength: 64, pattern: '^"[0-9]+(-[a-z]+)?"$', example: '"3"' },
  },
  Location: {
    description:
      'The path of the resource this response is about: the one just created (201), the one already stored under the same key (200 with `onDuplicate=return`), or where a merged entity now lives (308).',
    schema: {
      type: 'string',
      format: 'uri-reference',
      maxLength: 2048,
      example: '/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
    },
  },
  'Content-Location': {
    description:
      'The path of the resource the body represents (after a merge: the surviving entity, whose ETag this is).',
    schema: {
      type: 'string',
      format: 'uri-reference',
      maxLength: 2048,
      example: '/v1/entities/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
    },
  },
  Link: {
    description:
      'RFC 8288: `<next page path>; rel="next"` while there is a next page (the same URL as `page.next` in the body); absent on the last page.',
    schema: { type: 'string', maxLength: 4096, example: '</v1/articles?limit=20&cursor=eyJvIjoi…>; rel="next"' },
  },
  'Access-Control-Allow-Origin': {
    description:
      'CORS: the request’s `Origin`, echoed when `CORS_ORIGINS` lists it (then the browser lets the page read the response). Never sent by default: CORS is off until origins are configured.',
    schema: { type: 'string', format: 'uri', maxLength: 2048, example: 'https://newsroom.example' },
  },
  'Access-Control-Expose-Headers': {
    description:
      'CORS: the response headers a page on an allowed origin may read (every header this document declares), sent with `Access-Control-Allow-Origin`.',
    schema: { type: 'string', maxLength: 1000, example: 'ETag, Location, Link, X-Request-Id' },
  },
  'RateLimit-Limit': {
    description:
      'IETF RateLimit header fields (draft): the requests this client (its API key, else its address) may make per window, reads and writes counted apart. Sent while rate limits are configured (`RATE_LIMIT_READ_MAX` / `RATE_LIMIT_WRITE_MAX` above 0).',
    schema: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, format: 'int64', example: 600 },
  },
  'RateLimit-Remaining': {
    description: 'The requests left in the current window (same budget as `RateLimit-Limit`).',
    schema: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, format: 'int64', example: 599 },
  },
  'RateLimit-Reset': {
    description: 'Seconds until the current window ends and the budget is full again.',
    schema: { type: 'integer', minimum: 0, maximum: 2147483647, format: 'int32', example: 42 },
  },
  'Retry-After': {
    description:
      'Seconds to wait before retrying: until the rate-limit window ends (429), until the first request with the same `Idempotency-Key` may have finished (409), or a pause while the server is overloaded, draining or without its database (503).',
    schema: { type: 'integer', minimum: 0, maximum: 2147483647, format: 'int32', example: 5 },
  },
  'WWW-Authenticate': {
    description:
      'The Bearer challenge (RFC 6750): `Bearer realm="meridian"`, with `error="invalid_token"` when the key sent is malformed, unknown or revoked.',
    required: true,
    schema: { type: 'string', maxLength: 200, example: 'Bearer realm="meridian", error="invalid_token"' },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored response to an earlier request with the same `Idempotency-Key` (and the same method, path and body), replayed rather than run again.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Meridian-Consistency-Token': {
    description:
      'Sent on successful writes when the deployment reads from replicas (`DATABASE_READ_URLS`): the primary’s WAL position after this write committed (`<hex>/<hex>`). Send it back in the `Meridian-Consistency-Token` request header of a read to see this write: the read is served by a replica that has replayed that far, waits up to `DATABASE_READ_WAIT_MS` for one, or is served by the primary.',
    schema: { type: 'string', maxLength: 17, pattern: '^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$', example: '0/3A2B1C8' },
  },
  'Content-Disposition': {
    description:
      'Names the file an export is saved as: `attachment; filename="meridian-<resource>-<snapshot time>.<format>"`.',
    schema: { type: 'string', maxLength: 200, example: 'attachment; filename="meridian-claims-20230605T120000Z.csv"' },
  },
  'Meridian-Export-Query': {
    description:
      'The export’s normalised query (parameters sorted, lists comma-joined, `format` included): cite it, or send it again for a newer export of the same selection.',
    schema: { type: 'string', maxLength: 8192, example: 'format=ndjson&language=en&source=orinoco-tribune' },
  },
  'Meridian-Export-Snapshot': {
    description:
      'When the export’s database snapshot was taken (RFC 3339): rows written after it are not in the export.',
    schema: { type: 'string', format: 'date-time', maxLength: 40, example: '2023-06-05T12:00:00.000Z' },
  },
} as const satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof responseHeaders;

/**
 * Which of a route's documented responses carry some headers: those with a status in `statuses` (a number, or a class
 * such as `2XX`), every response when `statuses` is absent, minus those in `except`. Applied once the route's responses
 * are final, so a plugin can speak of statuses other plugins add.
 */
export type ResponseHeaderRule = {
  headers: readonly ResponseHeaderName[];
  statuses?: readonly (number | '2XX' | '3XX' | '4XX' | '5XX')[];
  except?: readonly number[];
};

/** The operation extension that carries the rules from the routes to the document pass (removed from the output). */
export const responseHeaderRulesKey = 'x-meridian-response-headers';
