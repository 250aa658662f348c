import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, parseIfMatch } from '../../lib/conditional.ts';
import { created, ok, problemResponses } from '../../lib/schemas.ts';
import { EntityKeyParams } from '../entities/entities.schemas.ts';
import { MergeBody, MergeResult, SplitBody, SplitResult } from './merges.schemas.ts';

const tags = ['Entities'];

/** POST /v1/entities/{idOrSlug}/merge and …/split: write scope, audited like every write, If-Match on the entity in the URL. */
export const mergeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { merges } = app.services;

  app.post(
    '/:idOrSlug/merge',
    {
      config: { versioned: true },
      schema: {
        operationId: 'mergeEntity',
        tags,
        summary: 'Merge a duplicate entity into another',
        description:
          'Moves everything that points at this entity to `into` — mentions, claims (as claimant or subject), aliases, roles, reviewers’ ' +
          'match decisions (where `into` has none for the same name) — adds this ' +
          'entity’s name as an alias of the survivor, gives the survivor the identifiers, description and coordinates it lacks, and deletes ' +
          'this entity. Its id and slug keep resolving: any request under /v1/entities/{old id or slug} answers 308 Permanent Redirect to the ' +
          'same URL under the survivor. A mention the survivor already has at the same place is dropped (counted in `moved.mentionsDropped`). ' +
          'Refused with 409 when both entities have different values of one identifier (`identifiers.wikidata` …), with 422 when `into` does ' +
          'not exist or is of another type. Recorded as revisions with the operation `merge` (this entity: action `merged`).',
        params: EntityKeyParams,
        body: MergeBody,
        response: {
          200: ok(MergeResult, 'The survivor as it now is, and what moved.', ['Content-Location']),
          ...problemResponses(400, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await merges.merge(
        request.params.idOrSlug,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply
        .header('content-location', `/v1/entities/${result.survivor.id}`)
        .header('etag', etagOf(result.survivor.version))
        .send(result);
    },
  );

  app.post(
    '/:idOrSlug/split',
    {
      config: { versioned: true },
      schema: {
        operationId: 'splitEntity',
        tags,
        summary: 'Split some mentions, aliases and claims off an entity into a new one',
        description:
          'Creates `entity` (as POST /v1/entities would) and moves to it the chosen mentions of this entity (`mentions`: all of them in an ' +
          'article, or the one at [start, end)), aliases and claim links (`claimIds`: the claims’ claimant or subject link to this entity). ' +
          'Anything named that this entity does not have is refused with 422 naming it. Recorded as revisions with the operation `split`.',
        params: EntityKeyParams,
        body: SplitBody,
        response: {
          201: created(SplitResult, 'The original and the new entity, and what moved.'),
          ...problemResponses(400, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await merges.split(
        request.params.idOrSlug,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.status(201).header('location', `/v1/entities/${result.created.id}`).send(result);
    },
  );
};
