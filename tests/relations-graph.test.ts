// Graph queries over the relations: an entity's neighbours (type, direction, date, status), a bounded shortest path
// between two entities, and the NDJSON export of every relation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

type Ref = { id: string; slug: string };
const none: Ref = { id: '', slug: '' };
const graph = { holding: none, operator: none, port: none, region: none, chief: none };
const edges: Record<string, string> = {};

async function entity(type: string, name: string): Promise<Ref> {
  return (
    await t.api
      .post('/v1/entities')
      .send({ type, name: `${name} ${unique()}` })
      .expect(201)
  ).body;
}

async function relate(name: string, body: Record<string, unknown>) {
  edges[name] = (await t.api.post('/v1/relations').send(body).expect(201)).body.id;
}

// A small graph: Holding owns Operator, which operates Port, which lies in Region, in Country (Peru); the
// Operator's chief heads it from 2020 to 2022.
beforeAll(async () => {
  t = await createTestApp();
  graph.holding = await entity('organization', 'Holding');
  graph.operator = await entity('organization', 'Operator');
  graph.port = await entity('port', 'Port');
  graph.region = await entity('place', 'Region');
  graph.chief = await entity('person', 'Chief');
  await relate('owns', { type: 'owns', subject: graph.holding.id, object: graph.operator.id, share: 0.6 });
  await relate('operates', { type: 'operates', subject: graph.operator.id, object: graph.port.id });
  await relate('portIn', { type: 'located_in', subject: graph.port.id, object: graph.region.id });
  await relate('regionIn', { type: 'located_in', subject: graph.region.id, object: 'peru' });
  await relate('chief', {
    type: 'head_of',
    subject: graph.chief.id,
    object: graph.operator.id,
    startDate: '2020-01-01',
    endDate: '2022-12-31',
    status: 'proposed',
  });
});
afterAll(() => t.close());

describe('GET /v1/entities/{idOrSlug}/neighbors', () => {
  it('lists the entities one relation away with the relation and its direction', async () => {
    const response = await t.api.get(`/v1/entities/${graph.operator.slug}/neighbors`).expect(200);
    const seen = response.body.data.map((row: { direction: string; entity: Ref; relation: { id: string } }) => [
      row.direction,
      row.entity.id,
      row.relation.id,
    ]);
    expect(seen).toEqual([
      ['incoming', graph.holding.id, edges.owns],
      ['outgoing', graph.port.id, edges.operates],
      ['incoming', graph.chief.id, edges.chief],
    ]);
  });

  it('filters by type, direction, status and date', async () => {
    const ids = async (query: Record<string, string>) =>
      (await t.api.get(`/v1/entities/${graph.operator.id}/neighbors`).query(query).expect(200)).body.data.map(
        (row: { entity: Ref }) => row.entity.id,
      );
    expect(await ids({ direction: 'outgoing' })).toEqual([graph.port.id]);
    expect(await ids({ type: 'owns,head_of' })).toEqual([graph.holding.id, graph.chief.id]);
    expect(await ids({ status: 'accepted' })).toEqual([graph.holding.id, graph.port.id]);
    expect(await ids({ type: 'head_of', as_of: '2021-06-01' })).toEqual([graph.chief.id]);
    expect(await ids({ type: 'head_of', as_of: '2023-01-01' })).toEqual([]);
  });

  it('answers 404 for an unknown entity and 400 for a bad filter', async () => {
    expectProblem(await t.api.get('/v1/entities/no-such-entity/neighbors'), 404, 'not_found');
    expectFieldError(
      await t.api.get(`/v1/entities/${graph.port.id}/neighbors`).query({ direction: 'up' }),
      'direction',
    );
    expectFieldError(
      await t.api.get(`/v1/entities/${graph.port.id}/neighbors`).query({ as_of: '2023-02-30' }),
      'as_of',
    );
  });
});

describe('GET /v1/graph/path', () => {
  it('finds the shortest path either way along relations, with its entities and edges in order', async () => {
    const response = await t.api.get('/v1/graph/path').query({ from: graph.operator.slug, to: 'peru' }).expect(200);
    expect(response.body).toMatchObject({ found: true, length: 3, complete: true, to: { slug: 'peru' } });
    expect(response.body.edges.map((edge: { id: string }) => edge.id)).toEqual([
      edges.operates,
      edges.portIn,
      edges.regionIn,
    ]);
    expect(response.body.entities.map((row: Ref) => row.id)).toEqual([
      graph.operator.id,
      graph.port.id,
      graph.region.id,
      response.body.to.id,
    ]);
  });

  it('stops at max_depth (3 at most) and reports no path as found: false', async () => {
    // Holding → Operator → Port → Region → Peru is four relations: beyond the deepest search.
    expect(
      (await t.api.get('/v1/graph/path').query({ from: graph.holding.id, to: 'peru' }).expect(200)).body,
    ).toMatchObject({ found: false, complete: true });
    const within = await t.api.get('/v1/graph/path').query({ from: graph.port.id, to: graph.holding.id }).expect(200);
    expect(within.body).toMatchObject({ found: true, length: 2 });
    expect(within.body.entities.map((row: Ref) => row.id)).toEqual([
      graph.port.id,
      graph.operator.id,
      graph.holding.id,
    ]);
    const shallow = await t.api
      .get('/v1/graph/path')
      .query({ from: graph.port.id, to: graph.holding.id, max_depth: 1 })
      .expect(200);
    expect(shallow.body).toMatchObject({ found: false, length: null, edges: [], entities: [] });
    expectFieldError(await t.api.get('/v1/graph/path').query({ from: 'peru', to: 'chile', max_depth: 4 }), 'max_depth');
  });

  it('follows only the types, statuses and dates asked for', async () => {
    const byChief = { from: graph.chief.id, to: graph.port.id };
    expect((await t.api.get('/v1/graph/path').query(byChief).expect(200)).body.length).toBe(2);
    expect(
      (
        await t.api
          .get('/v1/graph/path')
          .query({ ...byChief, status: 'accepted' })
          .expect(200)
      ).body.found,
    ).toBe(false);
    expect(
      (
        await t.api
          .get('/v1/graph/path')
          .query({ ...byChief, as_of: '2024-01-01' })
          .expect(200)
      ).body.found,
    ).toBe(false);
    expect(
      (
        await t.api
          .get('/v1/graph/path')
          .query({ ...byChief, type: 'head_of,operates' })
          .expect(200)
      ).body.length,
    ).toBe(2);
  });

  it('refuses an unknown entity with 422 naming the parameter', async () => {
    expectFieldError(
      await t.api.get('/v1/graph/path').query({ from: 'no-such-entity', to: 'peru' }),
      'from',
      422,
      'unprocessable',
    );
  });
});

describe('GET /v1/exports/relations', () => {
  it('streams every relation as NDJSON, each line as GET /v1/relations/{id} answers it', async () => {
    const response = await t.api.get('/v1/exports/relations').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const total = async () => {
      let count = 0;
      let url: string | null = '/v1/relations?limit=100';
      while (url) {
        const page: { body: { data: unknown[]; page: { next: string | null } } } = await t.api.get(url).expect(200);
        count += page.body.data.length;
        url = page.body.page.next;
      }
      return count;
    };
    expect(lines).toHaveLength(await total());
    const owns = lines.find((line: { id: string }) => line.id === edges.owns);
    expect(owns).toEqual((await t.api.get(`/v1/relations/${edges.owns}`).expect(200)).body);
    const chief = lines.find((line: { id: string }) => line.id === edges.chief);
    expect(chief).toMatchObject({ startDate: '2020-01-01', endDate: '2022-12-31', status: 'proposed' });
  });

  it('filters by type and status', async () => {
    const response = await t.api
      .get('/v1/exports/relations')
      .query({ type: 'head_of', status: 'proposed' })
      .expect(200);
    const ids = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(ids).toContain(edges.chief);
    expect(ids.every((id) => id === edges.chief || !Object.values(edges).includes(id))).toBe(true);
    expect(response.headers['meridian-export-query']).toBe('format=ndjson&status=proposed&type=head_of');
  });
});
