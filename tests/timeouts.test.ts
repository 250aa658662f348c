import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';
import { expectProblem } from './support/problems.ts';

// Time limits and what the HTTP layer refuses before a route runs: each is an RFC 9457 problem, never Fastify's or
// Node's plain body, and never a connection held open for good.

const timeouts = { requestMs: 800, headersMs: 500, bodyMs: 1000 };
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp({ config: { timeouts } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(() => t.close());

/** Writes raw bytes, optionally in timed steps, and returns everything the server sent until it closed. */
async function exchange(steps: (string | number)[], timeoutMs = 10_000): Promise<{ text: string; ms: number }> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const started = performance.now();
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  for (const step of steps) {
    // A pause ends early when the server closes the connection.
    if (typeof step === 'number') await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, step))]);
    else if (!socket.destroyed) socket.write(step);
  }
  const timer = setTimeout(() => socket.destroy(), timeoutMs);
  await closed;
  clearTimeout(timer);
  return { text, ms: performance.now() - started };
}

/** The responses in a raw exchange: status, headers (lower-cased) and the parsed body. */
function responses(text: string) {
  return text
    .split(/(?=HTTP\/1\.1 \d{3} )/)
    .filter(Boolean)
    .map((raw) => {
      const [head, body = ''] = raw.split('\r\n\r\n');
      const [statusLine, ...headerLines] = (head as string).split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      return { status: Number(statusLine?.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
    });
}

function expectRawProblem(response: ReturnType<typeof responses>[number] | undefined, status: number, code: string) {
  expect(response?.status).toBe(status);
  expect(response?.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response?.body).toMatchObject({ type: `/problems/${code}`, status, code, title: expect.any(String) });
  expect(response?.body.requestId).toBe(response?.headers['x-request-id']);
  // Nothing of the server's insides: no stack, no file paths.
  expect(JSON.stringify(response?.body)).not.toMatch(/node_modules|\.ts:|\.js:|at /);
}

describe('slow clients', () => {
  it('headers that do not arrive within HEADERS_TIMEOUT_MS: 408 problem, connection closed', async () => {
    const { text, ms } = await exchange(['GET /v1/sources HTTP/1.1\r\nHost: test\r\n', 4_000]);
    const [response] = responses(text);
    expectRawProblem(response, 408, 'request_timeout');
    expect(ms).toBeLessThan(3_000); // the limit plus at most one check interval
  });

  it('a body that does not arrive within BODY_TIMEOUT_MS: 408 problem, connection closed', async () => {
    const key = await t.createKey(['write']);
    const { text, ms } = await exchange([
      `POST /v1/sources HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`,
      5_000,
    ]);
    expectRawProblem(responses(text)[0], 408, 'request_timeout');
    expect(ms).toBeLessThan(3_500);
  });

  it('a streamed import may take longer than BODY_TIMEOUT_MS while it keeps arriving, but not pause that long', async () => {
    const key = await t.createKey(['write']);
    const line = (n: number) =>
      `${JSON.stringify({ url: `https://slow.example/${n}`, title: `Slow ${n}`, body: 'Peru.' })}\n`;
    const head = `POST /v1/imports HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    // The first import of a process builds the linker (reference data, dictionaries) and may hold the event loop
    // for a second or more on a busy machine: done first, so the timed exchange measures the stream, not the start.
    await t.api
      .post('/v1/imports')
      .set('authorization', `Bearer ${key}`)
      .set('content-type', 'application/x-ndjson')
      .send(line(0))
      .expect(201);
    // Four lines 600 ms apart: 2.4 s in all, more than BODY_TIMEOUT_MS, but no pause as long.
    const steady = await exchange([
      head,
      chunk(line(1)),
      600,
      chunk(line(2)),
      600,
      chunk(line(3)),
      600,
      chunk(line(4)),
      '0\r\n\r\n',
      1_500,
    ]);
    const [imported] = responses(steady.text);
    expect(imported?.status, `${steady.ms} ms: ${steady.text}`).toBe(201);
    expect(imported?.body).toMatchObject({ counts: { created: 4 } });

    const stalled = await exchange([head.replace('Host: test', 'Host: test2'), chunk(line(5)), 4_000]);
    expectRawProblem(responses(stalled.text)[0], 408, 'request_timeout');
  });
});

describe('a stalled database', () => {
  it('an answer that takes longer than REQUEST_TIMEOUT_MS: 503 response_timeout with Retry-After', async () => {
    // Another session holds a lock every read of sources waits for, as a frozen database would make it wait.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      const response = await t.anonymous.get('/v1/sources');
      expectProblem(response, 503, 'response_timeout');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await t.anonymous.get('/v1/sources').expect(200);
  });

  it('waits at most DB_POOL_TIMEOUT_MS for a pooled connection: 503 service_unavailable', async () => {
    const single = await createTestApp({
      config: { databasePoolMax: 1, poolTimeoutMs: 1000, timeouts: { ...timeouts, requestMs: 0 } },
    });
    const blocker = new pg.Client({ connectionString: single.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
      // The first read takes the only connection and waits on the lock; the second waits for the connection.
      const first = single.anonymous.get('/v1/sources').then((response) => response);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const second = await single.anonymous.get('/v1/sources/mision-verdad');
      expectProblem(second, 503, 'service_unavailable');
      expect(performance.now() - started).toBeLessThan(3_000);
      await blocker.query('ROLLBACK');
      expect((await first).status).toBe(200);
    } finally {
      await blocker.end();
      await single.close();
    }
  });
});

describe('what the HTTP layer refuses', () => {
  it('a request line and headers over 16 KB: 431 problem', async () => {
    const { text } = await exchange([`GET /v1/sources?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: test\r\n\r\n`]);
    expectRawProblem(responses(text)[0], 431, 'header_fields_too_large');
  });

  it('a body longer than its Content-Length: the request is answered, the bytes after it are a 400 problem', async () => {
    const { text } = await exchange([
      'POST /v1/sources HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{"name":"x"}, "extra": "bytes past the declared length"}\r\n\r\n',
    ]);
    // The parser meets the extra bytes in the same read, so the request itself may not be answered before it refuses.
    const answers = responses(text);
    expectRawProblem(answers.at(-1), 400, 'malformed_request');
    for (const answer of answers) expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['a malformed request line', 'GET /v1/sources HTTP/9.9\r\n\r\n'],
    ['a header without a colon', 'GET /v1/sources HTTP/1.1\r\nHost test\r\n\r\n'],
    ['a bad Content-Length', 'POST /v1/sources HTTP/1.1\r\nHost: test\r\nContent-Length: twelve\r\n\r\n'],
  ])('%s: 400 problem', async (_, request) => {
    const { text } = await exchange([request]);
    expectRawProblem(responses(text)[0], 400, 'malformed_request');
  });

  it('a second failure while a problem is sent (an onSend hook that needs the database) is still a problem without internals', async () => {
    // The shape an outage gives an onSend hook that writes to the database: Prisma's message, with a source path,
    // code lines and the server's address.
    const leak = Object.assign(
      new Error(
        "Invalid `prisma.idempotencyRecord.delete()` invocation in\n/app/src/modules/idempotency/idempotency.repository.ts:42:7\n→ 42 await db.idempotencyRecord.delete(\nCan't reach database server at `127.0.0.1:5432`",
      ),
      { code: 'P1001' },
    );
    const probe = await buildApp({
      config: testConfig(),
      databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
      logger: false,
    });
    let failures = 0;
    probe.get(
      '/fault/on-send',
      {
        config: { access: 'public' },
        onSend: async (_request, reply, payload) => {
          if (reply.statusCode >= 500 && failures++ === 0) throw leak;
          return payload;
        },
      },
      async () => {
        throw leak;
      },
    );
    await probe.ready();
    const response = await probe.inject({ method: 'GET', url: '/fault/on-send' });
    await probe.close();
    expect(failures).toBe(2);
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'service_unavailable' });
    expect(response.body).not.toMatch(/prisma|idempotency\.repository|127\.0\.0\.1:5432/);
  });
});
