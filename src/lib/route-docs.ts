import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { type ResponseHeaderRule, responseHeaderRulesKey } from './response-headers.ts';

// Plugins that enforce something on many routes (keys, conditional requests, idempotency) document it on those
// routes themselves, from an onRoute hook, so the OpenAPI document cannot forget a route the plugin covers.

type Additions = {
  /** Request headers the route reads (documented as header parameters; unknown headers still pass). */
  headers?: z.ZodRawShape;
  /** Response entries keyed by status, in the route schema's own format; existing entries win. */
  responses?: Record<string, unknown>;
  /** Response headers the plugin sends, and on which of the route's responses (see ResponseHeaderRule). */
  responseHeaders?: readonly ResponseHeaderRule[];
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
  if (additions.responseHeaders) {
    // An operation extension (x-…) travels untouched into the document, where src/plugins/openapi-headers.ts applies it.
    const rules = (schema[responseHeaderRulesKey] as ResponseHeaderRule[] | undefined) ?? [];
    schema[responseHeaderRulesKey] = [...rules, ...additions.responseHeaders];
  }
  if (additions.security) schema.security = additions.security;
}
