import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('entities', () => {
  it('gets an entity by slug with identifiers, coordinates and aliases', async () => {
    const peru = await t.api.get('/v1/entities/peru').expect(200);
    expect(peru.body).toMatchObject({
      type: 'country',
      name: 'Peru',
      identifiers: { wikidata: 'Q419', isoAlpha2: 'PE', isoAlpha3: 'PER' },
    });
    expect(peru.body.coordinates).toEqual({ latitude: expect.any(Number), longitude: expect.any(Number) });
    expect(peru.body.aliases).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Perú', language: 'es' })]),
    );
    const byId = await t.api.get(`/v1/entities/${peru.body.id}`).expect(200);
    expect(byId.body.slug).toBe('peru');
  });

  it('filters by type and by part of a name or alias', async () => {
    const ports = await t.api.get('/v1/entities?type=port&limit=100').expect(200);
    const unlocodes = ports.body.data.map((p: { identifiers: { unlocode: string } }) => p.identifiers.unlocode);
    expect(unlocodes).toEqual(expect.arrayContaining(['PECHY', 'PECLL']));
    expect(ports.body.data.every((p: { type: string }) => p.type === 'port')).toBe(true);

    const byAlias = await t.api.get('/v1/entities?name=PENTAGON').expect(200);
    expect(byAlias.body.data.map((e: { type: string }) => e.type)).toContain('organization');
  });

  it('lists time-scoped roles, optionally on a date', async () => {
    const boluarte = await t.api.get('/v1/entities/dina-boluarte?include=roles').expect(200);
    expect(boluarte.body.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: expect.stringMatching(/President/), startDate: '2022-12-07' }),
      ]),
    );
    const roles = await t.api.get('/v1/entities/peru/roles?at=2022-06-01').expect(200);
    const holders = roles.body.data.map((role: { person: { slug: string } }) => role.person.slug);
    expect(holders).toContain('pedro-castillo');
    const later = await t.api.get('/v1/entities/peru/roles?at=2023-06-05').expect(200);
    const laterHolders = later.body.data
      .filter((r: { title: string }) => /^President/.test(r.title))
      .map((r: { person: { slug: string } }) => r.person.slug);
    expect(laterHolders).toContain('dina-boluarte');
    expect(laterHolders).not.toContain('pedro-castillo');
  });

  it('lists the articles and claims of an entity', async () => {
    const articles = await t.api.get('/v1/entities/chancay/articles').expect(200);
    expect(articles.body.data).toHaveLength(1);
    const claims = await t.api.get('/v1/entities/bolivia/claims?as=subject').expect(200);
    expect(
      claims.body.data.some((c: { value: number | null; unit: string | null }) => c.value === 30 && c.unit === '%'),
    ).toBe(true);
    const byPrice = await t.api.get('/v1/entities/ned-price/claims?as=claimant').expect(200);
    expect(byPrice.body.data.length).toBeGreaterThan(0);
    expect(byPrice.body.data.every((c: { claimant: { name: string } }) => c.claimant.name === 'Ned Price')).toBe(true);
  });

  it('creates an entity with aliases, updates it and deletes it', async () => {
    const created = await t.api
      .post('/v1/entities')
      .send({
        type: 'port',
        name: 'Puerto de Paita',
        identifiers: { unlocode: 'PE PAI' },
        coordinates: { latitude: -5.08, longitude: -81.11 },
        aliases: [
          { name: 'Paita', language: null },
          { name: 'Port of Paita', language: 'en' },
        ],
      })
      .expect(201);
    expect(created.body).toMatchObject({ slug: 'puerto-de-paita', identifiers: { unlocode: 'PEPAI' } });
    expect(created.body.aliases).toHaveLength(2);

    const updated = await t.api
      .patch('/v1/entities/puerto-de-paita')
      .send({ aliases: [{ name: 'Paita' }], description: 'A port in Piura.' })
      .expect(200);
    expect(updated.body.aliases).toEqual([
      { name: 'Paita', language: null, kind: 'name', validFrom: null, validTo: null },
    ]);
    expect(updated.body.description).toBe('A port in Piura.');

    await t.api.delete(`/v1/entities/${created.body.id}`).expect(204);
    expectProblem(await t.api.get('/v1/entities/puerto-de-paita'), 404, 'not_found');
  });

  it('refuses taken slugs and identifiers with 409 naming the field', async () => {
    expectFieldError(await t.api.post('/v1/entities').send({ type: 'country', name: 'Peru' }), 'slug', 409, 'conflict');
    const problem = expectFieldError(
      await t.api
        .post('/v1/entities')
        .send({ type: 'country', name: 'República del Perú', identifiers: { isoAlpha2: 'PE' } }),
      'identifiers.isoAlpha2',
      409,
      'conflict',
    );
    expect(problem.location).toMatch(/^\/v1\/entities\//);
  });

  it('refuses to delete an entity that claims are about', async () => {
    expectProblem(await t.api.delete('/v1/entities/bolivia'), 409, 'in_use');
  });

  it.each([
    [{ name: 'X' }, 'type'],
    [{ type: 'planet', name: 'X' }, 'type'],
    [{ type: 'place', name: 'X', slug: 'Not A Slug' }, 'slug'],
    [{ type: 'place', name: 'X', identifiers: { wikidata: '419' } }, 'identifiers.wikidata'],
    [{ type: 'place', name: 'X', identifiers: { unlocode: 'PERU!' } }, 'identifiers.unlocode'],
    [{ type: 'place', name: 'X', coordinates: { latitude: 91, longitude: 0 } }, 'coordinates.latitude'],
    [{ type: 'place', name: 'X', aliases: [{ name: '' }] }, 'aliases.0.name'],
    [{ type: 'place', name: 'X', createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
    [{ type: 'place', name: 'Nul\u0000Byte' }, 'name'],
    [{ type: 'place', name: 'X', aliases: [{ name: 'a\u0000' }] }, 'aliases.0.name'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    expectFieldError(await t.api.post('/v1/entities').send(body), field);
  });

  it('answers unknown entities with 404 on every entity route', async () => {
    for (const path of ['', '/articles', '/claims', '/roles']) {
      expectProblem(await t.api.get(`/v1/entities/no-such-entity${path}`), 404, 'not_found');
    }
  });

  it('walks all entity pages exactly once', async () => {
    const seen: string[] = [];
    let next: string | null = '/v1/entities?limit=7';
    while (next) {
      const page: { body: { data: { id: string }[]; page: { next: string | null } }; headers: Record<string, string> } =
        await t.api.get(next).expect(200);
      seen.push(...page.body.data.map((e: { id: string }) => e.id));
      next = page.body.page.next;
    }
    expect(seen.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
