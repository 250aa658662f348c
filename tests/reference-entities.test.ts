// Historical reference entities through the API: a 1987 story stores the Soviet Union with its years, its ISO 3166-3
// code and its aliases by kind, and Nakasone with his time-scoped role; entity writes take alias kinds and dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ArticleEntity = { id: string; name: string; type: string; mentions: { surface: string }[] };

async function ingest(body: string, publishedAt: string): Promise<ArticleEntity[]> {
  const created = await t.api
    .post('/v1/articles')
    .query({ ner: false })
    .send({
      url: `https://wire.example.org/${Date.now()}-${Math.random()}`,
      title: 'Trade talks',
      body,
      bodyFormat: 'text',
      language: 'en',
      publishedAt,
    })
    .expect(201);
  const entities = await t.api.get(`/v1/articles/${created.body.id}/entities`).query({ limit: 100 }).expect(200);
  return entities.body.data;
}

describe('historical reference entities', () => {
  it('stores a state that ceased to exist with its validity, ISO 3166-3 code and aliases by kind', async () => {
    const entities = await ingest(
      'Nakasone told the Soviet Union that Japan wanted the islands back, the Foreign Ministry in Tokyo said.',
      '1987-03-10T09:00:00Z',
    );
    const soviet = entities.find((entity) => entity.name === 'Soviet Union')!;
    expect(soviet.mentions.map((mention) => mention.surface)).toEqual(['Soviet Union']);

    const response = await t.api.get(`/v1/entities/${soviet.id}`).expect(200);
    expect(response.body).toMatchObject({
      type: 'country',
      validFrom: '1922-12-30',
      validTo: '1991-12-26',
      identifiers: { wikidata: 'Q15180', isoAlpha2: null, iso3166Alpha4: 'SUHH' },
    });
    expect(response.body.aliases).toEqual(
      expect.arrayContaining([
        { name: 'USSR', language: null, kind: 'abbreviation', validFrom: null, validTo: null },
        { name: 'Unión Soviética', language: 'es', kind: 'name', validFrom: null, validTo: null },
        { name: 'soviético', language: 'es', kind: 'demonym', validFrom: null, validTo: null },
      ]),
    );

    // Nakasone, named by his surname alone, is the prime minister of the day, stored with the role the data dates.
    const nakasone = entities.find((entity) => entity.name === 'Yasuhiro Nakasone')!;
    expect(nakasone.mentions.map((mention) => mention.surface)).toEqual(['Nakasone']);
    const roles = await t.api.get(`/v1/entities/${nakasone.id}/roles`).query({ at: '1987-03-10' }).expect(200);
    // The premiership, and his seat in the House of Representatives (1947–2004, legislators/japan-ministers.csv).
    expect(roles.body.data).toHaveLength(2);
    expect(roles.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Prime Minister of Japan',
          startDate: '1982-11-27',
          endDate: '1987-11-06',
          organization: expect.objectContaining({ name: 'Japan' }),
        }),
        expect.objectContaining({ title: 'member of the House of Representatives', startDate: '1947-04-26' }),
      ]),
    );
    // Out of the premiership in 1990, still in the House.
    expect(
      (await t.api.get(`/v1/entities/${nakasone.id}/roles`).query({ at: '1990-01-01' }).expect(200)).body.data.map(
        (role: { title: string }) => role.title,
      ),
    ).toEqual(['member of the House of Representatives']);
  });

  it('stores each former state as its own entity: one without an alpha-2 code is not taken for another', async () => {
    const [soviet] = await ingest('The Soviet Union protested.', '1987-03-10T09:00:00Z');
    const [yugoslavia] = await ingest('Yugoslavia protested.', '1987-03-10T09:00:00Z');
    const [czechoslovakia] = await ingest('Czechoslovakia protested.', '1987-03-10T09:00:00Z');
    expect([soviet!.name, yugoslavia!.name, czechoslovakia!.name]).toEqual([
      'Soviet Union',
      expect.stringMatching(/Yugoslavia/u),
      'Czechoslovakia',
    ]);
    expect(new Set([soviet!.id, yugoslavia!.id, czechoslovakia!.id]).size).toBe(3);
  });

  it('stores a renamed state as the current entity with its dated former name', async () => {
    const entities = await ingest('Zaire’s copper exports fell, officials in Kinshasa said.', '1987-03-10T09:00:00Z');
    const congo = entities.find((entity) => entity.mentions.some((mention) => mention.surface === 'Zaire'))!;
    const response = await t.api.get(`/v1/entities/${congo.id}`).expect(200);
    expect(response.body).toMatchObject({ identifiers: { isoAlpha2: 'CD' }, validFrom: null, validTo: null });
    expect(response.body.aliases).toContainEqual({
      name: 'Zaire',
      language: null,
      kind: 'former_name',
      validFrom: '1971-10-27',
      validTo: '1997-05-17',
    });
  });

  it('takes alias kinds and dates on entity writes, and refuses inconsistent ones naming the field', async () => {
    const created = await t.api
      .post('/v1/entities')
      .send({
        type: 'organization',
        name: 'International Jute Organization',
        aliases: [
          { name: 'IJO', kind: 'abbreviation', validFrom: '1984-01-09', validTo: '2000-06-30' },
          { name: 'Jute Org' },
        ],
      })
      .expect(201);
    expect(created.body.aliases).toEqual([
      { name: 'IJO', language: null, kind: 'abbreviation', validFrom: '1984-01-09', validTo: '2000-06-30' },
      { name: 'Jute Org', language: null, kind: 'name', validFrom: null, validTo: null },
    ]);
    expectFieldError(
      await t.api.post('/v1/entities').send({
        type: 'organization',
        name: 'Backwards',
        aliases: [{ name: 'BW', validFrom: '2000-01-01', validTo: '1999-01-01' }],
      }),
      'aliases.0.validTo',
    );
    expectFieldError(
      await t.api
        .post('/v1/entities')
        .send({ type: 'organization', name: 'Odd kind', aliases: [{ name: 'OK', kind: 'nickname' }] }),
      'aliases.0.kind',
    );
  });
});
