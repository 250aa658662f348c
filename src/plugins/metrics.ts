import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import type { ReplicaState } from '../db/replicas.ts';

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/**
 * Prometheus metrics at GET /metrics: requests and their latency per route pattern (never the raw URL, so the
 * label set stays bounded), error responses per status, the database pool's connections, and the process's
 * default metrics (CPU, memory, event loop lag, GC). Each app has its own registry. The route needs the `admin`
 * scope unless `public` is set (METRICS_PUBLIC=true, for a scraper on a private network).
 */
export default fp<{ public: boolean }>(
  async (app, options) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['method', 'route', 'status_class'] as const;
    const requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status class.',
      labelNames,
      registers: [registry],
    });
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to finishing its response, by route pattern, method and status class.',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    const errors = new Counter({
      name: 'http_request_errors_total',
      help: 'Error responses (status 400 and above), by route pattern, method and status.',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections: total open, idle, and callers waiting for one.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = app.databasePoolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });

    const replicas = app.readReplicas;
    if (replicas) {
      const replicaGauge = (name: string, help: string, value: (state: ReplicaState) => number) =>
        new Gauge({
          name,
          help,
          labelNames: ['replica'] as const,
          registers: [registry],
          collect() {
            for (const state of replicas.states()) this.set({ replica: state.name }, value(state));
          },
        });
      replicaGauge(
        'db_replica_lag_bytes',
        'Bytes of WAL the read replica has not replayed yet, at the last check.',
        (state) => state.lagBytes,
      );
      replicaGauge(
        'db_replica_lag_seconds',
        'How long ago the primary was at the oldest WAL position the read replica has not replayed yet, at the last check.',
        (state) => state.lagSeconds,
      );
      replicaGauge(
        'db_replica_in_rotation',
        '1 while the read replica serves reads; 0 while it is down or lags past DATABASE_READ_MAX_LAG_MS / _BYTES.',
        (state) => (state.inRotation ? 1 : 0),
      );
      new Counter({
        name: 'db_routed_queries_total',
        help: 'Queries and transactions of the repositories by the server they were sent to (primary, replica), and reads retried on the primary after their replica failed (retried).',
        labelNames: ['server'] as const,
        registers: [registry],
        collect() {
          this.reset();
          for (const [server, count] of Object.entries(replicas.served())) this.inc({ server }, count);
        },
      });
    }

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? '(unmatched)';
      const labels = { method: request.method, route, status_class: statusClass(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode >= 400) errors.inc({ method: request.method, route, status: String(reply.statusCode) });
    });

    app.get(
      '/metrics',
      {
        config: { access: options.public ? 'public' : 'admin' },
        schema: {
          operationId: 'getMetrics',
          tags: ['Operations'],
          summary: 'Prometheus metrics',
          description:
            'Request counts and latency histograms per route pattern, error counts, database pool usage and process metrics, in the Prometheus text format. ' +
            'Needs the `admin` scope unless the server runs with METRICS_PUBLIC=true. Not rate limited and never shed under load.',
          response: {
            200: {
              description: 'The metrics in the Prometheus text exposition format.',
              content: {
                'text/plain': {
                  schema: z
                    .string()
                    .meta({ example: 'http_requests_total{method="GET",route="/v1/articles",status_class="2xx"} 3' }),
                },
              },
            },
          },
        },
      },
      async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );
  },
  { name: 'metrics', dependencies: ['database'] },
);
