/** A field-level reason a request was refused. `location` says where the field was sent. */
export type FieldError = {
  location: 'body' | 'querystring' | 'params' | 'headers';
  field: string;
  message: string;
};

/**
 * The stable machine codes a client can branch on. Each maps to one HTTP status and one title;
 * the OpenAPI document lists them, so a code is never renamed once released.
 */
export const problemCodes = {
  validation_failed: {
    status: 400,
    title: 'The request is not valid',
    description: 'A parameter, header or body field was refused; `errors` lists each field and why.',
  },
  malformed_json: {
    status: 400,
    title: 'The request body is not valid JSON',
    description: 'The body could not be parsed as JSON.',
  },
  malformed_request: {
    status: 400,
    title: 'The request is not valid HTTP',
    description:
      'The request line, a header or the framing of the body could not be parsed (for example a body longer than its Content-Length); the connection is closed.',
  },
  invalid_cursor: {
    status: 400,
    title: 'The pagination cursor is not valid',
    description: 'The cursor was not issued by this list with the same sort; start again without it.',
  },
  unauthorized: {
    status: 401,
    title: 'An API key is required',
    description: 'Send a valid, unrevoked key as `Authorization: Bearer <key>`.',
  },
  forbidden: {
    status: 403,
    title: 'The API key lacks the scope for this operation',
    description: 'Writes need the `write` scope, key and audit administration the `admin` scope.',
  },
  not_found: {
    status: 404,
    title: 'The resource does not exist',
    description: 'No resource has the id or slug in the URL.',
  },
  route_not_found: {
    status: 404,
    title: 'No such route',
    description: 'The path and method match no operation; see /openapi.json.',
  },
  method_not_allowed: {
    status: 405,
    title: 'The method is not allowed on this route',
    description: 'The path exists but not with this method.',
  },
  not_acceptable: {
    status: 406,
    title: 'None of the requested representations is available',
    description:
      'The Accept header or the `format` parameter asked for a representation this operation does not offer; `supported` lists those it does.',
  },
  conflict: {
    status: 409,
    title: 'The request conflicts with an existing resource',
    description: 'A unique value (URL, slug, identifier) is taken; `location` points at the holder.',
  },
  idempotency_in_progress: {
    status: 409,
    title: 'A request with this Idempotency-Key is still in progress',
    description: 'Retry after Retry-After seconds to get its response.',
  },
  secret_not_replayable: {
    status: 409,
    title: 'The first response carried a secret, which is not kept for replay',
    description:
      'The first request with this Idempotency-Key succeeded, and its response carried a secret that is shown once and never stored; `location` names what it created (revoke it and create another if the secret was lost).',
  },
  in_use: {
    status: 409,
    title: 'The resource is still referenced by others',
    description: 'Delete or change the resources that refer to it first.',
  },
  precondition_failed: {
    status: 412,
    title: 'The resource has changed',
    description: 'If-Match named a version that is no longer current; GET the resource again and reapply the change.',
  },
  payload_too_large: {
    status: 413,
    title: 'The request body is too large',
    description: 'The body exceeds the configured limit (BODY_LIMIT_BYTES).',
  },
  unsupported_media_type: {
    status: 415,
    title: 'The request body has an unsupported content type',
    description: 'Send request bodies as application/json.',
  },
  idempotency_key_reused: {
    status: 422,
    title: 'The Idempotency-Key was used with a different request',
    description: 'An Idempotency-Key identifies one request: method, path and body must be the same to replay it.',
  },
  unprocessable: {
    status: 422,
    title: 'The request is well-formed but cannot be applied',
    description:
      'A body field refers to a resource that does not exist, or holds an impossible value such as a publication time in the future.',
  },
  request_timeout: {
    status: 408,
    title: 'The request did not arrive in time',
    description:
      'The request line and headers took longer than HEADERS_TIMEOUT_MS, or the body longer than BODY_TIMEOUT_MS (for a streamed import: a pause that long); the connection is closed.',
  },
  header_fields_too_large: {
    status: 431,
    title: 'The request headers are too large',
    description: 'The request line and headers together exceed 16 KB; the connection is closed.',
  },
  uri_too_long: {
    status: 414,
    title: 'The request URL is too long',
    description:
      'The path and query string exceed the configured limit (MAX_URL_LENGTH); `errors` names the longest parameter.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description:
      'The API key (or, without one, the client address) used up its request budget; retry after Retry-After seconds (see the RateLimit-* headers).',
  },
  query_timeout: {
    status: 503,
    title: 'The database query took too long',
    description:
      'The query was cancelled by the statement timeout (DB_STATEMENT_TIMEOUT_MS); retry after Retry-After seconds or narrow the request.',
  },
  response_timeout: {
    status: 503,
    title: 'The server could not answer in time',
    description:
      'The request took longer than REQUEST_TIMEOUT_MS to answer (the database is slow or unreachable); retry after Retry-After seconds.',
  },
  overloaded: {
    status: 503,
    title: 'The server is overloaded',
    description: 'The event loop or memory is saturated, so the request was shed; retry after Retry-After seconds.',
  },
  streams_busy: {
    status: 429,
    title: 'Too many change streams are open',
    description:
      'As many streams as PUSH_STREAM_MAX are open on this server; retry after Retry-After seconds (or poll GET /v1/changes).',
  },
  exports_busy: {
    status: 503,
    title: 'Too many exports are streaming',
    description:
      'As many exports as EXPORT_MAX_CONCURRENT are streaming, each holding a database connection; retry after Retry-After seconds.',
  },
  service_unavailable: {
    status: 503,
    title: 'The service is temporarily unavailable',
    description: 'The database is unreachable or the server is shutting down; retry after Retry-After seconds.',
  },
  internal_error: {
    status: 500,
    title: 'Internal server error',
    description: 'An unexpected failure; the request id identifies it in the server logs.',
  },
} as const;

export type ProblemCode = keyof typeof problemCodes;

/** An error the API reports to the caller as-is. Services throw these; the error handler renders them. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Extra members for the problem body, e.g. the location of an existing resource on conflict. */
  readonly extensions: Record<string, unknown>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = problemCodes[code].status;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
  }
}

export function notFound(resource: string, id: string): AppError {
  return new AppError('not_found', `No ${resource} has the id or slug '${id}'.`);
}

/** A body field refers to something that does not exist (422 rather than 404: the URL itself is fine). */
export function missingReference(field: string, resource: string, id: string): AppError {
  return new AppError('unprocessable', `${field} refers to a ${resource} that does not exist.`, {
    errors: [{ location: 'body', field, message: `no ${resource} has the id '${id}'` }],
  });
}

export function invalidField(location: FieldError['location'], field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, { errors: [{ location, field, message }] });
}
