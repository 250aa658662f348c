import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors.ts';
import type { ResponseHeaderName } from '../../lib/response-headers.ts';
import { problemResponses } from '../../lib/schemas.ts';
import { ArticleSchema } from '../articles/articles.schemas.ts';
import { ClaimSchema } from '../claims/claims.schemas.ts';
import { EntitySchema } from '../entities/entities.schemas.ts';
import { RelationSchema } from '../relations/relations.schemas.ts';
import {
  ArticleExportQuery,
  ClaimExportQuery,
  CsvBody,
  csv,
  EntityExportQuery,
  FtmEntitySchema,
  GraphExportQuery,
  ndjson,
  ndjsonOf,
  RelationExportQuery,
} from './exports.schemas.ts';
import type { ExportFormat, PreparedExport } from './exports.service.ts';

const tags = ['Exports'];

const common =
  'Streamed, uncapped and consistent: every row comes from one database snapshot taken when the export starts, so rows written ' +
  'while it streams are not in it. The response echoes the normalised query in `Meridian-Export-Query` and the snapshot time in ' +
  '`Meridian-Export-Snapshot` (cite them; repeat the query for a newer export), and names a file in `Content-Disposition`. ' +
  'Rows come in the order they were recorded (by id). At most EXPORT_MAX_CONCURRENT exports stream at once (each holds a ' +
  'database connection); one more is answered 503 `exports_busy` with Retry-After.';

const mediaTypes: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  // FollowTheMoney's own line format ("JSON lines of entities"): NDJSON.
  ftm: 'application/x-ndjson; charset=utf-8',
};

function send(reply: FastifyReply, format: ExportFormat, result: PreparedExport) {
  return reply
    .type(mediaTypes[format])
    .header('content-disposition', `attachment; filename="${result.filename}"`)
    .header('meridian-export-query', result.query)
    .header('meridian-export-snapshot', result.snapshotAt.toISOString())
    .header('cache-control', 'no-store')
    .send(result.body);
}

/** The headers `send` sets on every export. */
const exportHeaders: ResponseHeaderName[] = [
  'Content-Disposition',
  'Meridian-Export-Query',
  'Meridian-Export-Snapshot',
];

const formatOf = (format: string | undefined): ExportFormat => (format === 'csv' ? 'csv' : 'ndjson');

/** How long a client is asked to wait when every export slot is taken: a large export streams for a while. */
const busyRetryAfterSeconds = 30;

export const exportRoutes: FastifyPluginAsyncZod<{ maxConcurrent: number }> = async (app, options) => {
  const { exports } = app.services;

  // Each streaming export holds one pooled connection (its snapshot) until its last row is sent, so at most
  // `maxConcurrent` run at once and the rest of the API keeps connections to serve other requests.
  let streaming = 0;
  async function limited(reply: FastifyReply, open: () => Promise<PreparedExport>): Promise<PreparedExport> {
    if (streaming >= options.maxConcurrent) {
      reply.header('retry-after', String(busyRetryAfterSeconds));
      throw new AppError(
        'exports_busy',
        `${options.maxConcurrent} exports are streaming already (EXPORT_MAX_CONCURRENT); retry after ${busyRetryAfterSeconds} seconds.`,
      );
    }
    streaming += 1;
    let released = false;
    const release = () => {
      if (!released) streaming -= 1;
      released = true;
    };
    try {
      const result = await open();
      result.body.once('close', release);
      return result;
    } catch (error) {
      release();
      throw error;
    }
  }

  app.get(
    '/articles',
    {
      // HEAD would open a snapshot only to discard it.
      exposeHeadRoute: false,
      config: { replicaReads: true, representations: [ndjson], longRunning: true },
      schema: {
        operationId: 'exportArticles',
        tags,
        summary: 'Export articles as NDJSON',
        description: `Every article the same query and filters as GET /v1/search select (\`q\`, \`entity\`, \`source\`, …; no paging, no cap), one Article per line. ${common}`,
        querystring: ArticleExportQuery,
        response: {
          200: {
            description: 'The articles, one JSON object per line.',
            content: { 'application/x-ndjson': ndjsonOf(ArticleSchema) },
            headers: exportHeaders,
          },
          ...problemResponses(400, 422, 503),
        },
      },
    },
    async (request, reply) => send(reply, 'ndjson', await limited(reply, () => exports.articles(request.query))),
  );

  app.get(
    '/claims',
    {
      exposeHeadRoute: false,
      config: { replicaReads: true, representations: [ndjson, csv], longRunning: true },
      schema: {
        operationId: 'exportClaims',
        tags,
        summary: 'Export claims as NDJSON or CSV',
        description: `Every claim matching the filters (those of GET /v1/claims). NDJSON by default; CSV with \`Accept: text/csv\` or \`format=csv\` (subjects as \`;\`-separated ids and slugs). ${common}`,
        querystring: ClaimExportQuery,
        response: {
          200: {
            description: 'The claims.',
            content: { 'application/x-ndjson': ndjsonOf(ClaimSchema), 'text/csv': { schema: CsvBody } },
            headers: exportHeaders,
          },
          ...problemResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.representation?.format);
      return send(reply, format, await limited(reply, () => exports.claims(request.query, format)));
    },
  );

  app.get(
    '/entities',
    {
      exposeHeadRoute: false,
      config: { replicaReads: true, representations: [ndjson, csv], longRunning: true },
      schema: {
        operationId: 'exportEntities',
        tags,
        summary: 'Export entities as NDJSON or CSV',
        description: `Every entity, or those of one type. NDJSON by default; CSV with \`Accept: text/csv\` or \`format=csv\` (aliases as a JSON array in one cell). ${common}`,
        querystring: EntityExportQuery,
        response: {
          200: {
            description: 'The entities.',
            content: { 'application/x-ndjson': ndjsonOf(EntitySchema), 'text/csv': { schema: CsvBody } },
            headers: exportHeaders,
          },
          ...problemResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.representation?.format);
      return send(reply, format, await limited(reply, () => exports.entities(request.query, format)));
    },
  );

  app.get(
    '/relations',
    {
      exposeHeadRoute: false,
      config: { replicaReads: true, representations: [ndjson], longRunning: true },
      schema: {
        operationId: 'exportRelations',
        tags,
        summary: 'Export the knowledge graph’s relations as NDJSON',
        description: `Every relation (the graph's edges), or those of one \`type\` or review \`status\`, one Relation per line as GET /v1/relations/{id} answers it (subject and object named, interval, source, status). ${common}`,
        querystring: RelationExportQuery,
        response: {
          200: {
            description: 'The relations, one JSON object per line.',
            content: { 'application/x-ndjson': ndjsonOf(RelationSchema) },
            headers: exportHeaders,
          },
          ...problemResponses(400, 503),
        },
      },
    },
    async (request, reply) => send(reply, 'ndjson', await limited(reply, () => exports.relations(request.query))),
  );

  app.get(
    '/graph/ftm',
    {
      exposeHeadRoute: false,
      config: { replicaReads: true, representations: [ndjson], longRunning: true },
      schema: {
        operationId: 'exportGraphFtm',
        tags,
        summary: 'Export the knowledge graph as FollowTheMoney entities',
        description:
          'The accepted entities and the accepted relations between them as FollowTheMoney (https://followthemoney.tech) entities, one ' +
          '`{id, schema, properties}` object per line, every property a list of strings — what `ftm` tools, Aleph and OpenSanctions ' +
          'read. Entities first: a person is a `Person`, an organization an `Organization`, a country a `PublicBody` (FtM has no ' +
          'state schema), a place or port an `Address`, an event an `Event`, an untyped entity a `LegalEntity`; commodities and legal ' +
          'instruments have no FtM schema and are left out with their relations. Then the relations, by id: a role (`holds_position` ' +
          'with a title, /v1/roles) is an `Occupancy` of a `Position` (the title in its organization, written once), another ' +
          '`holds_position` or a `member_of` a `Membership`, `head_of` a `Directorship`, `owns` an `Ownership` (`percentage` from ' +
          '`share`), `successor_of` a `Succession`, and `located_in`, `part_of`, `operates`, `allied_with` and `party_to` an ' +
          '`UnknownLink` with the relation type as `role`. Dates are as precise as they are known (`2022`, `2022-12`, `2022-12-07`). ' +
          `Ids are Meridian's (a Position's is derived from its title and organization). ${common}`,
        querystring: GraphExportQuery,
        response: {
          200: {
            description: 'The graph, one FollowTheMoney entity per line.',
            content: { 'application/x-ndjson': ndjsonOf(FtmEntitySchema) },
            headers: exportHeaders,
          },
          ...problemResponses(400, 503),
        },
      },
    },
    async (_request, reply) => send(reply, 'ftm', await limited(reply, () => exports.graphFtm())),
  );
};
