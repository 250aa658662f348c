// Created revisions without a copy of the state (prisma/migrations/20261207171000_created_revisions_without_state):
// a created revision stores no state while its resource is unchanged, the view `revisions` reads it from the live row,
// and the first change captures it before it applies. For every resource type: what each revision reads, before and
// after edits (own row and folded-in children), deletes, and writes in the transaction that created the resource.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { admin, withDatabase } from './support/global-setup.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Client = pg.Client;
type State = Record<string, unknown>;
type Stored = { revision: number; action: string; state: State; stored: State | null; changed_fields: string[] };

const sql = async <Row extends Record<string, unknown>>(client: Client, text: string, values: unknown[] = []) =>
  (await client.query<Row>(text, values)).rows;

async function inTransaction(client: Client, work: () => Promise<void>) {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Every revision of the resource: the state the view reads and the one the table stores. */
const revisionsOf = (client: Client, type: string, id: string) =>
  sql<Stored>(
    client,
    `SELECT v.revision, v.action, v.state, r.state AS stored, v.changed_fields
     FROM revisions v JOIN revision_records r ON r.id = v.id
     WHERE v.resource_type = $1 AND v.resource_id = $2::uuid ORDER BY v.revision`,
    [type, id],
  );

const liveState = async (client: Client, type: string, id: string) =>
  (await sql<{ state: State | null }>(client, 'SELECT meridian_resource_state($1, $2::uuid) AS state', [type, id]))[0]!
    .state;

const newEntity = async (client: Client, type: string) => {
  const id = uuidv7();
  await client.query(
    `INSERT INTO entities (id, type, name, slug, updated_at) VALUES ($1::uuid, $2, 'Lazy ' || $1, 'lazy-' || $1, now())`,
    [id, type],
  );
  return id;
};

/** A copy of a fixture claim that has subjects, with its subjects, under a new id. */
const cloneClaim = async (client: Client, id: string) => {
  await client.query(
    `INSERT INTO claims SELECT (jsonb_populate_record(c, jsonb_build_object('id', $1::text, 'version', 1))).*
     FROM claims c WHERE c.id = (SELECT claim_id FROM claim_subjects ORDER BY claim_id LIMIT 1)`,
    [id],
  );
  await client.query(
    `INSERT INTO claim_subjects (claim_id, entity_id)
     SELECT $1::uuid, s.entity_id FROM claim_subjects s WHERE s.claim_id = (SELECT claim_id FROM claim_subjects ORDER BY claim_id LIMIT 1)`,
    [id],
  );
};

type Case = {
  /** Recorded by a statement trigger as the row is inserted (else at commit or by a flush). */
  createdByStatement: boolean;
  create: (client: Client, id: string) => Promise<void>;
  edit: (client: Client, id: string) => Promise<void>;
  /** A change to a table folded into the state, and the field it changes. */
  childEdit?: { run: (client: Client, id: string) => Promise<void>; field: string };
  remove: (client: Client, id: string) => Promise<void>;
};

const cases: Record<string, Case> = {
  article: {
    createdByStatement: true,
    create: async (client, id) => {
      await client.query(
        `INSERT INTO articles SELECT (jsonb_populate_record(a, jsonb_build_object('id', $1::text, 'url', 'https://lazy.example/' || $1,
           'story_id', null, 'original_id', null, 'lineage_kind', null, 'lineage_similarity', null, 'duplicate_of_id', null, 'version', 1))).*
         FROM articles a ORDER BY a.id LIMIT 1`,
        [id],
      );
    },
    edit: async (client, id) => {
      await client.query(`UPDATE articles SET title = title || ' (edited)', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM articles WHERE id = $1', [id]);
    },
  },
  source: {
    createdByStatement: true,
    create: async (client, id) => {
      await client.query(
        `INSERT INTO sources (id, slug, name, homepage, kind, updated_at)
         VALUES ($1::uuid, 'lazy-' || $1, 'Lazy ' || $1, 'https://lazy.example/' || $1, 'wire', now())`,
        [id],
      );
    },
    edit: async (client, id) => {
      await client.query(`UPDATE sources SET name = name || ' (edited)', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM sources WHERE id = $1', [id]);
    },
  },
  entity: {
    createdByStatement: false,
    create: async (client, id) => {
      await client.query(
        `INSERT INTO entities (id, type, name, slug, updated_at) VALUES ($1::uuid, 'port', 'Lazy port', 'lazy-' || $1, now())`,
        [id],
      );
      await client.query(
        `INSERT INTO entity_aliases (id, entity_id, name, language, updated_at) VALUES ($2::uuid, $1::uuid, 'Lazy harbour', 'en', now())`,
        [id, uuidv7()],
      );
    },
    childEdit: {
      field: 'aliases',
      run: async (client, id) => {
        await client.query(
          `INSERT INTO entity_aliases (id, entity_id, name, language, updated_at) VALUES ($2::uuid, $1::uuid, 'Puerto perezoso', 'es', now())`,
          [id, uuidv7()],
        );
      },
    },
    edit: async (client, id) => {
      await client.query(`UPDATE entities SET description = 'Edited.', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM entities WHERE id = $1', [id]);
    },
  },
  claim: {
    createdByStatement: false,
    create: cloneClaim,
    childEdit: {
      field: 'subject_ids',
      run: async (client, id) => {
        await client.query('DELETE FROM claim_subjects WHERE claim_id = $1', [id]);
      },
    },
    edit: async (client, id) => {
      await client.query(`UPDATE claims SET text = text || ' (edited)', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM claims WHERE id = $1', [id]);
    },
  },
  relation: {
    createdByStatement: true,
    create: async (client, id) => {
      const place = await newEntity(client, 'place');
      await client.query(
        `INSERT INTO relations (id, type, subject_id, object_id, source_kind, updated_at)
         VALUES ($1::uuid, 'located_in', $2::uuid, (SELECT id FROM entities WHERE slug = 'peru'), 'manual', now())`,
        [id, place],
      );
    },
    edit: async (client, id) => {
      await client.query(`UPDATE relations SET status = 'proposed', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM relations WHERE id = $1', [id]);
    },
  },
  role: {
    createdByStatement: true,
    create: async (client, id) => {
      const person = await newEntity(client, 'person');
      await client.query(
        `INSERT INTO roles (id, person_id, title, updated_at) VALUES ($1::uuid, $2::uuid, 'Lazy Office', now())`,
        [id, person],
      );
    },
    edit: async (client, id) => {
      await client.query(
        `UPDATE relations SET end_date = '2024-01-31', end_precision = 'day', version = version + 1 WHERE id = $1`,
        [id],
      );
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM relations WHERE id = $1', [id]);
    },
  },
  claim_review: {
    createdByStatement: false,
    create: async (client, id) => {
      await client.query(
        `INSERT INTO claim_reviews (id, claim_id, reviewer_name, reviewer_type, rating_alternate_name, date_published, url)
         VALUES ($1::uuid, (SELECT id FROM claims ORDER BY id LIMIT 1), 'Lazy Checker', 'Organization', 'False', '2024-01-01',
                 'https://lazy.example/review/' || $1)`,
        [id],
      );
    },
    edit: async (client, id) => {
      await client.query(`UPDATE claim_reviews SET explanation = 'Edited.' WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM claim_reviews WHERE id = $1', [id]);
    },
  },
  claim_relation: {
    createdByStatement: true,
    create: async (client, id) => {
      const [subject, object] = [uuidv7(), uuidv7()];
      await cloneClaim(client, subject);
      await cloneClaim(client, object);
      await client.query(
        `INSERT INTO claim_relations (id, type, subject_claim_id, object_claim_id, origin, updated_at)
         VALUES ($1::uuid, 'updates', $2::uuid, $3::uuid, 'pipeline', now())`,
        [id, subject, object],
      );
    },
    edit: async (client, id) => {
      await client.query(`UPDATE claim_relations SET status = 'accepted', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM claim_relations WHERE id = $1', [id]);
    },
  },
  story: {
    createdByStatement: false,
    create: async (client, id) => {
      await client.query(`INSERT INTO stories (id, title) VALUES ($1::uuid, 'Lazy story')`, [id]);
    },
    edit: async (client, id) => {
      await client.query(`UPDATE stories SET title = 'Lazy story (edited)', version = version + 1 WHERE id = $1`, [id]);
    },
    remove: async (client, id) => {
      await client.query('DELETE FROM stories WHERE id = $1', [id]);
    },
  },
};

/** The types the API serves single revisions and as_of reads of, and their paths. */
const apiPaths: Record<string, string> = { article: 'articles', entity: 'entities', claim: 'claims' };

describe('created revisions without a copy of the state', () => {
  it('has a case here for every resource type in resource_types', async () => {
    const types = await admin(t.databaseUrl, (client) =>
      sql<{ resource_type: string }>(client, 'SELECT resource_type FROM resource_types ORDER BY resource_type'),
    );
    expect(types.map((row) => row.resource_type)).toEqual(Object.keys(cases).sort());
  });

  it('captures before every change: a trigger on each resource table and on each table a state folds in', async () => {
    const rows = await admin(t.databaseUrl, (client) =>
      sql<{ table_name: string; own: boolean; row_trigger: string | null; truncate_trigger: string | null }>(
        client,
        `WITH folded AS (
           SELECT DISTINCT m[1] AS table_name, false AS own FROM resource_types r, regexp_matches(r.state_expression, 'public\\.(\\w+)', 'g') m
           UNION SELECT DISTINCT r.table_name, true FROM resource_types r
         )
         SELECT f.table_name, f.own,
                (SELECT g.tgname FROM pg_trigger g WHERE g.tgrelid = f.table_name::regclass AND g.tgfoid::regproc::text IN ('meridian_revision_capture', 'meridian_revision_capture_parent')
                   -- row-level (1), BEFORE (2), UPDATE (16) and DELETE (8); INSERT (4) too for a folded-in table
                   AND g.tgtype & (1 | 2 | 8 | 16) = (1 | 2 | 8 | 16) AND (f.own OR g.tgtype & 4 = 4)) AS row_trigger,
                (SELECT g.tgname FROM pg_trigger g WHERE g.tgrelid = f.table_name::regclass AND g.tgfoid::regproc::text = 'meridian_revision_capture_truncate'
                   AND g.tgtype & (2 | 32) = (2 | 32)) AS truncate_trigger
         FROM folded f ORDER BY f.table_name`,
      ),
    );
    expect(rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['claim_subjects', 'entity_aliases']));
    for (const row of rows) {
      expect(row.row_trigger, `row capture trigger on ${row.table_name}`).not.toBeNull();
      expect(row.truncate_trigger, `truncate capture trigger on ${row.table_name}`).not.toBeNull();
    }
  });

  it.each(Object.keys(cases))('%s: revision 1 keeps its created state through edits and the delete', async (type) => {
    const c = cases[type]!;
    const id = uuidv7();
    await admin(t.databaseUrl, async (client) => {
      await inTransaction(client, () => c.create(client, id));
      const created = await liveState(client, type, id);
      expect(created).toMatchObject({ id });
      let revisions = await revisionsOf(client, type, id);
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({ revision: 1, action: 'created', state: created, stored: null });

      const apiPath = apiPaths[type];
      const apiCreated = apiPath ? (await t.api.get(`/v1/${apiPath}/${id}/revisions/1`).expect(200)).body : null;
      if (apiPath) {
        const live = (await t.api.get(`/v1/${apiPath}/${id}`).expect(200)).body;
        expect(apiCreated.state).toEqual(live);
      }
      const [{ between }] = (await sql<{ between: Date }>(client, 'SELECT clock_timestamp() AS between')) as [
        { between: Date },
      ];

      let expected = [{ revision: 1, action: 'created', state: created }];
      if (c.childEdit) {
        await inTransaction(client, () => c.childEdit!.run(client, id));
        const afterChild = await liveState(client, type, id);
        expect(afterChild).not.toEqual(created);
        revisions = await revisionsOf(client, type, id);
        expect(revisions[0]).toMatchObject({ action: 'created', state: created, stored: created });
        expect(revisions[1]).toMatchObject({
          action: 'updated',
          state: afterChild,
          stored: afterChild,
          changed_fields: [c.childEdit.field],
        });
        expected = [...expected, { revision: revisions[1]!.revision, action: 'updated', state: afterChild! }];
      }

      await inTransaction(client, () => c.edit(client, id));
      const edited = await liveState(client, type, id);
      expect(edited).not.toEqual(created);
      revisions = await revisionsOf(client, type, id);
      expected = [
        ...expected,
        { revision: revisions[revisions.length - 1]!.revision, action: 'updated', state: edited! },
      ];
      expect(revisions.map(({ revision, action, state }) => ({ revision, action, state }))).toEqual(expected);
      expect(revisions[0]!.stored).toEqual(created);

      // as_of between the creation and the first change reads the created state.
      const [asOf] = await sql<{ state: State }>(
        client,
        `SELECT state FROM revisions WHERE resource_type = $1 AND resource_id = $2::uuid AND recorded_at <= $3 ORDER BY revision DESC LIMIT 1`,
        [type, id, between],
      );
      expect(asOf?.state).toEqual(created);
      if (apiPath) {
        const then = await t.api.get(`/v1/${apiPath}/${id}?as_of=${encodeURIComponent(between.toISOString())}`);
        expect(then.status).toBe(200);
        expect(then.body).toEqual(apiCreated.state);
        expect((await t.api.get(`/v1/${apiPath}/${id}/revisions/1`).expect(200)).body).toEqual(apiCreated);
      }

      await inTransaction(client, () => c.remove(client, id));
      expect(await liveState(client, type, id)).toBeNull();
      revisions = await revisionsOf(client, type, id);
      expect(revisions[0]).toMatchObject({ revision: 1, action: 'created', state: created, stored: created });
      expect(revisions[revisions.length - 1]).toMatchObject({ action: 'deleted', state: edited });
      if (apiPath) expect((await t.api.get(`/v1/${apiPath}/${id}/revisions/1`).expect(200)).body).toEqual(apiCreated);
    });
  });

  it.each(Object.keys(cases))('%s: created and edited in one transaction', async (type) => {
    const c = cases[type]!;
    const id = uuidv7();
    await admin(t.databaseUrl, async (client) => {
      let inserted: State | null = null;
      await inTransaction(client, async () => {
        await c.create(client, id);
        inserted = await liveState(client, type, id);
        await c.edit(client, id);
      });
      const final = await liveState(client, type, id);
      const revisions = await revisionsOf(client, type, id);
      // A statement trigger recorded the insert at once, the commit the edit; otherwise the commit records the result.
      expect(revisions.map(({ revision, action, state, stored }) => ({ revision, action, state, stored }))).toEqual(
        c.createdByStatement
          ? [
              { revision: 1, action: 'created', state: inserted, stored: inserted },
              { revision: 2, action: 'updated', state: final, stored: final },
            ]
          : // The revision number is the version the commit finds (greatest(1, version)), as before.
            [{ revision: Math.max(1, Number(final?.version ?? 1)), action: 'created', state: final, stored: null }],
      );
    });
  });

  it('captures the state the flush recorded when the same transaction changes the resource after it', async () => {
    const id = uuidv7();
    await admin(t.databaseUrl, async (client) => {
      let flushed: State | null = null;
      await inTransaction(client, async () => {
        await cloneClaim(client, id);
        await client.query('SELECT meridian_revision_flush()');
        flushed = await liveState(client, 'claim', id);
        await client.query('DELETE FROM claim_subjects WHERE claim_id = $1', [id]);
      });
      const revisions = await revisionsOf(client, 'claim', id);
      expect(revisions.map(({ revision, action, state, stored }) => ({ revision, action, state, stored }))).toEqual([
        { revision: 1, action: 'created', state: flushed, stored: flushed },
        { revision: 2, action: 'updated', state: await liveState(client, 'claim', id), stored: expect.anything() },
      ]);
    });
  });

  it('reads one snapshot: a reader that began before an edit keeps reading the created state from the live row it sees', async () => {
    const id = uuidv7();
    await admin(t.databaseUrl, async (writer) => {
      await inTransaction(writer, () => cases.article!.create(writer, id));
      const created = await liveState(writer, 'article', id);
      await admin(t.databaseUrl, async (reader) => {
        await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        const first = await revisionsOf(reader, 'article', id);
        expect(first).toMatchObject([{ revision: 1, state: created, stored: null }]);
        await inTransaction(writer, () => cases.article!.edit(writer, id));
        // The reader's snapshot has neither the capture nor the edit: the live row it sees is still the created state.
        expect(await revisionsOf(reader, 'article', id)).toEqual(first);
        await reader.query('COMMIT');
        const after = await revisionsOf(reader, 'article', id);
        expect(after.map(({ revision, state, stored }) => ({ revision, state, stored }))).toEqual([
          { revision: 1, state: created, stored: created },
          { revision: 2, state: await liveState(reader, 'article', id), stored: expect.anything() },
        ]);
      });
    });
  });

  it('captures every missing state before a TRUNCATE of a table a state folds in', async () => {
    const id = uuidv7();
    await admin(t.databaseUrl, async (client) => {
      await inTransaction(client, () => cases.entity!.create(client, id));
      const created = await liveState(client, 'entity', id);
      await client.query('BEGIN');
      try {
        await client.query('TRUNCATE entity_aliases');
        const [row] = await sql<{ stored: State | null }>(
          client,
          `SELECT state AS stored FROM revision_records WHERE resource_type = 'entity' AND resource_id = $1::uuid`,
          [id],
        );
        expect(row?.stored).toEqual(created);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('lists the revisions of an unchanged resource and its change-feed event (read from the table, no state needed)', async () => {
    const entity = (
      await t.api.post('/v1/entities').send({ type: 'port', name: 'Puerto Perezoso', aliases: [] }).expect(201)
    ).body;
    const list = await t.api.get(`/v1/entities/${entity.id}/revisions`).expect(200);
    expect(list.body.data).toMatchObject([{ revision: 1, action: 'created', mergedInto: null }]);
    const feed = await t.api.get('/v1/changes?types=entity&limit=100').expect(200);
    expect(feed.body.data.map((change: { id: string }) => change.id)).toContain(entity.id);
  });
});

describe('the migration that stops copying created states (20261207171000_created_revisions_without_state)', () => {
  it('clears exactly the created states equal to the live state of a resource with no later revision, and every revision reads as before', async () => {
    const migrations = path.resolve(import.meta.dirname, '../prisma/migrations');
    const folders = readdirSync(migrations)
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    const read = (folder: string) => readFileSync(path.join(migrations, folder, 'migration.sql'), 'utf8');
    const database = `lazy_states_${process.pid}_${Date.now().toString(36)}`;
    const adminUrl = inject('adminDatabaseUrl');
    await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
    try {
      await admin(withDatabase(adminUrl, database), async (client) => {
        for (const folder of folders.filter((name) => name < '20261207171000')) await client.query(read(folder));
        const ids = {
          unchanged: '00000000-0000-7000-8000-000000000001',
          edited: '00000000-0000-7000-8000-000000000002',
          drifted: '00000000-0000-7000-8000-000000000003',
          deleted: '00000000-0000-7000-8000-000000000004',
          claim: '00000000-0000-7000-8000-0000000000c1',
          source: '00000000-0000-7000-8000-0000000000d1',
          article: '00000000-0000-7000-8000-0000000000e1',
        };
        // Each statement commits on its own, so each write is recorded as it would be by the API.
        await client.query(`BEGIN;
          INSERT INTO entities (id, type, name, slug, updated_at) VALUES
          ('${ids.unchanged}', 'country', 'Unchanged', 'unchanged', now()),
          ('${ids.edited}', 'person', 'Edited', 'edited', now()),
          ('${ids.drifted}', 'person', 'Drifted', 'drifted', now()),
          ('${ids.deleted}', 'person', 'Deleted', 'deleted', now());
          INSERT INTO entity_aliases (id, entity_id, name, language, updated_at) VALUES (gen_random_uuid(), '${ids.unchanged}', 'Same', 'en', now());
          COMMIT;`);

        await client.query(`UPDATE entities SET description = 'Changed', version = 2 WHERE id = '${ids.edited}'`);
        await client.query(`DELETE FROM entities WHERE id = '${ids.deleted}'`);
        await client.query(
          `INSERT INTO sources (id, slug, name, homepage, kind, updated_at) VALUES ('${ids.source}', 'wire', 'Wire', 'https://wire.example/', 'wire', now())`,
        );
        // A created state that is not what the live row gives (written under an older shape of the state): kept.
        await client.query(
          `UPDATE revisions SET state = state || '{"former_column": 1}' WHERE resource_id = '${ids.drifted}'`,
        );
        await client.query(
          `INSERT INTO articles (id, url, title, body, language, source_id, content_hash, updated_at)
           VALUES ('${ids.article}', 'https://wire.example/1', 'Unchanged', 'Unchanged says so.', 'en', '${ids.source}', repeat('a', 64), now())`,
        );
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO claims (id, article_id, text, kind, claimant_source_id, evidence_start, evidence_end, updated_at)
           VALUES ('${ids.claim}', '${ids.article}', 'Unchanged says so.', 'event', '${ids.source}', 0, 18, now())`,
        );
        await client.query(
          `INSERT INTO claim_subjects (claim_id, entity_id) VALUES ('${ids.claim}', '${ids.unchanged}')`,
        );
        await client.query('COMMIT');

        const snapshot = `SELECT id::text, resource_id::text, revision, action, state FROM revisions ORDER BY id`;
        const before = (await client.query(snapshot)).rows;
        expect(before.length).toBeGreaterThanOrEqual(8);

        for (const folder of folders.filter((name) => name >= '20261207171000')) await client.query(read(folder));

        expect((await client.query(snapshot)).rows).toEqual(before);
        const cleared = (
          await client.query<{ resource_id: string; revision: number }>(
            'SELECT resource_id::text, revision FROM revision_records WHERE state IS NULL ORDER BY resource_id, revision',
          )
        ).rows;
        // The article's story (created with it, unchanged since) too.
        const stories = (
          await client.query<{ resource_id: string; revision: number }>(
            `SELECT s.id::text AS resource_id, (SELECT min(r.revision) FROM revision_records r WHERE r.resource_id = s.id) AS revision FROM stories s`,
          )
        ).rows;
        expect(stories).toHaveLength(1);
        expect(cleared).toEqual(
          [
            ...[ids.unchanged, ids.claim, ids.source, ids.article].map((resource_id) => ({ resource_id, revision: 1 })),
            ...stories,
          ].sort((a, b) => a.resource_id.localeCompare(b.resource_id)),
        );

        // After the migration, the first change captures the cleared state.
        await client.query(
          `UPDATE entities SET description = 'Now changed', version = 2 WHERE id = '${ids.unchanged}'`,
        );
        const unchangedBefore = before.find((row) => row.resource_id === ids.unchanged && row.revision === 1);
        const [capture] = (
          await client.query(
            `SELECT state FROM revision_records WHERE resource_id = '${ids.unchanged}' AND revision = 1 AND state IS NOT NULL`,
          )
        ).rows;
        expect(capture?.state).toEqual(unchangedBefore?.state);
      });
    } finally {
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  }, 120_000);
});
