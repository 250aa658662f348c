import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseHeaders } from '../src/lib/response-headers.ts';
import { portablePattern } from '../src/plugins/openapi-patterns.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

// The committed OpenAPI document against the running server: the response headers it declares are the ones sent,
// export lines follow the schema it names per line, booleans and patterns mean what the server does.

type HeaderRef = { $ref: string };
type DocumentResponse = { headers?: Record<string, HeaderRef>; content?: Record<string, Record<string, unknown>> };
type DocumentOperation = {
  responses: Record<string, DocumentResponse>;
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
};
const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, DocumentOperation>>;
  components: { headers: Record<string, { required?: boolean }> };
};

/** The document's path template that serves a concrete path: literal segments win over parameters. */
function templateOf(path: string): string {
  const candidates = Object.keys(document.paths).filter((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const found = candidates[0];
  if (!found) throw new Error(`No operation in the document serves ${path}`);
  return found;
}

const catalogued = new Set(Object.keys(responseHeaders).map((name) => name.toLowerCase()));
const headerAjv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(headerAjv);
/** Each declared header's value checked against its schema (integers as HTTP sends them, in decimal). */
const headerValidators = new Map(
  Object.entries(document.components.headers).map(([name, header]) => {
    const schema = (header as { schema: { type?: string } }).schema;
    const validate = headerAjv.compile(schema);
    return [
      name.toLowerCase(),
      (value: string) => validate(schema.type === 'integer' && /^[0-9]+$/.test(value) ? Number(value) : value),
    ];
  }),
);
// Headers every HTTP response may carry, and the security headers helmet adds to all of them alike: not API headers.
const transport = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'vary',
  'cache-control',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
]);

/**
 * The response's status is documented for its operation, every API header it carries is declared on that response,
 * no header outside the catalogue and plain HTTP is sent, and `expected` headers are really there.
 */
function conforms(response: Response, method: string, expected: string[] = []) {
  const url = new URL(response.request.url);
  const template = templateOf(url.pathname);
  const operation = document.paths[template]?.[method.toLowerCase()];
  const where = `${method} ${template} → ${response.status}`;
  expect(operation, where).toBeDefined();
  const documented = operation?.responses[String(response.status)];
  expect(documented, `${where} is not documented`).toBeDefined();
  const declared = new Set(Object.keys(documented?.headers ?? {}).map((name) => name.toLowerCase()));
  for (const name of Object.keys(response.headers)) {
    if (transport.has(name)) continue;
    expect(catalogued.has(name), `${where}: ${name} is sent but not in src/lib/response-headers.ts`).toBe(true);
    expect(declared.has(name), `${where}: ${name} is sent but not declared`).toBe(true);
    const value = String(response.headers[name]);
    expect(headerValidators.get(name)?.(value), `${where}: ${name}: ${value} does not match its schema`).toBe(true);
  }
  for (const name of [...expected, 'X-Request-Id'])
    expect(response.headers[name.toLowerCase()], `${where}: ${name} is declared but missing`).toBeDefined();
  for (const [name, header] of Object.entries(document.components.headers)) {
    if (header.required && declared.has(name.toLowerCase()))
      expect(response.headers[name.toLowerCase()], `${where}: ${name} is required`).toBeDefined();
  }
  for (const name of expected)
    expect(declared.has(name.toLowerCase()), `${where}: ${name} is expected but not declared`).toBe(true);
}

const origin = 'https://newsroom.example';
const rateLimits = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
const cors = ['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers'];

describe('response headers', () => {
  let t: TestApp;
  let articleId: string;
  let sourceId: string;
  beforeAll(async () => {
    t = await createTestApp({
      config: { corsOrigins: [origin], rateLimit: { readMax: 10_000, writeMax: 10_000, windowMs: 60_000 } },
    });
    articleId = (await t.api.get('/v1/articles?limit=1').expect(200)).body.data[0].id;
    sourceId = (await t.api.get(`/v1/articles/${articleId}`).expect(200)).body.sourceId;
  });
  afterAll(() => t.close());

  const limited = [...rateLimits, ...cors];

  it('on reads: pages with Link, resources with ETag, 304, 400, 404 and 406', async () => {
    const get = (path: string) => t.api.get(path).set('origin', origin);
    conforms(await get('/v1/articles?limit=1').expect(200), 'GET', [...limited, 'Link']);
    const article = await get(`/v1/articles/${articleId}`).expect(200);
    conforms(article, 'GET', [...limited, 'ETag']);
    conforms(
      await get(`/v1/articles/${articleId}`).set('if-none-match', String(article.headers.etag)).expect(304),
      'GET',
      [...limited, 'ETag'],
    );
    conforms(await get(`/v1/articles/${articleId}?format=ninjs`).expect(200), 'GET', ['ETag']);
    conforms(await get(`/v1/articles/${articleId}?include=source`).expect(200), 'GET', limited);
    conforms(await get('/v1/articles/not-an-id').expect(400), 'GET', limited);
    conforms(await get('/v1/articles/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d').expect(404), 'GET', limited);
    conforms(await get(`/v1/articles/${articleId}?format=xml`).expect(406), 'GET', limited);
    conforms(await get('/v1/entities/peru').expect(200), 'GET', ['ETag']);
    conforms(await get('/v1/entities?type=country&limit=2').expect(200), 'GET', ['Link']);
    conforms(await get('/v1/search?q=peru&types=articles&limit=1').expect(200), 'GET', limited);
    conforms(await get('/v1/changes?limit=1').expect(200), 'GET', ['Link']);
    await t.createKey(['read']);
    conforms(await get('/v1/keys?includeRevoked=true&limit=1').expect(200), 'GET', ['Link']);
    conforms(await get('/v1/entities/peru/timeline').expect(200), 'GET', limited);
    conforms(await get('/healthz').expect(200), 'GET', cors);
    conforms(await get('/problems/not_found').expect(200), 'GET', cors);
    conforms(await get('/metrics').expect(200), 'GET', cors);
  });

  it('on writes: Location and ETag on creates, replays, 409, 412, 413, 415, 422', async () => {
    const post = (path: string) => t.api.post(path).set('origin', origin);
    const body = { name: 'Header Wire', homepage: 'https://header-wire.example/', kind: 'wire' };
    const created = await post('/v1/sources').set('idempotency-key', 'headers-1').send(body).expect(201);
    conforms(created, 'POST', [...limited, 'Location', 'ETag']);
    const replayed = await post('/v1/sources').set('idempotency-key', 'headers-1').send(body).expect(201);
    conforms(replayed, 'POST', ['Idempotent-Replayed', 'Location', 'ETag']);
    conforms(await post('/v1/sources').send(body).expect(409), 'POST', limited);
    const slug = created.body.slug;
    conforms(
      await t.api
        .patch(`/v1/sources/${slug}`)
        .set('origin', origin)
        .set('if-match', '"99"')
        .send({ kind: 'other' })
        .expect(412),
      'PATCH',
      limited,
    );
    conforms(await t.api.patch(`/v1/sources/${slug}`).send({ kind: 'other' }).expect(200), 'PATCH', ['ETag']);
    conforms(await post('/v1/sources').set('content-type', 'text/plain').send('name=x').expect(415), 'POST', limited);
    conforms(
      await post('/v1/sources')
        .send({ name: 'x'.repeat(2 * 1024 * 1024) })
        .expect(413),
      'POST',
      limited,
    );
    const article = {
      url: 'https://header-wire.example/a',
      title: 'Headers',
      body: 'Peru voted.',
      language: 'en',
      sourceId,
    };
    conforms(await post('/v1/articles').send(article).expect(201), 'POST', ['Location', 'ETag']);
    conforms(await post('/v1/articles?onDuplicate=return').send(article).expect(200), 'POST', ['Location', 'ETag']);
    conforms(
      await post('/v1/articles')
        .send({ ...article, url: 'https://header-wire.example/b', sourceId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' })
        .expect(422),
      'POST',
      limited,
    );
    conforms(await t.api.delete(`/v1/sources/${slug}`).set('origin', origin).expect(204), 'DELETE', limited);
    const key = await post('/v1/keys')
      .send({ name: 'headers', scopes: ['read'] })
      .expect(201);
    conforms(key, 'POST', ['Location']);
    const imported = await post('/v1/imports?ner=false')
      .set('content-type', 'application/x-ndjson')
      .send(`${JSON.stringify({ url: 'https://header-wire.example/c', title: 'C', body: 'Chile voted.' })}\n`)
      .expect(201);
    conforms(imported, 'POST', ['Location']);
  });

  it('on merges: Content-Location and ETag, then 308 with Location; on splits: Location', async () => {
    const make = async (name: string) =>
      (await t.api.post('/v1/entities').send({ type: 'organization', name }).expect(201)).body;
    const survivor = await make('Header Survivor Org');
    const duplicate = await make('Header Duplicate Org');
    const merged = await t.api.post(`/v1/entities/${duplicate.slug}/merge`).send({ into: survivor.id }).expect(200);
    conforms(merged, 'POST', ['Content-Location', 'ETag']);
    conforms(await t.api.get(`/v1/entities/${duplicate.slug}`).expect(308), 'GET', ['Location']);
    const split = await t.api
      .post(`/v1/entities/${survivor.id}/split`)
      .send({
        entity: { type: 'organization', name: 'Header Split Org' },
        aliases: [{ name: 'Header Duplicate Org', language: null }],
      })
      .expect(201);
    conforms(split, 'POST', ['Location']);
  });

  it('on refusals before the limiter: 401 with WWW-Authenticate, 403, 414 — without RateLimit headers', async () => {
    const anonymous = await t.anonymous.post('/v1/sources').set('origin', origin).send({ name: 'x' }).expect(401);
    conforms(anonymous, 'POST', ['WWW-Authenticate', ...cors]);
    expect(anonymous.headers['ratelimit-limit']).toBeUndefined();
    const badKey = await t.anonymous.get('/v1/articles').set('authorization', 'Bearer mk_nope_nope').expect(401);
    conforms(badKey, 'GET', ['WWW-Authenticate']);
    expect(badKey.headers['www-authenticate']).toContain('invalid_token');
    const reader = await t.createKey(['read']);
    conforms(
      await t.anonymous.post('/v1/sources').set('authorization', `Bearer ${reader}`).send({ name: 'x' }).expect(403),
      'POST',
    );
    conforms(await t.api.get(`/v1/articles?q=${'a'.repeat(5000)}`).expect(414), 'GET');
  });

  it('on exports: Content-Disposition and the Meridian-Export headers', async () => {
    for (const path of ['/v1/exports/articles', '/v1/exports/claims?format=csv', '/v1/exports/entities'])
      conforms(await t.api.get(path).set('origin', origin).expect(200), 'GET', [
        ...limited,
        'Content-Disposition',
        'Meridian-Export-Query',
        'Meridian-Export-Snapshot',
      ]);
  });
});

describe('response headers when a budget is spent or the server is busy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: { rateLimit: { readMax: 2, writeMax: 100, windowMs: 60_000 }, exportMaxConcurrent: 0 },
    });
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After, and 429 with Retry-After and the RateLimit headers', async () => {
    const busy = await t.api.get('/v1/exports/claims');
    expectProblem(busy, 503, 'exports_busy');
    conforms(busy, 'GET', ['Retry-After', ...rateLimits]);
    await t.api.get('/v1/articles').expect(200);
    const spent = await t.api.get('/v1/articles');
    expectProblem(spent, 429, 'rate_limited');
    conforms(spent, 'GET', ['Retry-After', ...rateLimits]);
  });
});

describe('NDJSON export lines', () => {
  let t: TestApp;
  let baseUrl: string;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi.json');
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /** Reads the export as it streams and validates each line as soon as it is complete. */
  function streamLines(path: string, validate: (line: unknown) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      http
        .get(`${baseUrl}${path}`, (response) => {
          if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode}`));
          response.setEncoding('utf8');
          let pending = '';
          let count = 0;
          response.on('data', (chunk: string) => {
            pending += chunk;
            for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n')) {
              validate(JSON.parse(pending.slice(0, end)));
              pending = pending.slice(end + 1);
              count += 1;
            }
          });
          response.on('end', () => (pending === '' ? resolve(count) : reject(new Error(`${path}: unterminated line`))));
          response.on('error', reject);
        })
        .on('error', reject);
    });
  }

  it.each([
    ['/v1/exports/articles', 'Article', 'articles'],
    ['/v1/exports/claims', 'Claim', 'claims'],
    ['/v1/exports/entities', 'Entity', 'entities'],
  ])(
    '%s: every streamed line validates against the x-itemSchema the document declares (%s)',
    async (path, component, collection) => {
      const media = document.paths[path]?.get?.responses['200']?.content?.['application/x-ndjson'];
      expect(media?.['x-itemSchema']).toEqual({ $ref: `#/components/schemas/${component}` });
      const validate = ajv.compile({
        $ref: `openapi.json#/paths/${path.replaceAll('/', '~1')}/get/responses/200/content/application~1x-ndjson/x-itemSchema`,
      });
      const count = await streamLines(path, (line) => {
        expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
      });
      const listed = await t.api.get(`/v1/${collection}?limit=100`).expect(200);
      expect(count).toBeGreaterThanOrEqual(listed.body.data.length);
      expect(count).toBeGreaterThan(0);
      // The check is live: a line with a member the schema does not have is refused.
      expect(validate({ ...listed.body.data[0], unexpected: true })).toBe(false);
    },
  );
});

describe('booleans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['/v1/articles', 'post', 'ner'],
    ['/v1/imports', 'post', 'ner'],
    ['/v1/keys', 'get', 'includeRevoked'],
  ])('%s %s declares %s as a boolean', (path, method, name) => {
    const parameter = document.paths[path]?.[method]?.parameters?.find((p) => p.name === name);
    expect(parameter?.in).toBe('query');
    expect(parameter?.schema.type).toBe('boolean');
  });

  it('accepts true and false, and refuses anything else naming the parameter', async () => {
    const revoked = await t.api
      .post('/v1/keys')
      .send({ name: 'to revoke', scopes: ['read'] })
      .expect(201);
    await t.api.delete(`/v1/keys/${revoked.body.id}`).expect(204);
    const ids = async (query: string) =>
      ((await t.api.get(`/v1/keys?limit=100${query}`).expect(200)).body.data as { id: string }[]).map((k) => k.id);
    expect(await ids('&includeRevoked=true')).toContain(revoked.body.id);
    expect(await ids('&includeRevoked=false')).not.toContain(revoked.body.id);
    expect(await ids('')).not.toContain(revoked.body.id);
    for (const value of ['1', 'yes', 'TRUE', ''])
      expectFieldError(await t.api.get(`/v1/keys?includeRevoked=${value}`), 'includeRevoked');
    const article = {
      url: 'https://booleans.example/a',
      title: 'B',
      body: 'Peru voted on Tuesday.',
      bodyFormat: 'text',
    };
    expectFieldError(await t.api.post('/v1/articles?ner=no').send(article), 'ner');
    expect((await t.api.post('/v1/articles?ner=false').send(article).expect(201)).body.url).toBe(article.url);
  });
});

describe('patterns', () => {
  const patterns: string[] = [];
  (function collect(node: unknown, key?: string) {
    if (Array.isArray(node)) for (const item of node) collect(item);
    else if (node !== null && typeof node === 'object')
      for (const [name, value] of Object.entries(node)) collect(value, name);
    else if (key === 'pattern' && typeof node === 'string') patterns.push(node);
  })(document);

  it('uses no escape whose meaning differs between ECMA-262, Python and Java', () => {
    expect(patterns.length).toBeGreaterThan(100);
    for (const pattern of new Set(patterns)) {
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
      expect(pattern, pattern).not.toMatch(/\\[dDwWsSbBpP]/);
      expect(portablePattern(pattern)).toBe(pattern);
    }
  });

  it('rewrites \\d, \\w and \\p{Cc} to classes that match exactly the same strings in JavaScript', () => {
    const samples = [
      '2023-06-05',
      '٢٠٢٣-06-05',
      '2023-06-05T10:00:00Z',
      'abc_1',
      'ａｂｃ',
      'a\u0000b',
      'a\u0085b',
      'a\u00a0b',
      'Perú',
      '',
      '\u007f',
    ];
    for (const original of [
      String.raw`^\d{4}-\d\d$`,
      String.raw`^\w+$`,
      String.raw`^[^\p{Cc}]*$`,
      String.raw`[\d\w.]`,
      String.raw`\D\W`,
    ]) {
      const portable = portablePattern(original);
      for (const sample of samples)
        expect(new RegExp(portable, 'u').test(sample), `${original} → ${portable} on ${JSON.stringify(sample)}`).toBe(
          new RegExp(original, 'u').test(sample),
        );
    }
  });

  it.each([String.raw`[\p{L}]`, String.raw`\s+`, String.raw`(?<year>\d+)`, String.raw`[^\D]`, String.raw`\u{1F600}`])(
    'refuses %s, which has no portable form',
    (pattern) => {
      expect(() => portablePattern(pattern)).toThrow(/\.refine\(\)/);
    },
  );

  it('still enforces the rule the document states in words: an entity lookup needs a letter or a digit', async () => {
    const t = await createTestApp();
    try {
      const refused = expectFieldError(await t.api.get('/v1/entities?q=--'), 'q');
      expect(refused.errors?.[0]?.message).toBe('must contain a letter or a digit');
      await t.api.get('/v1/entities?q=%D8%A8%D9%8A%D8%B1%D9%88').expect(200);
    } finally {
      await t.close();
    }
  });
});
