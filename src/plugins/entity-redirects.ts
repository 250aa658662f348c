import fp from 'fastify-plugin';
import { z } from 'zod';
import type { ResponseHeaderName } from '../lib/response-headers.ts';
import { documentRoute } from '../lib/route-docs.ts';

const entityRoute = /^\/v1\/entities\/:idOrSlug(\/|$)/;

const Redirect = z
  .object({
    id: z.string().meta({ description: 'The id of the entity the old id or slug was merged into.' }),
    location: z.string().meta({ description: 'The same URL under the surviving entity (also the Location header).' }),
  })
  .meta({
    description:
      'The entity was merged into another: repeat the request at `location` (clients following redirects do so).',
  });

/**
 * After a merge the old id and slug keep working: a request under /v1/entities/{old id or slug} that would answer 404
 * answers 308 Permanent Redirect to the same URL (sub-resource and query included) under the survivor. 308 rather
 * than 301 so that HTTP clients repeat writes with the same method and body; GET clients (fetch, axios, curl -L)
 * follow it without code. Only the 404 path looks redirects up, so live entities pay nothing.
 */
export default fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      if (entityRoute.test(route.url))
        documentRoute(route, {
          responses: {
            308: {
              description: 'Merged: the entity now lives at the Location header.',
              content: { 'application/json': { schema: Redirect } },
              headers: ['Location'] satisfies ResponseHeaderName[],
            },
          },
        });
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode !== 404 || !entityRoute.test(request.routeOptions.url ?? '')) return payload;
      const key = (request.params as { idOrSlug?: string }).idOrSlug;
      if (key === undefined) return payload;
      const targetId = await app.services.history.redirectTarget(key);
      if (targetId === null) return payload;
      const url = new URL(request.url, 'http://placeholder');
      const segments = url.pathname.split('/');
      segments[3] = targetId; // ['', 'v1', 'entities', key, …]
      const location = `${segments.join('/')}${url.search}`;
      reply.code(308).header('location', location).header('content-type', 'application/json; charset=utf-8');
      return JSON.stringify({ id: targetId, location });
    });
  },
  { name: 'entity-redirects', dependencies: ['services'] },
);
