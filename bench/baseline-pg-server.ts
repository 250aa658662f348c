// The yardstick for Meridian's per-request overhead: a bare node:http server that answers GET /v1/articles/{id}
// with the SQL Meridian's Prisma client sends for that route (copied from Prisma's query log) over a `pg` pool of
// the same size, and the same JSON body and ETag. No framework, no validation library, no ORM. bench/run.ts starts
// it next to Meridian. Configured by PORT, DATABASE_URL and DATABASE_POOL_MAX.
import http from 'node:http';
import pg from 'pg';

const port = Number(process.env.PORT ?? 3001);
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});

const route = /^\/v1\/articles\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const findArticle = `SELECT "public"."articles"."id", "public"."articles"."url", "public"."articles"."title", "public"."articles"."dek",
  "public"."articles"."byline", "public"."articles"."body", "public"."articles"."language", "public"."articles"."published_at",
  "public"."articles"."modified_at", "public"."articles"."ingested_at", "public"."articles"."source_id", "public"."articles"."content_hash",
  "public"."articles"."original_id", "public"."articles"."lineage_kind"::text, "public"."articles"."lineage_similarity", "public"."articles"."duplicate_of_id", "public"."articles"."version", "public"."articles"."created_at",
  "public"."articles"."updated_at" FROM "public"."articles" WHERE ("public"."articles"."id" = $1 AND 1=1) LIMIT $2 OFFSET $3`;

type ArticleRow = {
  id: string;
  url: string;
  title: string;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  published_at: Date | null;
  modified_at: Date | null;
  ingested_at: Date;
  source_id: string;
  content_hash: string;
  original_id: string | null;
  lineage_kind: string | null;
  lineage_similarity: number | null;
  duplicate_of_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** Meridian's article JSON, field for field and in the same order. */
function toJson(row: ArticleRow): string {
  return JSON.stringify({
    id: row.id,
    url: row.url,
    title: row.title,
    dek: row.dek,
    byline: row.byline,
    body: row.body,
    language: row.language,
    publishedAt: row.published_at?.toISOString() ?? null,
    modifiedAt: row.modified_at?.toISOString() ?? null,
    ingestedAt: row.ingested_at.toISOString(),
    sourceId: row.source_id,
    contentHash: row.content_hash,
    version: row.version,
    lineage:
      row.original_id && row.lineage_kind
        ? {
            originalId: row.original_id,
            kind: row.lineage_kind,
            ...(row.lineage_similarity !== null ? { similarity: row.lineage_similarity } : {}),
          }
        : null,
    duplicateOf: row.duplicate_of_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  });
}

function send(response: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

const server = http.createServer(async (request, response) => {
  const id = request.method === 'GET' ? route.exec(request.url ?? '')?.[1] : undefined;
  if (!id) return send(response, 404, '{"status":404}');
  try {
    const { rows } = await pool.query<ArticleRow>(findArticle, [id, 1, 0]);
    const row = rows[0];
    if (!row) return send(response, 404, '{"status":404}');
    send(response, 200, toJson(row), { etag: `"${row.version}"` });
  } catch {
    send(response, 500, '{"status":500}');
  }
});

server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void pool.end()));
