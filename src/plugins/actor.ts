import fp from 'fastify-plugin';
import { runAsActor } from '../lib/actor.ts';

/**
 * Makes the request's key and id the current actor while its handler runs, so services' write transactions
 * (`writeTransaction`, `setActor` in src/lib/actor.ts) record who made each revision without passing it around.
 * A preHandler hook: the key is known by then, and the handler runs inside `done`.
 */
export default fp(
  async (app) => {
    app.addHook('preHandler', (request, _reply, done) => {
      runAsActor(
        { keyId: request.apiKey?.id ?? null, keyPrefix: request.apiKey?.prefix ?? null, requestId: String(request.id) },
        done,
      );
    });
  },
  { name: 'actor', dependencies: ['auth'] },
);
