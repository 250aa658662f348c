import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import {
  badCursors,
  contentTypes,
  deepJson,
  extraKeys,
  forgedCursor,
  hostileDates,
  hostileJsonValue,
  hostileString,
  malformedUuids,
  rawBodies,
} from './hostile.ts';
import { type JsonSchema, type SchemaContext, validValue } from './schema-arbitrary.ts';

// A property-based fuzzer driven by openapi/openapi.json. For every operation it generates requests (valid ones
// and hostile ones), sends them through the real app, and checks what the document promises:
//   1. never a 5xx;
//   2. every 4xx/5xx is application/problem+json and matches the Problem schema;
//   3. the status is documented for the operation, and the body matches the schema documented for that status and
//      content type (no body where none is documented);
//   4. a refused write leaves the database as it was.

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const specPath = path.resolve(import.meta.dirname, '../../openapi/openapi.json');
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema };
type ResponseDoc = { content?: Record<string, { schema: JsonSchema }> };
type OperationDoc = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseDoc>;
};
type Spec = {
  paths: Record<string, Record<string, OperationDoc>>;
  components: { schemas: Record<string, JsonSchema> };
};

export type Operation = {
  id: string;
  method: Uppercase<(typeof methods)[number]>;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  responses: Record<string, ResponseDoc>;
  isWrite: boolean;
};

export type Credentials = 'admin' | 'write' | 'read' | 'none' | 'garbage' | 'malformed';

/** One generated request. Kept as plain data so fast-check can print it and replay it. */
export type FuzzCase = {
  pathParams: Record<string, string>;
  query: string;
  headers: Record<string, string>;
  credentials: Credentials;
  /** Raw text sent as the body (already JSON-encoded where it is JSON), or undefined for no body. */
  body: string | undefined;
  contentType: string | undefined;
};

export type CaseResult = { operation: string; method: string; url: string; status: number; failures: string[] };

export type FuzzContext = {
  app: FastifyInstance;
  spec: Spec;
  operations: Operation[];
  keys: Record<'admin' | 'write' | 'read', string>;
  /** Real ids and slugs per resource, for path parameters and uuid fields. */
  fixtures: { ids: string[]; byKind: Record<string, string[]>; byParam: Record<string, string[]> };
  /** Real cursors each list issued (for `cursor` or `after`), which the fuzzer edits into forged ones. */
  cursors: Record<string, string[]>;
  validators: {
    problem: ValidateFunction;
    response: (operation: Operation, status: string, mediaType: string) => ValidateFunction;
  };
};

export function loadSpec(): Spec {
  return JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
}

export function listOperations(spec: Spec): Operation[] {
  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const doc = item[method];
      if (!doc) continue;
      operations.push({
        id: doc.operationId,
        method: method.toUpperCase() as Operation['method'],
        path: route,
        parameters: doc.parameters ?? [],
        body: doc.requestBody?.content['application/json']?.schema,
        responses: doc.responses,
        isWrite: method !== 'get',
      });
    }
  }
  return operations;
}

function pointer(...segments: string[]): string {
  return `openapi.json#/${segments.map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
}

/** A cheap fingerprint of everything a write can change: row counts, versions and last update per table. */
export async function databaseFingerprint(app: FastifyInstance): Promise<string> {
  const { rows } = await app.sql.query(`
    SELECT
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') FROM sources) AS sources,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') FROM articles) AS articles,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') FROM entities) AS entities,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') FROM claims) AS claims,
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM mentions) AS mentions,
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM entity_aliases) AS aliases,
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM roles) AS roles,
      (SELECT count(*) FROM claim_subjects) AS claim_subjects,
      (SELECT count(*) || ':' || count(revoked_at) FROM api_keys) AS api_keys`);
  return JSON.stringify(rows[0]);
}

/** Builds the context: validators from the document, keys of each scope, and the ids the fixture holds. */
export async function createFuzzContext(
  app: FastifyInstance,
  createKey: (scopes: ('read' | 'write' | 'admin')[]) => Promise<string>,
): Promise<FuzzContext> {
  const spec = loadSpec();
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'openapi.json');
  const problem = ajv.getSchema(pointer('components', 'schemas', 'Problem'));
  if (!problem) throw new Error('openapi.json has no Problem schema');
  const compiled = new Map<string, ValidateFunction>();
  const response = (operation: Operation, status: string, mediaType: string) => {
    const key = `${operation.id} ${status} ${mediaType}`;
    let validate = compiled.get(key);
    if (!validate) {
      const method = operation.method.toLowerCase();
      validate = ajv.getSchema(
        pointer('paths', operation.path, method, 'responses', status, 'content', mediaType, 'schema'),
      );
      if (!validate) throw new Error(`no schema for ${key}`);
      compiled.set(key, validate);
    }
    return validate;
  };

  const { rows } = await app.sql.query<{ kind: string; id: string; slug: string | null }>(`
    SELECT 'source' AS kind, id::text, slug FROM sources
    UNION ALL SELECT 'article', id::text, NULL FROM articles
    UNION ALL SELECT 'entity', id::text, slug FROM entities
    UNION ALL SELECT 'claim', id::text, NULL FROM claims`);
  const of = (kind: string) => rows.filter((row) => row.kind === kind);
  const idsAndSlugs = (kind: string) => of(kind).flatMap((row) => (row.slug ? [row.id, row.slug] : [row.id]));
  // Keys the fuzzer may revoke; never the ones it authenticates with.
  const victims: string[] = [];
  for (const scopes of [['read'], ['write']] as const) {
    await createKey([...scopes]);
    const { rows: keyRows } = await app.sql.query<{ id: string }>(
      'SELECT id::text FROM api_keys ORDER BY created_at DESC LIMIT 1',
    );
    if (keyRows[0]) victims.push(keyRows[0].id);
  }
  const byPath: Record<string, string[]> = {
    '/v1/sources/': idsAndSlugs('source'),
    '/v1/articles/': of('article').map((row) => row.id),
    '/v1/entities/': idsAndSlugs('entity'),
    '/v1/claims/': of('claim').map((row) => row.id),
    '/v1/keys/': victims,
    '/problems/': ['validation_failed', 'not_found', 'conflict', 'internal_error', 'service_unavailable'],
  };

  const operations = listOperations(spec);
  const keys = {
    admin: await createKey(['admin']),
    write: await createKey(['write']),
    read: await createKey(['read']),
  };
  return {
    app,
    spec,
    operations,
    keys,
    cursors: await harvestCursors(app, operations, byPath, keys.admin),
    fixtures: {
      ids: rows.map((row) => row.id),
      byKind: Object.fromEntries(
        ['source', 'article', 'entity', 'claim'].map((kind) => [kind, of(kind).map((row) => row.id)]),
      ),
      byParam: byPath,
    },
    validators: { problem, response },
  };
}

/** The parameter that continues a list, if the operation has one. */
function cursorParameter(operation: Operation): string | undefined {
  return operation.parameters.find(
    (parameter) => parameter.in === 'query' && (parameter.name === 'cursor' || parameter.name === 'after'),
  )?.name;
}

/**
 * Real cursors, one page of one item per list, with the fixture's ids and slugs in the path: the seeds of the forged
 * ones. Lists with a single page (no cursor issued) get none.
 */
async function harvestCursors(
  app: FastifyInstance,
  operations: Operation[],
  byPath: Record<string, string[]>,
  adminKey: string,
): Promise<Record<string, string[]>> {
  const cursors: Record<string, string[]> = {};
  for (const operation of operations) {
    if (operation.method !== 'GET' || !cursorParameter(operation)) continue;
    const prefix = Object.keys(byPath).find((candidate) => operation.path.startsWith(candidate));
    const values = /\{[^}]+\}/.test(operation.path) ? (byPath[prefix ?? ''] ?? []).slice(0, 60) : [''];
    for (const value of values) {
      const url = `${operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(value))}?limit=1`;
      const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${adminKey}` } });
      const cursor =
        response.statusCode === 200 ? response.json<{ page?: { nextCursor?: unknown } }>().page?.nextCursor : undefined;
      if (typeof cursor === 'string') {
        cursors[operation.id] = [...(cursors[operation.id] ?? []), cursor];
        if ((cursors[operation.id]?.length ?? 0) >= 3) break;
      }
    }
  }
  return cursors;
}

/** Whether a parameter takes a date or a date-time (directly or as one arm of a union). */
function takesDates(schema: JsonSchema | undefined, schemas: SchemaContext): boolean {
  if (!schema) return false;
  const resolved = schema.$ref ? schemas.resolve(schema.$ref) : schema;
  if (resolved.format === 'date' || resolved.format === 'date-time') return true;
  return [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])].some((arm) =>
    takesDates(arm, schemas),
  );
}

function fixtureValues(context: FuzzContext, operation: Operation): string[] {
  const prefix = Object.keys(context.fixtures.byParam).find((candidate) => operation.path.startsWith(candidate));
  return prefix ? (context.fixtures.byParam[prefix] ?? []) : [];
}

const junkPathValue = fc.oneof(
  // `.` and `..` are dot segments: every URL parser resolves them away before the request is sent.
  hostileString.filter(
    (value) => value.length > 0 && value.length <= 200 && value.trim() === value && value !== '.' && value !== '..',
  ),
  fc.constantFrom(...malformedUuids),
  fc.uuid({ version: 7 }),
  fc.uuid({ version: 4 }),
  fc.string({ minLength: 1, maxLength: 250 }).filter((value) => value !== '.' && value !== '..'),
);

function pathParamArbitrary(context: FuzzContext, operation: Operation): fc.Arbitrary<string> {
  const real = fixtureValues(context, operation);
  return real.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: junkPathValue })
    : junkPathValue;
}

function schemaContext(context: FuzzContext): SchemaContext {
  return {
    resolve: (ref) => {
      const name = ref.replace('#/components/schemas/', '');
      const schema = context.spec.components.schemas[name];
      if (!schema) throw new Error(`unresolved ${ref}`);
      return schema;
    },
    // A field's name says what it refers to (sourceId, entityId, subjectIds, articleId); others get any real id.
    knownIds: (field) => {
      const kind =
        field === undefined
          ? undefined
          : /^(source|article|entity|claim|subject|original|claimant)/i.exec(field)?.[1]?.toLowerCase();
      const resource = kind === 'subject' || kind === 'claimant' ? 'entity' : kind === 'original' ? 'article' : kind;
      return (resource === undefined ? undefined : context.fixtures.byKind[resource]) ?? context.fixtures.ids;
    },
  };
}

/** encodeURIComponent, except that a lone surrogate goes out as the (invalid UTF-8) bytes a careless client would send. */
export function encodeComponent(value: string): string {
  let encoded = '';
  // for…of walks code points: a paired surrogate arrives whole, a lone one alone.
  for (const character of value) {
    const code = character.charCodeAt(0);
    encoded +=
      character.length === 1 && code >= 0xd800 && code <= 0xdfff
        ? loneSurrogateBytes(code)
        : encodeURIComponent(character);
  }
  return encoded;
}

function loneSurrogateBytes(code: number): string {
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join('');
}

/** Query parameter values as text: valid ones (from the schema) and hostile ones. */
function queryValueArbitrary(
  parameter: Parameter,
  schemas: SchemaContext,
  realCursors: string[],
): fc.Arbitrary<string> {
  const continues = parameter.name === 'cursor' || parameter.name === 'after';
  return fc.oneof(
    {
      weight: continues && realCursors.length > 0 ? 4 : 0,
      arbitrary: realCursors.length > 0 ? fc.constantFrom(...realCursors).chain(forgedCursor) : fc.constant(''),
    },
    { weight: takesDates(parameter.schema, schemas) ? 3 : 0, arbitrary: fc.constantFrom(...hostileDates) },
    {
      weight: 3,
      arbitrary: validValue(parameter.schema, schemas).map((value) =>
        typeof value === 'string' ? value : JSON.stringify(value),
      ),
    },
    { weight: 2, arbitrary: hostileString },
    { weight: parameter.name === 'cursor' ? 2 : 0, arbitrary: fc.constantFrom(...badCursors) },
  );
}

function queryArbitrary(operation: Operation, schemas: SchemaContext, realCursors: string[]): fc.Arbitrary<string> {
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const pairs = fc.array(
    fc.oneof(
      {
        weight: 8,
        arbitrary:
          queryParameters.length > 0
            ? fc
                .constantFrom(...queryParameters)
                .chain((parameter) =>
                  queryValueArbitrary(parameter, schemas, realCursors).map((value) => [parameter.name, value] as const),
                )
            : fc.constant(['x', '1'] as const),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom('unknown', 'limit[]', '__proto__', 'constructor', '', 'a'.repeat(300)),
          hostileString,
        ),
      },
    ),
    { maxLength: 4 },
  );
  const encoded = pairs.map((list) =>
    list.map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&'),
  );
  // Raw query strings that are not what encodeURIComponent produces: bad escapes, bare separators.
  const raw = fc.constantFrom(
    '&&&',
    '=&=',
    'limit',
    'limit=',
    'limit=1&limit=2',
    'q=%',
    'q=%E0%A4%A',
    'q=%00',
    'q=%FF%FE',
    'cursor=%2F..%2F',
    'include=,,,',
    `q=${'%20'.repeat(500)}`,
  );
  return fc.oneof({ weight: 9, arbitrary: encoded }, { weight: 1, arbitrary: raw });
}

/** Changes one thing in a valid body: a field set to a hostile value, a required field removed, an extra field. */
function mutateBody(body: unknown): fc.Arbitrary<unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return hostileJsonValue;
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record);
  const replaceField =
    keys.length > 0
      ? fc.tuple(fc.constantFrom(...keys), hostileJsonValue).map(([key, value]) => ({ ...record, [key]: value }))
      : hostileJsonValue;
  const dropField =
    keys.length > 0
      ? fc
          .constantFrom(...keys)
          .map((key) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)))
      : fc.constant({});
  const extraField = fc.tuple(fc.constantFrom(...extraKeys), hostileJsonValue).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...record };
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });
  const nested =
    keys.length > 0
      ? fc.constantFrom(...keys).chain((key) => {
          const value = record[key];
          if (Array.isArray(value) && value.length > 0)
            return fc.tuple(fc.nat(value.length - 1), hostileJsonValue).map(([index, item]) => ({
              ...record,
              [key]: value.map((original, position) =>
                position === index && typeof original === 'object' && original !== null
                  ? { ...original, [Object.keys(original)[0] ?? 'x']: item }
                  : original,
              ),
            }));
          return hostileJsonValue.map((item) => ({ ...record, [key]: item }));
        })
      : hostileJsonValue;
  return fc.oneof(replaceField, dropField, extraField, nested);
}

/** Unique values in otherwise valid bodies, so creates sometimes succeed instead of always conflicting. */
function freshen(body: unknown, suffix: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy = { ...(body as Record<string, unknown>) };
  if (typeof copy.url === 'string') copy.url = `https://fuzz.example/${suffix}`;
  if (typeof copy.name === 'string') copy.name = `${copy.name} ${suffix}`.slice(0, 200);
  if (typeof copy.slug === 'string') copy.slug = `fuzz-${suffix}`;
  // Generated mention offsets rarely fit the generated body; without them some creates get through validation.
  if (Array.isArray(copy.mentions) && suffix < 'm') copy.mentions = [];
  return copy;
}

function bodyArbitrary(
  operation: Operation,
  schemas: SchemaContext,
): fc.Arbitrary<{ body: string | undefined; contentType: string | undefined }> {
  if (!operation.body) {
    // Operations without a body get none, or now and then one they should ignore or refuse.
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant({ body: undefined, contentType: undefined }) },
      { weight: 1, arbitrary: fc.constant({ body: '{}', contentType: 'application/json' }) },
    );
  }
  const valid = fc
    .tuple(
      validValue(operation.body, schemas),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 12, maxLength: 12 }),
    )
    .map(([body, suffix]) => freshen(body, suffix));
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((body) => ({
      body: JSON.stringify(body) ?? 'null',
      contentType: 'application/json' as string | undefined,
    }));
  return fc.oneof(
    { weight: 4, arbitrary: json(valid) },
    { weight: 6, arbitrary: json(valid.chain(mutateBody)) },
    { weight: 1, arbitrary: json(hostileJsonValue) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...rawBodies)
        .map((body) => ({ body, contentType: 'application/json' as string | undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(json(valid), fc.constantFrom(...contentTypes))
        .map(([request, contentType]) => ({ body: request.body, contentType: contentType || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
        contentType: 'application/json' as string | undefined,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        body: `{"mentions":${deepJson(1000, 'array')}}`,
        contentType: 'application/json' as string | undefined,
      }),
    },
  );
}

function headersArbitrary(operation: Operation): fc.Arbitrary<Record<string, string>> {
  const names = new Set(
    operation.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name),
  );
  const etag = fc.constantFrom(
    '"1"',
    '"2"',
    '"999999999999"',
    '*',
    'W/"1"',
    'junk',
    '""',
    '"1", "2"',
    '"-1"',
    '"1e400"',
  );
  const idempotencyKey = fc.oneof(
    fc.uuid({ version: 4 }),
    fc.constantFrom('fuzz-fixed-key', 'x'.repeat(300), ' ', 'a b'),
  );
  return fc.record(
    {
      ...(names.has('if-match') ? { 'if-match': etag } : {}),
      ...(names.has('if-none-match') ? { 'if-none-match': etag } : {}),
      ...(names.has('idempotency-key') ? { 'idempotency-key': idempotencyKey } : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
}

/** Every generated request for one operation. */
export function caseArbitrary(context: FuzzContext, operation: Operation): fc.Arbitrary<FuzzCase> {
  const schemas = schemaContext(context);
  const pathNames = operation.parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => parameter.name);
  const pathParams = fc.record(
    Object.fromEntries(pathNames.map((name) => [name, pathParamArbitrary(context, operation)])),
  );
  const credentials = fc.oneof(
    { weight: operation.isWrite ? 12 : 4, arbitrary: fc.constant<Credentials>('admin') },
    { weight: 2, arbitrary: fc.constant<Credentials>('none') },
    { weight: 1, arbitrary: fc.constantFrom<Credentials>('write', 'read', 'garbage', 'malformed') },
  );
  return fc
    .record({
      pathParams,
      query: queryArbitrary(operation, schemas, context.cursors[operation.id] ?? []),
      headers: headersArbitrary(operation),
      credentials,
      request: bodyArbitrary(operation, schemas),
    })
    .map(({ request, ...rest }) => ({ ...rest, body: request.body, contentType: request.contentType }));
}

function authorization(context: FuzzContext, credentials: Credentials): string | undefined {
  switch (credentials) {
    case 'admin':
    case 'write':
    case 'read':
      return `Bearer ${context.keys[credentials]}`;
    case 'garbage':
      return 'Bearer mk_AAAAAAAAAAAA_notarealsecret';
    case 'malformed':
      return 'Basic Zm9vOmJhcg==';
    case 'none':
      return undefined;
  }
}

export function caseUrl(operation: Operation, fuzzCase: FuzzCase): string {
  const pathPart = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeComponent(fuzzCase.pathParams[name] ?? ''),
  );
  return fuzzCase.query ? `${pathPart}?${fuzzCase.query}` : pathPart;
}

/** Sends one case through the app and checks every invariant. Returns the failures (empty when all hold). */
export async function runCase(context: FuzzContext, operation: Operation, fuzzCase: FuzzCase): Promise<CaseResult> {
  const url = caseUrl(operation, fuzzCase);
  const headers: Record<string, string> = { ...fuzzCase.headers };
  const auth = authorization(context, fuzzCase.credentials);
  if (auth) headers.authorization = auth;
  if (fuzzCase.contentType) headers['content-type'] = fuzzCase.contentType;
  const before = operation.isWrite ? await databaseFingerprint(context.app) : undefined;
  const response = await context.app.inject({
    method: operation.method,
    url,
    headers,
    ...(fuzzCase.body === undefined ? {} : { payload: fuzzCase.body }),
  });
  const failures: string[] = [];
  const status = response.statusCode;
  const mediaType =
    String(response.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim() ?? '';
  if (status >= 500) failures.push(`server error ${status}: ${response.body.slice(0, 500)}`);
  // JSON documents are parsed; streamed formats (NDJSON, CSV, text) are documented as strings and checked as such.
  const isJsonDocument = /^application\/([\w.-]+\+)?json$/.test(mediaType);
  let parsed: unknown = isJsonDocument ? undefined : response.body;
  if (response.body.length > 0 && isJsonDocument) {
    try {
      parsed = JSON.parse(response.body);
    } catch {
      failures.push(`${status} body is not JSON: ${response.body.slice(0, 200)}`);
    }
  }
  if (status >= 400) {
    if (mediaType !== 'application/problem+json')
      failures.push(`${status} is ${mediaType || 'untyped'}, not application/problem+json`);
    else if (!context.validators.problem(parsed))
      failures.push(`${status} problem does not match Problem: ${describeErrors(context.validators.problem.errors)}`);
  }
  const documented = operation.responses[String(status)];
  if (!documented) {
    failures.push(
      `status ${status} is not documented for ${operation.id} (documented: ${Object.keys(operation.responses).join(', ')}): ${response.body.slice(0, 300)}`,
    );
  } else if (!documented.content) {
    if (response.body.length > 0) failures.push(`${status} has a body but none is documented`);
  } else if (!documented.content[mediaType]) {
    failures.push(`${status} is ${mediaType || 'untyped'}; documented: ${Object.keys(documented.content).join(', ')}`);
  } else if (parsed !== undefined || response.body.length === 0) {
    const validate = context.validators.response(operation, String(status), mediaType);
    if (!validate(parsed))
      failures.push(`${status} body does not match its documented schema: ${describeErrors(validate.errors)}`);
  }
  if (before !== undefined && status >= 400) {
    const after = await databaseFingerprint(context.app);
    if (after !== before) failures.push(`refused write (${status}) changed the database: ${before} → ${after}`);
  }
  return {
    operation: operation.id,
    method: operation.method,
    url: url.length > 300 ? `${url.slice(0, 300)}…` : url,
    status,
    failures,
  };
}

function describeErrors(errors: ValidateFunction['errors']): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
    .join('; ');
}

export type OperationReport = { operation: string; runs: number; statuses: Record<number, number>; failure?: string };

/**
 * Runs `runsPerOperation` cases for each operation. Each operation gets its own seed derived from `seed`, so one
 * operation's counterexample replays with `--seed <seed> --operation <id> --path <path>`.
 */
export async function fuzzOperations(
  context: FuzzContext,
  options: {
    seed: number;
    runsPerOperation: number;
    only?: string;
    path?: string;
    shrink?: boolean;
    onReport?: (report: OperationReport) => void;
  },
): Promise<OperationReport[]> {
  const reports: OperationReport[] = [];
  for (const operation of context.operations) {
    if (options.only && operation.id !== options.only) continue;
    const statuses: Record<number, number> = {};
    let runs = 0;
    const property = fc.asyncProperty(caseArbitrary(context, operation), async (fuzzCase) => {
      runs += 1;
      const result = await runCase(context, operation, fuzzCase);
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (result.failures.length > 0)
        throw new Error(`${result.method} ${result.url} → ${result.status}\n  ${result.failures.join('\n  ')}`);
    });
    const details = await fc.check(property, {
      seed: operationSeed(options.seed, operation.id),
      numRuns: options.runsPerOperation,
      endOnFailure: !options.shrink,
      ...(options.path ? { path: options.path } : {}),
    });
    const report: OperationReport = { operation: operation.id, runs, statuses };
    if (details.failed) {
      const message =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      report.failure = `${message}\n  replay: npm run fuzz -- --seed ${options.seed} --operation ${operation.id} --path ${details.counterexamplePath}\n  case: ${JSON.stringify(details.counterexample?.[0]).slice(0, 1000)}`;
    }
    reports.push(report);
    options.onReport?.(report);
  }
  return reports;
}

function operationSeed(seed: number, operationId: string): number {
  let hash = seed | 0;
  for (const character of operationId) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return hash;
}

export function formatLine(report: OperationReport): string {
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return `${report.failure ? 'FAIL' : 'ok  '} ${report.operation.padEnd(26)} ${String(report.runs).padStart(6)}  ${statuses}`;
}

/** Per-operation counts and statuses, a total, and each failure with the command that replays it. */
export function formatReport(reports: OperationReport[], options: { lines?: boolean } = {}): string {
  const lines = options.lines === false ? [] : reports.map(formatLine);
  const total = reports.reduce((sum, report) => sum + report.runs, 0);
  const failures = reports.filter((report) => report.failure);
  return [
    ...lines,
    `${total} cases across ${reports.length} operations; ${failures.length} failing`,
    ...failures.map((report) => `\n${report.operation}: ${report.failure}`),
  ].join('\n');
}
