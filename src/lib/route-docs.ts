import type { RouteOptions } from 'fastify';
import { z } from 'zod';

// Plugins that enforce something on many routes (keys, conditional requests, idempotency) document it on those
// routes themselves, from an onRoute hook, so the OpenAPI document cannot forget a route the plugin covers.

type Additions = {
  /** Request headers the route reads (documented as header parameters; unknown headers still pass). */
  headers?: z.ZodRawShape;
  /** Response entries keyed by status, in the route schema's own format; existing entries win. */
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
};

export function documentRoute(route: RouteOptions, additions: Additions): void {
  if (!route.schema || (route.schema as { hide?: boolean }).hide) return;
  const schema = route.schema as Record<string, unknown>;
  if (additions.headers) {
    const existing = schema.headers as z.ZodObject | undefined;
    // Loose: validated headers replace request.headers, and every other header must survive that.
    schema.headers = existing ? existing.extend(additions.headers) : z.looseObject(additions.headers);
  }
  if (additions.responses) schema.response = { ...additions.responses, ...(schema.response as object | undefined) };
  if (additions.security) schema.security = additions.security;
}
