import fp from 'fastify-plugin';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `/v1/claims/:id` → `claims`. */
function resourceTypeOf(route: string): string | null {
  return /^\/v1\/([a-z]+)/.exec(route)?.[1] ?? null;
}

/**
 * Records every write request that reached a route — applied or refused — with the key, the resource and the
 * outcome. Written just before the response leaves, so a client that reads the log right after a write sees it;
 * a failure to record is logged as an error and does not fail the (already applied) write.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      const route = request.routeOptions.url;
      if (reads.has(request.method) || route === undefined) return payload;
      const params = (request.params ?? {}) as Record<string, string | undefined>;
      const created =
        typeof reply.getHeader('location') === 'string'
          ? String(reply.getHeader('location')).split('/').pop()
          : undefined;
      try {
        await app.services.audit.record({
          apiKeyId: request.apiKey?.id ?? null,
          method: request.method,
          route,
          path: request.url.split('?')[0]?.slice(0, 2048) ?? '',
          resourceType: resourceTypeOf(route),
          resourceId: (params.id ?? params.idOrSlug ?? created ?? null)?.slice(0, 200) ?? null,
          status: reply.statusCode,
          requestId: String(request.id),
        });
      } catch (error) {
        request.log.error({ err: error }, 'could not record the audit event');
      }
      return payload;
    });
  },
  { name: 'audit', dependencies: ['services'] },
);
