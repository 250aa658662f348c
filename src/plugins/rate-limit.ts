import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { RateLimitConfig } from '../config.ts';
import { AppError } from '../lib/errors.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { routeAccess } from './auth.ts';

/** Routes no budget applies to: probes, metrics, docs, the OpenAPI document and problem types (all `public` but /metrics). */
export function rateLimitExempt(
  method: string,
  url: string | undefined,
  access: Parameters<typeof routeAccess>[1],
): boolean {
  if (url === undefined || method === 'OPTIONS') return true;
  return url === '/metrics' || url.startsWith('/docs') || routeAccess(method, access) === 'public';
}

type Budget = 'read' | 'write';
const budgetOf = (method: string): Budget => (method === 'GET' || method === 'HEAD' ? 'read' : 'write');

/** Who a request is counted against: its verified API key (by public prefix), else the client address. */
function clientOf(request: FastifyRequest): string {
  return request.apiKey ? `key:${request.apiKey.prefix}` : `ip:${request.ip}`;
}

// A fixed window per counter: the first increment starts it, the counter expires with it.
const incrementScript = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {current, ttl}`;

/**
 * Counters in Redis, shared by every API instance that uses the same Redis and namespace. When Redis cannot be
 * reached the store reports the error, which the limiter (skipOnError) treats as "allowed": availability wins
 * over strict budgets, and a warning is logged (at most every 10 s) so the outage is visible.
 */
function redisStore(redis: Redis, namespace: string, log: FastifyBaseLogger) {
  let lastWarning = 0;
  return class RedisBudgetStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      redis.eval(incrementScript, 1, `${namespace}${key}`, timeWindow).then(
        (result) => {
          const [current, ttl] = result as [number, number];
          callback(null, { current, ttl });
        },
        (error: Error) => {
          if (Date.now() - lastWarning > 10_000) {
            lastWarning = Date.now();
            log.warn({ err: error }, 'rate limit store (Redis) unreachable: requests are let through without counting');
          }
          callback(error);
        },
      );
    }
    child() {
      return new RedisBudgetStore();
    }
  };
}

/**
 * Request budgets per API key (or client address without one), reads and writes counted apart, in a fixed window.
 * Answers with the IETF RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers and, once a budget is spent,
 * 429 problem+json with Retry-After. Counters live in memory, or in Redis when `redisUrl` is set so that every
 * instance shares one budget. Runs after the auth plugin's onRequest hook, so a key is counted only once verified.
 */
export default fp<RateLimitConfig>(
  async (app, options) => {
    const maxOf = (budget: Budget) => (budget === 'read' ? options.readMax : options.writeMax);

    let store: ReturnType<typeof redisStore> | undefined;
    if (options.redisUrl) {
      // No offline queue and a single attempt: while Redis is away a command fails at once instead of stalling the request.
      const redis = new Redis(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 1000,
        retryStrategy: (times) => Math.min(times * 250, 2000),
      });
      redis.on('error', () => {}); // reported by the store when a request is affected
      const ready = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(resolve, 1500, false);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!ready)
        app.log.warn(
          { redisUrl: options.redisUrl.replace(/\/\/[^@]*@/, '//***@') },
          'Redis for rate limits is unreachable at start; failing open until it answers',
        );
      store = redisStore(redis, options.redisNamespace, app.log);
      app.addHook('onClose', async () => {
        if (redis.status === 'ready') await redis.quit();
        else redis.disconnect();
      });
    }

    app.addHook('onRoute', (route) => {
      const method = String([route.method].flat()[0]);
      if (rateLimitExempt(method, route.url, route.config?.access)) {
        route.config = { ...route.config, rateLimit: false };
        return;
      }
      // An unlimited budget (0) counts nothing and sends no RateLimit headers: its routes get no limiter hook at all (an
      // allow list answering "unlimited" still cost every GET /v1/articles/{id} a few µs, bench/RESULTS.md).
      if (maxOf(budgetOf(method)) === 0) route.config = { ...route.config, rateLimit: false };
      documentRoute(route, {
        responses: problemResponses(429),
        // The limiter's hook runs after every application-wide onRequest hook, so the responses those send on their
        // own — the auth plugin's 401 and 403, the URL bound's 414, load shedding's 503 — go out uncounted, without them.
        responseHeaders: [
          { headers: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'], except: [401, 403, 414] },
        ],
      });
    });

    await app.register(rateLimit, {
      global: true,
      ...(store ? { store } : {}),
      enableDraftSpec: true,
      skipOnError: true,
      timeWindow: options.windowMs,
      keyGenerator: (request) => `${budgetOf(request.method)}:${clientOf(request)}`,
      max: (request) => maxOf(budgetOf(request.method)),
      errorResponseBuilder: (request, context) =>
        new AppError(
          'rate_limited',
          `${request.apiKey ? 'This API key' : 'This client address'} has used its ${context.max} ${budgetOf(request.method)} requests per ${Math.round(options.windowMs / 1000)} s; retry in ${context.after}.`,
        ),
    });
  },
  { name: 'rate-limit', dependencies: ['auth', 'errors'] },
);
