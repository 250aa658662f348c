import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { knownRequestErrorCode } from '../db/errors.ts';
import { AppError, type FieldError, type ProblemCode, problemCodes } from '../lib/errors.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { type ProblemBody, problemResponses } from '../lib/schemas.ts';

const problemMediaType = 'application/problem+json; charset=utf-8';

/** Database errors that mean "not reachable right now" rather than "your request is wrong". */
const unavailableCodes = new Set([
  ...[
    'P1001',
    'P1002',
    'P1008',
    'P1017',
    'P2024',
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    '57P01',
    '57P02',
    '57P03',
  ],
  // Too many connections, and Prisma's "could not start / finish the transaction in time".
  ...['53300', 'P2028'],
]);
/** SQLSTATE class 08: connection exceptions (e.g. 08006 connection failure, 08001 cannot connect). */
const isConnectionException = (code: string) => /^08[0-9A-Z]{3}$/.test(code);
/** The same conditions as the pg driver adapter names them, and as node-postgres words those it gives no code. */
const unavailableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const unavailableMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;
/** Deadlock, serialisation failure, lock timeout: the write collided with a concurrent one and can simply be retried. */
const contentionCodes = new Set(['40P01', '40001', '55P03', 'P2034']);
/** SQLSTATE 57014: query_canceled, which is what statement_timeout raises. */
const statementTimeoutCode = '57014';

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  extra: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
) {
  return reply.send(prepareProblem(request, reply, code, detail, extra));
}

/** Sets the status and headers of a problem response and returns its body, for callers that send it themselves. */
export function prepareProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  extra: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
): ProblemBody {
  const { status, title } = problemCodes[code];
  const body: ProblemBody = {
    type: `/problems/${code}`,
    title,
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    code,
    requestId: String(request.id),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...extra.extensions,
  };
  if (status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '5');
  reply.status(status).type(problemMediaType);
  return body;
}

function validationErrors(error: FastifyError): FieldError[] {
  const location = (error.validationContext ?? 'body') as FieldError['location'];
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return [{ location, field: '', message: error.message }];
  }
  return error.validation.flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys') {
      const keys = (issue.params as { keys?: string[] }).keys ?? [];
      return keys.map((key) => ({ location, field: path ? `${path}.${key}` : key, message: 'is not a known field' }));
    }
    return [{ location, field: path, message: issue.message ?? 'is not valid' }];
  });
}

/** The error and what it wraps (`cause`, Prisma's driver adapter error), outermost first. */
function errorChain(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && chain.length < 10) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null) continue;
    const record = current as Record<string, unknown>;
    chain.push(record);
    pending.push(record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return chain;
}

function databaseFault(error: unknown): 'unavailable' | 'contention' | 'timeout' | undefined {
  for (const link of errorChain(error)) {
    const code = typeof link.code === 'string' ? link.code : undefined;
    if (code === statementTimeoutCode) return 'timeout';
    if (code !== undefined && contentionCodes.has(code)) return 'contention';
    if (code !== undefined && (unavailableCodes.has(code) || isConnectionException(code))) return 'unavailable';
    const originalCode = (link.cause as { originalCode?: unknown } | undefined)?.originalCode;
    if (originalCode === statementTimeoutCode) return 'timeout';
    if (typeof link.kind === 'string' && unavailableKinds.has(link.kind)) return 'unavailable';
    if (typeof link.message === 'string' && unavailableMessages.test(link.message)) return 'unavailable';
  }
  return undefined;
}

/** One error model for the whole API: every error leaves as RFC 9457 problem+json. */
export default fp(
  async (app) => {
    // Any operation can fail unexpectedly, and then answers 500 with a problem: say so on every operation.
    app.addHook('onRoute', (route) => documentRoute(route, { responses: problemResponses(500) }));

    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        request,
        reply,
        'route_not_found',
        `There is no route ${request.method} ${request.url.split('?')[0]}.`,
      ),
    );

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        request.log.info({ code: error.code }, error.message);
        return sendProblem(request, reply, error.code, error.message, {
          errors: error.errors,
          extensions: error.extensions,
        });
      }
      if (error.validation) {
        const errors = validationErrors(error);
        const summary = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
        request.log.info({ errors }, 'request validation failed');
        return sendProblem(
          request,
          reply,
          'validation_failed',
          `The ${errors[0]?.location ?? 'request'} is not valid: ${summary}`,
          { errors },
        );
      }
      switch (error.code) {
        case 'FST_ERR_CTP_INVALID_JSON_BODY':
        case 'FST_ERR_CTP_EMPTY_JSON_BODY':
          return sendProblem(request, reply, 'malformed_json', error.message, {
            errors: [{ location: 'body', field: '', message: error.message }],
          });
        case 'FST_ERR_CTP_BODY_TOO_LARGE':
          return sendProblem(
            request,
            reply,
            'payload_too_large',
            'The request body is larger than this server accepts.',
          );
        case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
          return sendProblem(
            request,
            reply,
            'unsupported_media_type',
            `Send the body as application/json, not ${request.headers['content-type'] ?? 'no content type'}.`,
            {
              errors: [{ location: 'headers', field: 'content-type', message: 'must be application/json' }],
            },
          );
        case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
          return sendProblem(
            request,
            reply,
            'validation_failed',
            'The Content-Length header does not match the body.',
            {
              errors: [{ location: 'headers', field: 'content-length', message: 'does not match the body' }],
            },
          );
      }
      const known = knownRequestErrorCode(error);
      if (known === 'P2002')
        return sendProblem(request, reply, 'conflict', 'A resource with the same unique value already exists.');
      if (known === 'P2025') return sendProblem(request, reply, 'not_found', 'The resource does not exist.');
      if (known === 'P2003')
        return sendProblem(request, reply, 'in_use', 'The change would break a reference between resources.');
      const fault = databaseFault(error);
      if (fault === 'timeout') {
        request.log.warn({ err: error }, 'query cancelled by the statement timeout');
        reply.header('retry-after', '10');
        return sendProblem(
          request,
          reply,
          'query_timeout',
          'The database query took longer than this server allows and was cancelled; retry later or narrow the request.',
        );
      }
      if (fault === 'unavailable') {
        request.log.warn({ err: error }, 'database unavailable');
        return sendProblem(
          request,
          reply,
          'service_unavailable',
          'The database is not reachable or too busy; retry shortly.',
        );
      }
      if (fault === 'contention') {
        request.log.warn({ err: error }, 'write collided with a concurrent one');
        return sendProblem(
          request,
          reply,
          'service_unavailable',
          'The write collided with a concurrent one; retry it.',
        );
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
        // Fastify's own 4xx (e.g. a malformed URL): keep the status, name the reason.
        request.log.info({ err: error }, 'request refused');
        return reply
          .status(error.statusCode)
          .type(problemMediaType)
          .send({
            type: '/problems/bad_request',
            title: 'Bad request',
            status: error.statusCode,
            detail: error.message,
            instance: request.url.split('?')[0],
            code: 'validation_failed',
            requestId: String(request.id),
          });
      } else {
        request.log.error({ err: error }, 'unhandled error');
      }
      return sendProblem(
        request,
        reply,
        'internal_error',
        'Something went wrong on our side; the request id identifies it in the logs.',
      );
    });
  },
  { name: 'errors' },
);
