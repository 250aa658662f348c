import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../lib/errors.ts';
import { sendPage } from '../../lib/pagination.ts';
import { created, IdParams, ok, problemResponses } from '../../lib/schemas.ts';
import { matchExample, reconcileExample } from './reconcile.examples.ts';
import {
  JudgementBody,
  JudgementListQuery,
  JudgementPage,
  JudgementSchema,
  MatchBody,
  MatchResponse,
  maxCandidates,
  maxQueries,
  PreviewQuery,
  ReconcileBody,
  ReconcileManifest,
  ReconcileResults,
  SuggestQuery,
  SuggestResponse,
} from './reconcile.schemas.ts';
import { factors, matchLead, matchThreshold } from './reconcile.scoring.ts';

const scoring =
  'Score: a candidate whose identifier agrees with one of the query’s (Wikidata, ISO, UN/LOCODE), or that a reviewer judged a match ' +
  'for this name, scores 1. Otherwise score = name × type × country × birthDate × identifier, where `name` is 1 when the query equals a ' +
  'name or alias once case, accents, punctuation and spacing are folded, else the pg_trgm trigram similarity of the accent-folded names ' +
  `(capped at 0.99; demonyms are not names), and each other factor is 1 when the query does not ask about it, else: type agrees ` +
  `${factors.type.agrees} / differs ${factors.type.differs}; country agrees ${factors.country.agrees} / unknown ${factors.country.unknown} / ` +
  `differs ${factors.country.differs}; birthDate agrees ${factors.birthDate.agrees} / unknown ${factors.birthDate.unknown} / differs ` +
  `${factors.birthDate.differs}; identifier differs ${factors.identifier.differs}. A candidate is a \`match\` when an identifier agrees, ` +
  `when it was judged a match, or when it is the top candidate with score ≥ ${matchThreshold} leading the next by ≥ ${matchLead}. ` +
  'A pair judged `no_match` is never proposed again for that name; judged matches come first. An entity’s countries are itself ' +
  '(a country), the countries it is located_in (directly or through one place), head_of or holds_position in, and those of the offices ' +
  'a person holds; a person’s birth date is its `validFrom`.';

/** The base URL the client reached the service at: the manifest's URLs must be ones it can follow. */
const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** POST /v1/entities/match and the judgements it honours (registered under /v1/entities). */
export const entityMatchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reconcile } = app.services;
  const tags = ['Reconciliation'];

  app.post(
    '/match',
    {
      // Matching reads; POST only because a batch of 100 queries does not fit in a URL.
      config: { access: 'read' },
      schema: {
        operationId: 'matchEntities',
        tags,
        summary: 'Match a batch of names to entities',
        description:
          `Answers up to ${maxQueries} query entities (name, and optionally type, country, birth date, identifiers) with ranked candidates, ` +
          `each with a score from 0 to 1, a \`match\` flag and the features that explain the score (at most \`limit\` per query, ` +
          `1–${maxCandidates}). ${scoring} A batch of more than ${maxQueries} queries is refused with 400 naming \`queries\`.`,
        body: MatchBody,
        response: {
          200: ok(MatchResponse.meta({ examples: [matchExample] }), 'One result per query, in query order.'),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request) => reconcile.match(request.body),
  );

  app.post(
    '/match/judgements',
    {
      schema: {
        operationId: 'judgeEntityMatch',
        tags,
        summary: 'Record a reviewer’s decision on a match',
        description:
          'Records that the name `query` is (`match`) or is not (`no_match`) the entity. Matching honours it from then on, for every query ' +
          'whose name has the same key (case, accents, punctuation and spacing folded): a `no_match` entity is never proposed again, a ' +
          '`match` comes first with score 1 and `match: true`, in POST /v1/entities/match and the reconciliation API alike. Judging a pair ' +
          'again replaces the decision (200); a new pair answers 201. Needs the `write` scope; audited like every write. 422 when the ' +
          'entity does not exist.',
        body: JudgementBody,
        response: {
          200: ok(JudgementSchema, 'The pair had been judged: its decision is replaced.', ['Content-Location']),
          201: created(JudgementSchema, 'The decision, recorded.'),
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { judgement, created: isNew } = await reconcile.judge(request.body);
      const location = `/v1/entities/match/judgements/${judgement.id}`;
      return reply
        .status(isNew ? 201 : 200)
        .header(isNew ? 'location' : 'content-location', location)
        .send(judgement);
    },
  );

  app.get(
    '/match/judgements',
    {
      schema: {
        operationId: 'listEntityMatchJudgements',
        tags,
        summary: 'List recorded match decisions',
        description:
          'Every recorded decision, oldest first; `query` narrows to one name (by its key), `entityId` to one entity.',
        querystring: JudgementListQuery,
        response: { 200: ok(JudgementPage, 'A page of decisions.'), ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, await reconcile.listJudgements(request.query), request.query.limit),
  );

  app.get(
    '/match/judgements/:id',
    {
      schema: {
        operationId: 'getEntityMatchJudgement',
        tags,
        summary: 'Get a recorded match decision',
        description: 'One decision by id.',
        params: IdParams,
        response: { 200: ok(JudgementSchema, 'The decision.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => reconcile.getJudgement(request.params.id),
  );

  app.delete(
    '/match/judgements/:id',
    {
      schema: {
        operationId: 'deleteEntityMatchJudgement',
        tags,
        summary: 'Withdraw a recorded match decision',
        description:
          'Deletes the decision: from then on the pair is matched on its merits again (proposed, ranked and flagged by its score). ' +
          'Needs the `write` scope; audited like every write.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await reconcile.removeJudgement(request.params.id);
      return reply.status(204).send();
    },
  );
};

const formMediaType = 'application/x-www-form-urlencoded';

/** The W3C Reconciliation Service API (0.2, as OpenRefine 3.x speaks it), registered under /v1/reconcile. */
export const reconcileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reconcile } = app.services;
  const tags = ['Reconciliation'];

  // OpenRefine posts its batches as an HTML form; this parser is scoped to these routes.
  app.addContentTypeParser(formMediaType, { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  app.get(
    '/',
    {
      schema: {
        operationId: 'getReconciliationManifest',
        tags,
        summary: 'The reconciliation service manifest',
        description:
          'The W3C Reconciliation Service API manifest (version 0.2, as OpenRefine 3.x reads it): add this URL as a reconciliation ' +
          'service in OpenRefine. Types are the entity types; properties `country`, `wikidata` and `birthDate`; the view, preview and ' +
          'suggest URLs are built on the URL the client reached the service at. Plain JSON (no JSONP `callback`).',
        // No parameters: a JSONP `callback` (or anything else) is refused rather than ignored.
        querystring: z.strictObject({}),
        response: { 200: ok(ReconcileManifest, 'The manifest.'), ...problemResponses(400) },
      },
    },
    async (request) => reconcile.manifest(baseOf(request)),
  );

  app.post(
    '/',
    {
      config: { access: 'read' },
      // A form's `queries` field is the batch as JSON text; a JSON body may be the batch itself. Both become `{queries}`.
      preValidation: async (request) => {
        const body: unknown = request.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
        const fields = body as Record<string, unknown>;
        // Validation checks the shape just after; until then the body is whatever was sent.
        const replace = (value: unknown) => Object.assign(request, { body: value });
        // OpenRefine asks for data extension in an `extend` field; the manifest offers none.
        if ('extend' in fields && !('queries' in fields))
          throw invalidField('body', 'extend', 'data extension is not offered: the manifest has no `extend`');
        if (!('queries' in fields)) return replace({ queries: fields });
        if (typeof fields.queries !== 'string') return;
        try {
          replace({ ...fields, queries: JSON.parse(fields.queries) });
        } catch {
          throw invalidField('body', 'queries', 'is not valid JSON');
        }
      },
      schema: {
        operationId: 'reconcile',
        tags,
        summary: 'Reconcile a batch of names (W3C Reconciliation API)',
        description:
          `Each query ({"query", "type", "type_strict", "limit", "properties": [{"pid", "v"}]}) is answered with its candidates, best first: ` +
          '{"q0": {"result": [{"id", "name", "type": [{"id", "name"}], "score", "match", "features"}]}}. The same matching as POST ' +
          '/v1/entities/match, with scores × 100; a `type` keeps only candidates of that type unless `type_strict` is `should` (then it ' +
          'only weighs in the score). Properties: `country` (ISO alpha-2 or alpha-3 code, slug or Meridian id), `wikidata` (item id or ' +
          `entity URI), \`birthDate\` (YYYY[-MM[-DD]]); the first value of a list counts. ${scoring} At most ${maxQueries} queries per ` +
          'request; a bad query is refused with 400 naming it (`queries.q0.query`).',
        consumes: ['application/json', formMediaType],
        body: ReconcileBody,
        response: {
          200: ok(
            ReconcileResults.meta({ examples: [reconcileExample] }),
            'The candidates of each query, by query id.',
          ),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request) => reconcile.reconcile(request.body.queries),
  );

  const suggestDescription = (what: string) =>
    `Prefix search over ${what} for OpenRefine's suggest widget (\`{"result": [{"id", "name", …}]}\`); \`cursor\` (or \`start\`) skips that many. ` +
    'Parameters other than these are ignored: the widget sends some of its own.';

  app.get(
    '/suggest/entity',
    {
      schema: {
        operationId: 'suggestReconciliationEntities',
        tags,
        summary: 'Suggest entities by name prefix',
        description: suggestDescription('entity names and aliases (case and accents ignored), shortest name first'),
        querystring: SuggestQuery,
        response: { 200: ok(SuggestResponse, 'The suggestions.'), ...problemResponses(400) },
      },
    },
    async (request) => reconcile.suggestEntities(request.query),
  );

  app.get(
    '/suggest/type',
    {
      schema: {
        operationId: 'suggestReconciliationTypes',
        tags,
        summary: 'Suggest entity types by prefix',
        description: suggestDescription('the entity types'),
        querystring: SuggestQuery,
        response: { 200: ok(SuggestResponse, 'The suggestions.'), ...problemResponses(400) },
      },
    },
    async (request) => reconcile.suggestTypes(request.query),
  );

  app.get(
    '/suggest/property',
    {
      schema: {
        operationId: 'suggestReconciliationProperties',
        tags,
        summary: 'Suggest query properties by prefix',
        description: suggestDescription('the properties queries may carry (`country`, `wikidata`, `birthDate`)'),
        querystring: SuggestQuery,
        response: { 200: ok(SuggestResponse, 'The suggestions.'), ...problemResponses(400) },
      },
    },
    async (request) => reconcile.suggestProperties(request.query),
  );

  app.get(
    '/preview',
    {
      schema: {
        operationId: 'previewReconciliationEntity',
        tags,
        summary: 'A small HTML card of an entity',
        description:
          'The preview OpenRefine shows in a frame when hovering a candidate: name (linked to the entity), type, identifiers, years, ' +
          'description and a few aliases, every value HTML-escaped; no scripts. It may be framed by any site (the rest of the API may not).',
        querystring: PreviewQuery,
        response: {
          200: {
            description: 'The card.',
            content: { 'text/html': { schema: z.string().meta({ example: '<!doctype html><html>…</html>' }) } },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const html = await reconcile.preview(request.query.id, baseOf(request));
      // Framed by the reconciliation client: no frame restriction here, and nothing but inline styles may load.
      reply.removeHeader('x-frame-options');
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *");
      reply.header('cross-origin-resource-policy', 'cross-origin');
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
};
