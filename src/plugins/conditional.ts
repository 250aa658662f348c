import fp from 'fastify-plugin';
import { z } from 'zod';
import { ifNoneMatchHits } from '../lib/conditional.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads or writes one versioned resource: ETag / If-None-Match on GET, If-Match on writes. */
    versioned?: boolean;
  }
}

/** GET with If-None-Match naming the current ETag → 304 Not Modified, no body. */
export default fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      if (!route.config?.versioned) return;
      // The handler answers with the resource's ETag; a 304 keeps it.
      documentRoute(route, { responseHeaders: [{ headers: ['ETag'], statuses: [200, 304] }] });
      if (route.method === 'GET') {
        documentRoute(route, {
          headers: {
            'if-none-match': z
              .string()
              .max(1000)
              .optional()
              .meta({ description: 'An ETag from an earlier response: 304 with no body while it is still current.' }),
          },
          responses: { 304: z.undefined().describe('Not modified: the ETag in If-None-Match is still current.') },
        });
      } else {
        documentRoute(route, {
          headers: {
            'if-match': z.string().max(1000).optional().meta({
              description:
                'The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since.',
            }),
          },
          responses: problemResponses(412),
        });
      }
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      const etag = reply.getHeader('etag');
      if (typeof etag !== 'string' || !ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return null;
    });
  },
  { name: 'conditional' },
);
