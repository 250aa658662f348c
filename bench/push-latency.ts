// Push delivery latency from commit to the receiver's 2xx while an import of ARTICLES articles runs through
// POST /v1/imports, with WEBHOOKS webhooks, SAVED_SEARCHES saved searches and WATCHES watches (issue 15), and the
// saved-search matching cost per committed article.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/push-latency.ts
// Settings: KEEP_DATABASE=1 (keep the database afterwards), WEBHOOKS (100), ARTICLES (1000), SAVED_SEARCHES (1000), WATCHES (10000), PUSH_WORKER_CONCURRENCY,
// PUSH_ENDPOINT_CONCURRENCY, PUSH_DISPATCH_BATCH, PUSH_DRAIN_CONNECTIONS and PRESSURE_MAX_EVENT_LOOP_DELAY_MS (the config's), WORKERS (0: `npm run worker` processes started
// beside this one, each with the same settings, sharing the dispatcher lock and the endpoints' drains),
// FANOUT: `events` (every webhook subscribes to article.created: WEBHOOKS deliveries per article) or `watches` (each
// webhook follows the saved-search watches of 10 saved searches: an article goes to the webhooks whose searches it
// matches). The receiver runs in a child process of its own (as a real endpoint would), the API (import, dispatcher,
// delivery workers) in this one. It creates (and drops) a database of its own on that server.
//
// Latency is measured from when the article's creating revision became visible to a poller (every 20 ms: the commit,
// to within the poll) to when the receiver got the request; `fromRecordedAt` also gives it from the revision's
// recorded_at (the transaction's start: an import batch's transaction lasts a while, so that one is longer).
import { fork } from 'node:child_process';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { importLines } from './import-file.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const webhookCount = env('WEBHOOKS', 100);
const articleCount = env('ARTICLES', 1000);
const savedSearchCount = env('SAVED_SEARCHES', 1000);
const watchCount = env('WATCHES', 10_000);
const fanout = process.env.FANOUT === 'watches' ? 'watches' : 'events';
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

// The receiver: a child process answering 204 and reporting (article id, arrival time) in batches.
if (process.argv[2] === 'receiver') {
  let pending: [string, number][] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = Date.now();
      response.writeHead(204).end();
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string; data: { id?: string } };
      if (event.type === 'article.created' && event.data.id) pending.push([event.data.id, at]);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as { port: number }).port }));
  setInterval(() => {
    if (pending.length === 0) return;
    process.send?.({ received: pending });
    pending = [];
  }, 50);
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main() {
  const database = `meridian_push_bench_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  await applyMigrations(url.toString());

  const received: [string, number][] = [];
  const receiver = fork(new URL(import.meta.url).pathname, ['receiver'], { execArgv: process.execArgv });
  const port = await new Promise<number>((resolve) =>
    receiver.on('message', (message: { port?: number; received?: [string, number][] }) => {
      if (message.port) resolve(message.port);
      if (message.received) received.push(...message.received);
    }),
  );

  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    RATE_LIMIT_WRITE_MAX: '0',
    RATE_LIMIT_READ_MAX: '0',
    SEED_FIXTURE: 'false',
    ...(process.env.PUSH_WORKER_CONCURRENCY ? { PUSH_WORKER_CONCURRENCY: process.env.PUSH_WORKER_CONCURRENCY } : {}),
    ...(process.env.PUSH_ENDPOINT_CONCURRENCY
      ? { PUSH_ENDPOINT_CONCURRENCY: process.env.PUSH_ENDPOINT_CONCURRENCY }
      : {}),
    ...(process.env.PUSH_DISPATCH_BATCH ? { PUSH_DISPATCH_BATCH: process.env.PUSH_DISPATCH_BATCH } : {}),
    ...(process.env.PUSH_DRAIN_CONNECTIONS ? { PUSH_DRAIN_CONNECTIONS: process.env.PUSH_DRAIN_CONNECTIONS } : {}),
    ...(process.env.PRESSURE_MAX_EVENT_LOOP_DELAY_MS
      ? { PRESSURE_MAX_EVENT_LOOP_DELAY_MS: process.env.PRESSURE_MAX_EVENT_LOOP_DELAY_MS }
      : {}),
  });
  // The app's errors (failed drain jobs: "job queue error" with graphile-worker's message) are counted by message,
  // at the logger's error level, so a run shows the drains that failed and were retried (each resends what it had not
  // recorded).
  const appErrors = new Map<string, number>();
  const errorStream = {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      const text = `${entry.msg ?? ''}: ${(entry.err?.message ?? '').replace(/[0-9a-f-]{36}/g, '…').slice(0, 160)}`;
      appErrors.set(text, (appErrors.get(text) ?? 0) + 1);
    },
  };
  const app = await buildApp({
    config,
    databaseUrl: url.toString(),
    logger: { level: 'error', stream: errorStream },
  });
  await app.ready();
  const key = (await app.services.keys.create({ name: 'bench', scopes: ['admin'] })).secret;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.inject({
      method: method as 'POST',
      url: path,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body || '{}');
  };
  // WORKERS extra `npm run worker` processes (scripts/worker.ts) on the same database, started before the import.
  const workers = await Promise.all(
    Array.from({ length: env('WORKERS', 0) }, () => {
      const worker = fork(new URL('../scripts/worker.ts', import.meta.url).pathname, [], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
          LOG_LEVEL: 'info',
          WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
          SEED_FIXTURE: 'false',
        },
      });
      return new Promise<typeof worker>((resolve) => {
        let output = '';
        worker.stdout?.on('data', (chunk: Buffer) => {
          if (output.includes('push worker started')) return;
          output += chunk.toString('utf8');
          if (output.includes('push worker started')) resolve(worker);
        });
      });
    }),
  );
  // The import goes through the real HTTP server, streamed as a client would send a file.
  const apiAddress = await app.listen({ port: 0, host: '127.0.0.1' });
  const runImport = (lines: string[]) =>
    new Promise<{ counts?: Record<string, number> }>((resolve, reject) => {
      const request = http.request(
        `${apiAddress}/v1/imports`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 201) reject(new Error(`import: ${response.statusCode} ${text}`));
            else resolve(JSON.parse(text));
          });
        },
      );
      request.on('error', reject);
      Readable.from(lines.map((line) => `${line}\n`)).pipe(request);
    });

  // Start the import workers (pipeline, gazetteer) with a one-line import, as bench/ingest-run.sh does.
  await runImport([
    JSON.stringify({
      url: 'https://warm-up.example/1',
      title: 'Warm-up',
      body: 'Peru and Chile signed a trade agreement in Lima.',
      language: 'en',
      publishedAt: '2023-01-01T00:00:00Z',
    }),
  ]);

  const lines = [...importLines(articleCount, 7)];
  // Saved searches on words of the articles' titles (each matches some of the articles), every fourth in English only.
  const words = new Map<string, number>();
  for (const line of lines)
    for (const word of (JSON.parse(line) as { title: string }).title.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
      words.set(word, (words.get(word) ?? 0) + 1);
  const vocabulary = [...words.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const savedIds: string[] = [];
  for (let index = 0; index < savedSearchCount; index++) {
    const word = vocabulary[index % vocabulary.length] as string;
    const query = index % 4 === 3 ? { q: word, language: ['en'] } : { q: word };
    savedIds.push((await call('POST', '/v1/saved-searches', { name: `s${index}`, query })).id);
  }
  const db = new pg.Client(url.toString());
  await db.connect();
  const keyId = (await db.query<{ id: string }>('SELECT id FROM api_keys LIMIT 1')).rows[0]?.id;
  // Watches of saved searches (one per search, in `watches` mode), the rest entity watches on other targets.
  const savedWatches = fanout === 'watches' ? savedIds.length : 0;
  const watchIds = (
    await db.query<{ id: string }>(
      `INSERT INTO watches (id, owner_key_id, kind, target_id)
       SELECT gen_random_uuid(), $1, 'saved_search', unnest($2::uuid[]) RETURNING id`,
      [keyId, savedIds.slice(0, savedWatches)],
    )
  ).rows.map((row) => row.id);
  await db.query(
    `INSERT INTO watches (id, owner_key_id, kind, target_id)
     SELECT gen_random_uuid(), $1, 'entity', gen_random_uuid() FROM generate_series(1, $2)`,
    [keyId, Math.max(0, watchCount - watchIds.length)],
  );
  for (let index = 0; index < webhookCount; index++)
    await call(
      'POST',
      '/v1/webhooks',
      fanout === 'events'
        ? { url: `http://127.0.0.1:${port}/hook${index}`, eventTypes: ['article.created'] }
        : { url: `http://127.0.0.1:${port}/hook${index}`, watchIds: watchIds.slice(index * 10, index * 10 + 10) },
    );

  // Commit times: when each article's creating revision first becomes visible.
  const visibleAt = new Map<string, number>();
  const recordedAt = new Map<string, number>();
  let polling = true;
  const poller = (async () => {
    const reader = new pg.Client(url.toString());
    await reader.connect();
    let after = (await reader.query<{ max: string }>('SELECT coalesce(max(id), 0)::text AS max FROM revisions')).rows[0]
      ?.max as string;
    while (polling) {
      // Ids are taken before commit, so a lower id can appear after a higher one: look back a margin (an import
      // batch's transaction writes a few thousand revisions). Kept small: this poll must not load the machine.
      const { rows } = await reader.query<{ id: string; resource_id: string; recorded_at: Date }>(
        `SELECT id::text, resource_id::text, recorded_at FROM revisions
         WHERE id > $1::bigint - 3000 AND resource_type = 'article' AND action = 'created'`,
        [after],
      );
      const now = Date.now();
      for (const row of rows) {
        if (visibleAt.has(row.resource_id)) continue;
        visibleAt.set(row.resource_id, now);
        recordedAt.set(row.resource_id, row.recorded_at.getTime());
        if (BigInt(row.id) > BigInt(after)) after = row.id;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await reader.end();
  })();

  const load = async () => (await import('node:os')).loadavg().map((value) => value.toFixed(2));
  // Where the feed stood before the import: the dispatch stages are replayed from here afterwards.
  const replayFrom = await app.services.webhookRepository.feedEnd();
  const loadBefore = await load();
  const started = Date.now();
  // The app's pool (DATABASE_POOL_MAX connections, shared by the import, the dispatcher and the drains) sampled every
  // 50 ms until everything is delivered: how often callers waited for a connection, and how many.
  const poolWaiting: number[] = [];
  const poolSampler = setInterval(() => poolWaiting.push(app.databasePoolStats().waiting), 50);
  // This process's event-loop delay (the API: import, dispatcher, drains) over the same time, in ms.
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const result = await runImport(lines);
  const importSeconds = (Date.now() - started) / 1000;
  // Wait for every delivery: the dispatcher caught up and nothing pending.
  let settledSince = 0;
  while (Date.now() - started < 900_000) {
    const { rows } = await db.query<{ open: string; total: string }>(
      `SELECT count(*) FILTER (WHERE status IN ('pending', 'retrying'))::text AS open, count(*)::text AS total
       FROM webhook_deliveries`,
    );
    const lag = await db.query<{ behind: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM revisions r, push_dispatch_cursors c
         WHERE c.name = 'webhooks' AND (r.transaction_id, r.id) > (c.transaction_id, c.revision_id)) AS behind`,
    );
    const done = rows[0]?.open === '0' && Number(rows[0]?.total) > 0 && lag.rows[0]?.behind === false;
    if (done && received.length >= Number(rows[0]?.total)) {
      if (!settledSince) settledSince = Date.now();
      if (Date.now() - settledSince > 1000) break;
    } else settledSince = 0;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const allSeconds = (Date.now() - started) / 1000;
  clearInterval(poolSampler);
  loopDelay.disable();
  const loadAfter = await load();
  polling = false;
  await poller;

  const fromCommit: number[] = [];
  const fromRecorded: number[] = [];
  for (const [articleId, at] of received) {
    const visible = visibleAt.get(articleId);
    const recorded = recordedAt.get(articleId);
    if (visible !== undefined) fromCommit.push(at - visible);
    if (recorded !== undefined) fromRecorded.push(at - recorded);
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) };
  };
  // Where the time goes: commit → dispatched (the delivery row's creation, the dispatch transaction's start) and
  // dispatched → received, per delivery of an article.
  const dispatchedAt = await db.query<{ article_id: string; created_at: Date }>(
    `SELECT r.resource_id::text AS article_id, min(d.created_at) AS created_at
     FROM webhook_deliveries d JOIN revisions r ON r.id = d.revision_id GROUP BY 1`,
  );
  const dispatchedOf = new Map(dispatchedAt.rows.map((row) => [row.article_id, row.created_at.getTime()]));
  const toDispatch: number[] = [];
  const dispatchToReceive: number[] = [];
  for (const [articleId, at] of received) {
    const dispatched = dispatchedOf.get(articleId);
    const visible = visibleAt.get(articleId);
    if (dispatched === undefined) continue;
    dispatchToReceive.push(at - dispatched);
    if (visible !== undefined) toDispatch.push(dispatched - visible);
  }
  // Dispatch transactions: how many, and how long each took to commit (its deliveries' creation is its start; the
  // first attempt of any of them comes after its commit).
  const dispatches = await db.query<{ deliveries: number; commit_ms: number }>(
    `SELECT count(*)::int AS deliveries,
            extract(epoch FROM min(last_attempt_at) - created_at)::float * 1000 AS commit_ms
     FROM webhook_deliveries WHERE revision_id IS NOT NULL GROUP BY created_at ORDER BY created_at`,
  );
  const deliveries = await db.query<{ status: string; count: string }>(
    'SELECT status, count(*)::text AS count FROM webhook_deliveries GROUP BY 1',
  );
  const matches = await db.query<{ count: string }>('SELECT count(*)::text AS count FROM saved_search_matches');
  // Attempts beyond the first (a timeout or a failure retried): each one is also a request the receiver may have got.
  const retries = await db.query<{ retried: string; extra: string; errors: string[] | null }>(
    `SELECT count(*) FILTER (WHERE attempts > 1)::text AS retried, coalesce(sum(attempts - 1), 0)::text AS extra,
            (SELECT array_agg(DISTINCT left(last_error, 80)) FROM webhook_deliveries WHERE last_error IS NOT NULL) AS errors
     FROM webhook_deliveries`,
  );
  // What the delivery log costs on disk: the deliveries and (where the schema has them) their shared bodies, with
  // indexes and TOAST.
  const storage = await db.query<{ deliveries: string; payloads: string }>(
    `SELECT pg_total_relation_size('webhook_deliveries')::text AS deliveries,
            coalesce(pg_total_relation_size(to_regclass('webhook_payloads')), 0)::text AS payloads`,
  );

  // Matching cost per committed article: the dispatcher's statement over the imported articles in batches of
  // BATCH (rolled back; alternated with the earlier design, one query per saved search, when LEGACY_BATCHES > 0).
  const imported = await db.query<{ article_id: string; revision_id: string; recorded_at: Date }>(
    `SELECT resource_id::text AS article_id, id::text AS revision_id, recorded_at FROM revisions
     WHERE resource_type = 'article' AND action = 'created' ORDER BY id`,
  );
  const batch = env('MATCH_BATCH', 100);
  const candidates = imported.rows.map((row) => ({
    articleId: row.article_id,
    revisionId: BigInt(row.revision_id),
    matchedAt: row.recorded_at,
  }));
  const setBased: number[] = [];
  const legacy: number[] = [];
  const legacyBatches = env('LEGACY_BATCHES', 1);
  const rollback = new Error('rollback');
  const timed = async (run: (tx: Parameters<Parameters<typeof app.transactions.run>[0]>[0]) => Promise<unknown>) => {
    const begin = performance.now();
    await app.transactions
      .run(async (tx) => {
        await run(tx);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    return performance.now() - begin;
  };
  const repository = (
    await import('../src/modules/saved-searches/saved-searches.repository.ts')
  ).createSavedSearchRepository(app.db);
  for (let offset = 0, round = 0; offset < candidates.length; offset += batch, round++) {
    const slice = candidates.slice(offset, offset + batch);
    // Clear the batch's matches inside the rolled-back transaction so the insert path is measured too.
    setBased.push(
      (await timed(async (tx) => {
        await tx.$executeRaw`DELETE FROM saved_search_matches WHERE article_id = ANY(${slice.map((c) => c.articleId)}::uuid[])`;
        await repository.matchBatch(tx, slice);
      })) / slice.length,
    );
    if (round < legacyBatches) {
      // The earlier design: each saved search's own statement restricted to the batch (search.matchingAmong).
      const begin = performance.now();
      const ids = slice.map((c) => c.articleId);
      const searches = await db.query<{ query: Record<string, unknown> }>('SELECT query FROM saved_searches');
      const { SearchQuery } = await import('../src/modules/search/search.schemas.ts');
      for (const saved of searches.rows) await app.services.search.matchingAmong(SearchQuery.parse(saved.query), ids);
      legacy.push((performance.now() - begin) / slice.length);
    }
  }
  const mean = (values: number[]) =>
    values.length ? Number((values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)) : null;

  // Where a dispatch transaction's time goes: the import's changes read again in the dispatcher's batches
  // (PUSH_DISPATCH_BATCH) and each batch's stages replayed and timed in a rolled-back transaction, the batch's
  // deliveries and matches deleted first (untimed) so every write is measured: saved-search matching, target
  // computation (watches and event types), building the bodies and deliveries in Node, writing them (bodies,
  // deliveries, drain jobs). After the drain, so the stages run without the import and the drains competing.
  const webhookRepository = app.services.webhookRepository;
  const dispatcherModule = await import('../src/modules/webhooks/webhooks.dispatcher.ts');
  type Change = Awaited<ReturnType<typeof webhookRepository.changesAfter>>[number];
  type Target = Awaited<ReturnType<typeof webhookRepository.targetsOf>>[number];
  // A tree without deliveriesOf (before session 26) stored one body per change and set of matched watches.
  const buildDeliveries =
    (dispatcherModule as { deliveriesOf?: (c: Map<bigint, Change>, t: Target[]) => unknown }).deliveriesOf ??
    ((changes: Map<bigint, Change>, targets: Target[]) => {
      const payloads = new Map<string, { id: string; body: string }>();
      const deliveries = targets.map((target) => {
        const change = changes.get(target.revisionId) as Change;
        const key = `${change.id}:${target.watchIds.join(',')}`;
        let payload = payloads.get(key);
        if (!payload) {
          payload = {
            id: crypto.randomUUID(),
            body: JSON.stringify(dispatcherModule.changeEvent(change, target.watchIds)),
          };
          payloads.set(key, payload);
        }
        return {
          id: crypto.randomUUID(),
          webhookId: target.webhookId,
          eventType: `${change.resourceType}.${change.action}`,
          revisionId: change.id,
          payloadId: payload.id,
        };
      });
      return { payloads: [...payloads.values()], deliveries };
    });
  const stageTimes: {
    match: number;
    targets: number;
    build: number;
    write: number;
    deliveries: number;
    bodies: number;
  }[] = [];
  for (let from = replayFrom; ; ) {
    const changes = await webhookRepository.changesAfter(app.db, from, config.push.dispatchBatch);
    const last = changes.at(-1);
    if (!last) break;
    from = { transactionId: last.transactionId, revisionId: last.id };
    const ids = changes.map((change) => change.id);
    const times = { match: 0, targets: 0, build: 0, write: 0, deliveries: 0, bodies: 0 };
    await timed(async (tx) => {
      await tx.$executeRaw`DELETE FROM webhook_deliveries WHERE revision_id = ANY(${ids.map(String)}::text[]::bigint[])`;
      await tx.$executeRaw`DELETE FROM saved_search_matches WHERE revision_id = ANY(${ids.map(String)}::text[]::bigint[])`;
      let at = performance.now();
      const lap = () => {
        const now = performance.now();
        const took = now - at;
        at = now;
        return took;
      };
      await app.services.savedSearches.recordMatches(
        tx,
        changes
          .filter((change) => change.resourceType === 'article' && change.action === 'created')
          .map((change) => ({ articleId: change.resourceId, revisionId: change.id, matchedAt: change.recordedAt })),
      );
      times.match = lap();
      const targets = await webhookRepository.targetsOf(tx, ids);
      times.targets = lap();
      const built = buildDeliveries(new Map(changes.map((change) => [change.id, change])), targets) as {
        payloads: Parameters<typeof webhookRepository.insertDeliveries>[1];
        deliveries: Parameters<typeof webhookRepository.insertDeliveries>[2];
      };
      times.build = lap();
      times.deliveries = await webhookRepository.insertDeliveries(tx, built.payloads, built.deliveries);
      times.write = lap();
      times.bodies = built.payloads.length;
    });
    if (times.deliveries > 0) stageTimes.push(times);
  }
  const stageStats = (pick: (t: (typeof stageTimes)[number]) => number) => ({
    mean: mean(stageTimes.map(pick)),
    max: stageTimes.length ? Number(Math.max(...stageTimes.map(pick)).toFixed(1)) : null,
  });

  console.log(
    JSON.stringify({
      fanout,
      webhooks: webhookCount,
      articles: articleCount,
      importCounts: result.counts,
      savedSearches: savedSearchCount,
      watches: watchCount,
      workerConcurrency: config.push.workerConcurrency,
      extraWorkerProcesses: workers.length,
      // Absent on a tree without the drains' share of the pool.
      drainConnections: (app as { pushDrainConnections?: () => unknown }).pushDrainConnections?.() ?? null,
      deliveries: Object.fromEntries(deliveries.rows.map((row) => [row.status, Number(row.count)])),
      received: received.length,
      appErrors: Object.fromEntries(appErrors),
      eventLoopDelayMs: {
        p50: Math.round(loopDelay.percentile(50) / 1e6),
        p99: Math.round(loopDelay.percentile(99) / 1e6),
        max: Math.round(loopDelay.max / 1e6),
      },
      poolWaiting: {
        samples: poolWaiting.length,
        withWaiters: poolWaiting.filter((waiting) => waiting > 0).length,
        ...stats(poolWaiting),
      },
      retries: {
        deliveries: Number(retries.rows[0]?.retried ?? 0),
        attempts: Number(retries.rows[0]?.extra ?? 0),
        errors: retries.rows[0]?.errors ?? [],
      },
      storageBytes: {
        deliveries: Number(storage.rows[0]?.deliveries ?? 0),
        payloads: Number(storage.rows[0]?.payloads ?? 0),
        perDelivery: Math.round(
          (Number(storage.rows[0]?.deliveries ?? 0) + Number(storage.rows[0]?.payloads ?? 0)) /
            Math.max(
              1,
              deliveries.rows.reduce((sum, row) => sum + Number(row.count), 0),
            ),
        ),
      },
      savedSearchMatches: Number(matches.rows[0]?.count ?? 0),
      importSeconds,
      allDeliveredSeconds: allSeconds,
      latencyFromCommitMs: stats(fromCommit),
      latencyFromRecordedAtMs: stats(fromRecorded),
      dispatchTransactions: dispatches.rows.length,
      dispatchToFirstAttemptMs: stats(dispatches.rows.map((row) => Math.round(row.commit_ms))),
      deliveriesPerDispatch: stats(dispatches.rows.map((row) => row.deliveries)),
      stagesMs: { commitToDispatch: stats(toDispatch), dispatchToReceive: stats(dispatchToReceive) },
      matchingMsPerArticle: { batch, setBased: mean(setBased), legacyPerSearchQueries: mean(legacy) },
      dispatchStagesReplayedMs: {
        transactions: stageTimes.length,
        match: stageStats((t) => t.match),
        targets: stageStats((t) => t.targets),
        build: stageStats((t) => t.build),
        write: stageStats((t) => t.write),
        deliveries: stageStats((t) => t.deliveries),
        bodies: stageStats((t) => t.bodies),
      },
      loadBefore,
      loadAfter,
    }),
  );
  await db.end();
  await app.close();
  receiver.kill();
  for (const worker of workers) worker.kill('SIGTERM');
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve))));
  // KEEP_DATABASE=1 leaves the database for EXPLAIN ANALYZE of the dispatcher's statements (drop it afterwards).
  if (process.env.KEEP_DATABASE === '1') {
    console.log(`kept database ${database}`);
    return;
  }
  const cleanup = new pg.Client(serverUrl);
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE ${database} WITH (FORCE)`);
  await cleanup.end();
}
