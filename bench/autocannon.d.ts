// The part of autocannon 8's API the harness uses (the package ships no types, and @types/autocannon is not a
// dependency of the project).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    /** Called before each request; returns the request to send. */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
  };

  export type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: Request[];
  };

  /** Percentiles are named p50, p90, p97_5, p99, p99_9, …; latencies are in milliseconds. */
  export type Statistics = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
  } & Record<`p${string}`, number>;

  export type Result = {
    requests: Statistics;
    latency: Statistics;
    throughput: Statistics;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Seconds. */
    duration: number;
  };

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void,
    ): this;
  }

  export default function autocannon(options: Options): Instance;
}
