// Roles written through the API: record a term, end it, correct a date (If-Match), delete it — each a revision with
// the key — the refusals, and an article's entities showing the roles held on the article's date.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin, withDatabase } from './support/global-setup.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function person(): Promise<{ id: string; slug: string }> {
  return (
    await t.api
      .post('/v1/entities')
      .send({ type: 'person', name: `Minister ${unique()}` })
      .expect(201)
  ).body;
}

describe('writing roles', () => {
  it('records a new minister, ends the term, corrects a date, deletes it — with revisions naming the key', async () => {
    const minister = await person();
    const created = await t.api
      .post('/v1/roles')
      .send({ person: minister.slug, title: 'Minister of Defence', organization: 'peru', startDate: '2024-05-14' })
      .expect(201);
    expect(created.headers.location).toBe(`/v1/roles/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      title: 'Minister of Defence',
      person: { id: minister.id },
      organization: { slug: 'peru' },
      startDate: '2024-05-14',
      endDate: null,
      version: 1,
    });
    const url = `/v1/roles/${created.body.id}`;
    const held = await t.api.get(`/v1/entities/peru/roles`).query({ at: '2024-06-01', limit: 100 }).expect(200);
    expect(held.body.data.map((role: { id: string }) => role.id)).toContain(created.body.id);

    const ended = await t.api.patch(url).set('if-match', '"1"').send({ endDate: '2025-01-31' }).expect(200);
    expect(ended.body).toMatchObject({ endDate: '2025-01-31', version: 2 });
    expectProblem(
      await t.api.patch(url).set('if-match', '"1"').send({ startDate: '2024-05-15' }),
      412,
      'precondition_failed',
    );
    const corrected = await t.api.patch(url).set('if-match', '"2"').send({ startDate: '2024-05-15' }).expect(200);
    expect(corrected.body).toMatchObject({ startDate: '2024-05-15', endDate: '2025-01-31', version: 3 });
    const later = await t.api.get(`/v1/entities/peru/roles`).query({ at: '2025-02-01', limit: 100 }).expect(200);
    expect(later.body.data.map((role: { id: string }) => role.id)).not.toContain(created.body.id);

    await t.api.delete(url).set('if-match', '"3"').expect(204);
    await t.api.get(url).expect(404);
    const revisions = await admin(t.databaseUrl, (client) =>
      client.query<{ action: string; key: string | null }>(
        `SELECT action, actor_key_id::text AS key FROM revisions WHERE resource_type = 'role' AND resource_id = $1 ORDER BY id`,
        [created.body.id],
      ),
    );
    expect(revisions.rows.map((row) => row.action)).toEqual(['created', 'updated', 'updated', 'deleted']);
    expect(revisions.rows.every((row) => row.key !== null)).toBe(true);
  });

  it.each([
    ['an unknown person', { person: 'no-such-person', title: 'Mayor' }, 'person'],
    ['a holder who is not a person', { person: 'peru', title: 'Mayor' }, 'person'],
    [
      'an office in a person',
      { person: 'pedro-castillo', title: 'Aide', organization: 'dina-boluarte' },
      'organization',
    ],
    [
      'a term that ends before it starts',
      { person: 'pedro-castillo', title: 'Aide', startDate: '2020-02-02', endDate: '2020-02-01' },
      'endDate',
    ],
  ])('refuses %s with 422 naming the field', async (_name, body, field) => {
    expectFieldError(await t.api.post('/v1/roles').send(body), field, 422, 'unprocessable');
  });

  it('refuses bad input with 400 naming the field', async () => {
    expectFieldError(await t.api.post('/v1/roles').send({ person: 'pedro-castillo', title: '' }), 'title');
    expectFieldError(
      await t.api.post('/v1/roles').send({ person: 'pedro-castillo', title: 'x', startDate: '2020-13-01' }),
      'startDate',
    );
    expectFieldError(await t.api.post('/v1/roles').send({ person: 'pedro-castillo', title: 'x', id: 'y' }), 'id');
  });
});

describe("an article's entities with include=roles", () => {
  it('shows the roles held on the article’s date, not every role ever held', async () => {
    const article = (await t.api.get('/v1/entities/dina-boluarte/articles').query({ limit: 1 }).expect(200)).body
      .data[0];
    const day = (article.publishedAt as string).slice(0, 10);
    const entities = await t.api
      .get(`/v1/articles/${article.id}/entities`)
      .query({ include: 'roles', limit: 100 })
      .expect(200);
    const boluarte = entities.body.data.find((entity: { slug: string }) => entity.slug === 'dina-boluarte');
    const all = (await t.api.get('/v1/entities/dina-boluarte').query({ include: 'roles' }).expect(200)).body.roles;
    const heldThen = all.filter(
      (role: { startDate: string | null; endDate: string | null }) =>
        (role.startDate === null || role.startDate <= day) && (role.endDate === null || role.endDate >= day),
    );
    expect(all.length).toBeGreaterThan(heldThen.length);
    expect(boluarte.roles).toEqual(heldThen);
    expect(boluarte.roles.map((role: { title: string }) => role.title)).toEqual(['President of Peru']);
  });
});

describe('roles are relations (one model)', () => {
  it('is a holds_position relation with the office as title, and a neighbour of its organization', async () => {
    const minister = await person();
    const role = (
      await t.api
        .post('/v1/roles')
        .send({ person: minister.id, title: 'Minister of Energy', organization: 'peru', startDate: '2023-02-01' })
        .expect(201)
    ).body;
    const relation = await t.api.get(`/v1/relations/${role.id}`).expect(200);
    expect(relation.body).toMatchObject({
      id: role.id,
      type: 'holds_position',
      title: 'Minister of Energy',
      subject: { id: minister.id },
      object: { slug: 'peru' },
      startDate: '2023-02-01',
      startPrecision: 'day',
      source: { kind: 'manual' },
      version: 1,
    });
    const neighbours = await t.api.get(`/v1/entities/${minister.id}/neighbors`).expect(200);
    expect(neighbours.body.data).toEqual([
      expect.objectContaining({ direction: 'outgoing', entity: expect.objectContaining({ slug: 'peru' }) }),
    ]);
    // Written through /v1/relations, read back through /v1/roles: the same resource, the same version.
    await t.api.patch(`/v1/relations/${role.id}`).set('if-match', '"1"').send({ endDate: '2024-01-31' }).expect(200);
    expect((await t.api.get(`/v1/roles/${role.id}`).expect(200)).body).toMatchObject({
      endDate: '2024-01-31',
      version: 2,
    });
    const changes = await admin(t.databaseUrl, (client) =>
      client.query<{ resource_type: string; action: string }>(
        'SELECT resource_type, action FROM revisions WHERE resource_id = $1 ORDER BY id',
        [role.id],
      ),
    );
    expect(changes.rows).toEqual([
      { resource_type: 'role', action: 'created' },
      { resource_type: 'role', action: 'updated' },
    ]);
  });

  it('keeps an office with no organization out of the graph: a role, not an edge', async () => {
    const adviser = await person();
    const role = (await t.api.post('/v1/roles').send({ person: adviser.id, title: 'Special Adviser' }).expect(201))
      .body;
    expect(role.organization).toBeNull();
    expectProblem(await t.api.get(`/v1/relations/${role.id}`), 404, 'not_found');
    expect((await t.api.get(`/v1/entities/${adviser.id}/relations`).expect(200)).body.data).toEqual([]);
    expect((await t.api.get(`/v1/entities/${adviser.id}/roles`).expect(200)).body.data).toEqual([
      expect.objectContaining({ id: role.id, title: 'Special Adviser' }),
    ]);
  });

  it('is no role when it has no title: GET /v1/roles/{id} of a plain relation is 404', async () => {
    const member = await person();
    const relation = (
      await t.api
        .post('/v1/relations')
        .send({ type: 'holds_position', subject: member.id, object: 'peru', source: { kind: 'manual' } })
        .expect(201)
    ).body;
    expect(relation.title).toBeNull();
    expectProblem(await t.api.get(`/v1/roles/${relation.id}`), 404, 'not_found');
  });

  it('refuses an office in the holder itself with 422 naming organization', async () => {
    const untyped = (
      await t.api
        .post('/v1/entities')
        .send({ type: 'other', name: `Untyped ${unique()}` })
        .expect(201)
    ).body;
    expectFieldError(
      await t.api.post('/v1/roles').send({ person: untyped.id, title: 'Chair', organization: untyped.id }),
      'organization',
      422,
      'unprocessable',
    );
  });

  it('has a state for every resource type revisions record, so none is dropped from meridian_resource_state', async () => {
    const { rows } = await admin(t.databaseUrl, (client) =>
      client.query<{ allowed: string; registered: string[] }>(
        `SELECT pg_get_constraintdef(c.oid) AS allowed, (SELECT array_agg(resource_type::text ORDER BY resource_type) FROM resource_types) AS registered
         FROM pg_constraint c WHERE c.conname = 'revisions_resource_type_check'`,
      ),
    );
    const allowed = [...(rows[0]?.allowed ?? '').matchAll(/'([a-z_]+)'/g)].map((match) => match[1]).sort();
    expect(allowed).toContain('role');
    expect(rows[0]?.registered).toEqual(allowed);
  });
});

describe('the migration that made roles relations (20261207140000_roles_as_relations)', () => {
  it('moves every role with its id and version, and records the move as a revision after the role’s history', async () => {
    const migrations = path.resolve(import.meta.dirname, '../prisma/migrations');
    const folders = readdirSync(migrations)
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    const sql = (folder: string) => readFileSync(path.join(migrations, folder, 'migration.sql'), 'utf8');
    const database = `roles_move_${process.pid}_${Date.now().toString(36)}`;
    const adminUrl = inject('adminDatabaseUrl');
    await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
    try {
      const rows = await admin(withDatabase(adminUrl, database), async (client) => {
        for (const folder of folders.filter((name) => name < '20261207140000')) await client.query(sql(folder));
        await client.query(`
          INSERT INTO entities (id, type, name, slug, updated_at) VALUES
            ('00000000-0000-7000-8000-000000000001', 'person', 'Ana', 'ana', now()),
            ('00000000-0000-7000-8000-000000000002', 'country', 'Land', 'land', now());
          INSERT INTO roles (id, person_id, title, organization_id, start_date, updated_at) VALUES
            ('00000000-0000-7000-8000-0000000000a1', '00000000-0000-7000-8000-000000000001', 'President', '00000000-0000-7000-8000-000000000002', '2020-01-01', now()),
            ('00000000-0000-7000-8000-0000000000a2', '00000000-0000-7000-8000-000000000001', 'Adviser', NULL, NULL, now());
          UPDATE roles SET end_date = '2024-01-01', version = version + 1 WHERE id = '00000000-0000-7000-8000-0000000000a1';`);
        for (const folder of folders.filter((name) => name >= '20261207140000')) await client.query(sql(folder));
        return {
          relations: (
            await client.query(
              `SELECT id::text, type::text, subject_id::text AS subject, object_id::text AS object, title,
                      to_char(start_date, 'YYYY-MM-DD') AS start, start_precision::text AS precision, version
               FROM relations ORDER BY id`,
            )
          ).rows,
          revisions: (
            await client.query(
              `SELECT resource_id::text AS id, revision, action, operation, 'subject_id' = ANY(changed_fields) AS moved
               FROM revisions WHERE resource_type = 'role' ORDER BY resource_id, revision`,
            )
          ).rows,
          view: (await client.query('SELECT title, person_id::text AS person FROM roles ORDER BY id')).rows,
        };
      });
      const ana = '00000000-0000-7000-8000-000000000001';
      expect(rows.relations).toEqual([
        {
          id: '00000000-0000-7000-8000-0000000000a1',
          type: 'holds_position',
          subject: ana,
          object: '00000000-0000-7000-8000-000000000002',
          title: 'President',
          start: '2020-01-01',
          precision: 'day',
          version: 2,
        },
        {
          id: '00000000-0000-7000-8000-0000000000a2',
          type: 'holds_position',
          subject: ana,
          object: null,
          title: 'Adviser',
          start: null,
          precision: null,
          version: 1,
        },
      ]);
      expect(rows.revisions).toEqual([
        { id: '00000000-0000-7000-8000-0000000000a1', revision: 1, action: 'created', operation: null, moved: false },
        { id: '00000000-0000-7000-8000-0000000000a1', revision: 2, action: 'updated', operation: null, moved: false },
        {
          id: '00000000-0000-7000-8000-0000000000a1',
          revision: 3,
          action: 'updated',
          operation: 'role_to_relation',
          moved: true,
        },
        { id: '00000000-0000-7000-8000-0000000000a2', revision: 1, action: 'created', operation: null, moved: false },
        {
          id: '00000000-0000-7000-8000-0000000000a2',
          revision: 2,
          action: 'updated',
          operation: 'role_to_relation',
          moved: true,
        },
      ]);
      expect(rows.view).toEqual([
        { title: 'President', person: ana },
        { title: 'Adviser', person: ana },
      ]);
    } finally {
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  }, 120_000);
});
