-- The push dispatcher wakes when a transaction that adds to the change feed commits, instead of waiting for its next
-- poll (src/plugins/push.ts). One notification per transaction: PostgreSQL folds identical notifications of a
-- transaction into one, and delivers them only if it commits. The payload is empty, so no node takes it for its own
-- (src/db/notifications.ts ignores a node's own signals by payload).
CREATE FUNCTION meridian_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('meridian_changes', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER revisions_notify_changes AFTER INSERT ON revisions
  FOR EACH STATEMENT EXECUTE FUNCTION meridian_notify_changes();
