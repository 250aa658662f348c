import { Readable } from 'node:stream';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import {
  ImportCreateQuery,
  ImportLineListQuery,
  ImportLinePage,
  ImportListQuery,
  ImportPage,
  ImportSchema,
} from './imports.schemas.ts';

const tags = ['Imports'];
export const ndjsonMediaType = 'application/x-ndjson';

/** The NDJSON body is a stream read by the service, not a value to validate; every other part is validated as usual. */
function streamBodyValidator<Schema>(route: FastifyRouteSchemaDef<Schema>) {
  return route.httpPart === 'body'
    ? () => true
    : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
}

export const importRoutes: FastifyPluginAsyncZod<{ maxBytes: number; maxLineBytes: number }> = async (app, options) => {
  const { imports } = app.services;
  // Scoped to this plugin: the body reaches the handler as the raw request stream, never buffered, and is not held to
  // the JSON body limit (the service enforces IMPORT_MAX_BYTES while it reads).
  app.addContentTypeParser(ndjsonMediaType, (_request, payload, done) => done(null, payload));

  app.post(
    '/',
    {
      // Batches commit one by one as the body streams in (a killed import keeps what it stored; re-run it to finish);
      // it reads its body for as long as the file takes, bounded by the longest pause instead (BODY_TIMEOUT_MS).
      config: { writes: 'batched', longRunning: true },
      validatorCompiler: streamBodyValidator,
      schema: {
        operationId: 'createImport',
        tags,
        summary: 'Import articles from an NDJSON stream',
        description:
          'One raw article per line (the fields of POST /v1/articles with `bodyFormat`, which defaults to `auto`), each normalised, ' +
          'deduplicated, linked and mined for claims, and stored with its line result in batches of lines (IMPORT_BATCH_SIZE), each batch in one ' +
          'transaction that commits as a whole — the same results as storing the lines one by one in file order. The body is read as a stream ' +
          'with bounded memory, up to IMPORT_MAX_BYTES (default 1 GiB). A bad line is recorded as `rejected` and never stops the rest; a line ' +
          'whose canonical URL is already stored is a `duplicate` and changes nothing, so importing a file again — after a crash, say — ' +
          'completes it without doubling anything. The response comes when the body has been read: 201 with the import and its counts; ' +
          'GET /v1/imports lists running imports and GET /v1/imports/{id}/lines the per-line results.',
        consumes: [ndjsonMediaType],
        querystring: ImportCreateQuery,
        // Never validated as a value (streamBodyValidator): the bound documents what the service enforces while it reads,
        // IMPORT_MAX_BYTES — no body of that many bytes holds more characters.
        body: z.string().max(options.maxBytes).meta({
          description:
            'NDJSON: one JSON article per line, e.g. {"url": "https://example.org/a", "title": "…", "body": "<p>…</p>", "publishedAt": "2023-06-05T10:00:00Z"}.',
        }),
        response: {
          201: created(ImportSchema, 'The finished import with its counts.'),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (!(body instanceof Readable))
        throw new AppError(
          'unsupported_media_type',
          `Send the import as ${ndjsonMediaType}: one JSON article per line.`,
        );
      const result = await imports.run(body, {
        apiKeyId: request.apiKey?.id ?? null,
        maxBytes: options.maxBytes,
        maxLineBytes: options.maxLineBytes,
        ner: request.query.ner,
        log: request.log,
      });
      return reply.status(201).header('location', `/v1/imports/${result.id}`).send(result);
    },
  );

  app.get(
    '/',
    {
      schema: {
        operationId: 'listImports',
        tags,
        summary: 'List imports',
        description: 'Newest first, with their state and counts (running ones included).',
        querystring: ImportListQuery,
        response: { 200: ok(ImportPage, 'A page of imports.'), ...problemResponses(400) },
      },
    },
    async (request, reply) => sendPage(request, reply, await imports.list(request.query), request.query.limit),
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getImport',
        tags,
        summary: 'Get an import’s progress',
        params: IdParams,
        response: { 200: ok(ImportSchema, 'The import.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => imports.get(request.params.id),
  );

  app.get(
    '/:id/lines',
    {
      schema: {
        operationId: 'listImportLines',
        tags,
        summary: 'List an import’s per-line results',
        description:
          'In line order; filter by outcome (`?outcome=rejected` lists the refused lines with their reasons).',
        params: IdParams,
        querystring: ImportLineListQuery,
        response: { 200: ok(ImportLinePage, 'A page of line results.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await imports.lines(request.params.id, request.query), request.query.limit),
  );
};
