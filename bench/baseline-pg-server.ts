// The yardstick for Meridian's per-request overhead: a bare node:http server that answers GET /v1/articles/{id}
// with the SQL Meridian sends for that route (its one plain `pg` statement) over a `pg` pool of
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
// The statement Meridian sends for the plain article (articles.repository.ts, `selectArticleById`), verbatim.
const findArticle =
  `SELECT "id" AS "id", "url" AS "url", "title" AS "title", "dek" AS "dek", "byline" AS "byline", "body" AS "body",
  "language" AS "language", "published_at" AS "publishedAt", "modified_at" AS "modifiedAt", "dateline" AS "dateline",
  "dateline_place" AS "datelinePlace", "dateline_date"::text AS "datelineDate", "dateline_agency" AS "datelineAgency",
  "ingested_at" AS "ingestedAt", "source_id" AS "sourceId", "content_hash" AS "contentHash", "original_id" AS "originalId",
  "lineage_kind" AS "lineageKind", "lineage_similarity" AS "lineageSimilarity", "duplicate_of_id" AS "duplicateOfId",
  "story_id" AS "storyId", "version" AS "version", "created_at" AS "createdAt", "updated_at" AS "updatedAt"
  FROM "articles" WHERE "id" = $1`.replace(/\s+/g, ' ');

type ArticleRow = {
  id: string;
  url: string;
  title: string;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  dateline: string | null;
  datelinePlace: string | null;
  datelineDate: string | null;
  datelineAgency: string | null;
  ingestedAt: Date;
  sourceId: string;
  contentHash: string;
  originalId: string | null;
  lineageKind: string | null;
  lineageSimilarity: number | null;
  duplicateOfId: string | null;
  storyId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
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
    publishedAt: row.publishedAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    dateline:
      row.dateline !== null || row.datelineAgency !== null
        ? { text: row.dateline, place: row.datelinePlace, date: row.datelineDate, agency: row.datelineAgency }
        : null,
    ingestedAt: row.ingestedAt.toISOString(),
    sourceId: row.sourceId,
    contentHash: row.contentHash,
    version: row.version,
    lineage:
      row.originalId && row.lineageKind
        ? {
            originalId: row.originalId,
            kind: row.lineageKind,
            ...(row.lineageSimilarity !== null ? { similarity: row.lineageSimilarity } : {}),
          }
        : null,
    duplicateOf: row.duplicateOfId,
    story: row.storyId ? { id: row.storyId, href: `/v1/stories/${row.storyId}` } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
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
    const { rows } = await pool.query<ArticleRow>(findArticle, [id]);
    const row = rows[0];
    if (!row) return send(response, 404, '{"status":404}');
    send(response, 200, toJson(row), { etag: `"${row.version}"` });
  } catch {
    send(response, 500, '{"status":500}');
  }
});

server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void pool.end()));
