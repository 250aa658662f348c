// The write path: every write route, performed with a key, records that key and the request id in the revisions it
// writes and in its audit event — walked over the route table like the scope sweep in auth.test.ts, so a write route
// added later without a case here fails this file.
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccess } from '../src/plugins/auth.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin } from './support/global-setup.ts';

type ResourceType =
  | 'article'
  | 'entity'
  | 'claim'
  | 'source'
  | 'claim_review'
  | 'relation'
  | 'role'
  | 'claim_relation'
  | 'story';
type Send = (
  method: 'post' | 'patch' | 'delete',
  url: string,
  body?: unknown,
  type?: string,
) => Promise<supertest.Response>;
type Case = {
  name: string;
  /** The key's scope (keys are managed with `admin`). */
  scope?: 'write' | 'admin';
  /** The resources whose revisions the write records (mentions, keys and imports' own rows have none). */
  revisions: ResourceType[];
  /** Recorded with the actor: `merge`, `split`, `import`. */
  operation?: string;
  /**
   * Sets up what it needs with the admin key — or, for resources a key owns (webhooks, watches, saved searches), with
   * `owner`, the writing key under other request ids — then performs the write once with `send`.
   */
  perform: (send: Send, owner: Owner) => Promise<supertest.Response>;
};

/** Requests with the writing key (and a request id of their own), for setting up what that key owns. */
type Owner = (method: 'post' | 'get', url: string, body?: object) => Promise<supertest.Response>;

let t: TestApp;
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

beforeAll(async () => {
  // One connection: a service that read through another connection while its request's transaction waits for the
  // response (src/db/transaction.ts) would wait for the pool here until it timed out, and its write would fail.
  t = await createTestApp({ config: { databasePoolMax: 1 } });
});
afterAll(() => t.close());

async function created(url: string, body: object): Promise<{ id: string; slug?: string; version: number }> {
  return (await t.api.post(url).send(body).expect(201)).body;
}

async function sourceId(): Promise<string> {
  return (await t.api.get('/v1/sources/mision-verdad').expect(200)).body.id;
}

async function entityId(slug: string): Promise<string> {
  return (await t.api.get(`/v1/entities/${slug}`).expect(200)).body.id;
}

async function plainArticle(body = 'Peru and Bolivia signed a lithium accord in Lima on Tuesday.') {
  return created('/v1/articles', {
    url: `https://write-path.example/${unique()}`,
    title: 'Write path',
    body,
    language: 'en',
    sourceId: await sourceId(),
  });
}

/** A raw article through the ingest pipeline, with what it proposed for review. */
async function ingested(body: string) {
  const article = await created('/v1/articles', {
    url: `https://write-path.example/raw/${unique()}`,
    title: 'Review',
    body,
    bodyFormat: 'text',
    language: 'en',
  });
  const mentions = await t.api.get('/v1/mentions').query({ articleId: article.id, status: 'proposed' }).expect(200);
  const claims = await t.api.get('/v1/claims').query({ articleId: article.id, reviewStatus: 'proposed' }).expect(200);
  return {
    article,
    mentions: mentions.body.data as {
      id: string;
      version: number;
      start: number;
      end: number;
      entity: { id: string };
    }[],
    claims: claims.body.data as { id: string; version: number }[],
  };
}

const organisationArticle =
  'Officials of the Lurigancho Harbour Authority met Marisol Wankamayo in Lima. Marisol Wankamayo said the Lurigancho Harbour Authority would open the terminal.';
const claimArticle =
  'Bolivia has 21% of the world’s lithium resources, according to the survey. “We will build the plant this year,” said the minister.';

const cases: Record<string, Case[]> = {
  'POST /v1/sources': [
    {
      name: 'create a source',
      revisions: ['source'],
      perform: (send) => send('post', '/v1/sources', { name: `Wire ${unique()}` }),
    },
  ],
  'PATCH /v1/sources/:idOrSlug': [
    {
      name: 'update a source',
      revisions: ['source'],
      perform: async (send) => {
        const source = await created('/v1/sources', { name: `Wire ${unique()}` });
        return send('patch', `/v1/sources/${source.slug}`, { kind: 'wire' });
      },
    },
  ],
  'DELETE /v1/sources/:idOrSlug': [
    {
      name: 'delete a source',
      revisions: ['source'],
      perform: async (send) => {
        const source = await created('/v1/sources', { name: `Wire ${unique()}` });
        return send('delete', `/v1/sources/${source.id}`);
      },
    },
  ],
  'POST /v1/articles': [
    {
      name: 'create a structured article with a mention',
      revisions: ['article'],
      perform: async (send) =>
        send('post', '/v1/articles', {
          url: `https://write-path.example/${unique()}`,
          title: 'Peru votes',
          body: 'Peru voted on Tuesday.',
          language: 'en',
          sourceId: await sourceId(),
          mentions: [{ entityId: await entityId('peru'), start: 0, end: 4 }],
        }),
    },
    {
      name: 'ingest a raw article (the batch store)',
      revisions: ['article'],
      perform: (send) =>
        send('post', '/v1/articles', {
          url: `https://write-path.example/raw/${unique()}`,
          title: 'Raw',
          body: organisationArticle,
          bodyFormat: 'text',
          language: 'en',
        }),
    },
  ],
  'PATCH /v1/articles/:id': [
    {
      name: 'update an article',
      revisions: ['article'],
      perform: async (send) => send('patch', `/v1/articles/${(await plainArticle()).id}`, { title: 'Retitled' }),
    },
  ],
  'DELETE /v1/articles/:id': [
    {
      name: 'delete an article',
      revisions: ['article'],
      perform: async (send) => send('delete', `/v1/articles/${(await plainArticle()).id}`),
    },
  ],
  'POST /v1/entities': [
    {
      name: 'create an entity',
      revisions: ['entity'],
      perform: (send) =>
        send('post', '/v1/entities', { type: 'place', name: `Place ${unique()}`, aliases: [{ name: 'Elsewhere' }] }),
    },
  ],
  'PATCH /v1/entities/:idOrSlug': [
    {
      name: 'update an entity',
      revisions: ['entity'],
      perform: async (send) => {
        const entity = await created('/v1/entities', { type: 'place', name: `Place ${unique()}` });
        return send('patch', `/v1/entities/${entity.slug}`, { description: 'A place.' });
      },
    },
  ],
  'DELETE /v1/entities/:idOrSlug': [
    {
      name: 'delete an entity',
      revisions: ['entity'],
      perform: async (send) => {
        const entity = await created('/v1/entities', { type: 'place', name: `Place ${unique()}` });
        return send('delete', `/v1/entities/${entity.id}`);
      },
    },
  ],
  'POST /v1/entities/:idOrSlug/merge': [
    {
      name: 'merge an entity into another',
      revisions: ['entity'],
      operation: 'merge',
      perform: async (send) => {
        const survivor = await created('/v1/entities', { type: 'place', name: `Survivor ${unique()}` });
        const duplicate = await created('/v1/entities', { type: 'place', name: `Duplicate ${unique()}` });
        return send('post', `/v1/entities/${duplicate.id}/merge`, { into: survivor.id });
      },
    },
  ],
  'POST /v1/entities/:idOrSlug/split': [
    {
      name: 'split an entity',
      revisions: ['entity'],
      operation: 'split',
      perform: async (send) => {
        const original = await created('/v1/entities', {
          type: 'place',
          name: `Original ${unique()}`,
          aliases: [{ name: 'Old Town', language: 'en' }],
        });
        return send('post', `/v1/entities/${original.id}/split`, {
          entity: { type: 'place', name: `Split ${unique()}` },
          aliases: [{ name: 'Old Town', language: 'en' }],
        });
      },
    },
  ],
  'POST /v1/entities/:idOrSlug/review': [
    {
      name: 'accept an entity the pipeline proposed',
      revisions: ['entity'],
      perform: async (send) => {
        const { mentions } = await ingested(organisationArticle);
        expect(mentions.length, 'the pipeline proposed an entity').toBeGreaterThan(0);
        return send('post', `/v1/entities/${mentions[0]!.entity.id}/review`, { action: 'accept' });
      },
    },
  ],
  'POST /v1/claims': [
    {
      name: 'create a claim',
      revisions: ['claim'],
      perform: async (send) => {
        const article = await plainArticle();
        return send('post', '/v1/claims', {
          articleId: article.id,
          text: 'Peru and Bolivia signed a lithium accord.',
          claimant: { type: 'source', id: await sourceId() },
          subjectIds: [await entityId('peru')],
          kind: 'event',
          evidence: { start: 0, end: 40 },
        });
      },
    },
  ],
  'PATCH /v1/claims/:id': [
    {
      name: 'update a claim',
      revisions: ['claim'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        return send('patch', `/v1/claims/${claims[0]!.id}`, { text: 'Bolivia holds 21% of the lithium resources.' });
      },
    },
  ],
  'DELETE /v1/claims/:id': [
    {
      name: 'delete a claim',
      revisions: ['claim'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        return send('delete', `/v1/claims/${claims[0]!.id}`);
      },
    },
  ],
  'POST /v1/claims/:id/review': [
    {
      name: 'accept an extracted claim',
      revisions: ['claim'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        expect(claims.length, 'the pipeline extracted a claim').toBeGreaterThan(0);
        return send('post', `/v1/claims/${claims[0]!.id}/review`, { action: 'accept' });
      },
    },
  ],
  'POST /v1/claims/:id/reviews': [
    {
      name: 'record a review of a claim',
      revisions: ['claim_review'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        return send('post', `/v1/claims/${claims[0]!.id}/reviews`, {
          reviewer: { name: 'Verificado.pe' },
          rating: { value: 4, best: 5, worst: 1, alternateName: 'Mostly true' },
          datePublished: '2023-06-07',
          url: `https://verificado.example/${unique()}`,
        });
      },
    },
  ],
  'POST /v1/claim-reviews/import': [
    {
      name: 'import a ClaimReview',
      revisions: ['claim_review'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        const claim = (await t.api.get(`/v1/claims/${claims[0]!.id}`).expect(200)).body;
        const response = await send('post', '/v1/claim-reviews/import', {
          '@type': 'ClaimReview',
          claimReviewed: claim.text,
          url: `https://factchecker.example/${unique()}`,
          datePublished: '2023-06-09',
          author: { '@type': 'Organization', name: 'Fact Checker' },
          reviewRating: { '@type': 'Rating', alternateName: 'False' },
        });
        expect(response.body.summary?.imported, JSON.stringify(response.body)).toBe(1);
        return response;
      },
    },
  ],
  'POST /v1/claim-relations': [
    {
      name: 'relate two claims',
      revisions: ['claim_relation'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        return send('post', '/v1/claim-relations', {
          type: 'supports',
          subjectClaimId: claims[0]!.id,
          objectClaimId: claims[1]!.id,
        });
      },
    },
  ],
  'PATCH /v1/claim-relations/:id': [
    {
      name: 'reject a claim relation',
      revisions: ['claim_relation'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        const relation = await created('/v1/claim-relations', {
          type: 'supports',
          subjectClaimId: claims[0]!.id,
          objectClaimId: claims[1]!.id,
          status: 'proposed',
        });
        return send('patch', `/v1/claim-relations/${relation.id}`, { status: 'rejected' });
      },
    },
  ],
  'DELETE /v1/claim-relations/:id': [
    {
      name: 'delete a claim relation',
      revisions: ['claim_relation'],
      perform: async (send) => {
        const { claims } = await ingested(claimArticle);
        const relation = await created('/v1/claim-relations', {
          type: 'supports',
          subjectClaimId: claims[1]!.id,
          objectClaimId: claims[0]!.id,
        });
        return send('delete', `/v1/claim-relations/${relation.id}`);
      },
    },
  ],
  'POST /v1/stories/:id/merge': [
    {
      name: 'merge a story into another',
      revisions: ['story', 'article'],
      operation: 'merge',
      perform: async (send) => {
        const into = await plainArticle(`Peru signed an accord in Lima (${unique()}).`);
        const merged = await plainArticle(`Bolivia signed an accord in La Paz (${unique()}).`);
        const storyOf = async (id: string) => (await t.api.get(`/v1/articles/${id}`).expect(200)).body.story.id;
        return send('post', `/v1/stories/${await storyOf(into.id)}/merge`, { stories: [await storyOf(merged.id)] });
      },
    },
  ],
  'POST /v1/stories/:id/split': [
    {
      name: 'split an article off a story',
      revisions: ['story', 'article'],
      operation: 'split',
      perform: async (send) => {
        const first = await plainArticle(`Peru signed an accord in Lima (${unique()}).`);
        const second = await plainArticle(`Bolivia signed an accord in La Paz (${unique()}).`);
        const storyOf = async (id: string) => (await t.api.get(`/v1/articles/${id}`).expect(200)).body.story.id;
        await t.api
          .post(`/v1/stories/${await storyOf(first.id)}/merge`)
          .send({ stories: [await storyOf(second.id)] })
          .expect(200);
        return send('post', `/v1/stories/${await storyOf(first.id)}/split`, { articles: [second.id] });
      },
    },
  ],
  'PATCH /v1/mentions/:id': [
    {
      name: 'correct a mention',
      revisions: [],
      perform: async (send) => {
        const { mentions } = await ingested(organisationArticle);
        return send('patch', `/v1/mentions/${mentions[0]!.id}`, { confidence: 0.5 });
      },
    },
  ],
  'POST /v1/mentions/:id/review': [
    {
      name: 'reject a mention',
      revisions: [],
      perform: async (send) => {
        const { mentions } = await ingested(organisationArticle);
        return send('post', `/v1/mentions/${mentions[0]!.id}/review`, { action: 'reject' });
      },
    },
  ],
  'POST /v1/imports': [
    {
      name: 'import articles (batched transactions)',
      revisions: ['article'],
      operation: 'import',
      perform: (send) =>
        send(
          'post',
          '/v1/imports',
          [1, 2]
            .map((line) =>
              JSON.stringify({
                url: `https://write-path.example/import/${unique()}/${line}`,
                title: `Imported ${line}`,
                body: `Peru and Chile met in Lima for talks, round ${line}.`,
              }),
            )
            .join('\n'),
          'application/x-ndjson',
        ),
    },
  ],
  'POST /v1/keys': [
    {
      name: 'create an API key',
      scope: 'admin',
      revisions: [],
      perform: (send) => send('post', '/v1/keys', { name: 'sweep', scopes: ['read'] }),
    },
  ],
  'DELETE /v1/keys/:id': [
    {
      name: 'revoke an API key',
      scope: 'admin',
      revisions: [],
      perform: async (send) => {
        const key = (
          await t.api
            .post('/v1/keys')
            .send({ name: 'to revoke', scopes: ['read'] })
            .expect(201)
        ).body;
        return send('delete', `/v1/keys/${key.id}`);
      },
    },
  ],
  'POST /v1/entities/match/judgements': [
    {
      name: 'judge a match',
      revisions: [],
      perform: async (send) =>
        send('post', '/v1/entities/match/judgements', {
          query: `Sweep ${unique()}`,
          entityId: await entityId('peru'),
          decision: 'no_match',
        }),
    },
  ],
  'DELETE /v1/entities/match/judgements/:id': [
    {
      name: 'withdraw a match decision',
      revisions: [],
      perform: async (send) => {
        const judgement = await t.api
          .post('/v1/entities/match/judgements')
          .send({ query: `Sweep ${unique()}`, entityId: await entityId('peru'), decision: 'match' })
          .expect(201);
        return send('delete', `/v1/entities/match/judgements/${judgement.body.id}`);
      },
    },
  ],
  'POST /v1/relations': [
    {
      name: 'create a relation',
      revisions: ['relation'],
      perform: async (send) => {
        const place = await created('/v1/entities', { type: 'place', name: `Place ${unique()}` });
        return send('post', '/v1/relations', { type: 'located_in', subject: place.id, object: 'peru' });
      },
    },
  ],
  'PATCH /v1/relations/:id': [
    {
      name: 'end a relation',
      revisions: ['relation'],
      perform: async (send) => {
        const person = await created('/v1/entities', { type: 'person', name: `Person ${unique()}` });
        const relation = await created('/v1/relations', { type: 'head_of', subject: person.id, object: 'peru' });
        return send('patch', `/v1/relations/${relation.id}`, { endDate: '2024-01-31' });
      },
    },
  ],
  'POST /v1/relations/:id/review': [
    {
      name: 'accept a proposed relation',
      revisions: ['relation'],
      perform: async (send) => {
        const place = await created('/v1/entities', { type: 'place', name: `Place ${unique()}` });
        const relation = await created('/v1/relations', {
          type: 'located_in',
          subject: place.id,
          object: 'peru',
          status: 'proposed',
        });
        return send('post', `/v1/relations/${relation.id}/review`, { action: 'accept' });
      },
    },
  ],
  'DELETE /v1/relations/:id': [
    {
      name: 'delete a relation',
      revisions: ['relation'],
      perform: async (send) => {
        const place = await created('/v1/entities', { type: 'place', name: `Place ${unique()}` });
        const relation = await created('/v1/relations', { type: 'located_in', subject: place.id, object: 'peru' });
        return send('delete', `/v1/relations/${relation.id}`);
      },
    },
  ],
  'POST /v1/roles': [
    {
      name: 'record a term in office',
      revisions: ['role'],
      perform: async (send) => {
        const person = await created('/v1/entities', { type: 'person', name: `Person ${unique()}` });
        return send('post', '/v1/roles', { person: person.id, title: 'Minister', organization: 'peru' });
      },
    },
  ],
  'PATCH /v1/roles/:id': [
    {
      name: 'end a term in office',
      revisions: ['role'],
      perform: async (send) => {
        const person = await created('/v1/entities', { type: 'person', name: `Person ${unique()}` });
        const role = await created('/v1/roles', { person: person.id, title: 'Minister', startDate: '2024-01-01' });
        return send('patch', `/v1/roles/${role.id}`, { endDate: '2024-12-31' });
      },
    },
  ],
  'DELETE /v1/roles/:id': [
    {
      name: 'delete a role',
      revisions: ['role'],
      perform: async (send) => {
        const person = await created('/v1/entities', { type: 'person', name: `Person ${unique()}` });
        const role = await created('/v1/roles', { person: person.id, title: 'Minister' });
        return send('delete', `/v1/roles/${role.id}`);
      },
    },
  ],
  // Matching only reads, but it is a POST (a batch does not fit in a URL): audited with its key all the same.
  'POST /v1/entities/match': [
    {
      name: 'match a batch of names',
      revisions: [],
      perform: (send) => send('post', '/v1/entities/match', { queries: [{ name: 'Peru' }] }),
    },
  ],
  'POST /v1/reconcile': [
    {
      name: 'reconcile a batch (W3C)',
      revisions: [],
      perform: (send) =>
        send(
          'post',
          '/v1/reconcile',
          `queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Peru' } }))}`,
          'application/x-www-form-urlencoded',
        ),
    },
  ],
};

const hookUrl = () => `https://hooks.example.org/${unique()}`;
async function ownedWebhook(owner: Owner) {
  return (await owner('post', '/v1/webhooks', { url: hookUrl(), eventTypes: ['source.created'] })).body as {
    id: string;
    version: number;
  };
}

Object.assign(cases, {
  'POST /v1/webhooks': [
    {
      name: 'create a webhook',
      revisions: [],
      perform: (send) => send('post', '/v1/webhooks', { url: hookUrl(), eventTypes: ['article.created'] }),
    },
  ],
  'PATCH /v1/webhooks/:id': [
    {
      name: 'update a webhook',
      revisions: [],
      perform: async (send, owner) =>
        send('patch', `/v1/webhooks/${(await ownedWebhook(owner)).id}`, { eventTypes: ['claim.*'] }),
    },
  ],
  'DELETE /v1/webhooks/:id': [
    {
      name: 'delete a webhook',
      revisions: [],
      perform: async (send, owner) => send('delete', `/v1/webhooks/${(await ownedWebhook(owner)).id}`),
    },
  ],
  'POST /v1/webhooks/:id/rotate-secret': [
    {
      name: 'rotate a webhook secret',
      revisions: [],
      perform: async (send, owner) => send('post', `/v1/webhooks/${(await ownedWebhook(owner)).id}/rotate-secret`),
    },
  ],
  'POST /v1/webhooks/:id/ping': [
    {
      name: 'ping a webhook',
      revisions: [],
      perform: async (send, owner) => send('post', `/v1/webhooks/${(await ownedWebhook(owner)).id}/ping`),
    },
  ],
  'POST /v1/webhooks/:id/deliveries/:deliveryId/redeliver': [
    {
      name: 'redeliver a delivery',
      revisions: [],
      perform: async (send, owner) => {
        const { id } = await ownedWebhook(owner);
        const delivery = (await owner('post', `/v1/webhooks/${id}/ping`)).body as { id: string };
        return send('post', `/v1/webhooks/${id}/deliveries/${delivery.id}/redeliver`);
      },
    },
  ],
  'POST /v1/watches': [
    {
      name: 'watch an entity',
      revisions: [],
      perform: async (send) => send('post', '/v1/watches', { kind: 'entity', targetId: await entityId('peru') }),
    },
  ],
  'DELETE /v1/watches/:id': [
    {
      name: 'delete a watch',
      revisions: [],
      perform: async (send, owner) => {
        const watch = await owner('post', '/v1/watches', { kind: 'source', targetId: await sourceId() });
        return send('delete', `/v1/watches/${watch.body.id}`);
      },
    },
  ],
  'POST /v1/saved-searches': [
    {
      name: 'save a search',
      revisions: [],
      perform: (send) => send('post', '/v1/saved-searches', { name: 'Lithium', query: { q: 'lithium' } }),
    },
  ],
  'DELETE /v1/saved-searches/:id': [
    {
      name: 'delete a saved search',
      revisions: [],
      perform: async (send, owner) => {
        const saved = await owner('post', '/v1/saved-searches', { name: 'Port', query: { q: 'port' } });
        return send('delete', `/v1/saved-searches/${saved.body.id}`);
      },
    },
  ],
} satisfies Record<string, Case[]>);

async function keyOf(scope: 'write' | 'admin') {
  const secret = await t.createKey([scope]);
  const prefix = secret.slice(3, 15);
  const { rows } = await admin(t.databaseUrl, (client) =>
    client.query<{ id: string }>('SELECT id::text FROM api_keys WHERE prefix = $1', [prefix]),
  );
  return { secret, prefix, id: rows[0]!.id };
}

describe('the write path', () => {
  it('covers every write route — now and any added later — with a case below', () => {
    const writes = t.app.routeTable
      .filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method))
      .filter((route) => routeAccess(route.method, route.access) !== 'public')
      .map((route) => `${route.method} ${route.url}`);
    expect(writes.length).toBeGreaterThanOrEqual(21);
    expect(writes.filter((route) => !cases[route])).toEqual([]);
    expect(Object.keys(cases).filter((route) => !writes.includes(route))).toEqual([]);
  });

  const all = Object.entries(cases).flatMap(([route, list]) => list.map((entry) => ({ route, ...entry })));
  it.each(all)(
    '$route ($name) names its key and request id in every revision it writes and in its audit event',
    async (entry) => {
      const key = await keyOf(entry.scope ?? 'write');
      const requestId = `write-path-${unique()}`;
      let watermark = 0n;
      const send: Send = async (method, url, body, type = 'application/json') => {
        const [row] = (
          await admin(t.databaseUrl, (client) =>
            client.query<{ id: string | null }>('SELECT max(id)::text AS id FROM revisions'),
          )
        ).rows;
        watermark = BigInt(row?.id ?? 0);
        const request = t.anonymous[method](url)
          .set('authorization', `Bearer ${key.secret}`)
          .set('x-request-id', requestId);
        return body === undefined ? request : request.set('content-type', type).send(body as object);
      };
      const owner: Owner = (method, url, body) => {
        const request = t.anonymous[method](url).set('authorization', `Bearer ${key.secret}`);
        return body === undefined ? request : request.send(body);
      };
      const response = await entry.perform(send, owner);
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      expect(response.headers['x-request-id']).toBe(requestId);

      const revisions = (
        await admin(t.databaseUrl, (client) =>
          client.query<{
            resource_type: ResourceType;
            actor_key_id: string | null;
            actor_key_prefix: string | null;
            request_id: string | null;
            operation: string | null;
          }>(
            'SELECT resource_type, actor_key_id::text, actor_key_prefix, request_id, operation FROM revisions WHERE id > $1 ORDER BY id',
            [watermark.toString()],
          ),
        )
      ).rows;
      // Every revision written since the write started is the write's, and names its key and request id.
      for (const revision of revisions)
        expect(revision, entry.name).toMatchObject({
          actor_key_id: key.id,
          actor_key_prefix: key.prefix,
          request_id: requestId,
          operation: entry.operation ?? null,
        });
      for (const type of entry.revisions)
        expect(
          revisions.map((revision) => revision.resource_type),
          `${entry.name}: a ${type} revision`,
        ).toContain(type);
      if (entry.revisions.length === 0) expect(revisions).toEqual([]);

      const events = (
        await admin(t.databaseUrl, (client) =>
          client.query<{ api_key_id: string | null; method: string; route: string; status: number }>(
            'SELECT api_key_id::text, method, route, status FROM audit_events WHERE request_id = $1',
            [requestId],
          ),
        )
      ).rows;
      expect(events).toEqual([
        {
          api_key_id: key.id,
          method: entry.route.split(' ')[0],
          route: entry.route.split(' ')[1],
          status: response.status,
        },
      ]);
    },
  );
});

describe('Idempotency-Key on a response that carries a secret', () => {
  it('keeps no copy of a new API key’s secret, and answers a retry with 409 naming the key instead of the secret', async () => {
    const idempotencyKey = `new-key-${unique()}`;
    const body = { name: `idempotent key ${unique()}`, scopes: ['read'] };
    const first = await t.api.post('/v1/keys').set('idempotency-key', idempotencyKey).send(body).expect(201);
    const secret = first.body.secret as string;
    expect(secret).toMatch(/^mk_/);
    const stored = await admin(t.databaseUrl, (client) =>
      client.query(
        `SELECT status, response_headers, response_body FROM idempotency_records WHERE key = $1
         AND (coalesce(response_body, '') || coalesce(response_headers::text, '')) NOT LIKE '%' || $2 || '%'`,
        [idempotencyKey, secret.slice(16)],
      ),
    );
    expect(stored.rows).toEqual([
      {
        status: 201,
        response_headers: expect.objectContaining({ location: first.headers.location }),
        response_body: null,
      },
    ]);

    const retry = await t.api.post('/v1/keys').set('idempotency-key', idempotencyKey).send(body);
    expect(retry.status).toBe(409);
    expect(retry.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(retry.body).toMatchObject({ code: 'secret_not_replayable', location: first.headers.location });
    expect(retry.text).not.toContain(secret.slice(16));
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const named = await t.api.get('/v1/keys?limit=100').expect(200);
    expect(named.body.data.filter((key: { name: string }) => key.name === body.name)).toHaveLength(1);
    // The first response is replayed exactly for routes without a secret (tests/conditional.test.ts): only this differs.
  });
});
