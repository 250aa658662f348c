import fp from 'fastify-plugin';
import type { TimeoutConfig } from '../config.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { rawProblemResponse, spareFromRequestDeadline } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route streams a body or a response for as long as it takes (imports, exports): it has no REQUEST_TIMEOUT_MS,
     * and its body is bounded by its longest pause (BODY_TIMEOUT_MS) rather than by its total time.
     */
    longRunning?: boolean;
  }
}

/**
 * Time limits, so that a slow client or a stalled database never holds a connection for good. Node's own clocks bound
 * the request line and headers (HEADERS_TIMEOUT_MS) and the whole request (BODY_TIMEOUT_MS); both are answered 408
 * by the client-error handler in errors.ts. Fastify's handler timeout bounds the time to an answer
 * (REQUEST_TIMEOUT_MS), answered 503 `response_timeout` by the error handler.
 */
export default fp<TimeoutConfig>(
  async (app, options) => {
    app.server.headersTimeout = options.headersMs;
    app.server.requestTimeout = options.bodyMs;

    app.addHook('onRoute', (route) => {
      if (route.config?.longRunning || options.requestMs === 0) return;
      route.handlerTimeout ??= options.requestMs;
      documentRoute(route, { responses: problemResponses(503) });
    });

    app.addHook('onRequest', async (request) => {
      if (!request.routeOptions.config.longRunning) return;
      const socket = request.raw.socket;
      spareFromRequestDeadline(socket, true);
      if (request.raw.complete) return; // no body still to come (an export)
      // A streamed body may take hours, but never stall for BODY_TIMEOUT_MS while this side waits for it: then it is
      // refused and the connection closed (what an import stored by then stays; sending the file again completes it).
      // A pause while this side is busy and reads nothing (the next batch is being written) is not the client's.
      let bytesRead = socket.bytesRead;
      let lastProgress = Date.now();
      const watch = setInterval(
        () => {
          const waitingForClient = !request.raw.complete && request.raw.readableLength === 0 && !socket.destroyed;
          if (socket.bytesRead !== bytesRead || !waitingForClient) {
            bytesRead = socket.bytesRead;
            lastProgress = Date.now();
            return;
          }
          if (Date.now() - lastProgress < options.bodyMs) return;
          clearInterval(watch);
          request.log.info({ timeoutMs: options.bodyMs }, 'request body stalled');
          socket.end(
            rawProblemResponse(
              'request_timeout',
              `No part of the request body arrived for ${options.bodyMs} ms (BODY_TIMEOUT_MS).`,
              String(request.id),
              request.url.split('?')[0] ?? '',
            ),
          );
          socket.destroySoon();
        },
        Math.min(1000, options.bodyMs / 4),
      );
      watch.unref();
      // The request's end (read to its end, answered or cut off) ends the watch.
      request.raw.once('close', () => clearInterval(watch));
    });
    app.addHook('onResponse', async (request) => {
      if (request.routeOptions.config.longRunning) spareFromRequestDeadline(request.raw.socket, false);
    });
  },
  { name: 'timeouts', dependencies: ['errors'] },
);
