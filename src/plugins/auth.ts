import fp from 'fastify-plugin';
import type { ApiKeyScope } from '../generated/prisma/enums.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { type AuthenticatedKey, grants } from '../modules/keys/keys.service.ts';
import { sendProblem } from './errors.ts';

/** What a route needs: a scope, or nothing at all (`public`: probes, docs, problem types). */
export type RouteAccess = ApiKeyScope | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Overrides the default (GET/HEAD: `read`; anything else: `write`). */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The verified key the request carries, or null. */
    apiKey: AuthenticatedKey | null;
  }
}

export function routeAccess(method: string, declared: RouteAccess | undefined): RouteAccess {
  if (declared) return declared;
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/**
 * API keys as `Authorization: Bearer <key>`. Writes always need a key with the `write` scope; reads need one
 * only when `readsRequireKey` is set. A key that is sent is always checked, so a bad key never passes quietly.
 * Runs before the body is parsed: an unauthenticated request costs no parsing.
 */
export default fp<{ readsRequireKey: boolean }>(
  async (app, options) => {
    app.decorateRequest('apiKey', null);
    app.addHook('onRoute', (route) => {
      const method = Array.isArray(route.method) ? route.method[0] : route.method;
      const access = routeAccess(String(method), route.config?.access);
      if (access === 'public') return documentRoute(route, { security: [] });
      const optional = access === 'read' && !options.readsRequireKey;
      documentRoute(route, {
        security: optional ? [{}, { bearerAuth: [] }] : [{ bearerAuth: [] }],
        responses: optional ? problemResponses(401) : problemResponses(401, 403),
      });
    });
    app.addHook('onRequest', async (request, reply) => {
      const { url, config } = request.routeOptions; // built anew on every read (Fastify 5): read once
      if (url === undefined) return; // unknown route: the 404 handler answers
      // The docs page's own routes come from @fastify/swagger-ui, which takes no route config.
      const access = url.startsWith('/docs') ? 'public' : routeAccess(request.method, config.access);
      if (access === 'public') return;

      const header = request.headers.authorization;
      if (header !== undefined) {
        const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
        request.apiKey = token ? await app.services.keys.verify(token) : null;
        if (!request.apiKey) {
          reply.header('www-authenticate', 'Bearer realm="meridian", error="invalid_token"');
          return sendProblem(request, reply, 'unauthorized', 'The API key is malformed, unknown or revoked.', {
            errors: [{ location: 'headers', field: 'authorization', message: 'is not a valid API key' }],
          });
        }
      }
      if (access === 'read' && !options.readsRequireKey) return;
      if (!request.apiKey) {
        reply.header('www-authenticate', 'Bearer realm="meridian"');
        return sendProblem(
          request,
          reply,
          'unauthorized',
          `${request.method} ${url} needs an API key with the '${access}' scope.`,
          {
            errors: [{ location: 'headers', field: 'authorization', message: 'is missing' }],
          },
        );
      }
      if (!grants(request.apiKey.scopes, access)) {
        return sendProblem(
          request,
          reply,
          'forbidden',
          `This key has the scopes [${request.apiKey.scopes.join(', ')}]; ${request.method} ${url} needs '${access}'.`,
        );
      }
    });
  },
  { name: 'auth', dependencies: ['services'] },
);
