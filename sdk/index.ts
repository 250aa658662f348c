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
 * Responses are typed as their JSON and problem+json bodies. The other JSON representations (ninjs, JSON-LD) are typed
 * in the document under their own media types: `createRepresentationClient` asks for one and types responses as it.
 * NDJSON and CSV exports: read them with `parseAs: 'text'` or `'stream'` (one line follows the `x-itemSchema` the
 * document names: `components['schemas']['Article']`, `['Claim']`, `['Entity']`).
 */
export type MeridianClient = Client<paths, 'application/json' | 'application/problem+json'>;

/** The media types of the alternative JSON representations (articles: both; claims and entities: JSON-LD). */
export type RepresentationMediaType = 'application/ninjs+json' | 'application/ld+json';

/** A client whose every request asks for `mediaType` and whose responses are typed as that representation. */
export type RepresentationClient<Media extends RepresentationMediaType> = Client<paths, Media | 'application/problem+json'>;

function withHeaders<Media extends `${string}/${string}`>(
  options: MeridianClientOptions,
  accept: string | undefined,
): Client<paths, Media> {
  const { apiKey, ...rest } = options;
  const client = createFetchClient<paths, Media>(rest);
  if (apiKey !== undefined || accept !== undefined) {
    client.use({
      onRequest({ request }) {
        if (apiKey !== undefined) request.headers.set('authorization', `Bearer ${apiKey}`);
        if (accept !== undefined) request.headers.set('accept', accept);
        return request;
      },
    });
  }
  return client;
}

export function createClient(options: MeridianClientOptions): MeridianClient {
  return withHeaders<'application/json' | 'application/problem+json'>(options, undefined);
}

/**
 * A client for one representation: it sends `Accept: <mediaType>`, and the compiler types each response body as that
 * representation (GET /v1/articles/{id} with `application/ninjs+json` is a `NinjsArticle`, GET /v1/claims/{id} with
 * `application/ld+json` a `ClaimJsonLd`). Use it for the operations that offer the representation; others answer 406.
 */
export function createRepresentationClient<Media extends RepresentationMediaType>(
  options: MeridianClientOptions,
  mediaType: Media,
): RepresentationClient<Media> {
  return withHeaders<Media | 'application/problem+json'>(options, `${mediaType}, application/problem+json;q=0.1`);
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
