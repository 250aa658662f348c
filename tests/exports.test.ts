import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBatchSize } from '../src/modules/exports/exports.service.ts';
import { parseCsv } from '../src/modules/ingest/linking/csv.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
let db: pg.Client;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await db.end();
  await t.close();
});

const lines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));

describe('GET /v1/exports/articles', () => {
  it('streams every article as NDJSON, each line what GET /v1/articles/{id} answers', async () => {
    const response = await t.api
      .get('/v1/exports/articles')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="meridian-articles-\d{8}T\d{6}Z\.ndjson"$/,
    );
    expect(response.headers['meridian-export-query']).toBe('format=ndjson');
    expect(Date.parse(response.headers['meridian-export-snapshot'] as string)).not.toBeNaN();
    const articles = lines(response.body as string);
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM articles');
    expect(articles).toHaveLength(rows[0]!.count);
    const one = (await t.api.get(`/v1/articles/${articles[0].id}`).expect(200)).body;
    expect(articles[0]).toEqual(one);
  });

  it('accepts the search filters and echoes them, normalised, in Meridian-Export-Query', async () => {
    const search = await t.api.get('/v1/search?source=orinoco-tribune&language=en&limit=100').expect(200);
    const response = await t.api.get('/v1/exports/articles?language=en&source=orinoco-tribune').expect(200);
    const exported = lines(response.text)
      .map((article) => article.id)
      .sort();
    expect(exported).toEqual(search.body.articles.data.map((hit: { id: string }) => hit.id).sort());
    expect(exported.length).toBeGreaterThan(0);
    expect(response.headers['meridian-export-query']).toBe('format=ndjson&language=en&source=orinoco-tribune');
    const byQuery = await t.api.get('/v1/exports/articles?q=lithium&format=ndjson').expect(200);
    const searched = await t.api.get('/v1/search?q=lithium&limit=100').expect(200);
    expect(
      lines(byQuery.text)
        .map((a) => a.id)
        .sort(),
    ).toEqual(searched.body.articles.data.map((hit: { id: string }) => hit.id).sort());
  });

  it.each([
    ['/v1/exports/articles?source=no-such-source', 422, 'unprocessable'],
    ['/v1/exports/articles?publishedFrom=yesterday', 400, 'validation_failed'],
    ['/v1/exports/articles?limit=10', 400, 'validation_failed'],
    ['/v1/exports/articles?format=csv', 406, 'not_acceptable'],
    ['/v1/exports/claims?format=xlsx', 406, 'not_acceptable'],
    ['/v1/exports/entities?type=planet', 400, 'validation_failed'],
  ])('refuses %s with %i %s', async (path, status, code) => {
    const response = await t.api.get(path).expect(status);
    expect(response.body.code).toBe(code);
  });

  it('answers 406 to Accept: text/csv on articles, naming NDJSON', async () => {
    const response = await t.api.get('/v1/exports/articles').set('accept', 'text/csv').expect(406);
    expect(response.body.supported).toEqual([{ format: 'ndjson', mediaType: 'application/x-ndjson' }]);
  });

  it('follows read access: a key is needed when reads require one', async () => {
    const locked = await createTestApp({ readsRequireKey: true });
    try {
      expect((await locked.anonymous.get('/v1/exports/entities').expect(401)).body.code).toBe('unauthorized');
      const key = await locked.createKey(['read']);
      await locked.anonymous.get('/v1/exports/entities').set('authorization', `Bearer ${key}`).expect(200);
    } finally {
      await locked.close();
    }
  });
});

describe('CSV exports', () => {
  it('round-trip commas, quotes and line breaks (RFC 4180, CRLF, BOM, header row)', async () => {
    const tricky = 'A port, "the biggest"\nin the south\r\nof Peru';
    const created = await t.api
      .post('/v1/entities')
      .send({
        type: 'port',
        name: 'Puerto "Tricky", Sur',
        description: tricky,
        aliases: [{ name: 'Alias, one', language: 'es' }, { name: 'Say "two"' }],
      })
      .expect(201);
    const response = await t.api.get('/v1/exports/entities?type=port').set('accept', 'text/csv').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/\.csv"$/);
    expect(response.headers['meridian-export-query']).toBe('format=csv&type=port');
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(text).filter((row) => row.length > 1);
    expect(header?.slice(0, 5)).toEqual(['id', 'type', 'name', 'slug', 'description']);
    const row = records.find((record) => record[0] === created.body.id);
    expect(row).toBeDefined();
    const column = (name: string) => row![header!.indexOf(name)];
    expect(column('name')).toBe('Puerto "Tricky", Sur');
    expect(column('description')).toBe(tricky);
    expect(JSON.parse(column('aliases')!)).toEqual([
      { name: 'Alias, one', language: 'es', kind: 'name', validFrom: null, validTo: null },
      { name: 'Say "two"', language: null, kind: 'name', validFrom: null, validTo: null },
    ]);
    // Every record has as many fields as the header: no field broke out of its quotes.
    for (const record of records) expect(record).toHaveLength(header!.length);
    const ports = lines((await t.api.get('/v1/exports/entities?type=port').expect(200)).text);
    expect(records).toHaveLength(ports.length);
  });

  it('exports claims as CSV with subjects as ids and slugs, and as NDJSON with the claim objects', async () => {
    const json = lines((await t.api.get('/v1/exports/claims?format=ndjson').expect(200)).text);
    const csvText = (await t.api.get('/v1/exports/claims?format=csv').expect(200)).text;
    const [header, ...records] = parseCsv(csvText).filter((row) => row.length > 1);
    expect(records).toHaveLength(json.length);
    expect(json.length).toBeGreaterThan(0);
    const first = json[0];
    expect(first).toEqual((await t.api.get(`/v1/claims/${first.id}`).expect(200)).body);
    const record = records[0]!;
    expect(record[header!.indexOf('text')]).toBe(first.text);
    for (const [index, claim] of json.entries())
      expect(records[index]![header!.indexOf('bound')]).toBe(claim.bound ?? '');
    expect(record[header!.indexOf('subjectSlugs')]).toBe(first.subjects.map((s: { slug: string }) => s.slug).join(';'));
    const filtered = lines((await t.api.get(`/v1/exports/claims?articleId=${first.articleId}`).expect(200)).text);
    expect(filtered.every((claim) => claim.articleId === first.articleId)).toBe(true);
  });
});

/** Reads a response with manual flow control: the first chunk, then as the caller asks. */
function openStream(path: string) {
  const chunks: Buffer[] = [];
  let response!: http.IncomingMessage;
  const ready = new Promise<void>((resolve, reject) => {
    http
      .get(`${baseUrl}${path}`, (res) => {
        response = res;
        res.pause();
        res.once('readable', () => {
          const chunk = res.read() as Buffer | null;
          if (chunk) chunks.push(chunk);
          resolve();
        });
      })
      .on('error', reject);
  });
  return {
    ready,
    status: () => response.statusCode,
    received: () => Buffer.concat(chunks).length,
    finish: () =>
      new Promise<string>((resolve, reject) => {
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
        response.resume();
      }),
  };
}

/** The export's database session, while it waits for the client to read: its state and last statement. */
async function exportSession() {
  const { rows } = await db.query<{ state: string; query: string }>(
    `SELECT state, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'FETCH%'`,
  );
  return rows[0];
}

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('streaming', () => {
  const bulk = 4000;
  beforeAll(async () => {
    // Bulk articles with 4 KB bodies: 16 MB of NDJSON, far more than socket buffers hold.
    await db.query(
      `INSERT INTO articles (id, url, title, body, language, source_id, content_hash, updated_at)
       SELECT gen_random_uuid(), 'https://bulk.example/' || n, 'Bulk article ' || n, repeat('filler text ', 340), 'en',
              (SELECT id FROM sources ORDER BY id LIMIT 1), md5(n::text) || md5(n::text), now()
       FROM generate_series(1, $1::int) AS n`,
      [bulk],
    );
  });

  it(`reads in batches of ${exportBatchSize} as the client reads, from one snapshot that later writes do not change`, async () => {
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM articles');
    const total = rows[0]!.count;
    const stream = openStream('/v1/exports/articles');
    await stream.ready;
    // The client reads nothing more: the server fetched a batch, filled the socket, and now waits inside its
    // transaction with the cursor open; it has not read the table to the end.
    const session = await until(async () => {
      const found = await exportSession();
      return found?.state === 'idle in transaction' ? found : undefined;
    }, 'the export to wait for the client');
    expect(session.query).toBe(`FETCH ${exportBatchSize} FROM meridian_export`);
    expect(stream.received()).toBeLessThan(total * 4000);

    // Written while the export streams: a new article, and a changed title of the last one.
    const last = await db.query<{ id: string }>('SELECT id FROM articles ORDER BY id DESC LIMIT 1');
    await db.query(`UPDATE articles SET title = 'Changed during the export' WHERE id = $1`, [last.rows[0]!.id]);
    await db.query(
      `INSERT INTO articles (id, url, title, body, language, source_id, content_hash, updated_at)
       VALUES ('ffffffff-ffff-7fff-bfff-ffffffffffff', 'https://bulk.example/late', 'Late article', 'late', 'en', (SELECT id FROM sources ORDER BY id LIMIT 1), repeat('a', 64), now())`,
    );

    const exported = lines(await stream.finish());
    expect(exported).toHaveLength(total);
    expect(exported.some((article) => article.url === 'https://bulk.example/late')).toBe(false);
    expect(exported.find((article) => article.id === last.rows[0]!.id)?.title).not.toBe('Changed during the export');
    expect(new Set(exported.map((article) => article.id)).size).toBe(total);
    // The transaction ended with the stream: no export session is left behind.
    await until(
      async () => ((await exportSession()) === undefined ? true : undefined),
      'the export transaction to end',
    );

    const again = lines((await t.api.get('/v1/exports/articles').expect(200)).text);
    expect(again).toHaveLength(total + 1);
  });

  it('ends the transaction when the client goes away mid-stream', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = http.get(`${baseUrl}/v1/exports/articles`, (res) => {
        res.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', () => {});
      setTimeout(() => reject(new Error('no data')), 10_000);
    });
    await until(async () => ((await exportSession()) === undefined ? true : undefined), 'the abandoned export to end');
  });

  it('streams at most EXPORT_MAX_CONCURRENT (3) exports at once, answers one more 503 exports_busy, and frees a slot when one ends', async () => {
    const streams = [
      openStream('/v1/exports/articles'),
      openStream('/v1/exports/articles'),
      openStream('/v1/exports/articles'),
    ];
    await Promise.all(streams.map((stream) => stream.ready));
    const busy = await t.api.get('/v1/exports/claims').expect(503);
    expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(busy.body).toMatchObject({ code: 'exports_busy', status: 503 });
    expect(busy.headers['retry-after']).toBe('30');
    // The rest of the API still has connections to answer with.
    await t.api.get('/v1/articles?limit=1').expect(200);

    await streams[0]!.finish();
    await t.api.get('/v1/exports/claims').expect(200);
    // A client that goes away frees its slot too.
    await new Promise<void>((resolve) => {
      const request = http.get(`${baseUrl}/v1/exports/articles`, (res) =>
        res.once('data', () => {
          request.destroy();
          resolve();
        }),
      );
      request.on('error', () => {});
    });
    await Promise.all(streams.slice(1).map((stream) => stream.finish()));
    await until(async () => ((await exportSession()) === undefined ? true : undefined), 'every export to end');
    // Every slot is free again, the abandoned one included: three streams start, a fourth is refused.
    const again = [
      openStream('/v1/exports/articles'),
      openStream('/v1/exports/articles'),
      openStream('/v1/exports/articles'),
    ];
    await Promise.all(again.map((stream) => stream.ready));
    expect(again.map((stream) => stream.status())).toEqual([200, 200, 200]);
    await t.api.get('/v1/exports/entities').expect(503);
    await Promise.all(again.map((stream) => stream.finish()));
    await until(async () => ((await exportSession()) === undefined ? true : undefined), 'every export to end');
    await t.api.get('/v1/exports/entities').expect(200);
  });
});
