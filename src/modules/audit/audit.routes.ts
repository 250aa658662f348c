import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../lib/pagination.ts';
import { ok, problemResponses } from '../../lib/schemas.ts';
import { AuditListQuery, AuditPage } from './audit.schemas.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['Keys'],
        summary: 'Read the audit log',
        description:
          'Every write request that reached a route — applied or refused — newest first. Needs the `admin` scope.',
        querystring: AuditListQuery,
        response: { 200: ok(AuditPage, 'A page of audit events.'), ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await app.services.audit.list(request.query), request.query.limit),
  );
};
