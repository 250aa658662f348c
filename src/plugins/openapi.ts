import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { webhooksDocument } from '../modules/webhooks/webhooks.openapi.ts';
import { tidySchemaComponents } from './openapi-components.ts';
import { documentLimits } from './openapi-limits.ts';
import { portablePatterns } from './openapi-patterns.ts';
import { declareResponseExtras, transformRoute } from './openapi-responses.ts';

export const apiVersion = '0.1.0';

/** Adds OpenAPI 3.1's top-level `webhooks` (the requests Meridian sends) and the schemas of their bodies. */
function withWebhooks<T>(document: T): T {
  const { webhooks, schemas } = webhooksDocument();
  const base = document as { components?: { schemas?: Record<string, unknown> } };
  return {
    ...document,
    webhooks,
    components: { ...base.components, schemas: { ...base.components?.schemas, ...schemas } },
  } as T;
}

/** The OpenAPI 3.1 document, generated from the routes' Zod schemas, and the interactive docs at /docs. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Meridian API',
          version: apiVersion,
          description:
            'Geopolitical news as structured knowledge: articles, the entities they name (countries, officials, ports, ' +
            'organizations, places, events, laws, commodities) and the claims they make — with who made each claim and ' +
            'where in the text it stands.\n\n' +
            'Lists use cursor pagination: follow `page.next` (or the `Link: rel="next"` header) until it is null. ' +
            'Errors are RFC 9457 `application/problem+json` with a stable `code`.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        // x-internal: false — the API is public; the one server entry is whichever deployment (local, staging or production) serves the document.
        servers: [
          {
            url: '/',
            description: 'This server: the local, staging or production deployment that serves this document',
            ...{ 'x-internal': false },
          },
        ],
        // Each operation states its own security (see the auth plugin); none is the default.
        security: [],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key (`mk_…`), created with `npm run keys -- create` or POST /v1/keys. Writes need the `write` scope.',
            },
          },
        },
        tags: [
          { name: 'Articles', description: 'News articles, their text, source and lineage.' },
          {
            name: 'Entities',
            description: 'Countries, people, organizations, ports, places, events, laws and commodities.',
          },
          { name: 'Claims', description: 'Statements made in articles, with claimant, subjects and evidence span.' },
          {
            name: 'Relations',
            description:
              'The knowledge graph: typed, time-scoped, sourced edges between entities (a place located in its country, a company operating a port, ' +
              'a head of state), written with If-Match and reviewed like entities; neighbours, shortest paths, an NDJSON export and a ' +
              'FollowTheMoney export. Roles are relations too (`holds_position` with a `title`).',
          },
          {
            name: 'Roles',
            description:
              'Terms in office: a person holds an office in an organization or country between two dates. Read with GET /v1/entities/{idOrSlug}/roles. ' +
              'A view of the knowledge graph: a role is a `holds_position` relation with the office as its `title` (the same id, version and ETag at ' +
              'GET /v1/relations/{id}, where it is also a neighbour of its organization; one with no organization is a role only). Its revisions and ' +
              'change-feed events keep resource type `role`.',
          },
          { name: 'Sources', description: 'Outlets that publish articles.' },
          {
            name: 'Stories',
            description:
              'Articles grouped by event or development at ingest, with their independent sources; merge and split by hand.',
          },
          {
            name: 'Search',
            description: 'Multilingual full-text search over articles, claims and entities, with filters and facets.',
          },
          { name: 'Exports', description: 'Whole collections as NDJSON or CSV, streamed from one snapshot, uncapped.' },
          { name: 'Imports', description: 'Bulk NDJSON import through the ingest pipeline, with per-line results.' },
          { name: 'Keys', description: 'API keys and the audit log (admin scope).' },
          {
            name: 'Changes',
            description: 'The change feed: every create, update, delete and merge, in a resumable order.',
          },
          {
            name: 'Webhooks',
            description:
              'Signed HTTP callbacks for change events and watch matches, delivered at least once (see the `webhooks` section).',
          },
          {
            name: 'Watches',
            description: 'Standing interests in an entity, a source or a claim, delivered by webhooks.',
          },
          { name: 'Operations', description: 'Health and readiness probes, and the problem types errors refer to.' },
        ],
      },
      transform: transformRoute,
      transformObject: (document) =>
        portablePatterns(
          declareResponseExtras(
            documentLimits(withWebhooks(tidySchemaComponents(jsonSchemaTransformObject(document)))),
          ),
        ),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
