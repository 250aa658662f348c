import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ResponseHeaderName,
  type ResponseHeaderRule,
  responseHeaderRulesKey,
  responseHeaders,
} from '../lib/response-headers.ts';

// What a route's response entries say beyond their bodies, carried into the OpenAPI document:
// - `headers`: the response headers it carries (ok(), created(), problemResponses() and plugins set them), declared
//   once under components.headers and referred to with $ref from every response that sends them;
// - `itemSchema` on an NDJSON media type: the schema of one line, as `x-itemSchema` (OpenAPI 3.2 names it `itemSchema`;
//   a 3.1 document may only carry it as an extension).
// fastify-type-provider-zod keeps only the description and body schemas of an entry, so `transformRoute` lifts these
// into operation extensions first and `declareResponseExtras` settles them once the document is assembled.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

const itemSchemasKey = 'x-meridian-item-schemas';

type ResponseEntry = {
  headers?: readonly ResponseHeaderName[];
  content?: Record<string, { schema: unknown; itemSchema?: z.ZodType }>;
};

function isResponseEntry(value: unknown): value is ResponseEntry {
  return typeof value === 'object' && value !== null && !(value instanceof z.ZodType) && 'content' in value;
}

/** The route transform: jsonSchemaTransform, plus the entries' headers and item schemas as operation extensions. */
export function transformRoute(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const output = jsonSchemaTransform(input);
  const response = (input.schema as { response?: Record<string, unknown> } | undefined)?.response;
  const transformed = output.schema as Record<string, unknown> | undefined;
  if (!response || !transformed || transformed.hide) return output;
  const rules: ResponseHeaderRule[] = [...((transformed[responseHeaderRulesKey] as ResponseHeaderRule[]) ?? [])];
  const items: Record<string, Record<string, unknown>> = {};
  for (const [status, entry] of Object.entries(response)) {
    if (!isResponseEntry(entry)) continue;
    if (entry.headers && entry.headers.length > 0) rules.push({ headers: entry.headers, statuses: [Number(status)] });
    for (const [mediaType, media] of Object.entries(entry.content ?? {})) {
      if (!media.itemSchema) continue;
      // The same conversion as a response body, so named schemas become $refs to their components.
      const converted = jsonSchemaTransform({ ...input, schema: { response: { 200: media.itemSchema } } }).schema as {
        response: Record<string, unknown>;
      };
      items[status] = { ...items[status], [mediaType]: converted.response[200] };
    }
  }
  if (rules.length > 0) transformed[responseHeaderRulesKey] = rules;
  if (Object.keys(items).length > 0) transformed[itemSchemasKey] = items;
  return output;
}

function statusMatches(rule: ResponseHeaderRule, status: string): boolean {
  const code = Number(status);
  if (rule.except?.includes(code)) return false;
  if (!rule.statuses) return true;
  return rule.statuses.some((wanted) =>
    typeof wanted === 'number' ? wanted === code : status.startsWith(wanted.slice(0, 1)),
  );
}

type Operation = {
  responses?: Record<string, { headers?: Json; content?: Record<string, Record<string, Json>> }>;
} & Record<string, unknown>;

/** Settles the extensions transformRoute left on each operation: header $refs and components, line schemas. */
export function declareResponseExtras<T>(input: T): T {
  const document = input as unknown as {
    paths?: Record<string, Record<string, Operation>>;
    components?: Record<string, unknown>;
  };
  const used = new Set<ResponseHeaderName>();
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      const rules = (operation[responseHeaderRulesKey] as ResponseHeaderRule[] | undefined) ?? [];
      const items = (operation[itemSchemasKey] as Record<string, Record<string, Json>> | undefined) ?? {};
      delete operation[responseHeaderRulesKey];
      delete operation[itemSchemasKey];
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const names = new Set(rules.filter((rule) => statusMatches(rule, status)).flatMap((rule) => rule.headers));
        if (names.size > 0) {
          const sorted = [...names].sort((a, b) => a.localeCompare(b));
          for (const name of sorted) used.add(name);
          response.headers = Object.fromEntries(sorted.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
        }
        for (const [mediaType, schema] of Object.entries(items[status] ?? {})) {
          const media = response.content?.[mediaType];
          if (!media) throw new Error(`An item schema names ${mediaType}, which response ${status} does not offer`);
          media['x-itemSchema'] = schema;
        }
      }
    }
  }
  const headers = [...used].sort((a, b) => a.localeCompare(b)).map((name) => [name, responseHeaders[name]]);
  document.components = { ...document.components, headers: Object.fromEntries(headers) };
  return input;
}
