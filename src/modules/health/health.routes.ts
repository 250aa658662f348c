import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus } from '../../db/migrate.ts';
import { ok, problemResponses } from '../../lib/schemas.ts';
import { sendProblem } from '../../plugins/errors.ts';

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
const Readiness = z
  .object({
    status: z.literal('ready'),
    database: z.literal('reachable'),
    migrations: z.object({ applied: z.number().int(), pending: z.array(z.string()) }),
  })
  .meta({ id: 'Readiness' });

export const healthRoutes: FastifyPluginAsyncZod<{ databaseUrl: string }> = async (app, options) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['Operations'],
        summary: 'Liveness: the process is up',
        response: { 200: ok(Health, 'The process is up.') },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getReadiness',
        tags: ['Operations'],
        summary: 'Readiness: the database answers, every migration is applied and the server is not shutting down',
        response: { 200: ok(Readiness, 'Ready to serve.'), ...problemResponses(503) },
      },
    },
    async (request, reply) => {
      // Draining first, so a balancer polling this stops sending before the server stops accepting.
      if (app.lifecycle.draining)
        return sendProblem(request, reply, 'service_unavailable', 'The server is shutting down.');
      try {
        await app.services.health.ping();
        const migrations = await migrationStatus(options.databaseUrl);
        if (migrations.pending.length > 0) {
          return sendProblem(
            request,
            reply,
            'service_unavailable',
            `Migrations not applied: ${migrations.pending.join(', ')}.`,
          );
        }
        return { status: 'ready' as const, database: 'reachable' as const, migrations };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return sendProblem(request, reply, 'service_unavailable', 'The database is not reachable.');
      }
    },
  );
};
