-- The graph benchmark's data (bench/graph-results.md), on a migrated database with no other data: 200,250 entities
-- (250 countries, 50,000 places, 50,000 organizations, 100,000 people) and 600,000 relations drawn uniformly over six
-- types, dated starts, one in ten `proposed`, plus a hub country with 20,000 `located_in` edges in, and 2,000 more
-- relations out of it (it is a member of organizations), so both of its directions are large. Triggers off: no
-- revisions. Ids are UUIDv7 as the API writes them (insertion order). Seeded: setseed below.
SET session_replication_role = replica;
SELECT setseed(0.42);

CREATE FUNCTION pg_temp.uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

CREATE TEMP TABLE bench_entities AS
SELECT n, pg_temp.uuid7() AS id,
       (CASE WHEN n <= 250 THEN 'country' WHEN n <= 50250 THEN 'place' WHEN n <= 100250 THEN 'organization' ELSE 'person' END)::entity_type AS type
FROM generate_series(1, 200250) AS n;

INSERT INTO entities (id, type, name, slug, updated_at)
SELECT id, type, 'Bench ' || type || ' ' || n, 'bench-' || type || '-' || n, now() FROM bench_entities ORDER BY n;

-- Six types, each between the entity ranges it joins: located_in place → country, part_of place → place,
-- member_of person → organization, owns organization → organization, allied_with country → country,
-- holds_position person → organization.
INSERT INTO relations (id, type, subject_id, object_id, start_date, start_precision, source_kind, status, updated_at)
SELECT pg_temp.uuid7(), pick.type::relation_type, s.id, o.id, pick.start, CASE WHEN pick.start IS NULL THEN NULL ELSE 'day'::date_precision END,
       'manual', CASE WHEN random() < 0.1 THEN 'proposed' ELSE 'accepted' END::review_status, now()
FROM (
  SELECT n, t.type,
         CASE t.type WHEN 'located_in' THEN 251 + floor(random() * 50000)::int WHEN 'part_of' THEN 251 + floor(random() * 50000)::int
                     WHEN 'member_of' THEN 100251 + floor(random() * 100000)::int WHEN 'owns' THEN 50251 + floor(random() * 50000)::int
                     WHEN 'allied_with' THEN 1 + floor(random() * 250)::int ELSE 100251 + floor(random() * 100000)::int END AS subject_n,
         CASE t.type WHEN 'located_in' THEN 1 + floor(random() * 250)::int WHEN 'part_of' THEN 251 + floor(random() * 50000)::int
                     WHEN 'member_of' THEN 50251 + floor(random() * 50000)::int WHEN 'owns' THEN 50251 + floor(random() * 50000)::int
                     WHEN 'allied_with' THEN 1 + floor(random() * 250)::int ELSE 50251 + floor(random() * 50000)::int END AS object_n,
         CASE WHEN random() < 0.7 THEN date '1950-01-01' + floor(random() * 27000)::int END AS start
  FROM generate_series(1, 600000) AS n
  CROSS JOIN LATERAL (SELECT (ARRAY['located_in', 'part_of', 'member_of', 'owns', 'allied_with', 'holds_position'])[1 + floor(random() * 6)::int + (n * 0)] AS type) AS t
) AS pick
JOIN bench_entities s ON s.n = pick.subject_n
JOIN bench_entities o ON o.n = pick.object_n
WHERE pick.subject_n <> pick.object_n
ORDER BY pick.n
ON CONFLICT DO NOTHING;

-- The hub: country 1, 20,000 places in it and 2,000 organizations it is a member of, stored after the rest (the
-- newest ids), as a bulk import of one country's places would be.
INSERT INTO relations (id, type, subject_id, object_id, source_kind, updated_at)
SELECT pg_temp.uuid7(), 'located_in', s.id, hub.id, 'manual', now()
FROM generate_series(1, 20000) AS g JOIN bench_entities s ON s.n = 50251 - g
JOIN bench_entities hub ON hub.n = 1
ON CONFLICT DO NOTHING;
INSERT INTO relations (id, type, subject_id, object_id, source_kind, updated_at)
SELECT pg_temp.uuid7(), 'member_of', hub.id, o.id, 'manual', now()
FROM generate_series(1, 2000) AS g JOIN bench_entities o ON o.n = 50250 + g
JOIN bench_entities hub ON hub.n = 1
ON CONFLICT DO NOTHING;

SET session_replication_role = origin;
ANALYZE entities;
ANALYZE relations;
