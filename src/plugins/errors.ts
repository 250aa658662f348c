import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { uuidv7 } from 'uuidv7';
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

/**
 * A whole HTTP/1.1 problem response, for the few places that answer on the bare socket: errors the HTTP parser or
 * Node's clocks raise before Fastify has a request and reply, and a streamed body that stalls.
 */
export function rawProblemResponse(code: ProblemCode, detail: string, requestId: string, instance: string): string {
  const { status, title } = problemCodes[code];
  const body = JSON.stringify({ type: `/problems/${code}`, title, status, detail, instance, code, requestId });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `content-type: ${problemMediaType}`,
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Sockets serving a long-running request (a streamed import), which Node's whole-request deadline spares. */
const longRunningSockets = new WeakSet<Socket>();
export function spareFromRequestDeadline(socket: Socket, spare: boolean) {
  if (spare) longRunningSockets.add(socket);
  else longRunningSockets.delete(socket);
}

const clientErrors: Record<string, [ProblemCode, string]> = {
  HPE_HEADER_OVERFLOW: ['header_fields_too_large', 'The request line and headers exceed 16 KB.'],
  ERR_HTTP_REQUEST_TIMEOUT: [
    'request_timeout',
    'The request did not arrive in time (HEADERS_TIMEOUT_MS for the request line and headers, BODY_TIMEOUT_MS for the whole request).',
  ],
};

/**
 * Fastify's `clientErrorHandler`: what the HTTP parser refuses (a malformed request line or header, bytes past the
 * body's Content-Length, headers over 16 KB) and Node's header and request timeouts, answered as problems and the
 * connection closed, as Node itself does with a plain-text body.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && longRunningSockets.has(socket)) return;
  const [code, detail] = clientErrors[error.code ?? ''] ?? [
    'malformed_request',
    'The request is not valid HTTP/1.1 (request line, headers or body framing).',
  ];
  const requestId = uuidv7();
  this.log.info({ err: error, code, requestId }, 'client error');
  // A response already under way on this connection cannot be followed by another one: just close.
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemResponse(code, detail, requestId, ''));
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

    const handleError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
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
        case 'FST_ERR_HANDLER_TIMEOUT':
          // Still reading the body: the client was too slow, not the server.
          if (!request.raw.complete) {
            request.log.info('request body not received within REQUEST_TIMEOUT_MS');
            reply.header('connection', 'close');
            return sendProblem(
              request,
              reply,
              'request_timeout',
              'The request body did not arrive within REQUEST_TIMEOUT_MS; the connection is closed.',
            );
          }
          request.log.warn({ err: error }, 'no answer within REQUEST_TIMEOUT_MS');
          return sendProblem(
            request,
            reply,
            'response_timeout',
            'The server could not answer within REQUEST_TIMEOUT_MS; retry after Retry-After seconds.',
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
    };
    app.setErrorHandler(handleError);
    // Each route gets the handler as well, so it runs twice over: should sending a problem fail in turn (an onSend
    // hook that needs the database, during an outage), Fastify hands the second error to the next handler in line,
    // which is then this one again rather than Fastify's default, whose plain JSON would carry the error's message.
    app.addHook('onRoute', (route) => {
      route.errorHandler ??= handleError;
    });
  },
  { name: 'errors' },
);
