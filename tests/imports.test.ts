// POST /v1/imports: NDJSON streamed through the ingest pipeline, per-line results, idempotent re-import, and an
// import killed with SIGKILL mid-way and re-run ending in the same state as an uninterrupted one.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLines } from '../bench/import-file.ts';
import { buildApp } from '../src/app.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';
import { expectProblem } from './support/problems.ts';

const root = path.resolve(import.meta.dirname, '..');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ndjson = (lines: readonly string[]) => `${lines.join('\n')}\n`;
const post = (app: TestApp, body: string, query: Record<string, string> = {}) =>
  app.api.post('/v1/imports').query(query).set('content-type', 'application/x-ndjson').send(body);

const article = (index: number, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    url: `https://imports.example.org/story/${index}?utm_source=feed`,
    title: `Port report ${index}`,
    body: `<p>The terminal at Chancay in Peru handled ${index + 10} ships this week, officials said.</p><p>Story number ${index} of the import test, unique text ${index * 7919}.</p>`,
    bodyFormat: 'html',
    publishedAt: '2024-01-02T03:04:05Z',
    ...overrides,
  });

describe('POST /v1/imports', () => {
  const file = ndjson([
    article(1),
    '{"url": "https://imports.example.org/broken", "title": ',
    article(2),
    '',
    JSON.stringify({ url: 'not a url', title: 'Bad', body: 'Text' }),
    article(3, { publishedAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    article(4, { unexpected: true }),
    article(5),
  ]);

  let importId: string;

  it('imports the good lines, rejects the bad ones with their line number and reason, and goes on', async () => {
    const response = await post(t, file, { ner: 'false' }).expect(201);
    importId = response.body.id;
    expect(response.headers.location).toBe(`/v1/imports/${importId}`);
    expect(response.body).toMatchObject({
      state: 'completed',
      error: null,
      counts: { created: 3, duplicate: 0, rejected: 4 },
      lastLine: 8,
    });
    expect(response.body.bytes).toBe(Buffer.byteLength(file));

    const rejected = await t.api.get(`/v1/imports/${importId}/lines`).query({ outcome: 'rejected' }).expect(200);
    const byLine = Object.fromEntries(
      rejected.body.data.map((line: { line: number; problem: unknown }) => [line.line, line.problem]),
    );
    expect(Object.keys(byLine).map(Number)).toEqual([2, 5, 6, 7]);
    expect(byLine[2]).toMatchObject({ code: 'malformed_json', status: 400 });
    expect(byLine[5]).toMatchObject({
      code: 'validation_failed',
      errors: expect.arrayContaining([expect.objectContaining({ field: 'url' })]),
    });
    expect(byLine[6]).toMatchObject({
      code: 'unprocessable',
      errors: [expect.objectContaining({ field: 'publishedAt', message: 'must not be in the future' })],
    });
    expect(byLine[7]).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'unexpected' })],
    });

    const created = await t.api.get(`/v1/imports/${importId}/lines`).query({ outcome: 'created' }).expect(200);
    expect(created.body.data.map((line: { line: number }) => line.line)).toEqual([1, 3, 8]);
    const first = await t.api
      .get(`/v1/articles/${created.body.data[0].articleId}`)
      .query({ include: 'mentions' })
      .expect(200);
    expect(first.body.url).toBe('https://imports.example.org/story/1');
    expect(first.body.body).toBe(
      'The terminal at Chancay in Peru handled 11 ships this week, officials said.\n\nStory number 1 of the import test, unique text 7919.',
    );
    expect(first.body.mentions.map((mention: { surface: string }) => mention.surface)).toEqual(
      expect.arrayContaining(['Chancay', 'Peru']),
    );
  });

  it('pages through the line results in line order', async () => {
    const first = await t.api.get(`/v1/imports/${importId}/lines`).query({ limit: 4 }).expect(200);
    expect(first.body.data.map((line: { line: number }) => line.line)).toEqual([1, 2, 3, 5]);
    const second = await t.api.get(first.body.page.next).expect(200);
    expect(second.body.data.map((line: { line: number }) => line.line)).toEqual([6, 7, 8]);
    expect(second.body.page.nextCursor).toBeNull();
    const listed = await t.api.get('/v1/imports').expect(200);
    expect(listed.body.data.map((entry: { id: string }) => entry.id)).toContain(importId);
  });

  it('changes nothing when the same file is imported again: every stored line is a duplicate', async () => {
    const before = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
    const again = await post(t, file, { ner: 'false' }).expect(201);
    expect(again.body.counts).toEqual({ created: 0, duplicate: 3, rejected: 4 });
    const duplicates = await t.api
      .get(`/v1/imports/${again.body.id}/lines`)
      .query({ outcome: 'duplicate' })
      .expect(200);
    for (const line of duplicates.body.data) expect(line.detail).toEqual({ reason: 'url_exists', unchanged: true });
    const after = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
    expect(after.body.data.map((item: { id: string; version: number }) => `${item.id}:${item.version}`)).toEqual(
      before.body.data.map((item: { id: string; version: number }) => `${item.id}:${item.version}`),
    );
  });

  it('stops at IMPORT_MAX_BYTES with 413, keeping the lines read before the limit', async () => {
    const small = await buildApp({
      config: testConfig({ logLevel: 'silent', bodyLimitBytes: 1024 * 1024, databasePoolMax: 2, importMaxBytes: 2048 }),
      databaseUrl: t.databaseUrl,
      logger: false,
    });
    await small.ready();
    try {
      const key = await t.createKey(['write']);
      const lines = Array.from({ length: 20 }, (_, index) => article(100 + index));
      const response = await supertest(small.server)
        .post('/v1/imports')
        .query({ ner: 'false' })
        .set('authorization', `Bearer ${key}`)
        .set('content-type', 'application/x-ndjson')
        .send(ndjson(lines));
      const problem = expectProblem(response, 413, 'payload_too_large');
      const imported = await t.api.get(problem.location!).expect(200);
      expect(imported.body.state).toBe('failed');
      expect(imported.body.error).toContain('IMPORT_MAX_BYTES');
      expect(imported.body.counts.created).toBeLessThan(20);
    } finally {
      await small.close();
    }
  });

  it('refuses other media types, unknown imports and missing keys', async () => {
    expectProblem(await t.api.post('/v1/imports').send({ url: 'https://example.org' }), 415, 'unsupported_media_type');
    expectProblem(await t.api.get('/v1/imports/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d'), 404, 'not_found');
    expectProblem(
      await t.anonymous.post('/v1/imports').set('content-type', 'application/x-ndjson').send(article(9)),
      401,
      'unauthorized',
    );
    const reader = await t.createKey(['read']);
    expectProblem(
      await t.anonymous
        .post('/v1/imports')
        .set('authorization', `Bearer ${reader}`)
        .set('content-type', 'application/x-ndjson')
        .send(article(9)),
      403,
      'forbidden',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

type Server = { process: ChildProcess; baseUrl: string; exited: Promise<number | null> };

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    // Small batches (each commits as a whole, several lines at a time), so that the kill lands with batches still to come.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_FIXTURE: 'false',
      IMPORT_BATCH_SIZE: '3',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${logs.join('')}`)));
  });
  return { process: child, baseUrl, exited };
}

/** Streams the lines to the server slowly (so a kill lands mid-import); resolves when the request ends either way. */
function streamSlowly(baseUrl: string, key: string, lines: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const request = http.request(`${baseUrl}/v1/imports?ner=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve());
      response.on('error', () => resolve());
    });
    request.on('error', () => resolve());
    void (async () => {
      for (const line of lines) {
        if (request.destroyed) return;
        request.write(`${line}\n`);
        await new Promise((wait) => setTimeout(wait, 40));
      }
      request.end();
    })();
  });
}

/** Everything an import writes, without ids or times: what must be equal after a crash and a re-run. */
async function storedState(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const articles = await client.query(`
      SELECT a.url, a.content_hash, a.language, a.published_at, a.title, o.url AS original, a.lineage_kind, a.lineage_similarity, d.url AS duplicate_of, s.slug AS source,
        (SELECT json_agg(json_build_array(m.start, m."end", m.surface, m.method, m.status, m.confidence, e.name, e.type, e.status) ORDER BY m.start, m."end", e.name)
           FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = a.id) AS mentions,
        (SELECT json_agg(json_build_array(c.text, c.kind, c.value, c.unit, c.evidence_start, c.evidence_end, c.confidence, c.review_status, ce.name,
           (SELECT json_agg(se.name ORDER BY se.name) FROM claim_subjects cs JOIN entities se ON se.id = cs.entity_id WHERE cs.claim_id = c.id)) ORDER BY c.evidence_start, c.text)
           FROM claims c LEFT JOIN entities ce ON ce.id = c.claimant_entity_id WHERE c.article_id = a.id) AS claims
      FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN articles o ON o.id = a.original_id LEFT JOIN articles d ON d.id = a.duplicate_of_id
      ORDER BY a.url`);
    const entities = await client.query(`SELECT type, name, slug, status, reference_key FROM entities ORDER BY slug`);
    const counts =
      await client.query(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM claims) AS claims,
      (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM article_minhash_bands) AS bands`);
    return { counts: counts.rows[0], articles: articles.rows, entities: entities.rows };
  } finally {
    await client.end();
  }
}

describe('an import killed with SIGKILL and run again', () => {
  const lines = [...importLines(24, 7)];
  lines.splice(12, 0, 'not json at all');
  // A republication late in the file of an article stored early: its link must survive the kill.
  const early = JSON.parse(lines[1]!) as { url: string; body: string };
  lines.push(
    JSON.stringify({
      ...early,
      url: `${early.url}-syndicated`,
      body: `${early.body}\n\nThis article first appeared elsewhere.`,
    }),
  );

  it('ends in the same state as an uninterrupted import', async () => {
    const crashed = await createTestApp();
    const clean = await createTestApp();
    try {
      const key = await crashed.createKey(['write']);
      const server = await startServer(crashed.databaseUrl);
      const streaming = streamSlowly(server.baseUrl, key, lines);
      // Kill once some lines are stored and while the rest are still coming.
      let killedId = '';
      for (let waited = 0; ; waited += 100) {
        const listed = await crashed.api.get('/v1/imports').expect(200);
        killedId = listed.body.data[0]?.id ?? '';
        if ((listed.body.data[0]?.lastLine ?? 0) >= 5) break;
        if (waited > 120_000) throw new Error('the import made no progress');
        await new Promise((wait) => setTimeout(wait, 100));
      }
      server.process.kill('SIGKILL');
      await server.exited;
      await streaming;
      // The import the kill interrupted shows what it stored, a part of the file; re-running the whole file completes it.
      const killed = await crashed.api.get(`/v1/imports/${killedId}`).expect(200);
      expect(killed.body.counts.created).toBeGreaterThanOrEqual(5);
      expect(killed.body.counts.created).toBeLessThan(25);
      const rerun = await post(crashed, ndjson(lines), { ner: 'true' }).expect(201);
      expect(rerun.body.counts, JSON.stringify({ killed: killed.body, rerun: rerun.body })).toEqual({
        created: 25 - killed.body.counts.created,
        duplicate: killed.body.counts.created,
        rejected: 1,
      });

      const uninterrupted = await post(clean, ndjson(lines), { ner: 'true' }).expect(201);
      expect(uninterrupted.body.counts).toEqual({ created: 25, duplicate: 0, rejected: 1 });

      const [after, expected] = [await storedState(crashed.databaseUrl), await storedState(clean.databaseUrl)];
      expect(after.counts).toEqual(expected.counts);
      expect(after.articles).toEqual(expected.articles);
      expect(after.entities).toEqual(expected.entities);
      expect(expected.articles.some((row) => row.original !== null)).toBe(true);
      expect(expected.articles.some((row) => row.mentions !== null && row.claims !== null)).toBe(true);
    } finally {
      await crashed.close();
      await clean.close();
    }
  }, 300_000);
});
