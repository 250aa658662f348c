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
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  invalid_cursor: { status: 400, title: 'The pagination cursor is not valid' },
  not_found: { status: 404, title: 'The resource does not exist' },
  route_not_found: { status: 404, title: 'No such route' },
  method_not_allowed: { status: 405, title: 'The method is not allowed on this route' },
  conflict: { status: 409, title: 'The request conflicts with an existing resource' },
  in_use: { status: 409, title: 'The resource is still referenced by others' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'The request body has an unsupported content type' },
  unprocessable: { status: 422, title: 'The request is well-formed but cannot be applied' },
  service_unavailable: { status: 503, title: 'The service is temporarily unavailable' },
  internal_error: { status: 500, title: 'Internal server error' },
} as const;

export type ProblemCode = keyof typeof problemCodes;

/** An error the API reports to the caller as-is. Services throw these; the error handler renders them. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Extra members for the problem body, e.g. the location of an existing resource on conflict. */
  readonly extensions: Record<string, unknown>;

  constructor(code: ProblemCode, detail: string, options: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {}) {
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
