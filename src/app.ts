import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { V7Generator } from 'uuidv7';
import type { Config } from './config.ts';
import { invalidField } from './lib/errors.ts';
import { nulBytePath } from './lib/nul-byte.ts';
import { documentRoute } from './lib/route-docs.ts';
import { responseSerializerCompiler } from './lib/serialization.ts';
import { articleRoutes } from './modules/articles/articles.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { claimRelationListRoutes, claimRelationRoutes } from './modules/claim-relations/claim-relations.routes.ts';
import { claimReviewResourceRoutes, claimVerdictRoutes } from './modules/claim-reviews/claim-reviews.routes.ts';
import { claimSimilarityRoutes } from './modules/claim-similarity/claim-similarity.routes.ts';
import { claimRoutes } from './modules/claims/claims.routes.ts';
import { articleDiscoveryRoutes, entityDiscoveryRoutes } from './modules/discovery/discovery.routes.ts';
import { entityRoutes } from './modules/entities/entities.routes.ts';
import { exportRoutes } from './modules/exports/exports.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { changeRoutes, revisionRoutes } from './modules/history/history.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { keyRoutes } from './modules/keys/keys.routes.ts';
import { articleLineageRoutes } from './modules/lineage/lineage.routes.ts';
import { mentionRoutes } from './modules/mentions/mentions.routes.ts';
import { mergeRoutes } from './modules/merges/merges.routes.ts';
import { problemRoutes } from './modules/problems/problems.routes.ts';
import { entityMatchRoutes, reconcileRoutes } from './modules/reconcile/reconcile.routes.ts';
import { entityRelationRoutes, graphRoutes, relationRoutes } from './modules/relations/relations.routes.ts';
import { claimReviewRoutes, entityReviewRoutes } from './modules/review/review.routes.ts';
import { roleRoutes } from './modules/roles/roles.routes.ts';
import { savedSearchRoutes } from './modules/saved-searches/saved-searches.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { sourceRoutes } from './modules/sources/sources.routes.ts';
import { storyRoutes } from './modules/stories/stories.routes.ts';
import { createChangeStreams } from './modules/webhooks/changes-stream.ts';
import { changeStreamRoutes, watchRoutes, webhookRoutes } from './modules/webhooks/webhooks.routes.ts';
import authPlugin, { type RouteAccess } from './plugins/auth.ts';
import conditionalPlugin from './plugins/conditional.ts';
import databasePlugin from './plugins/database.ts';
import entityRedirectsPlugin from './plugins/entity-redirects.ts';
import errorsPlugin, { clientErrorHandler, sendProblem } from './plugins/errors.ts';
import idempotencyPlugin from './plugins/idempotency.ts';
import limitsPlugin from './plugins/limits.ts';
import loadSheddingPlugin from './plugins/load-shedding.ts';
import metricsPlugin from './plugins/metrics.ts';
import openapiPlugin from './plugins/openapi.ts';
import pushPlugin from './plugins/push.ts';
import rateLimitPlugin from './plugins/rate-limit.ts';
import replicasPlugin from './plugins/replicas.ts';
import representationsPlugin from './plugins/representations.ts';
import securityHeadersPlugin from './plugins/security-headers.ts';
import servicesPlugin from './plugins/services.ts';
import timeoutsPlugin from './plugins/timeouts.ts';
import writePathPlugin from './plugins/write-path.ts';

export type RegisteredRoute = { method: string; url: string; access: RouteAccess | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RegisteredRoute[];
    /** `draining`: the process is about to stop (SIGTERM); /readyz answers 503 from then on so balancers stop sending. */
    lifecycle: { draining: boolean };
  }
}

export type AppOptions = {
  /** The whole configuration: its defaults live in config.ts alone (tests start from loadConfig's too). */
  config: Config;
  databaseUrl: string;
  /** Replaces the default pino options (tests pass `false` to keep output quiet). */
  logger?: FastifyServerOptions['logger'];
};

/** Random words for request ids, refilled 1,024 at a time. */
function bufferedRandom() {
  const words = new Uint32Array(1024);
  let next = words.length;
  return {
    nextUint32: () => {
      if (next === words.length) {
        crypto.getRandomValues(words);
        next = 0;
      }
      return words[next++] as number;
    },
  };
}
// The library's default generator calls crypto.getRandomValues for every 8 random words: most of the ~3 µs a request id
// cost on GET /v1/articles/{id} (bench/RESULTS.md, session 26).
const requestIds = new V7Generator(bufferedRandom());

/** Accept a caller's X-Request-Id when it is a sane token; otherwise mint a time-ordered one (UUIDv7). */
function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : requestIds.generate().toString();
}

export function loggerOptions(level: Config['logLevel']): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      // Webhook secrets never reach a response after creation; should an object carrying one be logged, it is censored.
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'secret',
        '*.secret',
        '*.previousSecret',
      ],
      censor: '[redacted]',
    },
  };
}

/** Builds the whole API. The server and the tests build it the same way. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.config.logLevel),
    bodyLimit: options.config.bodyLimitBytes,
    genReqId: (request) => requestId(request.headers['x-request-id']),
    // What the HTTP parser refuses and Node's header and request clocks answer as problems too (src/plugins/timeouts.ts
    // sets those clocks); they are checked every second rather than Node's default 30.
    clientErrorHandler,
    http: { connectionsCheckingInterval: 1000 },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Fastify's own 503 while closing is plain JSON; the hook below answers with a problem instead.
    return503OnClosing: false,
    // URLs the router refuses before any route runs (bad percent-encoding, an over-long parameter) get a problem too.
    frameworkErrors: (error, request, reply) => {
      const reason =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? 'is longer than 200 characters'
          : 'is not valid percent-encoded UTF-8';
      reply.header('x-request-id', request.id);
      return sendProblem(request, reply, 'validation_failed', `A path parameter ${reason}.`, {
        errors: [{ location: 'params', field: '', message: reason }],
      });
    },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only; without this, Fastify's built-in text/plain parser would let strings through to validation.
  app.removeContentTypeParser('text/plain');
  // The registered routes, for introspection (which routes exist, with which access): see tests/auth.test.ts.
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routeTable.push({ method: String(method), url: route.url, access: route.config?.access });
    documentRoute(route, { responseHeaders: [{ headers: ['X-Request-Id'] }] }); // set on every response below
  });
  // PostgreSQL text cannot hold U+0000; refuse it up front in the query string, the path and the body, naming the
  // field, instead of failing at the database.
  app.addHook('preValidation', async (request) => {
    // A streamed body (NDJSON imports) is checked line by line by its route, not walked here.
    if (request.body instanceof Readable) return;
    // A route that declares no query string (health checks) ignores it, as it ignores any other parameter there.
    const schema = request.routeOptions.schema;
    for (const [location, value] of [
      ['querystring', schema?.querystring ? request.query : undefined],
      ['params', schema?.params ? request.params : undefined],
      ['body', request.body],
    ] as const) {
      const field = nulBytePath(value);
      if (field !== null) throw invalidField(location, field, 'must not contain the NUL character (U+0000)');
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(timeoutsPlugin, options.config.timeouts);
  await app.register(securityHeadersPlugin, { corsOrigins: options.config.corsOrigins });
  // Draining (SIGTERM: close() was called): requests still arriving on open keep-alive connections are refused with a
  // problem and the connection is closed, so clients retry elsewhere; requests already running finish.
  let closing = false;
  app.decorate('lifecycle', { draining: false });
  app.addHook('preClose', (done) => {
    closing = true;
    app.lifecycle.draining = true;
    done();
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    return sendProblem(
      request,
      reply,
      'service_unavailable',
      'The server is shutting down; retry after Retry-After seconds.',
    );
  });
  await app.register(loadSheddingPlugin, options.config.pressure);
  await app.register(limitsPlugin, { maxUrlLength: options.config.maxUrlLength });
  await app.register(openapiPlugin);
  await app.register(databasePlugin, {
    databaseUrl: options.databaseUrl,
    poolMax: options.config.databasePoolMax,
    statementTimeoutMs: options.config.statementTimeoutMs,
    poolTimeoutMs: options.config.poolTimeoutMs,
    readReplicas: options.config.readReplicas,
  });
  await app.register(servicesPlugin, {
    importBatch: options.config.importBatch,
    importWorkers: options.config.importWorkers,
    nerMinConfidence: options.config.nerMinConfidence,
    webhooks: {
      allowedHosts: new Set(options.config.push.allowedHosts),
      secretGraceMs: options.config.push.secretGraceMs,
    },
  });
  await app.register(authPlugin, { readsRequireKey: options.config.readsRequireKey });
  await app.register(rateLimitPlugin, options.config.rateLimit);
  await app.register(metricsPlugin, { public: options.config.metricsPublic });
  await app.register(idempotencyPlugin, { ttlHours: options.config.idempotencyTtlHours });
  await app.register(conditionalPlugin);
  await app.register(entityRedirectsPlugin);
  // After the plugins whose onSend hooks settle the status (redirects) and record with the outcome (idempotency).
  await app.register(writePathPlugin);
  // After the write path, whose onSend commits: the consistency token is the WAL position after that commit.
  await app.register(replicasPlugin);
  await app.register(representationsPlugin);

  // Every route plugin serves one URL prefix, named here. A resource's module owns its prefix; the sub-resources other
  // modules implement on top of it (revisions, merge and split, relations, discovery, review) are registered under
  // that prefix too, since the resource's module cannot import them without an import cycle
  // (tests/architecture.test.ts). The order is the OpenAPI document's order of paths.
  await app.register(healthRoutes, { databaseUrl: options.databaseUrl });
  await app.register(problemRoutes, { prefix: '/problems' });
  await app.register(sourceRoutes, { prefix: '/v1/sources' });
  await app.register(articleRoutes, { prefix: '/v1/articles' });
  await app.register(entityRoutes, { prefix: '/v1/entities' });
  await app.register(claimRoutes, { prefix: '/v1/claims' });
  await app.register(keyRoutes, { prefix: '/v1/keys' });
  await app.register(auditRoutes, { prefix: '/v1/audit' });
  await app.register(entityDiscoveryRoutes, { prefix: '/v1/entities' });
  await app.register(articleDiscoveryRoutes, { prefix: '/v1/articles' });
  await app.register(articleLineageRoutes, { prefix: '/v1/articles' });
  await app.register(searchRoutes, { prefix: '/v1/search' });
  await app.register(exportRoutes, { prefix: '/v1/exports', maxConcurrent: options.config.exportMaxConcurrent });
  await app.register(revisionRoutes, { prefix: '/v1/articles', type: 'article' });
  await app.register(revisionRoutes, { prefix: '/v1/entities', type: 'entity' });
  await app.register(revisionRoutes, { prefix: '/v1/claims', type: 'claim' });
  await app.register(changeRoutes, { prefix: '/v1/changes' });
  await app.register(changeStreamRoutes, {
    prefix: '/v1/changes',
    streams: createChangeStreams({ webhooks: app.services.webhookRepository, settings: options.config.push.stream }),
  });
  await app.register(mergeRoutes, { prefix: '/v1/entities' });
  await app.register(entityRelationRoutes, { prefix: '/v1/entities' });
  await app.register(relationRoutes, { prefix: '/v1/relations' });
  await app.register(graphRoutes, { prefix: '/v1/graph' });
  await app.register(roleRoutes, { prefix: '/v1/roles' });
  await app.register(importRoutes, {
    prefix: '/v1/imports',
    maxBytes: options.config.importMaxBytes,
    maxLineBytes: options.config.bodyLimitBytes,
  });
  await app.register(entityReviewRoutes, { prefix: '/v1/entities' });
  await app.register(claimReviewRoutes, { prefix: '/v1/claims' });
  await app.register(claimVerdictRoutes, { prefix: '/v1/claims' });
  await app.register(claimReviewResourceRoutes, { prefix: '/v1/claim-reviews' });
  await app.register(claimRelationListRoutes, { prefix: '/v1/claims' });
  await app.register(claimSimilarityRoutes, { prefix: '/v1/claims' });
  await app.register(claimRelationRoutes, { prefix: '/v1/claim-relations' });
  await app.register(mentionRoutes, { prefix: '/v1/mentions' });
  await app.register(entityMatchRoutes, { prefix: '/v1/entities' });
  await app.register(reconcileRoutes, { prefix: '/v1/reconcile' });
  await app.register(storyRoutes, { prefix: '/v1/stories' });
  await app.register(webhookRoutes, { prefix: '/v1/webhooks' });
  await app.register(watchRoutes, { prefix: '/v1/watches' });
  await app.register(savedSearchRoutes, { prefix: '/v1/saved-searches' });
  // The dispatcher and the delivery workers, when this process runs them (PUSH_IN_PROCESS; else `npm run worker`).
  await app.register(pushPlugin, { databaseUrl: options.databaseUrl, push: options.config.push });
  return app;
}
