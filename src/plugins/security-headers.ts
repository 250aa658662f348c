import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { responseHeaders } from '../lib/response-headers.ts';
import { documentRoute } from '../lib/route-docs.ts';

/** Response headers a browser client may read besides the CORS-safelisted ones: every one the API documents. */
export const exposedHeaders = Object.keys(responseHeaders).filter((name) => !name.startsWith('Access-Control-'));

/**
 * The headers helmet sets for these options. They depend on the options only, so they are computed once: the
 * @fastify/helmet plugin rebuilt the helmet middleware, re-parsing the CSP directives, on every request — about 3 % of the
 * CPU of GET /v1/articles/{id} (bench/RESULTS.md).
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Security headers on every response (helmet), with a Content-Security-Policy that the docs page (swagger-ui:
 * scripts and styles from this origin, inline styles, data: images) still works under; and CORS for the origins
 * in the allow-list only — none by default, so browsers on other origins cannot read responses.
 * Registered before auth, so a preflight (which never carries a key) is answered here.
 */
export default fp<{ corsOrigins: string[] }>(
  async (app, options) => {
    const headers = helmetHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // The API may be served over plain HTTP on a private network; upgrading would break the docs page there.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginResourcePolicy: { policy: options.corsOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
    // Documented whatever this deployment configures, as the rate limits are: the document describes the API.
    app.addHook('onRoute', (route) =>
      documentRoute(route, {
        responseHeaders: [{ headers: ['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers'] }],
      }),
    );
    if (options.corsOrigins.length === 0) return;
    await app.register(cors, {
      origin: options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders,
      credentials: false,
      maxAge: 600,
      strictPreflight: true,
    });
  },
  { name: 'security-headers' },
);
