import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { sendProblem } from './errors.ts';
import { recordOutcome } from './write-path.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's success response carries a secret that is shown once (a new API key's): it is never kept in an
     * idempotency record, and a retry with the same Idempotency-Key gets 409 `secret_not_replayable` naming what the
     * first request created instead of the secret again.
     */
    secretInResponse?: boolean;
  }
  interface FastifyRequest {
    idempotencyRecordId: string | null;
  }
}

/** A first request still unfinished after this long is taken to have died with its process. */
const abandonedAfterMs = 60_000;
/** How often a release that could not be written (the database was gone) is tried again. */
const releaseRetryMs = 2_000;
const replayedHeaders = ['content-type', 'location', 'etag'];

/**
 * Idempotency-Key on POST: the first request with a key runs and its response is kept for `ttlHours`; a retry
 * with the same key and the same request gets that response again (with `Idempotent-Replayed: true`), a retry
 * with a different request gets 422, and one that arrives while the first is still running gets 409.
 * Keys belong to the API key that sent them.
 *
 * The key is claimed (a record without a response) before the handler runs. The response — status, the headers in
 * `replayedHeaders` and the exact body sent — is written into the request's own transaction by the write path
 * (src/plugins/write-path.ts), so it commits with the write it answers or not at all: a retry after a crash or a
 * lost connection replays the first response exactly when the write committed, and runs again when it did not. A
 * 5xx releases the claim (nothing was written), so the retry runs again; while the database is unreachable the
 * release is tried again every few seconds, and a claim left behind by a dead process is taken over after
 * `abandonedAfterMs`. Refusals (4xx) are kept and replayed like successes. A route marked `secretInResponse` keeps
 * no body: its retry is told what was created (409), never given the secret again.
 */
export default fp<{ ttlHours: number }>(
  async (app, options) => {
    const records = app.services.idempotency;
    const ttlMs = options.ttlHours * 3_600_000;
    app.decorateRequest('idempotencyRecordId', null);
    app.addHook('onRoute', (route) => {
      if (route.method !== 'POST') return;
      // A route that takes only a streamed body (NDJSON imports) is never fingerprinted (see preHandler): no key to document.
      const consumes = (route.schema as { consumes?: string[] } | undefined)?.consumes;
      if (consumes && !consumes.includes('application/json')) return;
      documentRoute(route, {
        headers: {
          'idempotency-key': z
            .string()
            .min(1)
            .max(255)
            .optional()
            .meta({
              description: `Makes the POST safe to retry for ${options.ttlHours} hours: the same key with the same request replays the first response (with \`Idempotent-Replayed: true\`).`,
            }),
        },
        responses: problemResponses(409, 422),
        responseHeaders: [
          // A replay repeats a response this hook let through to the handler: never a 5xx (not stored), nor what is
          // refused before it runs (401/403 by the auth plugin, 413/415 while parsing, 414 and 429 on arrival).
          { headers: ['Idempotent-Replayed'], statuses: ['2XX', '3XX', '4XX'], except: [401, 403, 413, 414, 415, 429] },
          { headers: ['Retry-After'], statuses: [409] },
        ],
      });
    });

    const sweep = setInterval(() => {
      records
        .deleteExpired(new Date())
        .catch((error: unknown) => app.log.warn({ err: error }, 'could not delete expired idempotency records'));
    }, 10 * 60_000);
    sweep.unref();
    // Claims of failed requests whose release could not be written yet (the database was unreachable).
    const unreleased = new Map<string, number>();
    const retry = setInterval(() => {
      for (const [id, since] of unreleased) {
        // Past abandonedAfterMs a retry takes the claim over anyway.
        if (Date.now() - since > abandonedAfterMs) {
          unreleased.delete(id);
          continue;
        }
        records
          .releaseAlone(id)
          .then(() => unreleased.delete(id))
          .catch(() => {});
      }
    }, releaseRetryMs);
    retry.unref();
    const releaseLater = (id: string) => unreleased.set(id, Date.now());
    app.addHook('onClose', async () => {
      clearInterval(sweep);
      clearInterval(retry);
    });

    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'POST') return;
      const key = request.headers['idempotency-key'];
      // A streamed body (NDJSON imports) cannot be fingerprinted up front; imports are idempotent by canonical URL.
      if (key === undefined || request.body instanceof Readable) return;
      if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
        return sendProblem(
          request,
          reply,
          'validation_failed',
          'Idempotency-Key must be 1–255 visible ASCII characters.',
          {
            errors: [
              { location: 'headers', field: 'idempotency-key', message: 'must be 1–255 visible ASCII characters' },
            ],
          },
        );
      }
      const owner = request.apiKey?.id ?? 'anonymous';
      const path = request.url;
      const requestHash = createHash('sha256')
        .update(JSON.stringify([request.method, path, request.body ?? null]))
        .digest('hex');
      const claim = () =>
        records.claim({
          owner,
          key,
          method: request.method,
          path,
          requestHash,
          expiresAt: new Date(Date.now() + ttlMs),
        });

      let id = await claim();
      if (id === null) {
        const existing = await records.find(owner, key);
        const now = Date.now();
        const stale =
          existing &&
          (existing.expiresAt.getTime() < now ||
            (existing.status === null && now - existing.createdAt.getTime() > abandonedAfterMs));
        if (!existing || stale) {
          if (existing) await records.discard(existing.id);
          id = await claim();
        } else if (existing.requestHash !== requestHash) {
          return sendProblem(
            request,
            reply,
            'idempotency_key_reused',
            'This Idempotency-Key was first used with a different method, path or body.',
            {
              errors: [{ location: 'headers', field: 'idempotency-key', message: 'was used with a different request' }],
            },
          );
        } else if (existing.status === null) {
          reply.header('retry-after', '1');
          return sendProblem(
            request,
            reply,
            'idempotency_in_progress',
            'The first request with this Idempotency-Key has not finished yet.',
          );
        } else if (request.routeOptions.config.secretInResponse && existing.status < 300) {
          const location = (existing.responseHeaders as Record<string, string> | null)?.location;
          return sendProblem(
            request,
            reply,
            'secret_not_replayable',
            `The first request with this Idempotency-Key succeeded${location ? ` and created ${location}` : ''}; its response carried a secret, which is shown once and not kept, so it is not replayed. Revoke what it created and create another if the secret was lost.`,
            { extensions: location ? { location } : {} },
          );
        } else {
          reply
            .code(existing.status)
            .headers({ ...(existing.responseHeaders as Record<string, string>), 'idempotent-replayed': 'true' });
          return reply.send(existing.responseBody ?? undefined);
        }
      }
      if (id === null) {
        reply.header('retry-after', '1');
        return sendProblem(
          request,
          reply,
          'idempotency_in_progress',
          'Another request with this Idempotency-Key has just started.',
        );
      }
      request.idempotencyRecordId = id;
    });

    // The response to keep, handed to the write path, which writes it in the request's transaction.
    app.addHook('onSend', async (request, reply, payload) => {
      const id = request.idempotencyRecordId;
      // Routes registered before this plugin (the docs page) never see the decorator's default, hence `!id`.
      if (!id) return payload;
      if (reply.statusCode >= 500) {
        request.idempotencyRecordId = null;
        recordOutcome(request, { write: (sql) => records.release(sql, id), ifNotWritten: () => releaseLater(id) });
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const name of replayedHeaders) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      const withheld = request.routeOptions.config.secretInResponse === true && reply.statusCode < 300;
      const response = {
        status: reply.statusCode,
        headers,
        body: withheld || typeof payload !== 'string' ? null : payload,
      };
      // If the commit fails the error handler answers instead, and this hook runs again for that 5xx: a release.
      recordOutcome(request, {
        write: async (sql) => {
          if (!(await records.completeClaim(sql, id, response)))
            throw new Error('The Idempotency-Key claim was taken over as abandoned; the write does not commit.');
        },
        ifNotWritten: () => releaseLater(id),
      });
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['services', 'auth'] },
);
