import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { uuidv7 } from 'uuidv7';
import type { OutcomeWrite, WriteScope } from '../db/transaction.ts';
import type { RequestSummary } from '../modules/audit/audit.service.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * How the route's writes commit. `atomic` (the default): in one transaction that commits together with the
     * response's audit event and idempotency record. `batched`: transaction by transaction as a streamed body is read
     * (imports), the first one carrying the request's audit event with status 202 until the request answers.
     */
    writes?: 'atomic' | 'batched';
  }
  interface FastifyRequest {
    /** What this write request's transactions are bound to (null for reads and requests refused before their handler). */
    writeScope: WriteScope | null;
    /** The id of this request's audit event (minted once, so a provisional event and its completion are one row). */
    auditEventId: string | null;
    /** Rows besides the audit event that record how the request ended, written with it (see `recordOutcome`). */
    outcomeParts: OutcomePart[] | null;
  }
}

/** A row that records how a request ended; `ifNotWritten` runs when it could not be written (the database was gone). */
export type OutcomePart = { write: OutcomeWrite; ifNotWritten?: () => void };

/** Adds a row to what the write path records with the request's outcome (the idempotency plugin's response record). */
export function recordOutcome(request: FastifyRequest, part: OutcomePart): void {
  request.outcomeParts ??= [];
  request.outcomeParts.push(part);
}

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Headers describing a result that a failed commit means does not exist. */
const resultHeaders = ['location', 'content-location', 'etag'];

function summaryOf(request: FastifyRequest, reply: FastifyReply | null, route: string): RequestSummary {
  const location = reply?.getHeader('location');
  return {
    apiKeyId: request.apiKey?.id ?? null,
    method: request.method,
    route,
    url: request.url,
    params: (request.params ?? {}) as Record<string, string | undefined>,
    createdLocation: typeof location === 'string' ? location : undefined,
    requestId: String(request.id),
  };
}

/**
 * The write path of every request that can write (src/db/transaction.ts has the mechanism):
 * - before the handler, the request's key and id become the actor of every transaction it opens, and its writes are
 *   bound to the request (`writes` route setting);
 * - when the response is ready, the request is settled: a success commits its transaction together with its audit
 *   event and whatever other plugins record with it (the Idempotency-Key's response), a refusal rolls the
 *   transaction back and records the audit event alone. If that commit fails the error handler answers instead
 *   (503 while the database is unreachable) and the refusal is recorded — never a success that was not written.
 * Every write request that reached a route is audited, applied or refused, with the key, the resource and the status.
 */
export default fp(
  async (app) => {
    const { transactions } = app;
    const { audit } = app.services;
    app.decorateRequest('writeScope', null);
    app.decorateRequest('auditEventId', null);
    app.decorateRequest('outcomeParts', null);

    app.addHook('preHandler', (request, _reply, done) => {
      // The method first: every request.routeOptions read builds a new object (Fastify 5).
      if (reads.has(request.method)) return done();
      const route = request.routeOptions.url;
      if (route === undefined) return done();
      request.auditEventId = uuidv7();
      const scope: WriteScope = {
        actor: {
          keyId: request.apiKey?.id ?? null,
          keyPrefix: request.apiKey?.prefix ?? null,
          requestId: String(request.id),
        },
        writes: request.routeOptions.config.writes ?? 'atomic',
      };
      const eventId = request.auditEventId;
      if (scope.writes === 'batched')
        scope.firstWrite = (sql) => audit.recordRequest(sql, eventId, summaryOf(request, null, route), 202);
      request.writeScope = scope;
      transactions.bind(scope, done);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (reads.has(request.method)) return payload;
      const route = request.routeOptions.url;
      if (route === undefined) return payload;
      const scope = request.writeScope;
      const parts = request.outcomeParts ?? [];
      request.outcomeParts = null;
      request.auditEventId ??= uuidv7();
      const eventId = request.auditEventId;
      const summary = summaryOf(request, reply, route);
      const status = reply.statusCode;
      const write: OutcomeWrite = async (sql) => {
        await audit.recordRequest(sql, eventId, summary, status);
        for (const part of parts) await part.write(sql);
      };
      const committing = status < 400 && typeof scope?.transaction === 'object' && scope.transaction !== null;
      try {
        await transactions.settle(scope, { commit: status < 400, write });
      } catch (error) {
        if (committing) {
          // Nothing of the request is written (or, if the connection broke after PostgreSQL committed, its
          // idempotency record tells a retry): answer with the error, and record that refusal in turn.
          for (const header of resultHeaders) reply.removeHeader(header);
          throw error;
        }
        for (const part of parts) part.ifNotWritten?.();
        request.log.error({ err: error }, 'could not record the outcome of the request');
      }
      return payload;
    });
  },
  { name: 'write-path', dependencies: ['database', 'services', 'auth', 'idempotency'] },
);
