import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { resourceRepresentations } from '../modules/interop/interop.representations.ts';

/**
 * One way an operation can answer: plain JSON, IPTC ninjs, schema.org JSON-LD, NDJSON, CSV… Routes list theirs in
 * `config.representations` (the first is the default), or name the resource whose formats src/modules/interop offers
 * (`'article'`, `'claim'`, `'entity'`: the resource modules need not import interop); this plugin negotiates (Accept, or `format=` for clients that
 * cannot set headers), documents the alternatives in the OpenAPI document and maps the handler's JSON to the chosen one.
 */
export type Representation = {
  /** The value of the `format` query parameter. */
  format: string;
  mediaType: string;
  /** The documented body; for JSON representations also the response serializer's schema. */
  schema?: z.ZodType;
  /**
   * Turns what the handler returned (the default JSON body) into this representation. Without it the handler
   * produces the representation itself from `request.representation` (exports stream their own formats).
   */
  map?: (payload: never, context: { app: FastifyInstance; request: FastifyRequest }) => unknown;
  /**
   * Whether the mapped body can change while the resource's version stays (it embeds other resources): then its
   * ETag also names a digest of the body, so a conditional GET never answers 304 over a changed representation.
   */
  embedsOthers?: boolean;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The representations the route offers (the first is the default), or the resource whose formats it offers. */
    representations?: readonly Representation[] | RepresentedResource;
  }
  interface FastifyRequest {
    /** The representation negotiated for this request (null on routes that offer only JSON). */
    representation: Representation | null;
  }
}

/** A resource whose representations the interop module defines. */
export type RepresentedResource = keyof typeof resourceRepresentations;

function offeredBy(declared: readonly Representation[] | RepresentedResource | undefined) {
  return typeof declared === 'string' ? resourceRepresentations[declared] : declared;
}

type MediaRange = { type: string; subtype: string; q: number };

function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part) => {
    const [range, ...parameters] = part.trim().split(';');
    const [type, subtype] = (range ?? '').trim().toLowerCase().split('/');
    if (!type || !subtype) return [];
    const qParameter = parameters
      .map((parameter) => parameter.trim().toLowerCase())
      .find((parameter) => parameter.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    return [{ type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 }];
  });
}

/** The q the Accept header gives a media type: that of the most specific range matching it (RFC 9110 §12.5.1). */
function qualityOf(mediaType: string, ranges: MediaRange[]): number {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

function notAcceptable(offered: readonly Representation[], asked: string, field: 'format' | 'accept'): AppError {
  const list = offered.map((representation) => `${representation.format} (${representation.mediaType})`).join(', ');
  return new AppError('not_acceptable', `${asked} is not offered here; this operation answers in: ${list}.`, {
    errors: [
      {
        location: field === 'format' ? 'querystring' : 'headers',
        field,
        message: `must be one of: ${offered.map((r) => (field === 'format' ? r.format : r.mediaType)).join(', ')}`,
      },
    ],
    extensions: {
      supported: offered.map((representation) => ({
        format: representation.format,
        mediaType: representation.mediaType,
      })),
    },
  });
}

/** `format=` wins over Accept; without either, the default. A q=0 or unmatched Accept is a 406. */
export function negotiate(
  offered: readonly Representation[],
  format: string | undefined,
  accept: string | undefined,
): Representation {
  const fallback = offered[0] as Representation;
  if (format !== undefined) {
    const chosen = offered.find((representation) => representation.format === format.toLowerCase());
    if (!chosen) throw notAcceptable(offered, `format=${format}`, 'format');
    return chosen;
  }
  if (accept === undefined || accept.trim() === '') return fallback;
  const ranges = parseAccept(accept);
  let chosen: { representation: Representation; q: number } | undefined;
  for (const representation of offered) {
    const q = qualityOf(representation.mediaType, ranges);
    if (q > 0 && (!chosen || q > chosen.q)) chosen = { representation, q };
  }
  if (!chosen) throw notAcceptable(offered, `Accept: ${accept}`, 'accept');
  return chosen.representation;
}

function formatParameter(offered: readonly Representation[]) {
  const formats = offered.map((representation) => representation.format);
  return z
    .string()
    .max(40)
    .optional()
    .meta({
      description:
        `The representation, for clients that cannot send Accept: ${offered.map((r) => `\`${r.format}\` (${r.mediaType})`).join(', ')}. ` +
        'Overrides the Accept header; any other value is a 406 listing these.',
      examples: formats,
    });
}

/** An entity tag per representation: the plain JSON keeps `"<version>"`, the others get the format appended. */
function representationEtag(etag: string, format: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-${format}"` : etag;
}

export default fp(
  async (app) => {
    app.decorateRequest('representation', null);

    app.addHook('onRoute', (route) => {
      const offered = offeredBy(route.config?.representations);
      if (!offered || !route.schema) return;
      const schema = route.schema as Record<string, unknown>;
      const querystring = schema.querystring as z.ZodObject | undefined;
      const format = formatParameter(offered);
      schema.querystring = querystring ? querystring.extend({ format }) : z.strictObject({ format });
      const response = (schema.response ?? {}) as Record<
        string,
        { description?: string; content?: Record<string, { schema: unknown }> }
      >;
      const success = response[200];
      if (success?.content) {
        for (const representation of offered) {
          if (representation.schema && !success.content[representation.mediaType])
            success.content[representation.mediaType] = { schema: representation.schema };
        }
      }
      documentRoute(route, { responses: problemResponses(406) });
    });

    app.addHook('preHandler', async (request, reply) => {
      const offered = offeredBy(request.routeOptions.config.representations);
      if (!offered) return;
      const format = (request.query as { format?: string } | undefined)?.format;
      const chosen = negotiate(offered, format, request.headers.accept);
      request.representation = chosen;
      reply.header('vary', 'Accept');
      if (chosen !== offered[0]) reply.type(chosen.mediaType);
    });

    app.addHook('preSerialization', async (request, reply, payload) => {
      const chosen = request.representation;
      if (!chosen?.map || reply.statusCode !== 200) return payload;
      const etag = reply.getHeader('etag');
      const mapped = await chosen.map(payload as never, { app, request });
      if (typeof etag === 'string') {
        const tagged = representationEtag(etag, chosen.format);
        reply.header(
          'etag',
          chosen.embedsOthers && tagged.endsWith('"')
            ? `${tagged.slice(0, -1)}-${createHash('sha256').update(JSON.stringify(mapped)).digest('base64url').slice(0, 16)}"`
            : tagged,
        );
      }
      return mapped;
    });
  },
  { name: 'representations', dependencies: ['errors'] },
);
