import fp from 'fastify-plugin';
import { z } from 'zod';
import { lsnPattern, parseLsn } from '../db/replicas.ts';
import { documentRoute } from '../lib/route-docs.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The GET route tolerates replication lag: with read replicas configured its reads go to one (or, with a
     * consistency token, to one that has replayed the client's write). Unset: the primary answers (the safe default).
     */
    replicaReads?: boolean;
  }
}

const reads = new Set(['GET', 'HEAD']);
const tokenHeader = 'meridian-consistency-token';

/**
 * Where each request reads (src/db/replicas.ts has the mechanism): a GET route that declares `replicaReads` is served
 * by a replica in rotation — one that has replayed the `Meridian-Consistency-Token` the client sent, if it sent one —
 * and every other request by the primary. Successful writes answer with the token. Without DATABASE_READ_URLS the
 * header is accepted and ignored, and no token is sent: every read is the primary's.
 */
export default fp(
  async (app) => {
    const replicas = app.readReplicas;

    app.addHook('onRoute', (route) => {
      const method = String([route.method].flat()[0]);
      if (reads.has(method) && route.config?.replicaReads) {
        documentRoute(route, {
          headers: {
            [tokenHeader]: z
              .string()
              .max(17)
              .regex(lsnPattern, 'must be a WAL position such as 0/3A2B1C8')
              .optional()
              .meta({
                description:
                  'The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary.',
                example: '0/3A2B1C8',
              }),
          },
        });
      } else if (!reads.has(method) && method !== 'OPTIONS') {
        documentRoute(route, { responseHeaders: [{ headers: ['Meridian-Consistency-Token'], statuses: ['2XX'] }] });
      }
    });
    if (!replicas) return;

    app.addHook('preHandler', (request, _reply, done) => {
      if (!reads.has(request.method) || !request.routeOptions.config.replicaReads) return done();
      const header = request.headers[tokenHeader];
      const token = typeof header === 'string' && lsnPattern.test(header) ? parseLsn(header) : null;
      replicas.choose(token).then(
        (replica) => replicas.bind(replica, done),
        (error: Error) => done(error),
      );
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (reads.has(request.method) || request.method === 'OPTIONS' || reply.statusCode >= 400) return payload;
      if (request.routeOptions.url === undefined) return payload;
      try {
        reply.header(tokenHeader, await replicas.consistencyToken());
      } catch (error) {
        // The write has committed; without a token the client's next read may merely be served by the primary.
        request.log.warn({ err: error }, 'could not read the consistency token after a write');
      }
      return payload;
    });
  },
  { name: 'replicas', dependencies: ['database', 'write-path'] },
);
