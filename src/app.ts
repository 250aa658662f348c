import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidv7 } from 'uuidv7';
import type { Config } from './config.ts';
import { invalidField } from './lib/errors.ts';
import { articleRoutes } from './modules/articles/articles.routes.ts';
import { claimRoutes } from './modules/claims/claims.routes.ts';
import { discoveryRoutes } from './modules/discovery/discovery.routes.ts';
import { entityRoutes } from './modules/entities/entities.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { problemRoutes } from './modules/problems/problems.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { sourceRoutes } from './modules/sources/sources.routes.ts';
import databasePlugin from './plugins/database.ts';
import errorsPlugin from './plugins/errors.ts';
import openapiPlugin from './plugins/openapi.ts';
import servicesPlugin from './plugins/services.ts';
import auditPlugin from './plugins/audit.ts';
import authPlugin, { type RouteAccess } from './plugins/auth.ts';
import conditionalPlugin from './plugins/conditional.ts';
import idempotencyPlugin from './plugins/idempotency.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { keyRoutes } from './modules/keys/keys.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';

export type RegisteredRoute = { method: string; url: string; access: RouteAccess | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RegisteredRoute[];
  }
}

export type AppOptions = {
  config: Pick<Config, 'logLevel' | 'bodyLimitBytes' | 'databasePoolMax'> & Partial<Pick<Config, 'readsRequireKey' | 'idempotencyTtlHours' | 'importMaxBytes'>>;
  databaseUrl: string;
  /** Replaces the default pino options (tests pass `false` to keep output quiet). */
  logger?: FastifyServerOptions['logger'];
};

/** The dotted path of the first string (or key) in a JSON value that contains U+0000, or null. */
function nulBytePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return itemPath;
    const found = nulBytePath(item, itemPath);
    if (found !== null) return found;
  }
  return null;
}

/** Accept a caller's X-Request-Id when it is a sane token; otherwise mint a time-ordered one. */
function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : uuidv7();
}

export function loggerOptions(level: Config['logLevel']): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
  };
}

/** Builds the whole API. The server and the tests build it the same way. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.config.logLevel),
    bodyLimit: options.config.bodyLimitBytes,
    genReqId: (request) => requestId(request.headers['x-request-id']),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only; without this, Fastify's built-in text/plain parser would let strings through to validation.
  app.removeContentTypeParser('text/plain');
  // The registered routes, for introspection (which routes exist, with which access): see tests/auth.test.ts.
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method: String(method), url: route.url, access: route.config?.access });
  });
  // PostgreSQL text cannot hold U+0000; refuse it up front, naming the field, instead of failing at the database.
  app.addHook('preValidation', async (request) => {
    // A streamed body (NDJSON imports) is checked line by line by its route, not walked here.
    if (request.body instanceof Readable) return;
    const field = nulBytePath(request.body);
    if (field !== null) throw invalidField('body', field, 'must not contain the NUL character (U+0000)');
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(openapiPlugin);
  await app.register(databasePlugin, { databaseUrl: options.databaseUrl, poolMax: options.config.databasePoolMax });
  await app.register(servicesPlugin);
  await app.register(authPlugin, { readsRequireKey: options.config.readsRequireKey ?? false });
  await app.register(idempotencyPlugin, { ttlHours: options.config.idempotencyTtlHours ?? 24 });
  await app.register(conditionalPlugin);
  await app.register(auditPlugin);

  await app.register(healthRoutes, { databaseUrl: options.databaseUrl });
  await app.register(problemRoutes, { prefix: '/problems' });
  await app.register(sourceRoutes, { prefix: '/v1/sources' });
  await app.register(articleRoutes, { prefix: '/v1/articles' });
  await app.register(entityRoutes, { prefix: '/v1/entities' });
  await app.register(claimRoutes, { prefix: '/v1/claims' });
  await app.register(keyRoutes, { prefix: '/v1/keys' });
  await app.register(auditRoutes, { prefix: '/v1/audit' });
  await app.register(discoveryRoutes, { prefix: '/v1' });
  await app.register(searchRoutes, { prefix: '/v1/search' });
  await app.register(importRoutes, { prefix: '/v1/imports', maxBytes: options.config.importMaxBytes ?? 1024 ** 3, maxLineBytes: options.config.bodyLimitBytes });
  await app.register(reviewRoutes, { prefix: '/v1' });
  return app;
}
