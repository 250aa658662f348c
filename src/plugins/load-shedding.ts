import underPressure from '@fastify/under-pressure';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { PressureConfig } from '../config.ts';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { prepareProblem } from './errors.ts';

/** Liveness and metrics answer even under pressure: an orchestrator must not restart a busy process, and scrapes show why. */
const neverShed = new Set(['/healthz', '/metrics']);

const reasons: Record<string, string> = {
  eventLoopDelay: 'the event loop is delayed',
  eventLoopUtilization: 'the event loop is saturated',
  heapUsedBytes: 'the heap is nearly full',
  rssBytes: 'the process uses too much memory',
};

/**
 * Load shedding: when the event loop delay or utilization, the heap or the resident memory passes its threshold
 * (0: that check is off), requests are answered at once with 503 problem+json `overloaded` and Retry-After instead
 * of queueing until they time out. /readyz is shed too, so a load balancer stops sending traffic; /healthz is not.
 */
export default fp<PressureConfig>(
  async (app, options) => {
    const retryAfterSeconds = 5;
    app.addHook('onRoute', (route) => {
      if (!neverShed.has(route.url)) documentRoute(route, { responses: problemResponses(503) });
    });
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxEventLoopUtilization: options.maxEventLoopUtilization,
      maxHeapUsedBytes: options.maxHeapUsedBytes,
      maxRssBytes: options.maxRssBytes,
      sampleInterval: options.sampleIntervalMs,
      retryAfter: retryAfterSeconds,
      // Returning a body makes the plugin send it and stop the request; returning nothing lets the request through.
      pressureHandler: ((request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => {
        if (neverShed.has(request.routeOptions.url ?? '')) return;
        request.log.warn({ type, value }, 'shedding load');
        reply.header('retry-after', String(retryAfterSeconds));
        return prepareProblem(
          request,
          reply,
          'overloaded',
          `The server is overloaded (${reasons[type] ?? type}); retry after ${retryAfterSeconds} seconds.`,
        );
      }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => void,
    });
  },
  { name: 'load-shedding', dependencies: ['errors'] },
);
