// The graph as FollowTheMoney entities (GET /v1/exports/graph/ftm), held to FtM's schemata, and the neighbours of an
// entity with edges both ways paged through in id order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function entity(type: string, name: string): Promise<{ id: string; slug: string }> {
  return (
    await t.api
      .post('/v1/entities')
      .send({ type, name: `${name} ${unique()}` })
      .expect(201)
  ).body;
}

// FollowTheMoney's schemata as its model defines them (alephdata/followthemoney, followthemoney/schema/*.yaml), with
// the properties each inherits from Thing, Interval and Interest: what a line may carry, and what it must.
const thingProperties = [
  'name',
  'summary',
  'description',
  'country',
  'alias',
  'previousName',
  'weakAlias',
  'sourceUrl',
  'publisher',
  'publisherUrl',
  'wikipediaUrl',
  'wikidataId',
  'keywords',
  'topics',
  'address',
  'addressEntity',
  'program',
  'notes',
  'proof',
  'modifiedAt',
  'retrievedAt',
];
const intervalProperties = ['startDate', 'endDate', 'date', 'summary', 'recordId', 'sourceUrl'];
const interestProperties = [...intervalProperties, 'role', 'status'];
const ftm: Record<string, { properties: string[]; required: string[]; entities: string[] }> = {
  Person: { properties: thingProperties, required: ['name'], entities: [] },
  Organization: { properties: thingProperties, required: ['name'], entities: [] },
  PublicBody: { properties: thingProperties, required: ['name'], entities: [] },
  LegalEntity: { properties: thingProperties, required: ['name'], entities: [] },
  Event: { properties: [...thingProperties, ...intervalProperties, 'location'], required: ['name'], entities: [] },
  Address: {
    properties: [
      ...intervalProperties,
      'full',
      'city',
      'street',
      'region',
      'postalCode',
      'country',
      'latitude',
      'longitude',
    ],
    required: [],
    entities: [],
  },
  Position: { properties: [...thingProperties, 'organization'], required: ['name'], entities: ['organization'] },
  Occupancy: {
    properties: [...intervalProperties, 'holder', 'post', 'status'],
    required: ['holder', 'post'],
    entities: ['holder', 'post'],
  },
  Membership: {
    properties: [...interestProperties, 'member', 'organization'],
    required: ['member', 'organization'],
    entities: ['member', 'organization'],
  },
  Directorship: {
    properties: [...interestProperties, 'director', 'organization'],
    required: ['director', 'organization'],
    entities: ['director', 'organization'],
  },
  Ownership: {
    properties: [...interestProperties, 'owner', 'asset', 'percentage'],
    required: ['owner', 'asset'],
    entities: ['owner', 'asset'],
  },
  Succession: {
    properties: [...interestProperties, 'predecessor', 'successor'],
    required: ['predecessor', 'successor'],
    entities: ['predecessor', 'successor'],
  },
  UnknownLink: {
    properties: [...interestProperties, 'subject', 'object'],
    required: ['subject', 'object'],
    entities: ['subject', 'object'],
  },
};

type FtmLine = { id: string; schema: string; properties: Record<string, string[]> };

describe('GET /v1/exports/graph/ftm', () => {
  it('writes entities, then relations, as FollowTheMoney entities that follow FtM’s schemata and refer only to each other', async () => {
    const owner = await entity('organization', 'Holding');
    const owned = await entity('organization', 'Operator');
    const ownership = (
      await t.api
        .post('/v1/relations')
        .send({
          type: 'owns',
          subject: owner.id,
          object: owned.id,
          share: 0.515,
          startDate: '2019-03-10',
          startPrecision: 'month',
        })
        .expect(201)
    ).body;
    const minister = await entity('person', 'Minister');
    const role = (
      await t.api
        .post('/v1/roles')
        .send({ person: minister.id, title: 'Minister of Defence', organization: 'peru', startDate: '2024-05-14' })
        .expect(201)
    ).body;

    const response = await t.api.get('/v1/exports/graph/ftm').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(response.headers['content-disposition']).toMatch(/meridian-graph-\d{8}T\d{6}Z\.ftm\.json/);
    const lines: FtmLine[] = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

    const seen = new Set<string>();
    for (const line of lines) {
      const schema = ftm[line.schema];
      expect(schema, `${line.schema} is an FtM schema`).toBeDefined();
      if (!schema) continue;
      expect(
        Object.keys(line.properties).filter((name) => !schema.properties.includes(name)),
        line.schema,
      ).toEqual([]);
      for (const name of schema.required)
        expect(line.properties[name]?.length, `${line.schema}.${name}`).toBeGreaterThan(0);
      for (const values of Object.values(line.properties))
        expect(values.every((value) => typeof value === 'string' && value !== '')).toBe(true);
      // Every entity a line names came before it: entities first, a Position before its first Occupancy.
      for (const name of schema.entities)
        for (const id of line.properties[name] ?? []) expect(seen.has(id), `${line.schema}.${name} ${id}`).toBe(true);
      expect(seen.has(line.id), `${line.id} once`).toBe(false);
      seen.add(line.id);
    }

    const byId = new Map(lines.map((line) => [line.id, line]));
    const peru = [...byId.values()].find((line) => line.properties.wikidataId?.includes('Q419'));
    expect(peru).toMatchObject({ schema: 'PublicBody', properties: { country: ['pe'] } });
    expect(byId.get(minister.id)).toMatchObject({ schema: 'Person' });
    const occupancy = byId.get(role.id);
    expect(occupancy).toMatchObject({
      schema: 'Occupancy',
      properties: { holder: [minister.id], startDate: ['2024-05-14'] },
    });
    expect(byId.get(occupancy?.properties.post?.[0] ?? '')).toMatchObject({
      schema: 'Position',
      properties: { name: ['Minister of Defence'], organization: [peru?.id] },
    });
    expect(byId.get(ownership.id)).toEqual({
      id: ownership.id,
      schema: 'Ownership',
      properties: { owner: [owner.id], asset: [owned.id], startDate: ['2019-03'], percentage: ['51.5'] },
    });
    const located = lines.find((line) => line.schema === 'UnknownLink' && line.properties.role?.includes('located_in'));
    expect(located).toBeDefined();
  });
});

describe('GET /v1/exports/graph/ftm refusals', () => {
  it('takes no parameters: an unknown one is a 400 naming it', async () => {
    expectFieldError(await t.api.get('/v1/exports/graph/ftm').query({ status: 'proposed' }), 'status');
  });
});

describe('neighbours of an entity with relations both ways', () => {
  it('pages through every one in id order, whatever the direction, with no repeat', async () => {
    const hub = await entity('organization', 'Alliance');
    const ids: string[] = [];
    for (let index = 0; index < 12; index++) {
      const member = await entity('person', 'Member');
      const body = await t.api
        .post('/v1/relations')
        .send({ type: 'member_of', subject: member.id, object: hub.id })
        .expect(201);
      ids.push(body.body.id);
      const umbrella = await entity('organization', 'Umbrella');
      ids.push(
        (
          await t.api
            .post('/v1/relations')
            .send({ type: 'member_of', subject: hub.id, object: umbrella.id })
            .expect(201)
        ).body.id,
      );
    }
    const walk = async (query: Record<string, string>) => {
      const found: { id: string; direction: string }[] = [];
      let url: string | null = `/v1/entities/${hub.id}/neighbors?${new URLSearchParams({ limit: '5', ...query })}`;
      while (url) {
        const page: {
          body: { data: { direction: string; relation: { id: string } }[]; page: { next: string | null } };
        } = await t.api.get(url).expect(200);
        found.push(...page.body.data.map((row) => ({ id: row.relation.id, direction: row.direction })));
        url = page.body.page.next;
      }
      return found;
    };
    // A neighbour's relation is the relation as GET /v1/relations/{id} answers it.
    const first = (await t.api.get(`/v1/entities/${hub.id}/neighbors`).query({ limit: '1' }).expect(200)).body.data[0];
    expect(first.relation).toEqual((await t.api.get(`/v1/relations/${first.relation.id}`).expect(200)).body);
    const both = await walk({});
    expect(both.map((row) => row.id)).toEqual([...ids].sort());
    expect(both.filter((row) => row.direction === 'outgoing')).toHaveLength(12);
    expect((await walk({ type: 'member_of', status: 'accepted' })).map((row) => row.id)).toEqual([...ids].sort());
    expect(await walk({ type: 'owns' })).toEqual([]);
  });
});
