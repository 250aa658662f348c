import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

// The Meridian SDK: a typed client generated from the OpenAPI document (sdk/schema.ts, `npm run sdk`) over
// openapi-fetch. Every call is typed by path, method, parameters, body and response; errors are RFC 9457 problems.

export type { components, paths } from './schema.ts';

/** An RFC 9457 problem, as every error response carries it (`application/problem+json`). */
export type Problem = components['schemas']['Problem'];
export type ProblemCode = Problem['code'];

/** Thrown by `unwrap` when the API answers with a problem. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;
  constructor(problem: Problem, status: number) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = status;
  }
}

export type MeridianClientOptions = Omit<ClientOptions, 'baseUrl'> & {
  /** The API's origin, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** An API key (`mk_…`), sent as `Authorization: Bearer <key>`; reads need none unless the server requires it. */
  apiKey?: string;
};

/**
 * Responses are typed as their JSON and problem+json bodies. The other representations (ninjs, JSON-LD, NDJSON,
 * CSV: `format=` or an Accept header) are typed in `components['schemas']` (e.g. `NinjsArticle`); read them with
 * `parseAs: 'json'`, `'text'` or `'stream'`.
 */
export type MeridianClient = Client<paths, 'application/json' | 'application/problem+json'>;

export function createClient(options: MeridianClientOptions): MeridianClient {
  const { apiKey, ...rest } = options;
  const client = createFetchClient<paths, 'application/json' | 'application/problem+json'>(rest);
  if (apiKey !== undefined) {
    client.use({
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${apiKey}`);
        return request;
      },
    });
  }
  return client;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { status?: unknown }).status === 'number';
}

/** The data of a successful call; a problem response becomes a thrown ProblemError. */
export async function unwrap<Data>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    if (isProblem(error)) throw new ProblemError(error, response.status);
    throw new Error(`${response.status} ${response.statusText}: the response is not a problem document`);
  }
  return data as Data;
}
